// A stand-in for the desktop's notification service (org.freedesktop.Notifications) on a private
// session bus: records every notification as a JSON line in the file named on the command line,
// and says "ready" on stdout once it owns the name. It claims body markup, as GNOME and Plasma
// do, so the test sees that text arrives escaped.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    explicit NotificationServer(QString logPath) : m_log(std::move(logPath)) {}

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        return {QStringLiteral("body"), QStringLiteral("body-markup")};
    }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(actions)
        Q_UNUSED(expireTimeout)
        QFile file(m_log);
        if (file.open(QIODevice::Append)) {
            const QJsonObject line{{QStringLiteral("app"), appName},
                                   {QStringLiteral("icon"), appIcon},
                                   {QStringLiteral("summary"), summary},
                                   {QStringLiteral("body"), body},
                                   {QStringLiteral("desktopEntry"),
                                    hints.value(QStringLiteral("desktop-entry")).toString()}};
            file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        }
        return ++m_lastId;
    }
    void CloseNotification(uint) {}
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("Mend tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake-notification-server");
    }

private:
    QString m_log;
    uint m_lastId = 0;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: fake_notification_server LOG\n");
        return 2;
    }
    NotificationServer server(app.arguments().at(1));
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                            QDBusConnection::ExportAllSlots) ||
        !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        std::fprintf(stderr, "fake_notification_server: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}

#include "fake_notification_server.moc"
