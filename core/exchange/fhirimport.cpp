#include "fhirimport.h"

#include "fhirbundlereader.h"

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

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
    // Any other repeated fullUrl is a problem. URLs are compared as the file's bytes and a
    // version is read only for a repeated URL: this runs for every entry of every file.
    struct Seen
    {
        int index;
        JsonView entry;
    };
    const auto versionOf = [](const JsonView &entry) {
        return entry.value("resource").value("meta").value("versionId").toString();
    };
    std::unordered_map<std::string_view, Seen> latest;
    latest.reserve(std::size_t(entries.size()));
    std::deque<std::string> decodedUrls; // an escaped fullUrl's text, which its key points into
    QSet<int> superseded;
    int index = 0;
    for (const auto entry : entries) {
        const int at = index++;
        const JsonView fullUrl = entry.value("fullUrl");
        std::string_view url;
        if (const auto raw = fullUrl.unescaped())
            url = *raw;
        else if (fullUrl.isString())
            url = decodedUrls.emplace_back(fullUrl.toString().toStdString());
        if (url.empty())
            continue;
        const auto [it, first] = latest.try_emplace(url, Seen{at, entry});
        if (first)
            continue;
        const QString version = versionOf(entry);
        const QString earlier = versionOf(it->second.entry);
        if (version.isEmpty() || earlier.isEmpty() || version == earlier) {
            out.problems << QStringLiteral("entry[%1]: fullUrl %2 appears twice")
                                .arg(at)
                                .arg(QString::fromUtf8(url.data(), qsizetype(url.size())));
            continue;
        }
        const bool newer = version.toLongLong() > earlier.toLongLong() ||
                           (version.toLongLong() == earlier.toLongLong() && version > earlier);
        superseded.insert(newer ? it->second.index : at);
        if (newer)
            it->second = {at, entry};
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
