#include "clicontext.h"

#include "applanguage.h"

#include "domain/displaysettings.h"
#include "report/visitreport.h"
#include "services/languagepreference.h"

#include <QTranslator>

using namespace mend;

int runReportCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CliContext::episodeOption());
    p.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                   QStringLiteral("The PDF file to write."),
                                   QStringLiteral("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("page"),
                                   QStringLiteral("a4 (default) or letter."),
                                   QStringLiteral("SIZE"), QStringLiteral("a4")));
    p.addOption(QCommandLineOption(
        QStringLiteral("language"),
        QStringLiteral("The report's language: %1 (default: the one chosen in the app).")
            .arg(languageKeys().join(QStringLiteral(", "))),
        QStringLiteral("KEY")));
    if (int code = CliContext::parse(p, args,
                                     QStringLiteral("Writes the visit report of the episode as a "
                                                    "PDF. It contains health data."));
        code >= 0)
        return code;
    const QString page = p.value(QStringLiteral("page"));
    if (page != QLatin1String("a4") && page != QLatin1String("letter"))
        return CliContext::fail(QStringLiteral("--page: '%1' is not one of: a4, letter").arg(page));
    if (p.isSet(QStringLiteral("language")))
        if (auto s = parseLanguage(p.value(QStringLiteral("language"))); !s)
            return CliContext::fail(QStringLiteral("--language: ") + s.error().message);
    if (p.value(QStringLiteral("output")).isEmpty())
        return CliContext::fail(QStringLiteral("-o FILE is required"));
    if (ctx.refuseDiaryFile(p.value(QStringLiteral("output"))))
        return 2;
    if (!ctx.open())
        return 1;
    // A report is read by people: in the language chosen in the app, like its reminders.
    QTranslator translation;
    applyLanguage(p.isSet(QStringLiteral("language"))
                      ? p.value(QStringLiteral("language"))
                      : storedLanguage(SettingsRepository(ctx.database())),
                  translation);
    const auto episode = ctx.episode(p);
    if (!episode)
        return 2;
    if (auto s = writeVisitReport(ctx.database(), episode->id, p.value(QStringLiteral("output")),
                                  page == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter,
                                  QDateTime::currentDateTime());
        !s)
        return CliContext::fail(s.error());
    CliContext::wroteHealthData(p.value(QStringLiteral("output")));
    return 0;
}
