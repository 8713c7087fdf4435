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
        <source>The server&apos;s answer is not valid JSON: %1</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The request could not be sent</source>
        <translation>Die Anfrage konnte nicht gesendet werden</translation>
    </message>
</context>
<context>
    <name>godwit::app::CancelRunRequest</name>
    <message>
        <source>The server&apos;s answer has no run status</source>
        <translation>Die Antwort des Servers enthält keinen Laufstatus</translation>
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
        <source>The server&apos;s answer has no company</source>
        <translation>Die Antwort des Servers enthält keine Firma</translation>
    </message>
</context>
<context>
    <name>godwit::app::CreateMigrationRequest</name>
    <message>
        <source>The server&apos;s answer has no migration</source>
        <translation>Die Antwort des Servers enthält keine Migration</translation>
    </message>
</context>
<context>
    <name>godwit::app::CreateService</name>
    <message>
        <source>The console&apos;s intent journal is not open, so nothing is created (a lost answer could otherwise create it twice).</source>
        <translation>Das Absichtsjournal der Konsole ist nicht geöffnet, daher wird nichts angelegt (eine verlorene Antwort könnte es sonst doppelt anlegen).</translation>
    </message>
    <message>
        <source>Nothing was sent: the intent could not be written to the journal: %1</source>
        <translation>Nichts gesendet: Die Absicht konnte nicht ins Journal geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost and the console could not check whether the company was made (%1). It checks again when it next connects.</source>
        <translation>Die Antwort des Servers ging verloren, und die Konsole konnte nicht prüfen, ob die Firma angelegt wurde (%1). Sie prüft es bei der nächsten Verbindung erneut.</translation>
    </message>
    <message>
        <source>external_id &quot;%1&quot; is already used by the company &quot;%2&quot;</source>
        <translation>external_id „%1“ wird bereits von der Firma „%2“ verwendet</translation>
    </message>
    <message>
        <source>This server cannot start imports yet (HTTP %1: %2).</source>
        <translation>Dieser Server kann noch keine Importe starten (HTTP %1: %2).</translation>
    </message>
</context>
<context>
    <name>godwit::app::CsvCommandLine</name>
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
        <source>Unknown encoding &quot;%1&quot;. Known: UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, ISO-8859-15.</source>
        <translation>Unbekannte Kodierung „%1“. Bekannt: UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, ISO-8859-15.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a delimiter: give one punctuation character, or tab, comma, semicolon, pipe.</source>
        <translation>„%1“ kann kein Trennzeichen sein: Geben Sie ein Satzzeichen an oder tab, comma, semicolon, pipe.</translation>
    </message>
    <message>
        <source>--header-row needs a record number of 0 or more, not &quot;%1&quot;.</source>
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
</context>
<context>
    <name>godwit::app::DecisionRequest</name>
    <message>
        <source>The server&apos;s answer to the decision has no status</source>
        <translation>Die Antwort des Servers auf die Entscheidung enthält keinen Status</translation>
    </message>
</context>
<context>
    <name>godwit::app::DecisionService</name>
    <message>
        <source>The console&apos;s decision journal is not open, so nothing was sent (a lost answer could otherwise apply the decision to a later pause).</source>
        <translation>Das Entscheidungsjournal der Konsole ist nicht geöffnet, daher wurde nichts gesendet (eine verlorene Antwort könnte die Entscheidung sonst auf eine spätere Pause anwenden).</translation>
    </message>
    <message>
        <source>Nothing was sent: the decision could not be written to the journal: %1</source>
        <translation>Nichts gesendet: Die Entscheidung konnte nicht ins Journal geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost and the console could not read the run to see whether the decision landed (%1). It checks again when it next connects.</source>
        <translation>Die Antwort des Servers ging verloren, und die Konsole konnte den Lauf nicht lesen, um zu prüfen, ob die Entscheidung angekommen ist (%1). Sie prüft es bei der nächsten Verbindung erneut.</translation>
    </message>
</context>
<context>
    <name>godwit::app::DownloadRequest</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The download was canceled; nothing was written to %1</source>
        <translation>Der Download wurde abgebrochen; nach %1 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>The download broke off (%1); nothing was written to %2</source>
        <translation>Der Download brach ab (%1); nach %2 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>The download did not complete</source>
        <translation>Der Download wurde nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetCompanyRequest</name>
    <message>
        <source>The server&apos;s answer has no company</source>
        <translation>Die Antwort des Servers enthält keine Firma</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetExportRequest</name>
    <message>
        <source>The server&apos;s answer has no export status</source>
        <translation>Die Antwort des Servers enthält keinen Exportstatus</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetMigrationRunRequest</name>
    <message>
        <source>The server&apos;s answer has no run_id or status</source>
        <translation>Die Antwort des Servers enthält keine run_id und keinen Status</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetPreviewRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;sheets&quot;</source>
        <translation>Die Antwort des Servers enthält kein &quot;sheets&quot;</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetRunRequest</name>
    <message>
        <source>The server&apos;s answer has no run status</source>
        <translation>Die Antwort des Servers enthält keinen Laufstatus</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetSourceConnectionRequest</name>
    <message>
        <source>The server&apos;s answer has no source_connection</source>
        <translation>Die Antwort des Servers enthält keine source_connection</translation>
    </message>
    <message>
        <source>The server&apos;s source connection has no id or source_key</source>
        <translation>Der Quellverbindung des Servers fehlt id oder source_key</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetThreadRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;events&quot;</source>
        <translation>Die Antwort des Servers enthält kein &quot;events&quot;</translation>
    </message>
</context>
<context>
    <name>godwit::app::InlineRows</name>
    <message>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>Too large to send inline (over %1 KiB): it is uploaded instead</source>
        <translation>Zu groß für den Inline-Versand (über %1 KiB): Die Datei wird stattdessen hochgeladen</translation>
    </message>
    <message>
        <source>Not a readable CSV file (%1)</source>
        <translation>Keine lesbare CSV-Datei (%1)</translation>
    </message>
    <message>
        <source>More than %1 rows: it is uploaded instead</source>
        <translation>Mehr als %1 Zeilen: Die Datei wird stattdessen hochgeladen</translation>
    </message>
    <message>
        <source>No data rows</source>
        <translation>Keine Datenzeilen</translation>
    </message>
    <message>
        <source>Too large to send inline: it is uploaded instead</source>
        <translation>Zu groß für den Inline-Versand: Die Datei wird stattdessen hochgeladen</translation>
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
        <source>The CSV file to inspect.</source>
        <translation>Die zu untersuchende CSV-Datei.</translation>
    </message>
    <message>
        <source>Name exactly one file to inspect.</source>
        <translation>Nennen Sie genau eine Datei.</translation>
    </message>
    <message>
        <source>--rows needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--rows braucht eine ganze Zahl ab 0, nicht „%1“.</translation>
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
        <source>The server&apos;s answer has no &quot;companies&quot; list</source>
        <translation>Die Antwort des Servers enthält keine Liste „companies“</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListExportsRequest</name>
    <message>
        <source>The server&apos;s answer has no runs</source>
        <translation>Die Antwort des Servers enthält keine Läufe</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListImportsRequest</name>
    <message>
        <source>The server&apos;s answer has no runs list</source>
        <translation>Die Antwort des Servers enthält keine Liste der Läufe</translation>
    </message>
    <message>
        <source>runs[%1] has no run_id</source>
        <translation>runs[%1] hat keine run_id</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListMigrationFilesRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;files&quot; list</source>
        <translation>Die Antwort des Servers enthält keine Liste „files“</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListMigrationRunsRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;runs&quot; list</source>
        <translation>Die Antwort des Servers enthält keine &quot;runs&quot;-Liste</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListMigrationsRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;migrations&quot; list</source>
        <translation>Die Antwort des Servers enthält keine Liste „migrations“</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListSourcesRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;sources&quot; list</source>
        <translation>Die Antwort des Servers enthält keine Liste „sources“</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListTemplatesRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;templates&quot; list</source>
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
        <source>Cannot create the local server&apos;s data folder %1.</source>
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
    <name>godwit::app::MigrationExportDownload</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
</context>
<context>
    <name>godwit::app::MigrationRunStarter</name>
    <message>
        <source>The console&apos;s intent journal is not open, so no run is started (a lost answer could otherwise start it twice).</source>
        <translation>Das Absichtsjournal der Konsole ist nicht geöffnet, daher wird kein Lauf gestartet (eine verlorene Antwort könnte ihn sonst doppelt starten).</translation>
    </message>
    <message>
        <source>Nothing was sent: the intent could not be written to the journal: %1</source>
        <translation>Nichts gesendet: Die Absicht konnte nicht ins Journal geschrieben werden: %1</translation>
    </message>
    <message>
        <source>It cannot be told yet whether the run was started: %1</source>
        <translation>Ob der Lauf gestartet wurde, lässt sich noch nicht sagen: %1</translation>
    </message>
    <message>
        <source>The run was not started</source>
        <translation>Der Lauf wurde nicht gestartet</translation>
    </message>
</context>
<context>
    <name>godwit::app::MintMigrationFilesRequest</name>
    <message>
        <source>The server&apos;s answer has no usable signed_url for %1</source>
        <translation>Die Antwort des Servers enthält keine brauchbare signed_url für %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;files&quot;</source>
        <translation>Die Antwort des Servers enthält keine „files“</translation>
    </message>
</context>
<context>
    <name>godwit::app::MintUploadRequest</name>
    <message>
        <source>The server&apos;s answer has no usable upload_url and upload_ref</source>
        <translation>Die Antwort des Servers enthält keine brauchbaren upload_url und upload_ref</translation>
    </message>
</context>
<context>
    <name>godwit::app::PreviewDocument</name>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Godwit cannot open this file: %1</source>
        <translation>Godwit kann diese Datei nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Diese Datei ist leer.</translation>
    </message>
    <message>
        <source>This file has nothing but blank lines.</source>
        <translation>Diese Datei enthält nur Leerzeilen.</translation>
    </message>
    <message>
        <source>This is a spreadsheet or a zip archive (.xlsx, .ods, .zip), not a CSV file. Save it as CSV from the spreadsheet program and open that file.</source>
        <translation>Dies ist eine Tabelle oder ein ZIP-Archiv (.xlsx, .ods, .zip), keine CSV-Datei. Speichern Sie sie im Tabellenprogramm als CSV und öffnen Sie diese Datei.</translation>
    </message>
    <message>
        <source>This is a legacy Excel or Word file (.xls, .doc), not a CSV file. Save it as CSV from the spreadsheet program and open that file.</source>
        <translation>Dies ist eine alte Excel- oder Word-Datei (.xls, .doc), keine CSV-Datei. Speichern Sie sie im Tabellenprogramm als CSV und öffnen Sie diese Datei.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file.</source>
        <translation>Dies ist ein PDF-Dokument, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>This file is compressed (gzip). Unpack it first, then open the CSV file inside.</source>
        <translation>Diese Datei ist komprimiert (gzip). Entpacken Sie sie zuerst und öffnen Sie dann die enthaltene CSV-Datei.</translation>
    </message>
    <message>
        <source>This is an image, not a CSV file.</source>
        <translation>Dies ist ein Bild, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>This is an SQLite database, not a CSV file.</source>
        <translation>Dies ist eine SQLite-Datenbank, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>This is a binary file, not text: the byte at offset %1 is a NUL or control character.</source>
        <translation>Dies ist eine Binärdatei, kein Text: Das Byte an Offset %1 ist ein NUL- oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>This file cannot be read as CSV (%1).</source>
        <translation>Diese Datei kann nicht als CSV gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Godwit cannot convert this UTF-16 file: no room for a temporary copy (%1).</source>
        <translation>Godwit kann diese UTF-16-Datei nicht umwandeln: kein Platz für eine temporäre Kopie (%1).</translation>
    </message>
    <message>
        <source>Indexing rows</source>
        <translation>Zeilen werden indiziert</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Profiling “%1”</source>
        <translation>„%1“ wird analysiert</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Export nach %1</translation>
    </message>
</context>
<context>
    <name>godwit::app::PreviewExport</name>
    <message>
        <source>Only valid or only flagged rows can be exported once the file was validated.</source>
        <translation>Nur gültige oder nur markierte Zeilen lassen sich erst exportieren, wenn die Datei geprüft wurde.</translation>
    </message>
</context>
<context>
    <name>godwit::app::PreviewIndexer</name>
    <message>
        <source>The file ended early: it was changed while it was read.</source>
        <extracomment>The file being previewed became shorter (or unreadable) while it was read</extracomment>
        <translation>Die Datei endete vorzeitig: Sie wurde während des Lesens geändert.</translation>
    </message>
    <message>
        <source>A record is larger than 256 MB (a quote that never closes?).</source>
        <translation>Ein Datensatz ist größer als 256 MB (ein nie geschlossenes Anführungszeichen?).</translation>
    </message>
</context>
<context>
    <name>godwit::app::PreviewReader</name>
    <message>
        <source>The file ended early: it was changed on disk.</source>
        <translation>Die Datei endete vorzeitig: Sie wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>A record is larger than 256 MB (a quote that never closes?).</source>
        <translation>Ein Datensatz ist größer als 256 MB (ein nie geschlossenes Anführungszeichen?).</translation>
    </message>
</context>
<context>
    <name>godwit::app::PreviewValidation</name>
    <message>
        <source>Reading the file&apos;s encoding and layout</source>
        <translation>Kodierung und Aufbau der Datei werden gelesen</translation>
    </message>
    <message>
        <source>Indexing rows</source>
        <translation>Zeilen werden indiziert</translation>
    </message>
    <message>
        <source>Validating: %1 rows read</source>
        <translation>Prüfung: %1 Zeilen gelesen</translation>
    </message>
    <message>
        <source>Writing: %1 rows written</source>
        <translation>Schreiben: %1 Zeilen geschrieben</translation>
    </message>
    <message>
        <source>Validation cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>The file cannot feed this template: %1</source>
        <translation>Die Datei kann diese Vorlage nicht befüllen: %1</translation>
    </message>
    <message>
        <source>The file cannot be validated: %1</source>
        <translation>Die Datei kann nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>godwit::app::PutFileRequest</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
    <name>godwit::app::StartExportRequest</name>
    <message>
        <source>The server&apos;s answer has no run_id</source>
        <translation>Die Antwort des Servers enthält keine run_id</translation>
    </message>
</context>
<context>
    <name>godwit::app::StartImportRequest</name>
    <message>
        <source>The server&apos;s answer has no run_id</source>
        <translation>Die Antwort des Servers enthält keine run_id</translation>
    </message>
</context>
<context>
    <name>godwit::app::StartMigrationRunRequest</name>
    <message>
        <source>The server&apos;s answer has no run_id</source>
        <translation>Die Antwort des Servers enthält keine run_id</translation>
    </message>
</context>
<context>
    <name>godwit::app::SubmitRunCredentialsRequest</name>
    <message>
        <source>The server&apos;s answer has no run_id or status</source>
        <translation>Die Antwort des Servers enthält weder run_id noch status</translation>
    </message>
</context>
<context>
    <name>godwit::app::ThreadStream</name>
    <message>
        <source>The thread stream answered HTTP %1</source>
        <translation>Der Thread-Stream antwortete mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>godwit::app::UploadJob</name>
    <message>
        <source>The file does not exist</source>
        <translation>Die Datei existiert nicht</translation>
    </message>
    <message>
        <source>Only files can be uploaded, not folders</source>
        <translation>Nur Dateien können hochgeladen werden, keine Ordner</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message numerus="yes">
        <source>No usable upload URL after %n attempt(s)</source>
        <translation>
            <numerusform>Keine brauchbare Upload-URL nach %n Versuch</numerusform>
            <numerusform>Keine brauchbare Upload-URL nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (nach %n Versuch aufgegeben)</numerusform>
            <numerusform>%1 (nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>godwit::app::ValidateCommand</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object</source>
        <translation>%1 enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>No template &quot;%1&quot;: name a bundled template (%2) or a template JSON file.</source>
        <translation>Keine Vorlage „%1“: Nennen Sie eine mitgelieferte Vorlage (%2) oder eine Vorlagen-JSON-Datei.</translation>
    </message>
    <message>
        <source>%1 holds %2 templates; give a file with exactly one.</source>
        <translation>%1 enthält %2 Vorlagen; geben Sie eine Datei mit genau einer an.</translation>
    </message>
    <message>
        <source>%1 is not a template: %2</source>
        <translation>%1 ist keine Vorlage: %2</translation>
    </message>
    <message>
        <source>File:      %1 (%2), %3, delimiter %4, header on row %5</source>
        <translation>Datei:     %1 (%2), %3, Trennzeichen %4, Kopfzeile in Zeile %5</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Template:  %1 (%2)</source>
        <translation>Vorlage:   %1 (%2)</translation>
    </message>
    <message>
        <source>Mapping (template column ← file column, confidence, why):</source>
        <translation>Zuordnung (Vorlagenspalte ← Dateispalte, Sicherheit, Begründung):</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>  Not used: %1</source>
        <translation>  Nicht verwendet: %1</translation>
    </message>
    <message>
        <source>  Ambiguous: %1 could come from %2</source>
        <translation>  Mehrdeutig: %1 könnte aus %2 stammen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Rows:      %1 validated, %2 valid, %3 flagged (with at least one invalid cell)</source>
        <translation>Zeilen:    %1 geprüft, %2 gültig, %3 markiert (mit mindestens einer ungültigen Zelle)</translation>
    </message>
    <message>
        <source>Plan:      %1 rows dropped, %2 cells replaced by the plan&apos;s fixes</source>
        <translation>Plan:      %1 Zeilen entfernt, %2 Zellen durch die Korrekturen des Plans ersetzt</translation>
    </message>
    <message>
        <source>Issues:    %1 rows with another number of fields than the header (first: row %2)</source>
        <translation>Probleme:  %1 Zeilen mit einer anderen Feldanzahl als die Kopfzeile (erste: Zeile %2)</translation>
    </message>
    <message>
        <source>Issues:    %1 undecodable byte sequences (first: row %2, byte %3)</source>
        <translation>Probleme:  %1 nicht dekodierbare Bytefolgen (erste: Zeile %2, Byte %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (row %2)</source>
        <translation>„%1“ (Zeile %2)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Proposed fixes (%1):</source>
        <translation>Vorgeschlagene Korrekturen (%1):</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Optionen: %1</translation>
    </message>
    <message>
        <source>Validates a CSV file against a template with the engine the server imports with: the self-healed column mapping, the report and the proposed fixes. Exit code 0: every row is valid; 1: rows are flagged; 2: error.</source>
        <translation>Prüft eine CSV-Datei gegen eine Vorlage mit derselben Engine, mit der der Server importiert: die selbstheilende Spaltenzuordnung, den Bericht und die vorgeschlagenen Korrekturen. Exit-Code 0: alle Zeilen gültig; 1: Zeilen markiert; 2: Fehler.</translation>
    </message>
    <message>
        <source>The template: a bundled one by slug (companies, contacts, deals) or a JSON file.</source>
        <translation>Die Vorlage: eine mitgelieferte per Kürzel (companies, contacts, deals) oder eine JSON-Datei.</translation>
    </message>
    <message>
        <source>Replay this plan (JSON) and heal around it.</source>
        <translation>Diesen Plan (JSON) wiederholen und Abweichungen heilen.</translation>
    </message>
    <message>
        <source>Print JSON in the API&apos;s shapes.</source>
        <translation>JSON in den Formen der API ausgeben.</translation>
    </message>
    <message>
        <source>Write the valid rows to &lt;file&gt; (CSV).</source>
        <translation>Die gültigen Zeilen nach &lt;file&gt; schreiben (CSV).</translation>
    </message>
    <message>
        <source>Write the flagged rows to &lt;file&gt; (CSV), to send back.</source>
        <translation>Die markierten Zeilen nach &lt;file&gt; schreiben (CSV), zum Zurücksenden.</translation>
    </message>
    <message>
        <source>Write the plan with this file&apos;s mapping recorded to &lt;file&gt; (JSON).</source>
        <translation>Den Plan mit der Zuordnung dieser Datei nach &lt;file&gt; schreiben (JSON).</translation>
    </message>
    <message>
        <source>Use &lt;n&gt; threads (default: one per core).</source>
        <translation>&lt;n&gt; Threads verwenden (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>The CSV file to validate.</source>
        <translation>Die zu prüfende CSV-Datei.</translation>
    </message>
    <message>
        <source>Name exactly one file to validate.</source>
        <translation>Nennen Sie genau eine zu prüfende Datei.</translation>
    </message>
    <message>
        <source>Say which template to validate against: --template SLUG or --template FILE.json.</source>
        <translation>Geben Sie an, gegen welche Vorlage geprüft wird: --template KÜRZEL oder --template DATEI.json.</translation>
    </message>
    <message>
        <source>The plan %1 cannot be used: %2</source>
        <translation>Der Plan %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>--threads needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--threads braucht eine ganze Zahl ab 0, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <source>Load the account&apos;s sources and templates again</source>
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
    <name>godwit::ui::ColumnProfilePanel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>decimal number</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Column profile</source>
        <translation>Spaltenprofil</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Profilstatus</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Blank:</source>
        <translation>Leer:</translation>
    </message>
    <message>
        <source>Distinct:</source>
        <translation>Verschiedene:</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Dia&amp;gramm:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation>Häufigste Werte</translation>
    </message>
    <message>
        <source>Value lengths</source>
        <translation>Wertlängen</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>What the chart shows: the most frequent values or the lengths of the values</source>
        <translation>Was das Diagramm zeigt: die häufigsten Werte oder die Längen der Werte</translation>
    </message>
    <message>
        <source>Chart of the column</source>
        <translation>Diagramm der Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Values that do not fit the type</source>
        <translation>Werte, die nicht zum Typ passen</translation>
    </message>
    <message>
        <source>Double-click a value to go to its line</source>
        <translation>Doppelklicken Sie auf einen Wert, um zu seiner Zeile zu springen</translation>
    </message>
    <message>
        <source>Double-click to go to the line</source>
        <translation>Doppelklicken, um zur Zeile zu springen</translation>
    </message>
    <message>
        <source>Select a cell to see its column&apos;s profile.</source>
        <translation>Wählen Sie eine Zelle aus, um das Profil ihrer Spalte zu sehen.</translation>
    </message>
    <message>
        <source>Reading every row of this column…</source>
        <translation>Alle Zeilen dieser Spalte werden gelesen …</translation>
    </message>
    <message>
        <source>The profile follows as soon as the file is indexed.</source>
        <translation>Das Profil folgt, sobald die Datei indiziert ist.</translation>
    </message>
    <message>
        <source>The profile could not be made: %1</source>
        <translation>Das Profil konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>empty — every value is blank</source>
        <translation>leer – alle Werte sind leer</translation>
    </message>
    <message>
        <source>%1 (%2 % of the non-blank values)</source>
        <translation>%1 (%2&#xa0;% der nicht leeren Werte)</translation>
    </message>
    <message numerus="yes">
        <source>(and %Ln row(s) too short to have this column)</source>
        <translation>
            <numerusform>(und %Ln Zeile, die für diese Spalte zu kurz ist)</numerusform>
            <numerusform>(und %Ln Zeilen, die für diese Spalte zu kurz sind)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>about %1 (estimated)</source>
        <translation>etwa %1 (geschätzt)</translation>
    </message>
    <message>
        <source>Counted with HyperLogLog: within about 1 % of the true number.</source>
        <translation>Mit HyperLogLog gezählt: auf etwa 1&#xa0;% genau.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>always %1 characters</source>
        <translation>immer %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1 bis %2 Zeichen</translation>
    </message>
    <message>
        <source>Most frequent values (among the first %1 distinct values)</source>
        <translation>Häufigste Werte (unter den ersten %1 verschiedenen Werten)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) that are not %1</source>
        <translation>
            <numerusform>%Ln Wert, der nicht vom Typ „%1“ ist</numerusform>
            <numerusform>%Ln Werte, die nicht vom Typ „%1“ sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of the %n most frequent value(s); the first is “%1” in %2 rows.</source>
        <translation>
            <numerusform>Balkendiagramm des %n häufigsten Werts; der erste ist „%1“ in %2 Zeilen.</numerusform>
            <numerusform>Balkendiagramm der %n häufigsten Werte; der erste ist „%1“ in %2 Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No values</source>
        <translation>Keine Werte</translation>
    </message>
    <message>
        <source>Characters (the last bar: 128 or more)</source>
        <translation>Zeichen (letzter Balken: 128 oder mehr)</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Histogram of value lengths, from %1 to %2 characters</source>
        <translation>Histogramm der Wertlängen, von %1 bis %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>godwit::ui::CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Companies status</source>
        <translation>Status der Firmen</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Neue Firma …</translation>
    </message>
    <message>
        <source>Create a new company</source>
        <translation>Eine neue Firma anlegen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>List the server&apos;s companies again</source>
        <translation>Die Firmen des Servers neu auflisten</translation>
    </message>
    <message>
        <source>Companies on the server</source>
        <translation>Firmen auf dem Server</translation>
    </message>
    <message>
        <source>External ID: %1</source>
        <translation>Externe ID: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Angelegt am %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Could not list them: %1</source>
        <translation>Auflisten nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n Firma</numerusform>
            <numerusform>%n Firmen</numerusform>
        </translation>
    </message>
    <message>
        <source>The server had made this company already: the answer to an earlier attempt was lost. It is shown as the server has it.</source>
        <translation>Der Server hatte diese Firma bereits angelegt: Die Antwort auf einen früheren Versuch ging verloren. Sie wird so angezeigt, wie der Server sie hat.</translation>
    </message>
    <message>
        <source>Opened the existing company with the external ID “%1”.</source>
        <translation>Die bestehende Firma mit der externen ID „%1“ wurde geöffnet.</translation>
    </message>
    <message>
        <source>finished an interrupted create: %1</source>
        <translation>unterbrochene Anlage abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>godwit::ui::CompanyView</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Tabellenblätter</translation>
    </message>
    <message>
        <source>Customer upload link</source>
        <translation>Upload-Link für Kunden</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Start &amp;import</source>
        <translation>&amp;Import starten</translation>
    </message>
    <message>
        <source>Start an import with the uploaded files</source>
        <translation>Einen Import mit den hochgeladenen Dateien starten</translation>
    </message>
    <message>
        <source>Sends the uploaded files (or the inline rows) to the company&apos;s import, with an idempotency key so it is never started twice</source>
        <translation>Sendet die hochgeladenen Dateien (oder die Inline-Zeilen) an den Import der Firma, mit einem Idempotenzschlüssel, damit er nie doppelt gestartet wird</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>No company selected</source>
        <translation>Keine Firma ausgewählt</translation>
    </message>
    <message>
        <source>Waits for the files still on their way</source>
        <translation>Wartet auf die Dateien, die noch unterwegs sind</translation>
    </message>
    <message>
        <source>Add files first</source>
        <translation>Fügen Sie zuerst Dateien hinzu</translation>
    </message>
    <message>
        <source>Starting an import with the inline rows…</source>
        <translation>Import mit den Inline-Zeilen wird gestartet …</translation>
    </message>
    <message numerus="yes">
        <source>Starting an import with %n file(s)…</source>
        <translation>
            <numerusform>Import mit %n Datei wird gestartet …</numerusform>
            <numerusform>Import mit %n Dateien wird gestartet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Not started: import %1 is still running</source>
        <translation>Nicht gestartet: Import %1 läuft noch</translation>
    </message>
    <message>
        <source>%1 — the console sends it again with the same key when it next connects.</source>
        <translation>%1 – die Konsole sendet ihn bei der nächsten Verbindung erneut mit demselben Schlüssel.</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>Externe ID:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>Tabellen:</translation>
    </message>
    <message>
        <source>The hosted link through which the customer can hand over data (valid 7 days)</source>
        <translation>Der gehostete Link, über den der Kunde Daten übergeben kann (7 Tage gültig)</translation>
    </message>
    <message>
        <source>Customer link:</source>
        <translation>Kundenlink:</translation>
    </message>
    <message>
        <source>Imports:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>The company&apos;s import runs</source>
        <translation>Die Importläufe der Firma</translation>
    </message>
    <message>
        <source>Newest first; open one to follow it in the Runs page</source>
        <translation>Neueste zuerst; öffnen Sie einen, um ihn auf der Seite „Läufe“ zu verfolgen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Planversion</translation>
    </message>
    <message>
        <source>&amp;Open in Runs</source>
        <translation>In „Läufe“ ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected import run in the Runs page</source>
        <translation>Den ausgewählten Importlauf auf der Seite „Läufe“ öffnen</translation>
    </message>
    <message>
        <source>Import started: run %1 (%2) — followed in the Runs page</source>
        <translation>Import gestartet: Lauf %1 (%2) – wird auf der Seite „Läufe“ verfolgt</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the company&apos;s rows: download CSV or write to the destination</source>
        <translation>Die Zeilen der Firma exportieren: als CSV herunterladen oder in das Ziel schreiben</translation>
    </message>
</context>
<context>
    <name>godwit::ui::CreateWizard</name>
    <message>
        <source>At most 255 characters (this is %1)</source>
        <translation>Höchstens 255 Zeichen (hier: %1)</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Only letters A–Z and a–z, digits, - and _ are allowed (not: %1)</source>
        <translation>Nur die Buchstaben A–Z und a–z, Ziffern, - und _ sind erlaubt (nicht: %1)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>New migration</source>
        <translation>Neue Migration</translation>
    </message>
    <message>
        <source>New company or migration</source>
        <translation>Neue Firma oder Migration</translation>
    </message>
    <message>
        <source>&amp;Create migration</source>
        <translation>Migration an&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Create company</source>
        <translation>Firma an&amp;legen</translation>
    </message>
    <message>
        <source>Create the migration</source>
        <translation>Migration anlegen</translation>
    </message>
    <message>
        <source>Create the company</source>
        <translation>Firma anlegen</translation>
    </message>
    <message>
        <source>What do you want to create?</source>
        <translation>Was möchten Sie anlegen?</translation>
    </message>
    <message>
        <source>A &amp;company (replay flow)</source>
        <translation>Eine &amp;Firma (Replay-Ablauf)</translation>
    </message>
    <message>
        <source>Bound to a source: each import replays the source&apos;s published import plan</source>
        <translation>An eine Quelle gebunden: Jeder Import spielt den veröffentlichten Importplan der Quelle erneut ab</translation>
    </message>
    <message>
        <source>A &amp;migration (managed agent)</source>
        <translation>Eine &amp;Migration (verwalteter Agent)</translation>
    </message>
    <message>
        <source>An agent works out the mapping from the files you upload, run by run</source>
        <translation>Ein Agent ermittelt die Zuordnung aus den hochgeladenen Dateien, Lauf für Lauf</translation>
    </message>
    <message>
        <source>Bound to a source: each import replays the source&apos;s published import plan, with no one in the loop.</source>
        <translation>An eine Quelle gebunden: Jeder Import spielt den veröffentlichten Importplan der Quelle erneut ab, ganz ohne menschliches Eingreifen.</translation>
    </message>
    <message>
        <source>An agent works out the mapping from the files you upload, run by run, and asks when something is ambiguous.</source>
        <translation>Ein Agent ermittelt die Zuordnung aus den Dateien, die Sie hochladen, Lauf für Lauf, und fragt nach, wenn etwas mehrdeutig ist.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>One customer&apos;s migration, bound to the source they come from.</source>
        <translation>Die Migration eines Kunden, gebunden an die Quelle, aus der seine Daten stammen.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation, e.g. Acme GmbH</source>
        <translation>Die Organisation des Kunden, z. B. Acme GmbH</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The system the customer&apos;s data comes from</source>
        <translation>Das System, aus dem die Daten des Kunden stammen</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Your own ID for this company: at most 255 letters, digits, - and _; optional</source>
        <translation>Ihre eigene ID für diese Firma: höchstens 255 Buchstaben, Ziffern, - und _; optional</translation>
    </message>
    <message>
        <source>Optional, e.g. acme-001</source>
        <translation>Optional, z. B. acme-001</translation>
    </message>
    <message>
        <source>&amp;Open the existing company</source>
        <translation>Bestehende Firma ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the company that has this external ID</source>
        <translation>Die Firma mit dieser externen ID öffnen</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>The company&apos;s workbook gets one sheet per template you tick.</source>
        <translation>Die Arbeitsmappe der Firma erhält ein Tabellenblatt pro angehakter Vorlage.</translation>
    </message>
    <message>
        <source>Tick the templates to create sheets for; the selected one&apos;s columns are shown beside</source>
        <translation>Haken Sie die Vorlagen an, für die Tabellenblätter angelegt werden; die Spalten der ausgewählten werden daneben angezeigt</translation>
    </message>
    <message>
        <source>Columns of the selected template</source>
        <translation>Spalten der ausgewählten Vorlage</translation>
    </message>
    <message>
        <source>Destination (optional)</source>
        <translation>Ziel (optional)</translation>
    </message>
    <message>
        <source>Where export-to-destination writes the validated rows. Skip it to import and download only.</source>
        <translation>Wohin der Export ins Ziel die validierten Zeilen schreibt. Überspringen Sie diesen Schritt, um nur zu importieren und herunterzuladen.</translation>
    </message>
    <message>
        <source>&amp;Export to a destination API</source>
        <translation>&amp;Export an eine Ziel-API</translation>
    </message>
    <message>
        <source>Export to a destination API</source>
        <translation>Export an eine Ziel-API</translation>
    </message>
    <message>
        <source>Destination base URL</source>
        <translation>Basis-URL des Ziels</translation>
    </message>
    <message>
        <source>https://crm.example.com/api</source>
        <translation>https://crm.example.com/api</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>API key in a header</source>
        <translation>API-Schlüssel in einem Header</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>Benutzername und Passwort (Basic)</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>Hea&amp;der:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
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
        <source>Write-only: the server keeps these credentials sealed and never returns them, and Godwit does not store them. They cannot be shown again.</source>
        <translation>Nur schreibbar: Der Server bewahrt diese Zugangsdaten versiegelt auf und gibt sie nie zurück, und Godwit speichert sie nicht. Sie können nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <source>An http:// or https:// address, e.g. https://crm.example.com/api</source>
        <translation>Eine http://- oder https://-Adresse, z. B. https://crm.example.com/api</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>One customer&apos;s workspace: the agent maps the files you upload to your templates.</source>
        <translation>Der Arbeitsbereich eines Kunden: Der Agent ordnet die hochgeladenen Dateien Ihren Vorlagen zu.</translation>
    </message>
    <message>
        <source>Migration name</source>
        <translation>Name der Migration</translation>
    </message>
    <message>
        <source>e.g. Acme GmbH — CRM move</source>
        <translation>z. B. Acme GmbH – CRM-Umzug</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <source>Optional: the name of the system the data comes from; empty for a sourceless migration</source>
        <translation>Optional: der Name des Systems, aus dem die Daten stammen; leer für eine Migration ohne Quelle</translation>
    </message>
    <message>
        <source>None (sourceless)</source>
        <translation>Keine (ohne Quelle)</translation>
    </message>
    <message>
        <source>Your own ID for this migration: at most 255 letters, digits, - and _; optional</source>
        <translation>Ihre eigene ID für diese Migration: höchstens 255 Buchstaben, Ziffern, - und _; optional</translation>
    </message>
    <message>
        <source>Optional, e.g. acme-crm-2026</source>
        <translation>Optional, z. B. acme-crm-2026</translation>
    </message>
    <message>
        <source>&amp;Open the existing migration</source>
        <translation>Bestehende Migration ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the migration that has this external ID</source>
        <translation>Die Migration mit dieser externen ID öffnen</translation>
    </message>
    <message>
        <source>With the same external ID and source, creating again reopens the existing migration. Leave it empty and Godwit makes one up.</source>
        <translation>Bei gleicher externer ID und Quelle öffnet ein erneutes Anlegen die bestehende Migration. Lassen Sie das Feld leer, dann erzeugt Godwit eine.</translation>
    </message>
    <message>
        <source>The templates the agent maps the files to, by slug.</source>
        <translation>Die Vorlagen, denen der Agent die Dateien zuordnet, nach Kürzel.</translation>
    </message>
    <message>
        <source>Tick the templates to map to; the selected one&apos;s columns are shown beside</source>
        <translation>Haken Sie die Vorlagen an, denen zugeordnet werden soll; die Spalten der ausgewählten werden daneben angezeigt</translation>
    </message>
    <message>
        <source>Loading sources…</source>
        <translation>Quellen werden geladen …</translation>
    </message>
    <message>
        <source>No sources</source>
        <translation>Keine Quellen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n column(s)</source>
        <translation>
            <numerusform>%1 – %n Spalte</numerusform>
            <numerusform>%1 – %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating… (waiting for the server&apos;s answer)</source>
        <translation>Wird angelegt … (warte auf die Antwort des Servers)</translation>
    </message>
    <message>
        <source>This external ID is already used by the company “%1”.</source>
        <translation>Diese externe ID wird bereits von der Firma „%1“ verwendet.</translation>
    </message>
    <message>
        <source>This external ID is already used by the migration “%1” (of another source).</source>
        <translation>Diese externe ID wird bereits von der Migration „%1“ (einer anderen Quelle) verwendet.</translation>
    </message>
    <message>
        <source>%1
The console keeps this create in its journal and finishes it when it next connects; the %2 then appears in the list. Pressing Create again is safe.</source>
        <translation>%1
Die Konsole behält diesen Vorgang in ihrem Journal und schließt ihn bei der nächsten Verbindung ab; die %2 erscheint dann in der Liste. Erneutes Anlegen ist unbedenklich.</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Optional: your own ID for the company. Without one Godwit makes one up, so that a create whose answer is lost never makes the company twice.</source>
        <translation>Optional: Ihre eigene ID für die Firma. Ohne sie erzeugt Godwit eine, damit ein Anlegen, dessen Antwort verloren geht, die Firma nie doppelt anlegt.</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Spalten von %1</translation>
    </message>
</context>
<context>
    <name>godwit::ui::DialectBar</name>
    <message>
        <source>Double quote &quot;</source>
        <translation>Doppeltes Anführungszeichen &quot;</translation>
    </message>
    <message>
        <source>Single quote &apos;</source>
        <translation>Einfaches Anführungszeichen &apos;</translation>
    </message>
    <message>
        <source>No quoting</source>
        <translation>Ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation>Doppelpunkt :</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>Kodierung %1</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>Trennzeichen %1</translation>
    </message>
    <message>
        <source>quote: %1</source>
        <translation>Anführungszeichen: %1</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>header in record %1</source>
        <translation>Kopfzeile in Datensatz %1</translation>
    </message>
    <message>
        <source>Use detected</source>
        <translation>Erkannte verwenden</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Wie die Datei gelesen wird</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Leseeinstellungen</translation>
    </message>
    <message>
        <source>What was detected, what you chose for this file last time, or your current choice</source>
        <translation>Was erkannt wurde, was Sie beim letzten Mal für diese Datei gewählt haben, oder Ihre aktuelle Wahl</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>The character encoding the file is read in</source>
        <translation>Die Zeichenkodierung, in der die Datei gelesen wird</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>The character between fields</source>
        <translation>Das Zeichen zwischen den Feldern</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>The character around fields that contain delimiters or line breaks</source>
        <translation>Das Zeichen um Felder, die Trennzeichen oder Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>The record with the column names; records above it are skipped</source>
        <translation>Der Datensatz mit den Spaltennamen; Datensätze darüber werden übersprungen</translation>
    </message>
    <message>
        <source>Use the detected settings</source>
        <translation>Die erkannten Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Forget your choices for this file and read it as detected</source>
        <translation>Ihre Auswahl für diese Datei verwerfen und sie wie erkannt lesen</translation>
    </message>
    <message>
        <source>Encoding confidence</source>
        <translation>Sicherheit der Kodierung</translation>
    </message>
    <message>
        <source>Delimiter confidence</source>
        <translation>Sicherheit des Trennzeichens</translation>
    </message>
    <message>
        <source>Header confidence</source>
        <translation>Sicherheit der Kopfzeile</translation>
    </message>
    <message>
        <source>&amp;Settings:</source>
        <translation>&amp;Einstellungen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Anführungszeichen:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>Hea&amp;der:</translation>
    </message>
    <message>
        <source>set</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Detected with %1 % confidence. %2</source>
        <translation>Mit %1&#xa0;% Sicherheit erkannt. %2</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Remembered (%1)</source>
        <translation>Gespeichert (%1)</translation>
    </message>
    <message>
        <source>Remembered for an earlier version (%1)</source>
        <translation>Für eine frühere Version gespeichert (%1)</translation>
    </message>
    <message>
        <source>The file starts with a byte-order mark.</source>
        <translation>Die Datei beginnt mit einer Byte-Order-Mark.</translation>
    </message>
    <message>
        <source>Every other byte is zero, as in UTF-16 text.</source>
        <translation>Jedes zweite Byte ist null, wie bei UTF-16-Text.</translation>
    </message>
    <message>
        <source>The start of the file is valid UTF-8.</source>
        <translation>Der Anfang der Datei ist gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The character-set detector says %1.</source>
        <translation>Die Zeichensatzerkennung meldet %1.</translation>
    </message>
    <message>
        <source>A guess for Western European text.</source>
        <translation>Eine Vermutung für westeuropäischen Text.</translation>
    </message>
    <message>
        <source>A guess for Western European text (the detector said %1).</source>
        <translation>Eine Vermutung für westeuropäischen Text (die Erkennung meldete %1).</translation>
    </message>
    <message>
        <source>How consistently the rows agree on one number of fields.</source>
        <translation>Wie einheitlich die Zeilen dieselbe Feldanzahl aufweisen.</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Keine Kopfzeile</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>How much the first row looks like column names rather than data.</source>
        <translation>Wie sehr die erste Zeile eher nach Spaltennamen als nach Daten aussieht.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ExportDialog</name>
    <message>
        <source>Export — %1</source>
        <translation>Export – %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Download CSV</source>
        <translation>CSV herunterladen</translation>
    </message>
    <message>
        <source>To destination</source>
        <translation>Ins Ziel</translation>
    </message>
    <message>
        <source>Export kind</source>
        <translation>Exportart</translation>
    </message>
    <message>
        <source>Close the export dialog</source>
        <translation>Den Exportdialog schließen</translation>
    </message>
    <message>
        <source>An export is running; following it.</source>
        <translation>Ein Export läuft; er wird verfolgt.</translation>
    </message>
    <message>
        <source>Valid rows</source>
        <translation>Gültige Zeilen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Invalid rows only (to send back to the customer)</source>
        <translation>Nur ungültige Zeilen (zum Zurücksenden an den Kunden)</translation>
    </message>
    <message>
        <source>Rows to download</source>
        <translation>Herunterzuladende Zeilen</translation>
    </message>
    <message>
        <source>Valid rows have no invalid cell; invalid rows are the flagged ones, to send back for fixing</source>
        <translation>Gültige Zeilen haben keine ungültige Zelle; ungültige Zeilen sind die markierten, die zur Korrektur zurückgesendet werden</translation>
    </message>
    <message>
        <source>Every sheet (one ZIP file)</source>
        <translation>Alle Tabellenblätter (eine ZIP-Datei)</translation>
    </message>
    <message>
        <source>Sheet %1 (CSV file)</source>
        <translation>Tabellenblatt %1 (CSV-Datei)</translation>
    </message>
    <message>
        <source>Sheets to download</source>
        <translation>Herunterzuladende Tabellenblätter</translation>
    </message>
    <message>
        <source>File to save to</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Wählen Sie, wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Choose the file to save to</source>
        <translation>Die Zieldatei auswählen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download the rows</source>
        <translation>Die Zeilen herunterladen</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Den Download abbrechen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>&amp;Tabellenblätter:</translation>
    </message>
    <message>
        <source>Full: every valid row</source>
        <translation>Vollständig: alle gültigen Zeilen</translation>
    </message>
    <message>
        <source>Writes every valid row to the destination; running it again writes them again</source>
        <translation>Schreibt alle gültigen Zeilen ins Ziel; bei erneuter Ausführung werden sie erneut geschrieben</translation>
    </message>
    <message>
        <source>Canary: the first rows of each sheet</source>
        <translation>Canary: die ersten Zeilen jedes Tabellenblatts</translation>
    </message>
    <message>
        <source>A smoke test: writes only the first rows of each sheet</source>
        <translation>Ein Rauchtest: schreibt nur die ersten Zeilen jedes Tabellenblatts</translation>
    </message>
    <message>
        <source>Canary rows per sheet</source>
        <translation>Canary-Zeilen pro Tabellenblatt</translation>
    </message>
    <message>
        <source>Start export</source>
        <translation>Export starten</translation>
    </message>
    <message>
        <source>Start the export to the destination</source>
        <translation>Den Export ins Ziel starten</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export to the destination</source>
        <translation>Den Export ins Ziel abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export-Fortschritt</translation>
    </message>
    <message>
        <source>Not started. The rows go to the company&apos;s destination connection.</source>
        <translation>Nicht gestartet. Die Zeilen gehen an die Zielverbindung der Firma.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Fields confirmed</source>
        <translation>Felder bestätigt</translation>
    </message>
    <message>
        <source>Per-row results</source>
        <translation>Ergebnisse pro Zeile</translation>
    </message>
    <message>
        <source>One line per row written: whether it was written, the destination&apos;s HTTP status, its error, and whether the read-back confirmed its fields. Hollow writes are highlighted in amber, failed rows in red.</source>
        <translation>Eine Zeile pro geschriebener Zeile: ob sie geschrieben wurde, der HTTP-Status des Ziels, ihr Fehler und ob das Zurücklesen ihre Felder bestätigt hat. Hohle Schreibvorgänge sind bernsteinfarben hervorgehoben, fehlgeschlagene Zeilen rot.</translation>
    </message>
    <message>
        <source>Save the rows as</source>
        <translation>Zeilen speichern unter</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Downloading… %1 received</source>
        <translation>Wird heruntergeladen … %1 empfangen</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) (%1) to %2</source>
        <translation>
            <numerusform>%n Zeile (%1) in %2 gespeichert</numerusform>
            <numerusform>%n Zeilen (%1) in %2 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export every row again?</source>
        <translation>Alle Zeilen erneut exportieren?</translation>
    </message>
    <message>
        <source>This company has been exported in full before. A new full export writes every row to the destination again, which can create duplicates there. Export again?</source>
        <translation>Diese Firma wurde bereits vollständig exportiert. Ein neuer vollständiger Export schreibt alle Zeilen erneut ins Ziel, was dort Duplikate erzeugen kann. Erneut exportieren?</translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation>Export wird gestartet …</translation>
    </message>
    <message>
        <source>The export could not start: %1</source>
        <translation>Der Export konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>The export could not be canceled: %1</source>
        <translation>Der Export konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the export&apos;s state: %1</source>
        <translation>Der Zustand des Exports konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows: %3 written, %4 failed, %5 hollow write(s) (written but not confirmed on read-back)</source>
        <translation>%1 von %2 Zeilen: %3 geschrieben, %4 fehlgeschlagen, hohle Schreibvorgänge: %5 (geschrieben, aber beim Zurücklesen nicht bestätigt)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Canary export completed.</source>
        <translation>Canary-Export abgeschlossen.</translation>
    </message>
    <message>
        <source>Export completed.</source>
        <translation>Export abgeschlossen.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The export was canceled; the rows listed were written.</source>
        <translation>Der Export wurde abgebrochen; die aufgeführten Zeilen wurden geschrieben.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no — hollow write</source>
        <translation>nein – hohler Schreibvorgang</translation>
    </message>
    <message>
        <source>no — lacks %1</source>
        <translation>nein – %1 fehlt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Hollow write: the destination answered %1 but the read-back lacks %2</source>
        <translation>Hohler Schreibvorgang: Das Ziel antwortete %1, aber beim Zurücklesen fehlt %2</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source> row(s) per sheet</source>
        <translation> Zeile(n) pro Tabellenblatt</translation>
    </message>
</context>
<context>
    <name>godwit::ui::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>godwit::ui::FileRow</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n min</numerusform>
            <numerusform>noch %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>noch %n h</numerusform>
            <numerusform>noch %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 · waiting for a free slot</source>
        <translation>%1 · wartet auf einen freien Platz</translation>
    </message>
    <message>
        <source>%1 · the upload URL was refused (%2): asking for a new one</source>
        <translation>%1 · Die Upload-URL wurde abgelehnt (%2): Eine neue wird angefordert</translation>
    </message>
    <message>
        <source>%1 · asking the server for an upload URL</source>
        <translation>%1 · Upload-URL wird beim Server angefordert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>&quot;12 MB of 40 MB&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>upload speed, &quot;5.2 MB/s&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 · interrupted (%2): trying again with a new URL</source>
        <translation>%1 · unterbrochen (%2): neuer Versuch mit neuer URL</translation>
    </message>
    <message>
        <source>%1 · uploaded</source>
        <translation>%1 · hochgeladen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Upload progress of %1</source>
        <translation>Upload-Fortschritt von %1</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>Upload von %1 abbrechen</translation>
    </message>
    <message>
        <source>Stop uploading %1</source>
        <translation>Hochladen von %1 stoppen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Reading %1 into inline rows</source>
        <translation>%1 wird in Inline-Zeilen eingelesen</translation>
    </message>
    <message>
        <source>Inline rows</source>
        <translation>Inline-Zeilen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the next import</source>
        <translation>%1 aus dem nächsten Import entfernen</translation>
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
        <extracomment>Status bar: &quot;&lt;profile name&gt; — &lt;state&gt;&quot;, e.g. &quot;Local server — connected&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — retrying (attempt %2 of %3) in %4 s</source>
        <extracomment>Status bar: &quot;&lt;why the last attempt failed&gt; — retrying (attempt 2 of 5) in 1.5 s&quot;</extracomment>
        <translation>%1 – neuer Versuch (%2 von %3) in %4 s</translation>
    </message>
    <message>
        <source>The server asked to slow down: requests wait until %1</source>
        <translation>Der Server bittet um Pause: Anfragen warten bis %1</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Offline preview</source>
        <translation>Offline-Vorschau</translation>
    </message>
    <message>
        <source>&amp;New company or migration…</source>
        <translation>&amp;Neue Firma oder Migration …</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Status bar notice: &quot;&lt;A run completed&gt;: &lt;company: 5 rows stored, 0 flagged.&gt;&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MessageArea</name>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationLoop</name>
    <message>
        <source>&lt;b&gt;Update&lt;/b&gt; takes directives, one per line or separated by &lt;tt&gt;;&lt;/tt&gt;:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;tt&gt;map &quot;&amp;lt;file column&amp;gt;&quot; to &amp;lt;field&amp;gt;&lt;/tt&gt; — feed a template column from that file column (&lt;tt&gt;&amp;lt;field&amp;gt;&lt;/tt&gt; may be &lt;tt&gt;&amp;lt;sheet&amp;gt;.&amp;lt;field&amp;gt;&lt;/tt&gt;; also &lt;tt&gt;onto&lt;/tt&gt;, &lt;tt&gt;-&amp;gt;&lt;/tt&gt;)&lt;/li&gt;&lt;li&gt;&lt;tt&gt;ignore &quot;&amp;lt;file column&amp;gt;&quot;&lt;/tt&gt; (or &lt;tt&gt;skip&lt;/tt&gt;) — leave every column it fed unmapped&lt;/li&gt;&lt;li&gt;&lt;tt&gt;dates are day-first&lt;/tt&gt; / &lt;tt&gt;dates are month-first&lt;/tt&gt;&lt;/li&gt;&lt;li&gt;&lt;tt&gt;default region &amp;lt;CC&amp;gt;&lt;/tt&gt; — phone numbers&apos; region (ISO 3166, e.g. DE)&lt;/li&gt;&lt;/ul&gt;Anything else blocks the run with a question. &lt;b&gt;Clarify&lt;/b&gt; takes a plain question about the preview; the answer appears in the Thread.</source>
        <translation>&lt;b&gt;Aktualisieren&lt;/b&gt; nimmt Anweisungen entgegen, eine pro Zeile oder durch &lt;tt&gt;;&lt;/tt&gt; getrennt:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;tt&gt;map &quot;&amp;lt;Dateispalte&amp;gt;&quot; to &amp;lt;Feld&amp;gt;&lt;/tt&gt; – eine Vorlagenspalte aus dieser Dateispalte befüllen (&lt;tt&gt;&amp;lt;Feld&amp;gt;&lt;/tt&gt; kann &lt;tt&gt;&amp;lt;Tabellenblatt&amp;gt;.&amp;lt;Feld&amp;gt;&lt;/tt&gt; sein; auch &lt;tt&gt;onto&lt;/tt&gt;, &lt;tt&gt;-&amp;gt;&lt;/tt&gt;)&lt;/li&gt;&lt;li&gt;&lt;tt&gt;ignore &quot;&amp;lt;Dateispalte&amp;gt;&quot;&lt;/tt&gt; (oder &lt;tt&gt;skip&lt;/tt&gt;) – jede von ihr befüllte Spalte ohne Zuordnung lassen&lt;/li&gt;&lt;li&gt;&lt;tt&gt;dates are day-first&lt;/tt&gt; / &lt;tt&gt;dates are month-first&lt;/tt&gt;&lt;/li&gt;&lt;li&gt;&lt;tt&gt;default region &amp;lt;CC&amp;gt;&lt;/tt&gt; – Region der Telefonnummern (ISO 3166, z. B. DE)&lt;/li&gt;&lt;/ul&gt;Alles andere blockiert den Lauf mit einer Rückfrage. &lt;b&gt;Nachfragen&lt;/b&gt; nimmt eine einfache Frage zur Vorschau entgegen; die Antwort erscheint im Verlauf.</translation>
    </message>
    <message>
        <source>Migration runs</source>
        <translation>Migrationsläufe</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Laufstatus</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Author the recipe from the uploaded files and show a preview</source>
        <translation>Das Rezept aus den hochgeladenen Dateien erstellen und eine Vorschau anzeigen</translation>
    </message>
    <message>
        <source>E&amp;xecute</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Import every row with the previewed recipe</source>
        <translation>Alle Zeilen mit dem in der Vorschau gezeigten Rezept importieren</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>Directives or question</source>
        <translation>Anweisungen oder Frage</translation>
    </message>
    <message>
        <source>Directives for Update (e.g. map &quot;Remarks&quot; to notes) or a question for Clarify</source>
        <translation>Anweisungen für „Aktualisieren“ (z. B. map &quot;Remarks&quot; to notes) oder eine Frage für „Nachfragen“</translation>
    </message>
    <message>
        <source>Directives for Update, e.g. map &quot;Remarks&quot; to notes — or a question for Clarify</source>
        <translation>Anweisungen für „Aktualisieren“, z. B. map &quot;Remarks&quot; to notes – oder eine Frage für „Nachfragen“</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Change the recipe with the directives and make a new preview</source>
        <translation>Das Rezept mit den Anweisungen ändern und eine neue Vorschau erstellen</translation>
    </message>
    <message>
        <source>C&amp;larify</source>
        <translation>&amp;Nachfragen</translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Ask about the preview; the answer appears in the thread</source>
        <translation>Eine Frage zur Vorschau stellen; die Antwort erscheint im Verlauf</translation>
    </message>
    <message>
        <source>&amp;Directives…</source>
        <translation>An&amp;weisungen …</translation>
    </message>
    <message>
        <source>Show the directive language</source>
        <translation>Die Anweisungssprache anzeigen</translation>
    </message>
    <message>
        <source>Directive language</source>
        <translation>Anweisungssprache</translation>
    </message>
    <message>
        <source>The agent needs an answer</source>
        <translation>Der Agent benötigt eine Antwort</translation>
    </message>
    <message>
        <source>Questions of the blocked run</source>
        <translation>Fragen des blockierten Laufs</translation>
    </message>
    <message>
        <source>&amp;Send answers</source>
        <translation>Antworten &amp;senden</translation>
    </message>
    <message>
        <source>Send the answers</source>
        <translation>Die Antworten senden</translation>
    </message>
    <message>
        <source>Or directives in&amp;stead:</source>
        <translation>Oder stattdessen Anweis&amp;ungen:</translation>
    </message>
    <message>
        <source>Directives instead of answers</source>
        <translation>Anweisungen statt Antworten</translation>
    </message>
    <message>
        <source>Free-form directives sent to the blocked run</source>
        <translation>Freie Anweisungen, die an den blockierten Lauf gesendet werden</translation>
    </message>
    <message>
        <source>e.g. map &quot;Remarks&quot; to notes</source>
        <translation>z. B. map &quot;Remarks&quot; to notes</translation>
    </message>
    <message>
        <source>Send &amp;directives</source>
        <translation>Anweisungen sen&amp;den</translation>
    </message>
    <message>
        <source>Send the directives to the blocked run</source>
        <translation>Die Anweisungen an den blockierten Lauf senden</translation>
    </message>
    <message>
        <source>Export the valid rows of %1</source>
        <translation>Die gültigen Zeilen von %1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Noch kein Lauf.</translation>
    </message>
    <message>
        <source>No preview yet: upload files and press Generate.</source>
        <translation>Noch keine Vorschau: Laden Sie Dateien hoch und klicken Sie auf „Generieren“.</translation>
    </message>
    <message>
        <source>No report yet: Execute imports the approved preview.</source>
        <translation>Noch kein Bericht: „Ausführen“ importiert die freigegebene Vorschau.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Live (polling: the server has no event stream)</source>
        <translation>Live (Abfrage: Der Server hat keinen Ereignisstrom)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%1: queued</source>
        <translation>%1: in Warteschlange</translation>
    </message>
    <message>
        <source>%1: running</source>
        <translation>%1: läuft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: waiting for credentials (answer them on the server&apos;s dashboard)</source>
        <translation>%1: wartet auf Zugangsdaten (beantworten Sie dies im Dashboard des Servers)</translation>
    </message>
    <message>
        <source>%1: blocked — the agent needs an answer</source>
        <translation>%1: blockiert – der Agent benötigt eine Antwort</translation>
    </message>
    <message>
        <source>%1: preview ready — review it, then Update, Clarify or Execute</source>
        <translation>%1: Vorschau bereit – prüfen Sie sie, dann „Aktualisieren“, „Nachfragen“ oder „Ausführen“</translation>
    </message>
    <message>
        <source>%1: completed — %2 rows imported</source>
        <translation>%1: abgeschlossen – %2 Zeilen importiert</translation>
    </message>
    <message>
        <source>%1: completed</source>
        <translation>%1: abgeschlossen</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1: fehlgeschlagen – %2</translation>
    </message>
    <message>
        <source>%1: canceled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>Upload a file first: Generate reads the files the server has.</source>
        <translation>Laden Sie zuerst eine Datei hoch: „Generieren“ liest die Dateien, die der Server hat.</translation>
    </message>
    <message>
        <source>Generate a preview first.</source>
        <translation>Erstellen Sie zuerst eine Vorschau.</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1: wird gestartet …</translation>
    </message>
    <message>
        <source>Another run holds this migration: %1</source>
        <translation>Ein anderer Lauf belegt diese Migration: %1</translation>
    </message>
    <message>
        <source>%1 was not started: %2</source>
        <translation>%1 wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <source>No run can be started: the run journal cannot be opened: %1</source>
        <translation>Es kann kein Lauf gestartet werden: Das Laufjournal kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The run cannot be read: %1</source>
        <translation>Der Lauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <source>An option or your own answer</source>
        <translation>Eine Option oder Ihre eigene Antwort</translation>
    </message>
    <message>
        <source>Question %1 has no answer yet.</source>
        <translation>Frage %1 hat noch keine Antwort.</translation>
    </message>
    <message>
        <source>The answers were not taken: %1</source>
        <translation>Die Antworten wurden nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The directives were not taken: %1</source>
        <translation>Die Anweisungen wurden nicht angenommen: %1</translation>
    </message>
    <message>
        <source>%1: canceling…</source>
        <translation>%1: wird abgebrochen …</translation>
    </message>
    <message>
        <source>The run could not be canceled: %1</source>
        <translation>Der Lauf konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>The preview cannot be read: %1</source>
        <translation>Die Vorschau kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n valid row(s) of %1 to %2</source>
        <translation>
            <numerusform>%n gültige Zeile von %1 in %2 gespeichert</numerusform>
            <numerusform>%n gültige Zeilen von %1 in %2 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>The export of %1 was canceled; no file was written.</source>
        <translation>Der Export von %1 wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export of %1 failed: %2</source>
        <translation>Der Export von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server no longer knows run %1.</source>
        <translation>Der Server kennt den Lauf %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Export all rows of %1</source>
        <translation>Alle Zeilen von %1 exportieren</translation>
    </message>
    <message>
        <source>Export the flagged rows of %1</source>
        <translation>Die markierten Zeilen von %1 exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) of %1 to %2</source>
        <translation>
            <numerusform>%n Zeile von %1 in %2 gespeichert</numerusform>
            <numerusform>%n Zeilen von %1 in %2 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n flagged row(s) of %1 to %2</source>
        <translation>
            <numerusform>%n markierte Zeile von %1 in %2 gespeichert</numerusform>
            <numerusform>%n markierte Zeilen von %1 in %2 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationPreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>Template sheet</source>
        <translation>Vorlagen-Tabellenblatt</translation>
    </message>
    <message>
        <source>The template sheet whose mapping and first rows are shown</source>
        <translation>Das Vorlagen-Tabellenblatt, dessen Zuordnung und erste Zeilen angezeigt werden</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Zusammenfassung der Vorschau</translation>
    </message>
    <message>
        <source>Mapped columns</source>
        <translation>Zugeordnete Spalten</translation>
    </message>
    <message>
        <source>Each template column and the file column that feeds it</source>
        <translation>Jede Vorlagenspalte und die Dateispalte, die sie befüllt</translation>
    </message>
    <message>
        <source>Template column</source>
        <translation>Vorlagenspalte</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Dateispalte</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>First rows (invalid cells highlighted)</source>
        <translation>Erste Zeilen (ungültige Zellen hervorgehoben)</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>The first rows as execute would import them; an invalid cell&apos;s tooltip names the rule it fails</source>
        <translation>Die ersten Zeilen, wie „Ausführen“ sie importieren würde; der Tooltip einer ungültigen Zelle nennt die Regel, gegen die sie verstößt</translation>
    </message>
    <message>
        <source>No preview yet: upload files and press Generate.</source>
        <translation>Noch keine Vorschau: Laden Sie Dateien hoch und klicken Sie auf „Generieren“.</translation>
    </message>
    <message>
        <source>Recipe version %1.</source>
        <translation>Rezeptversion %1.</translation>
    </message>
    <message>
        <source>No file feeds this sheet.</source>
        <translation>Keine Datei befüllt dieses Tabellenblatt.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>— %1 rows, %2 with invalid cells.</source>
        <translation>– %1 Zeilen, %2 mit ungültigen Zellen.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>No file column feeds %1</source>
        <translation>Keine Dateispalte befüllt %1</translation>
    </message>
    <message>
        <source>Fed by file column &quot;%1&quot;</source>
        <translation>Befüllt aus Dateispalte „%1“</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Invalid: %1 %2</source>
        <translation>Ungültig: %1 %2</translation>
    </message>
    <message>
        <source>Select all cells</source>
        <translation>Alle Zellen auswählen</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationReportPane</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Zusammenfassung des Berichts</translation>
    </message>
    <message>
        <source>Rows per sheet</source>
        <translation>Zeilen pro Tabellenblatt</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export-Fortschritt</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>E&amp;xport abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>No report yet: Execute imports the approved preview.</source>
        <translation>Noch kein Bericht: „Ausführen“ importiert die freigegebene Vorschau.</translation>
    </message>
    <message>
        <source>Execute run %1: %2 rows imported, %3 valid, %4 with invalid cells (left out of the valid rows export).</source>
        <translation>Ausführungslauf %1: %2 Zeilen importiert, %3 gültig, %4 mit ungültigen Zellen (nicht im Export der gültigen Zeilen enthalten).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exporting %1… %2</source>
        <translation>%1 wird exportiert … %2</translation>
    </message>
    <message>
        <source>Export ro&amp;ws:</source>
        <translation>&amp;Zeilen exportieren:</translation>
    </message>
    <message>
        <source>Valid rows</source>
        <translation>Gültige Zeilen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Flagged rows (to send back)</source>
        <translation>Markierte Zeilen (zum Zurücksenden)</translation>
    </message>
    <message>
        <source>Rows to export</source>
        <translation>Zu exportierende Zeilen</translation>
    </message>
    <message>
        <source>Which rows the export buttons write: the valid rows, all rows or the rows with invalid cells</source>
        <translation>Welche Zeilen die Export-Schaltflächen schreiben: die gültigen Zeilen, alle Zeilen oder die Zeilen mit ungültigen Zellen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the rows of %1</source>
        <translation>Die Zeilen von %1 exportieren</translation>
    </message>
    <message>
        <source>Downloads the chosen rows of the sheet (valid, all or flagged) as a CSV file</source>
        <translation>Lädt die gewählten Zeilen des Tabellenblatts (gültig, alle oder markiert) als CSV-Datei herunter</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationThreadPane</name>
    <message>
        <source>Thread</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Thread connection</source>
        <translation>Verlaufsverbindung</translation>
    </message>
    <message>
        <source>Thread events</source>
        <translation>Verlaufsereignisse</translation>
    </message>
    <message>
        <source>Every step of the agent, across runs, oldest first</source>
        <translation>Jeder Schritt des Agenten, über alle Läufe, älteste zuerst</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation>Status: %1 – %2</translation>
    </message>
    <message>
        <source>Preview ready (recipe version %1)</source>
        <translation>Vorschau bereit (Rezeptversion %1)</translation>
    </message>
    <message>
        <source>The agent asks: %1</source>
        <translation>Der Agent fragt: %1</translation>
    </message>
    <message>
        <source>Run completed (%1)</source>
        <translation>Lauf abgeschlossen (%1)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationView</name>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Files the server has</source>
        <translation>Dateien auf dem Server</translation>
    </message>
    <message>
        <source>Files status</source>
        <translation>Dateistatus</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>List the migration&apos;s files again</source>
        <translation>Die Dateien der Migration neu auflisten</translation>
    </message>
    <message>
        <source>Uploaded files</source>
        <translation>Hochgeladene Dateien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>No migration selected</source>
        <translation>Keine Migration ausgewählt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Could not list the files: %1</source>
        <translation>Die Dateien konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>Externe ID:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>none (sourceless)</source>
        <translation>keine (ohne Quelle)</translation>
    </message>
    <message>
        <source>Migration pages</source>
        <translation>Migrationsseiten</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationsPage</name>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Migrations status</source>
        <translation>Status der Migrationen</translation>
    </message>
    <message>
        <source>&amp;New migration…</source>
        <translation>&amp;Neue Migration …</translation>
    </message>
    <message>
        <source>Create a new migration</source>
        <translation>Eine neue Migration anlegen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>List the server&apos;s migrations again</source>
        <translation>Die Migrationen des Servers neu auflisten</translation>
    </message>
    <message>
        <source>Migrations on the server</source>
        <translation>Migrationen auf dem Server</translation>
    </message>
    <message>
        <source>Sourceless</source>
        <translation>Ohne Quelle</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>External ID: %1</source>
        <translation>Externe ID: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Could not list them: %1</source>
        <translation>Auflisten nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n Migration</numerusform>
            <numerusform>%n Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the existing migration with the external ID “%1”.</source>
        <translation>Die bestehende Migration mit der externen ID „%1“ wurde geöffnet.</translation>
    </message>
    <message>
        <source>Existing migration reopened: the server already had a migration with the external ID “%1” for this source. It is shown as it is now (status: %2); its name and templates were not changed.</source>
        <translation>Bestehende Migration erneut geöffnet: Der Server hatte für diese Quelle bereits eine Migration mit der externen ID „%1“. Sie wird im aktuellen Zustand angezeigt (Status: %2); Name und Vorlagen wurden nicht geändert.</translation>
    </message>
    <message>
        <source>The server had made this migration already: the answer to an earlier attempt was lost. It is shown as the server has it.</source>
        <translation>Der Server hatte diese Migration bereits angelegt: Die Antwort auf einen früheren Versuch ging verloren. Sie wird so angezeigt, wie der Server sie hat.</translation>
    </message>
    <message>
        <source>finished an interrupted create: %1</source>
        <translation>unterbrochene Anlage abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>godwit::ui::PreviewPage</name>
    <message>
        <source>Offline preview</source>
        <translation>Offline-Vorschau</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>Eine CSV-Datei öffnen</translation>
    </message>
    <message>
        <source>Open a CSV file (%1)</source>
        <translation>Eine CSV-Datei öffnen (%1)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the file</source>
        <translation>Die Datei neu laden</translation>
    </message>
    <message>
        <source>Read the file again as it is on disk now</source>
        <translation>Die Datei erneut so lesen, wie sie jetzt auf dem Datenträger ist</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export as normalised CSV</source>
        <translation>Als normalisierte CSV exportieren</translation>
    </message>
    <message>
        <source>Write all rows as normalised CSV: UTF-8, comma, CRLF, without the lines above the header</source>
        <translation>Alle Zeilen als normalisierte CSV schreiben: UTF-8, Komma, CRLF, ohne die Zeilen über der Kopfzeile</translation>
    </message>
    <message>
        <source>Drop a CSV file here, or open one with Open… (%1).
It is read on this computer only: nothing is uploaded.</source>
        <translation>Legen Sie hier eine CSV-Datei ab oder öffnen Sie eine mit „Öffnen …“ (%1).
Sie wird nur auf diesem Computer gelesen: Es wird nichts hochgeladen.</translation>
    </message>
    <message>
        <source>Open a CSV file…</source>
        <translation>CSV-Datei öffnen …</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>The file&apos;s rows; the row headers are the line numbers in the file. Select a cell to profile its column.</source>
        <translation>Die Zeilen der Datei; die Zeilenköpfe sind die Zeilennummern in der Datei. Wählen Sie eine Zelle aus, um ihre Spalte zu analysieren.</translation>
    </message>
    <message>
        <source>Side panels</source>
        <translation>Seitenleisten</translation>
    </message>
    <message>
        <source>Column profile</source>
        <translation>Spaltenprofil</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>Dateistatus</translation>
    </message>
    <message>
        <source>&amp;Go to line:</source>
        <translation>Gehe zu &amp;Zeile:</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>A line number of the file; Enter goes there</source>
        <translation>Eine Zeilennummer der Datei; die Eingabetaste springt dorthin</translation>
    </message>
    <message>
        <source>line number</source>
        <translation>Zeilennummer</translation>
    </message>
    <message>
        <source>&amp;Open CSV File…</source>
        <translation>CSV-Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a CSV file in the offline preview</source>
        <translation>Eine CSV-Datei in der Offline-Vorschau öffnen</translation>
    </message>
    <message>
        <source>%1 % · %2 rows so far</source>
        <extracomment>Indexing progress: &quot;45 % · 4,310,000 rows so far&quot;</extracomment>
        <translation>%1&#xa0;% · bisher %2 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte sequence(s) are not valid %1 and show as �; the first is on line %2. If the text looks wrong, choose another encoding.</source>
        <translation>
            <numerusform>%Ln Bytefolge ist kein gültiges %1 und wird als � angezeigt; sie steht in Zeile %2. Wenn der Text falsch aussieht, wählen Sie eine andere Kodierung.</numerusform>
            <numerusform>%Ln Bytefolgen sind kein gültiges %1 und werden als � angezeigt; die erste steht in Zeile %2. Wenn der Text falsch aussieht, wählen Sie eine andere Kodierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to line %1</source>
        <translation>Gehe zu Zeile %1</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <source>Show the folder of the exported file</source>
        <translation>Den Ordner der exportierten Datei anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1 (%2).</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert (%2).</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to %1 cancelled: no file was written.</source>
        <translation>Export nach %1 abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Select a cell to see its column&apos;s profile.</source>
        <translation>Wählen Sie eine Zelle aus, um das Profil ihrer Spalte zu sehen.</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.tab *.txt);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.tsv *.tab *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen …</translation>
    </message>
    <message>
        <source>%1 could not be previewed.
Drop another CSV file here, or open one.</source>
        <translation>%1 konnte nicht in der Vorschau angezeigt werden.
Legen Sie hier eine andere CSV-Datei ab oder öffnen Sie eine.</translation>
    </message>
    <message>
        <source>This file has a header but no data rows.</source>
        <translation>Diese Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Keine Datei geöffnet</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Not a readable CSV file</source>
        <translation>Keine lesbare CSV-Datei</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 rows (counting…)</source>
        <translation>etwa %1 Zeilen (wird gezählt …)</translation>
    </message>
    <message>
        <source>about %1 rows (estimated)</source>
        <translation>etwa %1 Zeilen (geschätzt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n column(s) · %2 · %3</source>
        <extracomment>Status line: &quot;9,500,000 rows · 9 columns · UTF-8 · comma&quot;</extracomment>
        <translation>
            <numerusform>%1 · %n Spalte · %2 · %3</numerusform>
            <numerusform>%1 · %n Spalten · %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the file stopped: %1 Rows after line %2 cannot be shown.</source>
        <translation>Das Lesen der Datei wurde abgebrochen: %1 Zeilen nach Zeile %2 können nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Die Datei erneut lesen</translation>
    </message>
    <message>
        <source>Indexing stopped at %1 %: row numbers after line %2 are estimates, and go to line only reaches so far exactly.</source>
        <translation>Die Indizierung wurde bei %1&#xa0;% angehalten: Zeilennummern nach Zeile %2 sind geschätzt, und „Gehe zu Zeile“ ist nur bis dorthin genau.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Indizierung fortsetzen</translation>
    </message>
    <message>
        <source>A quoted field near the end never closes: the last row runs to the end of the file. Check the quote character, or the last rows.</source>
        <translation>Ein Feld mit Anführungszeichen nahe dem Ende wird nie geschlossen: Die letzte Zeile reicht bis zum Dateiende. Prüfen Sie das Anführungszeichen oder die letzten Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have a different number of fields than the header (%1).</source>
        <translation>
            <numerusform>%Ln Zeile hat eine andere Feldanzahl als die Kopfzeile (%1).</numerusform>
            <numerusform>%Ln Zeilen haben eine andere Feldanzahl als die Kopfzeile (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>the first, line %1, has %2 instead of %3</source>
        <translation>die erste, Zeile %1, hat %2 statt %3</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the header %3. Such rows are marked in red; profiling a column counts them in the whole file.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile %3. Solche Zeilen sind rot markiert; bei der Analyse einer Spalte werden sie in der ganzen Datei gezählt.</translation>
    </message>
    <message>
        <source>On %1 you read this file with %2.</source>
        <translation>Am %1 haben Sie diese Datei mit %2 gelesen.</translation>
    </message>
    <message>
        <source>On %1 you read an earlier version of this file with %2.</source>
        <translation>Am %1 haben Sie eine frühere Version dieser Datei mit %2 gelesen.</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Read the file with the remembered settings</source>
        <translation>Die Datei mit den gespeicherten Einstellungen lesen</translation>
    </message>
    <message>
        <source>Line %1 is above the table (the header or a line before it).</source>
        <translation>Zeile %1 liegt über der Tabelle (die Kopfzeile oder eine Zeile davor).</translation>
    </message>
    <message>
        <source>The file has fewer lines: this is its last row.</source>
        <translation>Die Datei hat weniger Zeilen: Dies ist ihre letzte Zeile.</translation>
    </message>
    <message>
        <source>The file has changed on disk since it was opened. Rows shown may be out of date.</source>
        <translation>Die Datei wurde seit dem Öffnen auf dem Datenträger geändert. Angezeigte Zeilen sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>The file was deleted or moved. What was read of it is still shown; rows not read yet may be missing.</source>
        <translation>Die Datei wurde gelöscht oder verschoben. Was bereits gelesen wurde, wird weiter angezeigt; noch nicht gelesene Zeilen fehlen möglicherweise.</translation>
    </message>
    <message>
        <source>%1-normalised.csv</source>
        <translation>%1-normalisiert.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose another file name: the export would overwrite the file being previewed.</source>
        <translation>Wählen Sie einen anderen Dateinamen: Der Export würde die Datei in der Vorschau überschreiben.</translation>
    </message>
    <message>
        <source>Validate against a template</source>
        <translation>Gegen eine Vorlage prüfen</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln flagged row(s) shown</source>
        <translation>
            <numerusform>%Ln markierte Zeile angezeigt</numerusform>
            <numerusform>%Ln markierte Zeilen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::PreviewTableModel</name>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(Spalte %1 hat keinen Namen)</translation>
    </message>
    <message>
        <source>(extra field %1)</source>
        <translation>(zusätzliches Feld %1)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message numerus="yes">
        <source>This row has only %n field(s).</source>
        <translation>
            <numerusform>Diese Zeile hat nur %n Feld.</numerusform>
            <numerusform>Diese Zeile hat nur %n Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>A long field: %1 bytes, of which the first %2 characters are shown.</source>
        <translation>Ein langes Feld: %1 Bytes, davon werden die ersten %2 Zeichen angezeigt.</translation>
    </message>
    <message>
        <source>� stands for bytes that are not valid in the file&apos;s encoding.</source>
        <translation>� steht für Bytes, die in der Kodierung der Datei nicht gültig sind.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>About line %1: the file is still being indexed, exact row numbers follow.</source>
        <translation>Etwa Zeile %1: Die Datei wird noch indiziert, genaue Zeilennummern folgen.</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation>Diese Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>Reading this row…</source>
        <translation>Diese Zeile wird gelesen …</translation>
    </message>
</context>
<context>
    <name>godwit::ui::PreviewTableView</name>
    <message>
        <source>Table corner</source>
        <translation>Tabellenecke</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Scrolls through all rows of the file, also while it is indexed</source>
        <translation>Blättert durch alle Zeilen der Datei, auch während sie indiziert wird</translation>
    </message>
</context>
<context>
    <name>godwit::ui::QuestionCard</name>
    <message>
        <source>Question %1 of %2: %3</source>
        <translation>Frage %1 von %2: %3</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>Spalte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n Zeile betroffen</numerusform>
            <numerusform>%n Zeilen betroffen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After the suggested fix</source>
        <translation>Nach der vorgeschlagenen Korrektur</translation>
    </message>
    <message>
        <source>Sample values of %1</source>
        <translation>Beispielwerte von %1</translation>
    </message>
    <message>
        <source>Flagged values as the file has them, and what the suggested fix makes of them</source>
        <translation>Markierte Werte, wie sie in der Datei stehen, und was die vorgeschlagene Korrektur daraus macht</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Suggested fix: %1</source>
        <translation>Vorgeschlagene Korrektur: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>Option %1: %2</translation>
    </message>
    <message>
        <source>Answer to: %1</source>
        <translation>Antwort auf: %1</translation>
    </message>
    <message>
        <source>Press %1 to choose this answer</source>
        <translation>Drücken Sie %1, um diese Antwort zu wählen</translation>
    </message>
    <message>
        <source>%1. Own answer:</source>
        <translation>%1. Eigene Antwort:</translation>
    </message>
    <message>
        <source>Own answer:</source>
        <translation>Eigene Antwort:</translation>
    </message>
    <message>
        <source>Option %1: own answer</source>
        <translation>Option %1: eigene Antwort</translation>
    </message>
    <message>
        <source>Answer question %1 in your own words</source>
        <translation>Frage %1 mit eigenen Worten beantworten</translation>
    </message>
    <message>
        <source>Press %1 to type your own answer</source>
        <translation>Drücken Sie %1, um Ihre eigene Antwort einzugeben</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Geben Sie Ihre Antwort ein</translation>
    </message>
    <message>
        <source>Own answer to question %1</source>
        <translation>Eigene Antwort auf Frage %1</translation>
    </message>
    <message>
        <source>Error on question %1: %2</source>
        <translation>Fehler bei Frage %1: %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ReviewPane</name>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>&amp;Accept suggested fixes</source>
        <translation>Vorgeschlagene Korrekturen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Accept suggested fixes</source>
        <translation>Vorgeschlagene Korrekturen übernehmen</translation>
    </message>
    <message>
        <source>Applies the suggested fix of every question as it is: a new plan version, then the import runs again</source>
        <translation>Übernimmt die vorgeschlagene Korrektur jeder Frage unverändert: eine neue Planversion, danach läuft der Import erneut</translation>
    </message>
    <message>
        <source>Apply every suggested fix as it is (%1)</source>
        <translation>Jede vorgeschlagene Korrektur unverändert übernehmen (%1)</translation>
    </message>
    <message>
        <source>&amp;Send answers</source>
        <translation>Antworten &amp;senden</translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation>Antworten senden</translation>
    </message>
    <message>
        <source>Sends the chosen answers; questions left unanswered keep their suggested fix</source>
        <translation>Sendet die gewählten Antworten; unbeantwortete Fragen behalten ihre vorgeschlagene Korrektur</translation>
    </message>
    <message>
        <source>Send the chosen answers (%1)</source>
        <translation>Die gewählten Antworten senden (%1)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen …</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Completes the import without fixing: the flagged rows stay out of the valid rows</source>
        <translation>Schließt den Import ohne Korrektur ab: Die markierten Zeilen bleiben außerhalb der gültigen Zeilen</translation>
    </message>
    <message>
        <source>Keep the flagged rows out, fix nothing (%1)</source>
        <translation>Die markierten Zeilen auslassen, nichts korrigieren (%1)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Correct the run in your own words</source>
        <translation>Den Lauf mit eigenen Worten korrigieren</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>A free-form instruction for the import, e.g. map &quot;Mail&quot; to email; sent as a message to the run</source>
        <translation>Eine freie Anweisung für den Import, z. B. map &quot;Mail&quot; to email; wird als Nachricht an den Lauf gesendet</translation>
    </message>
    <message>
        <source>Send &amp;correction</source>
        <translation>&amp;Korrektur senden</translation>
    </message>
    <message>
        <source>Send correction</source>
        <translation>Korrektur senden</translation>
    </message>
    <message>
        <source>Send the correction to the run (%1 in the text)</source>
        <translation>Die Korrektur an den Lauf senden (%1 im Text)</translation>
    </message>
    <message>
        <source>Review the flagged rows</source>
        <translation>Die markierten Zeilen prüfen</translation>
    </message>
    <message>
        <source>Answer the import&apos;s questions</source>
        <translation>Die Fragen des Imports beantworten</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged row(s)</source>
        <translation>
            <numerusform>%n markierte Zeile</numerusform>
            <numerusform>%n markierte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>plan version %1</source>
        <translation>Planversion %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>Questions you leave unanswered keep their suggested fix.</source>
        <translation>Unbeantwortete Fragen behalten ihre vorgeschlagene Korrektur.</translation>
    </message>
    <message>
        <source>Choose a run that waits for a review.</source>
        <translation>Wählen Sie einen Lauf, der auf eine Überprüfung wartet.</translation>
    </message>
    <message>
        <source>The run waits, but the server sent no questions.</source>
        <translation>Der Lauf wartet, aber der Server hat keine Fragen gesendet.</translation>
    </message>
    <message>
        <source>Nothing to review: the run is %1.</source>
        <translation>Nichts zu prüfen: Der Lauf ist %1.</translation>
    </message>
    <message>
        <source>Question %1 of %2  (%3 answered)</source>
        <translation>Frage %1 von %2  (%3 beantwortet)</translation>
    </message>
    <message>
        <source>Accepting the suggested fixes…</source>
        <translation>Vorgeschlagene Korrekturen werden übernommen …</translation>
    </message>
    <message>
        <source>This question needs an answer before the import can go on.</source>
        <translation>Diese Frage muss beantwortet werden, bevor der Import fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>Choose an answer first (keys 1–9), or accept the suggested fixes.</source>
        <translation>Wählen Sie zuerst eine Antwort (Tasten 1–9) oder übernehmen Sie die vorgeschlagenen Korrekturen.</translation>
    </message>
    <message>
        <source>Answers sent — the import goes on.</source>
        <translation>Antworten gesendet – der Import wird fortgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n answer(s)…</source>
        <translation>
            <numerusform>%n Antwort wird gesendet …</numerusform>
            <numerusform>%n Antworten werden gesendet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject the suggested fixes?</source>
        <translation>Vorgeschlagene Korrekturen ablehnen?</translation>
    </message>
    <message>
        <source>The import completes without fixing anything: the flagged rows are stored but stay out of the valid rows and their download. The plan does not change.</source>
        <translation>Der Import wird ohne Korrektur abgeschlossen: Die markierten Zeilen werden gespeichert, bleiben aber außerhalb der gültigen Zeilen und ihres Downloads. Der Plan ändert sich nicht.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Reject the suggested fixes</source>
        <translation>Die vorgeschlagenen Korrekturen ablehnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Wird abgelehnt …</translation>
    </message>
    <message>
        <source>The run is no longer waiting for a decision: %1</source>
        <translation>Der Lauf wartet nicht mehr auf eine Entscheidung: %1</translation>
    </message>
    <message>
        <source>Not settled yet: %1 The console sends it again when it next connects.</source>
        <translation>Noch nicht erledigt: %1 Die Konsole sendet es bei der nächsten Verbindung erneut.</translation>
    </message>
    <message>
        <source>Rejected — the run completes without the flagged rows in the valid data.</source>
        <translation>Abgelehnt – der Lauf wird ohne die markierten Zeilen in den gültigen Daten abgeschlossen.</translation>
    </message>
    <message>
        <source>Plan version %1 — re-run started.</source>
        <translation>Planversion %1 – erneuter Lauf gestartet.</translation>
    </message>
    <message>
        <source>New plan version — re-run started.</source>
        <translation>Neue Planversion – erneuter Lauf gestartet.</translation>
    </message>
    <message>
        <source>(The decision had reached the server already.)</source>
        <translation>(Die Entscheidung hatte den Server bereits erreicht.)</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Frage %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Correction sent.</source>
        <translation>Korrektur gesendet.</translation>
    </message>
    <message>
        <source>Sending the correction…</source>
        <translation>Korrektur wird gesendet …</translation>
    </message>
    <message>
        <source>e.g. map &quot;Mail&quot; to email</source>
        <translation>z. B. map &quot;Mail&quot; to email</translation>
    </message>
    <message>
        <source>J / K: next / previous question  ·  1–9: choose an answer  ·  %1: send answers</source>
        <translation>J / K: nächste / vorherige Frage  ·  1–9: Antwort wählen  ·  %1: Antworten senden</translation>
    </message>
    <message>
        <source>%1: accept suggested fixes</source>
        <translation>%1: vorgeschlagene Korrekturen übernehmen</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ReviewText</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(row left out)</source>
        <translation>(Zeile ausgelassen)</translation>
    </message>
    <message>
        <source>%1 (read month first)</source>
        <translation>%1 (Monat zuerst gelesen)</translation>
    </message>
    <message>
        <source>%1 (read day first)</source>
        <translation>%1 (Tag zuerst gelesen)</translation>
    </message>
    <message>
        <source>%1 (read with a decimal comma)</source>
        <translation>%1 (mit Dezimalkomma gelesen)</translation>
    </message>
    <message>
        <source>%1 (read with a decimal point)</source>
        <translation>%1 (mit Dezimalpunkt gelesen)</translation>
    </message>
    <message>
        <source>%1 (read as a number of %2)</source>
        <translation>%1 (als Nummer aus %2 gelesen)</translation>
    </message>
    <message>
        <source>(column left unmapped)</source>
        <translation>(Spalte ohne Zuordnung belassen)</translation>
    </message>
    <message>
        <source>(from the file&apos;s column %1)</source>
        <translation>(aus der Dateispalte %1)</translation>
    </message>
    <message>
        <source>(unchanged, stays flagged)</source>
        <translation>(unverändert, bleibt markiert)</translation>
    </message>
    <message>
        <source>Clear the flagged values of %1</source>
        <translation>Die markierten Werte von %1 leeren</translation>
    </message>
    <message>
        <source>Set the flagged values of %1 to %2</source>
        <translation>Die markierten Werte von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Leave out the rows flagged in %1</source>
        <translation>Die in %1 markierten Zeilen auslassen</translation>
    </message>
    <message>
        <source>Read %1 in %2 as %3</source>
        <translation>%1 in %2 als %3 lesen</translation>
    </message>
    <message>
        <source>Read the dates in %1 month first</source>
        <translation>Die Datumsangaben in %1 mit Monat zuerst lesen</translation>
    </message>
    <message>
        <source>Read the dates in %1 day first</source>
        <translation>Die Datumsangaben in %1 mit Tag zuerst lesen</translation>
    </message>
    <message>
        <source>Read the numbers in %1 with a decimal comma</source>
        <translation>Die Zahlen in %1 mit Dezimalkomma lesen</translation>
    </message>
    <message>
        <source>Read the numbers in %1 with a decimal point</source>
        <translation>Die Zahlen in %1 mit Dezimalpunkt lesen</translation>
    </message>
    <message>
        <source>Read the phone numbers in %1 as numbers of %2</source>
        <translation>Die Telefonnummern in %1 als Nummern aus %2 lesen</translation>
    </message>
    <message>
        <source>Leave %1 unmapped</source>
        <translation>%1 ohne Zuordnung belassen</translation>
    </message>
    <message>
        <source>Fill %1 from the file&apos;s column %2</source>
        <translation>%1 aus der Dateispalte %2 befüllen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::RunListModel</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Preview ready</source>
        <translation>Vorschau bereit</translation>
    </message>
    <message>
        <source>Not yet polled</source>
        <translation>Noch nicht abgefragt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Migration run</source>
        <extracomment>A migration run of this kind (&quot;generate&quot;, &quot;update&quot;, …) as the server names it</extracomment>
        <translation>Migrationslauf</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <source>Unknown to the server</source>
        <translation>Dem Server unbekannt</translation>
    </message>
    <message>
        <source>%1 (last poll failed)</source>
        <translation>%1 (letzte Abfrage fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Company or migration</source>
        <translation>Firma oder Migration</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Planversion</translation>
    </message>
</context>
<context>
    <name>godwit::ui::RunMonitor</name>
    <message>
        <source>Run monitor</source>
        <translation>Laufmonitor</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Planversion</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen …</translation>
    </message>
    <message>
        <source>Review the run&apos;s questions</source>
        <translation>Die Fragen des Laufs prüfen</translation>
    </message>
    <message>
        <source>Opens the questions and the proposed fix of a run that waits for a decision</source>
        <translation>Öffnet die Fragen und die vorgeschlagene Korrektur eines Laufs, der auf eine Entscheidung wartet</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>Stops the run on the server; nothing of it is stored</source>
        <translation>Stoppt den Lauf auf dem Server; nichts davon wird gespeichert</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Progress message</source>
        <translation>Fortschrittsmeldung</translation>
    </message>
    <message>
        <source>Run message</source>
        <translation>Laufmeldung</translation>
    </message>
    <message>
        <source>Valid and flagged rows per sheet</source>
        <translation>Gültige und markierte Zeilen pro Tabellenblatt</translation>
    </message>
    <message>
        <source>Rows per sheet</source>
        <translation>Zeilen pro Tabellenblatt</translation>
    </message>
    <message>
        <source>Flagged rows per column</source>
        <translation>Markierte Zeilen pro Spalte</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Fortschritt im Zeitverlauf</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Verstrichen: %1</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <extracomment>Run monitor title: &quot;&lt;company or migration&gt; — import 0b9e…&quot; / &quot;— generate run 0b9e…&quot;</extracomment>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%1 run</source>
        <translation>%1-Lauf</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Unknown to the server</source>
        <translation>Dem Server unbekannt</translation>
    </message>
    <message>
        <source>Plan version %1</source>
        <translation>Planversion %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) flagged — waiting for a decision</source>
        <translation>
            <numerusform>%n Zeile markiert – wartet auf eine Entscheidung</numerusform>
            <numerusform>%n Zeilen markiert – wartet auf eine Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for answers</source>
        <translation>Wartet auf Antworten</translation>
    </message>
    <message>
        <source>%1 rows stored, %2 valid, %3 flagged</source>
        <translation>%1 Zeilen gespeichert, %2 gültig, %3 markiert</translation>
    </message>
    <message>
        <source>%1 (last poll failed: %2)</source>
        <translation>%1 (letzte Abfrage fehlgeschlagen: %2)</translation>
    </message>
    <message>
        <source>The questions of a migration run are answered in its migration&apos;s page</source>
        <translation>Die Fragen eines Migrationslaufs werden auf der Seite seiner Migration beantwortet</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not canceled: %1</source>
        <translation>Nicht abgebrochen: %1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Abbrechen nicht möglich: %1</translation>
    </message>
    <message>
        <source>No sheet was fed</source>
        <translation>Kein Tabellenblatt wurde befüllt</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Noch kein Bericht</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>%1: %2 valid, %3%4 flagged</source>
        <translation>%1: %2 gültig, %3%4 markiert</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>mindestens </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>No flagged rows</source>
        <translation>Keine markierten Zeilen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Flagged rows</source>
        <translation>Markierte Zeilen</translation>
    </message>
    <message>
        <source>Minutes since the start</source>
        <translation>Minuten seit dem Start</translation>
    </message>
    <message>
        <source>No progress yet</source>
        <translation>Noch kein Fortschritt</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s); last: %1 rows, %2 flagged</source>
        <translation>
            <numerusform>%n Punkt; zuletzt: %1 Zeilen, %2 markiert</numerusform>
            <numerusform>%n Punkte; zuletzt: %1 Zeilen, %2 markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Nothing of the run is stored; the charts show it as it was when it stopped.</source>
        <translation>Von diesem Lauf wurde nichts gespeichert; die Diagramme zeigen ihn so, wie er beim Anhalten war.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::RunNotifier</name>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>A run has questions</source>
        <translation>Ein Lauf hat Fragen</translation>
    </message>
    <message>
        <source>%1: the run waits for your answers.</source>
        <translation>%1: Der Lauf wartet auf Ihre Antworten.</translation>
    </message>
    <message>
        <source>A run needs attention</source>
        <translation>Ein Lauf erfordert Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) flagged — review the proposed fix.</source>
        <translation>
            <numerusform>%1: %n Zeile markiert – prüfen Sie die vorgeschlagene Korrektur.</numerusform>
            <numerusform>%1: %n Zeilen markiert – prüfen Sie die vorgeschlagene Korrektur.</numerusform>
        </translation>
    </message>
    <message>
        <source>A run completed</source>
        <translation>Ein Lauf wurde abgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2 rows stored, %3 flagged.</source>
        <translation>%1: %2 Zeilen gespeichert, %3 markiert.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: fertig.</translation>
    </message>
    <message>
        <source>A preview is ready</source>
        <translation>Eine Vorschau ist bereit</translation>
    </message>
    <message>
        <source>%1: review the preview, then execute it.</source>
        <translation>%1: Prüfen Sie die Vorschau und führen Sie sie dann aus.</translation>
    </message>
    <message>
        <source>A run failed</source>
        <translation>Ein Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Run notice</source>
        <translation>Laufhinweis</translation>
    </message>
    <message>
        <source>&amp;Show run</source>
        <translation>Lauf an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the run of the notice</source>
        <translation>Den Lauf des Hinweises anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Den Hinweis schließen</translation>
    </message>
    <message>
        <source>Followed runs</source>
        <translation>Verfolgte Läufe</translation>
    </message>
    <message>
        <source>Every import and migration run the console follows, most recent first; select one to monitor it</source>
        <translation>Alle Import- und Migrationsläufe, die die Konsole verfolgt, neueste zuerst; wählen Sie einen aus, um ihn zu überwachen</translation>
    </message>
    <message>
        <source>No runs yet. Runs appear here when an import or a migration run starts.</source>
        <translation>Noch keine Läufe. Läufe erscheinen hier, sobald ein Import oder ein Migrationslauf startet.</translation>
    </message>
    <message>
        <source>No runs</source>
        <translation>Keine Läufe</translation>
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
        <source>Remove the profile &quot;%1&quot; and its stored API key?</source>
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
    <name>godwit::ui::TaskStrip</name>
    <message>
        <source>Running tasks</source>
        <translation>Laufende Aufgaben</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Abbrechen: %1</translation>
    </message>
    <message>
        <source>%1 % · %2 of %3</source>
        <extracomment>A task&apos;s progress: &quot;45 % · 312.4 MB of 1.0 GB&quot;</extracomment>
        <translation>%1&#xa0;% · %2 von %3</translation>
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
    <name>godwit::ui::UploadPanel</name>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Drop files anywhere on this page, or add them here.</source>
        <translation>Legen Sie Dateien irgendwo auf dieser Seite ab oder fügen Sie sie hier hinzu.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dateien hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>Add files to upload</source>
        <translation>Dateien zum Hochladen hinzufügen</translation>
    </message>
    <message>
        <source>Choose files to upload</source>
        <translation>Dateien zum Hochladen auswählen</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Abgeschlossene &amp;entfernen</translation>
    </message>
    <message>
        <source>Clear finished uploads from the list</source>
        <translation>Abgeschlossene Uploads aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Send small CSV files inline as rows (no upload)</source>
        <translation>Kleine CSV-Dateien inline als Zeilen senden (ohne Hochladen)</translation>
    </message>
    <message>
        <source>Send small files inline as rows</source>
        <translation>Kleine Dateien inline als Zeilen senden</translation>
    </message>
    <message>
        <source>CSV files up to 512 KiB and 5,000 rows are read on this computer and sent with the import as rows instead of being uploaded</source>
        <translation>CSV-Dateien bis 512 KiB und 5.000 Zeilen werden auf diesem Computer gelesen und mit dem Import als Zeilen gesendet, statt hochgeladen zu werden</translation>
    </message>
    <message>
        <source>Files being uploaded</source>
        <translation>Dateien, die hochgeladen werden</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), ready to send inline with the next import</source>
        <translation>
            <numerusform>%n Zeile, bereit zum Inline-Versand mit dem nächsten Import</numerusform>
            <numerusform>%n Zeilen, bereit zum Inline-Versand mit dem nächsten Import</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.xlsx *.xls *.pdf);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.txt *.json *.xlsx *.xls *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folders are not uploaded: %1</source>
        <translation>Ordner werden nicht hochgeladen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Drop files here
CSV, TSV, Excel, JSON or PDF</source>
        <translation>Dateien hier ablegen
CSV, TSV, Excel, JSON oder PDF</translation>
    </message>
    <message>
        <source>sent with import run %1</source>
        <translation>mit Importlauf %1 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) sent inline with import run %1</source>
        <translation>
            <numerusform>%n Zeile inline mit Importlauf %1 gesendet</numerusform>
            <numerusform>%n Zeilen inline mit Importlauf %1 gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::ValidationPanel</name>
    <message>
        <source>not mapped</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>ähnlicher Name</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>The template to validate the file against: a bundled one or one of the account&apos;s</source>
        <translation>Die Vorlage, gegen die die Datei geprüft wird: eine mitgelieferte oder eine des Kontos</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Validate against the template</source>
        <translation>Gegen die Vorlage prüfen</translation>
    </message>
    <message>
        <source>Validates every row on this computer, as the server would; nothing is uploaded</source>
        <translation>Prüft jede Zeile auf diesem Computer, so wie es der Server täte; es wird nichts hochgeladen</translation>
    </message>
    <message>
        <source>Where the templates come from</source>
        <translation>Woher die Vorlagen stammen</translation>
    </message>
    <message>
        <source>Validation summary</source>
        <translation>Zusammenfassung der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Flagged rows only</source>
        <translation>Nur &amp;markierte Zeilen</translation>
    </message>
    <message>
        <source>Flagged rows only</source>
        <translation>Nur markierte Zeilen</translation>
    </message>
    <message>
        <source>Shows only the rows with an invalid cell; their line numbers stay those of the file</source>
        <translation>Zeigt nur die Zeilen mit einer ungültigen Zelle; ihre Zeilennummern bleiben die der Datei</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Per template column: the file column feeding it, how sure the match is, how it was found, its invalid cells and why it was chosen. Choose another file column to correct it.</source>
        <translation>Pro Vorlagenspalte: die Dateispalte, die sie befüllt, wie sicher die Zuordnung ist, wie sie gefunden wurde, ihre ungültigen Zellen und warum sie gewählt wurde. Wählen Sie eine andere Dateispalte, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>Template column</source>
        <translation>Vorlagenspalte</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Dateispalte</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Questions the server would ask</source>
        <translation>Fragen, die der Server stellen würde</translation>
    </message>
    <message>
        <source>Questions and proposed fixes</source>
        <translation>Fragen und vorgeschlagene Korrekturen</translation>
    </message>
    <message>
        <source>What the server would ask about the invalid cells, with the affected rows, sample values and the answers it offers; read-only here</source>
        <translation>Was der Server zu den ungültigen Zellen fragen würde, mit den betroffenen Zeilen, Beispielwerten und den angebotenen Antworten; hier nur lesbar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Export und Import</translation>
    </message>
    <message>
        <source>Valid rows…</source>
        <translation>Gültige Zeilen …</translation>
    </message>
    <message>
        <source>Export the valid rows</source>
        <translation>Die gültigen Zeilen exportieren</translation>
    </message>
    <message>
        <source>Write the rows without an invalid cell, normalised, in template column order</source>
        <translation>Die Zeilen ohne ungültige Zelle normalisiert in der Spaltenreihenfolge der Vorlage schreiben</translation>
    </message>
    <message>
        <source>Flagged rows…</source>
        <translation>Markierte Zeilen …</translation>
    </message>
    <message>
        <source>Export the flagged rows</source>
        <translation>Die markierten Zeilen exportieren</translation>
    </message>
    <message>
        <source>Write the rows with an invalid cell, to send back to the customer</source>
        <translation>Die Zeilen mit einer ungültigen Zelle schreiben, zum Zurücksenden an den Kunden</translation>
    </message>
    <message>
        <source>Normalised CSV…</source>
        <translation>Normalisierte CSV …</translation>
    </message>
    <message>
        <source>Export all rows normalised</source>
        <translation>Alle Zeilen normalisiert exportieren</translation>
    </message>
    <message>
        <source>Write every row with normalised values, in template column order</source>
        <translation>Alle Zeilen mit normalisierten Werten in der Spaltenreihenfolge der Vorlage schreiben</translation>
    </message>
    <message>
        <source>&amp;Import this file…</source>
        <translation>Diese Datei &amp;importieren …</translation>
    </message>
    <message>
        <source>Import this file</source>
        <translation>Diese Datei importieren</translation>
    </message>
    <message>
        <source>Uploads the file to a company or migration of the connected account</source>
        <translation>Lädt die Datei in eine Firma oder Migration des verbundenen Kontos hoch</translation>
    </message>
    <message>
        <source>Why import is not available</source>
        <translation>Warum der Import nicht verfügbar ist</translation>
    </message>
    <message>
        <source>Choose a template and Validate: every row is checked on this computer.</source>
        <translation>Wählen Sie eine Vorlage und klicken Sie auf „Prüfen“: Jede Zeile wird auf diesem Computer geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) of %1, fetched now and kept for offline use.</source>
        <translation>
            <numerusform>%n Vorlage von %1, gerade abgerufen und für die Offline-Nutzung gespeichert.</numerusform>
            <numerusform>%n Vorlagen von %1, gerade abgerufen und für die Offline-Nutzung gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) of %1, fetched now (not kept for offline use: %2).</source>
        <translation>
            <numerusform>%n Vorlage von %1, gerade abgerufen (nicht für die Offline-Nutzung gespeichert: %2).</numerusform>
            <numerusform>%n Vorlagen von %1, gerade abgerufen (nicht für die Offline-Nutzung gespeichert: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the templates of %1; meanwhile those kept on %2.</source>
        <translation>Die Vorlagen von %1 werden abgerufen; bis dahin die am %2 gespeicherten.</translation>
    </message>
    <message>
        <source>Offline: the templates of %1 as kept on %2.</source>
        <translation>Offline: die Vorlagen von %1, wie am %2 gespeichert.</translation>
    </message>
    <message>
        <source>Fetching the templates of %1…</source>
        <translation>Die Vorlagen von %1 werden abgerufen …</translation>
    </message>
    <message>
        <source>Offline, and no templates of %1 kept yet: connect once to keep them for offline use. Bundled templates only.</source>
        <translation>Offline, und noch keine Vorlagen von %1 gespeichert: Verbinden Sie sich einmal, um sie für die Offline-Nutzung zu speichern. Nur mitgelieferte Vorlagen.</translation>
    </message>
    <message>
        <source>Bundled templates (no account connected).</source>
        <translation>Mitgelieferte Vorlagen (kein Konto verbunden).</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>%1 (account)</source>
        <translation>%1 (Konto)</translation>
    </message>
    <message>
        <source>Validate to see how the file fits %1.</source>
        <translation>Prüfen Sie, um zu sehen, wie die Datei zu %1 passt.</translation>
    </message>
    <message>
        <source>The file was read anew: validate again.</source>
        <translation>Die Datei wurde neu eingelesen: Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Validating against %1</source>
        <translation>Prüfung gegen %1</translation>
    </message>
    <message>
        <source>Validation cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Validating every row against %1…</source>
        <translation>Jede Zeile wird gegen %1 geprüft …</translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 flagged (%4 invalid cells).</source>
        <translation>%1 Zeilen: %2 gültig, %3 markiert (%4 ungültige Zellen).</translation>
    </message>
    <message>
        <source>Only the first %1 invalid cells are marked in the table.</source>
        <translation>Nur die ersten %1 ungültigen Zellen sind in der Tabelle markiert.</translation>
    </message>
    <message>
        <source>%1 rows have a different number of fields than the header.</source>
        <translation>%1 Zeilen haben eine andere Anzahl von Feldern als die Kopfzeile.</translation>
    </message>
    <message>
        <source>Invalid for %1: fails the “%2” rule</source>
        <translation>Ungültig für %1: verstößt gegen die Regel „%2“</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>File column for %1</source>
        <translation>Dateispalte für %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Rows affected</source>
        <translation>Betroffene Zeilen</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Answers offered</source>
        <translation>Angebotene Antworten</translation>
    </message>
    <message>
        <source>Proposed fix</source>
        <translation>Vorgeschlagene Korrektur</translation>
    </message>
    <message>
        <source>None: every cell is valid.</source>
        <translation>Keine: Jede Zelle ist gültig.</translation>
    </message>
    <message>
        <source>Open a file to import it.</source>
        <translation>Öffnen Sie eine Datei, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Import needs a connection to a Godwit server.</source>
        <translation>Der Import erfordert eine Verbindung zu einem Godwit-Server.</translation>
    </message>
    <message>
        <source>Import is not available offline: connect to %1 first.</source>
        <translation>Der Import ist offline nicht verfügbar: Verbinden Sie sich zuerst mit %1.</translation>
    </message>
    <message>
        <source>The account has no company or migration to import into yet: create one first.</source>
        <translation>Das Konto hat noch keine Firma oder Migration, in die importiert werden kann: Legen Sie zuerst eine an.</translation>
    </message>
    <message>
        <source>%1-valid.csv</source>
        <translation>%1-gültig.csv</translation>
    </message>
    <message>
        <source>%1-flagged.csv</source>
        <translation>%1-markiert.csv</translation>
    </message>
    <message>
        <source>%1-normalised.csv</source>
        <translation>%1-normalisiert.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose another file name: the export would overwrite the file being previewed.</source>
        <translation>Wählen Sie einen anderen Dateinamen: Der Export würde die Datei in der Vorschau überschreiben.</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Export nach %1</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2 (%3).</source>
        <translation>%1 Zeilen nach %2 exportiert (%3).</translation>
    </message>
    <message>
        <source>Export to %1 cancelled: no file was written.</source>
        <translation>Export nach %1 abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>Firma %1</translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation>Migration %1</translation>
    </message>
    <message>
        <source>Uploading %1 to %2: follow it, and start the import, on the %2 page.</source>
        <translation>%1 wird in %2 hochgeladen: Verfolgen Sie den Upload und starten Sie den Import auf der Seite von %2.</translation>
    </message>
    <message>
        <source>%1 is uploaded to %2: start the import on its page.</source>
        <translation>%1 ist in %2 hochgeladen: Starten Sie den Import auf deren Seite.</translation>
    </message>
    <message>
        <source>Uploading %1 to %2 failed: %3</source>
        <translation>Hochladen von %1 in %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Company or migration</source>
        <translation>Firma oder Migration</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Migration: %1</source>
        <translation>Migration: %1</translation>
    </message>
    <message>
        <source>Import %1 into:</source>
        <translation>%1 importieren in:</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
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
        <source>Keep the embedded local server&apos;s data in &lt;dir&gt;.</source>
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
    <message>
        <source>godwit validate FILE --template SLUG [options]: the mapping, report and proposed fixes for a CSV file (see godwit validate --help).</source>
        <translation>godwit validate DATEI --template KÜRZEL [Optionen]: Zuordnung, Bericht und vorgeschlagene Korrekturen für eine CSV-Datei (siehe godwit validate --help).</translation>
    </message>
    <message>
        <source>A CSV file to open in the offline preview.</source>
        <translation>Eine CSV-Datei, die in der Offline-Vorschau geöffnet wird.</translation>
    </message>
</context>
</TS>
