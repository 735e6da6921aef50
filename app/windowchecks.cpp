#include "windowchecks.h"

#include "domain/displaysettings.h"

#include <QAccessible>
#include <QColor>
#include <QFont>
#include <QQuickItem>
#include <QQuickWindow>
#include <algorithm>

namespace windowchecks {

namespace {

bool reallyVisible(const QQuickItem *item)
{
    return item->isVisible() && item->opacity() > 0 && item->width() > 0 && item->height() > 0;
}

// Popups and dialogs live in the window's overlay, a child of the root item.
QQuickItem *rootItem(const QQuickWindow *window)
{
    QQuickItem *content = window->contentItem();
    return content->parentItem() ? content->parentItem() : content;
}

/** Lays out what waits for the next frame (positioners, layouts), as that frame would show it:
 *  a check between a model's change and its frame would see the rows still on top of each other. */
void polishAll(QQuickItem *item)
{
    item->ensurePolished();
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        polishAll(child);
}

void collectCutOff(const QQuickItem *item, qreal left, qreal right, QStringList *out)
{
    if (!reallyVisible(item))
        return;
    if (item->inherits("QQuickText")) {
        const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const QString text = item->property("text").toString();
        if (item->property("truncated").toBool())
            out->append(QStringLiteral("elided: ") + text);
        else if (!text.isEmpty() && (box.left() < left - 1 || box.right() > right + 1))
            out->append(QStringLiteral("past the edge: ") + text);
    }
    if (item->clip()) { // what a clipping parent cuts is its own business (lists, scroll views)
        const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        left = std::max(left, box.left());
        right = std::min(right, box.right());
    }
    const auto children = item->childItems();
    for (const QQuickItem *child : children)
        collectCutOff(child, left, right, out);
}

/** Where a Text's letters are drawn, in the scene: its content box placed by its alignment. */
QRectF paintedBox(const QQuickItem *text)
{
    const qreal left = text->property("leftPadding").toReal();
    const qreal right = text->property("rightPadding").toReal();
    const qreal top = text->property("topPadding").toReal();
    const qreal bottom = text->property("bottomPadding").toReal();
    const qreal w = std::min(text->property("contentWidth").toReal(), text->width() - left - right);
    const qreal h =
        std::min(text->property("contentHeight").toReal(), text->height() - top - bottom);
    const int h_align = text->property("effectiveHorizontalAlignment").toInt();
    const int v_align = text->property("verticalAlignment").toInt();
    const qreal roomX = text->width() - left - right - w;
    const qreal roomY = text->height() - top - bottom - h;
    const qreal x = left + (h_align & Qt::AlignRight     ? roomX
                            : h_align & Qt::AlignHCenter ? roomX / 2
                                                         : 0);
    const qreal y = top + (v_align & Qt::AlignBottom    ? roomY
                           : v_align & Qt::AlignVCenter ? roomY / 2
                                                        : 0);
    return text->mapRectToScene(QRectF(x, y, w, h));
}

struct PaintedText
{
    QRectF box;
    QString text;
    const QQuickItem *layer;
};

void collectPainted(const QQuickItem *item, const QQuickItem *layer, QRectF clip,
                    std::vector<PaintedText> *out)
{
    // An item of no size still shows its children (a Repeater's parent often has none).
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    if (item->inherits("QQuickText") && !item->property("text").toString().trimmed().isEmpty()) {
        const QRectF box = paintedBox(item) & clip;
        if (box.width() > 0 && box.height() > 0)
            out->push_back({box, item->property("text").toString(), layer});
    }
    if (item->clip())
        clip &= item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const auto children = item->childItems();
    for (const QQuickItem *child : children)
        collectPainted(child, layer, clip, out);
}

void collectTexts(const QQuickItem *item, QStringList *out)
{
    if (!reallyVisible(item))
        return;
    if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty())
        out->append(item->property("text").toString());
    const auto children = item->childItems();
    for (const QQuickItem *child : children)
        collectTexts(child, out);
}

} // namespace

QStringList cutOffTexts(const QQuickWindow *window)
{
    polishAll(rootItem(window));
    QStringList out;
    collectCutOff(rootItem(window), 0, window->width(), &out);
    return out;
}

QStringList overlappingTexts(const QQuickWindow *window)
{
    polishAll(rootItem(window));
    // The page and each popup over it are separate layers: a dialog covers the page on purpose,
    // and a message can pass under a dialog.
    std::vector<PaintedText> texts;
    const QRectF whole(0, 0, window->width(), window->height());
    const auto layers = rootItem(window)->childItems();
    for (const QQuickItem *layer : layers) {
        if (!layer->inherits("QQuickOverlay")) {
            collectPainted(layer, layer, whole, &texts);
            continue;
        }
        const auto popups = layer->childItems();
        for (const QQuickItem *popup : popups)
            collectPainted(popup, popup, whole, &texts);
    }
    QStringList out;
    for (size_t i = 0; i < texts.size(); ++i)
        for (size_t j = i + 1; j < texts.size(); ++j) {
            if (texts[i].layer != texts[j].layer)
                continue;
            const QRectF both = texts[i].box & texts[j].box;
            if (both.width() > 2 && both.height() > 2) // more than touching: letters over letters
                out.append(QStringLiteral("%1 over %2 at %3,%4")
                               .arg(texts[i].text, texts[j].text)
                               .arg(qRound(both.x()))
                               .arg(qRound(both.y())));
        }
    return out;
}

QStringList visibleTexts(const QQuickWindow *window)
{
    QStringList out;
    collectTexts(rootItem(window), &out);
    return out;
}

namespace {

void collectAccessibility(QAccessibleInterface *node, const QRect &window, int depth,
                          QStringList *out)
{
    if (!node || !node->isValid() || depth > 80)
        return;
    const QAccessible::State state = node->state();
    if (state.invisible || state.offscreen)
        return;
    const QRect box = node->rect();
    QAccessibleActionInterface *actions = node->actionInterface();
    const bool reachable =
        state.focusable ||
        (actions && actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
    if (reachable && box.intersects(window) && box.width() > 0 && box.height() > 0) {
        const QString name = node->text(QAccessible::Name).trimmed();
        const QString where = QStringLiteral("at %1,%2").arg(box.x()).arg(box.y());
        if (name.isEmpty())
            out->append(QStringLiteral("no name: role %1 %2").arg(int(node->role())).arg(where));
        if (node->role() == QAccessible::NoRole || node->role() == QAccessible::Client)
            out->append(QStringLiteral("no role: ") + name + u' ' + where);
        const bool choice =
            node->role() == QAccessible::CheckBox || node->role() == QAccessible::RadioButton;
        if (choice && !state.checkable)
            out->append(QStringLiteral("checked state not told: ") + name);
    }
    for (int i = 0; i < node->childCount(); ++i)
        collectAccessibility(node->child(i), window, depth + 1, out);
}

} // namespace

QStringList accessibilityProblems(const QQuickWindow *window)
{
    QStringList out;
    collectAccessibility(QAccessible::queryAccessibleInterface(const_cast<QQuickWindow *>(window)),
                         QRect(window->mapToGlobal(QPoint(0, 0)), window->size()), 0, &out);
    return out;
}

namespace {

QColor blend(const QColor &over, double alpha, const QColor &under)
{
    return QColor::fromRgbF(over.redF() * alpha + under.redF() * (1 - alpha),
                            over.greenF() * alpha + under.greenF() * (1 - alpha),
                            over.blueF() * alpha + under.blueF() * (1 - alpha));
}

// The opaque colour under a point of the scene: the nearest rectangle drawn below the text
// (an ancestor, or a sibling stacked under the branch the text is in, as a control's
// background), else the window's colour.
QColor colourBeneath(const QQuickItem *text, const QPointF &scenePoint, const QQuickWindow *window)
{
    const QQuickItem *branch = text;
    for (const QQuickItem *level = text->parentItem(); level; level = level->parentItem()) {
        QList<QQuickItem *> below = level->childItems();
        std::stable_sort(below.begin(), below.end(),
                         [](const QQuickItem *a, const QQuickItem *b) { return a->z() > b->z(); });
        bool underBranch = false;
        for (const QQuickItem *sibling : std::as_const(below)) {
            if (sibling == branch) {
                underBranch = true;
                continue;
            }
            if (!underBranch || !reallyVisible(sibling) || !sibling->inherits("QQuickRectangle"))
                continue;
            const QColor colour = sibling->property("color").value<QColor>();
            if (colour.alphaF() > 0.9 && sibling->contains(sibling->mapFromScene(scenePoint)))
                return colour;
        }
        if (level->inherits("QQuickRectangle")) {
            const QColor colour = level->property("color").value<QColor>();
            if (colour.alphaF() > 0.9)
                return colour;
        }
        branch = level;
    }
    return window->color();
}

double opacityOf(const QQuickItem *item)
{
    double opacity = 1;
    for (; item; item = item->parentItem())
        opacity *= item->opacity();
    return opacity;
}

void collectLowContrast(const QQuickItem *item, const QQuickWindow *window, QStringList *out)
{
    if (!reallyVisible(item) || !item->isEnabled())
        return;
    const QString text = item->property("text").toString().trimmed();
    if (item->inherits("QQuickText") && !text.isEmpty()) {
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        const QColor under = colourBeneath(item, centre, window);
        const QColor colour = item->property("color").value<QColor>();
        const QColor seen = blend(colour, colour.alphaF() * opacityOf(item), under);
        const QFont font = item->property("font").value<QFont>();
        const double pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 4 / 3;
        // WCAG 2: large text is 18 pt (24 px), or 14 pt (18.66 px) bold.
        const bool large = pixels >= 24 || (font.bold() && pixels >= 18.66);
        const double ratio = mend::contrastRatio(seen.rgb() & 0xffffff, under.rgb() & 0xffffff);
        if (ratio < (large ? 3.0 : mend::minTextContrast))
            out->append(QStringLiteral("%1:1 %2 on %3: %4")
                            .arg(ratio, 0, 'f', 2)
                            .arg(seen.name(), under.name(), text.left(60)));
    }
    const auto children = item->childItems();
    for (const QQuickItem *child : children)
        collectLowContrast(child, window, out);
}

bool isTouchTarget(const QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox") ||
           item->inherits("QQuickSlider") ||
           ((item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) &&
            !item->property("readOnly").toBool());
}

void collectSmallTargets(const QQuickItem *item, double minimum, QStringList *out)
{
    if (!reallyVisible(item) || !item->isEnabled())
        return;
    if (isTouchTarget(item) && (item->width() < minimum - 0.5 || item->height() < minimum - 0.5)) {
        const QString name =
            item->objectName().isEmpty() ? item->property("text").toString() : item->objectName();
        out->append(QStringLiteral("%1×%2 px: %3 (%4)")
                        .arg(qRound(item->width()))
                        .arg(qRound(item->height()))
                        .arg(name.left(60), QString::fromLatin1(item->metaObject()->className())));
    }
    // A field's inner text input is sized by its control, which is checked itself.
    if (item->inherits("QQuickTextField") || item->inherits("QQuickComboBox") ||
        item->inherits("QQuickSpinBox"))
        return;
    const auto children = item->childItems();
    for (const QQuickItem *child : children)
        collectSmallTargets(child, minimum, out);
}

} // namespace

QStringList lowContrastTexts(const QQuickWindow *window)
{
    QStringList out;
    collectLowContrast(rootItem(window), window, &out);
    return out;
}

QStringList smallTouchTargets(const QQuickWindow *window, int minimum)
{
    QStringList out;
    collectSmallTargets(rootItem(window), minimum, &out);
    return out;
}

} // namespace windowchecks
