#include "clicontext.h"

#include "exchange/protocolparser.h"
#include "services/protocolcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mend;

namespace {

const char *kUsage =
    "Usage: mend-cli protocol validate FILE | load FILE | list\n"
    "  validate FILE  Checks a protocol file and prints what is wrong, if anything.\n"
    "  load FILE      Checks it, then uses it for its conditions from now on\n"
    "                 (the protocol in use stays unchanged if the file is bad).\n"
    "  list           The protocols in use, as JSON.";

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (path.isEmpty())
        return Error{QStringLiteral("FILE"), QStringLiteral("is required")};
    if (!f.open(QIODevice::ReadOnly))
        return Error{path, QStringLiteral("cannot be read: %1").arg(f.errorString())};
    if (f.size() > 4 * 1024 * 1024)
        return Error{path, QStringLiteral("is larger than 4 MiB; not a protocol file")};
    return f.readAll();
}

} // namespace

int runProtocolCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    const QString path = args.value(2);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
        path == QLatin1String("--help")) {
        CliContext::print(kUsage);
        return 0;
    }
    if (sub == QLatin1String("validate") || sub == QLatin1String("load")) {
        if (ctx.refuseDiaryFile(path))
            return 2;
        auto text = readFile(path);
        if (!text)
            return CliContext::fail(text.error());
        auto parsed = parseProtocol(text.value());
        if (!parsed)
            return CliContext::fail(QStringLiteral("%1: %2").arg(path, parsed.error().text()));
        if (sub == QLatin1String("load")) {
            if (!ctx.open())
                return 1;
            auto loaded =
                ProtocolCatalog(ctx.database()).load(text.value(), QDateTime::currentDateTime());
            if (!loaded)
                return CliContext::fail(loaded.error());
        }
        CliContext::print(
            QJsonDocument(
                QJsonObject{{QStringLiteral("id"), parsed.value().id},
                            {QStringLiteral("name"), parsed.value().name},
                            {QStringLiteral("milestones"), int(parsed.value().milestones.size())},
                            {QStringLiteral("valid"), true},
                            {QStringLiteral("loaded"), sub == QLatin1String("load")}})
                .toJson(QJsonDocument::Compact));
        return 0;
    }
    if (sub == QLatin1String("list")) {
        if (!ctx.open())
            return 1;
        QJsonArray list;
        for (const auto &p : ProtocolCatalog(ctx.database()).all())
            list.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("version"), p.version}});
        CliContext::print(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    return CliContext::fail(QStringLiteral("use 'protocol validate FILE', 'protocol load FILE' or "
                                           "'protocol list'"));
}
