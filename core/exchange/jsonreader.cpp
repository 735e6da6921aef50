#include "jsonreader.h"

#include <cmath>

namespace mend {

QString JsonReader::position(const QByteArray &text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QString JsonReader::pathTo(const QString &key) const
{
    QString path;
    for (const auto &segment : m_path)
        path += (segment.startsWith(QLatin1Char('[')) || path.isEmpty() ? QString()
                                                                        : QStringLiteral(".")) +
                segment;
    if (key.isEmpty())
        return path.isEmpty() ? QStringLiteral("(top level)") : path;
    if (key.startsWith(QLatin1Char('[')))
        return path + key;
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &key, const QString &message)
{
    if (ok())
        m_error = {pathTo(key), message};
}

void JsonReader::enter(const QString &segment)
{
    m_path.append(segment);
}

void JsonReader::leave()
{
    m_path.removeLast();
}

QString JsonReader::string(const QJsonObject &o, const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isString()) {
        fail(key, v.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be text"));
        return {};
    }
    return v.toString();
}

double JsonReader::number(const QJsonObject &o, const QString &key, double min, double max,
                          std::optional<double> fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && fallback)
        return *fallback;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(key,
             v.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be a number"));
        return 0;
    }
    const double d = v.toDouble();
    if (d < min || d > max) {
        fail(key, QStringLiteral("%1 is out of range; allowed %2 to %3").arg(d).arg(min).arg(max));
        return 0;
    }
    return d;
}

int JsonReader::integer(const QJsonObject &o, const QString &key, int min, int max,
                        std::optional<int> fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && fallback)
        return *fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d)) {
        fail(key, v.isUndefined() ? QStringLiteral("is missing")
                                  : QStringLiteral("must be a whole number"));
        return 0;
    }
    if (d < min || d > max) {
        fail(key, QStringLiteral("%1 is out of range; allowed %2 to %3").arg(d).arg(min).arg(max));
        return 0;
    }
    return int(d);
}

QJsonArray JsonReader::array(const QJsonObject &o, const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isArray())
        fail(key,
             v.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be a list"));
    return v.toArray();
}

QJsonObject JsonReader::object(const QJsonObject &o, const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isObject())
        fail(key,
             v.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be an object"));
    return v.toObject();
}

QJsonObject JsonReader::objectAt(const QJsonArray &a, int index)
{
    const QJsonValue v = a.at(index);
    if (!v.isObject())
        fail(QStringLiteral("[%1]").arg(index), QStringLiteral("must be an object"));
    return v.toObject();
}

} // namespace mend
