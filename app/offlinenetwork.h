#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QQmlNetworkAccessManagerFactory>

/**
 * The QML engine's only way out, closed: Mend makes no network connection, so a request for
 * anything but its own resources (qrc:, file:, data:) fails at once ("protocol unknown"). A
 * second guard behind the plain-text rule: even rich text that slipped through fetches nothing.
 */
class OfflineNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        const QString scheme = request.url().scheme();
        if (scheme == QLatin1String("qrc") || scheme == QLatin1String("file") ||
            scheme == QLatin1String("data"))
            return QNetworkAccessManager::createRequest(op, request, data);
        QNetworkRequest refused(request);
        refused.setUrl(QUrl(QStringLiteral("mend-offline:refused")));
        return QNetworkAccessManager::createRequest(op, refused, data);
    }
};

class OfflineNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override
    {
        return new OfflineNetworkAccessManager(parent);
    }
};
