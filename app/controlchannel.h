#pragma once

#include <QObject>

class Diary;
class EntryController;
class QSocketNotifier;

/**
 * `mend --control`: commands on standard input, one per line, answered on standard output, so
 * that a test can drive the running application next to other processes (mend-cli) on the same
 * diary. "log YYYY-MM-DD PAIN" saves that day through the Today form's controller ("saved" or
 * "error: …"); "count" prints how many entries the screens show; "quit" ends the application.
 */
class ControlChannel : public QObject
{
    Q_OBJECT
public:
    ControlChannel(Diary *diary, EntryController *entry, QObject *parent = nullptr);

private:
    void readLine();
    QString run(const QStringList &words);

    Diary *m_diary;
    EntryController *m_entry;
    QSocketNotifier *m_notifier;
};
