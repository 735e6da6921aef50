pragma ComponentBehavior: Bound
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

    readonly property string topPage: pages.topName
    property bool lockPreview: false
    readonly property bool questionnaireShown: topPage === "questionnaire"
    readonly property bool showingSetup: topPage === "setup"
    readonly property bool reviewShown: topPage === "review"
    readonly property bool overlayShown: pages.names.length > 0

    /** Opens a page over what is shown (a page already on top stays as it is). */
    function push(name) {
        const page = pages.open(name)
        if (!page)
            return
        if (page.message)
            page.message.connect(toast.show)
        if (name === "setup")
            page.created.connect(episodeCreated)
        else if (name === "cohort")
            page.reviewRequested.connect(episodeId => openReview(episodeId))
    }
    function pop() {
        pages.close()
    }

    /**
     * Android's Back, Escape, Alt+Left and the mouse's back button: the open dialog closes first
     * (Quick Controls' popups take Escape and Back themselves), then the page on top (a
     * questionnaire is closed, its answers kept); from another tab back to Today. On Today with
     * nothing open, and on the first set-up, it does nothing (a desktop window is not closed by
     * Back). The red-flag message is modal and keeps it. An export being read, or its preview,
     * is what is open on Settings: Back stops it (nothing stored) and stays; while it is being
     * stored (one transaction, a moment), Back waits.
     */
    function goBack() {
        if (App.lock.locked || (redFlagDialog.item && redFlagDialog.item.visible))
            return false
        if (ActivityImport.stage === ActivityImport.Storing)
            return true
        if (ActivityImport.stage === ActivityImport.Reading
                || ActivityImport.stage === ActivityImport.Preview) {
            ActivityImport.cancel()
            return true
        }
        if (questionnaireShown) {
            App.questionnaire.close()
            return true
        }
        if (overlayShown && App.episodes.hasEpisode) {
            pop()
            return true
        }
        if (tabs.currentIndex !== 0 && !overlayShown) {
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
        pages.closeAll()
        lockPreview = name === "lock"
        screens.clinicianDetail = name === "results-detail"
        if (name === "review")
            openReview(0)
        else if (pages.files[name] !== undefined && name !== "questionnaire")
            push(name)
        else if (name === "questionnaire") {
            const due = App.outcomes.due.get(0)
            startQuestionnaire(due.instrumentId || "koos-jr", due.timePointId || "")
        }
        const index = ["today", "timeline", "history", "results"].indexOf(name === "results-detail" ? "results" : name)
        if (index >= 0)
            tabs.currentIndex = index
        showFirstSetup()
    }

    /** The full-screen red-flag message: modal, Back does not close it. */
    function showRedFlags() {
        redFlagDialog.show()
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
        const next = App.outcomes.nextDue()
        const more = next.instrumentId !== ""
        toast.show(savedMessage + " " + (more ? qsTr("Next: %1.").arg(next.title)
                                               : qsTr("Every questionnaire due is answered.")))
        if (more)
            startQuestionnaire(next.instrumentId, next.timePointId)
    }
    function episodeCreated() {
        pages.closeAll()
        App.entry.selectDate("")
        tabs.currentIndex = 0
        toast.show(qsTr("Episode saved. Log your first day below."))
    }
    /**
     * A diary without an episode opens on the set-up, with nothing under it to go back to.
     */
    function showFirstSetup() {
        if (!App.episodes.hasEpisode && topPage !== "setup") {
            pages.closeAll()
            push("setup")
        }
    }
    Component.onCompleted: showFirstSetup()

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: String(Theme.primary)
    Material.accent: String(Theme.accent)
    font.pixelSize: Theme.bodySize

    header: AppHeader {
        title: pages.titles[root.topPage] ?? App.episodes.title
        // A review shows whose episode it is (a cohort patient's is not this diary's).
        subtitle: root.showingSetup ? "" : root.reviewShown ? App.review.subtitle : App.episodes.subtitle
        closable: root.overlayShown && !root.showingSetup && !root.questionnaireShown
        cancellable: root.showingSetup && App.episodes.hasEpisode
        menuShown: !root.showingSetup && !root.questionnaireShown
        onCloseRequested: root.pop()
        onPageRequested: name => name === "review" ? root.openReview(0) : root.push(name)
    }

    footer: MainTabs {
        id: tabs
        visible: !root.overlayShown
    }

    PageStack {
        id: pages
        anchors.fill: parent
        initialItem: TabScreens {
            id: screens
            currentIndex: tabs.currentIndex
            onMessage: text => toast.show(text)
            onQuestionnaireRequested: (instrumentId, timePointId) => root.startQuestionnaire(instrumentId, timePointId)
            onRedFlags: root.showRedFlags()
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
                pages.closeAll()
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
        function show() {
            active = true
            item.show(App.episodes.clinicPhone, App.episodes.canCallClinic())
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
