#include "instrumentparser.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace mend {
namespace {

/** A scale's label or a threshold's population in the language Mend runs in (scripts/
 *  protocol-texts lists Mend's own for lupdate); the items' wording is never translated. */
QString translated(const QString &text)
{
    return text.isEmpty() ? text
                          : QCoreApplication::translate("Instrument", text.toUtf8().constData());
}

constexpr int kMaxItems = 200;
constexpr int kMaxOptions = 40;

std::optional<Rational> readDecimal(JsonReader &r, const QJsonObject &o, const QString &key,
                                    bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return std::nullopt;
    if (!v.isString()) {
        r.fail(key, v.isUndefined()
                        ? QStringLiteral("is missing")
                        : QStringLiteral("must be a decimal written as text, e.g. \"7.5\" (kept "
                                         "exact)"));
        return std::nullopt;
    }
    const auto value = Rational::parse(v.toString());
    if (!value)
        r.fail(key, QStringLiteral("'%1' is not a decimal number").arg(v.toString()));
    return value;
}

QList<ResponseOption> readOptions(JsonReader &r, const QJsonArray &list)
{
    QList<ResponseOption> out;
    if (list.isEmpty() || list.size() > kMaxOptions)
        r.fail(QString(), QStringLiteral("must have 1 to %1 options").arg(kMaxOptions));
    for (int i = 0; i < list.size() && r.ok(); ++i) {
        r.enter(QStringLiteral("[%1]").arg(i));
        const QJsonObject o = r.objectAt(list, i);
        if (r.ok())
            out.append({r.string(o, QStringLiteral("label")),
                        r.integer(o, QStringLiteral("value"), -1000, 1000),
                        r.string(o, QStringLiteral("group"), false)});
        r.leave();
    }
    return out;
}

/** An optional array of body-site keys ("knee", "hip", …). */
QList<BodySite> readSites(JsonReader &r, const QJsonObject &o, const QString &key)
{
    QList<BodySite> out;
    const QJsonArray sites = r.array(o, key, false);
    for (int i = 0; i < sites.size() && r.ok(); ++i) {
        const auto site = fromKey<BodySite>(sites.at(i).toString());
        if (!site)
            r.fail(QStringLiteral("%1[%2]").arg(key).arg(i),
                   QStringLiteral("'%1' is not one of: %2")
                       .arg(sites.at(i).toString(), keyList<BodySite>()));
        else
            out.append(*site);
    }
    return out;
}

QList<InstrumentItem> readItems(JsonReader &r, const QJsonObject &root)
{
    QMap<QString, QList<ResponseOption>> sets;
    const QJsonObject optionSets = r.object(root, QStringLiteral("optionSets"), false);
    r.enter(QStringLiteral("optionSets"));
    for (auto it = optionSets.begin(); it != optionSets.end() && r.ok(); ++it) {
        r.enter(it.key());
        if (!it.value().isArray())
            r.fail(QString(), QStringLiteral("must be a list of options"));
        sets.insert(it.key(), readOptions(r, it.value().toArray()));
        r.leave();
    }
    r.leave();

    QList<InstrumentItem> items;
    QSet<QString> ids;
    const QJsonArray list = r.array(root, QStringLiteral("items"));
    if (r.ok() && (list.isEmpty() || list.size() > kMaxItems))
        r.fail(QStringLiteral("items"), QStringLiteral("must have 1 to %1 items").arg(kMaxItems));
    for (int i = 0; i < list.size() && r.ok(); ++i) {
        r.enter(QStringLiteral("items[%1]").arg(i));
        const QJsonObject o = list.at(i).toObject();
        if (!list.at(i).isObject())
            r.fail(QString(), QStringLiteral("must be an object"));
        InstrumentItem item;
        item.id = r.string(o, QStringLiteral("id"));
        item.text = r.string(o, QStringLiteral("text"));
        item.section = r.string(o, QStringLiteral("section"), false);
        const QJsonValue options = o.value(QStringLiteral("options"));
        if (options.isString()) {
            if (!sets.contains(options.toString()))
                r.fail(QStringLiteral("options"),
                       QStringLiteral("names no option set '%1'").arg(options.toString()));
            item.options = sets.value(options.toString());
        } else if (options.isArray()) {
            r.enter(QStringLiteral("options"));
            item.options = readOptions(r, options.toArray());
            r.leave();
        } else if (r.ok()) {
            r.fail(QStringLiteral("options"),
                   QStringLiteral("must be a list of options or the name of an option set"));
        }
        if (r.ok() && ids.contains(item.id))
            r.fail(QStringLiteral("id"), QStringLiteral("'%1' is used twice").arg(item.id));
        ids.insert(item.id);
        items.append(item);
        r.leave();
    }
    return items;
}

std::optional<ScoreThreshold::Kind> thresholdKind(const QString &key)
{
    if (key == QLatin1String("mcid"))
        return ScoreThreshold::Kind::Mcid;
    if (key == QLatin1String("scb"))
        return ScoreThreshold::Kind::SubstantialClinicalBenefit;
    if (key == QLatin1String("mdc"))
        return ScoreThreshold::Kind::MinimalDetectableChange;
    if (key == QLatin1String("pass"))
        return ScoreThreshold::Kind::Pass;
    return std::nullopt;
}

ScoreThreshold readThreshold(JsonReader &r, const QJsonObject &o)
{
    ScoreThreshold t;
    const QString kind = r.string(o, QStringLiteral("kind"));
    if (const auto k = thresholdKind(kind))
        t.kind = *k;
    else if (r.ok())
        r.fail(QStringLiteral("kind"),
               QStringLiteral("'%1' is not one of: mcid, scb, mdc, pass").arg(kind));
    t.points = readDecimal(r, o, QStringLiteral("points"), false);
    t.percent = readDecimal(r, o, QStringLiteral("percent"), false);
    if (r.ok() && !t.points && !t.percent)
        r.fail(QString(), QStringLiteral("needs points, percent or both"));
    if (r.ok() && t.percent && (*t.percent <= Rational(0) || *t.percent > Rational(100)))
        r.fail(QStringLiteral("percent"), QStringLiteral("must be above 0 and at most 100"));
    if (r.ok() && t.kind == ScoreThreshold::Kind::Pass && (t.percent || !t.points))
        r.fail(QString(), QStringLiteral("a PASS is a score: give points only"));
    t.source = r.string(o, QStringLiteral("source"));
    t.population = translated(r.string(o, QStringLiteral("population")));
    t.status = r.string(o, QStringLiteral("status"), false);
    return t;
}

std::optional<ScoringMethod> scoringMethod(const QString &key)
{
    if (key == QLatin1String("table"))
        return ScoringMethod::Table;
    if (key == QLatin1String("meanRescaled"))
        return ScoringMethod::MeanRescaled;
    if (key == QLatin1String("percentOfMax"))
        return ScoringMethod::PercentOfMax;
    if (key == QLatin1String("sum"))
        return ScoringMethod::Sum;
    return std::nullopt;
}

void readTable(JsonReader &r, const QJsonObject &o, ScaleDefinition &s, int maxRawSum)
{
    const QJsonArray table = r.array(o, QStringLiteral("table"));
    if (!r.ok())
        return;
    if (table.size() != maxRawSum + 1) {
        r.fail(QStringLiteral("table"), QStringLiteral("has %1 rows; raw sums 0-%2 need %3")
                                            .arg(table.size())
                                            .arg(maxRawSum)
                                            .arg(maxRawSum + 1));
        return;
    }
    for (int i = 0; i < table.size() && r.ok(); ++i) {
        const auto value = Rational::parse(table.at(i).toString());
        if (!table.at(i).isString() || !value) {
            r.fail(QStringLiteral("table[%1]").arg(i),
                   QStringLiteral("must be a decimal written as text"));
            return;
        }
        s.table.append(*value);
    }
    // Published tables are strictly monotonic; a typo usually breaks that.
    for (int i = 2; i < s.table.size() && r.ok(); ++i)
        if ((s.table[i] > s.table[i - 1]) != (s.table[1] > s.table[0]) ||
            s.table[i] == s.table[i - 1])
            r.fail(QStringLiteral("table[%1]").arg(i),
                   QStringLiteral("breaks the table's strict order (%1 after %2)")
                       .arg(s.table[i].toString(3), s.table[i - 1].toString(3)));
}

ScaleDefinition readScale(JsonReader &r, const QJsonObject &o, const QList<InstrumentItem> &items)
{
    ScaleDefinition s;
    s.id = r.string(o, QStringLiteral("id"));
    s.label = translated(r.string(o, QStringLiteral("label")));
    const QJsonValue itemList = o.value(QStringLiteral("items"));
    if (itemList.toString() == QLatin1String("all")) {
        for (const auto &i : items)
            s.itemIds.append(i.id);
    } else {
        const QJsonArray ids = r.array(o, QStringLiteral("items"));
        for (int i = 0; i < ids.size() && r.ok(); ++i) {
            const QString id = ids.at(i).toString();
            const bool known = std::any_of(items.begin(), items.end(),
                                           [&](const InstrumentItem &it) { return it.id == id; });
            if (!known || s.itemIds.contains(id))
                r.fail(QStringLiteral("items[%1]").arg(i),
                       known ? QStringLiteral("'%1' is listed twice").arg(id)
                             : QStringLiteral("names no item '%1'").arg(id));
            s.itemIds.append(id);
        }
    }
    if (r.ok() && s.itemIds.isEmpty())
        r.fail(QStringLiteral("items"), QStringLiteral("must name at least one item"));

    const QString method = r.string(o, QStringLiteral("method"));
    if (const auto m = scoringMethod(method))
        s.method = *m;
    else if (r.ok())
        r.fail(QStringLiteral("method"),
               QStringLiteral("'%1' is not one of: table, meanRescaled, percentOfMax, sum")
                   .arg(method));

    int lowest = 0;
    int highest = 0;
    int maxRawSum = 0;
    bool first = true;
    for (const auto &id : s.itemIds)
        for (const auto &it : items)
            if (it.id == id) {
                int itemMax = it.options.isEmpty() ? 0 : it.options.first().value;
                for (const auto &opt : it.options) {
                    lowest = first ? opt.value : std::min(lowest, opt.value);
                    highest = first ? opt.value : std::max(highest, opt.value);
                    itemMax = std::max(itemMax, opt.value);
                    first = false;
                }
                maxRawSum += itemMax;
            }
    s.itemMin = r.integer(o, QStringLiteral("itemMin"), -1000, 1000, lowest);
    s.itemMax = r.integer(o, QStringLiteral("itemMax"), -1000, 1000, highest);
    if (r.ok() && (lowest < s.itemMin || highest > s.itemMax || s.itemMax <= s.itemMin))
        r.fail(QStringLiteral("itemMax"),
               QStringLiteral("item values run %1-%2, outside itemMin-itemMax %3-%4")
                   .arg(lowest)
                   .arg(highest)
                   .arg(s.itemMin)
                   .arg(s.itemMax));
    if (r.ok() && (s.method == ScoringMethod::Table || s.method == ScoringMethod::PercentOfMax) &&
        lowest < 0)
        r.fail(QStringLiteral("method"),
               QStringLiteral("%1 needs item values of 0 or more").arg(method));
    s.invert = o.value(QStringLiteral("invert")).toBool(false);
    if (r.ok() && s.method == ScoringMethod::Table)
        readTable(r, o, s, maxRawSum);

    s.minAnswered = r.integer(o, QStringLiteral("minAnswered"), 1, int(s.itemIds.size()));
    s.missingRule = r.string(o, QStringLiteral("missingRule"));
    s.higherIsBetter = o.value(QStringLiteral("higherIsBetter")).toBool(true);
    if (r.ok() && !o.value(QStringLiteral("higherIsBetter")).isBool())
        r.fail(QStringLiteral("higherIsBetter"), QStringLiteral("must be true or false"));
    s.decimals = r.integer(o, QStringLiteral("decimals"), 0, 6, 1);
    s.scoreMin = readDecimal(r, o, QStringLiteral("scoreMin"), true).value_or(Rational(0));
    s.scoreMax = readDecimal(r, o, QStringLiteral("scoreMax"), true).value_or(Rational(100));

    const QJsonArray thresholds = r.array(o, QStringLiteral("thresholds"), false);
    for (int i = 0; i < thresholds.size() && r.ok(); ++i) {
        r.enter(QStringLiteral("thresholds[%1]").arg(i));
        const QJsonObject t = r.objectAt(thresholds, i);
        if (r.ok())
            s.thresholds.append(readThreshold(r, t));
        r.leave();
    }
    return s;
}

} // namespace

Result<Instrument> parseInstrument(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            QStringLiteral("JSON"),
            QStringLiteral("%1 at %2")
                .arg(parseError.errorString(), JsonReader::position(json, parseError.offset))};
    if (!doc.isObject())
        return Error{QStringLiteral("(top level)"), QStringLiteral("must be a JSON object")};
    const QJsonObject o = doc.object();
    JsonReader r;
    if (r.string(o, QStringLiteral("format")) != QLatin1String("mend-instrument") && r.ok())
        r.fail(QStringLiteral("format"), QStringLiteral("must be \"mend-instrument\""));
    r.integer(o, QStringLiteral("formatVersion"), 1, 1);

    Instrument in;
    in.id = r.string(o, QStringLiteral("id"));
    in.version = r.integer(o, QStringLiteral("version"), 1, 1000000, 1);
    in.name = r.string(o, QStringLiteral("name"));
    in.shortName = r.string(o, QStringLiteral("shortName"));
    in.recallPeriod = r.string(o, QStringLiteral("recallPeriod"), false);
    in.instructions = r.string(o, QStringLiteral("instructions"), false);
    in.copyright = r.string(o, QStringLiteral("copyright"));
    in.licence = r.string(o, QStringLiteral("licence"));
    in.source = r.string(o, QStringLiteral("source"));
    in.placeholderWording = o.value(QStringLiteral("placeholderWording")).toBool(false);
    in.changeSinceInjection = o.value(QStringLiteral("changeSinceInjection")).toBool(false);
    in.loinc = r.string(o, QStringLiteral("loinc"), false);
    in.oarsiDomain = r.string(o, QStringLiteral("oarsiDomain"), false);
    if (r.ok() && !in.oarsiDomain.isEmpty() && in.oarsiDomain != QLatin1String("function") &&
        in.oarsiDomain != QLatin1String("global"))
        r.fail(QStringLiteral("oarsiDomain"), QStringLiteral("must be \"function\" or \"global\""));
    in.defaultForSites = readSites(r, o, QStringLiteral("defaultForSites"));
    in.validForSites = readSites(r, o, QStringLiteral("validForSites"));
    if (r.ok() && (in.id.isEmpty() || in.id.size() > 40 || in.id.contains(QLatin1Char(' '))))
        r.fail(QStringLiteral("id"), QStringLiteral("must be 1-40 characters without spaces"));
    if (r.ok())
        in.items = readItems(r, o);

    const QJsonArray scales = r.array(o, QStringLiteral("scales"));
    if (r.ok() && scales.isEmpty())
        r.fail(QStringLiteral("scales"), QStringLiteral("must have at least one scale"));
    QSet<QString> scaleIds;
    for (int i = 0; i < scales.size() && r.ok(); ++i) {
        r.enter(QStringLiteral("scales[%1]").arg(i));
        const QJsonObject s = r.objectAt(scales, i);
        if (r.ok()) {
            in.scales.append(readScale(r, s, in.items));
            if (r.ok() && scaleIds.contains(in.scales.last().id))
                r.fail(QStringLiteral("id"),
                       QStringLiteral("'%1' is used twice").arg(in.scales.last().id));
            scaleIds.insert(in.scales.last().id);
        }
        r.leave();
    }
    if (!r.ok())
        return r.error();
    return in;
}

} // namespace mend
