<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityChart</name>
    <message>
        <source>Steps chart</source>
        <translation>Gráfico de pasos</translation>
    </message>
    <message>
        <source>Steps per day</source>
        <translation>Pasos al día</translation>
    </message>
</context>
<context>
    <name>ActivityImport</name>
    <message>
        <source>Fitbit gives each minute&apos;s time in UTC: its steps are placed on the day they fell on in %1 time.</source>
        <translation>Fitbit da la hora de cada minuto en UTC: sus pasos se colocan en el día que les corresponde en la hora de %1.</translation>
    </message>
    <message>
        <source>%1: no days with steps or active minutes in the weeks of your injection.</source>
        <translation>%1: ningún día con pasos o minutos activos en las semanas de su inyección.</translation>
    </message>
    <message>
        <source>%1: %2 days with steps or active minutes, from %3 to %4.</source>
        <translation>%1: %2 días con pasos o minutos activos, del %3 al %4.</translation>
    </message>
    <message>
        <source>%1 (%2 steps)</source>
        <translation>%1 (%2 pasos)</translation>
    </message>
    <message>
        <source>Counted by %1. A walk counted by two of them is counted once.</source>
        <translation>Contados por %1. Un paseo que cuentan dos de ellos se cuenta una sola vez.</translation>
    </message>
    <message>
        <source>Counted by %1.</source>
        <translation>Contados por %1.</translation>
    </message>
    <message>
        <source>Left out: %1 counts from before the two weeks ahead of your injection, or after today.</source>
        <translation>Sin incluir: %1 recuentos de antes de las dos semanas previas a su inyección, o posteriores a hoy.</translation>
    </message>
    <message>
        <source>On %1 days you typed your own steps and they differ: yours stay.</source>
        <translation>En %1 días usted anotó sus propios pasos y no coinciden: se mantienen los suyos.</translation>
    </message>
    <message>
        <source>Imported: %1 new days, %2 updated, %3 already there.</source>
        <translation>Importado: %1 días nuevos, %2 actualizados, %3 que ya estaban.</translation>
    </message>
</context>
<context>
    <name>ActivityImportCard</name>
    <message>
        <source>Steps from your phone or watch</source>
        <translation>Pasos de su teléfono o reloj</translation>
    </message>
    <message>
        <source>Export your history from Apple Health, Health Connect, Google Fit, Samsung Health or Fitbit, then choose the file here. Mend reads it on this device and sends nothing anywhere. Your pain and what you typed are never changed.</source>
        <translation>Exporte su historial desde Apple Salud, Health Connect, Google Fit, Samsung Health o Fitbit y elija el archivo aquí. Mend lo lee en este dispositivo y no envía nada a ninguna parte. Su dolor y lo que usted escribió nunca se cambian.</translation>
    </message>
    <message>
        <source>Import activity…</source>
        <translation>Importar actividad…</translation>
    </message>
    <message>
        <source>Saving the days…</source>
        <translation>Guardando los días…</translation>
    </message>
    <message>
        <source>Reading the file: %1 %</source>
        <translation>Leyendo el archivo: %1 %</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nothing is saved yet. The file holds:</source>
        <translation>Todavía no se ha guardado nada. El archivo contiene:</translation>
    </message>
    <message>
        <source>Import these days</source>
        <translation>Importar estos días</translation>
    </message>
    <message>
        <source>Your Id</source>
        <translation>Su Id</translation>
    </message>
    <message>
        <source>Your Id in the file</source>
        <translation>Su Id en el archivo</translation>
    </message>
    <message>
        <source>Read my days</source>
        <translation>Leer mis días</translation>
    </message>
    <message>
        <source>Choose an activity export</source>
        <translation>Elija una exportación de actividad</translation>
    </message>
    <message>
        <source>Health exports (*.zip *.xml *.csv *.db)</source>
        <translation>Exportaciones de salud (*.zip *.xml *.csv *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ActivityImportController</name>
    <message>
        <source>Set up your injection first: steps are shown against it.</source>
        <translation>Primero configure su inyección: los pasos se muestran respecto a ella.</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>Detenido: no se importó nada.</translation>
    </message>
    <message>
        <source>This file holds the days of several people. Type the Id of yours (Fitbit shows it in your profile).</source>
        <translation>Este archivo contiene los días de varias personas. Escriba su Id (Fitbit lo muestra en su perfil).</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message numerus="yes">
        <source>Imported steps for %n day(s)</source>
        <translation>
            <numerusform>Se importaron los pasos de %n día</numerusform>
            <numerusform>Se importaron los pasos de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
</context>
<context>
    <name>AddGoalDialog</name>
    <message>
        <source>Add a goal</source>
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Objetivo añadido</translation>
    </message>
    <message>
        <source>e.g. Walk 2 km without pain</source>
        <translation>p. ej. Caminar 2 km sin dolor</translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation>Su objetivo</translation>
    </message>
    <message>
        <source>From week</source>
        <translation>Desde la semana</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Para la semana</translation>
    </message>
</context>
<context>
    <name>AddTreatmentDialog</name>
    <message>
        <source>Add a treatment</source>
        <translation>Añadir un tratamiento</translation>
    </message>
    <message>
        <source>Treatment saved</source>
        <translation>Tratamiento guardado</translation>
    </message>
    <message>
        <source>Kind of treatment</source>
        <translation>Tipo de tratamiento</translation>
    </message>
    <message>
        <source>Date of the treatment</source>
        <translation>Fecha del tratamiento</translation>
    </message>
    <message>
        <source>What it was, e.g. medication and dose</source>
        <translation>Qué fue, p. ej. medicamento y dosis</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this page</source>
        <translation>Cerrar esta página</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the new episode</source>
        <translation>Cancelar el nuevo episodio</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Más opciones</translation>
    </message>
    <message>
        <source>New injection episode…</source>
        <translation>Nuevo episodio de inyección…</translation>
    </message>
    <message>
        <source>Protocol and evidence</source>
        <translation>Protocolo y evidencia</translation>
    </message>
    <message>
        <source>Clinician review</source>
        <translation>Revisión clínica</translation>
    </message>
    <message>
        <source>Clinic cohort</source>
        <translation>Cohorte de la clínica</translation>
    </message>
    <message>
        <source>Reminders and settings</source>
        <translation>Recordatorios y ajustes</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>use 4 to 8 digits</source>
        <translation>use de 4 a 8 cifras</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos: vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos: vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mend could not save this attempt (the storage may be full), so the PIN was not checked. Free some space and try again.</source>
        <translation>Mend no pudo guardar este intento (puede que el almacenamiento esté lleno), así que no se comprobó el PIN. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN incorrecto. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>PIN incorrecto. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN (%n more attempt(s) before a wait).</source>
        <translation>
            <numerusform>PIN incorrecto (queda %n intento antes de una espera).</numerusform>
            <numerusform>PIN incorrecto (quedan %n intentos antes de una espera).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppLockCard</name>
    <message>
        <source>App lock</source>
        <translation>Bloqueo de la aplicación</translation>
    </message>
    <message numerus="yes">
        <source>On: Mend asks for your PIN when it starts and after %n minute(s) without use.</source>
        <translation>
            <numerusform>Activado: Mend pide su PIN al abrirse y tras %n minuto sin uso.</numerusform>
            <numerusform>Activado: Mend pide su PIN al abrirse y tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off. A PIN of 4 to 8 digits keeps your diary from people who pick up your phone.</source>
        <translation>Desactivado. Un PIN de 4 a 8 cifras protege su diario de quien coja su teléfono.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (de 4 a 8 cifras)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Cambiar el PIN</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>PIN saved</source>
        <translation>PIN guardado</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>App lock off</source>
        <translation>Bloqueo desactivado</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Next: %1.</source>
        <translation>Siguiente: %1.</translation>
    </message>
    <message>
        <source>Every questionnaire due is answered.</source>
        <translation>Todos los cuestionarios pendientes están respondidos.</translation>
    </message>
    <message>
        <source>Episode saved. Log your first day below.</source>
        <translation>Episodio guardado. Registre su primer día abajo.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>A backup is being made; wait for it to finish.</source>
        <translation>Se está haciendo una copia de seguridad; espere a que termine.</translation>
    </message>
    <message>
        <source>There is no backup named %1.</source>
        <translation>No hay ninguna copia de seguridad llamada %1.</translation>
    </message>
    <message>
        <source>Nothing was restored: the copy of your diary as it is now failed (%1).</source>
        <translation>No se restauró nada: falló la copia de su diario tal como está ahora (%1).</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se restauró nada: %1</translation>
    </message>
</context>
<context>
    <name>BackupsCard</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Mend copies your diary once a day (the last 7 are kept) and before every update, in %1.</source>
        <translation>Mend copia su diario una vez al día (se guardan las 7 últimas) y antes de cada actualización, en %1.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Making a backup</source>
        <translation>Haciendo una copia de seguridad</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restaurar la copia de seguridad del %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Your diary goes back to this copy. Your diary as it is now is kept as a backup first, so you can come back to it.</source>
        <translation>Su diario vuelve a esta copia. Antes, su diario tal como está ahora se guarda como copia de seguridad, para que pueda volver a él.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
</context>
<context>
    <name>CohortController</name>
    <message>
        <source>day %1</source>
        <translation>día %1</translation>
    </message>
    <message>
        <source>injection not recorded</source>
        <translation>inyección no registrada</translation>
    </message>
    <message>
        <source>pain %1 → %2 (%3)</source>
        <translation>dolor %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>pain –</source>
        <translation>dolor –</translation>
    </message>
    <message>
        <source>milestones count from day 0: set it in the review</source>
        <translation>los hitos cuentan desde el día 0: indíquelo en la revisión</translation>
    </message>
    <message>
        <source>milestones %1 of %2 met%3</source>
        <translation>hitos: %1 de %2 cumplidos%3</translation>
    </message>
    <message>
        <source> · %1 than the band</source>
        <translation> · %1 que la banda</translation>
    </message>
    <message>
        <source>%1 of %2 days logged</source>
        <translation>%1 de %2 días registrados</translation>
    </message>
    <message>
        <source>%1 days with pain scores</source>
        <translation>%1 días con puntuación de dolor</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 de %2 · %3</translation>
    </message>
    <message>
        <source>%1 patient(s) imported, %2 file(s) refused%3</source>
        <translation>%1 paciente(s) importado(s), %2 archivo(s) rechazado(s)%3</translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>; cancelado</translation>
    </message>
    <message>
        <source>Sort by patient</source>
        <translation>Ordenar por paciente</translation>
    </message>
    <message>
        <source>Sort by days since injection</source>
        <translation>Ordenar por días desde la inyección</translation>
    </message>
    <message>
        <source>Sort by pain change</source>
        <translation>Ordenar por cambio del dolor</translation>
    </message>
    <message>
        <source>Sort by open alerts</source>
        <translation>Ordenar por alertas abiertas</translation>
    </message>
    <message>
        <source>Sort by days logged</source>
        <translation>Ordenar por días registrados</translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Open alerts only</source>
        <translation>Solo alertas abiertas</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importar carpeta…</translation>
    </message>
    <message>
        <source>Import a folder of FHIR Bundles</source>
        <translation>Importar una carpeta de Bundles FHIR</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import after the current patient</source>
        <translation>Cancelar la importación después del paciente actual</translation>
    </message>
    <message>
        <source>Patient · site</source>
        <translation>Paciente · zona</translation>
    </message>
    <message>
        <source>Since injection</source>
        <translation>Desde la inyección</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Alerts · days logged</source>
        <translation>Alertas · días registrados</translation>
    </message>
    <message>
        <source>Scroll the patients</source>
        <translation>Desplazar los pacientes</translation>
    </message>
    <message>
        <source>%1, %2, %3, pain %4. Open the review</source>
        <translation>%1, %2, %3, dolor %4. Abrir la revisión</translation>
    </message>
    <message>
        <source>%1 open alert(s) · </source>
        <translation>%1 alerta(s) abierta(s) · </translation>
    </message>
    <message>
        <source>No patients yet. Import a folder of their FHIR Bundles (mend-cli export --format fhir).</source>
        <translation>Todavía no hay pacientes. Importe una carpeta con sus Bundles FHIR (mend-cli export --format fhir).</translation>
    </message>
    <message>
        <source>Folder of FHIR Bundles</source>
        <translation>Carpeta de Bundles FHIR</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>Episodes compared (7-day average pain)</source>
        <translation>Episodios comparados (media de 7 días del dolor)</translation>
    </message>
    <message>
        <source>Comparison of %1 episodes, aligned at the injection day</source>
        <translation>Comparación de %1 episodios, alineados en el día de la inyección</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <translation>Elija una fecha</translation>
    </message>
    <message>
        <source>%1: %2. Change</source>
        <translation>%1: %2. Cambiar</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>This device has no app that places calls. Dial %1 on a phone.</source>
        <translation>Este dispositivo no tiene ninguna aplicación para llamar. Marque el %1 en un teléfono.</translation>
    </message>
</context>
<context>
    <name>DiaryFileCard</name>
    <message>
        <source>Your diary as a file</source>
        <translation>Su diario como archivo</translation>
    </message>
    <message>
        <source>Save everything to move it to a new phone or give it to your clinic; import such a file, or one from another health app, to add what it holds. The file contains health data: keep it safe.</source>
        <translation>Guárdelo todo para pasarlo a un teléfono nuevo o dárselo a su clínica; importe un archivo así, o uno de otra aplicación de salud, para añadir lo que contiene. El archivo contiene datos de salud: guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Save my whole diary to a file</source>
        <translation>Guardar todo mi diario en un archivo</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <source>Saving your diary…</source>
        <translation>Guardando su diario…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>Use the file&apos;s values for the %n day(s) that differ</source>
        <translation>
            <numerusform>Usar los valores del archivo para el %n día que difiere</numerusform>
            <numerusform>Usar los valores del archivo para los %n días que difieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Diary saved</source>
        <translation>Diario guardado</translation>
    </message>
    <message>
        <source>Import a diary file</source>
        <translation>Importar un archivo de diario</translation>
    </message>
    <message>
        <source>FHIR or CSV files (*.json *.csv)</source>
        <translation>Archivos FHIR o CSV (*.json *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>DiaryFileController</name>
    <message>
        <source>There is nothing to save yet: set up your injection first.</source>
        <translation>Todavía no hay nada que guardar: primero configure su inyección.</translation>
    </message>
    <message>
        <source>The diary was not saved: %1</source>
        <translation>El diario no se guardó: %1</translation>
    </message>
    <message>
        <source>The file is larger than 256 MB.</source>
        <translation>El archivo ocupa más de 256 MB.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>El archivo no se puede leer: %1</translation>
    </message>
    <message>
        <source>Imported %1 new day(s) and %2 questionnaire(s)</source>
        <translation>Se importaron %1 día(s) nuevo(s) y %2 cuestionario(s)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
</context>
<context>
    <name>DiaryHome</name>
    <message>
        <source>Other users of this computer may be able to read %1: Mend could not make it yours only.</source>
        <translation>Es posible que otros usuarios de este ordenador puedan leer %1: Mend no pudo hacerlo solo suyo.</translation>
    </message>
    <message>
        <source>Your diary is kept on this device in %1, where other users of this computer can read it. Mend sends it nowhere.</source>
        <translation>Su diario se guarda en este dispositivo, en %1, donde otros usuarios de este ordenador pueden leerlo. Mend no lo envía a ninguna parte.</translation>
    </message>
    <message>
        <source>Your diary is kept on this device in %1, readable by you only. Mend sends it nowhere; a backup program you set up yourself may copy it.</source>
        <translation>Su diario se guarda en este dispositivo, en %1, y solo usted puede leerlo. Mend no lo envía a ninguna parte; un programa de copias de seguridad que usted haya configurado puede copiarlo.</translation>
    </message>
</context>
<context>
    <name>DiaryImport</name>
    <message>
        <source>  %1 (%2), for example: %3</source>
        <translation>  %1 (%2), por ejemplo: %3</translation>
    </message>
    <message>
        <source>      and %1 more</source>
        <translation>      y %1 más</translation>
    </message>
    <message>
        <source>Imported %1 new day(s) and %2 questionnaire(s) from a %3 file.</source>
        <translation>Importados %1 día(s) nuevo(s) y %2 cuestionario(s) de un archivo %3.</translation>
    </message>
    <message>
        <source>%1 injection(s) set up from the file.</source>
        <translation>%1 inyección(es) configurada(s) a partir del archivo.</translation>
    </message>
    <message>
        <source>%1 day(s) replaced with the file&apos;s values.</source>
        <translation>%1 día(s) sustituido(s) por los valores del archivo.</translation>
    </message>
    <message>
        <source>Also %1 other item(s): injections of a series, other treatments, goals, alerts.</source>
        <translation>Además, %1 elemento(s) más: inyecciones de una serie, otros tratamientos, objetivos, alertas.</translation>
    </message>
    <message>
        <source>%1 day(s), answers or other items were already in the diary, the same: not added again.</source>
        <translation>%1 día(s), respuestas u otros elementos ya estaban en el diario, iguales: no se añaden de nuevo.</translation>
    </message>
    <message>
        <source>%1 day(s) differ from the diary: the file&apos;s values were taken.</source>
        <translation>%1 día(s) no coinciden con el diario: se tomaron los valores del archivo.</translation>
    </message>
    <message>
        <source>%1 day(s) differ from the diary: the diary&apos;s were kept.</source>
        <translation>%1 día(s) no coinciden con el diario: se mantuvieron los del diario.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>The file has no diary days or questionnaires.</source>
        <translation>El archivo no contiene días de diario ni cuestionarios.</translation>
    </message>
    <message>
        <source>The diary has no injection set up yet, and the file names none: set up the injection first, then import.</source>
        <translation>El diario aún no tiene ninguna inyección configurada y el archivo no indica ninguna: configure primero la inyección y después importe.</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>no coincide</translation>
    </message>
    <message>
        <source>rounded half up</source>
        <translation>redondeado al alza</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Details:</source>
        <extracomment>The lines after it quote the file as the checker read it, in English.</extracomment>
        <translation>Detalles (tal como los escribió el comprobador del archivo, en inglés):</translation>
    </message>
</context>
<context>
    <name>DisplayCard</name>
    <message>
        <source>Larger text makes every screen longer; nothing is cut off.</source>
        <translation>Un texto más grande alarga cada pantalla; no se corta nada.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%1 % (as the phone is set)</source>
        <translation>%1 % (como esté el teléfono)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Tamaño del texto %1 %</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>As the phone is set</source>
        <translation>Como esté el teléfono</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claros</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuros</translation>
    </message>
    <message>
        <source>Colours: %1</source>
        <translation>Colores: %1</translation>
    </message>
    <message>
        <source>Text size, colours and language</source>
        <translation>Tamaño del texto, colores e idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Shown from the next time Mend starts. Questionnaires stay in the language they were validated in.</source>
        <translation>Se aplica la próxima vez que se abra Mend. Los cuestionarios siguen en el idioma en que se validaron.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
</context>
<context>
    <name>DueQuestionnairesCard</name>
    <message>
        <source>Questionnaires to answer</source>
        <translation>Cuestionarios por responder</translation>
    </message>
    <message>
        <source>A few minutes each. Your clinic compares them with your answers before the injection.</source>
        <translation>Unos minutos cada uno. Su clínica los compara con sus respuestas de antes de la inyección.</translation>
    </message>
    <message>
        <source>A few minutes each. Your answers stay in this diary for your clinic to see with you.</source>
        <translation>Unos minutos cada uno. Sus respuestas se quedan en este diario para que su clínica las vea con usted.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>EntryController</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>%1 · %2 before the injection (baseline)</source>
        <translation>%1 · %2 antes de la inyección (referencia)</translation>
    </message>
    <message>
        <source>%1 · day %2, week %3</source>
        <translation>%1 · día %2, semana %3</translation>
    </message>
    <message>
        <source>Most adults: %1° (0° = fully straight)</source>
        <translation>La mayoría de los adultos: %1° (0° = totalmente recta)</translation>
    </message>
    <message>
        <source>Most adults: %1–%2°</source>
        <translation>La mayoría de los adultos: %1–%2°</translation>
    </message>
    <message>
        <source>Set up your injection first.</source>
        <translation>Primero configure su inyección.</translation>
    </message>
    <message>
        <source>Entry updated</source>
        <translation>Registro actualizado</translation>
    </message>
    <message>
        <source>Entry saved</source>
        <translation>Registro guardado</translation>
    </message>
</context>
<context>
    <name>Episode</name>
    <message>
        <source>Left %1</source>
        <translation>Lado izquierdo: %1</translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation>Lado derecho: %1</translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation>%1, ambos lados</translation>
    </message>
</context>
<context>
    <name>EpisodeController</name>
    <message>
        <source>Mend</source>
        <translation>Mend</translation>
    </message>
    <message>
        <source>Injection in %1, on %2</source>
        <translation>Inyección en %1, el %2</translation>
    </message>
    <message>
        <source>Day %1 · week %2 · injected %3</source>
        <translation>Día %1 · semana %2 · inyección el %3</translation>
    </message>
    <message>
        <source>The injection was saved, but not the phone number: %1</source>
        <translation>La inyección se guardó, pero no el número de teléfono: %1</translation>
    </message>
    <message>
        <source>Your clinic&apos;s phone number is not in Mend yet; you can add it in Settings.</source>
        <translation>El teléfono de su clínica todavía no está en Mend; puede añadirlo en Ajustes.</translation>
    </message>
    <message>
        <source>This device has no app that places calls. Dial %1 on a phone.</source>
        <translation>Este dispositivo no tiene ninguna aplicación para llamar. Marque el %1 en un teléfono.</translation>
    </message>
</context>
<context>
    <name>EpisodeReview</name>
    <message>
        <source>Average pain (0-10)</source>
        <translation>Dolor medio (0-10)</translation>
    </message>
    <message>
        <source>Pain at rest</source>
        <translation>Dolor en reposo</translation>
    </message>
    <message>
        <source>Pain with activity</source>
        <translation>Dolor con actividad</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Peor dolor</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>This system cannot show a file browser. Mend saves to %1 instead.</source>
        <translation>Este sistema no puede mostrar un explorador de archivos. Mend guarda en %1.</translation>
    </message>
</context>
<context>
    <name>FileSharing</name>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 ya no está ahí.</translation>
    </message>
    <message>
        <source>No program to show it was found; the file is in %1.</source>
        <translation>No se encontró ningún programa para mostrarlo; el archivo está en %1.</translation>
    </message>
</context>
<context>
    <name>GradeSelector</name>
    <message>
        <source>None</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Baseline, %1 before</source>
        <translation>Referencia, %1 antes</translation>
    </message>
    <message>
        <source>Day %1 · week %2</source>
        <translation>Día %1 · semana %2</translation>
    </message>
    <message>
        <source>%1 · dated after today (check the phone&apos;s date)</source>
        <translation>%1 · con fecha posterior a hoy (compruebe la fecha del teléfono)</translation>
    </message>
    <message>
        <source>%1 %2°</source>
        <translation>%1 %2°</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 pasos</translation>
    </message>
    <message>
        <source>pain medication</source>
        <translation>analgésico</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>fiebre</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>Warning signs: %1</source>
        <translation>Signos de alarma: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>No entries yet. Log your first day on the Today tab.</source>
        <translation>Todavía no hay registros. Registre su primer día en la pestaña Hoy.</translation>
    </message>
    <message>
        <source>%1, pain %2 of 10</source>
        <translation>%1, dolor %2 de 10</translation>
    </message>
    <message>
        <source>%1 · logged late</source>
        <translation>%1 · registrado más tarde</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the entry of %1</source>
        <translation>Editar el registro del %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the entry of %1</source>
        <translation>Eliminar el registro del %1</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>¿Eliminar este registro?</translation>
    </message>
    <message>
        <source>The entry of %1 will be removed from your diary. This cannot be undone.</source>
        <translation>El registro del %1 se quitará de su diario. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>Registro eliminado</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>HOOS JR</source>
        <translation>HOOS JR</translation>
    </message>
    <message>
        <source>arthroplasty-derived</source>
        <translation>derivado de artroplastia</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Function in daily living</source>
        <translation>Función en la vida diaria</translation>
    </message>
    <message>
        <source>Function in sport and recreation</source>
        <translation>Función en deporte y ocio</translation>
    </message>
    <message>
        <source>Quality of life</source>
        <translation>Calidad de vida</translation>
    </message>
    <message>
        <source>KOOS JR</source>
        <translation>KOOS JR</translation>
    </message>
    <message>
        <source>knee osteoarthritis</source>
        <translation>artrosis de rodilla</translation>
    </message>
    <message>
        <source>Global assessment (0-10)</source>
        <translation>Valoración global (0-10)</translation>
    </message>
    <message>
        <source>Global change (1-7)</source>
        <translation>Cambio global (1-7)</translation>
    </message>
</context>
<context>
    <name>LabeledComboBox</name>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Current PIN: %1</source>
        <translation>PIN actual: %1</translation>
    </message>
    <message>
        <source>New PIN: %1</source>
        <translation>PIN nuevo: %1</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Los dos PIN nuevos no coinciden.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Mend is locked</source>
        <translation>Mend está bloqueado</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Introduzca su PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n cifra introducida</numerusform>
            <numerusform>%n cifras introducidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos: vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos: vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a digit</source>
        <translation>Borrar una cifra</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Mend</source>
        <translation>Mend</translation>
    </message>
    <message>
        <source>Set up your injection</source>
        <translation>Configure su inyección</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>MainTabs</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today: log your day</source>
        <translation>Hoy: registre su día</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Timeline: charts since the injection</source>
        <translation>Evolución: gráficos desde la inyección</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History: every entry</source>
        <translation>Historial: todos los registros</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Results: questionnaires and verdicts</source>
        <translation>Resultados: cuestionarios y valoraciones</translation>
    </message>
</context>
<context>
    <name>MarkerLane</name>
    <message>
        <source>Other treatment</source>
        <translation>Otro tratamiento</translation>
    </message>
    <message>
        <source>Warning sign reported</source>
        <translation>Signo de alarma comunicado</translation>
    </message>
</context>
<context>
    <name>Mend</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Knee flexion</source>
        <translation>Flexión de rodilla</translation>
    </message>
    <message>
        <source>Knee extension</source>
        <translation>Extensión de rodilla</translation>
    </message>
    <message>
        <source>Hip flexion</source>
        <translation>Flexión de cadera</translation>
    </message>
    <message>
        <source>Hip extension</source>
        <translation>Extensión de cadera</translation>
    </message>
    <message>
        <source>Hip abduction</source>
        <translation>Abducción de cadera</translation>
    </message>
    <message>
        <source>Hip internal rotation</source>
        <translation>Rotación interna de cadera</translation>
    </message>
    <message>
        <source>Hip external rotation</source>
        <translation>Rotación externa de cadera</translation>
    </message>
    <message>
        <source>Shoulder flexion</source>
        <translation>Flexión de hombro</translation>
    </message>
    <message>
        <source>Shoulder abduction</source>
        <translation>Abducción de hombro</translation>
    </message>
    <message>
        <source>Shoulder internal rotation</source>
        <translation>Rotación interna de hombro</translation>
    </message>
    <message>
        <source>Shoulder external rotation</source>
        <translation>Rotación externa de hombro</translation>
    </message>
    <message>
        <source>Elbow flexion</source>
        <translation>Flexión de codo</translation>
    </message>
    <message>
        <source>Elbow extension</source>
        <translation>Extensión de codo</translation>
    </message>
    <message>
        <source>Forearm pronation</source>
        <translation>Pronación del antebrazo</translation>
    </message>
    <message>
        <source>Forearm supination</source>
        <translation>Supinación del antebrazo</translation>
    </message>
    <message>
        <source>Ankle dorsiflexion</source>
        <translation>Flexión dorsal del tobillo</translation>
    </message>
    <message>
        <source>Ankle plantarflexion</source>
        <translation>Flexión plantar del tobillo</translation>
    </message>
    <message>
        <source>Forward bending</source>
        <translation>Inclinación hacia delante</translation>
    </message>
    <message>
        <source>Backward bending</source>
        <translation>Inclinación hacia atrás</translation>
    </message>
    <message>
        <source>Side bending</source>
        <translation>Inclinación lateral</translation>
    </message>
    <message>
        <source>Neck flexion</source>
        <translation>Flexión del cuello</translation>
    </message>
    <message>
        <source>Neck extension</source>
        <translation>Extensión del cuello</translation>
    </message>
    <message>
        <source>Neck rotation</source>
        <translation>Rotación del cuello</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Hombro</translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation>Codo</translation>
    </message>
    <message>
        <source>Ankle / Achilles</source>
        <translation>Tobillo / Aquiles</translation>
    </message>
    <message>
        <source>Lower back (lumbar spine)</source>
        <translation>Zona lumbar (columna lumbar)</translation>
    </message>
    <message>
        <source>Neck (cervical spine)</source>
        <translation>Cuello (columna cervical)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>No side (midline)</source>
        <translation>Sin lado (línea media)</translation>
    </message>
    <message>
        <source>Osteoarthritis</source>
        <translation>Artrosis</translation>
    </message>
    <message>
        <source>Tendon injury</source>
        <translation>Lesión de tendón</translation>
    </message>
    <message>
        <source>Ligament injury</source>
        <translation>Lesión de ligamento</translation>
    </message>
    <message>
        <source>Cartilage damage</source>
        <translation>Daño del cartílago</translation>
    </message>
    <message>
        <source>Degenerative disc / back pain</source>
        <translation>Degeneración discal / dolor de espalda</translation>
    </message>
    <message>
        <source>Bone-marrow concentrate</source>
        <translation>Concentrado de médula ósea</translation>
    </message>
    <message>
        <source>Adipose (fat) derived</source>
        <translation>Derivado de grasa (tejido adiposo)</translation>
    </message>
    <message>
        <source>Umbilical-cord derived</source>
        <translation>Derivado de cordón umbilical</translation>
    </message>
    <message>
        <source>Platelet-rich plasma (PRP)</source>
        <translation>Plasma rico en plaquetas (PRP)</translation>
    </message>
    <message>
        <source>Mostly resting</source>
        <translation>Sobre todo en reposo</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ligera</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Vigorous</source>
        <translation>Intensa</translation>
    </message>
    <message>
        <source>No walking aid</source>
        <translation>Sin ayuda para caminar</translation>
    </message>
    <message>
        <source>Cane / stick</source>
        <translation>Bastón</translation>
    </message>
    <message>
        <source>Crutches</source>
        <translation>Muletas</translation>
    </message>
    <message>
        <source>Walker / frame</source>
        <translation>Andador</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Silla de ruedas</translation>
    </message>
    <message>
        <source>Steroid injection</source>
        <translation>Inyección de corticoide</translation>
    </message>
    <message>
        <source>Hyaluronic-acid injection</source>
        <translation>Inyección de ácido hialurónico</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <source>New pain medication</source>
        <translation>Nuevo analgésico</translation>
    </message>
    <message>
        <source>Physiotherapy started</source>
        <translation>Inicio de fisioterapia</translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation>Otro tratamiento</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>hecha por usted</translation>
    </message>
</context>
<context>
    <name>MilestoneList</name>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>What clinics expect and trials reported — not a promise. Many people recover on a different course.</source>
        <translation>Lo que esperan las clínicas y lo que mostraron los ensayos; no es una promesa. Mucha gente se recupera a otro ritmo.</translation>
    </message>
    <message>
        <source>Goal: </source>
        <translation>Objetivo: </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>Conseguido: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>MilestoneWindows</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <source>Your baseline pain is 0, so there is no pain to reduce.</source>
        <translation>Su dolor de referencia es 0, así que no hay dolor que reducir.</translation>
    </message>
    <message>
        <source>Met on day %1: 7-day average %2 against a baseline of %3.</source>
        <translation>Cumplido el día %1: media de 7 días %2 frente a una referencia de %3.</translation>
    </message>
    <message>
        <source>Window opens on day %1.</source>
        <translation>El periodo empieza el día %1.</translation>
    </message>
    <message>
        <source>Not yet met: 7-day average %1 against a baseline of %2.</source>
        <translation>Aún no cumplido: media de 7 días %1 frente a una referencia de %2.</translation>
    </message>
    <message>
        <source>Not yet met: no entries in the window yet.</source>
        <translation>Aún no cumplido: todavía no hay registros en el periodo.</translation>
    </message>
    <message>
        <source>Not met by day %1: last 7-day average %2 against a baseline of %3.</source>
        <translation>No cumplido el día %1: última media de 7 días %2 frente a una referencia de %3.</translation>
    </message>
    <message>
        <source>Not met by day %1: no entries in the window.</source>
        <translation>No cumplido el día %1: no hay registros en el periodo.</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próximo</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>%1, needs checking: %2</source>
        <translation>%1, hay que revisarlo: %2</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>%1: met at %2.</source>
        <translation>%1: cumplido (%2).</translation>
    </message>
    <message>
        <source>%1: not yet met at %2.</source>
        <translation>%1: aún no cumplido (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be judged at %2 (%3).</source>
        <translation>%1: aún no se puede valorar (%2: %3).</translation>
    </message>
    <message>
        <source>Pain relief most people notice (2 points or 30 %)</source>
        <translation>Alivio del dolor que la mayoría nota (2 puntos o 30 %)</translation>
    </message>
    <message>
        <source>no diary entries in the 7 days up to %1</source>
        <translation>no hay anotaciones en los 7 días hasta el %1</translation>
    </message>
    <message>
        <source>a change most people would notice</source>
        <translation>un cambio que la mayoría notaría</translation>
    </message>
    <message>
        <source>a large improvement</source>
        <translation>una mejora grande</translation>
    </message>
    <message>
        <source>a change larger than the questionnaire&apos;s own variation</source>
        <translation>un cambio mayor que la variación propia del cuestionario</translation>
    </message>
    <message>
        <source>a level most people find acceptable</source>
        <translation>un nivel que la mayoría considera aceptable</translation>
    </message>
    <message>
        <source>the answers give no score</source>
        <translation>las respuestas no dan una puntuación</translation>
    </message>
    <message>
        <source>%1 not answered</source>
        <translation>%1 sin responder</translation>
    </message>
    <message>
        <source>no %1 score from before the injection</source>
        <translation>sin puntuación de %1 de antes de la inyección</translation>
    </message>
    <message>
        <source>%1 score, %2</source>
        <translation>Puntuación de %1, %2</translation>
    </message>
    <message>
        <source>Overall response as defined for osteoarthritis trials</source>
        <translation>Respuesta global según la definición de los ensayos de artrosis</translation>
    </message>
    <message>
        <source>some of the answers it needs are missing</source>
        <translation>faltan algunas de las respuestas que necesita</translation>
    </message>
    <message>
        <source>chronic pain, 10 trials</source>
        <translation>dolor crónico, 10 ensayos</translation>
    </message>
    <message>
        <source>Average pain, 7-day mean (0-10)</source>
        <translation>Dolor medio, media de 7 días (0-10)</translation>
    </message>
    <message>
        <source>Clinically important improvement</source>
        <translation>Mejoría clínicamente importante</translation>
    </message>
    <message>
        <source>&gt;= %1 points or &gt;= %2 %</source>
        <translation>&gt;= %1 puntos o &gt;= %2 %</translation>
    </message>
    <message>
        <source>met by points and by percent</source>
        <translation>cumplido por puntos y por porcentaje</translation>
    </message>
    <message>
        <source>met by points</source>
        <translation>cumplido por puntos</translation>
    </message>
    <message>
        <source>met by percent</source>
        <translation>cumplido por porcentaje</translation>
    </message>
    <message>
        <source>OMERACT-OARSI responder</source>
        <translation>Respondedor OMERACT-OARSI</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Respondedor</translation>
    </message>
    <message>
        <source>pain or function &gt;= 50 % and &gt;= 20; or 2 of pain, function, global &gt;= 20 % and &gt;= 10 (0-100, higher = worse)</source>
        <translation>dolor o función &gt;= 50 % y &gt;= 20; o 2 de dolor, función y valoración global &gt;= 20 % y &gt;= 10 (0-100, más alto = peor)</translation>
    </message>
    <message>
        <source>osteoarthritis trials</source>
        <translation>ensayos de artrosis</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dolor</translation>
    </message>
    <message>
        <source>function</source>
        <translation>función</translation>
    </message>
    <message>
        <source>patient global</source>
        <translation>valoración global del paciente</translation>
    </message>
    <message>
        <source>high improvement in %1</source>
        <translation>gran mejoría en %1</translation>
    </message>
    <message>
        <source>improvement in %1 of 3 domains</source>
        <translation>mejoría en %1 de 3 dominios</translation>
    </message>
    <message>
        <source>no baseline and follow-up for %1</source>
        <translation>sin línea basal y seguimiento para %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>&gt;= %1 points</source>
        <translation>&gt;= %1 puntos</translation>
    </message>
    <message>
        <source>&gt;= %1 %</source>
        <translation>&gt;= %1 %</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Minimal clinically important difference</source>
        <translation>Diferencia mínima clínicamente importante</translation>
    </message>
    <message>
        <source>Substantial clinical benefit</source>
        <translation>Beneficio clínico sustancial</translation>
    </message>
    <message>
        <source>Minimal detectable change</source>
        <translation>Cambio mínimo detectable</translation>
    </message>
    <message>
        <source>Patient acceptable symptom state</source>
        <translation>Estado sintomático aceptable para el paciente</translation>
    </message>
    <message>
        <source>the %1 answers have no score</source>
        <translation>las respuestas de %1 no tienen puntuación</translation>
    </message>
    <message>
        <source>no %1 answered at %2</source>
        <translation>ningún %1 respondido en %2</translation>
    </message>
    <message>
        <source>no baseline %1 score</source>
        <translation>sin puntuación basal de %1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not yet met</source>
        <translation>aún no cumplido</translation>
    </message>
    <message>
        <source> at %1</source>
        <extracomment>How a reason names its time point (&quot;no KOOS JR answered at 3 months&quot;), taken out to group.</extracomment>
        <translation> en %1</translation>
    </message>
    <message>
        <source>cannot be judged yet</source>
        <translation>aún no se puede valorar</translation>
    </message>
</context>
<context>
    <name>OutcomesController</name>
    <message>
        <source>%1 · please answer by %2</source>
        <translation>%1 · responda antes del %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>off-schedule</source>
        <translation>fuera de calendario</translation>
    </message>
    <message>
        <source>Too small a change to notice: within %1 points of your first score</source>
        <translation>Un cambio demasiado pequeño para notarlo: a menos de %1 puntos de su primera puntuación</translation>
    </message>
    <message>
        <source>Within the MCID of baseline (± %1, %2)</source>
        <translation>Dentro de la MCID respecto a la referencia (± %1, %2)</translation>
    </message>
</context>
<context>
    <name>OutcomesPage</name>
    <message>
        <source>Clinician detail</source>
        <translation>Detalle clínico</translation>
    </message>
    <message>
        <source>Show the numbers, thresholds and sources</source>
        <translation>Mostrar las cifras, los umbrales y las fuentes</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show the results as a table</source>
        <translation>Mostrar los resultados como tabla</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Todas las respuestas</translation>
    </message>
    <message>
        <source>No questionnaire answered yet.</source>
        <translation>Todavía no ha respondido ningún cuestionario.</translation>
    </message>
    <message>
        <source>Compared with before the injection</source>
        <translation>Comparado con antes de la inyección</translation>
    </message>
    <message>
        <source>Thresholds come from published studies, mostly in other treatments; &apos;not yet met&apos; is not a failure, and &apos;met&apos; is not a promise of lasting benefit.</source>
        <translation>Los umbrales vienen de estudios publicados, sobre todo de otros tratamientos; &apos;aún no cumplido&apos; no es un fracaso, y &apos;cumplido&apos; no promete un beneficio duradero.</translation>
    </message>
    <message>
        <source>Verdicts appear from the 6-week time point on.</source>
        <translation>Las valoraciones aparecen a partir de las 6 semanas.</translation>
    </message>
    <message>
        <source>Other questionnaires</source>
        <translation>Otros cuestionarios</translation>
    </message>
    <message>
        <source>If your clinic asks for them.</source>
        <translation>Si su clínica se los pide.</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Responder %1</translation>
    </message>
</context>
<context>
    <name>PageStack</name>
    <message>
        <source>Set up your injection</source>
        <translation>Configure su inyección</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Clinician review</source>
        <translation>Revisión clínica</translation>
    </message>
    <message>
        <source>Clinic cohort</source>
        <translation>Cohorte de la clínica</translation>
    </message>
    <message>
        <source>Protocol and evidence</source>
        <translation>Protocolo y evidencia</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain chart. %1</source>
        <translation>Gráfico del dolor. %1</translation>
    </message>
    <message>
        <source>Average pain (0-10)</source>
        <translation>Dolor medio (0-10)</translation>
    </message>
    <message>
        <source>Expected band</source>
        <translation>Banda esperada</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Series injection</source>
        <translation>Inyección de la serie</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>%1: %2 out of 10</source>
        <translation>%1: %2 de 10</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = sin dolor</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = el peor imaginable</translation>
    </message>
</context>
<context>
    <name>PromChart</name>
    <message>
        <source>Results chart: %1</source>
        <translation>Gráfico de resultados: %1</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>MCID band</source>
        <translation>Banda MCID</translation>
    </message>
    <message>
        <source>Too small to notice</source>
        <translation>Demasiado pequeño para notarlo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>Cartilage damage</source>
        <translation>Daño del cartílago</translation>
    </message>
    <message>
        <source>These milestones are what clinics expect and what trials reported. They are not a promise: many people recover on a different course.</source>
        <translation>Estos hitos son lo que las clínicas esperan y lo que informaron los ensayos. No son una promesa: muchas personas se recuperan a otro ritmo.</translation>
    </message>
    <message>
        <source>Some protocols limit weight bearing or advise rest for 48-72 h, with crutches for comfort; follow your clinic&apos;s advice.</source>
        <translation>Algunos protocolos limitan el apoyo del peso o aconsejan reposo durante 48-72 h, con muletas para mayor comodidad; siga las indicaciones de su clínica.</translation>
    </message>
    <message>
        <source>Soreness from the injection settles back towards your usual level.</source>
        <translation>La molestia de la inyección vuelve poco a poco a su nivel habitual.</translation>
    </message>
    <message>
        <source>Around weeks 6 to 8 many clinics expect a first noticeable easing of pain. Not yet is common.</source>
        <translation>Hacia las semanas 6 a 8 muchas clínicas esperan un primer alivio apreciable del dolor. Que todavía no llegue es frecuente.</translation>
    </message>
    <message>
        <source>At 3 months many trials take their first formal measurement.</source>
        <translation>A los 3 meses muchos ensayos hacen su primera medición formal.</translation>
    </message>
    <message>
        <source>6 months is a common point to review the result.</source>
        <translation>A los 6 meses suele revisarse el resultado.</translation>
    </message>
    <message>
        <source>Other conditions</source>
        <translation>Otros problemas</translation>
    </message>
    <message>
        <source>Knee and hip osteoarthritis</source>
        <translation>Artrosis de rodilla y de cadera</translation>
    </message>
    <message>
        <source>In the largest trial, PRP injections for knee osteoarthritis helped about as much as a salt-water injection, and the main US arthritis guideline advises against these injections for knee and hip osteoarthritis; your clinic can tell you why it offers one. These milestones are what clinics expect and what trials reported. They are not a promise: many people recover on a different course.</source>
        <translation>En el ensayo más grande, las inyecciones de PRP para la artrosis de rodilla ayudaron más o menos lo mismo que una inyección de agua con sal, y la principal guía de artritis de EE. UU. desaconseja estas inyecciones para la artrosis de rodilla y de cadera; su clínica puede explicarle por qué le ofrece una. Estos hitos son lo que las clínicas esperan y lo que informaron los ensayos. No son una promesa: muchas personas se recuperan a otro ritmo.</translation>
    </message>
    <message>
        <source>Around 6 months is when trials of PRP for knee arthritis saw their largest effect.</source>
        <translation>Hacia los 6 meses es cuando los ensayos de PRP para la artrosis de rodilla vieron su mayor efecto.</translation>
    </message>
    <message>
        <source>At 12 months clinics review whether the injection helped enough to repeat it.</source>
        <translation>A los 12 meses las clínicas revisan si la inyección ayudó lo suficiente como para repetirla.</translation>
    </message>
    <message>
        <source>population data</source>
        <translation>datos de población</translation>
    </message>
    <message>
        <source>Ligament injury</source>
        <translation>Lesión de ligamento</translation>
    </message>
    <message>
        <source>Degenerative disc / back pain</source>
        <translation>Degeneración discal / dolor de espalda</translation>
    </message>
    <message>
        <source>Tendon injury (rotator cuff, Achilles, lateral elbow)</source>
        <translation>Lesión de tendón (manguito rotador, Aquiles, codo lateral)</translation>
    </message>
    <message>
        <source>At 12 weeks tennis-elbow trials took their first main measurement.</source>
        <translation>A las 12 semanas los ensayos de codo de tenista hicieron su primera medición principal.</translation>
    </message>
    <message>
        <source>6 months is when tendon trials measured their main result.</source>
        <translation>A los 6 meses es cuando los ensayos de tendón midieron su resultado principal.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>6 weeks</source>
        <translation>6 semanas</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 meses</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 meses</translation>
    </message>
    <message>
        <source>24 months</source>
        <translation>24 meses</translation>
    </message>
    <message>
        <source>No trial timeline for cartilage injections is in Mend&apos;s clinical reference; the milestones are the general §5.4 model and there is no population band. Milestones are what clinics expect, never a promise.</source>
        <translation>La referencia clínica de Mend no recoge ninguna evolución temporal de ensayos para las inyecciones de cartílago; los hitos son el modelo general del §5.4 y no hay banda de población. Los hitos son lo que esperan las clínicas, nunca una promesa.</translation>
    </message>
    <message>
        <source>Post-injection flare settles: 7-day average pain at or below the pre-injection baseline between day 3 and day 14.</source>
        <translation>Remite el brote tras la inyección: dolor medio de 7 días igual o inferior a la línea basal previa a la inyección entre el día 3 y el día 14.</translation>
    </message>
    <message>
        <source>First possible clinically important improvement: 7-day average NRS reduction from baseline of at least 2 points or at least 30 % (Farrar 2001). Informational.</source>
        <translation>Primera mejoría clínicamente importante posible: reducción de la media de 7 días en la EVN respecto a la línea basal de al menos 2 puntos o al menos un 30 % (Farrar 2001). Informativo.</translation>
    </message>
    <message>
        <source>Month 3, first formal outcome point in most trials: reduction of at least 2 points or 30 %. Window width around a time point is Mend&apos;s choice [D], not a published value.</source>
        <translation>Mes 3, primer punto formal de resultado en la mayoría de los ensayos: reducción de al menos 2 puntos o un 30 %. La anchura de la ventana alrededor de un punto temporal es una elección de Mend [D], no un valor publicado.</translation>
    </message>
    <message>
        <source>Month 6 review: reduction of at least 2 points or 30 %. Window width around a time point is Mend&apos;s choice [D], not a published value.</source>
        <translation>Revisión del mes 6: reducción de al menos 2 puntos o un 30 %. La anchura de la ventana alrededor de un punto temporal es una elección de Mend [D], no un valor publicado.</translation>
    </message>
    <message>
        <source>No condition-specific evidence: the general §5.4 milestone model. Milestones are what clinics expect, never a promise.</source>
        <translation>Sin evidencia específica de la afección: el modelo general de hitos del §5.4. Los hitos son lo que esperan las clínicas, nunca una promesa.</translation>
    </message>
    <message>
        <source>Evidence is mixed. RESTORE (Bennell 2021, JAMA): 3 weekly leukocyte-poor PRP injections vs saline, 12-month pain change -2.1 vs -1.8 (0-10), not significant (MCID 1.8). The 2019 ACR/AF guideline strongly recommends against PRP and stem-cell injections for knee and hip OA (Kolasinski 2020). BMAC then PRP vs hyaluronic acid: NPRS change at 12 months -3.13 vs -1.56, p = 0.02 (Ruane 2021). Milestones below are what clinics expect and trials reported, never a promise.</source>
        <translation>La evidencia es dispar. RESTORE (Bennell 2021, JAMA): 3 inyecciones semanales de PRP pobre en leucocitos frente a suero salino, cambio del dolor a los 12 meses -2,1 frente a -1,8 (0-10), no significativo (MCID 1,8). La guía ACR/AF de 2019 desaconseja firmemente las inyecciones de PRP y de células madre en la artrosis de rodilla y de cadera (Kolasinski 2020). BMAC seguido de PRP frente a ácido hialurónico: cambio en la NPRS a los 12 meses -3,13 frente a -1,56, p = 0,02 (Ruane 2021). Los hitos de abajo son lo que esperan las clínicas y lo que comunicaron los ensayos, nunca una promesa.</translation>
    </message>
    <message>
        <source>Month 3, first formal outcome point in most trials: pain reduction of at least 2 points or 30 % from baseline (7-day average). Window width around a time point is Mend&apos;s choice [D], not a published value.</source>
        <translation>Mes 3, primer punto formal de resultado en la mayoría de los ensayos: reducción del dolor de al menos 2 puntos o un 30 % respecto a la línea basal (media de 7 días). La anchura de la ventana alrededor de un punto temporal es una elección de Mend [D], no un valor publicado.</translation>
    </message>
    <message>
        <source>Month 6, typical peak for PRP in OA (PRP vs corticosteroid meta-analysis: greatest effect at 6 and 9 months). Window width around a time point is Mend&apos;s choice [D], not a published value.</source>
        <translation>Mes 6, pico habitual del PRP en la artrosis (metaanálisis de PRP frente a corticoides: mayor efecto a los 6 y 9 meses). La anchura de la ventana alrededor de un punto temporal es una elección de Mend [D], no un valor publicado.</translation>
    </message>
    <message>
        <source>Month 12: BMAC peak in one RCT (Ruane 2021); PRP no better than saline (RESTORE). Durability check before any repeat or maintenance injection. Window width around a time point is Mend&apos;s choice [D], not a published value.</source>
        <translation>Mes 12: pico del BMAC en un ECA (Ruane 2021); el PRP no fue mejor que el suero salino (RESTORE). Comprobación de la duración antes de cualquier inyección de repetición o de mantenimiento. La anchura de la ventana alrededor de un punto temporal es una elección de Mend [D], no un valor publicado.</translation>
    </message>
    <message>
        <source>No trial timeline for ligament injections is in Mend&apos;s clinical reference; the milestones are the general §5.4 model and there is no population band. Milestones are what clinics expect, never a promise.</source>
        <translation>La referencia clínica de Mend no recoge ninguna evolución temporal de ensayos para las inyecciones de ligamento; los hitos son el modelo general del §5.4 y no hay banda de población. Los hitos son lo que esperan las clínicas, nunca una promesa.</translation>
    </message>
    <message>
        <source>Intradiscal PRP: improvement reported from 8 weeks, sustained to 1 year (Tuakli-Wosornu 2016) [recalled, not re-verified]. No verified MSC/disc timeline. For low back pain the minimal important change is 2 points on the NRS or 30 % (Ostelo 2008). Milestones are what clinics expect, never a promise.</source>
        <translation>PRP intradiscal: mejoría comunicada desde las 8 semanas, mantenida hasta 1 año (Tuakli-Wosornu 2016) [citado de memoria, no verificado de nuevo]. No hay una evolución temporal verificada para células madre en el disco. En la lumbalgia, el cambio mínimo importante es de 2 puntos en la EVN o un 30 % (Ostelo 2008). Los hitos son lo que esperan las clínicas, nunca una promesa.</translation>
    </message>
    <message>
        <source>Evidence is weak. Chronic mid-portion Achilles: single PRP vs sham, VISA-A at 6 months 54.4 vs 53.4, not significant (Kearney 2021, ATM trial). Lateral elbow: PRP vs needling, pain improvement at 12 weeks 55.1 % vs 47.4 % (P = .163) (Mishra 2014); Cochrane 2021 found little or no clinically important benefit vs placebo. Milestones are what clinics expect and trials reported, never a promise.</source>
        <translation>La evidencia es débil. Tendinopatía aquílea crónica de porción media: una inyección de PRP frente a simulación, VISA-A a los 6 meses 54,4 frente a 53,4, no significativo (Kearney 2021, ensayo ATM). Codo lateral: PRP frente a punción, mejoría del dolor a las 12 semanas 55,1 % frente a 47,4 % (P = 0,163) (Mishra 2014); Cochrane 2021 halló un beneficio clínicamente importante escaso o nulo frente a placebo. Los hitos son lo que esperan las clínicas y lo que comunicaron los ensayos, nunca una promesa.</translation>
    </message>
    <message>
        <source>Week 12 (Mishra 2014 measured pain improvement at 12 weeks): reduction of at least 2 points or 30 %. Window width around a time point is Mend&apos;s choice [D], not a published value.</source>
        <translation>Semana 12 (Mishra 2014 midió la mejoría del dolor a las 12 semanas): reducción de al menos 2 puntos o un 30 %. La anchura de la ventana alrededor de un punto temporal es una elección de Mend [D], no un valor publicado.</translation>
    </message>
    <message>
        <source>Month 6, primary endpoint of tendon trials (Kearney 2021 ATM trial). Window width around a time point is Mend&apos;s choice [D], not a published value.</source>
        <translation>Mes 6, variable principal de los ensayos en tendón (ensayo ATM, Kearney 2021). La anchura de la ventana alrededor de un punto temporal es una elección de Mend [D], no un valor publicado.</translation>
    </message>
</context>
<context>
    <name>ProtocolController</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>No protocol applies</source>
        <translation>No se aplica ningún protocolo</translation>
    </message>
    <message>
        <source>Avoid anti-inflammatory painkillers (NSAIDs) for %1 after the injection; paracetamol/acetaminophen is usually allowed. </source>
        <translation>Evite los analgésicos antiinflamatorios (AINE) durante %1 después de la inyección; el paracetamol suele estar permitido. </translation>
    </message>
    <message>
        <source>Avoid strenuous or repetitive activity for %1. </source>
        <translation>Evite la actividad intensa o repetitiva durante %1. </translation>
    </message>
    <message>
        <source>Aftercare: %1</source>
        <translation>Cuidados posteriores: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Protocol in use</source>
        <translation>Protocolo en uso</translation>
    </message>
    <message>
        <source>Load my clinic&apos;s protocol file…</source>
        <translation>Cargar el archivo de protocolo de mi clínica…</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Cuidados posteriores</translation>
    </message>
    <message>
        <source>What the evidence says</source>
        <translation>Lo que dice la evidencia</translation>
    </message>
    <message>
        <source>Hide the details for clinicians</source>
        <translation>Ocultar los detalles para profesionales</translation>
    </message>
    <message>
        <source>Details and sources for clinicians</source>
        <translation>Detalles y fuentes para profesionales</translation>
    </message>
    <message>
        <source>Choose a protocol file</source>
        <translation>Elija un archivo de protocolo</translation>
    </message>
    <message>
        <source>Mend protocol (*.json)</source>
        <translation>Protocolo de Mend (*.json)</translation>
    </message>
    <message>
        <source>Protocol loaded</source>
        <translation>Protocolo cargado</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Score %1 (PASS %2)</source>
        <translation>Puntuación %1 (PASS %2)</translation>
    </message>
    <message>
        <source>%1 → %2, improvement %3</source>
        <translation>%1 → %2, mejora %3</translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>; needs %1</source>
        <translation>; se necesita %1</translation>
    </message>
</context>
<context>
    <name>QuestionnaireController</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered.</source>
        <translation>%1 de %2 preguntas respondidas.</translation>
    </message>
    <message>
        <source>No %1 score will be given: %2</source>
        <translation>No se dará la puntuación de %1: %2</translation>
    </message>
    <message>
        <source>Set up your injection first.</source>
        <translation>Primero configure su inyección.</translation>
    </message>
    <message>
        <source>The questionnaire &apos;%1&apos; is not installed.</source>
        <translation>El cuestionario &apos;%1&apos; no está instalado.</translation>
    </message>
    <message>
        <source>No questionnaire is open.</source>
        <translation>No hay ningún cuestionario abierto.</translation>
    </message>
    <message>
        <source>Saved. You can finish it later from Today.</source>
        <translation>Guardado. Puede terminarlo más tarde desde Hoy.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answers saved (no score: too many questions skipped).</source>
        <translation>Respuestas guardadas (sin puntuación: demasiadas preguntas sin responder).</translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <translation>Guardado. %1.</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Check and save</source>
        <translation>Revisar y guardar</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Guardar las respuestas</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Finish later</source>
        <translation>Terminar más tarde</translation>
    </message>
    <message>
        <source>Save the answers so far and finish later</source>
        <translation>Guardar las respuestas hasta ahora y terminar más tarde</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Saltar esta pregunta</translation>
    </message>
    <message>
        <source>Available in English only: this questionnaire&apos;s wording was checked in English, and Mend does not translate it.</source>
        <translation>Disponible solo en inglés: la redacción de este cuestionario se comprobó en inglés y Mend no la traduce.</translation>
    </message>
</context>
<context>
    <name>RedFlagDialog</name>
    <message>
        <source>Scroll the warning</source>
        <translation>Desplazar el aviso</translation>
    </message>
    <message>
        <source>Call emergency services now</source>
        <translation>Llame ahora a emergencias</translation>
    </message>
    <message>
        <source>Contact your clinic now</source>
        <translation>Contacte ahora con su clínica</translation>
    </message>
    <message>
        <source>What you logged can be a sign of a serious problem that needs help straight away.</source>
        <translation>Lo que ha registrado puede ser signo de un problema grave que necesita ayuda inmediata.</translation>
    </message>
    <message>
        <source>What you logged is not a normal part of recovery after an injection. Call your clinic today. If it is severe or getting worse fast, call emergency services.</source>
        <translation>Lo que ha registrado no es parte normal de la recuperación tras una inyección. Llame hoy a su clínica. Si es intenso o empeora rápido, llame a emergencias.</translation>
    </message>
    <message>
        <source>Call your clinic: %1</source>
        <translation>Llamar a su clínica: %1</translation>
    </message>
    <message>
        <source>Your clinic&apos;s phone number is not in Mend yet; you can add it in Settings.</source>
        <translation>El teléfono de su clínica todavía no está en Mend; puede añadirlo en Ajustes.</translation>
    </message>
    <message>
        <source>Mend does not diagnose. This alert is saved in your diary for your clinician.</source>
        <translation>Mend no hace diagnósticos. Este aviso se guarda en su diario para su médico.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>I understand, close the warning</source>
        <translation>Entendido, cerrar el aviso</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>Temperature %1 °C on day %2 after the injection (38.0 °C or more in the first 14 days).</source>
        <translation>Temperatura de %1 °C el día %2 después de la inyección (38,0 °C o más en los primeros 14 días).</translation>
    </message>
    <message>
        <source>Fever or chills on day %1 after the injection.</source>
        <translation>Fiebre o escalofríos el día %1 después de la inyección.</translation>
    </message>
    <message>
        <source>Redness spreading beyond the injection site, or a hot joint.</source>
        <translation>Enrojecimiento que se extiende más allá del punto de inyección, o una articulación caliente.</translation>
    </message>
    <message>
        <source>Pus or fluid coming from the injection site.</source>
        <translation>Pus o líquido que sale del punto de inyección.</translation>
    </message>
    <message>
        <source>Swelling is still increasing %1 days after the injection instead of settling.</source>
        <translation>La hinchazón sigue aumentando %1 días después de la inyección en lugar de bajar.</translation>
    </message>
    <message>
        <source>Pain has gone up day after day (%1, %2, %3) more than 72 hours after the injection.</source>
        <translation>El dolor ha subido día tras día (%1, %2, %3) más de 72 horas después de la inyección.</translation>
    </message>
    <message>
        <source>Pain %1/10 is 3 or more points above your usual pain before the injection (%2) on day %3.</source>
        <translation>Un dolor de %1/10 está 3 o más puntos por encima de su dolor habitual antes de la inyección (%2) el día %3.</translation>
    </message>
    <message>
        <source>You cannot bear weight on, or move, the treated joint.</source>
        <translation>No puede apoyar peso sobre la articulación tratada, o no puede moverla.</translation>
    </message>
    <message>
        <source>Calf pain or swelling (a possible blood clot).</source>
        <translation>Dolor o hinchazón en la pantorrilla (posible coágulo de sangre).</translation>
    </message>
    <message>
        <source>Sudden shortness of breath (a possible blood clot in the lungs).</source>
        <translation>Falta de aire repentina (posible coágulo de sangre en los pulmones).</translation>
    </message>
    <message>
        <source>New numbness or weakness.</source>
        <translation>Entumecimiento o debilidad nuevos.</translation>
    </message>
    <message>
        <source>Bleeding that will not stop, or severe or increasing pain, at the bone-marrow harvest site.</source>
        <translation>Sangrado que no para, o dolor intenso o creciente, en el punto de extracción de la médula ósea.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Dismiss reminder</source>
        <translation>Descartar el recordatorio</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time for today&apos;s diary</source>
        <translation>Es hora del diario de hoy</translation>
    </message>
    <message>
        <source>Log today&apos;s pain and activity; it takes a minute.</source>
        <translation>Anote el dolor y la actividad de hoy; lleva un minuto.</translation>
    </message>
    <message>
        <source>%1 questionnaires are overdue</source>
        <translation>Cuestionarios (%1): con retraso</translation>
    </message>
    <message>
        <source>%1 questionnaires are due</source>
        <translation>Cuestionarios (%1): pendientes</translation>
    </message>
    <message>
        <source>%1 (%2) · please answer by %3</source>
        <translation>%1 (%2) · responda antes del %3</translation>
    </message>
    <message>
        <source>1 questionnaire</source>
        <translation>1 cuestionario</translation>
    </message>
    <message>
        <source>%1 questionnaires</source>
        <translation>%1 cuestionarios</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>You have a reminder. Open Mend to see it.</source>
        <translation>Tiene un recordatorio. Abra Mend para verlo.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Injection not recorded: set day 0 to see the change</source>
        <translation>Inyección no registrada: indique el día 0 para ver el cambio</translation>
    </message>
    <message numerus="yes">
        <source>Steps: typed by the patient, else imported from %1 (%n day(s)); pain figures use logged days only.</source>
        <translation>
            <numerusform>Pasos: escritos por el paciente o, si no, importados de %1 (%n día); las cifras de dolor usan solo los días registrados.</numerusform>
            <numerusform>Pasos: escritos por el paciente o, si no, importados de %1 (%n días); las cifras de dolor usan solo los días registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2° (%3)</source>
        <translation>%1–%2° (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 days logged since the injection · %3 late · longest gap %4 days</source>
        <translation>%1 de %2 días registrados desde la inyección · %3 con retraso · mayor intervalo %4 días</translation>
    </message>
    <message>
        <source>%1 → %2, improvement %3; needs %4</source>
        <translation>%1 → %2, mejora %3; se necesita %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>days %1–%2</source>
        <translation>días %1–%2</translation>
    </message>
    <message>
        <source>This diary</source>
        <translation>Este diario</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Paciente %1</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(sin identificador)</translation>
    </message>
    <message>
        <source>%1 · injected %2</source>
        <translation>%1 · inyección el %2</translation>
    </message>
    <message>
        <source>%1 · injection not recorded</source>
        <translation>%1 · inyección no registrada</translation>
    </message>
    <message>
        <source> · nothing logged yet</source>
        <translation> · todavía no hay registros</translation>
    </message>
    <message>
        <source> · now = the 7 days to %1</source>
        <translation> · ahora = los 7 días hasta el %1</translation>
    </message>
    <message>
        <source> (%1 days ago)</source>
        <translation> (hace %1 días)</translation>
    </message>
    <message>
        <source>A report is being written; wait for it to finish.</source>
        <translation>Se está escribiendo un informe; espere a que termine.</translation>
    </message>
    <message>
        <source>No episode to report on.</source>
        <translation>No hay ningún episodio sobre el que informar.</translation>
    </message>
    <message>
        <source>Enter the injection day as year-month-day, e.g. %1.</source>
        <translation>Escriba el día de la inyección como año-mes-día, p. ej. %1.</translation>
    </message>
    <message>
        <source>Choose where and on which side the injection was.</source>
        <translation>Elija dónde y en qué lado fue la inyección.</translation>
    </message>
    <message>
        <source>%1 · %2 · day %3</source>
        <translation>%1 · %2 · día %3</translation>
    </message>
</context>
<context>
    <name>ReviewDayZeroCard</name>
    <message>
        <source>Injection not recorded</source>
        <translation>Inyección no registrada</translation>
    </message>
    <message>
        <source>This patient&apos;s file names no injection. Baseline, change and milestones count from day 0: enter it to see them.</source>
        <translation>El archivo de este paciente no indica ninguna inyección. La referencia, el cambio y los hitos cuentan desde el día 0: indíquelo para verlos.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Injection date (day 0), year-month-day</source>
        <translation>Fecha de la inyección (día 0), año-mes-día</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Injection date, year-month-day</source>
        <translation>Fecha de la inyección, año-mes-día</translation>
    </message>
    <message>
        <source>Set day 0</source>
        <translation>Fijar el día 0</translation>
    </message>
</context>
<context>
    <name>ReviewMeasuresCard</name>
    <message>
        <source>Baseline → now (7-day averages)</source>
        <translation>Referencia → ahora (medias de 7 días)</translation>
    </message>
    <message>
        <source>Range of motion (now · baseline · other side · typical)</source>
        <translation>Amplitud de movimiento (ahora · referencia · otro lado · habitual)</translation>
    </message>
</context>
<context>
    <name>ReviewOutcomesCard</name>
    <message>
        <source>Outcome measures</source>
        <translation>Medidas de resultado</translation>
    </message>
    <message>
        <source>met / not yet met against published thresholds; population and source under each</source>
        <translation>cumplido / aún no cumplido frente a umbrales publicados; población y fuente debajo de cada uno</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Mend visit report %1</source>
        <translation>Informe de consulta de Mend %1</translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation>Guardar el informe en PDF</translation>
    </message>
    <message>
        <source>Save the visit report as a PDF in %1</source>
        <translation>Guardar el informe de consulta como PDF en %1</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the visit report as a PDF, choosing where</source>
        <translation>Guardar el informe de consulta como PDF, eligiendo dónde</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Escribiendo el informe</translation>
    </message>
    <message>
        <source>Report saved to %1. It contains health data: share it safely.</source>
        <translation>Informe guardado en %1. Contiene datos de salud: compártalo con cuidado.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Abrir el informe guardado</translation>
    </message>
    <message>
        <source>Day 0 set</source>
        <translation>Día 0 fijado</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Alerts and other treatments</source>
        <translation>Alertas y otros tratamientos</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No hay nada registrado.</translation>
    </message>
    <message>
        <source>Evidence for this condition</source>
        <translation>Evidencia para esta afección</translation>
    </message>
    <message>
        <source>Save the visit report</source>
        <translation>Guardar el informe de consulta</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RomChart</name>
    <message>
        <source>Range of motion chart: %1</source>
        <translation>Gráfico de amplitud de movimiento: %1</translation>
    </message>
    <message>
        <source>%1 (degrees)</source>
        <translation>%1 (grados)</translation>
    </message>
    <message>
        <source>Typical maximum</source>
        <translation>Máximo habitual</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Otro lado</translation>
    </message>
    <message>
        <source>Treated side</source>
        <translation>Lado tratado</translation>
    </message>
    <message>
        <source>Treated side: %1</source>
        <translation>Lado tratado: %1</translation>
    </message>
</context>
<context>
    <name>RomField</name>
    <message>
        <source>Treated side, degrees</source>
        <translation>Lado tratado, grados</translation>
    </message>
    <message>
        <source>%1, treated side, degrees</source>
        <translation>%1, lado tratado, grados</translation>
    </message>
    <message>
        <source>Other side, degrees</source>
        <translation>Otro lado, grados</translation>
    </message>
    <message>
        <source>%1, other side, degrees</source>
        <translation>%1, otro lado, grados</translation>
    </message>
</context>
<context>
    <name>SafetySigns</name>
    <message>
        <source>Chills</source>
        <translation>Escalofríos</translation>
    </message>
    <message>
        <source>Redness spreading beyond the injection site</source>
        <translation>Enrojecimiento que se extiende más allá del punto de inyección</translation>
    </message>
    <message>
        <source>The joint feels hot</source>
        <translation>La articulación está caliente</translation>
    </message>
    <message>
        <source>Pus or fluid from the injection site</source>
        <translation>Pus o líquido en el punto de inyección</translation>
    </message>
    <message>
        <source>Calf pain or swelling</source>
        <translation>Dolor o hinchazón en la pantorrilla</translation>
    </message>
    <message>
        <source>Sudden shortness of breath</source>
        <translation>Falta de aire repentina</translation>
    </message>
    <message>
        <source>New numbness or weakness</source>
        <translation>Adormecimiento o debilidad nuevos</translation>
    </message>
    <message>
        <source>Bleeding or severe pain where bone marrow was taken</source>
        <translation>Sangrado o dolor fuerte donde se extrajo la médula ósea</translation>
    </message>
    <message>
        <source>I cannot bear weight on, or move, the joint</source>
        <translation>No puedo apoyar peso en la articulación ni moverla</translation>
    </message>
</context>
<context>
    <name>SafetySignsCard</name>
    <message>
        <source>Warning signs</source>
        <translation>Signos de alarma</translation>
    </message>
    <message>
        <source>Tell Mend if any of these happen. It will tell you at once if you should contact your clinic.</source>
        <translation>Dígale a Mend si ocurre alguno de estos. Le dirá enseguida si debe contactar con su clínica.</translation>
    </message>
    <message>
        <source>Temperature (°C), if you took it</source>
        <translation>Temperatura (°C), si se la tomó</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your identifier for your clinic (optional)</source>
        <translation>Su identificador para su clínica (opcional)</translation>
    </message>
    <message>
        <source>Exports carry only this, e.g. your clinic&apos;s record number; no name or birth date.</source>
        <translation>Las exportaciones llevan solo esto, p. ej. su número de historia en la clínica; ni nombre ni fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Identifier for your clinic</source>
        <translation>Identificador para su clínica</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the identifier</source>
        <translation>Guardar el identificador</translation>
    </message>
    <message>
        <source>Identifier saved</source>
        <translation>Identificador guardado</translation>
    </message>
    <message>
        <source>Your clinic&apos;s phone number</source>
        <translation>El teléfono de su clínica</translation>
    </message>
    <message>
        <source>The warning screen offers to call it when what you log needs your clinic.</source>
        <translation>La pantalla de aviso ofrece llamar a este número cuando lo que registra requiere a su clínica.</translation>
    </message>
    <message>
        <source>Clinic phone number</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>Save the clinic&apos;s phone number</source>
        <translation>Guardar el teléfono de la clínica</translation>
    </message>
    <message>
        <source>Phone number saved</source>
        <translation>Teléfono guardado</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Shown at the top of Today and as a system notification.</source>
        <translation>Se muestran arriba en Hoy y como notificación del sistema.</translation>
    </message>
    <message>
        <source>Shown at the top of Today while Mend is open.</source>
        <translation>Se muestran arriba en Hoy mientras Mend está abierto.</translation>
    </message>
    <message>
        <source>Remind me to log my day</source>
        <translation>Recordarme registrar mi día</translation>
    </message>
    <message>
        <source>At (HH:MM)</source>
        <translation>A las (HH:MM)</translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation>Hora del recordatorio diario</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Set the reminder time</source>
        <translation>Fijar la hora del recordatorio</translation>
    </message>
    <message>
        <source>Daily reminder at %1</source>
        <translation>Recordatorio diario a las %1</translation>
    </message>
    <message>
        <source>Remind me when a questionnaire is due</source>
        <translation>Recordarme cuando toque un cuestionario</translation>
    </message>
    <message>
        <source>Remind me also when Mend is closed</source>
        <translation>Recordarme también cuando Mend esté cerrado</translation>
    </message>
    <message>
        <source>Reminders will come while Mend is closed</source>
        <translation>Los recordatorios llegarán con Mend cerrado</translation>
    </message>
    <message>
        <source>No reminders while Mend is closed</source>
        <translation>Sin recordatorios con Mend cerrado</translation>
    </message>
    <message>
        <source>On: %1. The notification says only that Mend has a reminder when the app lock is on.</source>
        <translation>Activado: %1. Con el bloqueo de la aplicación activado, la notificación solo dice que Mend tiene un recordatorio.</translation>
    </message>
    <message>
        <source>Off: reminders come only while Mend is open.</source>
        <translation>Desactivado: los recordatorios solo llegan con Mend abierto.</translation>
    </message>
    <message>
        <source>For clinicians</source>
        <translation>Para profesionales</translation>
    </message>
    <message>
        <source>On a clinic&apos;s own device: the menu then offers the clinician&apos;s review and the clinic cohort. A patient&apos;s diary does not need them.</source>
        <translation>En un dispositivo de la propia clínica: el menú ofrece entonces la revisión clínica y la cohorte de la clínica. El diario de un paciente no los necesita.</translation>
    </message>
    <message>
        <source>Show the clinician&apos;s screens</source>
        <translation>Mostrar las pantallas para profesionales</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>One answer needs checking: it is marked in red.</source>
        <translation>Hay una respuesta que revisar: está marcada en rojo.</translation>
    </message>
    <message>
        <source>Mend keeps a daily diary of your recovery and charts it from the day of your injection. Everything stays on this device.</source>
        <translation>Mend lleva un diario de su recuperación y lo representa desde el día de su inyección. Todo se queda en este dispositivo.</translation>
    </message>
    <message>
        <source>The injection</source>
        <translation>La inyección</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>What it treats</source>
        <translation>Qué trata</translation>
    </message>
    <message>
        <source>What was injected</source>
        <translation>Qué se inyectó</translation>
    </message>
    <message>
        <source>Injection date (day 0)</source>
        <translation>Fecha de la inyección (día 0)</translation>
    </message>
    <message>
        <source>PRP was given as well</source>
        <translation>También se administró PRP</translation>
    </message>
    <message>
        <source>Physical therapy is part of my plan</source>
        <translation>La fisioterapia forma parte de mi plan</translation>
    </message>
    <message>
        <source>Your usual pain before the injection</source>
        <translation>Su dolor habitual antes de la inyección</translation>
    </message>
    <message>
        <source>Average pain over a typical day, 0-10. Mend uses it as your baseline until you log days before the injection.</source>
        <translation>Dolor medio en un día normal, de 0 a 10. Mend lo usa como referencia hasta que registre días antes de la inyección.</translation>
    </message>
    <message>
        <source>Usual pain before the injection</source>
        <translation>Dolor habitual antes de la inyección</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation>Su clínica</translation>
    </message>
    <message>
        <source>Your clinic&apos;s phone number: the warning screen offers to call it.</source>
        <translation>El teléfono de su clínica: la pantalla de aviso ofrece llamar a este número.</translation>
    </message>
    <message>
        <source>Clinic phone number</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>Notes about the procedure</source>
        <translation>Notas sobre el procedimiento</translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation>Empezar mi diario</translation>
    </message>
    <message>
        <source>Moving from another phone?</source>
        <translation>¿Viene de otro teléfono?</translation>
    </message>
    <message>
        <source>Import the diary file you saved there (Settings → Your diary as a file): your injections, days, questionnaires and goals come back as they were.</source>
        <translation>Importe el archivo de diario que guardó allí (Ajustes → Su diario como archivo): sus inyecciones, días, cuestionarios y objetivos vuelven tal como estaban.</translation>
    </message>
</context>
<context>
    <name>StartupErrorWindow</name>
    <message>
        <source>Mend cannot open your diary</source>
        <translation>Mend no puede abrir su diario</translation>
    </message>
    <message>
        <source>Nothing was changed in the file. Restoring a backup keeps this file beside it, renamed.</source>
        <translation>No se cambió nada en el archivo. Al restaurar una copia de seguridad, este archivo se conserva al lado, con otro nombre.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups of this diary.</source>
        <translation>No hay copias de seguridad de este diario.</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restaurar la copia de seguridad del %1</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close Mend</source>
        <translation>Cerrar Mend</translation>
    </message>
    <message>
        <source>Open a Mend diary</source>
        <translation>Abrir un diario de Mend</translation>
    </message>
    <message>
        <source>Mend diaries (*.sqlite *.db)</source>
        <translation>Diarios de Mend (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>TimelineController</name>
    <message>
        <source>2 weeks</source>
        <translation>2 semanas</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Months since injection</source>
        <translation>Meses desde la inyección</translation>
    </message>
    <message>
        <source>Weeks since injection</source>
        <translation>Semanas desde la inyección</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Referencia %1</translation>
    </message>
    <message>
        <source> · last 7 days %1 (%2</source>
        <translation> · últimos 7 días %1 (%2</translation>
    </message>
    <message>
        <source>, %1 %</source>
        <translation>, %1 %</translation>
    </message>
    <message>
        <source>Steps from %1 fill the days you did not type your own. Pain, averages and results use only the days you logged.</source>
        <translation>Los pasos de %1 completan los días en que usted no escribió los suyos. El dolor, las medias y los resultados usan solo los días que registró.</translation>
    </message>
    <message>
        <source>Shaded band: %1 — %2</source>
        <translation>Banda sombreada: %1 — %2</translation>
    </message>
    <message>
        <source>below the band (less pain)</source>
        <translation>por debajo de la banda (menos dolor)</translation>
    </message>
    <message>
        <source>above the band (more pain)</source>
        <translation>por encima de la banda (más dolor)</translation>
    </message>
    <message>
        <source>within the band</source>
        <translation>dentro de la banda</translation>
    </message>
    <message>
        <source>Your 7-day average has been %1 since %2. </source>
        <translation>Su media de 7 días ha estado %1 desde el %2. </translation>
    </message>
    <message>
        <source>months %1–%2</source>
        <translation>meses %1–%2</translation>
    </message>
    <message>
        <source>days %1–%2</source>
        <translation>días %1–%2</translation>
    </message>
    <message>
        <source>weeks %1–%2</source>
        <translation>semanas %1–%2</translation>
    </message>
    <message>
        <source>Met on %1</source>
        <translation>Cumplido el %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Not yet met</source>
        <translation>Aún no cumplido</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Not met in its window</source>
        <translation>No cumplido en su periodo</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation>Su objetivo</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>día %1</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation>%1 %2, %3, %4</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation>Media semanal</translation>
    </message>
    <message>
        <source>Average of every %1 weeks</source>
        <translation>Media de cada %1 semanas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Lowest and highest day of each week</source>
        <translation>Día más bajo y más alto de cada semana</translation>
    </message>
    <message>
        <source>Lowest and highest day of every %1 weeks</source>
        <translation>Día más bajo y más alto de cada %1 semanas</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Show months instead of weeks</source>
        <translation>Mostrar meses en lugar de semanas</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Restablecer el zoom</translation>
    </message>
    <message>
        <source>Reset the zoom to the chosen range</source>
        <translation>Restablecer el zoom al intervalo elegido</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show the charts as a table</source>
        <translation>Mostrar los gráficos como tabla</translation>
    </message>
    <message>
        <source>Your charts appear here after your first entries.</source>
        <translation>Sus gráficos aparecen aquí tras sus primeros registros.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Expected band</source>
        <translation>Banda esperada</translation>
    </message>
    <message>
        <source>Injection / today</source>
        <translation>Inyección / hoy</translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation>Otro tratamiento</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Milestone window</source>
        <translation>Periodo del hito</translation>
    </message>
    <message>
        <source>Movement shown in the range-of-motion chart</source>
        <translation>Movimiento mostrado en el gráfico de amplitud de movimiento</translation>
    </message>
    <message>
        <source>Add treatment</source>
        <translation>Añadir tratamiento</translation>
    </message>
    <message>
        <source>Add another treatment or injection</source>
        <translation>Añadir otro tratamiento o inyección</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Add a personal goal</source>
        <translation>Añadir un objetivo personal</translation>
    </message>
    <message>
        <source>Treated side: %1</source>
        <translation>Lado tratado: %1</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Otro lado</translation>
    </message>
    <message>
        <source>Typical maximum</source>
        <translation>Máximo habitual</translation>
    </message>
</context>
<context>
    <name>TimelineTable</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>7-day</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>ROM</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>%1, %2: pain %3, 7-day average %4, %5 %6, other side %7, %8 steps</source>
        <translation>%1, %2: dolor %3, media de 7 días %4, %5 %6, otro lado %7, %8 pasos</translation>
    </message>
</context>
<context>
    <name>TodayDetails</name>
    <message>
        <source>Range of motion (optional)</source>
        <translation>Amplitud de movimiento (opcional)</translation>
    </message>
    <message>
        <source>Degrees, as measured by you or your physio. Typical adult ranges are shown; they fall with age.</source>
        <translation>Grados, medidos por usted o por su fisioterapeuta. Se muestran los rangos habituales en adultos; disminuyen con la edad.</translation>
    </message>
    <message>
        <source>More about your pain (optional)</source>
        <translation>Más sobre su dolor (opcional)</translation>
    </message>
    <message>
        <source>At rest</source>
        <translation>En reposo</translation>
    </message>
    <message>
        <source>Pain at rest</source>
        <translation>Dolor en reposo</translation>
    </message>
    <message>
        <source>With activity (e.g. walking 10 minutes, stairs)</source>
        <translation>Con actividad (p. ej. caminar 10 minutos, escaleras)</translation>
    </message>
    <message>
        <source>Pain with activity</source>
        <translation>Dolor con actividad</translation>
    </message>
    <message>
        <source>Worst in the last 24 hours</source>
        <translation>El peor en las últimas 24 horas</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Peor dolor</translation>
    </message>
    <message>
        <source>Activity (optional)</source>
        <translation>Actividad (opcional)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>e.g. 4500</source>
        <translation>p. ej. 4500</translation>
    </message>
    <message>
        <source>Active minutes</source>
        <translation>Minutos activos</translation>
    </message>
    <message>
        <source>e.g. 30</source>
        <translation>p. ej. 30</translation>
    </message>
    <message>
        <source>Activity level</source>
        <translation>Nivel de actividad</translation>
    </message>
    <message>
        <source>Walking aid</source>
        <translation>Ayuda para caminar</translation>
    </message>
    <message>
        <source>Injection site (optional)</source>
        <translation>Punto de inyección (opcional)</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Molestias</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Hinchazón</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Moratón</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Enrojecimiento</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Calor</translation>
    </message>
    <message>
        <source>I had a fever or chills</source>
        <translation>He tenido fiebre o escalofríos</translation>
    </message>
    <message>
        <source>Medication and notes</source>
        <translation>Medicación y notas</translation>
    </message>
    <message>
        <source>I took pain medication</source>
        <translation>He tomado analgésicos</translation>
    </message>
    <message>
        <source>Anything worth remembering about today</source>
        <translation>Algo que merezca recordar de hoy</translation>
    </message>
    <message>
        <source>Note: anything worth remembering about today</source>
        <translation>Nota: algo que merezca recordar de hoy</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n answers need checking: they are marked in red.</source>
        <translation>
            <numerusform>%n respuesta que revisar: está marcada en rojo.</numerusform>
            <numerusform>%n respuestas que revisar: están marcadas en rojo.</numerusform>
        </translation>
    </message>
    <message>
        <source>One answer needs checking: it is marked in red.</source>
        <translation>Hay una respuesta que revisar: está marcada en rojo.</translation>
    </message>
    <message>
        <source>Editing saved entry</source>
        <translation>Editando un registro guardado</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Volver a hoy</translation>
    </message>
    <message>
        <source>Back to today&apos;s entry</source>
        <translation>Volver al registro de hoy</translation>
    </message>
    <message>
        <source>Average pain over the last 24 hours</source>
        <translation>Dolor medio en las últimas 24 horas</translation>
    </message>
    <message>
        <source>Your main figure. Tap a number.</source>
        <translation>Su cifra principal. Toque un número.</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Dolor medio</translation>
    </message>
    <message>
        <source>Fewer details</source>
        <translation>Menos detalles</translation>
    </message>
    <message>
        <source>More: movement, other pain, activity, injection site, notes</source>
        <translation>Más: movimiento, otros dolores, actividad, punto de inyección, notas</translation>
    </message>
    <message>
        <source>Hide the other details</source>
        <translation>Ocultar los demás detalles</translation>
    </message>
    <message>
        <source>Show the other details: pain at rest and with activity, range of motion, activity, injection site, medication and notes</source>
        <translation>Mostrar los demás detalles: dolor en reposo y con actividad, amplitud de movimiento, actividad, punto de inyección, medicación y notas</translation>
    </message>
    <message>
        <source>Update entry</source>
        <translation>Actualizar el registro</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Guardar el registro</translation>
    </message>
</context>
<context>
    <name>TreatmentController</name>
    <message>
        <source>Set up your injection first.</source>
        <translation>Primero configure su inyección.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>knee</source>
        <translation>rodilla</translation>
    </message>
    <message>
        <source>hip</source>
        <translation>cadera</translation>
    </message>
    <message>
        <source>shoulder</source>
        <translation>hombro</translation>
    </message>
    <message>
        <source>elbow</source>
        <translation>codo</translation>
    </message>
    <message>
        <source>ankle</source>
        <translation>tobillo</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>articulación</translation>
    </message>
    <message>
        <source>This holds an invisible control character that Mend cannot keep — remove it or type the text again</source>
        <translation>Contiene un carácter de control invisible que Mend no puede guardar: elimínelo o escriba el texto de nuevo</translation>
    </message>
    <message>
        <source>This is longer than Mend can keep (%1 characters; up to %2) — shorten it</source>
        <translation>Es más largo de lo que Mend puede guardar (%1 caracteres; hasta %2): acórtelo</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>Elija el día</translation>
    </message>
    <message>
        <source>That day has not come yet — choose today or a day before</source>
        <translation>Ese día todavía no ha llegado: elija hoy o un día anterior</translation>
    </message>
    <message>
        <source>The diary starts two weeks before the injection, on %1 — choose that day or a later one</source>
        <translation>El diario empieza dos semanas antes de la inyección, el %1: elija ese día o uno posterior</translation>
    </message>
    <message>
        <source>This movement is not one of the %1&apos;s</source>
        <translation>Este movimiento no corresponde a esta articulación (%1)</translation>
    </message>
    <message>
        <source>This movement is given twice — keep one</source>
        <translation>Este movimiento aparece dos veces: deje uno</translation>
    </message>
    <message>
        <source>The %1 does not move that far the other way — check the number</source>
        <translation>La articulación (%1) no se mueve tanto en sentido contrario: compruebe el número</translation>
    </message>
    <message>
        <source>The %1 does not move that far — check the number</source>
        <translation>La articulación (%1) no se mueve tanto: compruebe el número</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10</source>
        <translation>Elija un número del 0 al 10</translation>
    </message>
    <message>
        <source>Choose none, mild, moderate or severe</source>
        <translation>Elija nada, leve, moderado o fuerte</translation>
    </message>
    <message>
        <source>Mend takes °C: %1 °F is %2 °C</source>
        <translation>Mend usa °C: %1 °F son %2 °C</translation>
    </message>
    <message>
        <source>A body temperature is between %1 and %2 °C — check the number</source>
        <translation>Una temperatura corporal está entre %1 y %2 °C: compruebe el número</translation>
    </message>
    <message>
        <source>Choose the day of the injection</source>
        <translation>Elija el día de la inyección</translation>
    </message>
    <message>
        <source>Mend takes injections from %1 on — check the year</source>
        <translation>Mend admite inyecciones desde el %1: compruebe el año</translation>
    </message>
    <message>
        <source>That is more than %1 days ahead — choose a day up to %2</source>
        <translation>Eso es más de %1 días en adelante: elija un día hasta el %2</translation>
    </message>
    <message>
        <source>Steps cannot be below 0</source>
        <translation>Los pasos no pueden ser menos de 0</translation>
    </message>
    <message>
        <source>That is more steps than anyone walks in a day — check the number</source>
        <translation>Son más pasos de los que nadie camina en un día: compruebe el número</translation>
    </message>
    <message>
        <source>Minutes cannot be below 0</source>
        <translation>Los minutos no pueden ser menos de 0</translation>
    </message>
    <message>
        <source>A day has %1 minutes — check the number</source>
        <translation>Un día tiene %1 minutos: compruebe el número</translation>
    </message>
    <message>
        <source>A phone number has at most 30 characters — check it</source>
        <translation>Un número de teléfono tiene como máximo 30 caracteres: compruébelo</translation>
    </message>
    <message>
        <source>Use digits, spaces and + - . ( ) only</source>
        <translation>Use solo cifras, espacios y + - . ( )</translation>
    </message>
    <message>
        <source>This is too short for a phone number — check it</source>
        <translation>Es demasiado corto para un número de teléfono: compruébelo</translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message>
        <source>needs %1 · %2; %3</source>
        <translation>requiere %1 · %2; %3</translation>
    </message>
    <message>
        <source>w%1</source>
        <extracomment>The week under the report&apos;s pain chart: w0, w6, ...</extracomment>
        <translation>s%1</translation>
    </message>
    <message>
        <source>There is no such episode to report on.</source>
        <translation>No existe ese episodio para el informe.</translation>
    </message>
    <message>
        <source>Mend visit report</source>
        <translation>Informe de consulta de Mend</translation>
    </message>
    <message>
        <source>Diary %1 to %2 · generated %3 · Mend %4</source>
        <translation>Diario del %1 al %2 · generado el %3 · Mend %4</translation>
    </message>
    <message>
        <source>Baseline against now (7-day averages)</source>
        <translation>Línea basal frente a ahora (medias de 7 días)</translation>
    </message>
    <message>
        <source>%1: baseline %2, now %3</source>
        <translation>%1: línea basal %2, ahora %3</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>cambio %1</translation>
    </message>
    <message>
        <source>Steps: typed by the patient, else imported from %1 (%2 days); pain figures use logged days only</source>
        <translation>Pasos: anotados por el paciente, si no importados de %1 (%2 días); las cifras de dolor usan solo los días registrados</translation>
    </message>
    <message>
        <source>%1: now %2°, baseline %3°, other side %4° (typical %5-%6°, %7)</source>
        <translation>%1: ahora %2°, línea basal %3°, otro lado %4° (habitual %5-%6°, %7)</translation>
    </message>
    <message>
        <source>Adherence: %1 of %2 days logged since the injection, %3 late entries, longest gap %4 days</source>
        <translation>Adherencia: %1 de %2 días registrados desde la inyección, %3 registros tardíos, mayor hueco %4 días</translation>
    </message>
    <message>
        <source>Average pain since the injection</source>
        <translation>Dolor medio desde la inyección</translation>
    </message>
    <message>
        <source>Daily (dots), 7-day average (line), baseline and day 0 (dashed); milestone windows: green met, amber open, grey not met.</source>
        <translation>Diario (puntos), media de 7 días (línea), línea basal y día 0 (discontinuas); ventanas de los hitos: verde cumplido, ámbar abierto, gris no cumplido.</translation>
    </message>
    <message>
        <source>Outcome measures (met / not yet met; thresholds with their source)</source>
        <translation>Medidas de resultado (cumplido / aún no cumplido; umbrales con su fuente)</translation>
    </message>
    <message>
        <source>No time point after the injection reached yet.</source>
        <translation>Aún no se ha alcanzado ningún punto temporal tras la inyección.</translation>
    </message>
    <message>
        <source>Milestones (what clinics expect and trials reported; not a promise)</source>
        <translation>Hitos (lo que esperan las clínicas y comunicaron los ensayos; no es una promesa)</translation>
    </message>
    <message>
        <source>Days %1-%2: %3 — %4</source>
        <translation>Días %1-%2: %3 — %4</translation>
    </message>
    <message>
        <source>Alerts and other treatments</source>
        <translation>Alertas y otros tratamientos</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ninguno registrado.</translation>
    </message>
    <message>
        <source>%1 alert: %2</source>
        <translation>%1 alerta: %2</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>revisada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 injected %4 (day 0) · day %5</source>
        <translation>%1 · %2 · %3 inyectado el %4 (día 0) · día %5</translation>
    </message>
</context>
</TS>
