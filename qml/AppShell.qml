import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/**
 * The whole application below the window: header, screens, tab bar, dialogs. Main.qml loads it
 * after its first frame (Quick Controls are not needed for that frame).
 */
Page {
    id: root
    objectName: "appShell"

    required property EpisodeController episodes
    required property EntryController entry
    required property HistoryModel history
    required property TimelineController timeline
    required property TreatmentController treatments
    required property ProtocolController protocol
    required property QuestionnaireController questionnaire
    required property OutcomesController outcomes
    required property ReminderController reminders
    required property ReviewController review
    required property CohortController cohort
    required property BackupController backups
    required property LockController lock

    property bool setupRequested: false
    property bool protocolShown: false
    property bool settingsShown: false
    property bool clinicianDetail: false
    property bool reviewShown: false
    property bool cohortShown: false
    property bool lockPreview: false
    readonly property bool questionnaireShown: questionnaire.active
    readonly property bool showingSetup: !episodes.hasEpisode || setupRequested
    readonly property bool overlayShown: showingSetup || protocolShown || settingsShown || questionnaireShown
                                         || reviewShown || cohortShown
    readonly property bool wide: width >= 720

    /**
     * Shows a screen by name (used by --screenshot): today, timeline, history, results, setup,
     * protocol, settings, questionnaire (the first one due, else KOOS JR), results-detail (with
     * the clinician's numbers).
     */
    function showScreen(name) {
        setupRequested = name === "setup"
        protocolShown = name === "protocol"
        settingsShown = name === "settings"
        reviewShown = name === "review"
        cohortShown = name === "cohort"
        lockPreview = name === "lock"
        if (reviewShown)
            review.showEpisode(0)
        clinicianDetail = name === "results-detail"
        if (name === "questionnaire") {
            const due = outcomes.due
            if (due.length > 0)
                questionnaire.start(due[0].instrumentId, due[0].timePointId)
            else
                questionnaire.start("koos-jr", "")
        } else {
            questionnaire.close()
        }
        const index = ["today", "timeline", "history", "results"].indexOf(name === "results-detail" ? "results" : name)
        if (index >= 0)
            tabs.currentIndex = index
    }

    function startQuestionnaire(instrumentId, timePointId) {
        const error = questionnaire.start(instrumentId, timePointId)
        if (error !== "")
            toast.show(error)
    }

    function editDay(isoDate) {
        entry.selectDate(isoDate)
        tabs.currentIndex = 0
    }

    Material.theme: Material.Light
    Material.primary: Material.Teal
    Material.accent: Material.Teal

    header: ToolBar {
        Material.foreground: "white"
        // As high as its words need: the title and the day wrap rather than being cut off.
        implicitHeight: Math.max(56, headerRow.implicitHeight)
        RowLayout {
            id: headerRow
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: 16
            spacing: 8
            ColumnLayout {
                Layout.fillWidth: true
                Layout.topMargin: 6
                Layout.bottomMargin: 6
                spacing: 0
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: root.showingSetup ? qsTr("Set up your injection")
                        : root.questionnaireShown ? qsTr("Questionnaire")
                        : root.settingsShown ? qsTr("Settings")
                        : root.reviewShown ? qsTr("Clinician review")
                        : root.cohortShown ? qsTr("Clinic cohort")
                        : root.protocolShown ? qsTr("Protocol and evidence") : root.episodes.title
                    font.pixelSize: 18
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: !root.showingSetup && text !== ""
                    objectName: "headerSubtitle"
                    // A review shows whose episode it is (a cohort patient's is not this diary's).
                    text: root.reviewShown ? root.review.subtitle : root.episodes.subtitle
                    font.pixelSize: 13
                    opacity: 0.9
                    wrapMode: Text.Wrap
                }
            }
            ToolButton {
                visible: (root.protocolShown || root.settingsShown || root.reviewShown || root.cohortShown)
                         && !root.showingSetup
                         && !root.questionnaireShown
                text: qsTr("Close")
                Accessible.name: qsTr("Close this page")
                onClicked: {
                    // From a cohort patient's review, back to the cohort list.
                    if (root.reviewShown && root.cohortShown) {
                        root.reviewShown = false
                        return
                    }
                    root.protocolShown = false
                    root.settingsShown = false
                    root.reviewShown = false
                    root.cohortShown = false
                }
            }
            ToolButton {
                visible: root.setupRequested && root.episodes.hasEpisode
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel the new episode")
                onClicked: root.setupRequested = false
            }
            ToolButton {
                visible: !root.showingSetup && !root.questionnaireShown
                text: "⋮"
                font.pixelSize: 22
                Accessible.name: qsTr("More options")
                onClicked: menu.open()
                Menu {
                    id: menu
                    MenuItem {
                        text: qsTr("New injection episode…")
                        onTriggered: root.setupRequested = true
                    }
                    MenuItem {
                        text: qsTr("Protocol and evidence")
                        onTriggered: root.protocolShown = true
                    }
                    MenuItem {
                        text: qsTr("Clinician review")
                        onTriggered: {
                            root.review.showEpisode(0)
                            root.reviewShown = true
                        }
                    }
                    MenuItem {
                        text: qsTr("Clinic cohort")
                        onTriggered: root.cohortShown = true
                    }
                    MenuItem {
                        text: qsTr("Reminders and settings")
                        onTriggered: root.settingsShown = true
                    }
                }
            }
        }
    }

    footer: TabBar {
        id: tabs
        visible: !root.overlayShown
        TabButton {
            text: qsTr("Today")
            Accessible.name: qsTr("Today: log your day")
            height: 56
            leftPadding: 2
            rightPadding: 2
        }
        TabButton {
            text: qsTr("Timeline")
            Accessible.name: qsTr("Timeline: charts since the injection")
            height: 56
            leftPadding: 2
            rightPadding: 2
        }
        TabButton {
            text: qsTr("History")
            Accessible.name: qsTr("History: every entry")
            height: 56
            leftPadding: 2
            rightPadding: 2
        }
        TabButton {
            text: qsTr("Results")
            Accessible.name: qsTr("Results: questionnaires and verdicts")
            height: 56
            leftPadding: 2
            rightPadding: 2
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: root.showingSetup ? 4 : root.questionnaireShown ? 6 : root.settingsShown ? 7
                      : root.reviewShown ? 8 : root.cohortShown ? 9 : root.protocolShown ? 5 : tabs.currentIndex

        TodayPage {
            entry: root.entry
            reminders: root.reminders
            outcomes: root.outcomes
            onQuestionnaireRequested: (instrumentId, timePointId) => root.startQuestionnaire(instrumentId, timePointId)
            onSavedMessage: message => toast.show(message)
            onRedFlags: flags => redFlagDialog.show(flags)
        }
        // Screens other than Today are built the first time they are shown; they are named by
        // URL, not by type, so that not even their QML is compiled before then (start-up time).
        Loader {
            id: timelineScreen
            active: false
            StackLayout.onIsCurrentItemChanged: if (StackLayout.isCurrentItem) active = true
            Component.onCompleted: setSource("TimelinePage.qml", {timeline: root.timeline, treatments: root.treatments})
        }
        Loader {
            id: historyScreen
            active: false
            StackLayout.onIsCurrentItemChanged: if (StackLayout.isCurrentItem) active = true
            Component.onCompleted: setSource("HistoryPage.qml", {history: root.history})
        }
        Loader {
            id: outcomesScreen
            active: false
            StackLayout.onIsCurrentItemChanged: if (StackLayout.isCurrentItem) active = true
            Component.onCompleted: setSource("OutcomesPage.qml", {outcomes: root.outcomes})
        }
        Loader {
            id: setupScreen
            active: StackLayout.isCurrentItem
            Component.onCompleted: setSource("SetupPage.qml", {episodes: root.episodes})
        }
        Loader {
            id: protocolScreen
            active: StackLayout.isCurrentItem
            Component.onCompleted: setSource("ProtocolPage.qml", {protocol: root.protocol})
        }
        Loader {
            id: questionnaireScreen
            active: StackLayout.isCurrentItem
            Component.onCompleted: setSource("QuestionnairePage.qml", {questionnaire: root.questionnaire})
        }
        Loader {
            id: settingsScreen
            active: StackLayout.isCurrentItem
            Component.onCompleted: setSource("SettingsPage.qml", {reminders: root.reminders, episodes: root.episodes,
                                                                  backups: root.backups, lock: root.lock})
        }
        Loader {
            id: reviewScreen
            active: StackLayout.isCurrentItem
            Component.onCompleted: setSource("ReviewPage.qml", {review: root.review})
        }
        Loader {
            id: cohortScreen
            active: StackLayout.isCurrentItem
            Component.onCompleted: setSource("CohortPage.qml", {cohort: root.cohort})
        }
    }

    // The loaded screens' signals (a Connections per screen, since the types are not known here).
    Binding {
        target: outcomesScreen.item
        when: outcomesScreen.item !== null
        property: "showNumbers"
        value: root.clinicianDetail
    }
    Connections {
        target: timelineScreen.item
        function onMessage(text) { toast.show(text) }
    }
    Connections {
        target: historyScreen.item
        function onEditRequested(isoDate) { root.editDay(isoDate) }
        function onMessage(text) { toast.show(text) }
    }
    Connections {
        target: outcomesScreen.item
        function onStartRequested(instrumentId, timePointId) { root.startQuestionnaire(instrumentId, timePointId) }
    }
    Connections {
        target: setupScreen.item
        function onCreated() {
            root.setupRequested = false
            root.entry.selectDate("")
            tabs.currentIndex = 0
            toast.show(qsTr("Episode saved. Log your first day below."))
        }
    }
    Connections {
        target: protocolScreen.item
        function onMessage(text) { toast.show(text) }
    }
    Connections {
        target: questionnaireScreen.item
        function onFinished(message) { toast.show(message) }
    }
    Connections {
        target: settingsScreen.item
        function onMessage(text) { toast.show(text) }
    }
    Connections {
        target: reviewScreen.item
        function onMessage(text) { toast.show(text) }
    }
    Connections {
        target: cohortScreen.item
        function onMessage(text) { toast.show(text) }
        function onReviewRequested(episodeId) {
            root.review.showEpisode(episodeId)
            root.reviewShown = true
        }
    }

    Toast {
        id: toast
    }

    // Built when first needed: a red flag, or a locked diary (then in the first frame).
    Loader {
        id: redFlagDialog
        active: false
        function show(flags) {
            active = true
            item.show(flags, root.episodes.clinicPhone, root.episodes.clinicPhoneLink)
        }
        Component.onCompleted: setSource("RedFlagDialog.qml")
    }
    Connections {
        target: redFlagDialog.item
        function onAcknowledged() { root.entry.acknowledgeAlerts() }
    }

    // Above everything, the header and open dialogs included.
    Loader {
        parent: Overlay.overlay
        anchors.fill: parent
        z: 1000
        active: root.lock.locked || root.lockPreview
        Component.onCompleted: setSource("LockScreen.qml", {lock: root.lock})
    }
}
