pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Mend

/**
 * The four tabs' screens: Today is built at once; the others the first time they are shown, named
 * by URL so that not even their QML is compiled before then (start-up time).
 */
StackLayout {
    id: root

    /** Results show the clinician's numbers (the "results-detail" screen). */
    property bool clinicianDetail: false

    signal message(string text)
    signal questionnaireRequested(string instrumentId, string timePointId)
    signal redFlags()
    signal editRequested(string isoDate)

    TodayPage {
        onQuestionnaireRequested: (instrumentId, timePointId) => root.questionnaireRequested(instrumentId, timePointId)
        onSavedMessage: text => root.message(text)
        onRedFlags: root.redFlags()
    }
    Loader {
        id: timelineScreen
        active: false
        StackLayout.onIsCurrentItemChanged: if (StackLayout.isCurrentItem) active = true
        source: "TimelinePage.qml"
    }
    Loader {
        id: historyScreen
        active: false
        StackLayout.onIsCurrentItemChanged: if (StackLayout.isCurrentItem) active = true
        source: "HistoryPage.qml"
    }
    Loader {
        id: outcomesScreen
        active: false
        StackLayout.onIsCurrentItemChanged: if (StackLayout.isCurrentItem) active = true
        source: "OutcomesPage.qml"
    }

    Binding {
        target: outcomesScreen.item
        when: outcomesScreen.item !== null
        property: "showNumbers"
        value: root.clinicianDetail
    }
    Connections {
        target: timelineScreen.item
        function onMessage(text) { root.message(text) }
    }
    Connections {
        target: historyScreen.item
        function onEditRequested(isoDate) { root.editRequested(isoDate) }
        function onMessage(text) { root.message(text) }
    }
    Connections {
        target: outcomesScreen.item
        function onStartRequested(instrumentId, timePointId) { root.questionnaireRequested(instrumentId, timePointId) }
    }
}
