#pragma once

#include "domain/result.h"

namespace mend::platform {

/**
 * Where the diary lives and how it is kept on the device (Linux: the XDG data folder, owner only;
 * Android: the app's filesDir with backup rules; iOS: Application Support with file protection
 * and NSURLIsExcludedFromBackupKey; see docs/platforms.md).
 */
class DiaryHome
{
public:
    virtual ~DiaryHome() = default;
    /** The diary's path when none is named (its folder is made). */
    virtual QString defaultDiaryPath() const = 0;
    /** Makes the diary at its default path, its journal and its backups private to this device:
     *  out of the platform's cloud backup, readable by the owner only. */
    virtual Status keepPrivate(const QString &diaryPath) = 0;
    /** Where the diary is kept and whether any backup of the device copies it, in words for
     *  Settings. */
    virtual QString describe(const QString &diaryPath) const = 0;
};

} // namespace mend::platform
