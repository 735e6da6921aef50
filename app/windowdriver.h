#pragma once

#include <QString>
#include <QStringList>

class QQuickItem;
class QQuickWindow;

/**
 * Drives the real window for tests (mend --control): finds items by objectName or by the text
 * they show, and sends the window the same mouse and key events a person's input makes, so that
 * the event goes through Qt Quick's delivery (grabs, overlays, popups) as a real tap does.
 */
class WindowDriver
{
public:
    explicit WindowDriver(QQuickWindow *window) : m_window(window) {}

    /** The visible item named name (objectName) or, failing that, showing text; null if none.
     *  "outer/inner" looks for inner inside outer. */
    QQuickItem *find(const QString &nameOrText) const;
    /** find(), waiting up to a second for the item to show. */
    QQuickItem *findSoon(const QString &nameOrText) const;
    /** A press and release at the item's centre; false when there is no such visible item
     *  within a second. */
    bool click(const QString &nameOrText);
    /** Scrolls until the item's bottom edge is at the bottom of its scrolling page, then taps
     *  near that edge (14 px up: inside a Material button, in the page's bottom 16 px). */
    bool tapBottomEdge(const QString &nameOrText);
    /** A press and release at window coordinates. */
    void tap(int x, int y);
    /** A key press and release: "Back", "Escape", "Enter", "Tab" or one character. */
    bool key(const QString &name);
    /** "window: W, item: I": the window keys go to (or none) and its active focus item. */
    QString focusDescription() const;
    /** Types text into the item that has focus. */
    void type(const QString &text);
    /** The visible texts that are cut off: elided, or reaching past the window's left or right
     *  edge (a person cannot read them whole). */
    QStringList cutOffTexts() const;
    /** Pairs of visible texts drawn over each other (windowchecks). */
    QStringList overlappingTexts() const;
    /** The named visible item's box in the window, "x y width height"; empty if none. */
    QString itemBox(const QString &nameOrText) const;
    /** A mouse wheel turn of dy (120 = one notch up) over the item's centre, with Ctrl or not;
     *  false when there is no such visible item. */
    bool wheel(const QString &nameOrText, int dy, bool control);
    /** How far the page around the item is scrolled (its Flickable's contentY); -1 if none. */
    double pageScroll(const QString &nameOrText) const;
    /** Chart overlays (milestone windows, alert and treatment markers) that are not where the
     *  chart's own mapping puts their day, and timeline charts whose x ranges differ; empty
     *  when everything lines up. */
    QStringList misplacedOverlays() const;
    /** Every text of the screen now, scrolled into view or not (visible Text items). */
    QStringList visibleTexts() const;
    /** What a screen reader would miss on screen now: every control a person can reach (focusable
     *  or pressable) without a name or a role, and every checkable one (choice buttons, switches)
     *  that does not say whether it is checked. Empty when nothing is missing. */
    QStringList accessibilityProblems() const;
    /** Texts below WCAG AA contrast against what is drawn under them (windowchecks). */
    QStringList lowContrastTexts() const;
    /** Enabled controls smaller than minimum × minimum px (windowchecks). */
    QStringList smallTouchTargets(int minimum) const;
    /** Saves what the window shows as PNG. */
    bool screenshot(const QString &path) const;
    /** What a person did since the last call: "taps N scrolls M screens S" (a scroll is a page
     *  moved to reach an item; screens is the distance in page heights), then starts again. */
    QString takeEffort();

private:
    /** Scrolls every page around item so that it shows, as a person would first. */
    void scrollIntoView(QQuickItem *item);

    QQuickWindow *m_window;
    int m_taps = 0;
    int m_scrolls = 0;
    double m_screensScrolled = 0;
};
