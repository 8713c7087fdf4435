<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>godwit::app::ApiRequest</name>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The server's answer is not valid JSON: %1</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>godwit::app::ConnectionProfile</name>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The base URL must be a full address, such as https://app.vern.so/api/v1.</source>
        <translation>Die Basis-URL muss eine vollständige Adresse sein, etwa https://app.vern.so/api/v1.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// or http://.</source>
        <translation>Die Basis-URL muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>The API key header must be x-api-key or anx-api-key.</source>
        <translation>Der Header für den API-Schlüssel muss x-api-key oder anx-api-key sein.</translation>
    </message>
</context>
<context>
    <name>godwit::app::CreateCompanyRequest</name>
    <message>
        <source>The server's answer has no company</source>
        <translation>Die Antwort des Servers enthält keine Firma</translation>
    </message>
</context>
<context>
    <name>godwit::app::CreateMigrationRequest</name>
    <message>
        <source>The server's answer has no migration</source>
        <translation>Die Antwort des Servers enthält keine Migration</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetCompanyRequest</name>
    <message>
        <source>The server's answer has no company</source>
        <translation>Die Antwort des Servers enthält keine Firma</translation>
    </message>
</context>
<context>
    <name>godwit::app::InspectCommand</name>
    <message>
        <source>Shows what Godwit makes of a CSV file: encoding and dialect with their confidences, row count, columns and the first rows.</source>
        <translation>Zeigt, was Godwit aus einer CSV-Datei liest: Kodierung und Dialekt mit ihrer Sicherheit, Zeilenzahl, Spalten und die ersten Zeilen.</translation>
    </message>
    <message>
        <source>Print JSON (rows as arrays of strings).</source>
        <translation>JSON ausgeben (Zeilen als Arrays von Zeichenketten).</translation>
    </message>
    <message>
        <source>Show the first &lt;n&gt; rows (default 10).</source>
        <translation>Die ersten &lt;n&gt; Zeilen zeigen (Vorgabe 10).</translation>
    </message>
    <message>
        <source>Read the file as &lt;encoding&gt; (UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, ISO-8859-15) instead of detecting it.</source>
        <translation>Die Datei als &lt;encoding&gt; lesen (UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, ISO-8859-15), statt die Kodierung zu erkennen.</translation>
    </message>
    <message>
        <source>Use &lt;c&gt; as the delimiter (a character, or tab, comma, semicolon, pipe).</source>
        <translation>&lt;c&gt; als Trennzeichen verwenden (ein Zeichen oder tab, comma, semicolon, pipe).</translation>
    </message>
    <message>
        <source>The header is record &lt;k&gt; (1 = the first; 0 = no header).</source>
        <translation>Die Kopfzeile ist Datensatz &lt;k&gt; (1 = der erste; 0 = keine Kopfzeile).</translation>
    </message>
    <message>
        <source>The CSV file to inspect.</source>
        <translation>Die zu untersuchende CSV-Datei.</translation>
    </message>
    <message>
        <source>Name exactly one file to inspect.</source>
        <translation>Nennen Sie genau eine Datei.</translation>
    </message>
    <message>
        <source>--rows needs a whole number of 0 or more, not "%1".</source>
        <translation>--rows braucht eine ganze Zahl ab 0, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown encoding "%1". Known: UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, ISO-8859-15.</source>
        <translation>Unbekannte Kodierung „%1“. Bekannt: UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, ISO-8859-15.</translation>
    </message>
    <message>
        <source>"%1" cannot be a delimiter: give one punctuation character, or tab, comma, semicolon, pipe.</source>
        <translation>„%1“ kann kein Trennzeichen sein: Geben Sie ein Satzzeichen an oder tab, comma, semicolon, pipe.</translation>
    </message>
    <message>
        <source>--header-row needs a record number of 0 or more, not "%1".</source>
        <translation>--header-row braucht eine Datensatznummer ab 0, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to read.</source>
        <translation>%1 ist leer: Es gibt nichts zu lesen.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file but a zip archive — an Excel (.xlsx) or OpenDocument spreadsheet? Export it as CSV.</source>
        <translation>%1 ist keine CSV-Datei, sondern ein ZIP-Archiv – eine Excel- (.xlsx) oder OpenDocument-Tabelle? Exportieren Sie sie als CSV.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file but a legacy Excel or Word file (.xls, .doc). Export it as CSV.</source>
        <translation>%1 ist keine CSV-Datei, sondern eine alte Excel- oder Word-Datei (.xls, .doc). Exportieren Sie sie als CSV.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file but a PDF document.</source>
        <translation>%1 ist keine CSV-Datei, sondern ein PDF-Dokument.</translation>
    </message>
    <message>
        <source>%1 is gzip-compressed: decompress it first.</source>
        <translation>%1 ist gzip-komprimiert: Entpacken Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>%1 is not a text file: binary data at byte %2.</source>
        <translation>%1 ist keine Textdatei: Binärdaten bei Byte %2.</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>%1 ends inside a quoted field that never closes. %2</source>
        <translation>%1 endet in einem Feld mit Anführungszeichen, das nie geschlossen wird. %2</translation>
    </message>
    <message>
        <source>%1 has a record too large to be real: probably a quote that never closes. %2</source>
        <translation>%1 hat einen unrealistisch großen Datensatz: vermutlich ein Anführungszeichen, das nie geschlossen wird. %2</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>File:      %1 (%2)</source>
        <translation>Datei:      %1 (%2)</translation>
    </message>
    <message>
        <source>Encoding:  %1%2 (confidence %3)</source>
        <translation>Kodierung:  %1%2 (Sicherheit %3)</translation>
    </message>
    <message>
        <source>, with BOM</source>
        <translation>, mit BOM</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Dialect:   delimiter %1, quote %2 (confidence %3)</source>
        <translation>Dialekt:    Trennzeichen %1, Anführungszeichen %2 (Sicherheit %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Header:    line %1 (confidence %2)</source>
        <translation>Kopfzeile:  Zeile %1 (Sicherheit %2)</translation>
    </message>
    <message>
        <source>Header:    none (confidence %1)</source>
        <translation>Kopfzeile:  keine (Sicherheit %1)</translation>
    </message>
    <message>
        <source>Rows:      %1 data rows, %2 columns</source>
        <translation>Zeilen:     %1 Datenzeilen, %2 Spalten</translation>
    </message>
    <message>
        <source>Columns:   %1</source>
        <translation>Spalten:    %1</translation>
    </message>
    <message>
        <source>Issues:    %1 rows with another number of fields (first on line %2)</source>
        <translation>Probleme:   %1 Zeilen mit anderer Feldanzahl (erste in Zeile %2)</translation>
    </message>
    <message>
        <source>Issues:    %1 undecodable byte sequences (first on line %2)</source>
        <translation>Probleme:   %1 nicht dekodierbare Bytefolgen (erste in Zeile %2)</translation>
    </message>
    <message>
        <source>Issues:    the last quoted field never closes</source>
        <translation>Probleme:   Das letzte Feld mit Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>First %1 rows:</source>
        <translation>Erste %1 Zeilen:</translation>
    </message>
</context>
<context>
    <name>godwit::app::IntentJournal</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Journal ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListCompaniesRequest</name>
    <message>
        <source>The server's answer has no "companies" list</source>
        <translation>Die Antwort des Servers enthält keine Liste „companies“</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListMigrationFilesRequest</name>
    <message>
        <source>The server's answer has no "files" list</source>
        <translation>Die Antwort des Servers enthält keine Liste „files“</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListMigrationsRequest</name>
    <message>
        <source>The server's answer has no "migrations" list</source>
        <translation>Die Antwort des Servers enthält keine Liste „migrations“</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListSourcesRequest</name>
    <message>
        <source>The server's answer has no "sources" list</source>
        <translation>Die Antwort des Servers enthält keine Liste „sources“</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListTemplatesRequest</name>
    <message>
        <source>The server's answer has no "templates" list</source>
        <translation>Die Antwort des Servers enthält keine Liste „templates“</translation>
    </message>
</context>
<context>
    <name>godwit::app::LocalServer</name>
    <message>
        <source>The local server did not report its port within %1 seconds.</source>
        <translation>Der lokale Server hat seinen Port nicht innerhalb von %1 Sekunden gemeldet.</translation>
    </message>
    <message>
        <source>The local server program (godwit-server) was not found. Install it beside the console or set GODWIT_SERVER_BIN.</source>
        <translation>Das Programm des lokalen Servers (godwit-server) wurde nicht gefunden. Installieren Sie es neben der Konsole oder setzen Sie GODWIT_SERVER_BIN.</translation>
    </message>
    <message>
        <source>Cannot create the local server's data folder %1.</source>
        <translation>Der Datenordner %1 des lokalen Servers kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local server printed an unexpected first line instead of its port: %1</source>
        <translation>Der lokale Server hat statt seines Ports eine unerwartete erste Zeile ausgegeben: %1</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>The local server %1.</source>
        <translation>Der lokale Server %1.</translation>
    </message>
    <message>
        <source>The local server could not be started: %1</source>
        <translation>Der lokale Server konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>godwit::app::MintMigrationFilesRequest</name>
    <message>
        <source>The server's answer has no usable signed_url for %1</source>
        <translation>Die Antwort des Servers enthält keine brauchbare signed_url für %1</translation>
    </message>
    <message>
        <source>The server's answer has no "files"</source>
        <translation>Die Antwort des Servers enthält keine „files“</translation>
    </message>
</context>
<context>
    <name>godwit::app::MintUploadRequest</name>
    <message>
        <source>The server's answer has no usable upload_url and upload_ref</source>
        <translation>Die Antwort des Servers enthält keine brauchbaren upload_url und upload_ref</translation>
    </message>
</context>
<context>
    <name>godwit::app::Session</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet …</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbindet …</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>unauthorised</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>No API key is stored for this profile. Enter it in Settings.</source>
        <translation>Für dieses Profil ist kein API-Schlüssel gespeichert. Geben Sie ihn in den Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::AboutDialog</name>
    <message>
        <source>About Godwit</source>
        <translation>Über Godwit</translation>
    </message>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>A desktop console for customer-data migrations: create companies and migrations, upload files, watch runs, review proposed fixes and export validated rows — against the hosted Migration API or the local server that ships with it.</source>
        <translation>Eine Desktop-Konsole für die Migration von Kundendaten: Firmen und Migrationen anlegen, Dateien hochladen, Läufe verfolgen, vorgeschlagene Korrekturen prüfen und validierte Zeilen exportieren – gegen die gehostete Migration-API oder den mitgelieferten lokalen Server.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on %2). Charts by QCustomPlot.</source>
        <translation>Erstellt mit Qt %1 (läuft unter %2). Diagramme mit QCustomPlot.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>godwit::ui::AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh sources and templates</source>
        <translation>Quellen und Vorlagen aktualisieren</translation>
    </message>
    <message>
        <source>Load the account's sources and templates again</source>
        <translation>Die Quellen und Vorlagen des Kontos neu laden</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Template columns</source>
        <translation>Spalten der Vorlage</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Spalten von %1</translation>
    </message>
    <message>
        <source>Loading sources and templates…</source>
        <translation>Quellen und Vorlagen werden geladen …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Not connected to %1 (%2). %3</source>
        <translation>Nicht mit %1 verbunden (%2). %3</translation>
    </message>
    <message>
        <source>Could not load the account: %1</source>
        <translation>Das Konto konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) and %1 available on %2.</source>
        <translation>
            <numerusform>%n Quelle und %1 auf %2 verfügbar.</numerusform>
            <numerusform>%n Quellen und %1 auf %2 verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n Vorlage</numerusform>
            <numerusform>%n Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Local server output</source>
        <translation>Ausgabe des lokalen Servers</translation>
    </message>
    <message>
        <source>The last lines the local server wrote before it stopped</source>
        <translation>Die letzten Zeilen, die der lokale Server vor dem Beenden ausgegeben hat</translation>
    </message>
    <message>
        <source>The lists below are from the last successful connection.</source>
        <translation>Die Listen unten stammen von der letzten erfolgreichen Verbindung.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MainWindow</name>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Choose the page to show</source>
        <translation>Anzuzeigende Seite wählen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Godwit</source>
        <translation>Ü&amp;ber Godwit</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Reconnect to the server</source>
        <translation>Erneut mit dem Server verbinden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Status bar: "&lt;profile name&gt; — &lt;state&gt;", e.g. "Local server — connected"</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — retrying (attempt %2 of %3) in %4 s</source>
        <extracomment>Status bar: "&lt;why the last attempt failed&gt; — retrying (attempt 2 of 5) in 1.5 s"</extracomment>
        <translation>%1 – neuer Versuch (%2 von %3) in %4 s</translation>
    </message>
    <message>
        <source>The server asked to slow down: requests wait until %1</source>
        <translation>Der Server bittet um Pause: Anfragen warten bis %1</translation>
    </message>
</context>
<context>
    <name>godwit::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>Ver&amp;bindung</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>The profile in bold is the one in use</source>
        <translation>Das fett gedruckte Profil ist das aktive</translation>
    </message>
    <message>
        <source>&amp;Add remote…</source>
        <translation>Entferntes &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add a remote profile</source>
        <translation>Ein entferntes Profil hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Das ausgewählte Profil entfernen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Stored only in the system keychain. Leave empty to keep the stored key.</source>
        <translation>Wird nur im Schlüsselbund des Systems gespeichert. Leer lassen, um den gespeicherten Schlüssel zu behalten.</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>Header für den API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>Hea&amp;der:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Das Profil speichern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>Dieses Profil &amp;verwenden</translation>
    </message>
    <message>
        <source>Connect with the selected profile</source>
        <translation>Mit dem ausgewählten Profil verbinden</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Profilstatus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Godwit starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Godwit.</translation>
    </message>
    <message>
        <source>Store API keys &amp;unencrypted when no keychain is available (not recommended)</source>
        <translation>API-Schlüssel &amp;unverschlüsselt speichern, wenn kein Schlüsselbund verfügbar ist (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Allow unencrypted API keys</source>
        <translation>Unverschlüsselte API-Schlüssel erlauben</translation>
    </message>
    <message>
        <source>Only when the system has no working keychain: keys are then written in plain text to the settings file.</source>
        <translation>Nur wenn das System keinen funktionierenden Schlüsselbund hat: Die Schlüssel werden dann im Klartext in die Einstellungsdatei geschrieben.</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>The embedded godwit-server on this computer: no account needed. It starts with the console and stops when you quit.

Data folder: %1</source>
        <translation>Der eingebettete godwit-server auf diesem Computer: kein Konto nötig. Er startet mit der Konsole und endet, wenn Sie sie beenden.

Datenordner: %1</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert – leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Enter the API key for this profile.</source>
        <translation>Geben Sie den API-Schlüssel für dieses Profil ein.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>Der Schlüssel wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>The API key could not be stored in the keychain: %1. Nothing was saved.%2</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1. Es wurde nichts gespeichert.%2</translation>
    </message>
    <message>
        <source> If this computer has no keychain, you may allow unencrypted keys on the General tab.</source>
        <translation> Wenn dieser Computer keinen Schlüsselbund hat, können Sie unverschlüsselte Schlüssel im Reiter „Allgemein“ erlauben.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile "%1" and its stored API key?</source>
        <translation>Das Profil „%1“ und seinen gespeicherten API-Schlüssel entfernen?</translation>
    </message>
    <message>
        <source>Connecting with this profile…</source>
        <translation>Verbindung mit diesem Profil wird hergestellt …</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Geben Sie den API-Schlüssel ein, um die Verbindung zu testen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the account has %n source(s).</source>
        <translation>
            <numerusform>Verbunden: Das Konto hat %n Quelle.</numerusform>
            <numerusform>Verbunden: Das Konto hat %n Quellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected (%1): %2</source>
        <translation>Nicht verbunden (%1): %2</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>godwit::ui::SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>godwit::ui::TemplateColumnsModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>strict: %1</source>
        <translation>strikt: %1</translation>
    </message>
    <message>
        <source>link → %1</source>
        <translation>Verweis → %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>%1 (not checked by this version)</source>
        <translation>%1 (von dieser Version nicht geprüft)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>godwit::ui::TemplatesModel</name>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Godwit — a desktop console for customer-data migrations over the Migration API.
With no connection profile configured it starts the embedded local server.</source>
        <translation>Godwit – eine Desktop-Konsole für die Migration von Kundendaten über die Migration-API.
Ohne eingerichtetes Verbindungsprofil startet sie den eingebetteten lokalen Server.</translation>
    </message>
    <message>
        <source>Render the main window offscreen to &lt;file&gt; (PNG) once connected, then exit.</source>
        <translation>Das Hauptfenster nach dem Verbinden unsichtbar als &lt;file&gt; (PNG) rendern und beenden.</translation>
    </message>
    <message>
        <source>Keep the embedded local server's data in &lt;dir&gt;.</source>
        <translation>Die Daten des eingebetteten lokalen Servers in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation>Das Bildschirmfoto konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Main window (%1) rendered to %2</source>
        <translation>Hauptfenster (%1) nach %2 gerendert</translation>
    </message>
    <message>
        <source>godwit inspect FILE [options]: what Godwit makes of a CSV file, without a display (see godwit inspect --help).</source>
        <translation>godwit inspect DATEI [Optionen]: was Godwit aus einer CSV-Datei liest, ohne Bildschirm (siehe godwit inspect --help).</translation>
    </message>
</context>
</TS>
