// libFuzzer: the zip reader (central directory, zip64, stored and deflated entries, the checks
// against bombs, lies and damage), reading every entry to its end.
#include "exchange/ziparchive.h"
#include "fuzzsupport.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(fuzz::bytes(data, size));
    buffer.open(QIODevice::ReadOnly);
    const auto zip = mend::ZipArchive::open(&buffer);
    if (!zip)
        return 0;
    QByteArray piece(64 << 10, Qt::Uninitialized);
    for (const mend::ZipEntry &entry : zip.value().entries()) {
        auto in = zip.value().openEntry(entry);
        if (!in)
            continue;
        quint64 total = 0;
        for (;;) {
            const qint64 got = in.value()->read(piece.data(), piece.size());
            if (got <= 0)
                break;
            total += quint64(got);
            // Never more than the entry says it holds: the reader stops a liar at its word.
            if (total > entry.size)
                __builtin_trap();
        }
    }
    return 0;
}
