#pragma once

#include <QStringList>

class QQuickWindow;

/** What a person would miss on the window now; each returns one line per problem, none if fine. */
namespace windowchecks {

/** Visible texts that are elided or reach past the window's edges, or a clipping parent's. */
QStringList cutOffTexts(const QQuickWindow *window);
/** Pairs of visible texts whose letters are drawn over each other (within the page, or within
 *  the popups over it), where a clipping parent lets them show. */
QStringList overlappingTexts(const QQuickWindow *window);
/** Every text of the screen now, scrolled into view or not. */
QStringList visibleTexts(const QQuickWindow *window);
/** Reachable controls without a name or role, and choices that do not tell their state. */
QStringList accessibilityProblems(const QQuickWindow *window);
/** Enabled texts below WCAG AA against what is drawn under them (4.5:1; 3:1 for large text):
 *  the text's colour and opacity over the nearest opaque rectangle beneath it, or the window. */
QStringList lowContrastTexts(const QQuickWindow *window);
/** Enabled buttons, fields and choices smaller than minimum × minimum px (48: a fingertip's
 *  reach, Material's guideline; 44, Apple's, where 320 px cannot fit seven of 48). */
QStringList smallTouchTargets(const QQuickWindow *window, int minimum = 48);

} // namespace windowchecks
