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
    <name>godwit::app::GetCompanyRequest</name>
    <message>
        <source>The server&apos;s answer has no company</source>
        <translation>Die Antwort des Servers enthält keine Firma</translation>
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
    <name>godwit::app::ListMigrationFilesRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;files&quot; list</source>
        <translation>Die Antwort des Servers enthält keine Liste „files“</translation>
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
    <name>godwit::app::StartImportRequest</name>
    <message>
        <source>The server&apos;s answer has no run_id</source>
        <translation>Die Antwort des Servers enthält keine run_id</translation>
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
        <source>Import started: run %1 (%2)</source>
        <translation>Import gestartet: Lauf %1 (%2)</translation>
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
