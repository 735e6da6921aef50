#include "appoptions.h"

#include "domain/displaysettings.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QRegularExpression>

AppOptions AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Mend: a recovery diary after a regenerative injection. Renders the main screens to PNG "
        "with --screenshot."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open a temporary database with a demo patient."));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file to open."),
                                QStringLiteral("PATH"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QStringLiteral("Render each main screen to DIR/<screen>.png and "
                                                 "exit."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption size(
        QStringLiteral("size"), QStringLiteral("Window size, e.g. 390x844 (default) or 1280x800."),
        QStringLiteral("WxH"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load every screen on demo data, then exit; "
                                                     "fails on any QML error or warning."));
    const QCommandLineOption firstFrame(
        QStringLiteral("first-frame"),
        QStringLiteral("Print when the first frame and the application are shown, with the peak "
                       "memory, then exit (for bench/)."));
    const QCommandLineOption control(
        QStringLiteral("control"),
        QStringLiteral("Take commands on standard input (for tests: log DATE PAIN, count, quit)."));
    const QCommandLineOption pseudo(
        QStringLiteral("pseudo-locale"),
        QStringLiteral("Show every translatable text accented and 40 % longer (accented), or "
                       "reversed in a right-to-left layout (rtl), to see what a translation "
                       "would cut off or fail to mirror."),
        QStringLiteral("NAME"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("Show Mend in this language for this run (%1); the one chosen in Settings "
                       "stays as it is.")
            .arg(mend::languageKeys().join(QStringLiteral(", "))),
        QStringLiteral("KEY"));
    p.addOptions({demo, db, shot, size, selfTest, firstFrame, control, pseudo, language});
    p.process(arguments); // exits on --help, --version and unknown options

    AppOptions o;
    o.demo = p.isSet(demo);
    o.selfTest = p.isSet(selfTest);
    o.firstFrame = p.isSet(firstFrame);
    o.control = p.isSet(control);
    o.databasePath = p.value(db);
    o.screenshotDir = p.value(shot);
    if (p.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const auto m = re.match(p.value(size));
        if (m.hasMatch()) {
            o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
            o.sizeGiven = true;
        } else
            o.error = QStringLiteral("--size: '%1' is not WIDTHxHEIGHT (e.g. 390x844), 100-9999 px")
                          .arg(p.value(size));
    }
    o.pseudoLocale = p.value(pseudo);
    if (p.isSet(pseudo) && o.pseudoLocale != QLatin1String("accented") &&
        o.pseudoLocale != QLatin1String("rtl"))
        o.error =
            QStringLiteral("--pseudo-locale: '%1' is neither accented nor rtl").arg(o.pseudoLocale);
    o.language = p.value(language);
    if (p.isSet(language))
        if (const auto key = mend::parseLanguage(o.language); !key)
            o.error = QStringLiteral("--language: ") + key.error().message;
    if (p.isSet(db) && o.databasePath.isEmpty())
        o.error = QStringLiteral("--db needs a file path, not an empty one");
    if (o.demo && !o.databasePath.isEmpty())
        o.error = QStringLiteral("--demo and --db cannot be used together");
    return o;
}

QStringList AppOptions::screens()
{
    return {QStringLiteral("today"),          QStringLiteral("timeline"),
            QStringLiteral("history"),        QStringLiteral("results"),
            QStringLiteral("results-detail"), QStringLiteral("questionnaire"),
            QStringLiteral("settings"),       QStringLiteral("review"),
            QStringLiteral("cohort"),         QStringLiteral("setup"),
            QStringLiteral("protocol"),       QStringLiteral("lock")};
}

QSize AppOptions::windowSizeFor(QSize available)
{
    if (!available.isValid() || available.isEmpty())
        return {390, 844};
    if (available.width() < 1000) // a phone or a small tablet: the whole screen
        return available;
    return {std::min(1280, available.width() * 4 / 5), std::min(900, available.height() * 9 / 10)};
}
