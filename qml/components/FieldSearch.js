.pragma library

// Finding the field a refused save names, and bringing it into view: shared by the forms.

/** The item under root whose errorKey is key, or null. */
function fieldItem(root, key) {
    if (root.errorKey === key)
        return root
    for (let i = 0; i < root.children.length; ++i) {
        const found = fieldItem(root.children[i], key)
        if (found)
            return found
    }
    return null
}

/** Of the items under root whose errorKey is one of keys, the one highest on the page, or null. */
function topmostField(root, keys) {
    let best = null
    let bestY = 0
    for (const key of keys) {
        const item = fieldItem(root, key)
        if (!item)
            continue
        const y = item.mapToItem(root, 0, 0).y
        if (!best || y < bestY) {
            best = item
            bestY = y
        }
    }
    return best
}

/** Scrolls the ScrollView so that item (inside content) shows near its top. */
function scrollTo(scrollView, content, item) {
    const flick = scrollView.contentItem
    const y = item.mapToItem(content, 0, 0).y
    // A third of a page above it: the field's heading and label stay in view.
    flick.contentY = Math.max(0, Math.min(y - Math.min(120, flick.height / 4), flick.contentHeight - flick.height))
}
