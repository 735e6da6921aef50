#include "controlchannel.h"

#include "diary.h"
#include "entrycontroller.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <cstdio>
#include <unistd.h>

ControlChannel::ControlChannel(Diary *diary, EntryController *entry, QObject *parent)
    : QObject(parent), m_diary(diary), m_entry(entry),
      m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &ControlChannel::readLine);
    std::printf("ready\n");
    std::fflush(stdout);
}

void ControlChannel::readLine()
{
    char buffer[512];
    if (!std::fgets(buffer, sizeof buffer, stdin)) {
        m_notifier->setEnabled(false);
        QCoreApplication::quit(); // the test closed the pipe
        return;
    }
    const QString answer =
        run(QString::fromUtf8(buffer).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts));
    std::printf("%s\n", answer.toUtf8().constData());
    std::fflush(stdout);
}

QString ControlChannel::run(const QStringList &words)
{
    const QString command = words.value(0);
    if (command == QLatin1String("count")) {
        m_diary->reloadIfChangedElsewhere(); // as the poll would, without waiting for it
        return QString::number(m_diary->episodeEntries().size());
    }
    if (command == QLatin1String("log") && words.size() == 3) {
        m_entry->selectDate(words.at(1));
        QVariantMap form = m_entry->form();
        form.insert(QStringLiteral("painAverage"), words.at(2).toInt());
        const QString error = m_entry->save(form);
        return error.isEmpty() ? QStringLiteral("saved") : QStringLiteral("error: ") + error;
    }
    if (command == QLatin1String("quit")) {
        QCoreApplication::quit();
        return QStringLiteral("bye");
    }
    return QStringLiteral("error: unknown command");
}
