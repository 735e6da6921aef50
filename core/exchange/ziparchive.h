#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>
#include <memory>

class QIODevice;

namespace mend {

/** One file inside a zip, as its central directory describes it. */
struct ZipEntry
{
    QString name;
    quint64 compressedSize = 0;
    quint64 size = 0;
    quint16 method = 0; // 0 stored, 8 deflated
    quint32 crc = 0;
    quint64 localHeaderOffset = 0;
};

/**
 * Reads a zip archive (with zip64) from a random-access device, one entry at a time and
 * streaming: an entry of gigabytes is inflated a piece at a time, never held whole. Refuses what
 * is not a zip, a zip cut short, encrypted or unknown compression, and a "zip bomb": an entry
 * whose stated size is more than kMaxRatio times its compressed size, or which inflates past the
 * size it states. An entry's CRC is checked when it has been read to its end.
 */
class ZipArchive
{
public:
    /** Deflate reaches about 1000:1 on a file of one repeated byte; an XML export, about 30:1. */
    static constexpr quint64 kMaxRatio = 200;

    static Result<ZipArchive> open(QIODevice *device);

    const QList<ZipEntry> &entries() const { return m_entries; }
    /** The first entry whose name is `name` or ends with "/" + `name`; null if none. */
    const ZipEntry *find(const QString &name) const;

    /**
     * A sequential device that reads the entry's content. Its read() returns -1 with the reason
     * in errorString() when the data is damaged, cut short or larger than the entry states.
     * The archive's device must stay open, and unused by others, while it is read.
     */
    Result<std::unique_ptr<QIODevice>> openEntry(const ZipEntry &entry) const;

private:
    explicit ZipArchive(QIODevice *device) : m_device(device) {}
    QIODevice *m_device;
    QList<ZipEntry> m_entries;
};

/** True if the bytes start like a zip archive (a local file header). */
bool looksLikeZip(const QByteArray &head);

} // namespace mend
