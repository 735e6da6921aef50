#include "controlchannel.h"

#include "diary.h"
#include "entrycontroller.h"
#include "pseudolocale.h"
#include "windowdriver.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QEventLoop>
#include <QQmlEngine>
#include <QQmlIncubationController>
#include <QQuickItem>
#include <QSocketNotifier>
#include <QTimer>
#include <QVariant>
#include <cstdio>
#include <unistd.h>

namespace {

/** A check's answer on one line: its findings joined by " | ", or whenNone when there are none. */
QString oneLine(const QStringList &findings, const QString &whenNone)
{
    return findings.isEmpty()
               ? whenNone
               : findings.join(QStringLiteral(" | ")).replace(QLatin1Char('\n'), u' ');
}

} // namespace

ControlChannel::ControlChannel(Diary *diary, EntryController *entry, QObject *parent)
    : QObject(parent), m_diary(diary), m_entry(entry),
      m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &ControlChannel::readLine);
    std::printf("ready\n");
    std::fflush(stdout);
}

ControlChannel::~ControlChannel() = default;

void ControlChannel::pause(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

void ControlChannel::settle()
{
    // A slow machine (a sanitizer build, a loaded CI) may still be building a part made after the
    // first frame when the wait ends: wait for it and for the frame that lays it out.
    const QQmlEngine *engine = m_root ? qmlEngine(m_root) : nullptr;
    const QQmlIncubationController *incubation = engine ? engine->incubationController() : nullptr;
    if (!incubation || incubation->incubatingObjectCount() == 0)
        return;
    for (int waited = 0; waited < 10000 && incubation->incubatingObjectCount() > 0; waited += 20)
        pause(20);
    pause(100); // the frame after: its polish lays the new part out
}

void ControlChannel::setWindow(QQuickWindow *window, QObject *root, const int *qmlWarnings)
{
    m_driver = window ? std::make_unique<WindowDriver>(window) : nullptr;
    // As if a screen reader were running: Quick Controls then publish their checked and pressed
    // states, which the accessibility check reads.
    if (window)
        QAccessible::setActive(true);
    m_root = root;
    m_qmlWarnings = qmlWarnings;
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
        m_entry->draft()->setProperty("painAverage", words.at(2).toInt());
        if (m_entry->save())
            return QStringLiteral("saved");
        return QStringLiteral("error: ") +
               m_entry->draft()->errors().keys().join(QStringLiteral(", "));
    }
    if (m_driver && command != QLatin1String("log")) {
        const QString argument = words.mid(1).join(QLatin1Char(' '));
        if (QString answer = runInWindow(command, argument); !answer.isEmpty())
            return answer;
    }
    if (command == QLatin1String("quit")) {
        QCoreApplication::quit();
        return QStringLiteral("bye");
    }
    return QStringLiteral("error: unknown command");
}

QString ControlChannel::runInWindow(const QString &command, const QString &argument)
{
    const QString ok = QStringLiteral("ok");
    if (command == QLatin1String("screen")) {
        QMetaObject::invokeMethod(m_root, "showScreen", Q_ARG(QVariant, argument));
        QCoreApplication::processEvents();
        return ok;
    }
    if (command == QLatin1String("click"))
        return m_driver->click(argument) ? ok
                                         : QStringLiteral("error: nothing visible is ") + argument;
    if (command == QLatin1String("tapbottom"))
        return m_driver->tapBottomEdge(argument)
                   ? ok
                   : QStringLiteral("error: nothing visible is ") + argument;
    if (command == QLatin1String("visible"))
        return m_driver->find(argument) ? QStringLiteral("yes") : QStringLiteral("no");
    if (command == QLatin1String("checked")) { // checked NAME: "yes", "no", or no such item
        const QQuickItem *item = m_driver->find(argument);
        return !item ? QStringLiteral("error: nothing visible is ") + argument
               : item->property("checked").toBool() ? QStringLiteral("yes")
                                                    : QStringLiteral("no");
    }
    if (command == QLatin1String("tap")) {
        const QStringList xy = argument.split(QLatin1Char(' '));
        m_driver->tap(xy.value(0).toInt(), xy.value(1).toInt());
        return ok;
    }
    if (command == QLatin1String("focus")) // which window and item take keys now
        return m_driver->focusDescription();
    if (command == QLatin1String("key"))
        return m_driver->key(argument) ? ok : QStringLiteral("error: unknown key ") + argument;
    if (command == QLatin1String("type")) {
        m_driver->type(argument);
        return ok;
    }
    if (command == QLatin1String("shot"))
        return m_driver->screenshot(argument) ? ok
                                              : QStringLiteral("error: cannot write ") + argument;
    if (command == QLatin1String("wait")) {
        pause(argument.toInt());
        settle();
        return ok;
    }
    if (command == QLatin1String("cutoff")) // "none", or the texts cut off
        return oneLine(m_driver->cutOffTexts(), QStringLiteral("none"));
    if (command == QLatin1String("overlaps")) // "none", or texts drawn over each other
        return oneLine(m_driver->overlappingTexts(), QStringLiteral("none"));
    if (command == QLatin1String("box")) { // box NAME: "x y width height" in the window
        const QString box = m_driver->itemBox(argument);
        return box.isEmpty() ? QStringLiteral("error: nothing visible is ") + argument : box;
    }
    if (command == QLatin1String("untranslated")) // under --pseudo-locale: texts not marked
        return oneLine(PseudoTranslator::unmarked(m_driver->visibleTexts()),
                       QStringLiteral("none"));
    if (command == QLatin1String("wheel")) { // wheel NAME DY [ctrl]
        const QStringList parts = argument.split(QLatin1Char(' '));
        return m_driver->wheel(parts.value(0), parts.value(1).toInt(),
                               parts.value(2) == QLatin1String("ctrl"))
                   ? ok
                   : QStringLiteral("error: nothing visible is ") + parts.value(0);
    }
    if (command == QLatin1String("pagey"))
        return QString::number(m_driver->pageScroll(argument), 'f', 1);
    if (command == QLatin1String("overlays")) { // "ok", or what is out of place
        const QStringList wrong = m_driver->misplacedOverlays();
        return wrong.isEmpty() ? ok : wrong.join(QStringLiteral(" | "));
    }
    if (command == QLatin1String("texts")) // one line: every text on screen, joined by " | "
        return m_driver->visibleTexts()
            .join(QStringLiteral(" | "))
            .replace(QLatin1Char('\n'), u' ');
    if (command == QLatin1String("a11y")) { // "ok", or what a screen reader would miss
        const QStringList problems = m_driver->accessibilityProblems();
        return problems.isEmpty() ? ok : problems.join(QStringLiteral(" | "));
    }
    if (command == QLatin1String("contrast")) // "ok", or texts below WCAG AA
        return oneLine(m_driver->lowContrastTexts(), ok);
    if (command == QLatin1String("targets")) // targets [MIN]: "ok", or controls under MIN px
        return oneLine(m_driver->smallTouchTargets(argument.isEmpty() ? 48 : argument.toInt()), ok);
    if (command == QLatin1String("effort"))
        return m_driver->takeEffort();
    if (command == QLatin1String("warnings"))
        return QString::number(m_qmlWarnings ? *m_qmlWarnings : 0);
    return {};
}
