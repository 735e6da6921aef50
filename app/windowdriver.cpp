#include "windowdriver.h"

#include "windowchecks.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <QWheelEvent>
#include <QtCharts/QAbstractSeries>
#include <algorithm>
#include <cmath>

namespace {

bool reallyVisible(const QQuickItem *item)
{
    return item->isVisible() && item->opacity() > 0 && item->width() > 0 && item->height() > 0;
}

QQuickItem *search(QQuickItem *item, const QString &wanted, bool byText)
{
    if (!reallyVisible(item))
        return nullptr;
    if (byText ? item->property("text").toString() == wanted : item->objectName() == wanted)
        return item;
    // Last child first: it is drawn on top (the overlay with its popups after the content).
    const auto children = item->childItems();
    for (auto it = children.crbegin(); it != children.crend(); ++it)
        if (QQuickItem *found = search(*it, wanted, byText))
            return found;
    return nullptr;
}

} // namespace

QQuickItem *WindowDriver::find(const QString &nameOrText) const
{
    // Popups and dialogs live in the window's overlay, which is a child of the root item.
    QQuickItem *root = m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem()
                                                             : m_window->contentItem();
    // "outer/inner": inner inside outer (two pain scales both have a cell named painCell4).
    QQuickItem *within = root;
    const QStringList steps = nameOrText.split(QLatin1Char('/'));
    for (const QString &step : steps) {
        QQuickItem *found = search(within, step, false);
        if (!found)
            found = search(within, step, true);
        if (!found)
            return nullptr;
        within = found;
    }
    return within;
}

void WindowDriver::scrollIntoView(QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        if (!content)
            continue;
        const QRectF box =
            item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
        const qreal top = p->property("contentY").toReal();
        const qreal maxY = std::max(0.0, p->property("contentHeight").toReal() - p->height());
        if (box.top() < top || box.bottom() > top + p->height()) { // to the middle, as people do
            const qreal to = std::clamp(box.center().y() - p->height() / 2, 0.0, maxY);
            p->setProperty("contentY", to);
            ++m_scrolls;
            m_screensScrolled += std::abs(to - top) / std::max(1.0, p->height());
        }
    }
    QCoreApplication::processEvents();
}

QString WindowDriver::takeEffort()
{
    const QString effort = QStringLiteral("taps %1 scrolls %2 screens %3")
                               .arg(m_taps)
                               .arg(m_scrolls)
                               .arg(m_screensScrolled, 0, 'f', 1);
    m_taps = m_scrolls = 0;
    m_screensScrolled = 0;
    return effort;
}

QQuickItem *WindowDriver::findSoon(const QString &nameOrText) const
{
    // A tap's result shows in the next frames (layouts settle when polished for one): a person
    // looks for the next button after the screen has changed, so wait for it as they would.
    QElapsedTimer waited;
    waited.start();
    QQuickItem *item = find(nameOrText);
    while (!item && waited.elapsed() < 1000) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
        item = find(nameOrText);
    }
    return item;
}

bool WindowDriver::click(const QString &nameOrText)
{
    QQuickItem *item = findSoon(nameOrText);
    if (!item)
        return false;
    scrollIntoView(item);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    tap(int(centre.x()), int(centre.y()));
    return true;
}

bool WindowDriver::tapBottomEdge(const QString &nameOrText)
{
    QQuickItem *item = find(nameOrText);
    if (!item)
        return false;
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        const QRectF box =
            item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
        const qreal maxY = std::max(0.0, p->property("contentHeight").toReal() - p->height());
        p->setProperty("contentY", std::clamp(box.bottom() - p->height(), 0.0, maxY));
        break;
    }
    QCoreApplication::processEvents();
    const QPointF edge = item->mapToScene(QPointF(item->width() / 2, item->height() - 14));
    tap(int(edge.x()), int(edge.y()));
    return true;
}

void WindowDriver::tap(int x, int y)
{
    ++m_taps;
    const QPointF at(x, y);
    const QPointF global = m_window->mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, at, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, at, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &release);
    QCoreApplication::processEvents();
}

QString WindowDriver::focusDescription() const
{
    const QWindow *focused = QGuiApplication::focusWindow();
    const QQuickItem *item = m_window->activeFocusItem();
    const auto describe = [](const QObject *o) {
        if (!o)
            return QStringLiteral("none");
        return QString::fromLatin1(o->metaObject()->className()) +
               (o->objectName().isEmpty() ? QString() : QLatin1Char(' ') + o->objectName());
    };
    return QStringLiteral("window: %1, item: %2")
        .arg(focused == m_window ? QStringLiteral("the app's") : describe(focused), describe(item));
}

bool WindowDriver::key(const QString &name)
{
    static const QHash<QString, int> named{{QStringLiteral("Back"), Qt::Key_Back},
                                           {QStringLiteral("Escape"), Qt::Key_Escape},
                                           {QStringLiteral("Enter"), Qt::Key_Return},
                                           {QStringLiteral("Tab"), Qt::Key_Tab},
                                           {QStringLiteral("Backspace"), Qt::Key_Backspace}};
    int code = named.value(name, 0);
    QString text;
    if (!code && name.size() == 1) {
        code = name.at(0).toUpper().unicode();
        text = name;
    }
    if (!code)
        return false;
    // Keys reach Shortcuts (Back, Escape) only in the active window, as a person's keys do:
    // without a window manager (Xvfb) nothing activates it.
    if (QGuiApplication::focusWindow() != m_window) {
        m_window->requestActivate();
        QElapsedTimer waited;
        waited.start();
        while (QGuiApplication::focusWindow() != m_window && waited.elapsed() < 500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    QKeyEvent press(QEvent::KeyPress, code, Qt::NoModifier, text);
    QCoreApplication::sendEvent(m_window, &press);
    QKeyEvent release(QEvent::KeyRelease, code, Qt::NoModifier, text);
    QCoreApplication::sendEvent(m_window, &release);
    QCoreApplication::processEvents();
    return true;
}

void WindowDriver::type(const QString &text)
{
    for (const QChar c : text)
        key(QString(c));
}

QStringList WindowDriver::cutOffTexts() const
{
    return windowchecks::cutOffTexts(m_window);
}

QStringList WindowDriver::overlappingTexts() const
{
    return windowchecks::overlappingTexts(m_window);
}

QString WindowDriver::itemBox(const QString &nameOrText) const
{
    const QQuickItem *item = find(nameOrText);
    if (!item)
        return {};
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return QStringLiteral("%1 %2 %3 %4")
        .arg(qRound(box.x()))
        .arg(qRound(box.y()))
        .arg(qRound(box.width()))
        .arg(qRound(box.height()));
}

bool WindowDriver::screenshot(const QString &path) const
{
    return m_window->grabWindow().save(path, "PNG");
}

bool WindowDriver::wheel(const QString &nameOrText, int dy, bool control)
{
    QQuickItem *item = findSoon(nameOrText);
    if (!item)
        return false;
    scrollIntoView(item);
    const QPointF at = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QWheelEvent event(at, m_window->mapToGlobal(at), QPoint(), QPoint(0, dy), Qt::NoButton,
                      control ? Qt::ControlModifier : Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_window, &event);
    QCoreApplication::processEvents();
    return true;
}

double WindowDriver::pageScroll(const QString &nameOrText) const
{
    QQuickItem *item = find(nameOrText);
    for (QQuickItem *p = item ? item->parentItem() : nullptr; p; p = p->parentItem())
        if (p->inherits("QQuickFlickable"))
            return p->property("contentY").toDouble();
    return -1;
}

namespace {

/** The item's overlay container (MilestoneWindows or MarkerLane): it names chart and series. */
QObject *overlayOf(const QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (p->property("chart").isValid() && p->property("series").isValid())
            return p;
    return nullptr;
}

double mappedX(QObject *overlay, double value)
{
    QObject *chart = overlay->property("chart").value<QObject *>();
    auto *series = overlay->property("series").value<QAbstractSeries *>();
    QPointF at;
    if (!chart || !series ||
        !QMetaObject::invokeMethod(chart, "mapToPosition", Q_RETURN_ARG(QPointF, at),
                                   Q_ARG(QPointF, QPointF(value, 0)),
                                   Q_ARG(QAbstractSeries *, series)))
        return qQNaN();
    return at.x();
}

void collectOverlays(QQuickItem *item, QList<QQuickItem *> *out)
{
    if (!reallyVisible(item))
        return;
    const QString name = item->objectName();
    if (name == QLatin1String("milestoneWindow") || name == QLatin1String("alertMarker") ||
        name == QLatin1String("eventMarker"))
        out->append(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectOverlays(child, out);
}

} // namespace

QStringList WindowDriver::misplacedOverlays() const
{
    QStringList out;
    QList<QQuickItem *> overlays;
    collectOverlays(m_window->contentItem(), &overlays);
    for (QQuickItem *item : overlays) {
        QObject *overlay = overlayOf(item);
        if (!overlay) {
            out.append(QStringLiteral("no chart for ") + item->objectName());
            return out;
        }
        const QRectF area =
            overlay->property("chart").value<QObject *>()->property("plotArea").toRectF();
        if (item->objectName() == QLatin1String("milestoneWindow")) {
            const double left =
                std::max(area.left(), mappedX(overlay, item->property("dataStart").toDouble()));
            const double right =
                std::min(area.right(), mappedX(overlay, item->property("dataEnd").toDouble()));
            if (std::abs(item->x() - left) > 1 || std::abs(item->x() + item->width() - right) > 2)
                out.append(QStringLiteral("milestone window at %1–%2 px, its days at %3–%4 px")
                               .arg(item->x(), 0, 'f', 1)
                               .arg(item->x() + item->width(), 0, 'f', 1)
                               .arg(left, 0, 'f', 1)
                               .arg(right, 0, 'f', 1));
        } else {
            const double centre = mappedX(overlay, item->property("dataX").toDouble());
            if (std::abs(item->x() + item->width() / 2 - centre) > 1)
                out.append(QStringLiteral("%1 at %2 px, its day at %3 px")
                               .arg(item->objectName())
                               .arg(item->x() + item->width() / 2, 0, 'f', 1)
                               .arg(centre, 0, 'f', 1));
        }
    }
    // Every timeline chart on screen shows the same weeks (each chart's lane names its axis).
    QString first;
    for (QQuickItem *item : overlays) {
        QObject *axis = overlayOf(item)->property("axis").value<QObject *>();
        if (!axis)
            continue;
        const QString range = QStringLiteral("%1..%2")
                                  .arg(axis->property("min").toDouble(), 0, 'f', 3)
                                  .arg(axis->property("max").toDouble(), 0, 'f', 3);
        if (first.isEmpty())
            first = range;
        else if (range != first)
            out.append(QStringLiteral("x ranges differ: %1 and %2").arg(first, range));
    }
    if (first.isEmpty())
        out.append(QStringLiteral("no chart overlay on screen"));
    return out;
}

QStringList WindowDriver::visibleTexts() const
{
    return windowchecks::visibleTexts(m_window);
}

QStringList WindowDriver::accessibilityProblems() const
{
    return windowchecks::accessibilityProblems(m_window);
}

QStringList WindowDriver::lowContrastTexts() const
{
    return windowchecks::lowContrastTexts(m_window);
}

QStringList WindowDriver::smallTouchTargets(int minimum) const
{
    return windowchecks::smallTouchTargets(m_window, minimum);
}
