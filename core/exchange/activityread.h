#pragma once

#include <QDate>
#include <atomic>
#include <functional>

namespace mend {

/** How an activity export is read: which days are kept, progress, and a way to stop. */
struct ActivityReadOptions
{
    QDate from; // days before it are counted as skipped, not kept (null: no bound)
    QDate to;   // days after it likewise
    /** Called now and then with the bytes read so far, of `total` (the file, or the zip entry). */
    std::function<void(qint64 bytesRead, qint64 total)> progress;
    /** Set from another thread to stop: the read then fails and nothing is kept. */
    const std::atomic<bool> *cancel = nullptr;
    /** For a file holding several people (Fitbit's data sets): whose days to read. */
    QString sourceId;

    bool keeps(const QDate &day) const
    {
        return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
    }
    bool cancelled() const { return cancel && cancel->load(); }
};

} // namespace mend
