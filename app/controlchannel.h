#pragma once

#include <QObject>
#include <memory>

class Diary;
class EntryController;
class QSocketNotifier;
class QQuickWindow;
class WindowDriver;

/**
 * `mend --control`: commands on standard input, one per line, answered on standard output, so
 * that a test can drive the running application next to other processes (mend-cli) on the same
 * diary. "log YYYY-MM-DD PAIN" saves that day through the Today form's controller ("saved" or
 * "error: …"); "count" prints how many entries the screens show; "quit" ends the application.
 * With the window: "screen NAME" shows a screen, "click NAME-OR-TEXT" taps an item,
 * "tap X Y", "tapbottom NAME-OR-TEXT" (scrolled to the page's bottom edge and tapped there), "key
 * Back|Escape|Enter|Tab|C", "type TEXT", "shot FILE.png", "visible NAME-OR-TEXT" (yes/no), "wait
 * MS" (lets the event loop run), "warnings" (QML warnings so far), "cutoff" (visible texts elided
 * or past the window's edge, or "none").
 */
class ControlChannel : public QObject
{
    Q_OBJECT
public:
    ControlChannel(Diary *diary, EntryController *entry, QObject *parent = nullptr);
    ~ControlChannel() override;
    /** The window to drive, its root object (showScreen) and the count of QML warnings. */
    void setWindow(QQuickWindow *window, QObject *root, const int *qmlWarnings);

private:
    void readLine();
    static void pause(int milliseconds);
    /** Waits while the engine is still building a part made after the first frame. */
    void settle();
    QString run(const QStringList &words);
    QString runInWindow(const QString &command, const QString &argument);

    Diary *m_diary;
    EntryController *m_entry;
    QSocketNotifier *m_notifier;
    std::unique_ptr<WindowDriver> m_driver;
    QObject *m_root = nullptr;
    const int *m_qmlWarnings = nullptr;
};
