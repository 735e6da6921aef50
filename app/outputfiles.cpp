#include "outputfiles.h"

#include "platform/documentsfilesharing.h"
#include "storage/outputfolder.h"

#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>

namespace {
OutputFiles *g_instance = nullptr;
}

OutputFiles::OutputFiles(mend::platform::FileSharing *sharing, QQmlEngine *engine, QObject *parent)
    : QObject(parent), m_sharing(sharing), m_engine(engine)
{
}

bool OutputFiles::canBrowse() const
{
    if (!m_canBrowse)
        m_canBrowse = m_engine && fileDialogLoads(m_engine);
    return *m_canBrowse;
}

void OutputFiles::provide(OutputFiles *instance)
{
    g_instance = instance;
}

OutputFiles *OutputFiles::create(QQmlEngine *engine, QJSEngine *)
{
    if (!g_instance) {
        static mend::platform::DocumentsFileSharing sharing(mend::defaultOutputFolder());
        g_instance = new OutputFiles(&sharing, engine);
    }
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

bool OutputFiles::fileDialogLoads(QQmlEngine *engine)
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    Q_UNUSED(engine)
    return false; // a phone saves to the folder and says where
#else
    // The non-native dialog's implementation imports these; without them open() dereferences null.
    QQmlComponent probe(engine);
    probe.setData("import QtQuick\nimport QtQuick.Dialogs\nimport Qt.labs.folderlistmodel\n"
                  "Item {}\n",
                  QUrl());
    return probe.status() == QQmlComponent::Ready;
#endif
}

QUrl OutputFiles::newFile(const QString &stem, const QString &suffix)
{
    auto path = m_sharing->newFile(stem, suffix);
    m_problem = path ? QString() : path.error().message;
    Q_EMIT problemChanged();
    return path ? QUrl::fromLocalFile(path.value()) : QUrl();
}

QString OutputFiles::shownPath(const QUrl &file) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString home = QDir::homePath() + QLatin1Char('/');
    return path.startsWith(home) ? path.mid(home.size()) : path;
}

bool OutputFiles::open(const QUrl &file)
{
    const auto opened = m_sharing->open(file.isLocalFile() ? file.toLocalFile() : file.toString());
    m_problem = opened ? QString() : opened.error().message;
    Q_EMIT problemChanged();
    return opened.ok();
}
