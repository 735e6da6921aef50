#include "storage/outputfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mend;

TEST_CASE("reports go to a folder of their own, created for its owner only", "[outputfolder]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Documents/Mend"));
    const auto path =
        newOutputPath(folder, QStringLiteral("Visit report 2026-12-02"), QStringLiteral("pdf"));
    REQUIRE(path.ok());
    CHECK(path.value() == folder + QStringLiteral("/Visit report 2026-12-02.pdf"));
    CHECK(QFileInfo(folder).isDir());
    CHECK(QFile::permissions(folder) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
           QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
    CHECK_FALSE(QFileInfo::exists(path.value())); // only a name: the writer makes the file
}

TEST_CASE("a new report never replaces one already there", "[outputfolder]")
{
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("r.pdf"), QStringLiteral("r (2).pdf")}) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("gone")),
                        dir.filePath(QStringLiteral("r (3).pdf"))));
    const auto path = newOutputPath(dir.path(), QStringLiteral("r"), QStringLiteral("pdf"));
    REQUIRE(path.ok());
    CHECK(QFileInfo(path.value()).fileName() ==
          QStringLiteral("r (4).pdf")); // a dangling link counts
}

TEST_CASE("a folder that cannot be made is named with the reason", "[outputfolder]")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("Mend")));
    REQUIRE(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    const auto path = newOutputPath(blocker.fileName(), QStringLiteral("r"), QStringLiteral("pdf"));
    REQUIRE_FALSE(path.ok());
    CHECK(path.error().message.startsWith(QStringLiteral("cannot create the folder ") +
                                          blocker.fileName() + QStringLiteral(": ")));
}

TEST_CASE("the default folder is Mend inside the documents folder", "[outputfolder]")
{
    CHECK(QFileInfo(defaultOutputFolder()).fileName() == QStringLiteral("Mend"));
    CHECK_FALSE(defaultOutputFolder().startsWith(QStringLiteral("Mend")));
}
