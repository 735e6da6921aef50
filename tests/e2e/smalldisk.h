#pragma once

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sys/statvfs.h>
#include <unistd.h>

/** A small tmpfs mounted for the test (root only): a real full disk. */
class SmallDisk
{
public:
    explicit SmallDisk(int kib)
    {
        if (::geteuid() != 0 || !m_dir.isValid())
            return;
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                       QStringLiteral("-o"), QStringLiteral("size=%1k").arg(kib),
                                       QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    bool mounted() const { return m_mounted; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /** Fills the disk until at most keepKiB are free. */
    void fill(int keepKiB) const
    {
        QFile filler(path(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Append));
        const QByteArray block(1024, 'x');
        while (freeKiB() > keepKiB && filler.write(block) == block.size() && filler.flush()) {
        }
    }
    void unfill() const { QFile::remove(path(QStringLiteral("filler"))); }
    int freeKiB() const
    {
        struct statvfs fs
        {
        };
        return ::statvfs(QFile::encodeName(m_dir.path()).constData(), &fs) == 0
                   ? int(qint64(fs.f_bavail) * qint64(fs.f_frsize) / 1024)
                   : 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};
