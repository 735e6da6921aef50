// mend-cli import for activity exports (Apple Health, Fitbit): preview, then store.
#include "clicontext.h"

#include "domain/printable.h"
#include "exchange/activityimport.h"
#include "services/activityimporter.h"

#include <QDateTime>
#include <QFile>
#include <cstdio>
#include <unistd.h>

using namespace mend;

bool isActivityExport(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.peek(4096);
    return looksLikeActivityExport(head);
}

int runActivityImport(CliContext &ctx, const QCommandLineParser &p, const QString &path)
{
    if (!ctx.open())
        return 1;
    const std::optional<Episode> episode = ctx.episode(p);
    if (!episode)
        return 2;
    ActivityReadOptions options;
    options.sourceId = p.value(QStringLiteral("source-id"));
    qint64 shownPercent = -1;
    const bool terminal = ::isatty(STDERR_FILENO);
    options.progress = [terminal, &shownPercent](qint64 bytes, qint64 total) {
        const qint64 percent = total > 0 ? bytes * 100 / total : 0;
        const qint64 step = terminal ? 1 : 25; // a log gets a line every quarter
        if (percent / step != shownPercent / step) {
            shownPercent = percent;
            std::fprintf(stderr, terminal ? "\rreading: %lld %%" : "reading: %lld %%\n",
                         static_cast<long long>(percent));
            std::fflush(stderr);
        }
    };
    ActivityImporter importer(ctx.database());
    const auto file = importer.read(path, *episode, QDate::currentDate(), options);
    if (shownPercent >= 0 && terminal)
        std::fprintf(stderr, "\n");
    if (!file)
        return CliContext::fail(QStringLiteral("%1: %2").arg(path, file.error().text()));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    const auto report =
        importer.apply(file.value(), *episode, QDateTime::currentDateTime(), !dryRun);
    if (!report)
        return CliContext::fail(report.error());
    CliContext::print(printable(report.value().text()).toUtf8() + '\n');
    if (dryRun)
        CliContext::print("nothing stored (--dry-run)\n");
    return 0;
}
