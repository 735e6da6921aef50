import QtQuick
import QtTest
import Mend

// The window shown when the diary cannot be opened: the problem, each backup, another file.
TestCase {
    // Any QML warning, binding loops included, fails the test.
    function init() { failOnWarning(/./) }

    name: "StartupError"
    when: windowShown

    Component {
        id: windowComponent
        StartupErrorWindow {
            message: "/home/ann/mend.sqlite: the file is damaged (integrity check: page 3 is never used)"
            backups: [{ name: "mend-20261124-180000-daily-v5.sqlite", label: "24/11/2026 18:00 (daily)" },
                      { name: "mend-20261120-090000-pre-migration-v4.sqlite", label: "20/11/2026 09:00 (pre-migration)" }]
        }
    }

    function find(item, text) {
        const stack = [item]
        while (stack.length > 0) {
            const it = stack.pop()
            if (it.text === text && it.clicked !== undefined)
                return it
            for (let i = 0; i < it.children.length; ++i)
                stack.push(it.children[i])
            if (it.contentItem)
                stack.push(it.contentItem)
        }
        return null
    }

    function test_restoreChoice() {
        const win = createTemporaryObject(windowComponent, null)
        verify(win)
        tryVerify(() => win.visible)
        wait(0)
        const button = find(win.contentItem, "20/11/2026 09:00 (pre-migration)")
        verify(button, "backup button")
        verify(button.height >= 48, "touch target " + button.height)
        verify(find(win.contentItem, "Open another file…"))
        mouseClick(button)
        compare(win.chosenBackup, "mend-20261120-090000-pre-migration-v4.sqlite")
        compare(win.chosenFile, "")
        verify(!win.visible)
    }
}
