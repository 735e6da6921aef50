#include "fhirimport.h"

#include "fhirbundlereader.h"

#include <bit>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace mend {

using fhirimport::Reader;
using namespace fhir;

namespace {

/**
 * The number first given for each key (a fullUrl's bytes): open addressing in one array, as an
 * unordered_map's node per entry cost more than the search. Holds at most the count it was made
 * for; the keys' bytes must outlive it.
 */
class FirstByKey
{
public:
    explicit FirstByKey(std::size_t most) : m_slots(std::bit_ceil(most + most / 2 + 2)) {}
    /** The number kept for key: value when key is new. */
    int &insert(std::string_view key, int value)
    {
        const std::size_t mask = m_slots.size() - 1;
        const std::size_t hash = std::hash<std::string_view>{}(key);
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.value < 0) {
                slot = {key, value};
                return slot.value;
            }
            if (slot.key == key)
                return slot.value;
        }
    }

private:
    struct Slot
    {
        std::string_view key;
        int value = -1;
    };
    std::vector<Slot> m_slots;
};

} // namespace

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
    const auto versionOf = [](const JsonView &entry) {
        return entry.value("resource").value("meta").value("versionId").toString();
    };
    std::vector<JsonView> entryAt;
    entryAt.reserve(std::size_t(entries.size()));
    FirstByKey latest(std::size_t(entries.size()));
    std::deque<std::string> decodedUrls; // an escaped fullUrl's text, which its key points into
    QSet<int> superseded;
    for (const auto entry : entries) {
        const int at = int(entryAt.size());
        entryAt.push_back(entry);
        const JsonView fullUrl = entry.value("fullUrl");
        std::string_view url;
        if (const auto raw = fullUrl.unescaped())
            url = *raw;
        else if (fullUrl.isString())
            url = decodedUrls.emplace_back(fullUrl.toString().toStdString());
        if (url.empty())
            continue;
        int &kept = latest.insert(url, at);
        if (kept == at)
            continue;
        const QString version = versionOf(entry);
        const QString earlier = versionOf(entryAt[std::size_t(kept)]);
        if (version.isEmpty() || earlier.isEmpty() || version == earlier) {
            out.problems << QStringLiteral("entry[%1]: fullUrl %2 appears twice")
                                .arg(at)
                                .arg(QString::fromUtf8(url.data(), qsizetype(url.size())));
            continue;
        }
        const bool newer = version.toLongLong() > earlier.toLongLong() ||
                           (version.toLongLong() == earlier.toLongLong() && version > earlier);
        superseded.insert(newer ? kept : at);
        if (newer)
            kept = at;
    }
    BundleIndex bundleIndex = indexBundle(entries, superseded);
    Reader reader(out, bundleIndex, instruments);
    int index = 0;
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
