#pragma once

#include "domain/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace mend {

/** Reads typed values out of JSON, remembering the first problem with the key path it was at. */
class JsonReader
{
public:
    /** "line L, column C" for a byte offset into text, for syntax errors. */
    static QString position(const QByteArray &text, int offset);

    QString string(const QJsonObject &o, const QString &key, bool required = true);
    double number(const QJsonObject &o, const QString &key, double min, double max,
                  std::optional<double> fallback = std::nullopt);
    int integer(const QJsonObject &o, const QString &key, int min, int max,
                std::optional<int> fallback = std::nullopt);
    QJsonArray array(const QJsonObject &o, const QString &key, bool required = true);
    QJsonObject object(const QJsonObject &o, const QString &key, bool required = true);
    QJsonObject objectAt(const QJsonArray &a, int index);

    /** Enters a key (or "[i]") for the messages of the reads inside; leave() goes back. */
    void enter(const QString &segment);
    void leave();
    /** Records a problem at the current path plus key (the first one wins). */
    void fail(const QString &key, const QString &message);

    bool ok() const { return m_error.message.isEmpty(); }
    const Error &error() const { return m_error; }
    QString pathTo(const QString &key) const;

private:
    QStringList m_path;
    Error m_error;
};

} // namespace mend
