#pragma once

#include "diaryhome.h"

namespace mend::platform {

/**
 * Linux desktops and phones: $XDG_DATA_HOME/Mend (~/.local/share/Mend). Linux has no system
 * cloud backup that an application can opt out of (GNOME's Backups offers no API, only its user's
 * own list of folders), so keeping private means owner-only permissions on the diary, its -wal,
 * -shm and -journal files and its backup folder: files an older version or a copy left readable
 * by others are closed. New files are owner-only from the start (main.cpp's umask).
 */
class XdgDiaryHome : public DiaryHome
{
public:
    QString defaultDiaryPath() const override;
    Status keepPrivate(const QString &diaryPath) override;
    QString describe(const QString &diaryPath) const override;
};

} // namespace mend::platform
