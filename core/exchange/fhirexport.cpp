#include "fhirexport.h"

#include "fhirbundlebuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mend {
namespace {

using fhirexport::BundleBuilder;
using fhirexport::idFor;

struct BundleHeader
{
    QString id;
    QString type;
    QString timestamp;
};

BundleHeader headerOf(const FhirExportData &data, const QDateTime &generatedAt, FhirBundleType type)
{
    return {idFor(QStringLiteral("bundle|") + data.patientIdentifier +
                  (data.episodes.isEmpty()
                       ? QString()
                       : data.episodes.first().episode.injectionDate.toString(Qt::ISODate))),
            type == FhirBundleType::Transaction ? QStringLiteral("transaction")
                                                : QStringLiteral("collection"),
            generatedAt.toUTC().toString(Qt::ISODateWithMs)};
}

/** An entry as QJsonDocument::Indented writes it two levels deep, without the last newline. */
QByteArray indentedEntry(const QJsonObject &entry)
{
    static const QByteArray indent(8, ' ');
    const QByteArray json = QJsonDocument(entry).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(json.size() + json.count('\n') * indent.size());
    qsizetype from = 0;
    while (from < json.size()) {
        qsizetype end = json.indexOf('\n', from);
        if (end < 0)
            end = json.size();
        if (from > 0)
            out += '\n';
        out += indent;
        out += QByteArrayView(json).sliced(from, end - from);
        from = end + 1;
    }
    return out;
}

} // namespace

QJsonObject exportFhirBundle(const FhirExportData &data, const QDateTime &generatedAt,
                             FhirBundleType type)
{
    QJsonArray entries;
    BundleBuilder(data, type, [&entries](const QJsonObject &e) { entries.append(e); }).build();
    const BundleHeader header = headerOf(data, generatedAt, type);
    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("id"), header.id},
            {QStringLiteral("type"), header.type},
            {QStringLiteral("timestamp"), header.timestamp},
            {QStringLiteral("entry"), entries}};
}

bool writeFhirBundle(QIODevice &out, const FhirExportData &data, const QDateTime &generatedAt,
                     FhirBundleType type)
{
    // Byte for byte what QJsonDocument(exportFhirBundle(...)).toJson(Indented) writes: keys in
    // its order (sorted), "entry" first.
    bool ok = out.write("{\n    \"entry\": [\n") >= 0;
    bool first = true;
    BundleBuilder(data, type, [&](const QJsonObject &entry) {
        if (!ok)
            return;
        if (!first)
            ok = out.write(",\n") >= 0;
        first = false;
        ok = ok && out.write(indentedEntry(entry)) >= 0;
    }).build();
    const BundleHeader header = headerOf(data, generatedAt, type);
    const QByteArray tail = QStringLiteral("\n    ],\n    \"id\": \"%1\",\n    \"resourceType\": "
                                           "\"Bundle\",\n    \"timestamp\": \"%2\",\n    "
                                           "\"type\": \"%3\"\n}\n")
                                .arg(header.id, header.timestamp, header.type)
                                .toUtf8();
    return ok && out.write(tail) == tail.size();
}

} // namespace mend
