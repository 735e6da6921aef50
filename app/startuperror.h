#pragma once

#include <QString>

class QApplication;

/** What the person chose in the window shown when the diary cannot be opened. */
struct StartupChoice
{
    QString backupName; ///< restore this backup in place of the file (the file is kept aside)
    QString otherFile;  ///< open this file instead
    bool quit() const { return backupName.isEmpty() && otherFile.isEmpty(); }
};

/**
 * Shows why the diary at path cannot be opened, with its backups to restore and the choice to open
 * another file; returns when the window closes. With MEND_NO_ERROR_WINDOW set it only prints; with
 * a screenshot folder it renders the window to startup-error.png there and returns.
 */
StartupChoice askAfterStartupError(QApplication &app, const QString &path, const QString &message,
                                   const QString &screenshotDir = {});
