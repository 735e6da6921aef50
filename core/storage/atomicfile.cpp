#include "atomicfile.h"

#include "storageproblem.h"

#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace mend {

Status writeFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, QStringLiteral("cannot be written: %1").arg(file.errorString())};
    const bool written = write(file) && file.error() == QFileDevice::NoError && file.flush();
    if (!written) {
        // A failed buffered write often leaves no useful errno ("Unknown error"): the storage
        // itself says more.
        const QString reason = storageProblem(path).value_or(
            file.error() != QFileDevice::NoError ? file.errorString()
                                                 : QStringLiteral("the file could not be made"));
        file.cancelWriting();
        return Error{path, QStringLiteral("cannot be written: %1").arg(reason)};
    }
    if (::fsync(file.handle()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return Error{path, QStringLiteral("cannot be written: %1").arg(reason)};
    }
    if (!file.commit())
        return Error{path, QStringLiteral("cannot be written: %1").arg(file.errorString())};
    return Done{};
}

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    return writeFileAtomically(path,
                               [&data](QIODevice &out) { return out.write(data) == data.size(); });
}

} // namespace mend
