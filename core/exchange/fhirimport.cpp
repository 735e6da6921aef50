#include "fhirimport.h"

#include "fhirbundlereader.h"

namespace mend {

using fhirimport::Reader;
using namespace fhir;

FhirBundleContent readFhirBundle(const QByteArray &json, const QList<Instrument> &instruments)
{
    FhirBundleContent out;
    const JsonTape tape(json);
    if (!tape.ok()) {
        out.problems << QStringLiteral("JSON: %1 at %2")
                            .arg(tape.error(), JsonReader::position(json, int(tape.errorOffset())));
        return out;
    }
    const JsonView bundle = tape.root();
    if (!bundle.value("resourceType").equals("Bundle")) {
        out.problems << QStringLiteral("resourceType: a FHIR Bundle is needed");
        return out;
    }
    const JsonView entries = bundle.value("entry");
    if (!entries.isArray()) {
        out.problems << QStringLiteral("entry: must be a list of resources");
        return out;
    }
    // Versioned entries (R4 bdl-7: one fullUrl, different meta.versionId): the latest is read.
    // Any other repeated fullUrl is a problem.
    struct Seen
    {
        int index;
        QString version;
    };
    QHash<QString, Seen> latest;
    QSet<int> superseded;
    int index = 0;
    for (const auto entry : entries) {
        const QString url = entry.value("fullUrl").toString();
        const QString version = entry.value("resource").value("meta").value("versionId").toString();
        if (!url.isEmpty()) {
            const auto it = latest.constFind(url);
            if (it == latest.cend()) {
                latest.insert(url, {index, version});
            } else if (version.isEmpty() || it->version.isEmpty() || version == it->version) {
                out.problems
                    << QStringLiteral("entry[%1]: fullUrl %2 appears twice").arg(index).arg(url);
            } else {
                const bool newer =
                    version.toLongLong() > it->version.toLongLong() ||
                    (version.toLongLong() == it->version.toLongLong() && version > it->version);
                superseded.insert(newer ? it->index : index);
                if (newer)
                    latest.insert(url, {index, version});
            }
        }
        ++index;
    }
    BundleIndex bundleIndex = indexBundle(entries, superseded);
    Reader reader(out, bundleIndex, instruments);
    index = 0;
    for (const auto entry : entries) {
        const int at = index++;
        const JsonView resource = entry.value("resource");
        if (superseded.contains(at)) {
            out.skipped << QStringLiteral("%1: an earlier version (meta.versionId %2) of an entry "
                                          "given again")
                               .arg(resource.value("resourceType").toString(),
                                    resource.value("meta").value("versionId").toString());
            continue;
        }
        if (resource.isUndefined() && !entry.value("request").isUndefined()) {
            out.skipped << QStringLiteral("%1 %2: a request without a resource, nothing to keep")
                               .arg(entry.value("request").value("method").toString(),
                                    entry.value("request").value("url").toString().section(
                                        QLatin1Char('/'), 0, 0));
            continue;
        }
        reader.resource(entry, at);
    }
    reader.finish();
    return out;
}

} // namespace mend
