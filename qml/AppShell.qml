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

    /**
     * The pages opened over the tabs, last on top: setup, protocol, settings, cohort, review.
     * Back pops the top one; a questionnaire in progress and a first set-up sit above them all.
     */
    property var stack: []
    readonly property string topPage: stack.length > 0 ? stack[stack.length - 1] : ""
    property bool clinicianDetail: false
    property bool lockPreview: false
    readonly property bool questionnaireShown: questionnaire.active
    readonly property bool setupRequested: topPage === "setup"
    readonly property bool showingSetup: !episodes.hasEpisode || setupRequested
    readonly property bool protocolShown: topPage === "protocol"
    readonly property bool settingsShown: topPage === "settings"
    readonly property bool reviewShown: topPage === "review"
    readonly property bool cohortShown: topPage === "cohort"
    readonly property bool overlayShown: showingSetup || questionnaireShown || topPage !== ""
    readonly property bool wide: width >= 720

    function push(name) {
        if (topPage !== name)
            stack = stack.concat([name])
    }
    function pop() {
        stack = stack.slice(0, -1)
    }

    /**
     * Android's Back, Escape, Alt+Left and the mouse's back button: the open dialog closes first
     * (Quick Controls' popups take Escape and Back themselves), then the questionnaire, then the
     * page on top; from another tab back to Today. On Today with nothing open it does nothing
     * (a desktop window is not closed by Back). The red-flag message is modal and keeps it.
     */
    function goBack() {
        if (lock.locked || (redFlagDialog.item && redFlagDialog.item.visible))
            return false
        if (questionnaireShown) {
            questionnaire.close()
            return true
        }
        if (stack.length > 0 && episodes.hasEpisode) {
            pop()
            return true
        }
        if (tabs.currentIndex !== 0 && !showingSetup) {
            tabs.currentIndex = 0
            return true
        }
        return false
    }

    /**
     * Shows a screen by name (used by --screenshot): today, timeline, history, results, setup,
     * protocol, settings, questionnaire (the first one due, else KOOS JR), results-detail (with
     * the clinician's numbers).
     */
    function showScreen(name) {
        stack = ["setup", "protocol", "settings", "review", "cohort"].indexOf(name) >= 0 ? [name] : []
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

    function startNextDue(savedMessage) {
        const next = root.outcomes.due.find(d => !d.inProgress)
        if (!next) {
            toast.show(savedMessage + " " + qsTr("Every questionnaire due is answered."))
            return
        }
        toast.show(savedMessage + " " + qsTr("Next: %1.").arg(next.title))
        startQuestionnaire(next.instrumentId, next.timePointId)
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

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: String(Theme.primary)
    font.pixelSize: Theme.bodySize
    Material.accent: String(Theme.accent)

    header: ToolBar {
        Material.foreground: String(Theme.onPrimary)
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
                    // The header's words stop growing at 24 px, so that the page keeps its room.
                    font.pixelSize: Math.min(Theme.largeSize, 24)
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
                    font.pixelSize: Math.min(Theme.smallSize, 18)
                    opacity: 0.9
                    wrapMode: Text.Wrap
                }
            }
            ToolButton {
                visible: (root.protocolShown || root.settingsShown || root.reviewShown || root.cohortShown)
                         && !root.showingSetup
                         && !root.questionnaireShown
                text: qsTr("Close")
                font.pixelSize: Math.min(Theme.bodySize, 18)
                Accessible.name: qsTr("Close this page")
                objectName: "closePage"
                // From a cohort patient's review, back to the cohort list.
                onClicked: root.pop()
            }
            ToolButton {
                visible: root.setupRequested && root.episodes.hasEpisode
                text: qsTr("Cancel")
                font.pixelSize: Math.min(Theme.bodySize, 18)
                Accessible.name: qsTr("Cancel the new episode")
                onClicked: root.pop()
            }
            ToolButton {
                visible: !root.showingSetup && !root.questionnaireShown
                objectName: "moreOptions"
                text: "⋮"
                font.pixelSize: Theme.titleSize
                Accessible.name: qsTr("More options")
                onClicked: menu.open()
                Menu {
                    id: menu
                    objectName: "mainMenu"
                    // As wide as its longest item where the window allows; items wrap otherwise.
                    width: Math.min(root.width - 16, Math.max(implicitWidth, 240))
                    WrappingMenuItem {
                        text: qsTr("New injection episode…")
                        onTriggered: root.push("setup")
                    }
                    WrappingMenuItem {
                        text: qsTr("Protocol and evidence")
                        onTriggered: root.push("protocol")
                    }
                    // The clinician's screens only on a clinic's device (Settings → For clinicians).
                    WrappingMenuItem {
                        visible: root.episodes.clinicianMode
                        text: qsTr("Clinician review")
                        onTriggered: {
                            root.review.showEpisode(0)
                            root.push("review")
                        }
                    }
                    WrappingMenuItem {
                        visible: root.episodes.clinicianMode
                        text: qsTr("Clinic cohort")
                        onTriggered: root.push("cohort")
                    }
                    WrappingMenuItem {
                        text: qsTr("Reminders and settings")
                        onTriggered: root.push("settings")
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
            // Words in the tab bar stop growing at 16 px: four must fit 320 px side by side.
            font.pixelSize: Math.min(Theme.bodySize, 16)
            font.capitalization: Font.MixedCase
        }
        TabButton {
            text: qsTr("Timeline")
            Accessible.name: qsTr("Timeline: charts since the injection")
            height: 56
            leftPadding: 2
            rightPadding: 2
            // Words in the tab bar stop growing at 16 px: four must fit 320 px side by side.
            font.pixelSize: Math.min(Theme.bodySize, 16)
            font.capitalization: Font.MixedCase
        }
        TabButton {
            text: qsTr("History")
            Accessible.name: qsTr("History: every entry")
            height: 56
            leftPadding: 2
            rightPadding: 2
            // Words in the tab bar stop growing at 16 px: four must fit 320 px side by side.
            font.pixelSize: Math.min(Theme.bodySize, 16)
            font.capitalization: Font.MixedCase
        }
        TabButton {
            text: qsTr("Results")
            Accessible.name: qsTr("Results: questionnaires and verdicts")
            height: 56
            leftPadding: 2
            rightPadding: 2
            // Words in the tab bar stop growing at 16 px: four must fit 320 px side by side.
            font.pixelSize: Math.min(Theme.bodySize, 16)
            font.capitalization: Font.MixedCase
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
            root.stack = []
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
        target: root.questionnaire
        // The questionnaires due are answered in one go: the next one opens after a save.
        function onSaved(message, complete) {
            if (complete)
                Qt.callLater(root.startNextDue, message)
            else
                toast.show(message)
        }
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
            root.push("review")
        }
    }

    Toast {
        id: toast
    }

    // Escape and Back reach here when no popup has taken them; Alt+Left is the desktop's Back.
    Shortcut {
        sequences: ["Back", "Esc", "Alt+Left"]
        context: Qt.WindowShortcut
        onActivated: root.goBack()
    }
    // Above the pages (which take presses themselves), for the mouse's back button only: other
    // buttons pass through to what is under it.
    Item {
        anchors.fill: parent
        z: 999
        TapHandler {
            acceptedButtons: Qt.BackButton
            onTapped: root.goBack()
        }
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
