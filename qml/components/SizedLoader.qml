pragma ComponentBehavior: Bound
import QtQuick

/**
 * Builds source asynchronously, after the first frame, once the loader has its width, and at
 * that width. Laid out first at width 0, a card's wrapped text changed height at every pass and
 * Qt 6.4 gave up on the layout ("Polish loop detected"), leaving it stale.
 */
Loader {
    id: root

    property string pending
    property var initialProperties: ({})

    function start() {
        if (width > 0 && source == "")
            setSource(pending, Object.assign({ width: width }, initialProperties))
    }

    asynchronous: true
    onWidthChanged: start()
    Component.onCompleted: start()
}
