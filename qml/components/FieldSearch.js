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

/** Scrolls the ScrollView so that item (inside content) shows near its top. */
function scrollTo(scrollView, content, item) {
    const flick = scrollView.contentItem
    const y = item.mapToItem(content, 0, 0).y
    // A third of a page above it: the field's heading and label stay in view.
    flick.contentY = Math.max(0, Math.min(y - Math.min(120, flick.height / 4), flick.contentHeight - flick.height))
}
