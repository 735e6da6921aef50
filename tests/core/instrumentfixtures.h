#pragma once

#include "domain/instrumentscoring.h"
#include "exchange/instrumentparser.h"
#include "services/instrumentcatalog.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace mend::test {

/** A shipped instrument by id (from the embedded assets). */
inline Instrument shipped(const QString &id)
{
    for (const auto &i : InstrumentCatalog::builtIn())
        if (i.id == id)
            return i;
    FAIL("no shipped instrument " << id.toStdString());
    return {};
}

/** The text of a test-only definition in tests/core/data/instruments. */
inline QByteArray testDefinitionText(const QString &file)
{
    QFile f(QStringLiteral(MEND_TEST_DATA_DIR "/instruments/") + file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/** A test-only definition (placeholder wording), parsed. */
inline Instrument testDefinition(const QString &file)
{
    auto parsed = parseInstrument(testDefinitionText(file));
    INFO(parsed.error().text().toStdString());
    REQUIRE(parsed.ok());
    return parsed.value();
}

/** Answers giving each listed item the value, in item order. */
inline Answers answersOf(const Instrument &instrument, const QList<int> &values)
{
    Answers a;
    for (int i = 0; i < values.size(); ++i)
        a.insert(instrument.items.at(i).id, values.at(i));
    return a;
}

/** Answers with a given raw sum spread over items worth 0..itemMax each, first items first. */
inline Answers answersWithSum(const Instrument &instrument, int sum, int itemMax)
{
    Answers a;
    for (const auto &item : instrument.items) {
        const int v = std::min(sum, itemMax);
        a.insert(item.id, v);
        sum -= v;
    }
    REQUIRE(sum == 0);
    return a;
}

/** The single scale's score of an instrument for some answers, as text with its decimals. */
inline QString scoreText(const Instrument &instrument, const Answers &answers, int decimals)
{
    auto scored = scoreInstrument(instrument, answers);
    REQUIRE(scored.ok());
    const auto &s = scored.value().first();
    return s.score ? s.score->toString(decimals) : QStringLiteral("none: ") + s.reason;
}

} // namespace mend::test
