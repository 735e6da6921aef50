#include "clicontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "domain/printable.h"
#include "exchange/fieldparse.h"
#include "storage/databaselocation.h"

#include <QTextStream>
#include <cstdio>

using namespace mend;

CliContext::CliContext(QString databasePath) : m_path(std::move(databasePath)) {}

bool CliContext::open()
{
    if (m_db)
        return true;
    auto opened = Database::open(m_path);
    if (!opened) {
        fail(opened.error());
        return false;
    }
    m_db = opened.value();
    m_episodes = std::make_unique<EpisodeRepository>(m_db);
    m_entries = std::make_unique<EntryRepository>(m_db);
    return true;
}

std::optional<Episode> CliContext::episode(const QCommandLineParser &parser)
{
    if (parser.isSet(episodeOption())) {
        auto id = parse::integer(QStringLiteral("episode"), parser.value(episodeOption()));
        if (!id) {
            fail(id.error());
            return std::nullopt;
        }
        auto found = m_episodes->find(id.value());
        if (!found)
            fail(Error{QStringLiteral("episode"),
                       QStringLiteral("%1 does not exist").arg(id.value())});
        return found;
    }
    auto latest = m_episodes->latest();
    if (!latest)
        fail(QStringLiteral("no episode yet; set one up with 'mend-cli episode add'"));
    return latest;
}

int CliContext::parse(QCommandLineParser &parser, const QStringList &args, const QString &usage,
                      int maxPositional)
{
    parser.setApplicationDescription(usage);
    const auto help = parser.addHelpOption();
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        print(parser.helpText().toUtf8());
        return 0;
    }
    if (parser.positionalArguments().size() > maxPositional)
        return fail(QStringLiteral("unexpected argument '%1'; see --help")
                        .arg(parser.positionalArguments().at(maxPositional)));
    return -1;
}

QCommandLineOption CliContext::episodeOption()
{
    return {QStringLiteral("episode"), QStringLiteral("Episode id (default: the most recent)."),
            QStringLiteral("ID")};
}

int CliContext::fail(const Error &error)
{
    return fail(error.text());
}

int CliContext::fail(const QString &message)
{
    const QString oneLine = printable(message).replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fprintf(stderr, "mend-cli: %s\n", oneLine.toUtf8().constData());
    return 2;
}

bool CliContext::refuseDiaryFile(const QString &path) const
{
    if (!isDiaryFile(path, m_path))
        return false;
    fail(QStringLiteral("%1: this is the diary itself or one of its backups; choose another file")
             .arg(path));
    return true;
}

void CliContext::wroteHealthData(const QString &path)
{
    std::fprintf(stderr, "mend-cli: wrote %s; it contains health data - store and send it safely\n",
                 qPrintable(path));
}

void CliContext::print(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    if (!text.endsWith('\n'))
        std::fputc('\n', stdout);
}

QStringList subcommandArgs(const QStringList &args)
{
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + QLatin1Char(' ') + args.value(1));
    return rest;
}

QCommandLineOption CliContext::option(const char *name, const char *help, const char *value)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
}

void CliContext::printJson(const QJsonValue &v)
{
    print(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                      : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
}
