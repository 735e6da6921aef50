#include "ziparchive.h"

#include <QIODevice>
#include <zlib.h>

namespace mend {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kZip64End = 0x06064b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr int kEndRecordSize = 22;
constexpr int kLongestComment = 0xffff;
constexpr quint64 kLargestDirectory = 64 << 20;
constexpr qint64 kInputChunk = 256 << 10;
/** An entry this small is never a bomb, whatever its ratio (a short file of spaces). */
constexpr quint64 kSmallEntry = 1 << 20;

quint16 u16(const char *p)
{
    const auto *b = reinterpret_cast<const uchar *>(p);
    return quint16(b[0] | (b[1] << 8));
}
quint32 u32(const char *p)
{
    return quint32(u16(p)) | (quint32(u16(p + 2)) << 16);
}
quint64 u64(const char *p)
{
    return quint64(u32(p)) | (quint64(u32(p + 4)) << 32);
}

Error cutShort()
{
    return Error{{},
                 QStringLiteral("the zip ends before its contents do: it was cut short (an "
                                "unfinished download or copy); get the file again")};
}

QByteArray readAt(QIODevice *device, quint64 offset, qint64 length)
{
    if (!device->seek(qint64(offset)))
        return {};
    return device->read(length);
}

/** Reads one entry's data, inflating it when it is deflated, and checks it as it ends. */
class EntryDevice : public QIODevice
{
public:
    EntryDevice(QIODevice *archive, const ZipEntry &entry, quint64 dataOffset)
        : m_archive(archive), m_entry(entry), m_inPos(dataOffset), m_inLeft(entry.compressedSize)
    {
        if (m_entry.method == 8)
            m_zOk = inflateInit2(&m_z, -MAX_WBITS) == Z_OK;
    }
    ~EntryDevice() override
    {
        if (m_entry.method == 8 && m_zOk)
            inflateEnd(&m_z);
    }

    bool isSequential() const override { return true; }
    qint64 size() const override { return qint64(m_entry.size); }
    qint64 bytesAvailable() const override
    {
        return (m_done || m_failed ? 0 : qint64(m_entry.size - m_out)) +
               QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_failed)
            return -1;
        if (m_done || max <= 0)
            return 0;
        const qint64 got = m_entry.method == 0 ? readStored(data, max) : inflateInto(data, max);
        if (got > 0) {
            m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(got));
            m_out += quint64(got);
            if (m_out > m_entry.size)
                return fail(QStringLiteral("%1 inflates past the %2 bytes the zip says it "
                                           "holds: a damaged or hostile zip")
                                .arg(m_entry.name.left(80))
                                .arg(m_entry.size));
        }
        if (m_done) {
            if (m_out != m_entry.size)
                return fail(QStringLiteral("%1 holds %2 bytes, not the %3 the zip says")
                                .arg(m_entry.name.left(80))
                                .arg(m_out)
                                .arg(m_entry.size));
            if (m_crc != m_entry.crc)
                return fail(QStringLiteral("%1 is damaged: its checksum does not match")
                                .arg(m_entry.name.left(80)));
        }
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &why)
    {
        m_failed = true;
        setErrorString(why);
        return -1;
    }

    bool fetch(char *into, qint64 length)
    {
        if (!m_archive->seek(qint64(m_inPos)) || m_archive->read(into, length) != length)
            return false;
        m_inPos += quint64(length);
        m_inLeft -= quint64(length);
        return true;
    }

    qint64 readStored(char *data, qint64 max)
    {
        const qint64 length = qMin<qint64>(max, qint64(m_inLeft));
        if (length > 0 && !fetch(data, length))
            return fail(cutShort().message);
        if (m_inLeft == 0)
            m_done = true;
        return length;
    }

    qint64 inflateInto(char *data, qint64 max)
    {
        if (!m_zOk)
            return fail(QStringLiteral("cannot start inflating %1").arg(m_entry.name.left(80)));
        m_z.next_out = reinterpret_cast<Bytef *>(data);
        m_z.avail_out = uInt(qMin<qint64>(max, 1 << 30));
        const uInt room = m_z.avail_out;
        while (m_z.avail_out == room) {
            if (m_z.avail_in == 0 && m_inLeft > 0) {
                const qint64 length = qMin<qint64>(kInputChunk, qint64(m_inLeft));
                m_input.resize(length);
                if (!fetch(m_input.data(), length))
                    return fail(cutShort().message);
                m_z.next_in = reinterpret_cast<Bytef *>(m_input.data());
                m_z.avail_in = uInt(length);
            }
            const int status = inflate(&m_z, Z_NO_FLUSH);
            if (status == Z_STREAM_END) {
                m_done = true;
                break;
            }
            if (status == Z_BUF_ERROR && m_z.avail_in == 0 && m_inLeft == 0)
                return fail(cutShort().message);
            if (status != Z_OK)
                return fail(QStringLiteral("%1 is damaged: it does not inflate (%2)")
                                .arg(m_entry.name.left(80),
                                     QString::fromLatin1(m_z.msg ? m_z.msg : "zlib")));
        }
        return qint64(room - m_z.avail_out);
    }

    QIODevice *m_archive;
    ZipEntry m_entry;
    quint64 m_inPos;
    quint64 m_inLeft;
    quint64 m_out = 0;
    quint32 m_crc = 0;
    z_stream m_z{};
    bool m_zOk = false;
    bool m_done = false;
    bool m_failed = false;
    QByteArray m_input;
};

struct Directory
{
    quint64 entries = 0, size = 0, offset = 0;
};

Result<Directory> findDirectory(QIODevice *device)
{
    const qint64 fileSize = device->size();
    const qint64 tailLength = qMin<qint64>(fileSize, kEndRecordSize + kLongestComment);
    const QByteArray tail = readAt(device, quint64(fileSize - tailLength), tailLength);
    qsizetype at = -1;
    for (qsizetype i = tail.size() - kEndRecordSize; i >= 0; --i) {
        if (u32(tail.constData() + i) == kEndOfDirectory) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return cutShort();
    const char *end = tail.constData() + at;
    Directory d{u16(end + 10), u32(end + 12), u32(end + 16)};
    const quint64 endOffset = quint64(fileSize - tailLength + at);
    if (d.entries == 0xffff || d.size == 0xffffffff || d.offset == 0xffffffff) {
        if (endOffset < 20)
            return cutShort();
        const QByteArray locator = readAt(device, endOffset - 20, 20);
        if (locator.size() != 20 || u32(locator.constData()) != kZip64Locator)
            return Error{{}, QStringLiteral("a damaged zip: its zip64 directory is missing")};
        const QByteArray record = readAt(device, u64(locator.constData() + 8), 56);
        if (record.size() != 56 || u32(record.constData()) != kZip64End)
            return Error{{}, QStringLiteral("a damaged zip: its zip64 directory is missing")};
        d = {u64(record.constData() + 32), u64(record.constData() + 40),
             u64(record.constData() + 48)};
    }
    if (d.offset + d.size > quint64(fileSize))
        return cutShort();
    if (d.size > kLargestDirectory)
        return Error{{},
                     QStringLiteral("a zip whose list of contents runs past 64 MB: not an "
                                    "export Mend reads")};
    return d;
}

/** Applies the zip64 extra field to the values the 32-bit header left at their maximum. */
void applyZip64(ZipEntry &entry, const QByteArray &extra, bool sizeMax, bool compressedMax,
                bool offsetMax)
{
    qsizetype i = 0;
    while (i + 4 <= extra.size()) {
        const quint16 id = u16(extra.constData() + i);
        const quint16 length = u16(extra.constData() + i + 2);
        const qsizetype body = i + 4;
        if (body + length > extra.size())
            return;
        if (id == 0x0001) {
            qsizetype p = body;
            auto next = [&](quint64 &field) {
                if (p + 8 <= body + length) {
                    field = u64(extra.constData() + p);
                    p += 8;
                }
            };
            if (sizeMax)
                next(entry.size);
            if (compressedMax)
                next(entry.compressedSize);
            if (offsetMax)
                next(entry.localHeaderOffset);
            return;
        }
        i = body + length;
    }
}

} // namespace

bool looksLikeZip(const QByteArray &head)
{
    return head.size() >= 4 && u32(head.constData()) == kLocalHeader;
}

Result<ZipArchive> ZipArchive::open(QIODevice *device)
{
    if (device->isSequential())
        return Error{{}, QStringLiteral("a zip must be read from a file")};
    auto directory = findDirectory(device);
    if (!directory)
        return directory.error();
    const Directory &d = directory.value();
    const QByteArray bytes = readAt(device, d.offset, qint64(d.size));
    if (bytes.size() != qint64(d.size))
        return cutShort();

    ZipArchive archive(device);
    qsizetype i = 0;
    while (i + 46 <= bytes.size() && quint64(archive.m_entries.size()) < d.entries) {
        const char *h = bytes.constData() + i;
        if (u32(h) != kCentralHeader)
            return Error{{}, QStringLiteral("a damaged zip: its list of contents is broken")};
        const quint16 nameLength = u16(h + 28), extraLength = u16(h + 30),
                      commentLength = u16(h + 32);
        if (i + 46 + nameLength + extraLength + commentLength > bytes.size())
            return Error{{}, QStringLiteral("a damaged zip: its list of contents is broken")};
        ZipEntry entry;
        const quint16 flags = u16(h + 8);
        entry.method = u16(h + 10);
        entry.crc = u32(h + 16);
        entry.compressedSize = u32(h + 20);
        entry.size = u32(h + 24);
        entry.localHeaderOffset = u32(h + 42);
        entry.name = QString::fromUtf8(h + 46, nameLength);
        applyZip64(entry, QByteArray(h + 46 + nameLength, extraLength), entry.size == 0xffffffff,
                   entry.compressedSize == 0xffffffff, entry.localHeaderOffset == 0xffffffff);
        if (flags & 0x1)
            entry.method = 0xffff; // encrypted: refused when opened
        archive.m_entries.append(entry);
        i += 46 + nameLength + extraLength + commentLength;
    }
    if (quint64(archive.m_entries.size()) != d.entries)
        return Error{{}, QStringLiteral("a damaged zip: its list of contents is broken")};
    return archive;
}

const ZipEntry *ZipArchive::find(const QString &name) const
{
    for (const ZipEntry &entry : m_entries) {
        if (entry.name == name || entry.name.endsWith(u'/' + name))
            return &entry;
    }
    return nullptr;
}

Result<std::unique_ptr<QIODevice>> ZipArchive::openEntry(const ZipEntry &entry) const
{
    const QString name = entry.name.left(80);
    if (entry.method == 0xffff)
        return Error{
            {}, QStringLiteral("%1 is encrypted; export it again without a password").arg(name)};
    if (entry.method != 0 && entry.method != 8)
        return Error{{},
                     QStringLiteral("%1 is compressed in a way Mend does not read (method "
                                    "%2); a phone's export uses deflate")
                         .arg(name)
                         .arg(entry.method)};
    if (entry.size > kSmallEntry && entry.size / qMax<quint64>(entry.compressedSize, 1) > kMaxRatio)
        return Error{{},
                     QStringLiteral("%1 would expand %2 times (%3 MB from %4 KB): a zip "
                                    "bomb, not an export; nothing was read")
                         .arg(name)
                         .arg(entry.size / qMax<quint64>(entry.compressedSize, 1))
                         .arg(entry.size >> 20)
                         .arg(entry.compressedSize >> 10)};
    const QByteArray local = readAt(m_device, entry.localHeaderOffset, 30);
    if (local.size() != 30)
        return cutShort();
    if (u32(local.constData()) != kLocalHeader)
        return Error{{}, QStringLiteral("a damaged zip: %1 is not where its list says").arg(name)};
    const quint64 dataOffset =
        entry.localHeaderOffset + 30 + u16(local.constData() + 26) + u16(local.constData() + 28);
    if (dataOffset + entry.compressedSize > quint64(m_device->size()))
        return cutShort();
    auto device = std::make_unique<EntryDevice>(m_device, entry, dataOffset);
    device->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return std::unique_ptr<QIODevice>(std::move(device));
}

} // namespace mend
