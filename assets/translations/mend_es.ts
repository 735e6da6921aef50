<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityChart</name>
    <message>
        <source>Steps chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityImportCard</name>
    <message>
        <source>Steps from your phone or watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your history from Apple Health, Health Connect, Google Fit, Samsung Health or Fitbit, then choose the file here. Mend reads it on this device and sends nothing anywhere. Your pain and what you typed are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved yet. The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Id in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read my days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health exports (*.zip *.xml *.csv *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityImportController</name>
    <message>
        <source>Set up your injection first: steps are shown against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds the days of several people. Type the Id of yours (Fitbit shows it in your profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported steps for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddGoalDialog</name>
    <message>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Walk 2 km without pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTreatmentDialog</name>
    <message>
        <source>Add a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was, e.g. medication and dose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the new episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New injection episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders and settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>use 4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mend could not save this attempt (the storage may be full), so the PIN was not checked. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN (%n more attempt(s) before a wait).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppLockCard</name>
    <message>
        <source>App lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On: Mend asks for your PIN when it starts and after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Off. A PIN of 4 to 8 digits keeps your diary from people who pick up your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App lock off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Next: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every questionnaire due is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode saved. Log your first day below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>A backup is being made; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: the copy of your diary as it is now failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsCard</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mend copies your diary once a day (the last 7 are kept) and before every update, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary goes back to this copy. Your diary as it is now is kept as a backup first, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortController</name>
    <message>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injection not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain %1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestones count from day 0: set it in the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestones %1 of %2 met%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 than the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 days logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days with pain scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patient(s) imported, %2 file(s) refused%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by days since injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by pain change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by days logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of FHIR Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import after the current patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient · site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts · days logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, pain %4. Open the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open alert(s) · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients yet. Import a folder of their FHIR Bundles (mend-cli export --format fhir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of FHIR Bundles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>Episodes compared (7-day average pain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of %1 episodes, aligned at the injection day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryFileCard</name>
    <message>
        <source>Your diary as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything to move it to a new phone or give it to your clinic; import such a file, or one from another health app, to add what it holds. The file contains health data: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my whole diary to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use the file&apos;s values for the %n day(s) that differ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Diary saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a diary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR or CSV files (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryFileController</name>
    <message>
        <source>There is nothing to save yet: set up your injection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 256 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new day(s) and %2 questionnaire(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayCard</name>
    <message>
        <source>Text size and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text makes every screen longer; nothing is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (as the phone is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the phone is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueQuestionnairesCard</name>
    <message>
        <source>Questionnaires to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few minutes each. Your clinic compares them with your answers before the injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few minutes each. Your answers stay in this diary for your clinic to see with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryController</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 before the injection (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · day %2, week %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most adults: %1° (0° = fully straight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most adults: %1–%2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your injection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeController</name>
    <message>
        <source>Mend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection in %1, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 · week %2 · injected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The injection was saved, but not the phone number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeReview</name>
    <message>
        <source>Average pain (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain with activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>This system cannot show a file browser. Mend saves to %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeSelector</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Baseline, %1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 · week %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · dated after today (check the phone&apos;s date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>No entries yet. Log your first day on the Today tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pain %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · logged late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry of %1 will be removed from your diary. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabeledComboBox</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Current PIN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Mend is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Mend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainTabs</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: log your day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: charts since the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: every entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: questionnaires and verdicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkerLane</name>
    <message>
        <source>Other treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning sign reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mend</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip abduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip internal rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip external rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder abduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder internal rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder external rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elbow flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elbow extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forearm pronation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forearm supination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle dorsiflexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle plantarflexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward bending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward bending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side bending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle / Achilles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back (lumbar spine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck (cervical spine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No side (midline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osteoarthritis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tendon injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligament injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cartilage damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degenerative disc / back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone-marrow concentrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adipose (fat) derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umbilical-cord derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platelet-rich plasma (PRP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly resting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigorous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No walking aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cane / stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crutches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walker / frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steroid injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyaluronic-acid injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pain medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physiotherapy started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneList</name>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What clinics expect and trials reported — not a promise. Many people recover on a different course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneWindows</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <source>Your baseline pain is 0, so there is no pain to reduce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met on day %1: 7-day average %2 against a baseline of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window opens on day %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet met: 7-day average %1 against a baseline of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet met: no entries in the window yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met by day %1: last 7-day average %2 against a baseline of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met by day %1: no entries in the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>%1, needs checking: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesController</name>
    <message>
        <source>%1 · please answer by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off-schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too small a change to notice: within %1 points of your first score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the MCID of baseline (± %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesPage</name>
    <message>
        <source>Clinician detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers, thresholds and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the results as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaire answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with before the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds come from published studies, mostly in other treatments; &apos;not yet met&apos; is not a failure, and &apos;met&apos; is not a promise of lasting benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts appear from the 6-week time point on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your clinic asks for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageStack</name>
    <message>
        <source>Set up your injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol and evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain chart. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series injection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromChart</name>
    <message>
        <source>Results chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too small to notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolController</name>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protocol applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid anti-inflammatory painkillers (NSAIDs) for %1 after the injection; paracetamol/acetaminophen is usually allowed. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid strenuous or repetitive activity for %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Protocol in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load my clinic&apos;s protocol file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the evidence says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the details for clinicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and sources for clinicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a protocol file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mend protocol (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 (PASS %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, improvement %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; needs %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireController</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 score will be given: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your injection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire &apos;%1&apos; is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaire is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. You can finish it later from Today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers saved (no score: too many questions skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Check and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answers so far and finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagDialog</name>
    <message>
        <source>Scroll the warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call emergency services now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your clinic now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you logged can be a sign of a serious problem that needs help straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you logged is not a normal part of recovery after an injection. Call your clinic today. If it is severe or getting worse fast, call emergency services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your clinic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic&apos;s phone number is not in Mend yet; you can add it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mend does not diagnose. This alert is saved in your diary for your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, close the warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>Temperature %1 °C on day %2 after the injection (38.0 °C or more in the first 14 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever or chills on day %1 after the injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redness spreading beyond the injection site, or a hot joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pus or fluid coming from the injection site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swelling is still increasing %1 days after the injection instead of settling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain has gone up day after day (%1, %2, %3) more than 72 hours after the injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1/10 is 3 or more points above your usual pain before the injection (%2) on day %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot bear weight on, or move, the treated joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf pain or swelling (a possible blood clot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden shortness of breath (a possible blood clot in the lungs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New numbness or weakness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bleeding that will not stop, or severe or increasing pain, at the bone-marrow harvest site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Dismiss reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Injection not recorded: set day 0 to see the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 · day %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Steps: typed by the patient, else imported from %1 (%n day(s)); pain figures use logged days only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2° (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 days logged since the injection · %3 late · longest gap %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, improvement %3; needs %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · injected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · injection not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · nothing logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · now = the 7 days to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is being written; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No episode to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the injection day as year-month-day, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where and on which side the injection was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Mend visit report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit report as a PDF in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit report as a PDF, choosing where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1. It contains health data: share it safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to show PDF files was found; the report is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient&apos;s file names no injection. Baseline, change and milestones count from day 0: enter it to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection date (day 0), year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection date, year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set day 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day 0 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline → now (7-day averages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of motion (now · baseline · other side · typical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met / not yet met against published thresholds; population and source under each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts and other treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RomChart</name>
    <message>
        <source>Range of motion chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated side, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RomField</name>
    <message>
        <source>Treated side, degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, treated side, degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other side, degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, other side, degrees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetySignsCard</name>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Mend if any of these happen. It will tell you at once if you should contact your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature (°C), if you took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your identifier for your clinic (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports carry only this, e.g. your clinic&apos;s record number; no name or birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier for your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning screen offers to call it when what you log needs your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the clinic&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at the top of Today and as a system notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at the top of Today while Mend is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to log my day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me when a questionnaire is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me also when Mend is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders will come while Mend is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders while Mend is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: %1. The notification says only that Mend has a reminder when the app lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: reminders come only while Mend is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For clinicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a clinic&apos;s own device: the menu then offers the clinician&apos;s review and the clinic cohort. A patient&apos;s diary does not need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the clinician&apos;s screens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>One answer needs checking: it is marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mend keeps a daily diary of your recovery and charts it from the day of your injection. Everything stays on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it treats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was injected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection date (day 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRP was given as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical therapy is part of my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your usual pain before the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain over a typical day, 0-10. Mend uses it as your baseline until you log days before the injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual pain before the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic&apos;s phone number: the warning screen offers to call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving from another phone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the diary file you saved there (Settings → Your diary as a file): your injections, days, questionnaires and goals come back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupErrorWindow</name>
    <message>
        <source>Mend cannot open your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in the file. Restoring a backup keeps this file beside it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Mend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Mend diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mend diaries (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineController</name>
    <message>
        <source>2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months since injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks since injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · last 7 days %1 (%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps from %1 fill the days you did not type your own. Pain, averages and results use only the days you logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded band: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the band (less pain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the band (more pain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your 7-day average has been %1 since %2. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met in its window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show months instead of weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the zoom to the chosen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the charts as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your charts appear here after your first entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection / today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement shown in the range-of-motion chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another treatment or injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a personal goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTable</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: pain %3, 7-day average %4, %5 %6, other side %7, %8 steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayDetails</name>
    <message>
        <source>Range of motion (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees, as measured by you or your physio. Typical adult ranges are shown; they fall with age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about your pain (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With activity (e.g. walking 10 minutes, stairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain with activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection site (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I had a fever or chills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I took pain medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering about today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: anything worth remembering about today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n answers need checking: they are marked in red.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One answer needs checking: it is marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing saved entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain over the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your main figure. Tap a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: movement, other pain, activity, injection site, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the other details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the other details: pain at rest and with activity, range of motion, activity, injection site, medication and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentController</name>
    <message>
        <source>Set up your injection first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
