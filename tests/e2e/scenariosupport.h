#pragma once

#include "clifixture.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

/** The window sizes every scenario runs at: two phones and a desktop. */
inline const QSize kSizes[] = {{360, 640}, {390, 844}, {1280, 900}};

inline QString sizeName(QSize s)
{
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

/** The language the scenarios run in: empty for English, else a key of `mend --language`
 *  ("es"), from MEND_SCENARIO_LANGUAGE (the ctest "e2e: the scenario suite in Spanish…" sets it).
 */
inline QString scenarioLanguage()
{
    return qEnvironmentVariable("MEND_SCENARIO_LANGUAGE");
}

inline QString ui(const QString &english, const char *context);
inline QString ui(const QString &english);

/** What a text with a number in it starts with, before the number ("Average of every "). */
inline QString uiBefore(const QString &english)
{
    const QString text = ui(english);
    return text.left(text.indexOf(QStringLiteral("%1")));
}

/** The sizes a window is driven at: every one in the plain build. The sanitizer build drops the
 *  second phone: it looks for memory errors, which the other phone's and the desktop's layouts
 *  already reach. */
inline QList<QSize> windowSizes()
{
    if (kSanitizedBuild)
        return {QSize(360, 640), QSize(1280, 900)};
    return QList<QSize>(std::begin(kSizes), std::end(kSizes));
}

/** The sizes a scenario runs at: windowSizes() in English, a 360 px phone in another language. */
inline QList<QSize> scenarioSizes()
{
    if (!scenarioLanguage().isEmpty())
        return {QSize(360, 640)};
    return windowSizes();
}

/** Each English text of Mend's with its translations in the scenario's language, by context, as
 *  assets/translations/mend_<key>.ts has them. */
inline const QHash<QString, QHash<QString, QString>> &translations()
{
    static const QHash<QString, QHash<QString, QString>> table = [] {
        QHash<QString, QHash<QString, QString>> out; // source -> context -> translation
        QFile file(QStringLiteral(MEND_TRANSLATIONS_DIR "/mend_%1.ts").arg(scenarioLanguage()));
        if (scenarioLanguage().isEmpty() || !file.open(QIODevice::ReadOnly))
            return out;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) // numerus forms are children
                out[source][context] = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        return out;
    }();
    return table;
}

/** An English text of Mend's as the scenario's language shows it (the text itself in English).
 *  A text translated two ways in two contexts needs its context named, else the scenario fails. */
inline QString ui(const QString &english, const char *context)
{
    if (scenarioLanguage().isEmpty())
        return english;
    const QHash<QString, QString> found = translations().value(english);
    QStringList ways;
    for (const QString &translation : found)
        if (!ways.contains(translation))
            ways << translation;
    INFO("the translation of '" << english.toStdString()
                                << "': " << ways.join(QStringLiteral(" / ")).toStdString());
    if (context) {
        REQUIRE(found.contains(QString::fromLatin1(context)));
        return found.value(QString::fromLatin1(context));
    }
    REQUIRE(ways.size() == 1);
    return ways.first();
}

inline QString ui(const QString &english)
{
    return ui(english, nullptr);
}

/** The scenario language's dates and numbers, as the app shows them. */
inline QLocale scenarioLocale()
{
    return scenarioLanguage().isEmpty() ? QLocale() : QLocale(scenarioLanguage());
}

/** Where a scenario's screenshots go: build/…/screenshots/scenarios/<scenario>-<size>-<step>.png */
inline QString shotPrefix(const QString &scenario, QSize size)
{
    const QString language = scenarioLanguage();
    return QStringLiteral(MEND_SCREENSHOT_DIR "/%1%2-%3")
        .arg(language.isEmpty() ? QString() : language + u'-', scenario, sizeName(size));
}

/** A shell script the test runs in place of a system program (found first on PATH). */
inline void writeScript(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
    file.close();
    REQUIRE(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
}

/** A stand-in for xdg-open that writes the argument it was given to HOME/<record>. The record is
 *  renamed into place whole: a test that polls for it must never read it half-written. */
inline void writeRecordingOpener(const QString &home, const QString &record)
{
    const QString script = QStringLiteral("#!/bin/sh\nprintf '%s' \"$1\" > \"$HOME/%1.part\" &&\n"
                                          "mv \"$HOME/%1.part\" \"$HOME/%1\"\n")
                               .arg(record);
    writeScript(home + QStringLiteral("/bin/xdg-open"), script.toUtf8());
}
