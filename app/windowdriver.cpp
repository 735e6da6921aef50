#include "windowdriver.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QQuickItem>
#include <QQuickWindow>

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
    if (QQuickItem *byName = search(root, nameOrText, false))
        return byName;
    return search(root, nameOrText, true);
}

bool WindowDriver::click(const QString &nameOrText)
{
    QQuickItem *item = find(nameOrText);
    if (!item)
        return false;
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    tap(int(centre.x()), int(centre.y()));
    return true;
}

void WindowDriver::tap(int x, int y)
{
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

bool WindowDriver::key(const QString &name)
{
    static const QHash<QString, int> named{{QStringLiteral("Back"), Qt::Key_Back},
                                           {QStringLiteral("Escape"), Qt::Key_Escape},
                                           {QStringLiteral("Enter"), Qt::Key_Return},
                                           {QStringLiteral("Tab"), Qt::Key_Tab}};
    int code = named.value(name, 0);
    QString text;
    if (!code && name.size() == 1) {
        code = name.at(0).toUpper().unicode();
        text = name;
    }
    if (!code)
        return false;
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

bool WindowDriver::screenshot(const QString &path) const
{
    return m_window->grabWindow().save(path, "PNG");
}
