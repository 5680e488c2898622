<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Your account cannot see patients' details.</source>
        <translation>Ihr Konto darf keine Patientendaten einsehen.</translation>
    </message>
    <message>
        <source>Only clinicians and the front desk can use the appointment book.</source>
        <translation>Nur Behandler und der Empfang können das Terminbuch verwenden.</translation>
    </message>
    <message>
        <source>Only clinicians can open or write clinical records.</source>
        <translation>Nur Behandler können klinische Dokumentation öffnen oder schreiben.</translation>
    </message>
    <message>
        <source>Only an admin can change the clinic's settings.</source>
        <translation>Nur ein Administrator kann die Einstellungen der Praxis ändern.</translation>
    </message>
    <message>
        <source>Only an admin can manage staff accounts.</source>
        <translation>Nur ein Administrator kann Mitarbeiterkonten verwalten.</translation>
    </message>
    <message>
        <source>Only an admin can read the audit trail.</source>
        <translation>Nur ein Administrator kann das Protokoll (Audit-Trail) einsehen.</translation>
    </message>
    <message>
        <source>Only an admin can back up or restore the clinic.</source>
        <translation>Nur ein Administrator kann die Praxisdaten sichern oder wiederherstellen.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Ihr Konto ist dazu nicht berechtigt.</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Die Datenbankabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not create the account</source>
        <translation>Das Konto konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The login "%1" is taken. Choose another.</source>
        <translation>Der Benutzername „%1“ ist bereits vergeben. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Could not save the account</source>
        <translation>Das Konto konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Someone else changed this account since you opened it. Close it and open it again to see their change.</source>
        <translation>Dieses Konto wurde von jemand anderem geändert, seit Sie es geöffnet haben. Schließen Sie es und öffnen Sie es erneut, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <source>Could not read the account</source>
        <translation>Das Konto konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Account #%1 does not exist.</source>
        <translation>Konto Nr. %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not read the accounts</source>
        <translation>Die Konten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not save the password</source>
        <translation>Das Passwort konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not record the sign-in</source>
        <translation>Die Anmeldung konnte nicht erfasst werden</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>Das Passwort konnte nicht gehasht werden (nicht genug Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>A login is 2 to 32 lower-case letters, digits, '.', '-' or '_', beginning with a letter or digit.</source>
        <translation>Ein Benutzername besteht aus 2 bis 32 Kleinbuchstaben, Ziffern, '.', '-' oder '_' und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Enter the person's name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Weisen Sie dem Konto mindestens eine Rolle zu.</translation>
    </message>
    <message>
        <source>Enter the body and the number of the needling authorisation, or leave its expiry date empty.</source>
        <translation>Geben Sie die ausstellende Stelle und die Nummer der Needling-Berechtigung ein, oder lassen Sie deren Ablaufdatum leer.</translation>
    </message>
    <message>
        <source>This clinic already has accounts: an admin signs in and adds more.</source>
        <translation>Diese Praxis hat bereits Konten: Ein Administrator meldet sich an und legt weitere an.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords, until %1. An admin can unlock it sooner.</source>
        <translation>Dieses Konto ist nach zu vielen falschen Passwörtern bis %1 gesperrt. Ein Administrator kann es früher entsperren.</translation>
    </message>
    <message>
        <source>That was the %1th wrong password in a row: the account is locked for %2 minutes. An admin can unlock it sooner.</source>
        <translation>Das war das %1. falsche Passwort in Folge: Das Konto ist für %2 Minuten gesperrt. Ein Administrator kann es früher entsperren.</translation>
    </message>
    <message>
        <source>The login or the password is not right.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This account is deactivated.</source>
        <translation>Dieses Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>You are not signed in with a staff account.</source>
        <translation>Sie sind nicht mit einem Mitarbeiterkonto angemeldet.</translation>
    </message>
    <message>
        <source>Choose a password other than the one you have now.</source>
        <translation>Wählen Sie ein anderes Passwort als Ihr aktuelles.</translation>
    </message>
    <message>
        <source>This is the clinic's last active admin. Make another account an admin first.</source>
        <translation>Dies ist der letzte aktive Administrator der Praxis. Machen Sie zuerst ein anderes Konto zum Administrator.</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Upgraded from schema %1 to %2.</source>
        <translation>Von Schema %1 auf %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Kopiere %1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables; row counts and contents match on both sides.</source>
        <translation>%1 Zeilen in %2 Tabellen kopiert; Zeilenzahlen und Inhalte stimmen auf beiden Seiten überein.</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: %1 (first bad row: %2, %3 rows read).</source>
        <translation>Das Protokoll wurde manipuliert: %1 (erste fehlerhafte Zeile: %2, %3 Zeilen gelesen).</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 rows, every link and the head as recorded.</source>
        <translation>Das Protokoll ist unversehrt: %1 Zeilen, jede Verkettung und der Kopf wie erfasst.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no database %1.</source>
        <translation>Es gibt keine Datenbank %1.</translation>
    </message>
    <message>
        <source>%1 patients, %2 notes (%3 signed), %4 audit rows</source>
        <translation>%1 Patienten, %2 Notizen (%3 unterschrieben), %4 Protokollzeilen</translation>
    </message>
    <message>
        <source>Backup passphrase (empty: not encrypted): </source>
        <translation>Passphrase für Sicherungen (leer: unverschlüsselt): </translation>
    </message>
    <message>
        <source>warning: this backup is not encrypted; anyone who gets the file can read every record. Set the clinic's backup passphrase, or give --passphrase-file.</source>
        <translation>Warnung: Diese Sicherung ist nicht verschlüsselt; wer die Datei erhält, kann jeden Datensatz lesen. Legen Sie die Sicherungs-Passphrase der Praxis fest oder geben Sie --passphrase-file an.</translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2 patients, %3 notes; %4 bytes)</source>
        <translation>Gesichert und geprüft: %1 (%2 Patienten, %3 Notizen; %4 Byte)</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, verschlüsselt</translation>
    </message>
    <message>
        <source>, NOT encrypted</source>
        <translation>, NICHT verschlüsselt</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>, taken before a restore</source>
        <translation>, vor einer Wiederherstellung erstellt</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Passphrase für Sicherungen: </translation>
    </message>
    <message>
        <source>Sound: every page, link, audit row and signed note checked; %1.</source>
        <translation>Einwandfrei: jede Seite, jede Verknüpfung, jede Protokollzeile und jede unterschriebene Notiz geprüft; %1.</translation>
    </message>
    <message>
        <source>Restored and checked: %1 (%2).</source>
        <translation>Wiederhergestellt und geprüft: %1 (%2).</translation>
    </message>
    <message>
        <source>init-server: fill the new database with the demo clinic.</source>
        <translation>init-server: die neue Datenbank mit der Demo-Praxis füllen.</translation>
    </message>
    <message>
        <source>migrate, verify-audit, backup, verify: the clinic file.</source>
        <translation>migrate, verify-audit, backup, verify: die Praxisdatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>verify-audit, backup, verify: the server database's address.</source>
        <translation>verify-audit, backup, verify: die Adresse der Serverdatenbank.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>copy: the single-seat clinic's file; restore: the backup.</source>
        <translation>copy: die Datei der Einzelplatz-Praxis; restore: die Sicherung.</translation>
    </message>
    <message>
        <source>copy: the server database's address; backup: the backup folder; restore: the new clinic file, or an empty server database's address.</source>
        <translation>copy: die Adresse der Serverdatenbank; backup: der Sicherungsordner; restore: die neue Praxisdatei oder die Adresse einer leeren Serverdatenbank.</translation>
    </message>
    <message>
        <source>verify: the backup file.</source>
        <translation>verify: die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>backup, verify, restore: a file whose first line is the clinic's backup passphrase (asked for on a terminal otherwise).</source>
        <translation>backup, verify, restore: eine Datei, deren erste Zeile die Sicherungs-Passphrase der Praxis ist (sonst wird im Terminal danach gefragt).</translation>
    </message>
    <message>
        <source>backup: sign in as the staff account NAME (an admin); the backup is then audited as theirs. Without it, whoever can read the file or reach the server backs up.</source>
        <translation>backup: als Mitarbeiterkonto NAME (ein Administrator) anmelden; die Sicherung wird dann diesem Konto zugeordnet protokolliert. Ohne diese Option sichert, wer die Datei lesen oder den Server erreichen kann.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With --login: a file whose first line is the account's password (asked for on a terminal otherwise).</source>
        <translation>Mit --login: eine Datei, deren erste Zeile das Passwort des Kontos ist (sonst wird im Terminal danach gefragt).</translation>
    </message>
    <message>
        <source>Say what was done, not only what failed.</source>
        <translation>Melden, was erledigt wurde, nicht nur, was fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>(see needlechart admin --help)</source>
        <translation>(siehe needlechart admin --help)</translation>
    </message>
    <message>
        <source>init-server needs the server database's ADDRESS.</source>
        <translation>init-server benötigt die ADRESSE der Serverdatenbank.</translation>
    </message>
    <message>
        <source>migrate needs a server ADDRESS or --database FILE.</source>
        <translation>migrate benötigt eine Server-ADRESSE oder --database DATEI.</translation>
    </message>
    <message>
        <source>copy needs --from FILE and --to ADDRESS.</source>
        <translation>copy benötigt --from DATEI und --to ADRESSE.</translation>
    </message>
    <message>
        <source>verify-audit needs --database FILE or --server ADDRESS.</source>
        <translation>verify-audit benötigt --database DATEI oder --server ADRESSE.</translation>
    </message>
    <message>
        <source>backup needs --database FILE or --server ADDRESS, and --to DIR.</source>
        <translation>backup benötigt --database DATEI oder --server ADRESSE sowie --to ORDNER.</translation>
    </message>
    <message>
        <source>list-backups needs the backup folder.</source>
        <translation>list-backups benötigt den Sicherungsordner.</translation>
    </message>
    <message>
        <source>verify needs --backup FILE, --database FILE or --server ADDRESS.</source>
        <translation>verify benötigt --backup DATEI, --database DATEI oder --server ADRESSE.</translation>
    </message>
    <message>
        <source>restore needs --from BACKUP and --to FILE or ADDRESS.</source>
        <translation>restore benötigt --from SICHERUNG und --to DATEI oder ADRESSE.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Geben Sie einen Befehl an.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>import-patients: what each column holds, comma-separated: family-name, given-name, preferred-name, date-of-birth, sex, phone, email, address, referrer, notes or ignore (guessed from the headings otherwise).</source>
        <translation>import-patients: was jede Spalte enthält, durch Kommas getrennt: family-name, given-name, preferred-name, date-of-birth, sex, phone, email, address, referrer, notes oder ignore (sonst aus den Überschriften erraten).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>import-patients: day-month-year, month-day-year or year-month-day (guessed from the dates otherwise).</source>
        <translation>import-patients: day-month-year, month-day-year oder year-month-day (sonst aus den Datumsangaben erraten).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>REIHENFOLGE</translation>
    </message>
    <message>
        <source>import-patients: the first row is a patient, not headings.</source>
        <translation>import-patients: die erste Zeile ist ein Patient, keine Überschriften.</translation>
    </message>
    <message>
        <source>import-patients: leave out the rows that cannot be registered.</source>
        <translation>import-patients: Zeilen auslassen, die nicht angelegt werden können.</translation>
    </message>
    <message>
        <source>import-patients: what to do with rows that may be patients already registered: skip or register.</source>
        <translation>import-patients: was mit Zeilen geschehen soll, die bereits angelegte Patienten sein könnten: skip (auslassen) oder register (anlegen).</translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation>WAHL</translation>
    </message>
    <message>
        <source>import-patients: report only, write nothing.</source>
        <translation>import-patients: nur melden, nichts schreiben.</translation>
    </message>
    <message>
        <source>import-patients needs the CSV file, --database FILE or --server ADDRESS, and --login NAME.</source>
        <translation>import-patients braucht die CSV-Datei, --database DATEI oder --server ADRESSE sowie --login NAME.</translation>
    </message>
    <message>
        <source>The clinic administrator's commands:
  init-server ADDRESS [--demo]    set up NeedleChart in an empty database
  migrate ADDRESS | --database FILE    upgrade to this version's schema
  copy --from FILE --to ADDRESS    move a single-seat clinic onto the server
  verify-audit --database FILE | --server ADDRESS    check the audit trail
  backup --database FILE | --server ADDRESS --to DIR [--passphrase-file F]
         [--login NAME [--password-file F]]
      one verified, encrypted backup into DIR
  list-backups DIR    the backups in DIR, newest first
  verify --backup FILE | --database FILE | --server ADDRESS
         [--passphrase-file F]
      check a backup (decrypted privately), a clinic file or a server
  restore --from BACKUP --to FILE | ADDRESS [--passphrase-file F]
      restore a backup as a new clinic file (never over one), or a
      server's backup into an empty PostgreSQL database
  import-patients CSV --database FILE | --server ADDRESS --login NAME
         [--password-file F] [--columns LIST] [--date-order ORDER] [--no-header]
         [--skip-invalid] [--duplicates skip|register] [--dry-run]
      register a patient list from another system: every row checked and
      reported first, then all registered in one transaction
  export-fhir --database FILE | --server ADDRESS --login NAME
         [--password-file F] --patient ID | --all --out FILE
      one patient's record (a clinician) or the whole clinic (an admin)
      as a FHIR R4 Bundle
ADDRESS is a PostgreSQL connection URI such as postgresql://admin@clinic-server/needlechart?sslmode=verify-full.
Exit status: 0 done, 1 refused or failed, 2 cannot run.</source>
        <translation>Befehle für den Administrator der Praxis:
  init-server ADRESSE [--demo]    NeedleChart in einer leeren Datenbank einrichten
  migrate ADRESSE | --database DATEI    auf das Schema dieser Version aktualisieren
  copy --from DATEI --to ADRESSE    eine Einzelplatz-Praxis auf den Server übertragen
  verify-audit --database DATEI | --server ADRESSE    das Protokoll prüfen
  backup --database DATEI | --server ADRESSE --to ORDNER [--passphrase-file D]
         [--login NAME [--password-file D]]
      eine geprüfte, verschlüsselte Sicherung in ORDNER
  list-backups ORDNER    die Sicherungen in ORDNER, neueste zuerst
  verify --backup DATEI | --database DATEI | --server ADRESSE
         [--passphrase-file D]
      eine Sicherung (privat entschlüsselt), eine Praxisdatei oder einen Server prüfen
  restore --from SICHERUNG --to DATEI | ADRESSE [--passphrase-file D]
      eine Sicherung als neue Praxisdatei wiederherstellen (nie über eine bestehende),
      oder die Sicherung eines Servers in eine leere PostgreSQL-Datenbank
  import-patients CSV --database DATEI | --server ADRESSE --login NAME
         [--password-file D] [--columns LISTE] [--date-order REIHENFOLGE] [--no-header]
         [--skip-invalid] [--duplicates skip|register] [--dry-run]
      eine Patientenliste aus einem anderen Programm anlegen: jede Zeile zuerst
      geprüft und gemeldet, dann alle in einer Transaktion angelegt
  export-fhir --database DATEI | --server ADRESSE --login NAME
         [--password-file D] --patient NR | --all --out DATEI
      die Akte eines Patienten (Behandler) oder die ganze Praxis (Administrator)
      als FHIR-R4-Bundle
ADRESSE ist eine PostgreSQL-Verbindungs-URI wie postgresql://admin@clinic-server/needlechart?sslmode=verify-full.
Exit-Status: 0 erledigt, 1 abgelehnt oder fehlgeschlagen, 2 nicht ausführbar.</translation>
    </message>
    <message>
        <source>export-fhir: the patient's number.</source>
        <translation>export-fhir: die Nummer des Patienten.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>export-fhir: every patient of the clinic.</source>
        <translation>export-fhir: alle Patienten der Praxis.</translation>
    </message>
    <message>
        <source>export-fhir: the file to write.</source>
        <translation>export-fhir: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>init-server, migrate, copy, verify-audit, backup, list-backups, verify, restore, import-patients or export-fhir</source>
        <translation>init-server, migrate, copy, verify-audit, backup, list-backups, verify, restore, import-patients oder export-fhir</translation>
    </message>
    <message>
        <source>export-fhir needs --database FILE or --server ADDRESS, --login NAME, --patient ID or --all, and --out FILE.</source>
        <translation>export-fhir braucht --database DATEI oder --server ADRESSE, --login NAME, --patient NR oder --all sowie --out DATEI.</translation>
    </message>
</context>
<context>
    <name>AdverseEventGrade</name>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Erheblich</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Schwerwiegend</translation>
    </message>
</context>
<context>
    <name>AdverseEventKind</name>
    <message>
        <source>Bruising</source>
        <translation>Hämatom</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Blutung</translation>
    </message>
    <message>
        <source>Pain during needling</source>
        <translation>Schmerz beim Nadeln</translation>
    </message>
    <message>
        <source>Pain after needling</source>
        <translation>Schmerz nach dem Nadeln</translation>
    </message>
    <message>
        <source>Symptoms aggravated</source>
        <translation>Symptomverschlechterung</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Schläfrigkeit</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Kopfschmerz</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>Fainting (vasovagal)</source>
        <translation>Ohnmacht (vasovagal)</translation>
    </message>
    <message>
        <source>Suspected pneumothorax</source>
        <translation>Verdacht auf Pneumothorax</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>AppointmentBookView</name>
    <message>
        <source>Move appointment</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>Cannot redo the move</source>
        <translation>Verschieben kann nicht wiederholt werden</translation>
    </message>
    <message>
        <source>The appointment could not be moved again, so it stays where it is now. %1

The move has been taken off the undo list.</source>
        <translation>Der Termin konnte nicht erneut verschoben werden und bleibt daher, wo er jetzt ist. %1

Das Verschieben wurde aus der Rückgängig-Liste entfernt.</translation>
    </message>
    <message>
        <source>Cannot undo the move</source>
        <translation>Verschieben kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>The appointment could not be moved back, so it stays where it is now. %1

The move has been taken off the undo list.</source>
        <translation>Der Termin konnte nicht zurückverschoben werden und bleibt daher, wo er jetzt ist. %1

Das Verschieben wurde aus der Rückgängig-Liste entfernt.</translation>
    </message>
</context>
<context>
    <name>AppointmentCardRenderer</name>
    <message>
        <source>Appointment card</source>
        <translation>Terminkarte</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation>Ihr Termin</translation>
    </message>
    <message>
        <source>at %1, for %2</source>
        <translation>um %1 Uhr, Dauer %2</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Cannot come? Please tell us at least 24 hours before.</source>
        <translation>Sie können nicht kommen? Bitte sagen Sie mindestens 24 Stunden vorher ab.</translation>
    </message>
</context>
<context>
    <name>AppointmentDocuments</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Tagesliste</translation>
    </message>
    <message>
        <source>Cannot print the card</source>
        <translation>Die Karte kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Cannot print the day sheet</source>
        <translation>Die Tagesliste kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Save to a calendar</source>
        <translation>In einem Kalender speichern</translation>
    </message>
    <message>
        <source>appointment.ics</source>
        <translation>termin.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Cannot save the calendar file</source>
        <translation>Die Kalenderdatei kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>AppointmentIcs</name>
    <message>
        <source>With %1</source>
        <translation>Bei %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Raum: %1</translation>
    </message>
    <message>
        <source>Patient's phone: %1</source>
        <translation>Telefon des Patienten: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>No-show: the patient did not come.</source>
        <translation>Nicht erschienen: Der Patient ist nicht gekommen.</translation>
    </message>
    <message>
        <source>the clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>If you cannot come, please call %1 as early as you can.</source>
        <translation>Wenn Sie nicht kommen können, rufen Sie bitte so früh wie möglich unter %1 an.</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Die Datenbankabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not save the clinician</source>
        <translation>Der Behandler konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>This clinician no longer exists.</source>
        <translation>Dieser Behandler existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The details of %1 were changed on another workstation%2 after you opened them. Your changes are still in the form but not saved: cancel, open the clinician again to see the other changes, and make yours again.</source>
        <translation>Die Angaben zu %1 wurden an einem anderen Arbeitsplatz%2 geändert, nachdem Sie sie geöffnet haben. Ihre Änderungen stehen noch im Formular, sind aber nicht gespeichert: Brechen Sie ab, öffnen Sie den Behandler erneut, um die anderen Änderungen zu sehen, und nehmen Sie Ihre Änderungen noch einmal vor.</translation>
    </message>
    <message>
        <source>Could not read the clinicians</source>
        <translation>Die Behandler konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not save the room</source>
        <translation>Der Raum konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not read the rooms</source>
        <translation>Die Räume konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>This room no longer exists.</source>
        <translation>Dieser Raum existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The room “%1” was changed on another workstation%2 after the list was shown, so your change was not saved. The list now shows the room as it is: make your change again if it is still needed.</source>
        <translation>Der Raum „%1“ wurde an einem anderen Arbeitsplatz%2 geändert, nachdem die Liste angezeigt wurde; Ihre Änderung wurde daher nicht gespeichert. Die Liste zeigt den Raum jetzt im aktuellen Stand: Nehmen Sie Ihre Änderung erneut vor, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <source>Could not read the last save</source>
        <translation>Die letzte Speicherung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source> (by %1, %2)</source>
        <extracomment>Completes "... was changed on another workstation%1 after ...": who and when, if known.</extracomment>
        <translation> (von %1, %2)</translation>
    </message>
    <message>
        <source> (by %1)</source>
        <translation> (von %1)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Could not book the appointment</source>
        <translation>Der Termin konnte nicht gebucht werden</translation>
    </message>
    <message>
        <source>Could not change the appointment</source>
        <translation>Der Termin konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Someone else changed this appointment since it was opened. Look again and retry.</source>
        <translation>Jemand anderes hat diesen Termin geändert, seit er geöffnet wurde. Sehen Sie erneut nach und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>Dieser Termin existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not read the session notes</source>
        <translation>Die Behandlungsnotizen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the appointment book</source>
        <translation>Das Terminbuch konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>AppointmentRules</name>
    <message>
        <source>Choose the patient.</source>
        <translation>Wählen Sie den Patienten.</translation>
    </message>
    <message>
        <source>Choose the clinician.</source>
        <translation>Wählen Sie den Behandler.</translation>
    </message>
    <message>
        <source>Choose the date and time.</source>
        <translation>Wählen Sie Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>An appointment lasts from %1 minutes to %2 hours.</source>
        <translation>Ein Termin dauert zwischen %1 Minuten und %2 Stunden.</translation>
    </message>
    <message>
        <source>Say why the appointment was cancelled.</source>
        <translation>Geben Sie an, warum der Termin abgesagt wurde.</translation>
    </message>
    <message>
        <source>The reason for cancelling</source>
        <translation>Der Grund für die Absage</translation>
    </message>
    <message>
        <source>The appointment's note</source>
        <translation>Die Notiz zum Termin</translation>
    </message>
    <message>
        <source>Enter the clinician's name.</source>
        <translation>Geben Sie den Namen des Behandlers ein.</translation>
    </message>
    <message>
        <source>The clinician's name</source>
        <translation>Der Name des Behandlers</translation>
    </message>
    <message>
        <source>The clinician's login</source>
        <translation>Der Benutzername des Behandlers</translation>
    </message>
    <message>
        <source>Enter the room's name.</source>
        <translation>Geben Sie den Namen des Raums ein.</translation>
    </message>
    <message>
        <source>The room's name</source>
        <translation>Der Name des Raums</translation>
    </message>
</context>
<context>
    <name>AppointmentService</name>
    <message>
        <source>Choose a clinician who is working with the clinic.</source>
        <translation>Wählen Sie einen Behandler, der in der Praxis tätig ist.</translation>
    </message>
    <message>
        <source>The clinic is closed on %1s.</source>
        <translation>Die Praxis hat am %1 geschlossen.</translation>
    </message>
    <message>
        <source>%1 does not work on %2s.</source>
        <translation>%1 arbeitet am %2 nicht.</translation>
    </message>
    <message>
        <source>The clinic is open from %1 to %2.</source>
        <translation>Die Praxis ist von %1 bis %2 geöffnet.</translation>
    </message>
    <message>
        <source>%1 at %2 has already gone by.</source>
        <translation>%1 um %2 ist bereits vorbei.</translation>
    </message>
    <message>
        <source>%1 already has an appointment from %2 to %3.</source>
        <translation>%1 hat bereits einen Termin von %2 bis %3.</translation>
    </message>
    <message>
        <source>The room is already booked from %1 to %2.</source>
        <translation>Der Raum ist bereits von %1 bis %2 belegt.</translation>
    </message>
    <message>
        <source>This appointment is already booked.</source>
        <translation>Dieser Termin ist bereits gebucht.</translation>
    </message>
    <message>
        <source>Only an appointment still to happen can be moved.</source>
        <translation>Nur ein noch bevorstehender Termin kann verschoben werden.</translation>
    </message>
    <message>
        <source>An appointment that is %1 cannot become %2.</source>
        <translation>Ein Termin mit dem Status „%1“ kann nicht auf „%2“ gesetzt werden.</translation>
    </message>
    <message>
        <source>The appointment book has no clinicians yet.</source>
        <translation>Das Terminbuch enthält noch keine Behandler.</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Wählen Sie mindestens einen Arbeitstag aus.</translation>
    </message>
    <message>
        <source>%1 still has 1 booking to come. Move or cancel it first.</source>
        <translation>%1 hat noch 1 anstehenden Termin. Verschieben Sie ihn zuerst oder sagen Sie ihn ab.</translation>
    </message>
    <message>
        <source>%1 still has %2 bookings to come. Move or cancel them first.</source>
        <translation>%1 hat noch %2 anstehende Termine. Verschieben Sie sie zuerst oder sagen Sie sie ab.</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>In Behandlung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
</context>
<context>
    <name>AppointmentType</name>
    <message>
        <source>Initial assessment</source>
        <translation>Erstbefund</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Verlaufskontrolle</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Bildschirm gesperrt</translation>
    </message>
    <message>
        <source>Opened clinical record</source>
        <translation>Behandlungsakte geöffnet</translation>
    </message>
    <message>
        <source>Listed or searched</source>
        <translation>Aufgelistet oder gesucht</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Signed note</source>
        <translation>Notiz unterschrieben</translation>
    </message>
    <message>
        <source>Amended note</source>
        <translation>Nachtrag zur Notiz</translation>
    </message>
    <message>
        <source>Deleted draft</source>
        <translation>Entwurf gelöscht</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Permission refused</source>
        <translation>Berechtigung verweigert</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Konto geändert</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Aus einer Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Die Datenbankabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not read the audit trail</source>
        <translation>Das Protokoll konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not write to the audit trail</source>
        <translation>In das Protokoll konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>row %1 follows row %2: a row is missing or was inserted</source>
        <translation>Zeile %1 folgt auf Zeile %2: Eine Zeile fehlt oder wurde eingefügt</translation>
    </message>
    <message>
        <source>row %1 does not match its hash: it, or a row before it, was changed</source>
        <translation>Zeile %1 stimmt nicht mit ihrem Hash überein: Sie oder eine Zeile davor wurde verändert</translation>
    </message>
    <message>
        <source>the trail ends at row %1 but its head says row %2: rows were removed from the end, or the head was changed</source>
        <translation>das Protokoll endet bei Zeile %1, sein Kopf nennt aber Zeile %2: Zeilen wurden am Ende entfernt oder der Kopf wurde verändert</translation>
    </message>
    <message>
        <source>the %1 %2 recorded by row %3 is not as it was signed</source>
        <translation>der in Zeile %3 erfasste Datensatz %1 %2 entspricht nicht mehr dem unterschriebenen Stand</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>it ends before its last part (cut short while it was written or copied)</source>
        <translation>die Datei endet vor ihrem letzten Teil (beim Schreiben oder Kopieren abgeschnitten)</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2 Is the disk full or unplugged?</source>
        <translation>Die Sicherung konnte nicht nach %1 geschrieben werden: %2 Ist der Datenträger voll oder nicht angeschlossen?</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is not a NeedleChart backup</source>
        <translation>die Datei ist keine NeedleChart-Sicherung</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NeedleChart.</source>
        <translation>%1 wurde von einer neueren Version von NeedleChart geschrieben.</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>ihr Dateikopf ist beschädigt</translation>
    </message>
    <message>
        <source>its description is damaged</source>
        <translation>ihre Beschreibung ist beschädigt</translation>
    </message>
    <message>
        <source>The clinic's backup key is not usable.</source>
        <translation>Der Sicherungsschlüssel der Praxis ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>The backup's key is damaged.</source>
        <translation>Der Schlüssel der Sicherung ist beschädigt.</translation>
    </message>
    <message>
        <source>The backup's key does not open with the clinic's passphrase: the backup was changed.</source>
        <translation>Der Schlüssel der Sicherung lässt sich mit der Passphrase der Praxis nicht öffnen: Die Sicherung wurde verändert.</translation>
    </message>
    <message>
        <source>a part of it was changed</source>
        <translation>ein Teil davon wurde verändert</translation>
    </message>
    <message>
        <source>it or its description was changed</source>
        <translation>die Datei oder ihre Beschreibung wurde verändert</translation>
    </message>
    <message>
        <source>The restored copy could not be written: %1</source>
        <translation>Die wiederhergestellte Kopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>something was added after its end</source>
        <translation>nach ihrem Ende wurde etwas angehängt</translation>
    </message>
    <message>
        <source>its content is not as long as it says</source>
        <translation>ihr Inhalt hat nicht die angegebene Länge</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>The backup folder %1 cannot be read. Check that the disk or the network share is connected.</source>
        <translation>Der Sicherungsordner %1 kann nicht gelesen werden. Prüfen Sie, ob der Datenträger oder die Netzwerkfreigabe verbunden ist.</translation>
    </message>
    <message>
        <source>The backup schedule is not valid.</source>
        <translation>Der Sicherungsplan ist ungültig.</translation>
    </message>
    <message>
        <source>An old backup could not be removed: %1.</source>
        <translation>Eine alte Sicherung konnte nicht entfernt werden: %1.</translation>
    </message>
</context>
<context>
    <name>BackupKey</name>
    <message>
        <source>There is not enough free memory to work out the backup key.</source>
        <translation>Es ist nicht genug freier Arbeitsspeicher vorhanden, um den Sicherungsschlüssel zu berechnen.</translation>
    </message>
    <message>
        <source>The backup passphrase needs at least %1 characters.</source>
        <translation>Die Sicherungs-Passphrase muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The backup's key information is damaged.</source>
        <translation>Die Schlüsselinformationen der Sicherung sind beschädigt.</translation>
    </message>
    <message>
        <source>That is not the passphrase these backups were made with.</source>
        <translation>Mit dieser Passphrase wurden diese Sicherungen nicht erstellt.</translation>
    </message>
</context>
<context>
    <name>BackupRepository</name>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Die Datenbankabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not read the backup settings</source>
        <translation>Die Sicherungseinstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not save the backup settings</source>
        <translation>Die Sicherungseinstellungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The backup settings were changed on another workstation after you opened them. Your changes are still in the form: open the settings again to see the other changes, and make yours again.</source>
        <translation>Die Sicherungseinstellungen wurden an einem anderen Arbeitsplatz geändert, nachdem Sie sie geöffnet haben. Ihre Änderungen stehen noch im Formular: Öffnen Sie die Einstellungen erneut, um die anderen Änderungen zu sehen, und nehmen Sie Ihre Änderungen noch einmal vor.</translation>
    </message>
    <message>
        <source>Could not record the backup</source>
        <translation>Die Sicherung konnte nicht erfasst werden</translation>
    </message>
    <message>
        <source>Could not read the backup log</source>
        <translation>Das Sicherungsprotokoll konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>BackupRestorer</name>
    <message>
        <source>The backup is encrypted: give the clinic's backup passphrase.</source>
        <translation>Die Sicherung ist verschlüsselt: Geben Sie die Sicherungs-Passphrase der Praxis ein.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1 (is the disk full?).</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>No room to check the backup.</source>
        <translation>Kein Platz, um die Sicherung zu prüfen.</translation>
    </message>
    <message>
        <source>There is no database %1.</source>
        <translation>Es gibt keine Datenbank %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) point at records that are not there.</source>
        <translation>
            <numerusform>%n Datensatz verweist auf Datensätze, die nicht vorhanden sind.</numerusform>
            <numerusform>%n Datensätze verweisen auf Datensätze, die nicht vorhanden sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists: a restore never overwrites a database. Choose a new file name.</source>
        <translation>%1 existiert bereits: Eine Wiederherstellung überschreibt nie eine Datenbank. Wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>This backup is of a clinic server: restore it into an empty PostgreSQL database, not into a file.</source>
        <translation>Dies ist die Sicherung eines Praxisservers: Stellen Sie sie in eine leere PostgreSQL-Datenbank wieder her, nicht in eine Datei.</translation>
    </message>
    <message>
        <source>Could not name the restored database %1.</source>
        <translation>Die wiederhergestellte Datenbank konnte nicht in %1 umbenannt werden.</translation>
    </message>
    <message>
        <source>The restored database %1 is not there.</source>
        <translation>Die wiederhergestellte Datenbank %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The clinic's database is still open on this computer: close NeedleChart everywhere, then try again.</source>
        <translation>Die Datenbank der Praxis ist auf diesem Computer noch geöffnet: Schließen Sie NeedleChart überall und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The clinic's database could not be moved aside to %1.</source>
        <translation>Die Datenbank der Praxis konnte nicht nach %1 beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The restored database could not be put in place of %1.</source>
        <translation>Die wiederhergestellte Datenbank konnte nicht an die Stelle von %1 gesetzt werden.</translation>
    </message>
    <message>
        <source>This backup is of a clinic file: restore it to a file, then move it onto the server with "needlechart admin copy".</source>
        <translation>Dies ist die Sicherung einer Praxisdatei: Stellen Sie sie in eine Datei wieder her und übertragen Sie diese dann mit „needlechart admin copy“ auf den Server.</translation>
    </message>
    <message>
        <source>No room to restore the backup.</source>
        <translation>Kein Platz, um die Sicherung wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>No backup folder is set: an admin chooses one under File ▸ Clinic settings ▸ Backups.</source>
        <translation>Es ist kein Sicherungsordner festgelegt: Ein Administrator wählt ihn unter Datei ▸ Praxiseinstellungen ▸ Sicherungen.</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Es wurde noch keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>The last good backup is from %1.</source>
        <translation>Die letzte erfolgreiche Sicherung stammt vom %1.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Backups are not encrypted: an admin sets the clinic's backup passphrase under File ▸ Clinic settings ▸ Backups.</source>
        <translation>Sicherungen sind nicht verschlüsselt: Ein Administrator legt die Sicherungs-Passphrase der Praxis unter Datei ▸ Praxiseinstellungen ▸ Sicherungen fest.</translation>
    </message>
    <message>
        <source>Choose the folder backups go to (a whole path, such as a USB disk or a network share).</source>
        <translation>Wählen Sie den Ordner für die Sicherungen (ein vollständiger Pfad, etwa auf einem USB-Laufwerk oder einer Netzwerkfreigabe).</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Back up every 1 to %1 hours.</source>
        <translation>Sichern Sie im Abstand von 1 bis %1 Stunden.</translation>
    </message>
    <message>
        <source>Choose 1 to 24 hours.</source>
        <translation>Wählen Sie 1 bis 24 Stunden.</translation>
    </message>
    <message>
        <source>Keep 1 to %1 daily, weekly and monthly backups.</source>
        <translation>Bewahren Sie je 1 bis %1 tägliche, wöchentliche und monatliche Sicherungen auf.</translation>
    </message>
    <message>
        <source>Choose 1 to 400 of each.</source>
        <translation>Wählen Sie jeweils 1 bis 400.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Geben Sie dieselbe Passphrase noch einmal ein.</translation>
    </message>
    <message>
        <source>Choose the backup folder first (File ▸ Clinic settings ▸ Backups).</source>
        <translation>Wählen Sie zuerst den Sicherungsordner (Datei ▸ Praxiseinstellungen ▸ Sicherungen).</translation>
    </message>
    <message>
        <source>A clinic server is restored into an empty database with "needlechart admin restore" (see the administration guide), not from a workstation.</source>
        <translation>Ein Praxisserver wird mit „needlechart admin restore“ in eine leere Datenbank wiederhergestellt (siehe Administrationshandbuch), nicht von einem Arbeitsplatz aus.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current records could not be backed up first. %1</source>
        <translation>Es wurde nichts wiederhergestellt: Die aktuellen Daten konnten nicht zuvor gesichert werden. %1</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as /media/backup.</source>
        <translation>Der Sicherungsordner muss ein vollständiger Pfad sein, etwa /media/backup.</translation>
    </message>
    <message>
        <source>A full path.</source>
        <translation>Ein vollständiger Pfad.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Sicherung wird geprüft</translation>
    </message>
    <message>
        <source>Backing up the records as they are</source>
        <translation>Aktueller Datenbestand wird gesichert</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Sicherung wird wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>The backup folder %1 cannot be created or written to. Choose another folder, or check that the disk is connected.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt oder beschrieben werden. Wählen Sie einen anderen Ordner oder prüfen Sie, ob der Datenträger angeschlossen ist.</translation>
    </message>
    <message>
        <source>No room for the backup's working copy beside the database.</source>
        <translation>Neben der Datenbank ist kein Platz für die Arbeitskopie der Sicherung.</translation>
    </message>
    <message>
        <source>Copying the records</source>
        <translation>Daten werden kopiert</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>Kopie wird geprüft</translation>
    </message>
    <message>
        <source>The backup's working copy cannot be read.</source>
        <translation>Die Arbeitskopie der Sicherung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A backup of this second is already in the folder: %1.</source>
        <translation>Eine Sicherung aus dieser Sekunde liegt bereits im Ordner: %1.</translation>
    </message>
    <message>
        <source>Encrypting and writing the backup</source>
        <translation>Sicherung wird verschlüsselt und geschrieben</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Sicherung wird geschrieben</translation>
    </message>
    <message>
        <source>Reading the backup back</source>
        <translation>Sicherung wird zur Kontrolle gelesen</translation>
    </message>
    <message>
        <source>The backup was written but does not read back the same: the disk or the network share may be failing. Nothing was kept; try another folder.</source>
        <translation>Die Sicherung wurde geschrieben, liest sich aber nicht identisch zurück: Der Datenträger oder die Netzwerkfreigabe ist möglicherweise defekt. Es wurde nichts aufbewahrt; versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The backup could not be given its name in %1.</source>
        <translation>Die Sicherung konnte in %1 nicht unter ihrem endgültigen Namen abgelegt werden.</translation>
    </message>
</context>
<context>
    <name>BodyMapArtwork</name>
    <message>
        <source>muscle-regions.csv line %1: expected 4 fields.</source>
        <translation>muscle-regions.csv Zeile %1: 4 Felder erwartet.</translation>
    </message>
    <message>
        <source>Path %1: %2</source>
        <translation>Pfad %1: %2</translation>
    </message>
    <message>
        <source>Muscle path id "%1" is not &lt;muscle&gt;_L or &lt;muscle&gt;_R.</source>
        <translation>Die Muskelpfad-ID „%1“ hat nicht die Form &lt;muscle&gt;_L oder &lt;muscle&gt;_R.</translation>
    </message>
    <message>
        <source>Muscle path id "%1" appears twice.</source>
        <translation>Die Muskelpfad-ID „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The body map drawing is not valid SVG: %1 (line %2).</source>
        <translation>Die Zeichnung der Körperkarte ist kein gültiges SVG: %1 (Zeile %2).</translation>
    </message>
    <message>
        <source>The body map drawing has no viewBox.</source>
        <translation>Die Zeichnung der Körperkarte hat keine viewBox.</translation>
    </message>
    <message>
        <source>The body map drawing has no muscle regions.</source>
        <translation>Die Zeichnung der Körperkarte enthält keine Muskelregionen.</translation>
    </message>
</context>
<context>
    <name>BodySide</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
</context>
<context>
    <name>BookingQuestions</name>
    <message>
        <source>Double book?</source>
        <translation>Doppelt buchen?</translation>
    </message>
    <message>
        <source>Book in the past?</source>
        <translation>In der Vergangenheit buchen?</translation>
    </message>
    <message>
        <source>%1

Book this appointment at the same time anyway?</source>
        <translation>%1

Diesen Termin trotzdem zur selben Zeit buchen?</translation>
    </message>
    <message>
        <source>%1

Book it there anyway, for example to record a visit that took place?</source>
        <translation>%1

Trotzdem dort buchen, etwa um einen bereits stattgefundenen Besuch zu erfassen?</translation>
    </message>
</context>
<context>
    <name>BruisingGrade</name>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Ausgeprägt</translation>
    </message>
</context>
<context>
    <name>CarriedFrom</name>
    <message>
        <source>Copied from the last session</source>
        <translation>Aus der letzten Behandlung übernommen</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Aus einer Vorlage</translation>
    </message>
</context>
<context>
    <name>CarriedMark</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>CautionKind</name>
    <message>
        <source>Pneumothorax risk</source>
        <translation>Pneumothoraxrisiko</translation>
    </message>
    <message>
        <source>Organ beneath</source>
        <translation>Darunterliegendes Organ</translation>
    </message>
    <message>
        <source>Nerves or vessels close</source>
        <translation>Nerven oder Gefäße in der Nähe</translation>
    </message>
    <message>
        <source>Advanced technique only</source>
        <translation>Nur fortgeschrittene Technik</translation>
    </message>
</context>
<context>
    <name>ClinicAdministration</name>
    <message>
        <source>%1 is already set up for NeedleChart. To upgrade it, use: needlechart admin migrate ADDRESS</source>
        <translation>%1 ist bereits für NeedleChart eingerichtet. Zum Aktualisieren verwenden Sie: needlechart admin migrate ADRESSE</translation>
    </message>
    <message>
        <source>%1 has not been set up for NeedleChart yet: use needlechart admin init-server ADDRESS</source>
        <translation>%1 ist noch nicht für NeedleChart eingerichtet: Verwenden Sie needlechart admin init-server ADRESSE</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ClinicRepository</name>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Die Datenbankabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not read the clinic's details</source>
        <translation>Die Angaben der Praxis konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not save the clinic's details</source>
        <translation>Die Angaben der Praxis konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The clinic's details were changed on another workstation (%1) after you opened them. Your changes are still in the form: close the settings, open them again to see the other changes, and make yours again.</source>
        <translation>Die Angaben der Praxis wurden an einem anderen Arbeitsplatz (%1) geändert, nachdem Sie sie geöffnet haben. Ihre Änderungen stehen noch im Formular: Schließen Sie die Einstellungen, öffnen Sie sie erneut, um die anderen Änderungen zu sehen, und nehmen Sie Ihre Änderungen noch einmal vor.</translation>
    </message>
    <message>
        <source>Could not save the leaflet</source>
        <translation>Das Informationsblatt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not read the leaflet</source>
        <translation>Das Informationsblatt konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no leaflet version %1.</source>
        <translation>Es gibt keine Version %1 des Informationsblatts.</translation>
    </message>
    <message>
        <source>Could not read the leaflet versions</source>
        <translation>Die Versionen des Informationsblatts konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The clinic's export id is missing.</source>
        <translation>Die Export-Kennung der Praxis fehlt.</translation>
    </message>
</context>
<context>
    <name>ClinicService</name>
    <message>
        <source>The clinic must close after it opens.</source>
        <translation>Die Schließzeit der Praxis muss nach der Öffnungszeit liegen.</translation>
    </message>
    <message>
        <source>The clinic needs a name.</source>
        <translation>Die Praxis braucht einen Namen.</translation>
    </message>
    <message>
        <source>Enter the clinic's name.</source>
        <translation>Geben Sie den Namen der Praxis ein.</translation>
    </message>
    <message>
        <source>The review interval must be 1 to 60 months.</source>
        <translation>Das Intervall für die erneute Prüfung muss 1 bis 60 Monate betragen.</translation>
    </message>
    <message>
        <source>Choose 1 to 60 months.</source>
        <translation>Wählen Sie 1 bis 60 Monate.</translation>
    </message>
    <message>
        <source>The screen locks after 1 to %1 idle minutes.</source>
        <translation>Der Bildschirm wird nach 1 bis %1 Minuten Inaktivität gesperrt.</translation>
    </message>
    <message>
        <source>Choose 1 to 60 minutes.</source>
        <translation>Wählen Sie 1 bis 60 Minuten.</translation>
    </message>
    <message>
        <source>The clinic's name</source>
        <translation>Der Name der Praxis</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Die Adresse</translation>
    </message>
    <message>
        <source>The phone</source>
        <translation>Die Telefonnummer</translation>
    </message>
    <message>
        <source>The e-mail</source>
        <translation>Die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 cannot hold control characters.</source>
        <translation>%1 darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1 cannot hold line breaks or control characters.</source>
        <translation>%1 darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The logo takes at most 1 MB; choose a smaller picture.</source>
        <translation>Das Logo darf höchstens 1 MB groß sein; wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>Choose a smaller picture.</source>
        <translation>Wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>The leaflet cannot be empty.</source>
        <translation>Das Informationsblatt darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Write the leaflet's text.</source>
        <translation>Schreiben Sie den Text des Informationsblatts.</translation>
    </message>
    <message>
        <source>The leaflet</source>
        <translation>Das Informationsblatt</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Charting of trigger-point dry needling for physiotherapy clinics.</source>
        <translation>Dokumentation des Dry Needlings von Triggerpunkten für Physiotherapiepraxen.</translation>
    </message>
    <message>
        <source>Open the database FILE instead of the default one; it is created if it does not exist.</source>
        <translation>Die Datenbank DATEI statt der Standarddatenbank öffnen; sie wird angelegt, falls sie nicht existiert.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Connect to the clinic's PostgreSQL server at ADDRESS (a connection URI such as postgresql://alex@clinic-server/needlechart?sslmode=verify-full) instead of a file. Passwords come from ~/.pgpass or a service file, or are asked for.</source>
        <translation>Statt einer Datei mit dem PostgreSQL-Server der Praxis unter ADRESSE verbinden (eine Verbindungs-URI wie postgresql://alex@clinic-server/needlechart?sslmode=verify-full). Passwörter stammen aus ~/.pgpass oder einer Dienstdatei oder werden abgefragt.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Fill a new or empty database with the demo clinic's made-up patients.</source>
        <translation>Eine neue oder leere Datenbank mit den erfundenen Patienten der Demo-Praxis füllen.</translation>
    </message>
    <message>
        <source>Exit as soon as the main window has been shown and painted (for timing start-up).</source>
        <translation>Beenden, sobald das Hauptfenster angezeigt und gezeichnet wurde (zur Messung der Startzeit).</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE as PNG once it is shown, then exit.</source>
        <translation>Ein Bild des Hauptfensters als PNG in DATEI speichern, sobald es angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>Sign in as the staff account NAME instead of in the sign-in window (needed by day-sheet, appointment-card, session-summary and a personalised leaflet).</source>
        <translation>Als Mitarbeiterkonto NAME anmelden statt im Anmeldefenster (nötig für day-sheet, appointment-card, session-summary und ein personalisiertes Informationsblatt).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With --login: read the password from the first line of FILE (readable by you alone). Without it, the password is asked for on the terminal.</source>
        <translation>Mit --login: das Passwort aus der ersten Zeile von DATEI lesen (nur für Sie lesbar). Ohne diese Option wird das Passwort im Terminal abgefragt.</translation>
    </message>
    <message>
        <source>leaflet, day-sheet, appointment-card, session-summary: write the PDF to FILE.</source>
        <translation>leaflet, day-sheet, appointment-card, session-summary: das PDF in DATEI schreiben.</translation>
    </message>
    <message>
        <source>leaflet: personalise it for the patient with record number ID.</source>
        <translation>leaflet: für den Patienten mit der Patientennummer ID personalisieren.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>leaflet: print version N instead of the current one.</source>
        <translation>leaflet: Version N statt der aktuellen drucken.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>leaflet: US Letter paper instead of A4.</source>
        <translation>leaflet: Papierformat US Letter statt A4.</translation>
    </message>
    <message>
        <source>day-sheet: the day, as YYYY-MM-DD (default: today).</source>
        <translation>day-sheet: der Tag im Format JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>appointment-card: the booking with number ID.</source>
        <translation>appointment-card: der Termin mit der Nummer ID.</translation>
    </message>
    <message>
        <source>session-summary: the treatment note with number ID.</source>
        <translation>session-summary: die Behandlungsnotiz mit der Nummer ID.</translation>
    </message>
    <message>
        <source>Optional, instead of starting the application: "leaflet" writes the dry needling information leaflet, "day-sheet" the front desk's day sheet, "appointment-card" a patient's appointment card, "session-summary" a treatment note, each as a PDF (--pdf).</source>
        <translation>Optional, statt die Anwendung zu starten: „leaflet“ erstellt das Informationsblatt zum Dry Needling, „day-sheet“ die Tagesliste für den Empfang, „appointment-card“ die Terminkarte eines Patienten, „session-summary“ eine Behandlungsnotiz, jeweils als PDF (--pdf).</translation>
    </message>
    <message>
        <source>--database and --server cannot be used together</source>
        <translation>--database und --server können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>needlechart: unknown command: %1</source>
        <translation>needlechart: unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>%1 needs --pdf FILE</source>
        <translation>%1 benötigt --pdf DATEI</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, not "%1"</source>
        <translation>--date benötigt ein Datum im Format JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>--password-file needs --login NAME</source>
        <translation>--password-file benötigt --login NAME</translation>
    </message>
    <message>
        <source>appointment-card needs --appointment ID</source>
        <translation>appointment-card benötigt --appointment ID</translation>
    </message>
    <message>
        <source>session-summary needs --session ID</source>
        <translation>session-summary benötigt --session ID</translation>
    </message>
    <message>
        <source>Speak LANGUAGE (en, de) for this run instead of the one chosen under View &gt; Language.</source>
        <translation>Für diesen Start SPRACHE (en, de) verwenden statt der unter Ansicht &gt; Sprache gewählten.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Look light or dark (APPEARANCE: light, dark) for this run instead of as chosen under View &gt; Appearance.</source>
        <translation>Für diesen Start hell oder dunkel darstellen (DARSTELLUNG: light, dark) statt wie unter Ansicht &gt; Darstellung gewählt.</translation>
    </message>
    <message>
        <source>APPEARANCE</source>
        <translation>DARSTELLUNG</translation>
    </message>
</context>
<context>
    <name>CommandLinePassword</name>
    <message>
        <source>Give the password of %1 with --password-file FILE (no terminal to ask on).</source>
        <translation>Geben Sie das Passwort von %1 mit --password-file DATEI an (kein Terminal für die Abfrage vorhanden).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CommandLineSignIn</name>
    <message>
        <source>An admin reset the password of %1: sign in once in NeedleChart's window to choose a new one.</source>
        <translation>Ein Administrator hat das Passwort von %1 zurückgesetzt: Melden Sie sich einmal im NeedleChart-Fenster an, um ein neues zu wählen.</translation>
    </message>
</context>
<context>
    <name>ConsentDecision</name>
    <message>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Written</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Mündlich</translation>
    </message>
</context>
<context>
    <name>ConsentFormRenderer</name>
    <message>
        <source>version %1 of %2</source>
        <translation>Version %1 vom %2</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>Consent to dry needling</source>
        <translation>Einwilligung in das Dry Needling</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>Leaflet given</source>
        <translation>Ausgehändigtes Informationsblatt</translation>
    </message>
    <message>
        <source>Dry needling information leaflet, %1</source>
        <translation>Informationsblatt Dry Needling, %1</translation>
    </message>
    <message>
        <source>I have been given the clinic's dry needling information leaflet (%1) and have read it. My physiotherapist has explained the treatment and answered my questions.</source>
        <translation>Ich habe das Informationsblatt der Praxis zum Dry Needling (%1) erhalten und gelesen. Meine Physiotherapeutin bzw. mein Physiotherapeut hat mir die Behandlung erklärt und meine Fragen beantwortet.</translation>
    </message>
    <message>
        <source>I understand that dry needling can cause:</source>
        <translation>Mir ist bekannt, dass Dry Needling Folgendes verursachen kann:</translation>
    </message>
    <message>
        <source>soreness for a day or two, and bruising where a needle went in;</source>
        <translation>Nachschmerz für ein bis zwei Tage sowie ein Hämatom an der Einstichstelle;</translation>
    </message>
    <message>
        <source>tiredness or drowsiness, and occasionally feeling faint;</source>
        <translation>Müdigkeit oder Schläfrigkeit und gelegentlich ein Schwächegefühl bis hin zur Ohnmacht;</translation>
    </message>
    <message>
        <source>rarely, infection or irritation of a nerve;</source>
        <translation>selten eine Infektion oder eine Reizung eines Nervs;</translation>
    </message>
    <message>
        <source>very rarely, when needling over the chest, air around a lung (pneumothorax), which needs urgent medical care.</source>
        <translation>sehr selten, bei Nadelung im Brustkorbbereich, Luft im Raum um die Lunge (Pneumothorax), was sofortige ärztliche Behandlung erfordert.</translation>
    </message>
    <message>
        <source>I have told my physiotherapist about my health, medicines and any pregnancy. I know that I can refuse dry needling, and stop it at any time, without it affecting the rest of my care.</source>
        <translation>Ich habe meine Physiotherapeutin bzw. meinen Physiotherapeuten über meinen Gesundheitszustand, meine Medikamente und eine eventuelle Schwangerschaft informiert. Mir ist bekannt, dass ich das Dry Needling ablehnen und jederzeit beenden kann, ohne dass dies meine übrige Behandlung beeinträchtigt.</translation>
    </message>
    <message>
        <source>Treatment this consent covers (regions, or the course of treatment)</source>
        <translation>Behandlung, auf die sich diese Einwilligung bezieht (Regionen oder Behandlungsserie)</translation>
    </message>
    <message>
        <source>I agree to dry needling: patient's signature</source>
        <translation>Ich willige in das Dry Needling ein: Unterschrift des Patienten</translation>
    </message>
    <message>
        <source>Name in capitals</source>
        <translation>Name in Druckbuchstaben</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Physiotherapist: signature and name</source>
        <translation>Physiotherapeut/in: Unterschrift und Name</translation>
    </message>
    <message>
        <source>Witness, if any: signature and name</source>
        <translation>Zeuge/Zeugin, falls vorhanden: Unterschrift und Name</translation>
    </message>
    <message>
        <source>Printed %1. Keep with the patient's record; the consent is also recorded in NeedleChart with this leaflet version.</source>
        <translation>Gedruckt am %1. Zur Patientenakte nehmen; die Einwilligung ist zudem in NeedleChart mit dieser Version des Informationsblatts erfasst.</translation>
    </message>
    <message>
        <source>Consent to dry needling  ·  leaflet version %1  ·  page %2 of %3</source>
        <translation>Einwilligung in das Dry Needling  ·  Informationsblatt Version %1  ·  Seite %2 von %3</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Die Datenbankabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not record the consent</source>
        <translation>Die Einwilligung konnte nicht erfasst werden</translation>
    </message>
    <message>
        <source>Could not record the withdrawal</source>
        <translation>Der Widerruf konnte nicht erfasst werden</translation>
    </message>
    <message>
        <source>Only consent that is in force can be withdrawn.</source>
        <translation>Nur eine gültige Einwilligung kann widerrufen werden.</translation>
    </message>
    <message>
        <source>Could not read the consent</source>
        <translation>Die Einwilligung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>This consent record does not exist.</source>
        <translation>Dieser Einwilligungseintrag existiert nicht.</translation>
    </message>
    <message>
        <source>Could not read the consent records</source>
        <translation>Die Einwilligungseinträge konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not record the screening</source>
        <translation>Das Screening konnte nicht erfasst werden</translation>
    </message>
    <message>
        <source>The screening was not found.</source>
        <translation>Das Screening wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not read the screening</source>
        <translation>Das Screening konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the screenings</source>
        <translation>Die Screenings konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ConsentRules</name>
    <message>
        <source>No consent to dry needling is recorded.</source>
        <translation>Es ist keine Einwilligung in das Dry Needling erfasst.</translation>
    </message>
    <message>
        <source>The patient declined dry needling.</source>
        <translation>Der Patient hat das Dry Needling abgelehnt.</translation>
    </message>
    <message>
        <source>The patient withdrew consent to dry needling.</source>
        <translation>Der Patient hat seine Einwilligung in das Dry Needling widerrufen.</translation>
    </message>
    <message>
        <source>No precaution screening is recorded.</source>
        <translation>Es ist kein Screening auf Kontraindikationen und Vorsichtsmaßnahmen erfasst.</translation>
    </message>
    <message>
        <source>The precaution screening is more than %1 months old: screen again.</source>
        <translation>Das Screening auf Kontraindikationen und Vorsichtsmaßnahmen ist älter als %1 Monate: Führen Sie es erneut durch.</translation>
    </message>
    <message>
        <source>Do not needle: %1.</source>
        <translation>Kein Dry Needling: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The screening has no clinician.</source>
        <translation>Im Screening ist kein Behandler angegeben.</translation>
    </message>
    <message>
        <source>Unknown screening question.</source>
        <translation>Unbekannte Screening-Frage.</translation>
    </message>
    <message>
        <source>Add a note: how does “%1” change the treatment?</source>
        <translation>Ergänzen Sie eine Notiz: Wie verändert „%1“ die Behandlung?</translation>
    </message>
    <message>
        <source>The note on “%1”</source>
        <translation>Die Notiz zu „%1“</translation>
    </message>
    <message>
        <source>Say which leaflet version the patient was given.</source>
        <translation>Geben Sie an, welche Version des Informationsblatts der Patient erhalten hat.</translation>
    </message>
    <message>
        <source>The consent has no clinician.</source>
        <translation>In der Einwilligung ist kein Behandler angegeben.</translation>
    </message>
    <message>
        <source>Enter the name the patient signed.</source>
        <translation>Geben Sie den Namen ein, mit dem der Patient unterschrieben hat.</translation>
    </message>
    <message>
        <source>Say what the consent covers: regions or the course of treatment.</source>
        <translation>Geben Sie an, worauf sich die Einwilligung bezieht: Regionen oder Behandlungsserie.</translation>
    </message>
    <message>
        <source>What the consent covers</source>
        <translation>Der Geltungsbereich der Einwilligung</translation>
    </message>
    <message>
        <source>The name signed</source>
        <translation>Der unterschriebene Name</translation>
    </message>
    <message>
        <source>The witness's name</source>
        <translation>Der Name des Zeugen</translation>
    </message>
    <message>
        <source>The note on the withdrawal</source>
        <translation>Die Notiz zum Widerruf</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>The screening is not complete.</source>
        <translation>Das Screening ist nicht vollständig.</translation>
    </message>
    <message>
        <source>The consent record is not complete.</source>
        <translation>Der Einwilligungseintrag ist nicht vollständig.</translation>
    </message>
    <message>
        <source>This patient has no consent in force to withdraw.</source>
        <translation>Für diesen Patienten liegt keine gültige Einwilligung vor, die widerrufen werden könnte.</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message numerus="yes">
        <source>%n record(s) point at records that are not there.</source>
        <translation>
            <numerusform>%n Datensatz verweist auf Datensätze, die nicht vorhanden sind.</numerusform>
            <numerusform>%n Datensätze verweisen auf Datensätze, die nicht vorhanden sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail does not hold: %1 (row %2).</source>
        <translation>Das Protokoll ist nicht intakt: %1 (Zeile %2).</translation>
    </message>
    <message>
        <source>pg_restore could not be started to check the dump. Install PostgreSQL's client programs (Debian: postgresql-client).</source>
        <translation>pg_restore konnte zur Prüfung des Dumps nicht gestartet werden. Installieren Sie die Client-Programme von PostgreSQL (Debian: postgresql-client).</translation>
    </message>
    <message>
        <source>The database dump in the backup cannot be read.</source>
        <translation>Der Datenbank-Dump in der Sicherung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its content is not what it says it holds (patients, notes or the audit trail differ). Use another backup.</source>
        <translation>Die Sicherung %1 ist beschädigt: Ihr Inhalt entspricht nicht den eigenen Angaben (Patienten, Notizen oder Protokoll weichen ab). Verwenden Sie eine andere Sicherung.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The quote opened on line %1 is never closed: the file may be cut short, or that field needs its closing quote.</source>
        <translation>Das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen: Die Datei ist vielleicht abgeschnitten, oder diesem Feld fehlt das schließende Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it: %1 could not be created.</source>
        <translation>Die Datenbank konnte vor der Aktualisierung nicht gesichert werden: %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not open the database for a backup</source>
        <translation>Die Datenbank konnte für eine Sicherung nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it</source>
        <translation>Die Datenbank konnte vor der Aktualisierung nicht gesichert werden</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it: %1 could not be written.</source>
        <translation>Die Datenbank konnte vor der Aktualisierung nicht gesichert werden: %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not prepare the database</source>
        <translation>Die Datenbank konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging (the file system may not support it).</source>
        <translation>Die Datenbank konnte nicht auf Write-Ahead-Logging umgestellt werden (möglicherweise unterstützt das Dateisystem dies nicht).</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 could not be recovered.</source>
        <translation>%1 konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The clinic server (%1) cannot be reached. Check that this computer is on the clinic's network and that the server is running.</source>
        <translation>Der Praxisserver (%1) ist nicht erreichbar. Prüfen Sie, ob dieser Computer mit dem Netzwerk der Praxis verbunden ist und der Server läuft.</translation>
    </message>
    <message>
        <source>The clinic server's address is not usable: %1</source>
        <translation>Die Adresse des Praxisservers ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The clinic server (%1) is starting up or shutting down and accepts no connections yet. Try again in a minute.</source>
        <translation>Der Praxisserver (%1) wird gerade gestartet oder heruntergefahren und nimmt noch keine Verbindungen an. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The clinic server (%1) asks for a password.</source>
        <translation>Der Praxisserver (%1) verlangt ein Passwort.</translation>
    </message>
    <message>
        <source>The clinic server (%1) did not accept the user name and password.</source>
        <translation>Der Praxisserver (%1) hat Benutzername und Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Could not connect to the clinic server (%1): %2</source>
        <translation>Keine Verbindung zum Praxisserver (%1) möglich: %2</translation>
    </message>
    <message>
        <source>Could not connect to the clinic server</source>
        <translation>Keine Verbindung zum Praxisserver möglich</translation>
    </message>
    <message>
        <source>This computer lacks Qt's PostgreSQL driver (Debian package libqt6sql6-psql), so it cannot connect to a clinic server.</source>
        <translation>Auf diesem Computer fehlt der PostgreSQL-Treiber von Qt (Debian-Paket libqt6sql6-psql); daher ist keine Verbindung zu einem Praxisserver möglich.</translation>
    </message>
    <message>
        <source>The clinic database on the server was set up by a newer version of NeedleChart (schema %1; this version understands up to %2). Update NeedleChart on this computer.</source>
        <translation>Die Praxisdatenbank auf dem Server wurde von einer neueren Version von NeedleChart eingerichtet (Schema %1; diese Version unterstützt bis %2). Aktualisieren Sie NeedleChart auf diesem Computer.</translation>
    </message>
    <message>
        <source>The clinic database on the server (%1) has not been set up for NeedleChart yet. Its administrator sets it up with: needlechart admin init-server ADDRESS</source>
        <translation>Die Praxisdatenbank auf dem Server (%1) ist noch nicht für NeedleChart eingerichtet. Der Administrator richtet sie ein mit: needlechart admin init-server ADRESSE</translation>
    </message>
    <message>
        <source>The clinic database on the server (%1) is at schema %2 and this version of NeedleChart needs %3. Its administrator upgrades it with: needlechart admin migrate ADDRESS</source>
        <translation>Die Praxisdatenbank auf dem Server (%1) hat Schema %2, diese Version von NeedleChart benötigt %3. Der Administrator aktualisiert sie mit: needlechart admin migrate ADRESSE</translation>
    </message>
    <message>
        <source>Could not tell the other workstations</source>
        <translation>Die anderen Arbeitsplätze konnten nicht benachrichtigt werden</translation>
    </message>
    <message>
        <source>No database driver.</source>
        <translation>Kein Datenbanktreiber.</translation>
    </message>
    <message>
        <source>Could not listen for the other workstations' changes</source>
        <translation>Änderungen der anderen Arbeitsplätze können nicht empfangen werden</translation>
    </message>
    <message>
        <source>Cannot reconnect in the middle of a transaction.</source>
        <translation>Während einer Transaktion ist keine erneute Verbindung möglich.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>Could not check the database</source>
        <translation>Die Datenbank konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The database %1 is damaged: a check of every page found problems in it. Everything that can still be read is shown, but save nothing more: copy the file aside and restore the last backup, or ask your IT support.</source>
        <translation>Die Datenbank %1 ist beschädigt: Eine Prüfung aller Seiten hat Fehler gefunden. Alles noch Lesbare wird angezeigt, aber speichern Sie nichts mehr: Kopieren Sie die Datei beiseite und stellen Sie die letzte Sicherung wieder her, oder wenden Sie sich an Ihren IT-Support.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1 is not one of the clinic's tables.</source>
        <translation>%1 ist keine Tabelle der Praxisdatenbank.</translation>
    </message>
    <message>
        <source>The table %1 could not be read.</source>
        <translation>Die Tabelle %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the table %1</source>
        <translation>Die Tabelle %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The two databases are at different schema versions (%1 and %2): upgrade both first.</source>
        <translation>Die beiden Datenbanken haben unterschiedliche Schemaversionen (%1 und %2): Aktualisieren Sie zuerst beide.</translation>
    </message>
    <message>
        <source>Could not read the target database</source>
        <translation>Die Zieldatenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The target database already holds clinic data (table %1): a clinic is only moved into an empty database.</source>
        <translation>Die Zieldatenbank enthält bereits Praxisdaten (Tabelle %1): Eine Praxis wird nur in eine leere Datenbank übertragen.</translation>
    </message>
    <message>
        <source>The table %1 differs between the two databases.</source>
        <translation>Die Tabelle %1 unterscheidet sich zwischen den beiden Datenbanken.</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not copy %1</source>
        <translation>%1 konnte nicht kopiert werden</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows where the source holds %3; nothing was copied.</source>
        <translation>Die Kopie von %1 enthält %2 Zeilen, die Quelle aber %3; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The copy of %1 differs from the source; nothing was copied.</source>
        <translation>Die Kopie von %1 weicht von der Quelle ab; es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>DatabaseCreator</name>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>Die Datenbank %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be written to the disk.</source>
        <translation>Die Datenbank %1 konnte nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>The database %1 could not be created.</source>
        <translation>Die Datenbank %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>DatabaseInspector</name>
    <message>
        <source>NeedleChart left the file as it is.</source>
        <translation>NeedleChart hat die Datei unverändert gelassen.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). %3 Restore it from a backup, or ask your IT support to look at it.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). %3 Stellen Sie sie aus einer Sicherung wieder her oder lassen Sie sie von Ihrem IT-Support prüfen.</translation>
    </message>
    <message>
        <source>%1 is not a NeedleChart database. %2</source>
        <translation>%1 ist keine NeedleChart-Datenbank. %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of NeedleChart (schema %2; this version understands up to %3). Update NeedleChart to open it; the file was not changed.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von NeedleChart geschrieben (Schema %2; diese Version unterstützt bis %3). Aktualisieren Sie NeedleChart, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>%1 kann nicht gelesen werden: Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is read-only. NeedleChart needs to write to its database; make the file writable or choose another one.</source>
        <translation>%1 ist schreibgeschützt. NeedleChart muss in seine Datenbank schreiben können; machen Sie die Datei beschreibbar oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; SQLite needs to create its journal files there.</source>
        <translation>Der Ordner %1 ist schreibgeschützt; SQLite muss dort seine Journaldateien anlegen können.</translation>
    </message>
    <message>
        <source>Could not read the database</source>
        <translation>Die Datenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a NeedleChart database. %2 Delete it, or choose another file.</source>
        <translation>%1 ist leer und daher keine NeedleChart-Datenbank. %2 Löschen Sie die Datei oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a NeedleChart database (it is not an SQLite file). %2</source>
        <translation>%1 ist keine NeedleChart-Datenbank (es ist keine SQLite-Datei). %2</translation>
    </message>
    <message>
        <source>its header is not valid</source>
        <translation>ihr Dateikopf ist ungültig</translation>
    </message>
    <message>
        <source>Beside the database %1 lies a write-ahead log (%1-wal) that belongs to another database. %2 Move the -wal file somewhere else, then open the database again; if it was copied here with the database, restore both from the same backup.</source>
        <translation>Neben der Datenbank %1 liegt ein Write-Ahead-Log (%1-wal), das zu einer anderen Datenbank gehört. %2 Verschieben Sie die -wal-Datei an einen anderen Ort und öffnen Sie die Datenbank dann erneut; wurde sie zusammen mit der Datenbank hierher kopiert, stellen Sie beide aus derselben Sicherung wieder her.</translation>
    </message>
    <message>
        <source>it is shorter than it says it is; it was probably cut off while being copied</source>
        <translation>sie ist kürzer als angegeben; vermutlich wurde sie beim Kopieren abgeschnitten</translation>
    </message>
    <message>
        <source>SQLite could not read its table of contents</source>
        <translation>SQLite konnte ihr Inhaltsverzeichnis nicht lesen</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a NeedleChart database. %2</source>
        <translation>%1 ist eine SQLite-Datei, aber keine NeedleChart-Datenbank. %2</translation>
    </message>
</context>
<context>
    <name>DatabaseSnapshot</name>
    <message>
        <source>%1: another change is still open on this connection.</source>
        <translation>%1: Auf dieser Verbindung ist noch eine andere Änderung offen.</translation>
    </message>
    <message>
        <source>Could not count the records</source>
        <translation>Die Datensätze konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>Could not check the links between records</source>
        <translation>Die Verknüpfungen zwischen den Datensätzen konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>Could not copy the database for the backup</source>
        <translation>Die Datenbank konnte für die Sicherung nicht kopiert werden</translation>
    </message>
    <message>
        <source>%1: %2 already exists.</source>
        <translation>%1: %2 existiert bereits.</translation>
    </message>
    <message>
        <source>Could not dump the clinic server's database for the backup</source>
        <translation>Die Datenbank des Praxisservers konnte für die Sicherung nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1: pg_dump could not be started. Install PostgreSQL's client programs (Debian: postgresql-client).</source>
        <translation>%1: pg_dump konnte nicht gestartet werden. Installieren Sie die Client-Programme von PostgreSQL (Debian: postgresql-client).</translation>
    </message>
    <message>
        <source>%1: pg_dump failed.</source>
        <translation>%1: pg_dump ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not restore the backup into the clinic server's database</source>
        <translation>Die Sicherung konnte nicht in die Datenbank des Praxisservers wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1: pg_restore could not be started. Install PostgreSQL's client programs (Debian: postgresql-client).</source>
        <translation>%1: pg_restore konnte nicht gestartet werden. Installieren Sie die Client-Programme von PostgreSQL (Debian: postgresql-client).</translation>
    </message>
    <message>
        <source>%1: pg_restore refused it. Restore into an empty database (create one with createdb).</source>
        <translation>%1: pg_restore hat den Vorgang abgelehnt. Stellen Sie in eine leere Datenbank wieder her (anzulegen mit createdb).</translation>
    </message>
    <message>
        <source>%1: the dump names no schema.</source>
        <translation>%1: Der Dump nennt kein Schema.</translation>
    </message>
    <message>
        <source>%1: the restore's list could not be written.</source>
        <translation>%1: Die Liste für die Wiederherstellung konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd</source>
        <translation>ddd</translation>
    </message>
    <message>
        <source>ddd dd/MM/yyyy</source>
        <translation>ddd, dd.MM.yyyy</translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>dd/MM</source>
        <translation>dd.MM.</translation>
    </message>
</context>
<context>
    <name>DaySheetRenderer</name>
    <message>
        <source>In</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 Termin</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>%1 Termine</translation>
    </message>
    <message>
        <source>Day sheet: %1</source>
        <translation>Tagesliste: %1</translation>
    </message>
    <message>
        <source>No appointments are booked for this day.</source>
        <translation>Für diesen Tag sind keine Termine gebucht.</translation>
    </message>
    <message>
        <source>%1, not counting cancellations.</source>
        <translation>%1, ohne Absagen.</translation>
    </message>
    <message>
        <source>No clinician</source>
        <translation>Kein Behandler</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>Day sheet %1  ·  printed %2  ·  confidential: shred after use  ·  page %3 of %4</source>
        <translation>Tagesliste %1  ·  gedruckt %2  ·  vertraulich: nach Gebrauch vernichten  ·  Seite %3 von %4</translation>
    </message>
    <message>
        <source>Day sheet %1</source>
        <translation>Tagesliste %1</translation>
    </message>
</context>
<context>
    <name>DemoSessions</name>
    <message>
        <source>Adding the made-up patients</source>
        <translation>Die erfundenen Patienten werden angelegt</translation>
    </message>
    <message>
        <source>Adding the demo staff accounts</source>
        <translation>Die Mitarbeiterkonten der Demo werden angelegt</translation>
    </message>
    <message>
        <source>Charting their visits and booking the week</source>
        <translation>Ihre Behandlungen werden dokumentiert und die Woche gebucht</translation>
    </message>
    <message>
        <source>Saving the demo clinic</source>
        <translation>Die Demo-Praxis wird gespeichert</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>lower case</source>
        <extracomment>Whether a label (a status, a side, a kind of care) is written in lower case inside a sentence in this language. Answer "lower case" (English, French) or "as written" (German: nouns keep their capital letter).</extracomment>
        <translation>as written</translation>
    </message>
</context>
<context>
    <name>DocumentDelivery</name>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>als PDF gespeichert</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Als PDF gespeichert</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>After-care advice sheet</source>
        <translation>Nachsorge-Merkblatt</translation>
    </message>
    <message>
        <source>Letter to the GP or referrer</source>
        <translation>Brief an Hausarzt oder Überweiser</translation>
    </message>
    <message>
        <source>Discharge summary</source>
        <translation>Abschlussbericht</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, template version %2  ·  page %3 of %4</source>
        <translation>%1, Vorlagenversion %2  ·  Seite %3 von %4</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Physiotherapie</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Die Datenbankabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Die Vorlage konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not read the template</source>
        <translation>Die Vorlage konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no version %1 of the %2 template.</source>
        <translation>Es gibt keine Version %1 der Vorlage „%2“.</translation>
    </message>
    <message>
        <source>Could not keep the document on the record</source>
        <translation>Das Dokument konnte nicht in der Akte abgelegt werden</translation>
    </message>
    <message>
        <source>Could not read the document</source>
        <translation>Das Dokument konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The document is not on the record.</source>
        <translation>Das Dokument ist nicht in der Akte abgelegt.</translation>
    </message>
    <message>
        <source>Could not read the patient's documents</source>
        <translation>Die Dokumente des Patienten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the visit's documents</source>
        <translation>Die Dokumente zur Behandlung konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>No needling at the latest visit (%1).</source>
        <translation>Bei der letzten Behandlung wurde nicht genadelt (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>local twitch response</source>
        <translation>lokale Zuckungsreaktion</translation>
    </message>
    <message>
        <source>familiar pain and its referral reproduced</source>
        <translation>bekannter Schmerz samt Ausstrahlungsmuster reproduziert</translation>
    </message>
    <message>
        <source>familiar pain reproduced</source>
        <translation>bekannter Schmerz reproduziert</translation>
    </message>
    <message>
        <source>No trigger points were charted at the latest visit.</source>
        <translation>Bei der letzten Behandlung wurden keine Triggerpunkte dokumentiert.</translation>
    </message>
    <message>
        <source>Trigger points needled at the latest visit: %1.</source>
        <translation>Bei der letzten Behandlung genadelte Triggerpunkte: %1.</translation>
    </message>
    <message>
        <source>The template cannot be empty.</source>
        <translation>Die Vorlage darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Write the template's text.</source>
        <translation>Schreiben Sie den Text der Vorlage.</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>Die Vorlage</translation>
    </message>
    <message>
        <source>The template names fields this document does not have: %1. The fields it can use are: %2.</source>
        <translation>Die Vorlage verwendet Felder, die es in diesem Dokument nicht gibt: %1. Verwendbare Felder sind: %2.</translation>
    </message>
    <message>
        <source>the clinic</source>
        <translation>die Praxis</translation>
    </message>
    <message>
        <source>the clinic's number</source>
        <translation>die Telefonnummer der Praxis</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht dokumentiert</translation>
    </message>
    <message>
        <source>The patient's doctor</source>
        <translation>Behandelnder Arzt</translation>
    </message>
    <message>
        <source>No signed visit yet.</source>
        <translation>Noch keine unterschriebene Behandlung.</translation>
    </message>
    <message>
        <source>No further plan was recorded.</source>
        <translation>Es wurde kein weiteres Vorgehen dokumentiert.</translation>
    </message>
    <message>
        <source>No other outcome measure was recorded.</source>
        <translation>Es wurde keine weitere Outcome-Messung dokumentiert.</translation>
    </message>
    <message>
        <source>The document has no text.</source>
        <translation>Das Dokument enthält keinen Text.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Das Dokument</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Der Empfänger</translation>
    </message>
    <message>
        <source>Say to whom the letter goes.</source>
        <translation>Geben Sie an, an wen der Brief geht.</translation>
    </message>
    <message>
        <source>Give the document a short title.</source>
        <translation>Geben Sie dem Dokument einen kurzen Titel.</translation>
    </message>
    <message>
        <source>The document names no template version.</source>
        <translation>Das Dokument nennt keine Vorlagenversion.</translation>
    </message>
    <message>
        <source>That visit is another patient's.</source>
        <translation>Diese Behandlung gehört zu einem anderen Patienten.</translation>
    </message>
</context>
<context>
    <name>ExportFhirCommand</name>
    <message>
        <source>Reading the records: %1 of %2 patients</source>
        <translation>Die Akten werden gelesen: %1 von %2 Patienten</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FhirExportFlow</name>
    <message>
        <source>FHIR JSON files (*.json)</source>
        <translation>FHIR-JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export Patient as FHIR</source>
        <translation>Patient als FHIR exportieren</translation>
    </message>
    <message>
        <source>Export Clinic as FHIR</source>
        <translation>Praxis als FHIR exportieren</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Die Akten werden gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>Als FHIR exportieren</translation>
    </message>
</context>
<context>
    <name>FhirExportService</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>FrontDeskState</name>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>Nicht eingetroffen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>In Behandlung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>ImportPatientsCommand</name>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Unknown column field "%1"; use one of: %2.</source>
        <translation>Unbekanntes Spaltenfeld „%1“; erlaubt sind: %2.</translation>
    </message>
    <message>
        <source>Unknown date order "%1"; use day-month-year, month-day-year or year-month-day.</source>
        <translation>Unbekannte Datumsreihenfolge „%1“; erlaubt sind day-month-year, month-day-year oder year-month-day.</translation>
    </message>
    <message>
        <source>No column of the file is known to hold the family or given name. Name each column with --columns (for example --columns family-name,given-name,date-of-birth).</source>
        <translation>Keine Spalte der Datei enthält erkennbar den Nachnamen oder Vornamen. Benennen Sie jede Spalte mit --columns (zum Beispiel --columns family-name,given-name,date-of-birth).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Columns: %1. Dates: %2.</source>
        <translation>Spalten: %1. Datumsangaben: %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1 may be patient %2 already registered: %3, %4, born %5.</source>
        <translation>Zeile %1 ist vielleicht der bereits angelegte Patient %2: %3, %4, geboren %5.</translation>
    </message>
    <message>
        <source>Line %1 may be the same person as line %2.</source>
        <translation>Zeile %1 ist vielleicht dieselbe Person wie Zeile %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--duplicates takes skip or register.</source>
        <translation>--duplicates erwartet skip oder register.</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows</source>
        <translation>Import: %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Rows read: %1 (%2, delimiter %3).</source>
        <translation>Zeilen gelesen: %1 (%2, Trennzeichen %3).</translation>
    </message>
    <message>
        <source>Dry run. Ready to register: %1. Cannot be registered: %2. Possible duplicates: %3. Nothing was written.</source>
        <translation>Probelauf. Bereit zum Anlegen: %1. Nicht anlegbar: %2. Mögliche Doppelte: %3. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Rows that cannot be registered (listed above): %1. Correct the file, or leave them out with --skip-invalid. Nothing was written.</source>
        <translation>Zeilen, die nicht angelegt werden können (oben aufgeführt): %1. Korrigieren Sie die Datei oder lassen Sie sie mit --skip-invalid aus. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Rows that may be patients already registered (listed above): %1. Choose --duplicates skip or --duplicates register. Nothing was written.</source>
        <translation>Zeilen, die bereits angelegte Patienten sein könnten (oben aufgeführt): %1. Wählen Sie --duplicates skip oder --duplicates register. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Patients registered: %1. Left out: rows that cannot be registered, %2; possible duplicates, %3.</source>
        <translation>Angelegte Patienten: %1. Ausgelassen: nicht anlegbare Zeilen, %2; mögliche Doppelte, %3.</translation>
    </message>
</context>
<context>
    <name>LeafletPrinter</name>
    <message>
        <source>Dry needling leaflet</source>
        <translation>Informationsblatt Dry Needling</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>dry-needling-leaflet.pdf</source>
        <translation>dry-needling-informationsblatt.pdf</translation>
    </message>
    <message>
        <source>dry-needling-consent-form.pdf</source>
        <translation>dry-needling-einwilligungsformular.pdf</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>Das PDF kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Dry needling: information for patients</source>
        <translation>Dry Needling: Informationen für Patienten</translation>
    </message>
    <message>
        <source>Consent to dry needling</source>
        <translation>Einwilligung in Dry Needling</translation>
    </message>
</context>
<context>
    <name>LeafletRenderer</name>
    <message>
        <source>the clinic</source>
        <translation>die Praxis</translation>
    </message>
    <message>
        <source>the number on your appointment card</source>
        <translation>die Nummer auf Ihrer Terminkarte</translation>
    </message>
    <message>
        <source>Dry needling information leaflet, version %1 of %2  ·  page %3 of %4</source>
        <translation>Informationsblatt Dry Needling, Version %1 vom %2  ·  Seite %3 von %4</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>Given on: ______________    To: ______________________________</source>
        <translation>Ausgehändigt am: ______________    An: ______________________________</translation>
    </message>
    <message>
        <source>Prepared for %1 on %2</source>
        <translation>Erstellt für %1 am %2</translation>
    </message>
    <message>
        <source>Dry needling: information for patients</source>
        <translation>Dry Needling: Informationen für Patienten</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database was written by a newer version of NeedleChart (schema %1; this version understands up to %2). Update NeedleChart to open it.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von NeedleChart geschrieben (Schema %1; diese Version unterstützt bis %2). Aktualisieren Sie NeedleChart, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The database already holds tables that are not NeedleChart's. Set NeedleChart up in an empty database.</source>
        <translation>Die Datenbank enthält bereits Tabellen, die nicht zu NeedleChart gehören. Richten Sie NeedleChart in einer leeren Datenbank ein.</translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1</source>
        <translation>Die Datenbank konnte nicht auf Version %1 aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>MuscleCatalogue</name>
    <message>
        <source>Muscle catalogue, line %1, column %2: %3</source>
        <translation>Muskelkatalog, Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>expected %1 columns but found %2</source>
        <translation>%1 Spalten erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>the id must be lower-case letters, digits and "_"</source>
        <translation>die ID darf nur Kleinbuchstaben, Ziffern und "_" enthalten</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the region is empty</source>
        <translation>die Region ist leer</translation>
    </message>
    <message>
        <source>unknown view "%1"</source>
        <translation>unbekannte Ansicht "%1"</translation>
    </message>
    <message>
        <source>view "%1" is listed twice</source>
        <translation>Ansicht "%1" ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>bilateral must be "yes" or "no", not "%1"</source>
        <translation>bilateral muss "yes" oder "no" sein, nicht "%1"</translation>
    </message>
    <message>
        <source>depth must be "surface" or "deep", not "%1"</source>
        <translation>depth muss "surface" oder "deep" sein, nicht "%1"</translation>
    </message>
    <message>
        <source>the group is empty</source>
        <translation>die Gruppe ist leer</translation>
    </message>
    <message>
        <source>a SNOMED CT code is 6 to 18 digits, not "%1"</source>
        <translation>ein SNOMED CT-Code hat 6 bis 18 Ziffern, nicht "%1"</translation>
    </message>
    <message>
        <source>a SNOMED CT code and its term go together</source>
        <translation>ein SNOMED CT-Code und sein Begriff gehören zusammen</translation>
    </message>
    <message>
        <source>unknown caution kind "%1"</source>
        <translation>unbekannte Art von Warnhinweis "%1"</translation>
    </message>
    <message>
        <source>the header line is missing</source>
        <translation>die Kopfzeile fehlt</translation>
    </message>
    <message>
        <source>the header must name column "%1" here</source>
        <translation>die Kopfzeile muss hier die Spalte "%1" nennen</translation>
    </message>
    <message>
        <source>the header has extra columns</source>
        <translation>die Kopfzeile hat zusätzliche Spalten</translation>
    </message>
    <message>
        <source>id "%1" is used twice</source>
        <translation>ID "%1" wird doppelt verwendet</translation>
    </message>
    <message>
        <source>the header must be: %1</source>
        <translation>die Kopfzeile muss lauten: %1</translation>
    </message>
    <message>
        <source>the line has %1 fields, not %2</source>
        <translation>die Zeile hat %1 Felder statt %2</translation>
    </message>
    <message>
        <source>id "%1" is unknown or translated twice</source>
        <translation>die ID „%1“ ist unbekannt oder doppelt übersetzt</translation>
    </message>
    <message>
        <source>no translation of "%1"</source>
        <translation>keine Übersetzung für „%1“</translation>
    </message>
</context>
<context>
    <name>MuscleDepth</name>
    <message>
        <source>Surface</source>
        <translation>Oberflächlich</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Tief</translation>
    </message>
</context>
<context>
    <name>MuscleListModel</name>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>Lies deep, under other muscles.</source>
        <translation>Liegt tief, unter anderen Muskeln.</translation>
    </message>
    <message>
        <source>Typical referred pain (guidance only): %1</source>
        <translation>Typischer übertragener Schmerz (nur zur Orientierung): %1</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
</context>
<context>
    <name>NeedlingTechnique</name>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Fast-in/fast-out</source>
        <translation>Fast-in/Fast-out</translation>
    </message>
    <message>
        <source>Pistoning</source>
        <translation>Pistoning</translation>
    </message>
    <message>
        <source>Electrical stimulation</source>
        <translation>Elektrostimulation</translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <source>Complaint</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Nadelzählung</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Nicht genadelt</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Hämatom</translation>
    </message>
    <message>
        <source>Other care</source>
        <translation>Weitere Maßnahmen</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Unerwünschtes Ereignis</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Nachtrag</translation>
    </message>
</context>
<context>
    <name>NoteSearchIndex</name>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Eine Datenbankabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not update the search index of the notes</source>
        <translation>Der Suchindex der Notizen konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Could not search the notes</source>
        <translation>Die Notizen konnten nicht durchsucht werden</translation>
    </message>
    <message>
        <source>Could not check the search index of the notes</source>
        <translation>Der Suchindex der Notizen konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Could not rebuild the search index of the notes</source>
        <translation>Der Suchindex der Notizen konnte nicht neu aufgebaut werden</translation>
    </message>
</context>
<context>
    <name>OtherCareKind</name>
    <message>
        <source>Soft tissue work</source>
        <translation>Weichteiltechniken</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Rehab exercises</source>
        <translation>Rehabilitationsübungen</translation>
    </message>
    <message>
        <source>Other care</source>
        <translation>Weitere Maßnahmen</translation>
    </message>
</context>
<context>
    <name>OutcomeMeasure</name>
    <message>
        <source>The outcome measure is not valid JSON: %1</source>
        <translation>Die Outcome-Messung ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>An outcome measure needs an id and a name.</source>
        <translation>Eine Outcome-Messung braucht eine ID und einen Namen.</translation>
    </message>
    <message>
        <source>%1: scoring must be "sum" or "mean".</source>
        <translation>%1: scoring muss "sum" oder "mean" sein.</translation>
    </message>
    <message>
        <source>%1: the scale's minimum must be below its maximum.</source>
        <translation>%1: Das Minimum der Skala muss unter ihrem Maximum liegen.</translation>
    </message>
    <message>
        <source>%1: a minimal clinically important difference needs its source.</source>
        <translation>%1: Für eine minimale klinisch relevante Differenz muss die Quelle angegeben sein.</translation>
    </message>
    <message>
        <source>%1: every item needs a key of its own and a text.</source>
        <translation>%1: Jedes Item braucht einen eigenen Schlüssel und einen Text.</translation>
    </message>
    <message>
        <source>%1: a patient-specific measure names from minItems to maxItems activities and lists no items.</source>
        <translation>%1: Eine patientenspezifische Messung nennt minItems bis maxItems Aktivitäten und führt keine Items auf.</translation>
    </message>
    <message>
        <source>%1: a questionnaire needs its items.</source>
        <translation>%1: Ein Fragebogen braucht seine Items.</translation>
    </message>
    <message>
        <source>Rate from %1 to %2 activities.</source>
        <translation>Bewerten Sie %1 bis %2 Aktivitäten.</translation>
    </message>
    <message>
        <source>Name each activity the patient rates.</source>
        <translation>Benennen Sie jede Aktivität, die der Patient bewertet.</translation>
    </message>
    <message>
        <source>Each activity is rated once.</source>
        <translation>Jede Aktivität wird nur einmal bewertet.</translation>
    </message>
    <message>
        <source>Answer every question (%1 of %2 answered).</source>
        <translation>Beantworten Sie alle Fragen (%1 von %2 beantwortet).</translation>
    </message>
    <message>
        <source>Answer every question once.</source>
        <translation>Beantworten Sie jede Frage genau einmal.</translation>
    </message>
    <message>
        <source>Each answer is from %1 to %2.</source>
        <translation>Jede Antwort liegt zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>Two outcome measures have the id %1.</source>
        <translation>Zwei Outcome-Messungen haben die ID %1.</translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Eine Datenbankabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not save the outcome measure</source>
        <translation>Die Outcome-Messung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not mark the outcome measure</source>
        <translation>Die Outcome-Messung konnte nicht markiert werden</translation>
    </message>
    <message>
        <source>This outcome measure is already marked as entered in error.</source>
        <translation>Diese Outcome-Messung ist bereits als Fehleintrag markiert.</translation>
    </message>
    <message>
        <source>The outcome measure is not on the record.</source>
        <translation>Diese Outcome-Messung ist nicht in der Akte vorhanden.</translation>
    </message>
    <message>
        <source>Could not read the outcome measures</source>
        <translation>Die Outcome-Messungen konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>OutcomeService</name>
    <message>
        <source>There is no outcome measure "%1".</source>
        <translation>Es gibt keine Outcome-Messung "%1".</translation>
    </message>
    <message>
        <source>Choose a measure.</source>
        <translation>Wählen Sie eine Messung aus.</translation>
    </message>
    <message>
        <source>An activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>That visit is another patient's.</source>
        <translation>Diese Behandlung gehört zu einem anderen Patienten.</translation>
    </message>
    <message>
        <source>Say why the measure was entered in error.</source>
        <translation>Geben Sie an, warum die Messung ein Fehleintrag ist.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>PagedTextPrinter</name>
    <message>
        <source>Could not write the PDF to %1.</source>
        <translation>Das PDF konnte nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>PainType</name>
    <message>
        <source>Ache</source>
        <translation>Dumpfer Schmerz</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Brennen</translation>
    </message>
    <message>
        <source>Pins and needles</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Ein Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>That password is one that many people use. Choose another, such as three or four unrelated words.</source>
        <translation>Dieses Passwort wird von sehr vielen Menschen verwendet. Wählen Sie ein anderes, zum Beispiel drei oder vier Wörter ohne Zusammenhang.</translation>
    </message>
    <message>
        <source>A password must not contain your login or your name.</source>
        <translation>Ein Passwort darf weder Ihren Anmeldenamen noch Ihren Namen enthalten.</translation>
    </message>
</context>
<context>
    <name>PatientImport</name>
    <message>
        <source>"%1" is not a date in the order chosen for this file (four-digit years).</source>
        <translation>„%1“ ist kein Datum in der für diese Datei gewählten Reihenfolge (vierstellige Jahreszahlen).</translation>
    </message>
    <message>
        <source>"%1" is not a sex NeedleChart knows (female, male, other or not stated).</source>
        <translation>„%1“ ist kein Geschlecht, das NeedleChart kennt (weiblich, männlich, divers oder keine Angabe).</translation>
    </message>
</context>
<context>
    <name>PatientImportDateOrder</name>
    <message>
        <source>Day, month, year (31/12/1980 or 31.12.1980)</source>
        <translation>Tag, Monat, Jahr (31.12.1980 oder 31/12/1980)</translation>
    </message>
    <message>
        <source>Month, day, year (12/31/1980)</source>
        <translation>Monat, Tag, Jahr (12/31/1980)</translation>
    </message>
    <message>
        <source>Year, month, day (1980-12-31)</source>
        <translation>Jahr, Monat, Tag (1980-12-31)</translation>
    </message>
</context>
<context>
    <name>PatientImportField</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>GP or referrer</source>
        <translation>Hausarzt oder Zuweiser</translation>
    </message>
    <message>
        <source>Administrative notes</source>
        <translation>Verwaltungsnotizen</translation>
    </message>
</context>
<context>
    <name>PatientImportService</name>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Die Datei enthält keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>Line %1 may be a patient already registered: decide whether to register it or leave it out.</source>
        <translation>Zeile %1 ist vielleicht ein bereits angelegter Patient: Entscheiden Sie, ob sie angelegt oder ausgelassen wird.</translation>
    </message>
    <message>
        <source>%1 of the file's rows cannot be registered as they are: correct them, or leave them out.</source>
        <translation>%1 Zeilen der Datei können so nicht angelegt werden: Korrigieren Sie sie oder lassen Sie sie aus.</translation>
    </message>
</context>
<context>
    <name>PatientPosition</name>
    <message>
        <source>Prone</source>
        <translation>Bauchlage</translation>
    </message>
    <message>
        <source>Supine</source>
        <translation>Rückenlage</translation>
    </message>
    <message>
        <source>Side-lying, left side down</source>
        <translation>Seitenlage, linke Seite unten</translation>
    </message>
    <message>
        <source>Side-lying, right side down</source>
        <translation>Seitenlage, rechte Seite unten</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <source>Half-lying</source>
        <translation>Halbliegend</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>This patient is already registered.</source>
        <translation>Dieser Patient ist bereits angelegt.</translation>
    </message>
    <message>
        <source>Could not register the patient</source>
        <translation>Der Patient konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>This patient has not been registered yet.</source>
        <translation>Dieser Patient wurde noch nicht angelegt.</translation>
    </message>
    <message>
        <source>Could not save the patient</source>
        <translation>Der Patient konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>This patient was changed elsewhere since you opened it, so your changes were not saved. Close the form and open the patient again to see the latest details.</source>
        <translation>Dieser Patient wurde an anderer Stelle geändert, seit Sie ihn geöffnet haben; Ihre Änderungen wurden daher nicht gespeichert. Schließen Sie das Formular und öffnen Sie den Patienten erneut, um die aktuellen Angaben zu sehen.</translation>
    </message>
    <message>
        <source>Could not record the visit</source>
        <translation>Die Behandlung konnte nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Eine Datenbankabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not read the patient</source>
        <translation>Der Patient konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Patient #%1 does not exist.</source>
        <translation>Patient #%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not search patients</source>
        <translation>Patienten konnten nicht gesucht werden</translation>
    </message>
    <message>
        <source>Could not list patients</source>
        <translation>Patienten konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not read the patients</source>
        <translation>Die Patienten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not count patients</source>
        <translation>Patienten konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>Could not update the search index</source>
        <translation>Der Suchindex konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Could not check the search index</source>
        <translation>Der Suchindex konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Could not rebuild the search index</source>
        <translation>Der Suchindex konnte nicht neu aufgebaut werden</translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <source>Some details need correcting before the patient can be saved.</source>
        <translation>Einige Angaben müssen korrigiert werden, bevor der Patient gespeichert werden kann.</translation>
    </message>
</context>
<context>
    <name>PatientValidator</name>
    <message>
        <source>Names cannot contain line breaks or tabs.</source>
        <translation>Namen dürfen keine Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <source>Names cannot contain text-direction control characters (embedding, override or isolate).</source>
        <translation>Namen dürfen keine Steuerzeichen für die Textrichtung enthalten (Embedding, Override oder Isolate).</translation>
    </message>
    <message>
        <source>Enter the family name (surname).</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Enter the given (first) name.</source>
        <translation>Geben Sie den Vornamen ein.</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>The preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>Geben Sie das Geburtsdatum ein.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Das Geburtsdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The date of birth cannot be before %1.</source>
        <translation>Das Geburtsdatum darf nicht vor dem %1 liegen.</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Enter a phone number of %1 to %2 digits; spaces, dashes, brackets and a leading + are allowed.</source>
        <translation>Geben Sie eine Telefonnummer mit %1 bis %2 Ziffern ein; Leerzeichen, Bindestriche, Klammern und ein vorangestelltes + sind erlaubt.</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.org.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.org ein.</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The referrer</source>
        <translation>Überweiser</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>PointActivity</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latent</translation>
    </message>
</context>
<context>
    <name>PointPlace</name>
    <message>
        <source>%1 (other site)</source>
        <translation>%1 (andere Stelle)</translation>
    </message>
    <message>
        <source>%1, left</source>
        <translation>%1, links</translation>
    </message>
    <message>
        <source>%1, right</source>
        <translation>%1, rechts</translation>
    </message>
</context>
<context>
    <name>PointTemplate</name>
    <message>
        <source>Name the template.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>A template's name is at most %1 characters.</source>
        <translation>Der Name einer Vorlage darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Mark the points first: a template is made of a note's points.</source>
        <translation>Markieren Sie zuerst die Punkte: Eine Vorlage entsteht aus den Punkten einer Notiz.</translation>
    </message>
    <message>
        <source>A template holds at most %1 points.</source>
        <translation>Eine Vorlage enthält höchstens %1 Punkte.</translation>
    </message>
</context>
<context>
    <name>PointTemplateRepository</name>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Eine Datenbankabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not read the point templates</source>
        <translation>Die Punktvorlagen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not save the point template</source>
        <translation>Die Punktvorlage konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not delete the point template</source>
        <translation>Die Punktvorlage konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>There is no such template.</source>
        <translation>Diese Vorlage gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Before treatment</source>
        <translation>Vor der Behandlung</translation>
    </message>
    <message>
        <source>After treatment</source>
        <translation>Nach der Behandlung</translation>
    </message>
    <message>
        <source>Within %1 points of the first visit (MCID)</source>
        <translation>Innerhalb von %1 Punkten um den Wert der ersten Behandlung (MCID)</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale (mean, %1–%2, higher is better)</source>
        <translation>Patientenspezifische Funktionsskala (Mittelwert, %1–%2, höher ist besser)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Within %1 points of the first score (MCID)</source>
        <translation>Innerhalb von %1 Punkten um den ersten Wert (MCID)</translation>
    </message>
    <message>
        <source>Pain (NPRS 0–10) before and after each visit</source>
        <translation>Schmerz (NPRS 0–10) vor und nach jeder Behandlung</translation>
    </message>
</context>
<context>
    <name>ProgressReportRenderer</name>
    <message>
        <source>Progress report: %1</source>
        <translation>Verlaufsbericht: %1</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Physiotherapie</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Verlaufsbericht</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, geb. %2</translation>
    </message>
    <message>
        <source>Printed %1 by %2.</source>
        <translation>Gedruckt am %1 von %2.</translation>
    </message>
    <message>
        <source>Pain before and after each visit</source>
        <translation>Schmerz vor und nach jeder Behandlung</translation>
    </message>
    <message>
        <source>No signed visit has a pain score yet.</source>
        <translation>Bisher hat keine unterschriebene Behandlung einen Schmerzwert.</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale</source>
        <translation>Patientenspezifische Funktionsskala</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Noch nicht erhoben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, score %2 (%3), recorded by %4</source>
        <translation>%1, Wert %2 (%3), erfasst von %4</translation>
    </message>
    <message>
        <source>. Entered in error: %1</source>
        <translation>. Fehleintrag: %1</translation>
    </message>
    <message>
        <source>%1  ·  progress report</source>
        <translation>%1  ·  Verlaufsbericht</translation>
    </message>
    <message>
        <source>Progress report  ·  page %1 of %2</source>
        <translation>Verlaufsbericht  ·  Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>at least the %1-point minimal clinically important difference</source>
        <translation>mindestens die minimale klinisch relevante Differenz von %1 Punkten</translation>
    </message>
    <message>
        <source>less than the %1-point minimal clinically important difference</source>
        <translation>weniger als die minimale klinisch relevante Differenz von %1 Punkten</translation>
    </message>
    <message>
        <source>No pain score was recorded before treatment.</source>
        <translation>Vor der Behandlung wurde kein Schmerzwert erfasst.</translation>
    </message>
    <message>
        <source>Pain before treatment (NPRS) was %1/10 at the one visit scored so far.</source>
        <translation>Der Schmerz vor der Behandlung (NPRS) lag bei der bisher einzigen bewerteten Behandlung bei %1/10.</translation>
    </message>
    <message>
        <source>Pain before treatment (NPRS) fell from %1/10 at the first visit to %2/10 at the latest: %3 points, %4.</source>
        <translation>Der Schmerz vor der Behandlung (NPRS) sank von %1/10 bei der ersten Behandlung auf %2/10 bei der letzten: %3 Punkte, %4.</translation>
    </message>
    <message>
        <source>Pain before treatment (NPRS) rose from %1/10 at the first visit to %2/10 at the latest: %3 points, %4.</source>
        <translation>Der Schmerz vor der Behandlung (NPRS) stieg von %1/10 bei der ersten Behandlung auf %2/10 bei der letzten: %3 Punkte, %4.</translation>
    </message>
    <message>
        <source>Pain before treatment (NPRS) is where it was at the first visit, %1/10.</source>
        <translation>Der Schmerz vor der Behandlung (NPRS) liegt unverändert beim Wert der ersten Behandlung, %1/10.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at its one completion so far.</source>
        <translation>%1: %2 (%3) bei der bisher einzigen Erhebung.</translation>
    </message>
    <message>
        <source>rose</source>
        <translation>gestiegen</translation>
    </message>
    <message>
        <source>fell</source>
        <translation>gesunken</translation>
    </message>
    <message>
        <source>%1 (%2): %3 from %4 to %5 over %6 completions, %7 points (%8, %9).</source>
        <translation>%1 (%2): in %6 Erhebungen von %4 auf %5 %3, %7 Punkte (%8, %9).</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>%1 (%2): unchanged at %3 over %4 completions.</source>
        <translation>%1 (%2): unverändert bei %3 über %4 Erhebungen.</translation>
    </message>
</context>
<context>
    <name>ReferralPatterns</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>The file %1 could not be written: %2. Nothing was saved.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ScreeningChecklist</name>
    <message>
        <source>Unable to give informed consent</source>
        <translation>Kann keine informierte Einwilligung geben</translation>
    </message>
    <message>
        <source>Needle phobia: does not want needles</source>
        <translation>Nadelangst: möchte keine Nadeln</translation>
    </message>
    <message>
        <source>Infection, wound or inflamed skin at the site</source>
        <translation>Infektion, Wunde oder entzündete Haut an der Stelle</translation>
    </message>
    <message>
        <source>Lymphoedema, or a limb at risk of it</source>
        <translation>Lymphödem oder lymphödemgefährdete Extremität</translation>
    </message>
    <message>
        <source>Uncontrolled movements (cannot keep still)</source>
        <translation>Unkontrollierte Bewegungen (kann nicht stillhalten)</translation>
    </message>
    <message>
        <source>Haemophilia</source>
        <translation>Hämophilie</translation>
    </message>
    <message>
        <source>Anticoagulants or a bleeding disorder</source>
        <translation>Antikoagulanzien oder Blutgerinnungsstörung</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>Epilepsy</source>
        <translation>Epilepsie</translation>
    </message>
    <message>
        <source>Diabetes (circulation, healing)</source>
        <translation>Diabetes (Durchblutung, Wundheilung)</translation>
    </message>
    <message>
        <source>Immunosuppression</source>
        <translation>Immunsuppression</translation>
    </message>
    <message>
        <source>Metal (nickel) allergy</source>
        <translation>Metallallergie (Nickel)</translation>
    </message>
    <message>
        <source>Recent surgery</source>
        <translation>Kürzlich erfolgte Operation</translation>
    </message>
    <message>
        <source>Pacemaker or implant (no electrical stimulation)</source>
        <translation>Herzschrittmacher oder Implantat (keine Elektrostimulation)</translation>
    </message>
    <message>
        <source>Must drive after treatment</source>
        <translation>Muss nach der Behandlung Auto fahren</translation>
    </message>
    <message>
        <source>Fainting or strong reactions before</source>
        <translation>Ohnmacht oder starke Reaktionen in der Vorgeschichte</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Krebserkrankung</translation>
    </message>
    <message>
        <source>Chest wall or lung condition, or a thin chest wall (caution: thorax)</source>
        <translation>Erkrankung der Brustwand oder Lunge oder dünne Brustwand (Vorsicht: Thorax)</translation>
    </message>
</context>
<context>
    <name>ScreeningWeight</name>
    <message>
        <source>Do not needle</source>
        <translation>Nicht nadeln</translation>
    </message>
    <message>
        <source>Precaution</source>
        <translation>Vorsichtsmaßnahme</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the clinic server's address.</source>
        <translation>Geben Sie die Adresse des Praxisservers ein.</translation>
    </message>
    <message>
        <source>The clinic server's address is not a PostgreSQL connection address (such as postgresql://clinic-server/needlechart): %1</source>
        <translation>Die Adresse des Praxisservers ist keine PostgreSQL-Verbindungsadresse (z. B. postgresql://clinic-server/needlechart): %1</translation>
    </message>
    <message>
        <source>The connection option %1 contains a ';', which NeedleChart cannot pass on. Put it in a libpq service file instead.</source>
        <translation>Die Verbindungsoption %1 enthält ein ';', das NeedleChart nicht weitergeben kann. Tragen Sie sie stattdessen in eine libpq-Servicedatei ein.</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>SessionDocuments</name>
    <message>
        <source>Cannot print the after-care advice sheet</source>
        <translation>Das Nachsorgeblatt kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>The sheet was printed but not recorded</source>
        <translation>Das Blatt wurde gedruckt, aber nicht vermerkt</translation>
    </message>
    <message>
        <source>%1

The note does not show that the sheet was given: print it again once the problem is solved, or write it in an amendment.</source>
        <translation>%1

Die Notiz zeigt nicht, dass das Blatt ausgehändigt wurde: Drucken Sie es erneut, sobald das Problem behoben ist, oder vermerken Sie es in einem Nachtrag.</translation>
    </message>
    <message>
        <source>Cannot print the visit's papers</source>
        <translation>Die Unterlagen zur Behandlung können nicht gedruckt werden</translation>
    </message>
    <message>
        <source>The papers were printed but the sheet was not recorded</source>
        <translation>Die Unterlagen wurden gedruckt, aber das Blatt wurde nicht vermerkt</translation>
    </message>
    <message>
        <source>Cannot print the treatment note</source>
        <translation>Die Behandlungsnotiz kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Save the treatment note as PDF</source>
        <translation>Behandlungsnotiz als PDF speichern</translation>
    </message>
    <message>
        <source>treatment-note-%1.pdf</source>
        <translation>behandlungsnotiz-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the treatment note</source>
        <translation>Die Behandlungsnotiz kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>This note is signed and locked. Add an amendment to correct it.</source>
        <translation>Diese Notiz ist unterschrieben und gesperrt. Fügen Sie einen Nachtrag hinzu, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>This session note no longer exists.</source>
        <translation>Diese Behandlungsnotiz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Eine Datenbankabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not read the session note</source>
        <translation>Die Behandlungsnotiz konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not save the session note</source>
        <translation>Die Behandlungsnotiz konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>This note was saved elsewhere since you opened it. Reopen it to see the latest version.</source>
        <translation>Diese Notiz wurde an anderer Stelle gespeichert, seit Sie sie geöffnet haben. Öffnen Sie sie erneut, um die aktuelle Version zu sehen.</translation>
    </message>
    <message>
        <source>Could not sign the session note</source>
        <translation>Die Behandlungsnotiz konnte nicht unterschrieben werden</translation>
    </message>
    <message>
        <source>This note was saved elsewhere since you opened it. Reopen it before signing.</source>
        <translation>Diese Notiz wurde an anderer Stelle gespeichert, seit Sie sie geöffnet haben. Öffnen Sie sie vor dem Unterschreiben erneut.</translation>
    </message>
    <message>
        <source>Could not add the amendment</source>
        <translation>Der Nachtrag konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Only a signed note takes amendments: a draft can still be edited.</source>
        <translation>Nachträge sind nur zu unterschriebenen Notizen möglich: Ein Entwurf kann noch bearbeitet werden.</translation>
    </message>
    <message>
        <source>A signed note cannot be deleted.</source>
        <translation>Eine unterschriebene Notiz kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not delete the draft</source>
        <translation>Der Entwurf konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not rebuild the search index</source>
        <translation>Der Suchindex konnte nicht neu aufgebaut werden</translation>
    </message>
    <message>
        <source>Could not read the trigger points</source>
        <translation>Die Triggerpunkte konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the muscle's history</source>
        <translation>Der Verlauf des Muskels konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the patient's sessions</source>
        <translation>Die Behandlungen des Patienten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the unsigned notes</source>
        <translation>Die nicht unterschriebenen Notizen konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>This note is signed and locked. Add an amendment to correct it.</source>
        <translation>Diese Notiz ist unterschrieben und gesperrt. Fügen Sie einen Nachtrag hinzu, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>Only %1, who charted this note, can sign it.</source>
        <translation>Nur %1, der/die diese Notiz dokumentiert hat, kann sie unterschreiben.</translation>
    </message>
    <message>
        <source>Sign in with your own staff account to sign notes.</source>
        <translation>Melden Sie sich mit Ihrem eigenen Mitarbeiterkonto an, um Notizen zu unterschreiben.</translation>
    </message>
    <message>
        <source>No authorisation to practise dry needling is recorded for you, so a dry needling note cannot be signed. An admin records it in Staff Accounts.</source>
        <translation>Für Sie ist keine Berechtigung für Dry Needling hinterlegt, daher können Sie keine Dry-Needling-Notiz unterschreiben. Ein Administrator trägt sie unter Mitarbeiterkonten ein.</translation>
    </message>
    <message>
        <source>Your authorisation to practise dry needling ran out on %1, so a dry needling note cannot be signed. An admin records the renewed one in Staff Accounts.</source>
        <translation>Ihre Berechtigung für Dry Needling ist am %1 abgelaufen, daher können Sie keine Dry-Needling-Notiz unterschreiben. Ein Administrator trägt die erneuerte Berechtigung unter Mitarbeiterkonten ein.</translation>
    </message>
    <message>
        <source>Some values are out of range: the draft was not saved.</source>
        <translation>Einige Werte liegen außerhalb des zulässigen Bereichs: Der Entwurf wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>If no needle was used at this visit, tick "Not needled this visit" and say why.</source>
        <translation>Wenn bei dieser Behandlung keine Nadel verwendet wurde, setzen Sie ein Häkchen bei „Bei dieser Behandlung nicht genadelt“ und geben Sie den Grund an.</translation>
    </message>
    <message>
        <source>%1 Acknowledge it before signing.</source>
        <translation>%1 Bestätigen Sie dies vor dem Unterschreiben.</translation>
    </message>
    <message>
        <source>The note cannot be signed yet: one thing needs attention.</source>
        <translation>Die Notiz kann noch nicht unterschrieben werden: Ein Punkt erfordert Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>The note cannot be signed yet: %1 things need attention.</source>
        <translation>Die Notiz kann noch nicht unterschrieben werden: %1 Punkte erfordern Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>The amendment cannot be added yet: see the marked fields.</source>
        <translation>Der Nachtrag kann noch nicht hinzugefügt werden: Beachten Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Sign in with your own staff account to amend notes.</source>
        <translation>Melden Sie sich mit Ihrem eigenen Mitarbeiterkonto an, um Nachträge zu Notizen hinzuzufügen.</translation>
    </message>
    <message>
        <source>A signed note cannot be deleted.</source>
        <translation>Eine unterschriebene Notiz kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
</context>
<context>
    <name>SessionSummaryRenderer</name>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>Multiple (%1)</source>
        <translation>Mehrfach (%1)</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 mA</source>
        <translation>%1 mA</translation>
    </message>
    <message>
        <source>, %1 s</source>
        <translation>, %1 s</translation>
    </message>
    <message>
        <source>Treatment note, %1, %2</source>
        <translation>Behandlungsnotiz, %1, %2</translation>
    </message>
    <message>
        <source>%1  ·  born %2  ·  record %3  ·  treated %4</source>
        <translation>%1  ·  geb. %2  ·  Akte %3  ·  behandelt %4</translation>
    </message>
    <message>
        <source>  ·  DRAFT, NOT SIGNED</source>
        <translation>  ·  ENTWURF, NICHT UNTERSCHRIEBEN</translation>
    </message>
    <message>
        <source>Treatment note %1  ·  printed %2 by %3  ·  confidential  ·  page %4 of %5</source>
        <translation>Behandlungsnotiz %1  ·  gedruckt %2 von %3  ·  vertraulich  ·  Seite %4 von %5</translation>
    </message>
    <message>
        <source>Treatment note (not needled)</source>
        <translation>Behandlungsnotiz (ohne Nadelung)</translation>
    </message>
    <message>
        <source>Dry needling treatment note</source>
        <translation>Behandlungsnotiz Dry Needling</translation>
    </message>
    <message>
        <source>DRAFT: this note has not been signed and may still change.</source>
        <translation>ENTWURF: Diese Notiz ist nicht unterschrieben und kann sich noch ändern.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>%1 (%2 years at treatment)</source>
        <translation>%1 (bei Behandlung %2 Jahre alt)</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Aktennummer</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Überwiesen von</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Behandelt am</translation>
    </message>
    <message>
        <source>Entry started</source>
        <translation>Eintrag begonnen</translation>
    </message>
    <message>
        <source>, registration </source>
        <translation>, Registrierungsnr. </translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source> by </source>
        <translation> von </translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lagerung</translation>
    </message>
    <message>
        <source>Consent and screening</source>
        <translation>Einwilligung und Screening</translation>
    </message>
    <message>
        <source>%1 (%2) on %3, leaflet version %4, recorded by </source>
        <translation>%1 (%2) am %3, Informationsblatt Version %4, dokumentiert von </translation>
    </message>
    <message>
        <source>, witnessed by </source>
        <translation>, Zeuge: </translation>
    </message>
    <message>
        <source>Consent relied on</source>
        <translation>Zugrunde gelegte Einwilligung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Withdrawn since</source>
        <translation>Widerrufen seit</translation>
    </message>
    <message>
        <source>None needed: no needling at this visit.</source>
        <translation>Nicht erforderlich: Bei dieser Behandlung wurde nicht genadelt.</translation>
    </message>
    <message>
        <source>None recorded with this note.</source>
        <translation>Zu dieser Notiz keine dokumentiert.</translation>
    </message>
    <message>
        <source>Recorded when the note is signed.</source>
        <translation>Wird beim Unterschreiben der Notiz dokumentiert.</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>%1 by </source>
        <translation>%1 von </translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>Precautions found</source>
        <translation>Festgestellte Vorsichtsmaßnahmen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>(acknowledged before signing)</source>
        <translation>(vor dem Unterschreiben bestätigt)</translation>
    </message>
    <message>
        <source>(not acknowledged)</source>
        <translation>(nicht bestätigt)</translation>
    </message>
    <message>
        <source>At the sites needled</source>
        <translation>An den genadelten Stellen</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>Aktuelle Beschwerden</translation>
    </message>
    <message>
        <source>Pain (NPRS)</source>
        <translation>Schmerz (NPRS)</translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation>%1 vorher, %2 nachher</translation>
    </message>
    <message>
        <source>%1 %2/10 (%3)</source>
        <translation>%1 %2/10 (%3)</translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation>Schmerzzeichnung</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Nicht genadelt</translation>
    </message>
    <message>
        <source>Trigger points needled</source>
        <translation>Genadelte Triggerpunkte</translation>
    </message>
    <message>
        <source>No points were charted.</source>
        <translation>Es wurden keine Punkte dokumentiert.</translation>
    </message>
    <message>
        <source>pain and referral reproduced</source>
        <translation>Schmerz und übertragener Schmerz reproduziert</translation>
    </message>
    <message>
        <source>pain reproduced</source>
        <translation>Schmerz reproduziert</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Zuckung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Needles</source>
        <translation>Nadeln</translation>
    </message>
    <message>
        <source>No needles recorded.</source>
        <translation>Keine Nadeln dokumentiert.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Every needle put in was counted back out.</source>
        <translation>Alle gesetzten Nadeln wurden zurückgezählt.</translation>
    </message>
    <message>
        <source>The counts differ: </source>
        <translation>Die Zählungen weichen ab: </translation>
    </message>
    <message>
        <source>After treatment</source>
        <translation>Nach der Behandlung</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Nachschmerz</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Hämatom</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <source>Other care</source>
        <translation>Weitere Maßnahmen</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Erteilte Empfehlungen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <source>%1 (template version %2), %3 %4 by </source>
        <translation>%1 (Vorlagenversion %2), %3 am %4 von </translation>
    </message>
    <message>
        <source>, to </source>
        <translation>, an </translation>
    </message>
    <message>
        <source>Papers given</source>
        <translation>Ausgehändigte Unterlagen</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Ergriffene Maßnahmen</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Front and back as the clinician faces the patient: the patient's right is on the left of the front view. The numbers are those of the table.</source>
        <translation>Vorder- und Rückseite aus Sicht des Behandlers, der dem Patienten gegenübersteht: Die rechte Seite des Patienten ist in der Vorderansicht links. Die Nummern entsprechen denen der Tabelle.</translation>
    </message>
</context>
<context>
    <name>SessionValidator</name>
    <message>
        <source>%1 must be from 0 to %2.</source>
        <translation>%1 muss zwischen 0 und %2 liegen.</translation>
    </message>
    <message>
        <source>Needle gauge must be from %1 to %2 mm.</source>
        <translation>Die Nadelstärke muss zwischen %1 und %2 mm liegen.</translation>
    </message>
    <message>
        <source>Needle length must be from %1 to %2 mm.</source>
        <translation>Die Nadellänge muss zwischen %1 und %2 mm liegen.</translation>
    </message>
    <message>
        <source>Point %1: the frequency must be from %2 to %3 Hz.</source>
        <translation>Punkt %1: Die Frequenz muss zwischen %2 und %3 Hz liegen.</translation>
    </message>
    <message>
        <source>Point %1: the pulse width must be from %2 to %3 µs.</source>
        <translation>Punkt %1: Die Impulsbreite muss zwischen %2 und %3 µs liegen.</translation>
    </message>
    <message>
        <source>Point %1: the intensity must be from %2 to %3 mA.</source>
        <translation>Punkt %1: Die Intensität muss zwischen %2 und %3 mA liegen.</translation>
    </message>
    <message>
        <source>Point %1: name the other site.</source>
        <translation>Punkt %1: Benennen Sie die andere Stelle.</translation>
    </message>
    <message>
        <source>The name of point %1's site</source>
        <translation>Name der Stelle von Punkt %1</translation>
    </message>
    <message>
        <source>Point %1 is on a muscle that is not in the catalogue.</source>
        <translation>Punkt %1 liegt auf einem Muskel, der nicht im Katalog steht.</translation>
    </message>
    <message>
        <source>Point %1 lies outside the body map.</source>
        <translation>Punkt %1 liegt außerhalb der Körperkarte.</translation>
    </message>
    <message>
        <source>Point %1: a multiple twitch response needs a count from 2 to %2.</source>
        <translation>Punkt %1: Eine mehrfache Zuckungsreaktion erfordert eine Anzahl von 2 bis %2.</translation>
    </message>
    <message>
        <source>Point %1: depth must be from %2 to %3 mm.</source>
        <translation>Punkt %1: Die Tiefe muss zwischen %2 und %3 mm liegen.</translation>
    </message>
    <message>
        <source>Point %1: retention must be from 1 second to %2 minutes.</source>
        <translation>Punkt %1: Die Verweildauer muss zwischen 1 Sekunde und %2 Minuten liegen.</translation>
    </message>
    <message>
        <source>The notes on point %1</source>
        <translation>Notizen zu Punkt %1</translation>
    </message>
    <message>
        <source>Needles inserted must be from 0 to %1.</source>
        <translation>Gesetzte Nadeln: Der Wert muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>Needles removed must be from 0 to %1.</source>
        <translation>Entfernte Nadeln: Der Wert muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The lot number in needle row %1</source>
        <translation>Chargennummer in Nadelzeile %1</translation>
    </message>
    <message>
        <source>A pain drawing holds at most %1 shaded areas.</source>
        <translation>Eine Schmerzzeichnung enthält höchstens %1 schraffierte Bereiche.</translation>
    </message>
    <message>
        <source>A shaded area of the pain drawing is damaged: shade it again.</source>
        <translation>Ein schraffierter Bereich der Schmerzzeichnung ist beschädigt: Schraffieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Nachschmerz</translation>
    </message>
    <message>
        <source>The presenting complaint</source>
        <translation>Aktuelle Beschwerden</translation>
    </message>
    <message>
        <source>The needle count note</source>
        <translation>Notiz zur Nadelzählung</translation>
    </message>
    <message>
        <source>The reason for not needling</source>
        <translation>Grund für den Verzicht auf Nadelung</translation>
    </message>
    <message>
        <source>The bruising site</source>
        <translation>Lokalisation des Hämatoms</translation>
    </message>
    <message>
        <source>The advice</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>The follow-up</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <source>The note on %1</source>
        <translation>Notiz zu „%1“</translation>
    </message>
    <message>
        <source>The description of %1</source>
        <translation>Beschreibung zu „%1“</translation>
    </message>
    <message>
        <source>The action taken for %1</source>
        <translation>Ergriffene Maßnahmen zu „%1“</translation>
    </message>
    <message>
        <source>The follow-up of %1</source>
        <translation>Weiteres Vorgehen zu „%1“</translation>
    </message>
    <message>
        <source>Enter the date and time of treatment.</source>
        <translation>Geben Sie Datum und Uhrzeit der Behandlung ein.</translation>
    </message>
    <message>
        <source>The time of treatment is in the future.</source>
        <translation>Der Behandlungszeitpunkt liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The note has no treating clinician.</source>
        <translation>Für die Notiz ist kein Behandler angegeben.</translation>
    </message>
    <message>
        <source>Enter the presenting complaint.</source>
        <translation>Geben Sie die aktuellen Beschwerden ein.</translation>
    </message>
    <message>
        <source>Choose the patient's position (one or more).</source>
        <translation>Wählen Sie die Lagerung des Patienten (eine oder mehrere).</translation>
    </message>
    <message>
        <source>Enter the pain score before treatment (0 to 10).</source>
        <translation>Geben Sie den Schmerzwert vor der Behandlung ein (0 bis 10).</translation>
    </message>
    <message>
        <source>Enter the pain score after treatment (0 to 10).</source>
        <translation>Geben Sie den Schmerzwert nach der Behandlung ein (0 bis 10).</translation>
    </message>
    <message>
        <source>Say why no needling was done.</source>
        <translation>Geben Sie an, warum nicht genadelt wurde.</translation>
    </message>
    <message>
        <source>Trigger points are marked on a note of a visit without needling: remove them, or untick "Not needled".</source>
        <translation>Auf der Notiz einer Behandlung ohne Nadelung sind Triggerpunkte markiert: Entfernen Sie sie oder entfernen Sie das Häkchen bei „Nicht genadelt“.</translation>
    </message>
    <message>
        <source>Needles are recorded on a note of a visit without needling: remove them, or untick "Not needled".</source>
        <translation>Auf der Notiz einer Behandlung ohne Nadelung sind Nadeln dokumentiert: Entfernen Sie sie oder entfernen Sie das Häkchen bei „Nicht genadelt“.</translation>
    </message>
    <message>
        <source>Say where the bruising is.</source>
        <translation>Geben Sie an, wo sich das Hämatom befindet.</translation>
    </message>
    <message>
        <source>Say what %1 was given.</source>
        <translation>Beschreiben Sie die durchgeführte Maßnahme (%1).</translation>
    </message>
    <message>
        <source>Describe the adverse event.</source>
        <translation>Beschreiben Sie das unerwünschte Ereignis.</translation>
    </message>
    <message>
        <source>%1 is graded %2: record the action taken.</source>
        <translation>%1 ist als %2 eingestuft: Dokumentieren Sie die ergriffenen Maßnahmen.</translation>
    </message>
    <message>
        <source>%1 is serious: record the follow-up arranged.</source>
        <translation>%1 ist schwerwiegend: Dokumentieren Sie das veranlasste weitere Vorgehen.</translation>
    </message>
    <message>
        <source>Record the after-care advice given.</source>
        <translation>Dokumentieren Sie die erteilten Empfehlungen zur Nachsorge.</translation>
    </message>
    <message>
        <source>Point %1 is %2: record what you found there today, confirm it or remove it.</source>
        <translation>Punkt %1 (%2): Dokumentieren Sie den heutigen Befund an diesem Punkt, bestätigen Sie ihn oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Needle row %1 is %2: count today's needles in it, confirm it or remove it.</source>
        <translation>Nadelzeile %1 (%2): Zählen Sie die heutigen Nadeln darin, bestätigen Sie sie oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>%1 is %2: say what was given today, confirm it or remove it.</source>
        <translation>%1 (%2): Geben Sie an, was heute durchgeführt wurde, bestätigen Sie den Eintrag oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Give the reason for the amendment.</source>
        <translation>Geben Sie den Grund für den Nachtrag an.</translation>
    </message>
    <message>
        <source>Write the amendment.</source>
        <translation>Schreiben Sie den Nachtrag.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The amendment</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>Mark at least one needled trigger point on the body map.</source>
        <translation>Markieren Sie mindestens einen genadelten Triggerpunkt auf der Körperkarte.</translation>
    </message>
    <message>
        <source>Point %1: enter how long the needle was left in (static technique).</source>
        <translation>Punkt %1: Geben Sie an, wie lange die Nadel lag (statische Technik).</translation>
    </message>
    <message>
        <source>Point %1: enter how long the stimulation ran, in seconds.</source>
        <translation>Punkt %1: Geben Sie die Dauer der Stimulation in Sekunden ein.</translation>
    </message>
    <message>
        <source>Point %1: enter the stimulation frequency (Hz).</source>
        <translation>Punkt %1: Geben Sie die Stimulationsfrequenz ein (Hz).</translation>
    </message>
    <message>
        <source>Point %1: enter the pulse width (µs).</source>
        <translation>Punkt %1: Geben Sie die Impulsbreite ein (µs).</translation>
    </message>
    <message>
        <source>Point %1: enter the stimulation intensity (mA).</source>
        <translation>Punkt %1: Geben Sie die Stimulationsintensität ein (mA).</translation>
    </message>
    <message>
        <source>Record the needles used and how many were inserted.</source>
        <translation>Dokumentieren Sie die verwendeten Nadeln und wie viele gesetzt wurden.</translation>
    </message>
    <message>
        <source>%1 needles were inserted but %2 counted out. Find the missing needles, or explain the difference before signing: a needle not accounted for is an incident.</source>
        <translation>%1 Nadeln wurden gesetzt, aber %2 zurückgezählt. Finden Sie die fehlenden Nadeln oder erklären Sie die Abweichung vor dem Unterschreiben: Eine nicht auffindbare Nadel ist ein Zwischenfall.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Cannot read the staff accounts</source>
        <translation>Die Mitarbeiterkonten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Anmelden nicht möglich</translation>
    </message>
    <message>
        <source>Needling authorisation runs out soon</source>
        <translation>Berechtigung für Dry Needling läuft bald ab</translation>
    </message>
    <message>
        <source>Your authorisation to needle (%1, %2) runs out on %3. Renew it in time: from the day after, NeedleChart cannot let you sign dry needling notes. An admin records the new expiry date in your account.</source>
        <translation>Ihre Berechtigung für Dry Needling (%1, %2) läuft am %3 ab. Erneuern Sie sie rechtzeitig: Ab dem Folgetag können Sie in NeedleChart keine Dry-Needling-Notizen mehr unterschreiben. Ein Administrator trägt das neue Ablaufdatum in Ihrem Konto ein.</translation>
    </message>
</context>
<context>
    <name>SitePrecautions</name>
    <message>
        <source>Pregnancy: %1 is a lumbar, pelvic or abdominal site.</source>
        <translation>Schwangerschaft: %1 liegt im Lenden-, Becken- oder Bauchbereich.</translation>
    </message>
    <message>
        <source>Anticoagulants or a bleeding disorder: %1 is a deep muscle, where bleeding cannot be pressed on.</source>
        <translation>Antikoagulanzien oder Blutgerinnungsstörung: %1 ist ein tiefer Muskel, an dem eine Blutung nicht abgedrückt werden kann.</translation>
    </message>
    <message>
        <source>Chest wall or lung condition: %1 lies over the lung (pneumothorax risk).</source>
        <translation>Erkrankung der Brustwand oder Lunge: %1 liegt über der Lunge (Pneumothoraxrisiko).</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>Could not read the database version</source>
        <translation>Die Datenbankversion konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not record the database version</source>
        <translation>Die Datenbankversion konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not read the database</source>
        <translation>Die Datenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database's schema version is not a number.</source>
        <translation>Die Schemaversion der Datenbank ist keine Zahl.</translation>
    </message>
    <message>
        <source>Could not set the next record number</source>
        <translation>Die nächste Datensatznummer konnte nicht festgelegt werden</translation>
    </message>
    <message>
        <source>Another workstation is holding the clinic database; try again</source>
        <translation>Ein anderer Arbeitsplatz belegt gerade die Praxisdatenbank; versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the clinic server cannot be reached. Nothing was saved; what you were saving is still on screen. NeedleChart keeps trying to reconnect; save again once it is back.</source>
        <translation>%1: Der Praxisserver ist nicht erreichbar. Es wurde nichts gespeichert; Ihre Eingaben sind weiterhin auf dem Bildschirm. NeedleChart versucht weiter, die Verbindung wiederherzustellen; speichern Sie erneut, sobald sie wieder besteht.</translation>
    </message>
    <message>
        <source>%1: another workstation was saving at the same moment. Nothing was saved; try again.</source>
        <translation>%1: Ein anderer Arbeitsplatz hat im selben Moment gespeichert. Es wurde nichts gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: another workstation saved the same record at the same moment. Nothing was saved; try again.</source>
        <translation>%1: Ein anderer Arbeitsplatz hat im selben Moment denselben Datensatz gespeichert. Es wurde nichts gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the clinic server accepts no changes at the moment (it is read-only, for example a standby server).</source>
        <translation>%1: Der Praxisserver nimmt derzeit keine Änderungen an (er ist schreibgeschützt, z. B. ein Standby-Server).</translation>
    </message>
    <message>
        <source>%1: the clinic server's disk is full. Nothing was lost: everything saved before is safe, and what you were saving is still on screen. Ask your IT support to free some space, then save again.</source>
        <translation>%1: Die Festplatte des Praxisservers ist voll. Es ging nichts verloren: Alles bisher Gespeicherte ist sicher, und Ihre Eingaben sind weiterhin auf dem Bildschirm. Bitten Sie Ihren IT-Support, Speicherplatz freizugeben, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1: the clinic server's database account lacks a permission NeedleChart needs (see the GRANTs in docs/clinic-server.md).</source>
        <translation>%1: Dem Datenbankkonto des Praxisservers fehlt eine Berechtigung, die NeedleChart benötigt (siehe die GRANTs in docs/clinic-server.md).</translation>
    </message>
    <message>
        <source>%1: the database reported an error (%2).</source>
        <translation>%1: Die Datenbank hat einen Fehler gemeldet (%2).</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program or workstation. Try again in a moment.</source>
        <translation>%1: Die Datenbank wird von einem anderen Programm oder Arbeitsplatz verwendet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (it is read-only).</source>
        <translation>%1: Die Datenbankdatei kann nicht beschrieben werden (sie ist schreibgeschützt).</translation>
    </message>
    <message>
        <source>%1: the database is damaged. NeedleChart changed nothing in it; restore the file from a backup, or ask your IT support.</source>
        <translation>%1: Die Datenbank ist beschädigt. NeedleChart hat nichts daran verändert; stellen Sie die Datei aus einer Sicherung wieder her oder wenden Sie sich an Ihren IT-Support.</translation>
    </message>
    <message>
        <source>%1: the file is not a NeedleChart database.</source>
        <translation>%1: Die Datei ist keine NeedleChart-Datenbank.</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was lost: everything saved before is safe, and what you were saving is still on screen. Free some space, then save again.</source>
        <translation>%1: Die Festplatte ist voll. Es ging nichts verloren: Alles bisher Gespeicherte ist sicher, und Ihre Eingaben sind weiterhin auf dem Bildschirm. Geben Sie Speicherplatz frei und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1: the file system refused (%2).</source>
        <translation>%1: Das Dateisystem hat den Zugriff verweigert (%2).</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SvgPathData</name>
    <message>
        <source>Path data has an unreadable number at position %1.</source>
        <translation>Die Pfaddaten enthalten an Position %1 eine unlesbare Zahl.</translation>
    </message>
    <message>
        <source>Path data starts with a number instead of a command.</source>
        <translation>Die Pfaddaten beginnen mit einer Zahl statt mit einem Befehl.</translation>
    </message>
    <message>
        <source>A move (M) needs two numbers.</source>
        <translation>Eine Bewegung (M) benötigt zwei Zahlen.</translation>
    </message>
    <message>
        <source>A line (L) needs a start and two numbers.</source>
        <translation>Eine Linie (L) benötigt einen Startpunkt und zwei Zahlen.</translation>
    </message>
    <message>
        <source>A horizontal line (H) needs a start and one number.</source>
        <translation>Eine horizontale Linie (H) benötigt einen Startpunkt und eine Zahl.</translation>
    </message>
    <message>
        <source>A vertical line (V) needs a start and one number.</source>
        <translation>Eine vertikale Linie (V) benötigt einen Startpunkt und eine Zahl.</translation>
    </message>
    <message>
        <source>A quadratic curve (Q) needs a start and four numbers.</source>
        <translation>Eine quadratische Kurve (Q) benötigt einen Startpunkt und vier Zahlen.</translation>
    </message>
    <message>
        <source>A cubic curve (C) needs a start and six numbers.</source>
        <translation>Eine kubische Kurve (C) benötigt einen Startpunkt und sechs Zahlen.</translation>
    </message>
    <message>
        <source>Path command %1 is not supported by the body map.</source>
        <translation>Der Pfadbefehl %1 wird von der Körperkarte nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>%1 can be at most %L2 characters (this one has %L3).</source>
        <extracomment>%1 names the field ("The family name"), %2 is its limit, %3 the text's length.</extracomment>
        <translation>%1: höchstens %L2 Zeichen möglich (eingegeben: %L3).</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Die Transaktion ist bereits beendet.</translation>
    </message>
</context>
<context>
    <name>TriggerPointEditor</name>
    <message>
        <source>Add trigger point</source>
        <translation>Triggerpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Move trigger point</source>
        <translation>Triggerpunkt verschieben</translation>
    </message>
    <message>
        <source>Delete trigger point</source>
        <translation>Triggerpunkt löschen</translation>
    </message>
    <message>
        <source>Edit trigger point %1</source>
        <translation>Triggerpunkt %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>TriggerPointPlacement</name>
    <message>
        <source>This muscle is not in the catalogue.</source>
        <translation>Dieser Muskel ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>%1 cannot be marked on the %2 view; try the other view.</source>
        <translation>%1 kann in der Ansicht „%2“ nicht markiert werden; versuchen Sie die andere Ansicht.</translation>
    </message>
    <message>
        <source>%1 is not drawn on the body map.</source>
        <translation>%1 ist auf der Körperkarte nicht eingezeichnet.</translation>
    </message>
</context>
<context>
    <name>TwitchResponse</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Mehrfach</translation>
    </message>
</context>
<context>
    <name>WholeRecordFlow</name>
    <message>
        <source>Export Whole Record</source>
        <translation>Gesamte Akte exportieren</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
</context>
<context>
    <name>WholeRecordRenderer</name>
    <message>
        <source>None recorded.</source>
        <translation>Keine erfasst.</translation>
    </message>
    <message>
        <source>Whole record: %1</source>
        <translation>Gesamte Akte: %1</translation>
    </message>
    <message>
        <source>Whole record of %1, made %2 by %3  ·  overview, page %4 of %5</source>
        <translation>Gesamte Akte von %1, erstellt %2 von %3  ·  Übersicht, Seite %4 von %5</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Gesamte Akte</translation>
    </message>
    <message>
        <source>Everything the clinic holds about this patient as it stood on %1, made by %2. This overview comes first; then each treatment note in full with its amendments, each letter as it was given, and each information leaflet the patient consented on, each from a new page.</source>
        <translation>Alles, was die Praxis über diese Person gespeichert hat, Stand %1, erstellt von %2. Zuerst diese Übersicht; dann jede Behandlungsnotiz vollständig mit ihren Nachträgen, jeder Brief so, wie er ausgegeben wurde, und jedes Informationsblatt, auf das sich eine Einwilligung stützt, jeweils auf einer neuen Seite.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Aktennummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Überwiesen von</translation>
    </message>
    <message>
        <source>Notes at the desk</source>
        <translation>Notizen am Empfang</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Details last changed</source>
        <translation>Angaben zuletzt geändert</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> vom %1</translation>
    </message>
    <message>
        <source>withdrawn %1 by %2</source>
        <translation>widerrufen %1, erfasst von %2</translation>
    </message>
    <message>
        <source>Consent to dry needling</source>
        <translation>Einwilligung in Dry Needling</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation>Informationsblatt</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>No precaution found</source>
        <translation>Keine Vorsichtsmaßnahme festgestellt</translation>
    </message>
    <message>
        <source>Precaution screenings</source>
        <translation>Screenings auf Vorsichtsmaßnahmen</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <source>Precautions found</source>
        <translation>Festgestellte Vorsichtsmaßnahmen</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Signiert %1</translation>
    </message>
    <message>
        <source>Draft, not signed</source>
        <translation>Entwurf, nicht signiert</translation>
    </message>
    <message>
        <source>Amendments: %1</source>
        <translation>Nachträge: %1</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Nicht genadelt</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>Treatment notes (each follows in full)</source>
        <translation>Behandlungsnotizen (jede folgt vollständig)</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Behandelt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>voided %1 by %2</source>
        <translation>ungültig gemacht %1 von %2</translation>
    </message>
    <message>
        <source>Outcome scores</source>
        <translation>Ergebniswerte</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ausgefüllt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messinstrument</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Letters and sheets given (each follows in full)</source>
        <translation>Ausgegebene Briefe und Merkblätter (jedes folgt vollständig)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Who opened the record</source>
        <translation>Wer die Akte geöffnet hat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Whole record of %1</source>
        <translation>Gesamte Akte von %1</translation>
    </message>
</context>
<context>
    <name>WholeRecordService</name>
    <message>
        <source>A whole record is one patient's.</source>
        <translation>Eine gesamte Akte gehört zu genau einer Person.</translation>
    </message>
    <message>
        <source>The record's PDF could not be made.</source>
        <translation>Das PDF der Akte konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Everything %1 holds about %2 %3, born %4.</source>
        <translation>Alles, was %1 über %2 %3, geboren am %4, gespeichert hat.</translation>
    </message>
    <message>
        <source>Made on %1 by %2.</source>
        <translation>Erstellt am %1 von %2.</translation>
    </message>
    <message>
        <source>%1: the record to read or print: details, every treatment note with its amendments, consents with the information leaflets given, screenings, appointments, outcome scores, letters, and who opened the record when.</source>
        <translation>%1: die Akte zum Lesen oder Drucken: Angaben, jede Behandlungsnotiz mit ihren Nachträgen, Einwilligungen mit den ausgegebenen Informationsblättern, Screenings, Termine, Ergebniswerte, Briefe, und wer die Akte wann geöffnet hat.</translation>
    </message>
    <message>
        <source>%1: the same record for another clinic's or a hospital's system, as a FHIR R4 Bundle (JSON).</source>
        <translation>%1: dieselbe Akte für das System einer anderen Praxis oder einer Klinik, als FHIR-R4-Bundle (JSON).</translation>
    </message>
    <message>
        <source>This archive holds health information. Keep it safe, and send it only by a secure route.</source>
        <translation>Dieses Archiv enthält Gesundheitsdaten. Bewahren Sie es sicher auf und versenden Sie es nur auf einem sicheren Weg.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>An archive holds at most 65,535 files.</source>
        <translation>Ein Archiv fasst höchstens 65.535 Dateien.</translation>
    </message>
    <message>
        <source>"%1" is not a file name inside an archive.</source>
        <translation>„%1“ ist kein Dateiname innerhalb eines Archivs.</translation>
    </message>
    <message>
        <source>"%1" is in the archive twice.</source>
        <translation>„%1“ ist zweimal im Archiv.</translation>
    </message>
    <message>
        <source>A file in the archive is larger than 4 GiB.</source>
        <translation>Eine Datei im Archiv ist größer als 4 GiB.</translation>
    </message>
    <message>
        <source>A file could not be compressed.</source>
        <translation>Eine Datei konnte nicht komprimiert werden.</translation>
    </message>
    <message>
        <source>The archive would be larger than 4 GiB.</source>
        <translation>Das Archiv wäre größer als 4 GiB.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>%1

The clinic's records were not changed; the restored copy is kept as %2.</source>
        <translation>%1

Die Daten der Praxis wurden nicht verändert; die wiederhergestellte Kopie bleibt als %2 erhalten.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>NeedleChart cannot open %1.

%2

The file has not been changed.</source>
        <translation>NeedleChart kann %1 nicht öffnen.

%2

Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot connect to the clinic server</source>
        <translation>Keine Verbindung zum Praxisserver möglich</translation>
    </message>
    <message>
        <source>%1

To work on this computer's own clinic file instead, start NeedleChart with --database FILE, or choose File &gt; Connect to clinic server... and clear the address.</source>
        <translation>%1

Um stattdessen mit der Praxisdatei dieses Computers zu arbeiten, starten Sie NeedleChart mit --database DATEI oder wählen Sie Datei &gt; Mit Praxisserver verbinden... und löschen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Clinic server password</source>
        <translation>Passwort für den Praxisserver</translation>
    </message>
    <message>
        <source>%1

Password:</source>
        <translation>%1

Passwort:</translation>
    </message>
    <message>
        <source>%1 prints patient data: sign in with --login NAME [--password-file FILE]</source>
        <translation>%1 druckt Patientendaten: Melden Sie sich mit --login NAME [--password-file DATEI] an</translation>
    </message>
    <message>
        <source>Creating the demo clinic</source>
        <translation>Die Demo-Praxis wird angelegt</translation>
    </message>
</context>
<context>
    <name>needlechart::AccountEditDialog</name>
    <message>
        <source>Edit Staff Account</source>
        <translation>Mitarbeiterkonto bearbeiten</translation>
    </message>
    <message>
        <source>New Staff Account</source>
        <translation>Neues Mitarbeiterkonto</translation>
    </message>
    <message>
        <source>as printed on notes, e.g. Alex Morgan</source>
        <translation>wie auf Notizen gedruckt, z. B. Alex Morgan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A login cannot change: notes and the audit trail name it.</source>
        <translation>Ein Anmeldename kann nicht geändert werden: Notizen und das Protokoll nennen ihn.</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, '.', '-' or '_'.</source>
        <translation>Kleinbuchstaben, Ziffern, '.', '-' oder '_'.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>&amp;Behandler</translation>
    </message>
    <message>
        <source>Charts treatment, signs their own notes and amends them.</source>
        <translation>Dokumentiert Behandlungen, unterschreibt eigene Notizen und fügt Nachträge hinzu.</translation>
    </message>
    <message>
        <source>&amp;Front desk</source>
        <translation>&amp;Empfang</translation>
    </message>
    <message>
        <source>Patients' details, the appointment book, leaflets; no notes.</source>
        <translation>Patientendaten, Terminbuch, Informationsblätter; keine Notizen.</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministrator</translation>
    </message>
    <message>
        <source>Staff accounts, clinic settings, the audit trail, backups.</source>
        <translation>Mitarbeiterkonten, Praxiseinstellungen, Protokoll, Sicherungen.</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>professional registration, printed with signatures</source>
        <translation>berufliche Registrierung, wird mit Unterschriften gedruckt</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Registrierung:</translation>
    </message>
    <message>
        <source>Authorised to &amp;needle</source>
        <translation>Berechtigt für &amp;Dry Needling</translation>
    </message>
    <message>
        <source>the register or the course, e.g. AACP register</source>
        <translation>das Register oder der Kurs, z. B. AACP-Register</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <source>Ac&amp;tive: may sign in</source>
        <translation>Ak&amp;tiv: darf sich anmelden</translation>
    </message>
    <message>
        <source>Accounts are never deleted, only deactivated: the notes they signed keep naming them.</source>
        <translation>Konten werden nie gelöscht, nur deaktiviert: Die von ihnen unterschriebenen Notizen nennen sie weiterhin.</translation>
    </message>
    <message>
        <source>A temporary password is made for the new account and shown once; the person chooses their own at their first sign-in.</source>
        <translation>Für das neue Konto wird ein vorläufiges Passwort erzeugt und einmalig angezeigt; die Person wählt bei der ersten Anmeldung ein eigenes.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;reate Account</source>
        <translation>&amp;Konto erstellen</translation>
    </message>
</context>
<context>
    <name>needlechart::AccountListModel</name>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>Active, temporary password</source>
        <translation>Aktiv, vorläufiges Passwort</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine hinterlegt</translation>
    </message>
    <message>
        <source>ran out %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Needling authorisation</source>
        <translation>Berechtigung Dry Needling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>needlechart::AccountsDialog</name>
    <message>
        <source>Staff Accounts</source>
        <translation>Mitarbeiterkonten</translation>
    </message>
    <message>
        <source>Who may sign in, and what each may do. Accounts are never deleted: deactivate one when someone leaves.</source>
        <translation>Wer sich anmelden darf und was jede Person tun darf. Konten werden nie gelöscht: Deaktivieren Sie ein Konto, wenn jemand die Praxis verlässt.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Cannot read the staff accounts</source>
        <translation>Die Mitarbeiterkonten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Vorläufiges Passwort</translation>
    </message>
    <message>
        <source>The temporary password of %1 is:

%2

Give it to them in person. It is shown only now; they choose their own password when they first sign in with it.</source>
        <translation>Das vorläufige Passwort von %1 lautet:

%2

Geben Sie es der Person persönlich. Es wird nur jetzt angezeigt; bei der ersten Anmeldung damit wählt die Person ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Give %1 a new temporary password? Their present password stops working at once.</source>
        <translation>%1 ein neues vorläufiges Passwort geben? Das bisherige Passwort ist sofort ungültig.</translation>
    </message>
    <message>
        <source>Password not reset</source>
        <translation>Passwort nicht zurückgesetzt</translation>
    </message>
    <message>
        <source>Account not unlocked</source>
        <translation>Konto nicht entsperrt</translation>
    </message>
</context>
<context>
    <name>needlechart::AdverseEventsSection</name>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>Add an adverse event</source>
        <translation>Unerwünschtes Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add an adverse event…</source>
        <translation>Unerwünschtes Ereignis hinzufügen…</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine erfasst.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Mild: short, reversible, no inconvenience. Significant: needs medical attention or limits activities. Serious: hospital admission, lasting disability or death.</source>
        <translation>Leicht: kurz, reversibel, ohne Beeinträchtigung. Erheblich: erfordert ärztliche Behandlung oder schränkt Aktivitäten ein. Schwerwiegend: Krankenhausaufnahme, bleibende Behinderung oder Tod.</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>was ist passiert</translation>
    </message>
    <message>
        <source>action taken</source>
        <translation>ergriffene Maßnahmen</translation>
    </message>
    <message>
        <source>follow-up arranged</source>
        <translation>veranlasste Nachsorge</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Ergriffene Maßnahmen</translation>
    </message>
    <message>
        <source>Follow-up arranged</source>
        <translation>Veranlasste Nachsorge</translation>
    </message>
</context>
<context>
    <name>needlechart::AfterCareSection</name>
    <message>
        <source>Soreness for 24 to 48 hours is common: keep moving, use heat. Small bruises may appear. If drowsy or light-headed, do not drive until it has passed.</source>
        <translation>Nachschmerz für 24 bis 48 Stunden ist häufig: in Bewegung bleiben, Wärme anwenden. Kleine Hämatome können auftreten. Bei Schläfrigkeit oder Benommenheit nicht Auto fahren, bis diese abgeklungen ist.</translation>
    </message>
    <message>
        <source>Needled over the chest: if breathless, chest pain on breathing or a dry cough develops in the next hours, seek urgent medical care (possible pneumothorax).</source>
        <translation>Nadelung im Brustkorbbereich: Bei Atemnot, atemabhängigen Brustschmerzen oder trockenem Husten in den nächsten Stunden umgehend ärztliche Hilfe suchen (möglicher Pneumothorax).</translation>
    </message>
    <message>
        <source>After treatment</source>
        <translation>Nach der Behandlung</translation>
    </message>
    <message>
        <source>Tiredness or drowsiness reported</source>
        <translation>Müdigkeit oder Schläfrigkeit angegeben</translation>
    </message>
    <message>
        <source>Soreness after treatment, 0 to 10</source>
        <translation>Nachschmerz nach der Behandlung, 0 bis 10</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Hämatom</translation>
    </message>
    <message>
        <source>where</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Bruising site</source>
        <translation>Lokalisation des Hämatoms</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Erteilte Hinweise</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <source>Review in 7 days</source>
        <translation>Kontrolle in 7 Tagen</translation>
    </message>
    <message>
        <source>Review in 14 days</source>
        <translation>Kontrolle in 14 Tagen</translation>
    </message>
    <message>
        <source>Review in 3 to 4 weeks</source>
        <translation>Kontrolle in 3 bis 4 Wochen</translation>
    </message>
    <message>
        <source>Review as needed</source>
        <translation>Kontrolle bei Bedarf</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Entlassen</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>was wurde gemacht</translation>
    </message>
    <message>
        <source>%1: what was done</source>
        <translation>%1: was wurde gemacht</translation>
    </message>
    <message>
        <source>Other care</source>
        <translation>Weitere Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Folgetermin</translation>
    </message>
    <message>
        <source>say what was given today</source>
        <translation>angeben, was heute durchgeführt wurde</translation>
    </message>
    <message>
        <source>&amp;Insert standard advice</source>
        <translation>Standardhinweise &amp;einfügen</translation>
    </message>
    <message>
        <source>S&amp;oreness (0–10)</source>
        <translation>&amp;Nachschmerz (0–10)</translation>
    </message>
</context>
<context>
    <name>needlechart::AmendmentDialog</name>
    <message>
        <source>Add an amendment</source>
        <translation>Nachtrag hinzufügen</translation>
    </message>
    <message>
        <source>e.g. side recorded wrongly, late entry, patient phoned</source>
        <translation>z. B. Seite falsch erfasst, verspäteter Eintrag, Patient hat angerufen</translation>
    </message>
    <message>
        <source>The signed note stays as it is. The amendment is added below it with your name and the time, and cannot be changed later.</source>
        <translation>Die unterschriebene Notiz bleibt unverändert. Der Nachtrag wird mit Ihrem Namen und der Uhrzeit darunter angefügt und kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>Nachtrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>&amp;Amendment</source>
        <translation>&amp;Nachtrag</translation>
    </message>
</context>
<context>
    <name>needlechart::AmendmentsPanel</name>
    <message>
        <source>Amendments</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Add amendment…</source>
        <translation>Nachtrag hinzufügen…</translation>
    </message>
    <message>
        <source>None. The note stands as signed.</source>
        <translation>Keine. Die Notiz gilt wie unterschrieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt; — &lt;i&gt;%3&lt;/i&gt;&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt; — &lt;i&gt;%3&lt;/i&gt;&lt;br&gt;%4</translation>
    </message>
</context>
<context>
    <name>needlechart::AppointmentBookPage</name>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>login they chart under (optional)</source>
        <translation>Anmeldename für die Dokumentation (optional)</translation>
    </message>
    <message>
        <source>Add clinician</source>
        <translation>Behandler hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Working days, login, or stop taking bookings</source>
        <translation>Arbeitstage, Anmeldename oder keine Termine mehr annehmen</translation>
    </message>
    <message>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Raum hinzufügen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Retire or bring back</source>
        <translation>Stilllegen oder reaktivieren</translation>
    </message>
    <message>
        <source>A retired room is not offered for new bookings; bookings already in it keep it.</source>
        <translation>Ein stillgelegter Raum wird für neue Termine nicht angeboten; bereits gebuchte Termine behalten ihn.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>Geöffnet am</translation>
    </message>
    <message>
        <source>Hours and days are saved with “Save details” on the Clinic tab.</source>
        <translation>Zeiten und Tage werden mit „Angaben speichern“ auf der Registerkarte „Praxis“ gespeichert.</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no longer takes bookings</source>
        <translation>nimmt keine Termine mehr an</translation>
    </message>
    <message>
        <source>%1  ·  retired</source>
        <translation>%1  ·  stillgelegt</translation>
    </message>
    <message>
        <source>Rename the room</source>
        <translation>Raum umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Your new name “%1” is kept for when you choose Rename… again.</source>
        <translation>Ihr neuer Name „%1“ bleibt erhalten, bis Sie wieder „Umbenennen…“ wählen.</translation>
    </message>
</context>
<context>
    <name>needlechart::AppointmentBookView</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Zu Datum springen</translation>
    </message>
    <message>
        <source>Clinician for the week view</source>
        <translation>Behandler für die Wochenansicht</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>.ics exportieren…</translation>
    </message>
    <message>
        <source>Save the shown bookings as a calendar file any calendar program opens</source>
        <translation>Angezeigte Termine als Kalenderdatei speichern, die jedes Kalenderprogramm öffnen kann</translation>
    </message>
    <message>
        <source>Day sheet…</source>
        <translation>Tagesliste…</translation>
    </message>
    <message>
        <source>Print the shown day's bookings for the front desk</source>
        <translation>Termine des angezeigten Tages für den Empfang drucken</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Termin buchen…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Print appointment card…</source>
        <translation>Terminkarte drucken…</translation>
    </message>
    <message>
        <source>Save to a calendar (.ics)…</source>
        <translation>In Kalender speichern (.ics)…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Absagen…</translation>
    </message>
    <message>
        <source>Cannot change the appointment</source>
        <translation>Der Termin kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>&amp;Why is it cancelled? (the patient is not told by NeedleChart)</source>
        <translation>&amp;Warum wird der Termin abgesagt? (NeedleChart benachrichtigt den Patienten nicht)</translation>
    </message>
    <message>
        <source>&amp;Cancel the appointment</source>
        <translation>Termin &amp;absagen</translation>
    </message>
    <message>
        <source>&amp;Keep the appointment</source>
        <translation>Termin &amp;behalten</translation>
    </message>
    <message>
        <source>Export the bookings</source>
        <translation>Termine exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>another clinician</source>
        <translation>einem anderen Behandler</translation>
    </message>
    <message>
        <source>Change the clinician?</source>
        <translation>Behandler wechseln?</translation>
    </message>
    <message>
        <source>This moves the appointment from %1 to %2.

See %2 instead?</source>
        <translation>Damit wird der Termin von %1 zu %2 verlegt.

Termin stattdessen bei %2?</translation>
    </message>
    <message>
        <source>Cannot move the appointment</source>
        <translation>Der Termin kann nicht verschoben werden</translation>
    </message>
</context>
<context>
    <name>needlechart::AppointmentCalendar</name>
    <message>
        <source>Appointment book</source>
        <translation>Terminbuch</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>unknown patient</source>
        <translation>unbekannter Patient</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Slot %1, %2: %3</source>
        <translation>Zeitfenster %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>needlechart::AppointmentDialog</name>
    <message>
        <source>Change the appointment</source>
        <translation>Termin ändern</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <source>Name, phone or date of birth</source>
        <translation>Name, Telefon oder Geburtsdatum</translation>
    </message>
    <message>
        <source>Find the patient</source>
        <translation>Patient suchen</translation>
    </message>
    <message>
        <source>Patients matching the search</source>
        <translation>Passende Patienten</translation>
    </message>
    <message>
        <source>Choose the clinician</source>
        <translation>Behandler auswählen</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Kein Raum</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>No patient chosen yet</source>
        <translation>Noch kein Patient ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>Be&amp;handler</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
</context>
<context>
    <name>needlechart::AppointmentListModel</name>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>Late (1 minute)</source>
        <translation>Verspätet (1 Min.)</translation>
    </message>
    <message>
        <source>Late (%1 minutes)</source>
        <translation>Verspätet (%1 Min.)</translation>
    </message>
    <message>
        <source>Not arrived (ended %1)</source>
        <translation>Nicht eingetroffen (Ende %1)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>needlechart::AppointmentsPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>He&amp;ute</translation>
    </message>
    <message>
        <source>Notes d&amp;ue</source>
        <translation>&amp;Fällige Notizen</translation>
    </message>
</context>
<context>
    <name>needlechart::AuditEventModel</name>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (Nr. %2)</translation>
    </message>
    <message>
        <source>(unknown login)</source>
        <translation>(unbekannter Anmeldename)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>needlechart::AuditViewerDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Protokoll (Audit-Trail)</translation>
    </message>
    <message>
        <source>Any patient</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>The patient's number, as on their details</source>
        <translation>Die Patientennummer, wie in den Patientendaten angegeben</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Akti&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Das Protokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The newest %1 rows: narrow the filters to see older ones.</source>
        <translation>Die neuesten %1 Zeilen: Grenzen Sie die Filter ein, um ältere zu sehen.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the audit trail</source>
        <translation>Das Protokoll kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
</context>
<context>
    <name>needlechart::AutomaticBackups</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>

A clinic that loses its disk without a recent backup loses its records.</source>
        <translation>

Eine Praxis, die ihre Festplatte ohne aktuelle Sicherung verliert, verliert ihre Patientenakten.</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Sicherung vor dem Beenden…</translation>
    </message>
    <message>
        <source>Backups: unknown</source>
        <translation>Sicherungen: unbekannt</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>Letzte Sicherung %1</translation>
    </message>
    <message>
        <source>Verified: %1 patients, %2 notes, from %3.</source>
        <translation>Geprüft: %1 Patienten, %2 Notizen, von %3.</translation>
    </message>
</context>
<context>
    <name>needlechart::BackgroundFileCheck</name>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
</context>
<context>
    <name>needlechart::BackupPage</name>
    <message>
        <source> daily</source>
        <translation> tägliche</translation>
    </message>
    <message>
        <source> weekly</source>
        <translation> wöchentliche</translation>
    </message>
    <message>
        <source> monthly</source>
        <translation> monatliche</translation>
    </message>
    <message>
        <source>A USB disk or a network share, such as /media/backup</source>
        <translation>Ein USB-Laufwerk oder eine Netzwerkfreigabe, z. B. /media/backup</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>New backup passphrase</source>
        <translation>Neue Passphrase für Sicherungen</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>&amp;Save backup settings</source>
        <translation>Sicherungseinstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Wo und wann</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>Sichern &amp;alle:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Aufbewahren:</translation>
    </message>
    <message>
        <source>This workstation also backs up at its first start of each day and when it closes. On a clinic server, the server's own schedule runs "needlechart admin backup" instead (see the administration guide).</source>
        <translation>Dieser Arbeitsplatz sichert außerdem beim ersten Start jedes Tages und beim Beenden. Bei einem Praxisserver führt stattdessen der Zeitplan des Servers "needlechart admin backup" aus (siehe Administrationshandbuch).</translation>
    </message>
    <message>
        <source>Set &amp;passphrase</source>
        <translation>&amp;Passphrase festlegen</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Wie&amp;derholen:</translation>
    </message>
    <message>
        <source>At least 12 characters; a few unrelated words are easy to type and hard to guess. The passphrase is not stored anywhere: write it down and keep it away from the computer (a sealed envelope in the clinic's safe). Without it no backup can be restored. A new passphrase is used for new backups; older ones keep theirs.</source>
        <translation>Mindestens 12 Zeichen; einige nicht zusammenhängende Wörter sind leicht zu tippen und schwer zu erraten. Die Passphrase wird nirgends gespeichert: Schreiben Sie sie auf und bewahren Sie sie getrennt vom Computer auf (in einem versiegelten Umschlag im Tresor der Praxis). Ohne sie kann keine Sicherung wiederhergestellt werden. Eine neue Passphrase gilt für neue Sicherungen; ältere behalten ihre bisherige.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>File or problem</source>
        <translation>Datei oder Problem</translation>
    </message>
    <message>
        <source>Recent backups</source>
        <translation>Letzte Sicherungen</translation>
    </message>
    <message>
        <source>Last good backup: %1, %2 patients and %3 notes, from %4.</source>
        <translation>Letzte erfolgreiche Sicherung: %1, %2 Patienten und %3 Notizen, von %4.</translation>
    </message>
    <message>
        <source>The last attempt (%1) failed: %2</source>
        <translation>Der letzte Versuch (%1) ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>New backups are encrypted with the clinic's passphrase (set %1).</source>
        <translation>Neue Sicherungen werden mit der Passphrase der Praxis verschlüsselt (festgelegt am %1).</translation>
    </message>
    <message>
        <source>No passphrase is set: backups are not encrypted. Set one below.</source>
        <translation>Keine Passphrase festgelegt: Sicherungen werden nicht verschlüsselt. Legen Sie unten eine fest.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
</context>
<context>
    <name>needlechart::BeforeNeedlingDialog</name>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Record sc&amp;reening…</source>
        <translation>&amp;Screening erfassen…</translation>
    </message>
    <message>
        <source>&amp;Start charting</source>
        <translation>&amp;Dokumentation beginnen</translation>
    </message>
    <message>
        <source>&amp;Not needling this visit</source>
        <translation>Diesmal &amp;ohne Nadelung</translation>
    </message>
    <message>
        <source>Before needling — %1</source>
        <translation>Vor der Nadelung — %1</translation>
    </message>
    <message>
        <source>Chart this visit without needling (for example soft tissue work instead), with the reason.</source>
        <translation>Diese Behandlung ohne Nadelung dokumentieren (z. B. stattdessen Weichteiltechniken), mit Begründung.</translation>
    </message>
    <message>
        <source>%1: the consent and the precaution screening this session relies on. Record what is missing now, or chart the visit without needling.</source>
        <translation>%1: Einwilligung und Screening auf Vorsichtsmaßnahmen, auf die sich diese Behandlung stützt. Erfassen Sie jetzt, was fehlt, oder dokumentieren Sie die Behandlung ohne Nadelung.</translation>
    </message>
    <message>
        <source>&amp;Don't start the session</source>
        <translation>Behandlung &amp;nicht beginnen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Precaution screening</source>
        <translation>Screening auf Vorsichtsmaßnahmen</translation>
    </message>
    <message>
        <source>Consent and screening could not be read: %1</source>
        <translation>Einwilligung und Screening konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Given on %1 (%2) after leaflet version %3, recorded by %4.</source>
        <translation>Erteilt am %1 (%2) nach Informationsblatt Version %3, erfasst von %4.</translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>Record a new &amp;consent…</source>
        <translation>Neue &amp;Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Screened on %1 by %2.</source>
        <translation>Screening am %1 durch %2.</translation>
    </message>
    <message>
        <source>Precautions to keep in mind: %1.</source>
        <translation>Zu beachtende Vorsichtsmaßnahmen: %1.</translation>
    </message>
    <message>
        <source>No precautions found.</source>
        <translation>Keine Vorsichtsmaßnahmen festgestellt.</translation>
    </message>
    <message>
        <source>Screen &amp;again…</source>
        <translation>Screening &amp;wiederholen…</translation>
    </message>
    <message>
        <source>Cleared to needle.</source>
        <translation>Nadelung freigegeben.</translation>
    </message>
    <message>
        <source>Cleared to needle with care: a precaution at a site you needle is acknowledged in the note before it is signed.</source>
        <translation>Nadelung mit Vorsicht freigegeben: Eine Vorsichtsmaßnahme an einer genadelten Stelle wird in der Notiz bestätigt, bevor diese unterschrieben wird.</translation>
    </message>
    <message>
        <source>Not cleared to needle yet. You can start the note, but a note with needling cannot be signed until the above is recorded.</source>
        <translation>Nadelung noch nicht freigegeben. Sie können die Notiz beginnen, aber eine Notiz mit Nadelung kann erst unterschrieben werden, wenn das oben Genannte erfasst ist.</translation>
    </message>
    <message>
        <source>&amp;Start the note anyway</source>
        <translation>Notiz &amp;trotzdem beginnen</translation>
    </message>
</context>
<context>
    <name>needlechart::BodyMapPicture</name>
    <message>
        <source>Body map of the visit</source>
        <translation>Körperkarte der Behandlung</translation>
    </message>
    <message>
        <source>Points: %1; shaded areas: %2</source>
        <translation>Punkte: %1; eingezeichnete Bereiche: %2</translation>
    </message>
</context>
<context>
    <name>needlechart::BodyMapView</name>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Show the front view</source>
        <translation>Vorderseite anzeigen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>Show the back view</source>
        <translation>Rückseite anzeigen</translation>
    </message>
    <message>
        <source>Earlier points</source>
        <translation>Frühere Punkte</translation>
    </message>
    <message>
        <source>Show earlier sessions' points and the last pain drawing</source>
        <translation>Punkte früherer Behandlungen und die letzte Schmerzzeichnung anzeigen</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Show heat map</source>
        <translation>Heatmap anzeigen</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the figure</source>
        <translation>Figur einpassen</translation>
    </message>
</context>
<context>
    <name>needlechart::BodyMapWidget</name>
    <message>
        <source>%1, left</source>
        <translation>%1, links</translation>
    </message>
    <message>
        <source>%1, right</source>
        <translation>%1, rechts</translation>
    </message>
    <message>
        <source>Body map, anterior view</source>
        <translation>Körperkarte, Ansicht von vorn</translation>
    </message>
    <message>
        <source>Body map, posterior view</source>
        <translation>Körperkarte, Ansicht von hinten</translation>
    </message>
    <message>
        <source>Point %1: %2</source>
        <translation>Punkt %1: %2</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
    <message>
        <source>This note is signed: its pain drawing can no longer change.</source>
        <translation>Diese Notiz ist unterschrieben: Die Schmerzzeichnung kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Nothing shaded here to erase.</source>
        <translation>Hier ist nichts eingezeichnet, das gelöscht werden könnte.</translation>
    </message>
    <message>
        <source>This note is signed: points can no longer be added or moved.</source>
        <translation>Diese Notiz ist unterschrieben: Punkte können nicht mehr hinzugefügt oder verschoben werden.</translation>
    </message>
    <message>
        <source>No muscle here. To chart this place, right-click it and choose "Mark another site here".</source>
        <translation>Hier ist kein Muskel. Um diese Stelle zu dokumentieren, klicken Sie mit der rechten Maustaste darauf und wählen Sie „Hier eine andere Stelle markieren“.</translation>
    </message>
    <message>
        <source>No muscle here: click on a muscle to mark a trigger point.</source>
        <translation>Hier ist kein Muskel: Klicken Sie auf einen Muskel, um einen Triggerpunkt zu markieren.</translation>
    </message>
    <message>
        <source>Shade on the body: this stroke missed it.</source>
        <translation>Zeichnen Sie auf dem Körper: Dieser Strich lag daneben.</translation>
    </message>
    <message>
        <source>A trigger point stays on a muscle: it cannot move further this way.</source>
        <translation>Ein Triggerpunkt bleibt auf einem Muskel: Weiter in diese Richtung lässt er sich nicht verschieben.</translation>
    </message>
    <message>
        <source>History of %1…</source>
        <translation>Verlauf von %1…</translation>
    </message>
    <message>
        <source>Mark another site here…</source>
        <translation>Hier eine andere Stelle markieren…</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>Punkt löschen</translation>
    </message>
    <message>
        <source>Point %1, %2: click to select it, drag to move it.</source>
        <translation>Punkt %1, %2: zum Auswählen klicken, zum Verschieben ziehen.</translation>
    </message>
    <message>
        <source>No trigger points marked in this view.</source>
        <translation>In dieser Ansicht sind keine Triggerpunkte markiert.</translation>
    </message>
    <message>
        <source>1 trigger point marked in this view.</source>
        <translation>In dieser Ansicht ist 1 Triggerpunkt markiert.</translation>
    </message>
    <message>
        <source>%1 trigger points marked in this view.</source>
        <translation>In dieser Ansicht sind %1 Triggerpunkte markiert.</translation>
    </message>
    <message>
        <source>Point %1 selected: %2.</source>
        <translation>Punkt %1 ausgewählt: %2.</translation>
    </message>
</context>
<context>
    <name>needlechart::CarriedItemsBar</name>
    <message>
        <source>S&amp;tart from the last session</source>
        <translation>&amp;Letzte Behandlung übernehmen</translation>
    </message>
    <message>
        <source>Con&amp;firm all as done today</source>
        <translation>Alle als heute erfolgt &amp;bestätigen</translation>
    </message>
    <message>
        <source>Remove the &amp;unconfirmed</source>
        <translation>&amp;Unbestätigte entfernen</translation>
    </message>
    <message>
        <source>Copy the last signed note's points (with their technique and depth), needle sizes and other care. Each copy is marked until you record today's findings or confirm it.</source>
        <translation>Übernimmt die Punkte der letzten unterschriebenen Notiz (mit Technik und Tiefe), die Nadelgrößen und die weiteren Maßnahmen. Jede Kopie bleibt markiert, bis Sie die heutigen Befunde erfassen oder sie bestätigen.</translation>
    </message>
    <message>
        <source>1 item is copied and not yet confirmed (shown in italics). Record today's findings, or confirm or remove it before signing.</source>
        <translation>1 Eintrag wurde übernommen und ist noch nicht bestätigt (kursiv dargestellt). Erfassen Sie die heutigen Befunde oder bestätigen bzw. entfernen Sie ihn vor dem Unterschreiben.</translation>
    </message>
    <message>
        <source>%1 items are copied and not yet confirmed (shown in italics). Record today's findings, or confirm or remove them before signing.</source>
        <translation>%1 Einträge wurden übernommen und sind noch nicht bestätigt (kursiv dargestellt). Erfassen Sie die heutigen Befunde oder bestätigen bzw. entfernen Sie sie vor dem Unterschreiben.</translation>
    </message>
    <message>
        <source>The last signed note is from %1.</source>
        <translation>Die letzte unterschriebene Notiz ist vom %1.</translation>
    </message>
</context>
<context>
    <name>needlechart::ChangePasswordDialog</name>
    <message>
        <source>Change My Password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>An admin has reset your password. Choose a password of your own before going on: at least %1 characters, not a common one. Three or four unrelated words are easy to remember and hard to guess.</source>
        <translation>Ein Administrator hat Ihr Passwort zurückgesetzt. Wählen Sie ein eigenes Passwort, bevor Sie fortfahren: mindestens %1 Zeichen, kein gängiges Passwort. Drei oder vier nicht zusammenhängende Wörter sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>A new password needs at least %1 characters and must not be a common one. Three or four unrelated words are easy to remember and hard to guess.</source>
        <translation>Ein neues Passwort braucht mindestens %1 Zeichen und darf kein gängiges sein. Drei oder vier nicht zusammenhängende Wörter sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Vorläufiges Passwort:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same one twice.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe ein.</translation>
    </message>
</context>
<context>
    <name>needlechart::CharacterCounter</name>
    <message>
        <source>%L1 of %L2 characters: %L3 too many</source>
        <translation>%L1 von %L2 Zeichen: %L3 zu viel</translation>
    </message>
    <message>
        <source>%L1 of %L2 characters</source>
        <translation>%L1 von %L2 Zeichen</translation>
    </message>
</context>
<context>
    <name>needlechart::ClinicProfilePage</name>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source> idle minutes</source>
        <translation> Minuten ohne Aktivität</translation>
    </message>
    <message>
        <source>Every workstation covers its window after this long without use; the same person unlocks it with their password.</source>
        <translation>Jeder Arbeitsplatz verdeckt sein Fenster nach dieser Zeit ohne Nutzung; dieselbe Person entsperrt es mit ihrem Passwort.</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo auswählen…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Angaben speichern</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Screening &amp;review</source>
        <translation>Screening-&amp;Intervall</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after</source>
        <translation>Bildschirm &amp;sperren nach</translation>
    </message>
    <message>
        <source>Choose the clinic's logo</source>
        <translation>Logo der Praxis auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
</context>
<context>
    <name>needlechart::ClinicServerDialog</name>
    <message>
        <source>Connect to Clinic Server</source>
        <translation>Mit Praxisserver verbinden</translation>
    </message>
    <message>
        <source>Several workstations (the front desk, the treatment rooms) can share one clinic database on a PostgreSQL server that your IT support set up. Enter its address; NeedleChart connects to it from the next start on.

Passwords are never stored: they come from ~/.pgpass or a service file, or NeedleChart asks for one.</source>
        <translation>Mehrere Arbeitsplätze (Empfang, Behandlungsräume) können eine gemeinsame Praxisdatenbank auf einem PostgreSQL-Server nutzen, den Ihr IT-Support eingerichtet hat. Geben Sie dessen Adresse ein; NeedleChart verbindet sich ab dem nächsten Start damit.

Passwörter werden nie gespeichert: Sie stammen aus ~/.pgpass oder einer Service-Datei, oder NeedleChart fragt danach.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Connect at Next Start</source>
        <translation>Beim nächsten &amp;Start verbinden</translation>
    </message>
    <message>
        <source>Use This Computer's &amp;File</source>
        <translation>&amp;Datei dieses Computers verwenden</translation>
    </message>
</context>
<context>
    <name>needlechart::ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Praxiseinstellungen</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation>Informationsblatt</translation>
    </message>
    <message>
        <source>Letters and sheets</source>
        <translation>Briefe und Merkblätter</translation>
    </message>
    <message>
        <source>Appointment book</source>
        <translation>Terminbuch</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>needlechart::ClinicianDialog</name>
    <message>
        <source>Takes bookings</source>
        <translation>Nimmt Termine an</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>the login they chart under (optional)</source>
        <translation>Anmeldename für die Dokumentation (optional)</translation>
    </message>
    <message>
        <source>Untick when they leave: their column goes from the day view and their past bookings stay on record.</source>
        <translation>Häkchen entfernen, wenn die Person die Praxis verlässt: Ihre Spalte verschwindet aus der Tagesansicht, ihre früheren Termine bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Anmeldename</translation>
    </message>
    <message>
        <source>Works on</source>
        <translation>Arbeitstage</translation>
    </message>
</context>
<context>
    <name>needlechart::CompareVisitsDialog</name>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 less</source>
        <translation>%1 weniger</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 mehr</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Compare visits — %1</source>
        <translation>Behandlungen vergleichen — %1</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Erste Behandlung</translation>
    </message>
    <message>
        <source>Second visit</source>
        <translation>Zweite Behandlung</translation>
    </message>
    <message>
        <source>Compare visits</source>
        <translation>Behandlungen vergleichen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (Entwurf)</translation>
    </message>
    <message>
        <source>This patient has no sessions to compare yet.</source>
        <translation>Für diesen Patienten gibt es noch keine Behandlungen zum Vergleichen.</translation>
    </message>
    <message>
        <source>This note could not be read: %1</source>
        <translation>Diese Notiz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Pain before %1, after %2</source>
        <translation>Schmerz vorher %1, nachher %2</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Nicht genadelt</translation>
    </message>
    <message>
        <source>1 point needled</source>
        <translation>1 Punkt genadelt</translation>
    </message>
    <message>
        <source>%1 points needled</source>
        <translation>%1 Punkte genadelt</translation>
    </message>
    <message>
        <source>Pain drawing: 1 area</source>
        <translation>Schmerzzeichnung: 1 Bereich</translation>
    </message>
    <message>
        <source>Pain drawing: %1 areas</source>
        <translation>Schmerzzeichnung: %1 Bereiche</translation>
    </message>
    <message>
        <source>Soreness after: %1</source>
        <translation>Nachschmerz: %1</translation>
    </message>
    <message>
        <source>The same visit is shown twice: choose another on one side.</source>
        <translation>Dieselbe Behandlung wird zweimal angezeigt: Wählen Sie auf einer Seite eine andere.</translation>
    </message>
    <message>
        <source>Pain before treatment: %1</source>
        <translation>Schmerz vor der Behandlung: %1</translation>
    </message>
    <message>
        <source>Pain after treatment: %1</source>
        <translation>Schmerz nach der Behandlung: %1</translation>
    </message>
    <message>
        <source>Needled both times: %1</source>
        <translation>Beide Male genadelt: %1</translation>
    </message>
    <message>
        <source>Only the earlier visit: %1</source>
        <translation>Nur bei der früheren Behandlung: %1</translation>
    </message>
    <message>
        <source>Only the later visit: %1</source>
        <translation>Nur bei der späteren Behandlung: %1</translation>
    </message>
</context>
<context>
    <name>needlechart::ConsentDialog</name>
    <message>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Mündlich</translation>
    </message>
    <message>
        <source>Consent to dry needling — %1</source>
        <translation>Einwilligung in Dry Needling — %1</translation>
    </message>
    <message>
        <source>Leaflet version given</source>
        <translation>Ausgehändigte Version des Informationsblatts</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 vom %2</translation>
    </message>
    <message>
        <source>regions, or the course of treatment</source>
        <translation>Körperregionen oder die Behandlungsserie</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Leaflet given</source>
        <translation>&amp;Informationsblatt ausgehändigt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;Umfang</translation>
    </message>
    <message>
        <source>&amp;Name as signed</source>
        <translation>&amp;Name laut Unterschrift</translation>
    </message>
    <message>
        <source>&amp;Witness</source>
        <translation>&amp;Zeuge</translation>
    </message>
    <message>
        <source>Record this after the patient has read the leaflet and had their questions answered. It is recorded now, by %1, and cannot be changed later; a withdrawal is recorded on it.</source>
        <translation>Erfassen Sie dies, nachdem der Patient das Informationsblatt gelesen hat und seine Fragen beantwortet wurden. Die Einwilligung wird jetzt von %1 erfasst und kann später nicht geändert werden; ein Widerruf wird bei ihr vermerkt.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
</context>
<context>
    <name>needlechart::DocumentTemplatesPage</name>
    <message>
        <source>Template text (Markdown)</source>
        <translation>Vorlagentext (Markdown)</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>Vorlagenvorschau</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Save &amp;template as new version</source>
        <translation>&amp;Vorlage als neue Version speichern</translation>
    </message>
    <message>
        <source>Markdown: # for headings, - for lists, **bold**. These fields are filled in from the patient's record when a document is written: %1</source>
        <translation>Markdown: # für Überschriften, - für Listen, **fett**. Diese Felder werden beim Erstellen eines Dokuments aus der Patientenakte ausgefüllt: %1</translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3. Documents kept on a record name the version they were written from.</source>
        <translation>Version %1, gespeichert am %2 von %3. In einer Akte abgelegte Dokumente nennen die Version, aus der sie erstellt wurden.</translation>
    </message>
</context>
<context>
    <name>needlechart::DraftListModel</name>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Overdue: not signed on the day of treatment</source>
        <translation>Überfällig: nicht am Behandlungstag unterschrieben</translation>
    </message>
    <message>
        <source>To sign today</source>
        <translation>Heute zu unterschreiben</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Behandelt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Unterschrift</translation>
    </message>
</context>
<context>
    <name>needlechart::FirstAdminDialog</name>
    <message>
        <source>Create the First Account</source>
        <translation>Erstes Konto anlegen</translation>
    </message>
    <message>
        <source>This clinic database has no staff accounts yet. Create the first one: an admin, who then adds the clinicians and the front desk. If you also treat patients, tick the box below so that you can chart too.</source>
        <translation>Diese Praxisdatenbank hat noch keine Mitarbeiterkonten. Legen Sie das erste an: einen Administrator, der dann die Behandler und den Empfang hinzufügt. Wenn Sie auch Patienten behandeln, setzen Sie unten das Häkchen, damit Sie auch dokumentieren können.</translation>
    </message>
    <message>
        <source>as printed on notes, e.g. Alex Morgan</source>
        <translation>wie auf Notizen gedruckt, z. B. Alex Morgan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. alex</source>
        <translation>z. B. alex</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>I am also a &amp;clinician who charts treatment</source>
        <translation>Ich bin auch &amp;Behandler und dokumentiere Behandlungen</translation>
    </message>
    <message>
        <source>professional registration, if any</source>
        <translation>berufliche Registrierung, falls vorhanden</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Registrierung:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>C&amp;reate Account</source>
        <translation>&amp;Konto anlegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe ein.</translation>
    </message>
</context>
<context>
    <name>needlechart::FunctionScalePanel</name>
    <message>
        <source>&amp;Record PSFS…</source>
        <translation>PSFS &amp;erfassen…</translation>
    </message>
    <message>
        <source>Mark entered in &amp;error…</source>
        <translation>Als &amp;Fehleintrag markieren…</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale over the visits</source>
        <translation>Patientenspezifische Funktionsskala (PSFS) im Verlauf der Behandlungen</translation>
    </message>
    <message>
        <source>Completions of the Patient-Specific Functional Scale</source>
        <translation>Erhebungen der Patientenspezifischen Funktionsskala (PSFS)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3  ·  by %4</source>
        <translation>%1  ·  %2  ·  %3  ·  von %4</translation>
    </message>
    <message>
        <source>  ·  entered in error (%1, %2)</source>
        <translation>  ·  als Fehleintrag markiert (%1, %2)</translation>
    </message>
    <message>
        <source>Select a patient to see their functional scale.</source>
        <translation>Wählen Sie einen Patienten aus, um seine Funktionsskala zu sehen.</translation>
    </message>
    <message>
        <source>The Patient-Specific Functional Scale was not scored yet: Record PSFS… at the first visit, then at reviews.</source>
        <translation>Die Patientenspezifische Funktionsskala (PSFS) wurde noch nicht erhoben: „PSFS erfassen…“ bei der ersten Behandlung, danach bei den Kontrollen.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Als Fehleintrag markieren</translation>
    </message>
    <message>
        <source>Why was the score of %1 entered in error? It stays on the record, out of the chart.</source>
        <translation>Warum wurde der Wert vom %1 fälschlich eingetragen? Er bleibt in der Akte, erscheint aber nicht mehr im Diagramm.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>Als &amp;Fehleintrag markieren</translation>
    </message>
    <message>
        <source>&amp;Keep the score</source>
        <translation>Wert &amp;behalten</translation>
    </message>
    <message>
        <source>Cannot mark the score</source>
        <translation>Der Wert kann nicht markiert werden</translation>
    </message>
</context>
<context>
    <name>needlechart::ImportCheckPage</name>
    <message>
        <source>Rows that cannot be registered as they are:</source>
        <translation>Zeilen, die so nicht angelegt werden können:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <source>Rows that cannot be registered</source>
        <translation>Zeilen, die nicht angelegt werden können</translation>
    </message>
    <message>
        <source>Rows that may be patients already known:</source>
        <translation>Zeilen, die bereits bekannte Patienten sein könnten:</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Doppelte</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Every row has been checked; nothing is registered until you choose Import. The import is all or nothing.</source>
        <translation>Jede Zeile wurde geprüft; angelegt wird erst, wenn Sie Importieren wählen. Der Import gelingt ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1, born %2 (registered)</source>
        <translation>%1, geboren %2 (angelegt)</translation>
    </message>
    <message>
        <source>line %1 of this file</source>
        <translation>Zeile %1 dieser Datei</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Trotzdem anlegen</translation>
    </message>
    <message>
        <source>Decision for line %1</source>
        <translation>Entscheidung für Zeile %1</translation>
    </message>
    <message>
        <source>Registering the patients…</source>
        <translation>Die Patienten werden angelegt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import Patients</source>
        <translation>Patienten importieren</translation>
    </message>
    <message>
        <source>Nothing was registered.</source>
        <translation>Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was registered.</source>
        <translation>Der Import wurde abgebrochen: Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Rows read: %1. Ready to register: %2. Cannot be registered as they are: %3. May be patients already known: %4.</source>
        <translation>Gelesene Zeilen: %1. Bereit zum Anlegen: %2. So nicht anlegbar: %3. Vielleicht bereits bekannte Patienten: %4.</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows that cannot be registered, and import the others</source>
        <translation>Die Zeilen, die nicht angelegt werden können, &amp;auslassen und die übrigen importieren</translation>
    </message>
    <message>
        <source>Patients registered: %1.</source>
        <translation>Angelegte Patienten: %1.</translation>
    </message>
    <message>
        <source>Left out: rows that could not be registered, %1; possible duplicates, %2.</source>
        <translation>Ausgelassen: nicht anlegbare Zeilen, %1; mögliche Doppelte, %2.</translation>
    </message>
</context>
<context>
    <name>needlechart::ImportFilePage</name>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>The patient list</source>
        <translation>Die Patientenliste</translation>
    </message>
    <message>
        <source>Choose the CSV file another system saved the clinic's patients in. Nothing is registered until the last step.</source>
        <translation>Wählen Sie die CSV-Datei, in der ein anderes Programm die Patienten der Praxis gespeichert hat. Angelegt wird erst im letzten Schritt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>The file's first rows</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Import Patients</source>
        <translation>Patienten importieren</translation>
    </message>
    <message>
        <source>Patient lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Patientenlisten (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>senkrechte Striche</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>%1 rows (with the headings, if any), written in %2, columns separated by %3. The first rows:</source>
        <translation>%1 Zeilen (mit den Überschriften, falls vorhanden), kodiert als %2, Spalten getrennt durch %3. Die ersten Zeilen:</translation>
    </message>
</context>
<context>
    <name>needlechart::ImportMappingPage</name>
    <message>
        <source>The first row holds the column &amp;headings</source>
        <translation>Die erste Zeile enthält die Spalten&amp;überschriften</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Was jede Spalte enthält</translation>
    </message>
    <message>
        <source>Check the field chosen for each column of the file. Columns marked "not imported" are left out.</source>
        <translation>Prüfen Sie das Feld, das für jede Spalte der Datei gewählt ist. Spalten mit „nicht importiert“ werden ausgelassen.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>&amp;Datumsangaben:</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Was Spalte %1 enthält</translation>
    </message>
    <message>
        <source>Choose the columns that hold the family name and the given name.</source>
        <translation>Wählen Sie die Spalten mit dem Nachnamen und dem Vornamen.</translation>
    </message>
    <message>
        <source>Two columns are marked as %1: choose one.</source>
        <translation>Zwei Spalten sind als %1 markiert: Wählen Sie eine.</translation>
    </message>
</context>
<context>
    <name>needlechart::ImportPatientsWizard</name>
    <message>
        <source>Import Patients</source>
        <translation>Patienten importieren</translation>
    </message>
</context>
<context>
    <name>needlechart::KeptDocumentDialog</name>
    <message>
        <source>The document as it was sent</source>
        <translation>Das Dokument, wie es versandt wurde</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>&amp;Erneut drucken…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 by %3%4, from template version %5. Shown as it was sent.</source>
        <translation>%1 am %2 von %3%4, nach Vorlagenversion %5. Angezeigt, wie es versandt wurde.</translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation>, an %1</translation>
    </message>
</context>
<context>
    <name>needlechart::LeafletButton</name>
    <message>
        <source>Leaflet</source>
        <translation>Informationsblatt</translation>
    </message>
    <message>
        <source>The dry needling information leaflet, with this patient's name</source>
        <translation>Das Informationsblatt zum Dry Needling mit dem Namen dieses Patienten</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Consent form: print preview…</source>
        <translation>Einwilligungsformular: Druckvorschau…</translation>
    </message>
    <message>
        <source>Consent form: export PDF…</source>
        <translation>Einwilligungsformular: als PDF exportieren…</translation>
    </message>
</context>
<context>
    <name>needlechart::LeafletPage</name>
    <message>
        <source>Leaflet text (Markdown)</source>
        <translation>Text des Informationsblatts (Markdown)</translation>
    </message>
    <message>
        <source>Leaflet preview</source>
        <translation>Vorschau des Informationsblatts</translation>
    </message>
    <message>
        <source>Save leaflet as new version</source>
        <translation>Informationsblatt als neue Version speichern</translation>
    </message>
    <message>
        <source>Export selected version as PDF…</source>
        <translation>Ausgewählte Version als PDF exportieren…</translation>
    </message>
    <message>
        <source>Markdown: # for headings, - for lists, **bold**. {{clinic.name}} and {{clinic.phone}} are filled in when printed.</source>
        <translation>Markdown: # für Überschriften, - für Listen, **fett**. {{clinic.name}} und {{clinic.phone}} werden beim Drucken ausgefüllt.</translation>
    </message>
    <message>
        <source>Saved versions (consent records name the one given):</source>
        <translation>Gespeicherte Versionen (Einwilligungen nennen die ausgehändigte):</translation>
    </message>
    <message>
        <source>Version %1, %2, by %3</source>
        <translation>Version %1, %2, von %3</translation>
    </message>
    <message>
        <source>Export the leaflet as PDF</source>
        <translation>Informationsblatt als PDF exportieren</translation>
    </message>
    <message>
        <source>dry-needling-leaflet-v%1.pdf</source>
        <translation>dry-needling-informationsblatt-v%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the leaflet</source>
        <translation>Das Informationsblatt kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>needlechart::LetterDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Brief schreiben</translation>
    </message>
    <message>
        <source>Write a letter about %1</source>
        <translation>Brief zu %1 schreiben</translation>
    </message>
    <message>
        <source>Dr A Patel, Riverside Surgery</source>
        <translation>Dr. A. Patel, Hausarztpraxis am Fluss</translation>
    </message>
    <message>
        <source>Letter text (Markdown)</source>
        <translation>Brieftext (Markdown)</translation>
    </message>
    <message>
        <source>The letter as it will print</source>
        <translation>Der Brief, wie er gedruckt wird</translation>
    </message>
    <message>
        <source>&amp;Fill in again</source>
        <translation>&amp;Neu ausfüllen</translation>
    </message>
    <message>
        <source>Replace the text with the clinic's template filled in from the record</source>
        <translation>Text durch die Vorlage der Praxis ersetzen, ausgefüllt aus der Akte</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brief:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>T&amp;ext (Markdown: **bold**, # heading, - list)</source>
        <translation>&amp;Text (Markdown: **fett**, # Überschrift, - Liste)</translation>
    </message>
    <message>
        <source>Replace the letter's text?</source>
        <translation>Brieftext ersetzen?</translation>
    </message>
    <message>
        <source>The text was changed by hand. Fill it in again from the template and lose those changes?</source>
        <translation>Der Text wurde von Hand geändert. Aus der Vorlage neu ausfüllen und diese Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The text still names the earlier recipient: change it there, or Fill in again (which replaces your changes).</source>
        <translation>Der Text nennt noch den bisherigen Empfänger: Ändern Sie ihn dort oder wählen Sie „Neu ausfüllen“ (das ersetzt Ihre Änderungen).</translation>
    </message>
    <message>
        <source>Filled in from the clinic's template (version %1). Nothing is kept on the record until the letter is printed or saved.</source>
        <translation>Aus der Vorlage der Praxis ausgefüllt (Version %1). In der Akte wird erst etwas abgelegt, wenn der Brief gedruckt oder gespeichert wird.</translation>
    </message>
    <message>
        <source>The letter was sent but not recorded</source>
        <translation>Der Brief wurde versandt, aber nicht in der Akte erfasst</translation>
    </message>
    <message>
        <source>%1

The patient's record does not show this letter yet: send it again once the problem is solved.</source>
        <translation>%1

Die Patientenakte enthält diesen Brief noch nicht: Senden Sie ihn erneut, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Kept on the patient's record: %1 %2 to %3.</source>
        <translation>In der Patientenakte abgelegt: %1 am %2 an %3.</translation>
    </message>
    <message>
        <source>Cannot print the letter</source>
        <translation>Der Brief kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Say to whom the letter goes.</source>
        <translation>Geben Sie an, an wen der Brief geht.</translation>
    </message>
    <message>
        <source>Saved and kept on the patient's record: %1 to %2.</source>
        <translation>Gespeichert und in der Patientenakte abgelegt: %1 an %2.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
    <message>
        <source>letter-%1.pdf</source>
        <translation>brief-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the letter</source>
        <translation>Der Brief kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>needlechart::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation>&amp;Benutzer wechseln…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;NeedleChart is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;NeedleChart ist gesperrt&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Signed in: %1. Type your password to go on where you left off, or let someone else sign in (open notes are saved first).</source>
        <translation>Angemeldet: %1. Geben Sie Ihr Passwort ein, um dort weiterzumachen, wo Sie aufgehört haben, oder lassen Sie eine andere Person sich anmelden (offene Notizen werden vorher gespeichert).</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>needlechart::MainWindow</name>
    <message>
        <source>NeedleChart</source>
        <translation>NeedleChart</translation>
    </message>
    <message>
        <source>NeedleChart — %1</source>
        <translation>NeedleChart — %1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patienten</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>&amp;Termine</translation>
    </message>
    <message>
        <source>My &amp;drafts</source>
        <translation>Meine &amp;Entwürfe</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Clinic server: %1</source>
        <translation>Praxisserver: %1</translation>
    </message>
    <message>
        <source>Clinic file: %1</source>
        <translation>Praxisdatei: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Angemeldet: %1 (%2)</translation>
    </message>
    <message>
        <source>The patient list could not be read: %1</source>
        <translation>Die Patientenliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The patient list cannot be read</source>
        <translation>Die Patientenliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>&amp;Clinic settings…</source>
        <translation>&amp;Praxiseinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Connect to Clinic &amp;Server…</source>
        <translation>Mit Praxis&amp;server verbinden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>Patient &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation>Neue Be&amp;handlung</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <source>Search &amp;notes…</source>
        <translation>&amp;Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>Find notes by the words in them, across your patients</source>
        <translation>Notizen aller Ihrer Patienten nach enthaltenen Wörtern durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About NeedleChart</source>
        <translation>&amp;Über NeedleChart</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Staff &amp;Accounts…</source>
        <translation>&amp;Mitarbeiterkonten…</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>Pro&amp;tokoll (Audit-Trail)…</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>Mein Pass&amp;wort ändern…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>This patient has no consent in force to withdraw.</source>
        <translation>Dieser Patient hat keine gültige Einwilligung, die widerrufen werden könnte.</translation>
    </message>
    <message>
        <source>The patient withdraws consent to dry needling. What did they say? (recorded with your name and the time)</source>
        <translation>Der Patient widerruft die Einwilligung in Dry Needling. Was hat er gesagt? (wird mit Ihrem Namen und der Uhrzeit erfasst)</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>Einwilligung &amp;widerrufen</translation>
    </message>
    <message>
        <source>&amp;Keep the consent</source>
        <translation>Einwilligung &amp;beibehalten</translation>
    </message>
    <message>
        <source>Cannot withdraw consent</source>
        <translation>Die Einwilligung kann nicht widerrufen werden</translation>
    </message>
    <message>
        <source>Consent withdrawn. Needling cannot be charted until consent is given again.</source>
        <translation>Einwilligung widerrufen. Nadelung kann erst wieder dokumentiert werden, wenn erneut eine Einwilligung erteilt wurde.</translation>
    </message>
    <message>
        <source>My &amp;drafts (%1)</source>
        <translation>Meine &amp;Entwürfe (%1)</translation>
    </message>
    <message>
        <source>%1 of your notes were not signed on the day of treatment.</source>
        <translation>%1 Ihrer Notizen wurden nicht am Behandlungstag unterschrieben.</translation>
    </message>
    <message>
        <source>Your unsigned notes, oldest first.</source>
        <translation>Ihre nicht unterschriebenen Notizen, älteste zuerst.</translation>
    </message>
    <message>
        <source>Compare visits</source>
        <translation>Behandlungen vergleichen</translation>
    </message>
    <message>
        <source>Cannot open patient</source>
        <translation>Patient kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Registered patient #%1</source>
        <translation>Patient Nr. %1 angelegt</translation>
    </message>
    <message>
        <source>Saved patient #%1</source>
        <translation>Patient Nr. %1 gespeichert</translation>
    </message>
    <message>
        <source>At least %L1 patients match; counting…</source>
        <translation>Mindestens %L1 passende Patienten; wird gezählt…</translation>
    </message>
    <message>
        <source>At least %L1 patients; counting…</source>
        <translation>Mindestens %L1 Patienten; wird gezählt…</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 Patient</translation>
    </message>
    <message>
        <source>%L1 patients</source>
        <translation>%L1 Patienten</translation>
    </message>
    <message>
        <source>No patients match</source>
        <translation>Keine passenden Patienten</translation>
    </message>
    <message>
        <source>1 patient matches</source>
        <translation>1 passender Patient</translation>
    </message>
    <message>
        <source>%L1 patients match</source>
        <translation>%L1 passende Patienten</translation>
    </message>
    <message>
        <source>the clinic file on this computer</source>
        <translation>die Praxisdatei auf diesem Computer</translation>
    </message>
    <message>
        <source>the clinic server</source>
        <translation>den Praxisserver</translation>
    </message>
    <message>
        <source>Restart NeedleChart?</source>
        <translation>NeedleChart neu starten?</translation>
    </message>
    <message>
        <source>NeedleChart opens %1 when it starts again. Restart now? Open notes are saved as drafts first, as on quitting.</source>
        <translation>NeedleChart öffnet beim nächsten Start %1. Jetzt neu starten? Offene Notizen werden vorher als Entwürfe gespeichert, wie beim Beenden.</translation>
    </message>
    <message>
        <source>About NeedleChart</source>
        <translation>Über NeedleChart</translation>
    </message>
    <message>
        <source>NeedleChart %1

Charting of trigger-point dry needling for physiotherapy clinics.</source>
        <translation>NeedleChart %1

Dokumentation von Triggerpunkt-Dry-Needling für Physiotherapiepraxen.</translation>
    </message>
    <message>
        <source>NeedleChart — locked</source>
        <translation>NeedleChart — gesperrt</translation>
    </message>
    <message>
        <source>An open note could not be saved, so nobody else can sign in yet. Unlock to see why.</source>
        <translation>Eine offene Notiz konnte nicht gespeichert werden, daher kann sich noch niemand anderes anmelden. Entsperren Sie, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the chosen treatment note, or the day sheet of the shown day in the appointment book</source>
        <translation>Die gewählte Behandlungsnotiz drucken oder die Tagesliste des im Terminbuch gezeigten Tages</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Choose a treatment note in the patient's Sessions tab to print it, or open the Appointments tab to print the day sheet of the day shown.</source>
        <translation>Wählen Sie im Reiter „Behandlungen“ des Patienten eine Behandlungsnotiz, um sie zu drucken, oder öffnen Sie den Reiter „Termine“, um die Tagesliste des gezeigten Tages zu drucken.</translation>
    </message>
    <message>
        <source>Open the Appointments tab to print the day sheet of the day shown.</source>
        <translation>Öffnen Sie den Reiter „Termine“, um die Tagesliste des gezeigten Tages zu drucken.</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>Patienten &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport patient as FHIR…</source>
        <translation>Patient als FHIR e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export c&amp;linic as FHIR…</source>
        <translation>Praxis a&amp;ls FHIR exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;whole record…</source>
        <translation>&amp;Gesamte Akte exportieren…</translation>
    </message>
    <message>
        <source>Everything held about the patient, as a PDF and as FHIR, in one archive</source>
        <translation>Alles über die Person Gespeicherte, als PDF und als FHIR, in einem Archiv</translation>
    </message>
</context>
<context>
    <name>needlechart::ManualWindow</name>
    <message>
        <source>NeedleChart Manual</source>
        <translation>NeedleChart-Handbuch</translation>
    </message>
    <message>
        <source>Manual page</source>
        <translation>Handbuchseite</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
</context>
<context>
    <name>needlechart::MuscleHistoryDialog</name>
    <message>
        <source>History of %1, %2</source>
        <translation>Behandlungshistorie: %1, %2</translation>
    </message>
    <message>
        <source>Visits that needled this muscle</source>
        <translation>Behandlungen, bei denen dieser Muskel genadelt wurde</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Die Historie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: not needled in any signed note yet.</source>
        <translation>%1: in noch keiner unterschriebenen Notiz genadelt.</translation>
    </message>
    <message>
        <source>%1: needled at 1 signed visit.</source>
        <translation>%1: in 1 unterschriebenen Behandlung genadelt.</translation>
    </message>
    <message>
        <source>%1: needled at %2 signed visits, newest first.</source>
        <translation>%1: in %2 unterschriebenen Behandlungen genadelt, neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>needlechart::MuscleHistoryModel</name>
    <message>
        <source>Multiple (%1)</source>
        <translation>Mehrfach (%1)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Pain and referral</source>
        <translation>Schmerz und Übertragung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Behandelt am</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Zuckung</translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation>Reproduziert</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>needlechart::MusclePicker</name>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
    </message>
    <message>
        <source>&amp;Mark point</source>
        <translation>Punkt &amp;markieren</translation>
    </message>
    <message>
        <source>Muscle picker</source>
        <translation>Muskelauswahl</translation>
    </message>
    <message>
        <source>Mark a trigger point from the keyboard: find a muscle, choose the side, press Enter.</source>
        <translation>Triggerpunkt per Tastatur markieren: Muskel suchen, Seite wählen, Eingabetaste drücken.</translation>
    </message>
    <message>
        <source>Find a muscle: type hams, SCM, calf…</source>
        <translation>Muskel suchen: z. B. hams, SCM, calf…</translation>
    </message>
    <message>
        <source>Find a muscle</source>
        <translation>Muskel suchen</translation>
    </message>
    <message>
        <source>Type part of a muscle's name, group or a short name such as hams or SCM. Press Down to move into the list of matches.</source>
        <translation>Geben Sie einen Teil des Muskelnamens, der Muskelgruppe oder eine Kurzbezeichnung wie hams oder SCM ein. Mit der Pfeiltaste nach unten gelangen Sie in die Trefferliste.</translation>
    </message>
    <message>
        <source>Matching muscles</source>
        <translation>Passende Muskeln</translation>
    </message>
    <message>
        <source>Press Enter to mark a point on the selected muscle.</source>
        <translation>Drücken Sie die Eingabetaste, um einen Punkt auf dem ausgewählten Muskel zu markieren.</translation>
    </message>
    <message>
        <source>Needling caution</source>
        <translation>Warnhinweis zum Nadeln</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>The patient's left</source>
        <translation>Linke Körperseite des Patienten</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>The patient's right</source>
        <translation>Rechte Körperseite des Patienten</translation>
    </message>
    <message>
        <source>Mark point</source>
        <translation>Punkt markieren</translation>
    </message>
    <message>
        <source>Marks a trigger point at the centre of the selected muscle on the chosen side.</source>
        <translation>Markiert einen Triggerpunkt in der Mitte des ausgewählten Muskels auf der gewählten Seite.</translation>
    </message>
    <message>
        <source>Marking status</source>
        <translation>Markierungsstatus</translation>
    </message>
    <message>
        <source>No muscle matches "%1". To chart a place the list does not name, right-click it on the map and choose "Mark another site here".</source>
        <translation>Kein Muskel passt zu „%1“. Um eine Stelle zu dokumentieren, die nicht in der Liste steht, klicken Sie sie auf der Karte mit der rechten Maustaste an und wählen Sie „Andere Stelle hier markieren“.</translation>
    </message>
    <message>
        <source>Choose a muscle first.</source>
        <translation>Wählen Sie zuerst einen Muskel.</translation>
    </message>
    <message>
        <source>Choose the left or right side first.</source>
        <translation>Wählen Sie zuerst die linke oder rechte Seite.</translation>
    </message>
    <message>
        <source>Marked %1, %2 side, %3 view. Choose the side for the next point.</source>
        <translation>%1 markiert, Seite: %2, Ansicht: %3. Wählen Sie die Seite für den nächsten Punkt.</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
</context>
<context>
    <name>needlechart::MyDraftsPanel</name>
    <message>
        <source>&amp;Open note</source>
        <translation>Notiz &amp;öffnen</translation>
    </message>
    <message>
        <source>My unsigned notes</source>
        <translation>Meine nicht unterschriebenen Notizen</translation>
    </message>
    <message>
        <source>Your unsigned notes could not be read: %1</source>
        <translation>Ihre nicht unterschriebenen Notizen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>You have no unsigned notes.</source>
        <translation>Alle Ihre Notizen sind unterschrieben.</translation>
    </message>
    <message>
        <source>1 unsigned note, oldest first. Sign notes on the day of treatment.</source>
        <translation>1 nicht unterschriebene Notiz. Unterschreiben Sie Notizen am Tag der Behandlung.</translation>
    </message>
    <message>
        <source>%1 unsigned notes, oldest first. Sign notes on the day of treatment.</source>
        <translation>%1 nicht unterschriebene Notizen, älteste zuerst. Unterschreiben Sie Notizen am Tag der Behandlung.</translation>
    </message>
    <message>
        <source>%1 unsigned, %2 overdue: not signed on the day of treatment. Oldest first.</source>
        <translation>%1 nicht unterschrieben, davon %2 überfällig (nicht am Tag der Behandlung unterschrieben). Älteste zuerst.</translation>
    </message>
</context>
<context>
    <name>needlechart::NeedlesSection</name>
    <message>
        <source>Needles</source>
        <translation>Nadeln</translation>
    </message>
    <message>
        <source>If the count out differs from the count in: what happened and what was done</source>
        <translation>Falls die zurückgezählten Nadeln nicht den gesetzten entsprechen: was geschah und was unternommen wurde</translation>
    </message>
    <message>
        <source>Needle count note</source>
        <translation>Notiz zur Nadelzählung</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Needle gauge, row %1</source>
        <translation>Nadelstärke, Zeile %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Needle length, row %1</source>
        <translation>Nadellänge, Zeile %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Lot number, row %1</source>
        <translation>Chargennummer, Zeile %1</translation>
    </message>
    <message>
        <source>Needles inserted, row %1</source>
        <translation>Gesetzte Nadeln, Zeile %1</translation>
    </message>
    <message>
        <source>Needles counted out, row %1</source>
        <translation>Zurückgezählte Nadeln, Zeile %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove needle row %1</source>
        <translation>Nadelzeile %1 entfernen</translation>
    </message>
    <message>
        <source>count today's needles in this row</source>
        <translation>die heutigen Nadeln dieser Zeile zählen</translation>
    </message>
    <message>
        <source>No needles recorded yet.</source>
        <translation>Noch keine Nadeln erfasst.</translation>
    </message>
    <message>
        <source>%1 in, %2 counted out: all needles accounted for.</source>
        <translation>%1 gesetzt, %2 zurückgezählt: alle Nadeln vollzählig.</translation>
    </message>
    <message>
        <source>1 needle not accounted for</source>
        <translation>1 Nadel fehlt</translation>
    </message>
    <message>
        <source>%1 needles not accounted for</source>
        <translation>%1 Nadeln fehlen</translation>
    </message>
    <message>
        <source>%1 more out than in</source>
        <translation>%1 mehr zurückgezählt als gesetzt</translation>
    </message>
    <message>
        <source>%1 in, %2 counted out: %3, explained below.</source>
        <translation>%1 gesetzt, %2 zurückgezählt: %3, Erklärung siehe unten.</translation>
    </message>
    <message>
        <source>%1 in, %2 counted out: %3. Check the patient, the couch and the sharps bin, or explain below.</source>
        <translation>%1 gesetzt, %2 zurückgezählt: %3. Prüfen Sie Patient, Liege und Abwurfbehälter oder erklären Sie es unten.</translation>
    </message>
    <message>
        <source>A&amp;dd needles</source>
        <translation>Nadeln hin&amp;zufügen</translation>
    </message>
</context>
<context>
    <name>needlechart::NoteSearchDialog</name>
    <message>
        <source>&amp;Open note</source>
        <translation>Notiz &amp;öffnen</translation>
    </message>
    <message>
        <source>Search Notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Words in the notes, e.g. elbow gripping</source>
        <translation>Wörter in den Notizen, z. B. Ellenbogen Greifen</translation>
    </message>
    <message>
        <source>Words to search the notes for</source>
        <translation>Suchbegriffe für die Notizen</translation>
    </message>
    <message>
        <source>Whose notes to search</source>
        <translation>Wessen Notizen durchsucht werden</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Every clinician's notes</source>
        <translation>Notizen aller Behandler</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Gefundene Notizen</translation>
    </message>
    <message>
        <source>Where the words were found in the chosen note</source>
        <translation>Fundstellen in der ausgewählten Notiz</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>This patient's notes (%1)</source>
        <translation>Notizen dieses Patienten (%1)</translation>
    </message>
    <message>
        <source>Type words to find the notes that have them all, newest first. Accents and capitals do not matter; a word can be cut short ("epicond").</source>
        <translation>Geben Sie Wörter ein, um die Notizen zu finden, die alle davon enthalten, neueste zuerst. Akzente sowie Groß- und Kleinschreibung spielen keine Rolle; ein Wort kann abgekürzt werden („epicond“).</translation>
    </message>
    <message>
        <source>The notes could not be searched: %1</source>
        <translation>Die Notizen konnten nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>No note has all of these words.</source>
        <translation>Keine Notiz enthält alle diese Wörter.</translation>
    </message>
    <message>
        <source>The newest %1 notes with these words. Add a word to narrow the search.</source>
        <translation>Die neuesten %1 Notizen mit diesen Wörtern. Fügen Sie ein Wort hinzu, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <source>1 note has these words.</source>
        <translation>1 Notiz enthält diese Wörter.</translation>
    </message>
    <message>
        <source>%1 notes have these words, newest first.</source>
        <translation>%1 Notizen enthalten diese Wörter, neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>needlechart::NoteSearchModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Behandelt am</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
</context>
<context>
    <name>needlechart::NotesDuePanel</name>
    <message>
        <source>Completed visits without a signed note</source>
        <translation>Abgeschlossene Termine ohne unterschriebene Notiz</translation>
    </message>
    <message>
        <source>Show &amp;patient</source>
        <translation>&amp;Patient anzeigen</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Die Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Every completed visit of the last %1 days has a signed note.</source>
        <translation>Alle abgeschlossenen Termine der letzten %1 Tage haben eine unterschriebene Notiz.</translation>
    </message>
    <message>
        <source>1 completed visit of the last %1 days has no signed note yet.</source>
        <translation>1 abgeschlossener Termin der letzten %1 Tage hat noch keine unterschriebene Notiz.</translation>
    </message>
    <message>
        <source>%1 completed visits of the last %2 days have no signed note yet.</source>
        <translation>%1 abgeschlossene Termine der letzten %2 Tage haben noch keine unterschriebene Notiz.</translation>
    </message>
</context>
<context>
    <name>needlechart::OutcomeEntryDialog</name>
    <message>
        <source>Ask the patient for up to %1 activities they find hard or cannot do because of the problem, and how well they can do each today: %2 = %3, %4 = %5.</source>
        <translation>Fragen Sie den Patienten nach bis zu %1 Aktivitäten, die ihm wegen der Beschwerden schwerfallen oder nicht möglich sind, und wie gut er jede davon heute ausführen kann: %2 = %3, %4 = %5.</translation>
    </message>
    <message>
        <source>Activity, in the patient's words</source>
        <translation>Aktivität, in den Worten des Patienten</translation>
    </message>
    <message>
        <source>Today (%1–%2)</source>
        <translation>Heute (%1–%2)</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Aktivität %1</translation>
    </message>
    <message>
        <source>How well activity %1 is done today</source>
        <translation>Wie gut Aktivität %1 heute gelingt</translation>
    </message>
    <message>
        <source>Score: %1 of %2 (the mean of the activities)</source>
        <translation>Wert: %1 von %2 (Mittelwert der Aktivitäten)</translation>
    </message>
    <message>
        <source>Name at least one activity to score.</source>
        <translation>Nennen Sie mindestens eine Aktivität, um einen Wert zu berechnen.</translation>
    </message>
</context>
<context>
    <name>needlechart::PainDrawingPanel</name>
    <message>
        <source>S&amp;hade</source>
        <translation>Ein&amp;zeichnen</translation>
    </message>
    <message>
        <source>Shade where the patient feels it</source>
        <translation>Einzeichnen, wo der Patient die Beschwerden spürt</translation>
    </message>
    <message>
        <source>E&amp;rase</source>
        <translation>&amp;Radieren</translation>
    </message>
    <message>
        <source>Erase a shaded area (click it)</source>
        <translation>Eingezeichnete Fläche löschen (anklicken)</translation>
    </message>
    <message>
        <source>Clear dra&amp;wing</source>
        <translation>Zeichnung &amp;leeren</translation>
    </message>
    <message>
        <source>Kind of symptom</source>
        <translation>Art des Symptoms</translation>
    </message>
    <message>
        <source>What the patient feels in the areas shaded next</source>
        <translation>Was der Patient in den als Nächstes eingezeichneten Bereichen spürt</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>How strong, as the patient rates it (1 to 10)</source>
        <translation>Stärke nach Einschätzung des Patienten (1 bis 10)</translation>
    </message>
    <message>
        <source>Intensit&amp;y</source>
        <translation>&amp;Intensität</translation>
    </message>
    <message>
        <source>Remove every shaded area (undo brings them back)</source>
        <translation>Alle eingezeichneten Flächen entfernen (mit Rückgängig wiederherstellbar)</translation>
    </message>
    <message>
        <source>Candidate muscles from the pain drawing</source>
        <translation>Infrage kommende Muskeln laut Schmerzzeichnung</translation>
    </message>
    <message>
        <source>Double-click or press Enter to find the muscle in the muscle list</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um den Muskel in der Muskelliste zu finden</translation>
    </message>
    <message>
        <source>No pain drawing in this note.</source>
        <translation>Keine Schmerzzeichnung in dieser Notiz.</translation>
    </message>
    <message>
        <source>Shade on the map where the patient feels their symptoms, choosing the kind and intensity first.</source>
        <translation>Zeichnen Sie auf der Karte ein, wo der Patient seine Symptome spürt; wählen Sie zuvor Art und Intensität.</translation>
    </message>
    <message>
        <source>%1 up to %2/10</source>
        <translation>%1 bis %2/10</translation>
    </message>
    <message>
        <source>1 area shaded: %1.</source>
        <translation>1 Fläche eingezeichnet: %1.</translation>
    </message>
    <message>
        <source>%1 areas shaded: %2.</source>
        <translation>%1 Flächen eingezeichnet: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — refers to %2</source>
        <translation>%1 — Übertragung in: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> (also %1)</source>
        <translation> (auch %1)</translation>
    </message>
    <message>
        <source>Typical referred pain of %1: %2</source>
        <translation>Typischer übertragener Schmerz von %1: %2</translation>
    </message>
    <message>
        <source>Muscles whose typical referred pain covers the shaded areas will be listed here.</source>
        <translation>Hier erscheinen Muskeln, deren typischer übertragener Schmerz die eingezeichneten Flächen abdeckt.</translation>
    </message>
    <message>
        <source>No catalogued referral pattern covers the shaded areas.</source>
        <translation>Kein hinterlegtes Übertragungsmuster deckt die eingezeichneten Flächen ab.</translation>
    </message>
    <message>
        <source>Muscles whose typical referred pain covers the shaded areas, closest first: guidance from the standard patterns to examine, not a diagnosis.</source>
        <translation>Muskeln, deren typischer übertragener Schmerz die eingezeichneten Flächen abdeckt, beste Übereinstimmung zuerst: Hinweise aus den Standardmustern für die Untersuchung, keine Diagnose.</translation>
    </message>
    <message>
        <source>Pins and needles or numbness may come from a nerve: screen for that too.</source>
        <translation>Kribbeln oder Taubheit können von einem Nerv ausgehen: Prüfen Sie auch das.</translation>
    </message>
</context>
<context>
    <name>needlechart::PatientAppointmentsPanel</name>
    <message>
        <source>&amp;Book…</source>
        <translation>Termin bu&amp;chen…</translation>
    </message>
    <message>
        <source>Print ca&amp;rd…</source>
        <translation>Termin&amp;karte drucken…</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Anstehende Termine</translation>
    </message>
    <message>
        <source>Past appointments</source>
        <translation>Vergangene Termine</translation>
    </message>
    <message>
        <source>Save the selected booking as a calendar file for the patient</source>
        <translation>Den ausgewählten Termin als Kalenderdatei für den Patienten speichern</translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>Die Termine konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose a patient to see their appointments.</source>
        <translation>Wählen Sie einen Patienten, um seine Termine zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Upcoming: none booked</source>
        <translation>&amp;Anstehend: keine gebucht</translation>
    </message>
    <message>
        <source>&amp;Upcoming: 1 booking</source>
        <translation>&amp;Anstehend: 1 Termin</translation>
    </message>
    <message>
        <source>&amp;Upcoming: %1 bookings</source>
        <translation>&amp;Anstehend: %1 Termine</translation>
    </message>
    <message>
        <source>Pas&amp;t: none</source>
        <translation>&amp;Vergangen: keine</translation>
    </message>
    <message>
        <source>Pas&amp;t: 1 appointment</source>
        <translation>&amp;Vergangen: 1 Termin</translation>
    </message>
    <message>
        <source>Pas&amp;t: %1 appointments</source>
        <translation>&amp;Vergangen: %1 Termine</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <source>&amp;Save to calendar…</source>
        <translation>Als Kalenderdatei &amp;speichern…</translation>
    </message>
</context>
<context>
    <name>needlechart::PatientDetailsPanel</name>
    <message>
        <source>Edit details…</source>
        <translation>Daten bearbeiten…</translation>
    </message>
    <message>
        <source>Edit this patient's registration details (Ctrl+E)</source>
        <translation>Stammdaten dieses Patienten bearbeiten (Ctrl+E)</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>GP / referrer</source>
        <translation>Hausarzt / Überweiser</translation>
    </message>
    <message>
        <source>Admin notes</source>
        <translation>Verwaltungsnotizen</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Select a patient in the list to see their details.</source>
        <translation>Wählen Sie einen Patienten in der Liste aus, um seine Daten zu sehen.</translation>
    </message>
    <message>
        <source>This patient is no longer in the database.</source>
        <translation>Dieser Patient ist nicht mehr in der Datenbank vorhanden.</translation>
    </message>
    <message>
        <source>The patient's details could not be read.
%1</source>
        <translation>Die Patientendaten konnten nicht gelesen werden.
%1</translation>
    </message>
    <message>
        <source>Patient #%1</source>
        <translation>Patient Nr. %1</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <extracomment>Date of birth and age in years, e.g. "12/03/1984, age 42"</extracomment>
        <translation>%1, Alter %2</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Noch kein Besuch</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>needlechart::PatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>If different from the given name</source>
        <translation>Falls abweichend vom Vornamen</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>&amp;Rufname</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Ge&amp;schlecht</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>GP / &amp;referrer</source>
        <translation>Hausarzt / &amp;Überweiser</translation>
    </message>
    <message>
        <source>Administrative notes, such as how the patient prefers to be contacted. Clinical notes belong in the session record.</source>
        <translation>Verwaltungsnotizen, etwa wie der Patient kontaktiert werden möchte. Klinische Notizen gehören in die Behandlungsdokumentation.</translation>
    </message>
    <message>
        <source>Admin &amp;notes</source>
        <translation>Verwa&amp;ltungsnotizen</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>Fehler bei %1</translation>
    </message>
    <message>
        <source>Edit patient #%1</source>
        <translation>Patient Nr. %1 bearbeiten</translation>
    </message>
    <message>
        <source>Enter the date as %1, for example 12/03/1984.</source>
        <translation>Geben Sie das Datum als %1 ein, zum Beispiel 12.03.1984.</translation>
    </message>
    <message>
        <source>%1, %2, born %3</source>
        <translation>%1, %2, geb. %3</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1, Tel. %2</translation>
    </message>
    <message>
        <source>A patient with this name and date of birth is already registered:</source>
        <translation>Ein Patient mit diesem Namen und Geburtsdatum ist bereits angelegt:</translation>
    </message>
    <message>
        <source>%1 patients with this name and date of birth are already registered:</source>
        <translation>%1 Patienten mit diesem Namen und Geburtsdatum sind bereits angelegt:</translation>
    </message>
    <message>
        <source>Is this the same person?</source>
        <translation>Handelt es sich um dieselbe Person?</translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation>Bereits angelegt?</translation>
    </message>
    <message>
        <source>&amp;Open the registered patient</source>
        <translation>Vorhandenen Patienten &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Register a new patient</source>
        <translation>Neuen &amp;Patienten anlegen</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Close this window without saving your changes to the patient?</source>
        <translation>Dieses Fenster schließen, ohne Ihre Änderungen am Patienten zu speichern?</translation>
    </message>
    <message>
        <source>Patient not saved</source>
        <translation>Patient nicht gespeichert</translation>
    </message>
    <message>
        <source>Patient changed elsewhere</source>
        <translation>Patient an anderer Stelle geändert</translation>
    </message>
    <message>
        <source>Someone else saved changes to this patient after you opened this window, so your changes were not saved.

Your changes are still here: note what you need, close this window and open the patient again to see the latest details.</source>
        <translation>Jemand anderes hat Änderungen an diesem Patienten gespeichert, nachdem Sie dieses Fenster geöffnet haben; Ihre Änderungen wurden daher nicht gespeichert.

Ihre Änderungen sind noch hier: Notieren Sie, was Sie brauchen, schließen Sie dieses Fenster und öffnen Sie den Patienten erneut, um die aktuellen Daten zu sehen.</translation>
    </message>
    <message>
        <source>%1

Your changes are still in this window; you can try saving again.</source>
        <translation>%1

Ihre Änderungen sind noch in diesem Fenster; Sie können erneut versuchen zu speichern.</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <extracomment>How a typed date of birth was read, e.g. "12 March 1984, age 42"</extracomment>
        <translation>%1, Alter %2</translation>
    </message>
</context>
<context>
    <name>needlechart::PatientDocumentModel</name>
    <message>
        <source>Sent or given</source>
        <translation>Versandt/ausgehändigt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>needlechart::PatientDocumentsPanel</name>
    <message>
        <source>&amp;Write letter…</source>
        <translation>&amp;Brief schreiben…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Letters and sheets kept on the record</source>
        <translation>In der Akte abgelegte Briefe und Merkblätter</translation>
    </message>
    <message>
        <source>Select a patient to see their letters and sheets.</source>
        <translation>Wählen Sie einen Patienten, um seine Briefe und Merkblätter zu sehen.</translation>
    </message>
    <message>
        <source>No letter or after-care sheet was sent or given yet.</source>
        <translation>Es wurde noch kein Brief und kein Nachsorge-Merkblatt versandt oder ausgehändigt.</translation>
    </message>
</context>
<context>
    <name>needlechart::PatientListModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Date of birth followed by the age in years, e.g. "12/03/1984 (42)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth (age)</source>
        <translation>Geburtsdatum (Alter)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
</context>
<context>
    <name>needlechart::PatientListPanel</name>
    <message>
        <source>Search by name, phone or date of birth</source>
        <translation>Nach Name, Telefon oder Geburtsdatum suchen</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
</context>
<context>
    <name>needlechart::PointTableModel</name>
    <message>
        <source>%1: record today's findings, or confirm or remove the point.</source>
        <translation>%1: heutigen Befund erfassen oder den Punkt bestätigen oder entfernen.</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
    <message>
        <source>Number of twitches, for a multiple response</source>
        <translation>Anzahl der Zuckungen bei mehrfacher Reaktion</translation>
    </message>
    <message>
        <source>The patient's familiar pain was reproduced</source>
        <translation>Der bekannte Schmerz des Patienten wurde reproduziert</translation>
    </message>
    <message>
        <source>The referred pain pattern was reproduced</source>
        <translation>Das Muster des übertragenen Schmerzes wurde reproduziert</translation>
    </message>
    <message>
        <source>Needle retention in seconds</source>
        <translation>Verweildauer der Nadel in Sekunden</translation>
    </message>
    <message>
        <source>Electrical stimulation: frequency in hertz</source>
        <translation>Elektrostimulation: Frequenz in Hertz</translation>
    </message>
    <message>
        <source>Electrical stimulation: pulse width in microseconds</source>
        <translation>Elektrostimulation: Pulsbreite in Mikrosekunden</translation>
    </message>
    <message>
        <source>Electrical stimulation: current in milliamperes</source>
        <translation>Elektrostimulation: Stromstärke in Milliampere</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Muscle (side)</source>
        <translation>Muskel (Seite)</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Zuckung</translation>
    </message>
    <message>
        <source>Twitches</source>
        <translation>Zuckungen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Depth mm</source>
        <translation>Tiefe mm</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Retained s</source>
        <translation>Verweildauer s</translation>
    </message>
    <message>
        <source>Stim Hz</source>
        <translation>Stim. Hz</translation>
    </message>
    <message>
        <source>Pulse µs</source>
        <translation>Puls µs</translation>
    </message>
    <message>
        <source>Stim mA</source>
        <translation>Stim. mA</translation>
    </message>
    <message>
        <source>Gauge mm</source>
        <translation>Stärke mm</translation>
    </message>
    <message>
        <source>Length mm</source>
        <translation>Länge mm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>needlechart::ProgressPanel</name>
    <message>
        <source>Pain before and after each visit</source>
        <translation>Schmerz vor und nach jeder Behandlung</translation>
    </message>
    <message>
        <source>Print pro&amp;gress…</source>
        <translation>&amp;Verlauf drucken…</translation>
    </message>
    <message>
        <source>Both charts and what they show, on paper for the patient, their GP or an insurer</source>
        <translation>Beide Diagramme mit Erläuterung, auf Papier für den Patienten, den Hausarzt oder eine Versicherung</translation>
    </message>
    <message>
        <source>Select a patient to see their progress.</source>
        <translation>Wählen Sie einen Patienten, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>No signed visit with a pain score yet: the trend starts with the first signed note.</source>
        <translation>Noch keine unterschriebene Behandlung mit Schmerzwert: Der Verlauf beginnt mit der ersten unterschriebenen Notiz.</translation>
    </message>
    <message>
        <source>1 signed visit with a pain score.</source>
        <translation>1 unterschriebene Behandlung mit Schmerzwert.</translation>
    </message>
    <message>
        <source>%1 signed visits with a pain score, %2 to %3.</source>
        <translation>%1 unterschriebene Behandlungen mit Schmerzwert, %2 bis %3.</translation>
    </message>
    <message>
        <source>at least the %1-point MCID: a change that matters to patients</source>
        <translation>mindestens die MCID von %1 Punkten: eine für Patienten relevante Veränderung</translation>
    </message>
    <message>
        <source>less than the %1-point MCID</source>
        <translation>weniger als die MCID von %1 Punkten</translation>
    </message>
    <message>
        <source>Pain before treatment fell from %1 to %2 (%3 less), %4.</source>
        <translation>Der Schmerz vor der Behandlung sank von %1 auf %2 (%3 weniger), %4.</translation>
    </message>
    <message>
        <source>Pain before treatment rose from %1 to %2 (%3 more), %4.</source>
        <translation>Der Schmerz vor der Behandlung stieg von %1 auf %2 (%3 mehr), %4.</translation>
    </message>
    <message>
        <source>Pain before treatment is where it started (%1).</source>
        <translation>Der Schmerz vor der Behandlung liegt beim Ausgangswert (%1).</translation>
    </message>
    <message>
        <source>Select a patient first.</source>
        <translation>Wählen Sie zuerst einen Patienten.</translation>
    </message>
    <message>
        <source>Cannot print the progress report</source>
        <translation>Verlaufsbericht kann nicht gedruckt werden</translation>
    </message>
</context>
<context>
    <name>needlechart::RecordOpeningsDialog</name>
    <message>
        <source>Opened by</source>
        <translation>Geöffnet von</translation>
    </message>
    <message>
        <source>Everyone who opened this patient's notes, newest first. Opening the list of notes counts once in ten minutes.</source>
        <translation>Alle, die die Notizen dieses Patienten geöffnet haben, neueste zuerst. Das Öffnen der Notizliste wird höchstens einmal in zehn Minuten gezählt.</translation>
    </message>
    <message>
        <source>Cannot say who opened the record</source>
        <translation>Es lässt sich nicht feststellen, wer die Akte geöffnet hat</translation>
    </message>
</context>
<context>
    <name>needlechart::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Kind or problem</source>
        <translation>Art oder Problem</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this computer with the backup's: whatever was entered after it was taken must be entered again. The records as they are now are backed up first, and the database file is kept beside the restored one.</source>
        <translation>Beim Wiederherstellen werden alle Daten auf diesem Computer durch die der Sicherung ersetzt: Alles, was nach ihrer Erstellung eingegeben wurde, muss erneut eingegeben werden. Der aktuelle Datenbestand wird vorher gesichert, und die bisherige Datenbankdatei bleibt neben der wiederhergestellten erhalten.</translation>
    </message>
    <message>
        <source>&amp;Other folder…</source>
        <translation>&amp;Anderer Ordner…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>No backup folder is set: choose the folder that holds the backups.</source>
        <translation>Kein Sicherungsordner festgelegt: Wählen Sie den Ordner mit den Sicherungen.</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>Sicherungen in %1</translation>
    </message>
    <message>
        <source>Taken before a restore</source>
        <translation>Vor einer Wiederherstellung erstellt</translation>
    </message>
    <message>
        <source>Scheduled or by hand</source>
        <translation>Geplant oder manuell</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>When written</source>
        <translation>Beim Schreiben</translation>
    </message>
    <message>
        <source>Not in the log</source>
        <translation>Nicht im Protokoll</translation>
    </message>
    <message>
        <source>Folder with the backups</source>
        <translation>Ordner mit den Sicherungen</translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>Wählen Sie die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>The clinic's backup passphrase for this backup:</source>
        <translation>Passphrase der Praxis für diese Sicherung:</translation>
    </message>
    <message>
        <source>Replace the clinic's records with the backup of %1 (patients: %2, notes: %3)?

Everything entered after it must be entered again. The records as they are now are backed up first. NeedleChart then closes and starts again on the restored records.</source>
        <translation>Die Daten der Praxis durch die Sicherung vom %1 ersetzen (Patienten: %2, Notizen: %3)?

Alles, was danach eingegeben wurde, muss erneut eingegeben werden. Der aktuelle Datenbestand wird vorher gesichert. NeedleChart wird anschließend beendet und mit den wiederhergestellten Daten neu gestartet.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
</context>
<context>
    <name>needlechart::ScreeningDialog</name>
    <message>
        <source>Precaution screening — %1</source>
        <translation>Screening auf Kontraindikationen — %1</translation>
    </message>
    <message>
        <source>Do not needle if any of these applies</source>
        <translation>Nicht nadeln, wenn einer dieser Punkte zutrifft</translation>
    </message>
    <message>
        <source>Precautions: tick what applies and note how it changes the treatment</source>
        <translation>Vorsichtsmaßnahmen: Zutreffendes ankreuzen und notieren, wie es die Behandlung verändert</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Ask each question. The screening is dated now and signed by %1; it stays current for the clinic's review interval.</source>
        <translation>Stellen Sie jede Frage. Das Screening erhält das aktuelle Datum und wird von %1 unterschrieben; es bleibt für das Überprüfungsintervall der Praxis gültig.</translation>
    </message>
    <message>
        <source>Save screening</source>
        <translation>Screening speichern</translation>
    </message>
</context>
<context>
    <name>needlechart::ServerStatusBanner</name>
    <message>
        <source>Clinic server status</source>
        <translation>Status des Praxisservers</translation>
    </message>
    <message>
        <source>The clinic server (%1) cannot be reached. NeedleChart keeps trying to reconnect. What is on screen stays as it is; nothing can be saved until the server is back.</source>
        <translation>Der Praxisserver (%1) ist nicht erreichbar. NeedleChart versucht weiterhin, die Verbindung wiederherzustellen. Die Anzeige bleibt unverändert; gespeichert werden kann erst wieder, wenn der Server erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>needlechart::SessionController</name>
    <message>
        <source>Draft not saved: %1</source>
        <translation>Entwurf nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Draft not saved.</source>
        <translation>Entwurf nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the draft</source>
        <translation>Entwurf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Entwurf um %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not sign the note</source>
        <translation>Notiz konnte nicht unterschrieben werden</translation>
    </message>
    <message>
        <source>Signed and locked. Corrections from now on are amendments.</source>
        <translation>Unterschrieben und gesperrt. Korrekturen sind ab jetzt nur als Nachtrag möglich.</translation>
    </message>
    <message>
        <source>Amendment added.</source>
        <translation>Nachtrag hinzugefügt.</translation>
    </message>
    <message>
        <source>Could not delete the draft</source>
        <translation>Entwurf konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>needlechart::SessionDetailsSection</name>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>&amp;Not needled this visit</source>
        <translation>Diesmal nicht &amp;genadelt</translation>
    </message>
    <message>
        <source>Date and time of treatment</source>
        <translation>Datum und Uhrzeit der Behandlung</translation>
    </message>
    <message>
        <source>What brings the patient today</source>
        <translation>Weshalb der Patient heute kommt</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>Vorstellungsgrund</translation>
    </message>
    <message>
        <source>Patient positions</source>
        <translation>Lagerungen des Patienten</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Lagerung: %1</translation>
    </message>
    <message>
        <source>Pain before treatment, 0 to 10</source>
        <translation>Schmerz vor der Behandlung, 0 bis 10</translation>
    </message>
    <message>
        <source>Pain after treatment, 0 to 10</source>
        <translation>Schmerz nach der Behandlung, 0 bis 10</translation>
    </message>
    <message>
        <source>For a visit where no needle was used: the note then holds no points or needles, says why, and can be signed without needling consent or clearance.</source>
        <translation>Für eine Behandlung ohne Nadeln: Die Notiz enthält dann keine Punkte oder Nadeln, nennt den Grund und kann ohne Einwilligung in das Nadeln oder Freigabe unterschrieben werden.</translation>
    </message>
    <message>
        <source>Why not: e.g. screening found anticoagulant therapy; soft tissue work instead</source>
        <translation>Grund: z. B. Screening ergab Antikoagulation; stattdessen Weichteiltechniken</translation>
    </message>
    <message>
        <source>Why no needling was done</source>
        <translation>Warum nicht genadelt wurde</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Treated &amp;at</source>
        <translation>Behandelt &amp;am</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Presenting &amp;complaint</source>
        <translation>&amp;Vorstellungsgrund</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lagerung</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Pain (NPRS 0–10)</source>
        <translation>Schmerz (NPRS 0–10)</translation>
    </message>
</context>
<context>
    <name>needlechart::SessionHeader</name>
    <message>
        <source>Precautions at the sites needled</source>
        <translation>Vorsichtsmaßnahmen an den genadelten Stellen</translation>
    </message>
    <message>
        <source>1 year old</source>
        <translation>1 Jahr alt</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <translation>%1 Jahre alt</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Akte %1</translation>
    </message>
    <message>
        <source>%1 (registration %2)</source>
        <translation>%1 (Reg.-Nr. %2)</translation>
    </message>
    <message>
        <source>Signed by %1, %2</source>
        <translation>Unterschrieben von %1, %2</translation>
    </message>
    <message>
        <source> · 1 amendment</source>
        <translation> · 1 Nachtrag</translation>
    </message>
    <message>
        <source> · %1 amendments</source>
        <translation> · %1 Nachträge</translation>
    </message>
    <message>
        <source>Draft · saved %1</source>
        <translation>Entwurf · gespeichert um %1</translation>
    </message>
    <message>
        <source>New draft · not saved yet</source>
        <translation>Neuer Entwurf · noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Entry started %1 by %2</source>
        <translation>Eintrag begonnen am %1 von %2</translation>
    </message>
    <message>
        <source>entry started %1</source>
        <translation>Eintrag begonnen am %1</translation>
    </message>
    <message>
        <source>Serious adverse event on %1: see that note's follow-up.</source>
        <translation>Schwerwiegendes unerwünschtes Ereignis am %1: siehe Nachverfolgung in der damaligen Notiz.</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Cleared to needle with care: 1 precaution at a site needled is still to be acknowledged (below).</source>
        <translation>Nadeln mit Vorsicht freigegeben: 1 Vorsichtsmaßnahme an einer genadelten Stelle muss noch bestätigt werden (unten).</translation>
    </message>
    <message>
        <source>Cleared to needle with care: %1 precautions at the sites needled are still to be acknowledged (below).</source>
        <translation>Nadeln mit Vorsicht freigegeben: %1 Vorsichtsmaßnahmen an den genadelten Stellen müssen noch bestätigt werden (unten).</translation>
    </message>
    <message>
        <source>Cleared to needle: consent in force (leaflet version %1), screening current.</source>
        <translation>Zum Nadeln freigegeben: Einwilligung gültig (Informationsblatt Version %1), Screening aktuell.</translation>
    </message>
    <message>
        <source>Precautions: %1.</source>
        <translation>Vorsichtsmaßnahmen: %1.</translation>
    </message>
    <message>
        <source>Acknowledged, needled with care: %1</source>
        <translation>Zur Kenntnis genommen, mit Vorsicht genadelt: %1</translation>
    </message>
</context>
<context>
    <name>needlechart::SessionHistoryModel</name>
    <message>
        <source>not needled</source>
        <translation>nicht genadelt</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>keine Punkte</translation>
    </message>
    <message>
        <source>, 1 amendment</source>
        <translation>, 1 Nachtrag</translation>
    </message>
    <message>
        <source>, %1 amendments</source>
        <translation>, %1 Nachträge</translation>
    </message>
    <message>
        <source>, serious adverse event</source>
        <translation>, schwerwiegendes unerwünschtes Ereignis</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Behandelt am</translation>
    </message>
    <message>
        <source>Muscles needled</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
</context>
<context>
    <name>needlechart::SessionHistoryPanel</name>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Neue Behandlung</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Record a precaution screening for this patient</source>
        <translation>Screening auf Kontraindikationen für diesen Patienten erfassen</translation>
    </message>
    <message>
        <source>Record the patient's consent to dry needling, or its withdrawal</source>
        <translation>Die Einwilligung des Patienten in das Dry Needling oder deren Widerruf erfassen</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Einwilligung widerrufen…</translation>
    </message>
    <message>
        <source>Who opened this patient's clinical record, and when</source>
        <translation>Wer die klinische Akte dieses Patienten wann geöffnet hat</translation>
    </message>
    <message>
        <source>Treatment sessions</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Chart a new dry needling session for this patient (%1)</source>
        <translation>Neue Dry-Needling-Behandlung für diesen Patienten dokumentieren (%1)</translation>
    </message>
    <message>
        <source>Search notes…</source>
        <translation>Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>Find this patient's notes by the words in them</source>
        <translation>Notizen dieses Patienten nach Wörtern durchsuchen</translation>
    </message>
    <message>
        <source>Compare visits…</source>
        <translation>Behandlungen vergleichen…</translation>
    </message>
    <message>
        <source>Two visits' body maps side by side, with their pain scores</source>
        <translation>Die Körperkarten zweier Behandlungen nebeneinander, mit ihren Schmerzwerten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treatment sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Behandlungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cleared to needle (consent on leaflet version %1).</source>
        <translation>Zum Nadeln freigegeben (Einwilligung auf Informationsblatt Version %1).</translation>
    </message>
    <message>
        <source>Precautions: %1.</source>
        <translation>Vorsichtsmaßnahmen: %1.</translation>
    </message>
    <message>
        <source>Treatment notes are shown to clinicians only.</source>
        <translation>Behandlungsnotizen sind nur für Behandler sichtbar.</translation>
    </message>
    <message>
        <source>Select a patient to see their treatment sessions.</source>
        <translation>Wählen Sie einen Patienten, um seine Behandlungen zu sehen.</translation>
    </message>
    <message>
        <source>Alert: serious adverse event after the session of %1.</source>
        <translation>Warnung: schwerwiegendes unerwünschtes Ereignis nach der Behandlung vom %1.</translation>
    </message>
    <message>
        <source>No sessions yet. “New session” starts the first note.</source>
        <translation>Noch keine Behandlungen. „Neue Behandlung“ beginnt die erste Notiz.</translation>
    </message>
    <message>
        <source>&amp;Screening…</source>
        <translation>&amp;Screening…</translation>
    </message>
    <message>
        <source>&amp;Consent…</source>
        <translation>Ein&amp;willigung…</translation>
    </message>
    <message>
        <source>Opened &amp;by…</source>
        <translation>&amp;Geöffnet von…</translation>
    </message>
</context>
<context>
    <name>needlechart::SessionSection</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>needlechart::SessionView</name>
    <message>
        <source>What needs attention before signing</source>
        <translation>Was vor dem Unterschreiben zu klären ist</translation>
    </message>
    <message>
        <source>Record screening…</source>
        <translation>Screening erfassen…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Check the note and lock it. Later corrections are amendments.</source>
        <translation>Notiz prüfen und sperren. Spätere Korrekturen erfolgen als Nachtrag.</translation>
    </message>
    <message>
        <source>Trigger points of this session</source>
        <translation>Triggerpunkte dieser Behandlung</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <source>&amp;Pain drawing</source>
        <translation>&amp;Schmerzzeichnung</translation>
    </message>
    <message>
        <source>Book the follow-up this note recommends, at the next free time with the same clinician</source>
        <translation>Den in dieser Notiz empfohlenen Folgetermin zum nächsten freien Zeitpunkt beim selben Behandler buchen</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
    <message>
        <source>Papers given: none yet (Session ▸ Print after-care advice sheet…).</source>
        <translation>Ausgehändigte Unterlagen: noch keine (Behandlung ▸ Nachsorge-Merkblatt drucken…).</translation>
    </message>
    <message>
        <source>Papers given:
%1</source>
        <translation>Ausgehändigte Unterlagen:
%1</translation>
    </message>
    <message>
        <source>Dele&amp;te draft…</source>
        <translation>En&amp;twurf löschen…</translation>
    </message>
    <message>
        <source>Sa&amp;ve draft</source>
        <translation>Entwurf s&amp;peichern</translation>
    </message>
    <message>
        <source>Si&amp;gn note…</source>
        <translation>Notiz &amp;unterschreiben…</translation>
    </message>
    <message>
        <source>&amp;Book follow-up…</source>
        <translation>Folgetermin bu&amp;chen…</translation>
    </message>
</context>
<context>
    <name>needlechart::SessionWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>Si&amp;gn note…</source>
        <translation>Notiz &amp;unterschreiben…</translation>
    </message>
    <message>
        <source>&amp;Add amendment…</source>
        <translation>&amp;Nachtrag hinzufügen…</translation>
    </message>
    <message>
        <source>Start from the &amp;last session</source>
        <translation>Von &amp;letzter Behandlung übernehmen</translation>
    </message>
    <message>
        <source>Copy the last signed note's points, needle sizes and other care, each marked until confirmed</source>
        <translation>Punkte, Nadelgrößen und weitere Maßnahmen aus der letzten unterschriebenen Notiz übernehmen, jeweils markiert bis zur Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>Entwurf l&amp;öschen…</translation>
    </message>
    <message>
        <source>&amp;Print note…</source>
        <translation>Notiz &amp;drucken…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Save note as PD&amp;F…</source>
        <translation>Notiz als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>Print after-care advice s&amp;heet…</source>
        <translation>Nac&amp;hsorge-Merkblatt drucken…</translation>
    </message>
    <message>
        <source>Print the sheet for the patient to take home; the note's record shows it was given, with its version</source>
        <translation>Merkblatt für den Patienten zum Mitnehmen drucken; die Notiz vermerkt die Aushändigung mit Version</translation>
    </message>
    <message>
        <source>Print &amp;visit pack…</source>
        <translation>Behandlungs&amp;mappe drucken…</translation>
    </message>
    <message>
        <source>The note, the after-care advice sheet and any letter written for this visit, in one print</source>
        <translation>Notiz, Nachsorge-Merkblatt und alle für diese Behandlung geschriebenen Briefe in einem Druckauftrag</translation>
    </message>
    <message>
        <source>Score functional scale (PS&amp;FS)…</source>
        <translation>Funktionsskala (PSFS) &amp;erfassen…</translation>
    </message>
    <message>
        <source>&amp;Write letter…</source>
        <translation>&amp;Brief schreiben…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>Be&amp;handlung</translation>
    </message>
    <message>
        <source>Point &amp;templates</source>
        <translation>&amp;Punktvorlagen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>This note was changed at another workstation. Saving here will be refused; copy what you need, close this window and open the note again.</source>
        <translation>Diese Notiz wurde an einem anderen Arbeitsplatz geändert. Speichern ist hier nicht möglich; kopieren Sie, was Sie brauchen, schließen Sie dieses Fenster und öffnen Sie die Notiz erneut.</translation>
    </message>
    <message>
        <source>Note changed elsewhere</source>
        <translation>Notiz an anderer Stelle geändert</translation>
    </message>
    <message>
        <source>This note is signed and read-only. Corrections are amendments.</source>
        <translation>Diese Notiz ist unterschrieben und schreibgeschützt. Korrekturen erfolgen als Nachtrag.</translation>
    </message>
    <message>
        <source>Click a muscle on the map to mark a trigger point.</source>
        <translation>Klicken Sie auf einen Muskel in der Karte, um einen Triggerpunkt zu markieren.</translation>
    </message>
    <message>
        <source>Cannot start a session</source>
        <translation>Behandlung kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Cannot open the note</source>
        <translation>Notiz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No appointment booked.</source>
        <translation>Kein Termin gebucht.</translation>
    </message>
    <message>
        <source>Next appointment: %1.</source>
        <translation>Nächster Termin: %1.</translation>
    </message>
    <message>
        <source>Next appointment: %1 with %2.</source>
        <translation>Nächster Termin: %1 bei %2.</translation>
    </message>
    <message>
        <source>The papers given for this note could not be read: %1</source>
        <translation>Die zu dieser Notiz ausgehändigten Unterlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 to %2, %3 %4 by %5</source>
        <translation>%1 an %2, am %4 von %5 %3</translation>
    </message>
    <message>
        <source>%1, version %2, %3 %4 by %5</source>
        <translation>%1, Version %2, am %4 von %5 %3</translation>
    </message>
    <message>
        <source>Earlier sessions could not be read: %1</source>
        <translation>Frühere Behandlungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Book follow-up</source>
        <translation>Folgetermin buchen</translation>
    </message>
    <message>
        <source>Follow-up booked: %1 with %2.</source>
        <translation>Folgetermin gebucht: %1 bei %2.</translation>
    </message>
    <message>
        <source>the clinician chosen</source>
        <translation>dem gewählten Behandler</translation>
    </message>
    <message>
        <source>Proposed: the first free time %1 days after this treatment.</source>
        <translation>Vorschlag: der erste freie Termin %1 Tage nach dieser Behandlung.</translation>
    </message>
    <message>
        <source>The note names no interval: proposed in 7 days.</source>
        <translation>Die Notiz nennt keinen Abstand: Vorschlag in 7 Tagen.</translation>
    </message>
    <message>
        <source>No clinician in the appointment book is %1: choose who sees the patient.</source>
        <translation>Im Terminbuch gibt es keinen Behandler %1: Wählen Sie, wer den Patienten behandelt.</translation>
    </message>
    <message>
        <source>Only a draft with no points or needles yet can start from the last session.</source>
        <translation>Nur in einen Entwurf ohne Punkte oder Nadeln kann die letzte Behandlung übernommen werden.</translation>
    </message>
    <message>
        <source>Start from the last session</source>
        <translation>Von letzter Behandlung übernehmen</translation>
    </message>
    <message>
        <source>This patient has no signed note to start from.</source>
        <translation>Für diesen Patienten gibt es keine unterschriebene Notiz als Ausgangspunkt.</translation>
    </message>
    <message>
        <source>The last note has no points, needles or other care to copy.</source>
        <translation>Die letzte Notiz enthält keine Punkte, Nadeln oder weiteren Maßnahmen zum Übernehmen.</translation>
    </message>
    <message>
        <source>Copied from the note of %1: %2 points, %3 needle rows and %4 kinds of other care, in italics until you record today's findings or confirm them.</source>
        <translation>Aus der Notiz vom %1 übernommen: %2 Punkte, %3 Nadelzeilen und %4 Arten weiterer Maßnahmen, kursiv, bis Sie den heutigen Befund erfassen oder sie bestätigen.</translation>
    </message>
    <message>
        <source>Confirm the copied items</source>
        <translation>Übernommene Einträge bestätigen</translation>
    </message>
    <message>
        <source>Every copied item is now recorded as done today.</source>
        <translation>Alle übernommenen Einträge sind jetzt als heute durchgeführt erfasst.</translation>
    </message>
    <message>
        <source>Remove the unconfirmed copies</source>
        <translation>Nicht bestätigte Übernahmen entfernen</translation>
    </message>
    <message>
        <source>The copies not confirmed were removed.</source>
        <translation>Die nicht bestätigten Übernahmen wurden entfernt.</translation>
    </message>
    <message>
        <source>Templates could not be read</source>
        <translation>Vorlagen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>No templates yet: mark points, then save them as one</source>
        <translation>Noch keine Vorlagen: Punkte markieren und dann als Vorlage speichern</translation>
    </message>
    <message numerus="yes">
        <source>Apply “%1” (%n points)</source>
        <translation>
            <numerusform>„%1“ anwenden (%n Punkt)</numerusform>
            <numerusform>„%1“ anwenden (%n Punkte)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save these points as a template…</source>
        <translation>Diese Punkte als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete a template</source>
        <translation>Vorlage &amp;löschen</translation>
    </message>
    <message>
        <source>Save as a template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message numerus="yes">
        <source>Name the template (for example "Neck and shoulder"). It keeps the %n points' places, technique and depth, not what was found; a template of the same name is replaced.</source>
        <translation>
            <numerusform>Benennen Sie die Vorlage (zum Beispiel „Nacken und Schulter“). Sie speichert Lage, Technik und Tiefe des %n Punktes, nicht den Befund; eine gleichnamige Vorlage wird ersetzt.</numerusform>
            <numerusform>Benennen Sie die Vorlage (zum Beispiel „Nacken und Schulter“). Sie speichert Lage, Technik und Tiefe der %n Punkte, nicht den Befund; eine gleichnamige Vorlage wird ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template “%1” saved with %n points.</source>
        <translation>
            <numerusform>Vorlage „%1“ mit %n Punkt gespeichert.</numerusform>
            <numerusform>Vorlage „%1“ mit %n Punkten gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every point of “%1” is already in this note.</source>
        <translation>Alle Punkte von „%1“ sind bereits in dieser Notiz.</translation>
    </message>
    <message>
        <source>Apply template %1</source>
        <translation>Vorlage %1 anwenden</translation>
    </message>
    <message>
        <source>Applied “%1”: 1 point in italics until you record what you find or confirm it.</source>
        <translation>„%1“ angewendet: 1 Punkt kursiv, bis Sie den Befund erfassen oder ihn bestätigen.</translation>
    </message>
    <message>
        <source>Applied “%1”: %2 points in italics until you record what you find or confirm them.</source>
        <translation>„%1“ angewendet: %2 Punkte kursiv, bis Sie den Befund erfassen oder sie bestätigen.</translation>
    </message>
    <message>
        <source>1 was already in the note.</source>
        <translation>1 war bereits in der Notiz.</translation>
    </message>
    <message>
        <source>%1 were already in the note.</source>
        <translation>%1 waren bereits in der Notiz.</translation>
    </message>
    <message>
        <source>Delete a template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Notes it was applied to keep their points.</source>
        <translation>Vorlage „%1“ löschen? Notizen, auf die sie angewendet wurde, behalten ihre Punkte.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Vorlage „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Not needled this visit: say why, then chart the care given.</source>
        <translation>Diesmal nicht genadelt: Geben Sie den Grund an und dokumentieren Sie dann die durchgeführte Behandlung.</translation>
    </message>
    <message>
        <source>Precaution: %1 Acknowledge it before signing.</source>
        <translation>Vorsichtsmaßnahme: %1 Bestätigen Sie sie vor dem Unterschreiben.</translation>
    </message>
    <message>
        <source>Mark another site</source>
        <translation>Andere Stelle markieren</translation>
    </message>
    <message>
        <source>Name the place, as it should read in the note (for example "Plantar fascia" or "Scar, lateral knee"). Side: %1.</source>
        <translation>Benennen Sie die Stelle so, wie sie in der Notiz stehen soll (zum Beispiel „Plantarfaszie“ oder „Narbe, laterales Knie“). Seite: %1.</translation>
    </message>
    <message>
        <source>Session %1 (signed) — NeedleChart</source>
        <translation>Behandlung %1 (unterschrieben) — NeedleChart</translation>
    </message>
    <message>
        <source>Session %1 (draft)[*] — NeedleChart</source>
        <translation>Behandlung %1 (Entwurf)[*] — NeedleChart</translation>
    </message>
    <message>
        <source>Signing locks this note for good. Later corrections will be amendments, shown with the original.</source>
        <translation>Mit der Unterschrift wird diese Notiz endgültig gesperrt. Spätere Korrekturen erfolgen als Nachträge und werden zusammen mit dem Original angezeigt.</translation>
    </message>
    <message>
        <source>Your authorisation to practise dry needling runs out on %1.</source>
        <translation>Ihre Berechtigung zur Anwendung von Dry Needling läuft am %1 ab.</translation>
    </message>
    <message>
        <source>Type your password to sign as %1.</source>
        <translation>Geben Sie Ihr Passwort ein, um als %1 zu unterschreiben.</translation>
    </message>
    <message>
        <source>Sign this note?</source>
        <translation>Diese Notiz unterschreiben?</translation>
    </message>
    <message>
        <source>Add this amendment?</source>
        <translation>Diesen Nachtrag hinzufügen?</translation>
    </message>
    <message>
        <source>Type your password to add the amendment as %1.</source>
        <translation>Geben Sie Ihr Passwort ein, um den Nachtrag als %1 hinzuzufügen.</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>Diesen Entwurf löschen?</translation>
    </message>
    <message>
        <source>The draft and everything charted in it will be deleted. This cannot be undone.</source>
        <translation>Der Entwurf und alles darin Dokumentierte werden gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>The latest changes to this draft could not be saved. Close anyway and lose them?</source>
        <translation>Die letzten Änderungen an diesem Entwurf konnten nicht gespeichert werden. Trotzdem schließen und die Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>needlechart::SignInDialog</name>
    <message>
        <source>Sign In to NeedleChart</source>
        <translation>Bei NeedleChart anmelden</translation>
    </message>
    <message>
        <source>&lt;b&gt;NeedleChart&lt;/b&gt;</source>
        <translation>&lt;b&gt;NeedleChart&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clinic database: %1</source>
        <translation>Praxisdatenbank: %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>This is the demo clinic, with made-up patients. Sign in as alex or jo (clinicians), desk (front desk) or admin (accounts and settings). Each has the password %1.</source>
        <translation>Dies ist die Demo-Praxis mit erfundenen Patienten. Melden Sie sich als alex oder jo (Behandler), desk (Empfang) oder admin (Konten und Einstellungen) an. Alle haben das Passwort %1.</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>needlechart::StartupChoiceMenu</name>
    <message>
        <source>The desktop's language</source>
        <translation>Sprache des Desktops</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The desktop's colours</source>
        <translation>Farben des Desktops</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>%1: NeedleChart changes to it the next time it starts on this computer.</source>
        <translation>%1: NeedleChart wechselt beim nächsten Start auf diesem Computer dorthin.</translation>
    </message>
</context>
<context>
    <name>needlechart::TodayPanel</name>
    <message>
        <source>Arri&amp;ved</source>
        <translation>Ein&amp;getroffen</translation>
    </message>
    <message>
        <source>&amp;In treatment</source>
        <translation>&amp;In Behandlung</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>Abges&amp;chlossen</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Nicht erschienen</translation>
    </message>
    <message>
        <source>Ca&amp;rd…</source>
        <translation>Termin&amp;karte…</translation>
    </message>
    <message>
        <source>Today's appointments</source>
        <translation>Heutige Termine</translation>
    </message>
    <message>
        <source>The selected patient has arrived and is waiting</source>
        <translation>Der ausgewählte Patient ist eingetroffen und wartet</translation>
    </message>
    <message>
        <source>Print the selected patient's appointment card</source>
        <translation>Terminkarte des ausgewählten Patienten drucken</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Today's list could not be read: %1</source>
        <translation>Die heutige Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nobody is booked today.</source>
        <translation>Heute sind keine Termine gebucht.</translation>
    </message>
    <message>
        <source>%1 expected</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 verspätet</translation>
    </message>
    <message>
        <source>%1 not arrived</source>
        <translation>%1 nicht eingetroffen</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>%1 in treatment</source>
        <translation>%1 in Behandlung</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <source>%1 not come</source>
        <translation>%1 nicht erschienen</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgesagt</translation>
    </message>
    <message>
        <source>Cannot change the appointment</source>
        <translation>Termin kann nicht geändert werden</translation>
    </message>
</context>
</TS>