#pragma once

#include "platform/filesharing.h"
#include <QObject>

#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <optional>

class QQmlEngine;
class QJSEngine;

/**
 * Where the app puts the files it writes (reports), for QML: the platform's folder and viewer
 * (platform::FileSharing), so that a phone needs no file browser, and whether a file browser
 * ("Save as…") can be offered at all. Qt's own
 * file dialog crashes the app when its QML module is missing, so it is offered only once that
 * module is known to load.
 */
class OutputFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString folder READ folder CONSTANT)
    Q_PROPERTY(bool canBrowse READ canBrowse CONSTANT)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
public:
    /** sharing: where files go and how they are opened (it outlives this); engine: where Qt's
     *  file dialog would be built (asked the first time canBrowse is read, not at start-up:
     *  loading its modules takes time). */
    OutputFiles(mend::platform::FileSharing *sharing, QQmlEngine *engine,
                QObject *parent = nullptr);

    /** The instance QML sees; main.cpp (or a test) makes it before the QML engine loads. */
    static void provide(OutputFiles *instance);
    static OutputFiles *create(QQmlEngine *engine, QJSEngine *);
    /** Whether Qt's file dialog can be built in this engine (its QML modules are installed). */
    static bool fileDialogLoads(QQmlEngine *engine);

    QString folder() const { return m_sharing->folder(); }
    bool canBrowse() const;
    /** Why the last newFile() gave nothing. */
    QString problem() const { return m_problem; }

    /** A new file in the folder ("stem.suffix", never one that exists), as a file URL; an empty
     *  URL when the folder cannot be made (problem says why). */
    Q_INVOKABLE QUrl newFile(const QString &stem, const QString &suffix);
    /** The folder as a URL, for a dialog to start in. */
    Q_INVOKABLE QUrl folderUrl() const { return QUrl::fromLocalFile(folder()); }
    /** A path as people read it: inside the home folder without the home part. */
    Q_INVOKABLE QString shownPath(const QUrl &file) const;
    /** Opens the file with the platform's viewer; false when there is none (problem says why). */
    Q_INVOKABLE bool open(const QUrl &file);

signals:
    void problemChanged();

private:
    mend::platform::FileSharing *m_sharing;
    QQmlEngine *m_engine;
    mutable std::optional<bool> m_canBrowse;
    QString m_problem;
};
