import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/**
 * The whole application below the window: header, a stack of pages over the four tabs, the tab
 * bar, the red-flag message and the lock screen. Main.qml loads it after its first frame.
 */
Page {
    id: root
    objectName: "appShell"

    /** The pages opened over the tabs, in order (the stack's own items, by name). */
    property var pageNames: []
    readonly property string topPage: pageNames.length > 0 ? pageNames[pageNames.length - 1] : ""
    property bool lockPreview: false
    readonly property bool questionnaireShown: topPage === "questionnaire"
    readonly property bool showingSetup: topPage === "setup"
    readonly property bool reviewShown: topPage === "review"
    readonly property bool overlayShown: pageNames.length > 0
    readonly property var titles: ({
        setup: qsTr("Set up your injection"), questionnaire: qsTr("Questionnaire"),
        settings: qsTr("Settings"), review: qsTr("Clinician review"),
        cohort: qsTr("Clinic cohort"), protocol: qsTr("Protocol and evidence")
    })
    readonly property var pageFiles: ({
        setup: "SetupPage.qml", questionnaire: "QuestionnairePage.qml", settings: "SettingsPage.qml",
        review: "ReviewPage.qml", cohort: "CohortPage.qml", protocol: "ProtocolPage.qml"
    })

    /** Opens a page over what is shown (a page already on top stays as it is). */
    function push(name) {
        if (topPage === name)
            return
        const page = pages.push(Qt.resolvedUrl(pageFiles[name]), {objectName: name + "Page"})
        pageNames = pageNames.concat([name])
        if (page.message)
            page.message.connect(toast.show)
        if (name === "setup")
            page.created.connect(episodeCreated)
        else if (name === "cohort")
            page.reviewRequested.connect(episodeId => openReview(episodeId))
    }
    function pop() {
        pages.pop()
        pageNames = pageNames.slice(0, -1)
    }
    function popAll() {
        pages.pop(null)
        pageNames = []
    }

    /**
     * Android's Back, Escape, Alt+Left and the mouse's back button: the open dialog closes first
     * (Quick Controls' popups take Escape and Back themselves), then the page on top (a
     * questionnaire is closed, its answers kept); from another tab back to Today. On Today with
     * nothing open, and on the first set-up, it does nothing (a desktop window is not closed by
     * Back). The red-flag message is modal and keeps it.
     */
    function goBack() {
        if (App.lock.locked || (redFlagDialog.item && redFlagDialog.item.visible))
            return false
        if (questionnaireShown) {
            App.questionnaire.close()
            return true
        }
        if (pageNames.length > 0 && App.episodes.hasEpisode) {
            pop()
            return true
        }
        if (tabs.currentIndex !== 0 && pageNames.length === 0) {
            tabs.currentIndex = 0
            return true
        }
        return false
    }

    /**
     * Shows a screen by name (used by --screenshot): today, timeline, history, results, setup,
     * protocol, settings, review, cohort, lock, questionnaire (the first one due, else KOOS JR),
     * results-detail (with the clinician's numbers).
     */
    function showScreen(name) {
        App.questionnaire.close()
        popAll()
        lockPreview = name === "lock"
        screens.clinicianDetail = name === "results-detail"
        if (name === "review")
            openReview(0)
        else if (pageFiles[name] !== undefined && name !== "questionnaire")
            push(name)
        else if (name === "questionnaire") {
            const due = App.outcomes.due
            startQuestionnaire(due.length > 0 ? due[0].instrumentId : "koos-jr",
                               due.length > 0 ? due[0].timePointId : "")
        }
        const index = ["today", "timeline", "history", "results"].indexOf(name === "results-detail" ? "results" : name)
        if (index >= 0)
            tabs.currentIndex = index
        showFirstSetup()
    }

    /** The full-screen red-flag message: modal, Back does not close it. */
    function showRedFlags(flags) {
        redFlagDialog.show(flags)
    }
    function openReview(episodeId) {
        App.review.showEpisode(episodeId)
        push("review")
    }
    function startQuestionnaire(instrumentId, timePointId) {
        const error = App.questionnaire.start(instrumentId, timePointId)
        if (error !== "")
            toast.show(error)
    }
    function startNextDue(savedMessage) {
        const next = App.outcomes.due.find(d => !d.inProgress)
        toast.show(savedMessage + " " + (next ? qsTr("Next: %1.").arg(next.title)
                                               : qsTr("Every questionnaire due is answered.")))
        if (next)
            startQuestionnaire(next.instrumentId, next.timePointId)
    }
    function episodeCreated() {
        popAll()
        App.entry.selectDate("")
        tabs.currentIndex = 0
        toast.show(qsTr("Episode saved. Log your first day below."))
    }
    /**
     * A diary without an episode opens on the set-up, with nothing under it to go back to.
     */
    function showFirstSetup() {
        if (!App.episodes.hasEpisode && topPage !== "setup") {
            popAll()
            push("setup")
        }
    }
    Component.onCompleted: showFirstSetup()

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: String(Theme.primary)
    Material.accent: String(Theme.accent)
    font.pixelSize: Theme.bodySize

    header: AppHeader {
        title: root.titles[root.topPage] ?? App.episodes.title
        // A review shows whose episode it is (a cohort patient's is not this diary's).
        subtitle: root.showingSetup ? "" : root.reviewShown ? App.review.subtitle : App.episodes.subtitle
        closable: root.overlayShown && !root.showingSetup && !root.questionnaireShown
        cancellable: root.showingSetup && App.episodes.hasEpisode
        menuShown: !root.showingSetup && !root.questionnaireShown
        onCloseRequested: root.pop()
        onPageRequested: name => name === "review" ? root.openReview(0) : root.push(name)
    }

    footer: TabBar {
        id: tabs
        objectName: "tabBar"
        visible: !root.overlayShown
        Repeater {
            model: [
                {text: qsTr("Today"), a11y: qsTr("Today: log your day")},
                {text: qsTr("Timeline"), a11y: qsTr("Timeline: charts since the injection")},
                {text: qsTr("History"), a11y: qsTr("History: every entry")},
                {text: qsTr("Results"), a11y: qsTr("Results: questionnaires and verdicts")}
            ]
            TabButton {
                required property var modelData
                text: modelData.text
                Accessible.name: modelData.a11y
                height: 56
                leftPadding: 2
                rightPadding: 2
                font.pixelSize: Theme.tabSize
                font.capitalization: Font.MixedCase
            }
        }
    }

    StackView {
        id: pages
        objectName: "pageStack"
        anchors.fill: parent
        // Pages appear at once: no sliding on a slow phone, no half-drawn screenshots.
        pushEnter: Transition {}
        pushExit: Transition {}
        popEnter: Transition {}
        popExit: Transition {}
        replaceEnter: Transition {}
        replaceExit: Transition {}
        initialItem: TabScreens {
            id: screens
            currentIndex: tabs.currentIndex
            onMessage: text => toast.show(text)
            onQuestionnaireRequested: (instrumentId, timePointId) => root.startQuestionnaire(instrumentId, timePointId)
            onRedFlags: flags => root.showRedFlags(flags)
            onEditRequested: isoDate => {
                App.entry.selectDate(isoDate)
                tabs.currentIndex = 0
            }
        }
    }

    Connections {
        target: App.questionnaire
        function onChanged() {
            if (App.questionnaire.active && root.topPage !== "questionnaire")
                root.push("questionnaire")
            else if (!App.questionnaire.active && root.topPage === "questionnaire")
                root.pop()
        }
        // The questionnaires due are answered in one go: the next one opens after a save.
        function onSaved(message, complete) {
            if (complete)
                Qt.callLater(root.startNextDue, message)
            else
                toast.show(message)
        }
    }
    Connections {
        target: App.episodes
        // The first set-up gives way when an episode arrives another way (a diary file restored).
        function onHasEpisodeChanged() {
            if (App.episodes.hasEpisode && root.showingSetup)
                root.popAll()
            root.showFirstSetup()
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

    // Built when first needed: a red flag.
    Loader {
        id: redFlagDialog
        active: false
        function show(flags) {
            active = true
            item.show(flags, App.episodes.clinicPhone, App.episodes.clinicPhoneLink)
        }
        source: "RedFlagDialog.qml"
    }
    Connections {
        target: redFlagDialog.item
        function onAcknowledged() { App.entry.acknowledgeAlerts() }
    }

    // Above everything, the header and open dialogs included.
    Loader {
        parent: Overlay.overlay
        anchors.fill: parent
        z: 1000
        active: App.lock.locked || root.lockPreview
        source: "LockScreen.qml"
    }
}
