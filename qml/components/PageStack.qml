pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

/**
 * The pages opened over the tabs, by name: setup, questionnaire, settings, review, cohort,
 * protocol. Each is built from its file when opened and destroyed when closed. Pages appear at
 * once (no sliding on a slow phone, no half-drawn screenshots).
 */
StackView {
    id: root
    objectName: "pageStack"

    /** The names of the open pages, oldest first. */
    property var names: []
    readonly property string topName: names.length > 0 ? names[names.length - 1] : ""
    readonly property var titles: ({
        setup: qsTr("Set up your injection"), questionnaire: qsTr("Questionnaire"),
        settings: qsTr("Settings"), review: qsTr("Clinician review"),
        cohort: qsTr("Clinic cohort"), protocol: qsTr("Protocol and evidence")
    })
    readonly property var files: ({
        setup: "SetupPage.qml", questionnaire: "QuestionnairePage.qml", settings: "SettingsPage.qml",
        review: "ReviewPage.qml", cohort: "CohortPage.qml", protocol: "ProtocolPage.qml"
    })

    /** Opens a page by name; returns it (null when it is already on top). */
    function open(name) {
        if (topName === name)
            return null
        const page = push(Qt.resolvedUrl(files[name]), {objectName: name + "Page"})
        names = names.concat([name])
        return page
    }
    function close() {
        pop()
        names = names.slice(0, -1)
    }
    function closeAll() {
        pop(null)
        names = []
    }

    pushEnter: Transition {}
    pushExit: Transition {}
    popEnter: Transition {}
    popExit: Transition {}
    replaceEnter: Transition {}
    replaceExit: Transition {}
}
