<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>godwit::app::ApiRequest</name>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1</source>
        <translation>La réponse du serveur n’est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The request could not be sent</source>
        <translation>La requête n’a pas pu être envoyée</translation>
    </message>
</context>
<context>
    <name>godwit::app::CancelRunRequest</name>
    <message>
        <source>The server&apos;s answer has no run status</source>
        <translation>La réponse du serveur ne contient pas de statut d’exécution</translation>
    </message>
</context>
<context>
    <name>godwit::app::ConnectionProfile</name>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The base URL must be a full address, such as https://app.vern.so/api/v1.</source>
        <translation>L’URL de base doit être une adresse complète, par exemple https://app.vern.so/api/v1.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// or http://.</source>
        <translation>L’URL de base doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>The API key header must be x-api-key or anx-api-key.</source>
        <translation>L’en-tête de la clé d’API doit être x-api-key ou anx-api-key.</translation>
    </message>
</context>
<context>
    <name>godwit::app::CreateCompanyRequest</name>
    <message>
        <source>The server&apos;s answer has no company</source>
        <translation>La réponse du serveur ne contient pas d’entreprise</translation>
    </message>
</context>
<context>
    <name>godwit::app::CreateMigrationRequest</name>
    <message>
        <source>The server&apos;s answer has no migration</source>
        <translation>La réponse du serveur ne contient pas de migration</translation>
    </message>
</context>
<context>
    <name>godwit::app::CreateService</name>
    <message>
        <source>The console&apos;s intent journal is not open, so nothing is created (a lost answer could otherwise create it twice).</source>
        <translation>Le journal des intentions de la console n’est pas ouvert, donc rien n’est créé (une réponse perdue pourrait sinon entraîner une double création).</translation>
    </message>
    <message>
        <source>Nothing was sent: the intent could not be written to the journal: %1</source>
        <translation>Rien n’a été envoyé&#xa0;: l’intention n’a pas pu être écrite dans le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost and the console could not check whether the company was made (%1). It checks again when it next connects.</source>
        <translation>La réponse du serveur a été perdue et la console n’a pas pu vérifier si l’entreprise a été créée (%1). Elle vérifiera de nouveau à la prochaine connexion.</translation>
    </message>
    <message>
        <source>external_id &quot;%1&quot; is already used by the company &quot;%2&quot;</source>
        <translation>external_id «&#xa0;%1&#xa0;» est déjà utilisé par l’entreprise «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>This server cannot start imports yet (HTTP %1: %2).</source>
        <translation>Ce serveur ne peut pas encore lancer d’importations (HTTP %1&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>godwit::app::CsvCommandLine</name>
    <message>
        <source>Read the file as &lt;encoding&gt; (UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, ISO-8859-15) instead of detecting it.</source>
        <translation>Lire le fichier en &lt;encoding&gt; (UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, ISO-8859-15) au lieu de détecter l’encodage.</translation>
    </message>
    <message>
        <source>Use &lt;c&gt; as the delimiter (a character, or tab, comma, semicolon, pipe).</source>
        <translation>Utiliser &lt;c&gt; comme séparateur (un caractère, ou tab, comma, semicolon, pipe).</translation>
    </message>
    <message>
        <source>The header is record &lt;k&gt; (1 = the first; 0 = no header).</source>
        <translation>L’en-tête est l’enregistrement &lt;k&gt; (1 = le premier ; 0 = pas d’en-tête).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Known: UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, ISO-8859-15.</source>
        <translation>Encodage inconnu « %1 ». Connus : UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, ISO-8859-15.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a delimiter: give one punctuation character, or tab, comma, semicolon, pipe.</source>
        <translation>« %1 » ne peut pas être un séparateur : indiquez un signe de ponctuation, ou tab, comma, semicolon, pipe.</translation>
    </message>
    <message>
        <source>--header-row needs a record number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--header-row attend un numéro d’enregistrement positif ou nul, pas « %1 ».</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to read.</source>
        <translation>%1 est vide : il n’y a rien à lire.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file but a zip archive — an Excel (.xlsx) or OpenDocument spreadsheet? Export it as CSV.</source>
        <translation>%1 n’est pas un fichier CSV mais une archive zip — un classeur Excel (.xlsx) ou OpenDocument ? Exportez-le en CSV.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file but a legacy Excel or Word file (.xls, .doc). Export it as CSV.</source>
        <translation>%1 n’est pas un fichier CSV mais un ancien fichier Excel ou Word (.xls, .doc). Exportez-le en CSV.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file but a PDF document.</source>
        <translation>%1 n’est pas un fichier CSV mais un document PDF.</translation>
    </message>
    <message>
        <source>%1 is gzip-compressed: decompress it first.</source>
        <translation>%1 est compressé avec gzip : décompressez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 is not a text file: binary data at byte %2.</source>
        <translation>%1 n’est pas un fichier texte : données binaires à l’octet %2.</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>%1 a un en-tête mais aucune ligne de données.</translation>
    </message>
    <message>
        <source>%1 ends inside a quoted field that never closes. %2</source>
        <translation>%1 se termine dans un champ entre guillemets qui ne se ferme jamais. %2</translation>
    </message>
    <message>
        <source>%1 has a record too large to be real: probably a quote that never closes. %2</source>
        <translation>%1 contient un enregistrement trop grand pour être réel : sans doute un guillemet jamais fermé. %2</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>godwit::app::DecisionRequest</name>
    <message>
        <source>The server&apos;s answer to the decision has no status</source>
        <translation>La réponse du serveur à la décision ne contient pas de statut</translation>
    </message>
</context>
<context>
    <name>godwit::app::DecisionService</name>
    <message>
        <source>The console&apos;s decision journal is not open, so nothing was sent (a lost answer could otherwise apply the decision to a later pause).</source>
        <translation>Le journal des décisions de la console n’est pas ouvert, donc rien n’a été envoyé (une réponse perdue pourrait sinon appliquer la décision à une pause ultérieure).</translation>
    </message>
    <message>
        <source>Nothing was sent: the decision could not be written to the journal: %1</source>
        <translation>Rien n’a été envoyé : la décision n’a pas pu être écrite dans le journal : %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost and the console could not read the run to see whether the decision landed (%1). It checks again when it next connects.</source>
        <translation>La réponse du serveur a été perdue et la console n’a pas pu lire l’exécution pour vérifier si la décision a été prise en compte (%1). Elle vérifiera de nouveau à la prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>godwit::app::DownloadRequest</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The download was canceled; nothing was written to %1</source>
        <translation>Le téléchargement a été annulé ; rien n’a été écrit dans %1</translation>
    </message>
    <message>
        <source>The download broke off (%1); nothing was written to %2</source>
        <translation>Le téléchargement s’est interrompu (%1) ; rien n’a été écrit dans %2</translation>
    </message>
    <message>
        <source>The download did not complete</source>
        <translation>Le téléchargement ne s’est pas terminé</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetCompanyRequest</name>
    <message>
        <source>The server&apos;s answer has no company</source>
        <translation>La réponse du serveur ne contient pas d’entreprise</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetExportRequest</name>
    <message>
        <source>The server&apos;s answer has no export status</source>
        <translation>La réponse du serveur ne contient pas de statut d’export</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetMigrationRunRequest</name>
    <message>
        <source>The server&apos;s answer has no run_id or status</source>
        <translation>La réponse du serveur ne contient ni run_id ni statut</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetPreviewRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;sheets&quot;</source>
        <translation>La réponse du serveur ne contient pas de &quot;sheets&quot;</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetRunRequest</name>
    <message>
        <source>The server&apos;s answer has no run status</source>
        <translation>La réponse du serveur ne contient pas de statut d’exécution</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetSourceConnectionRequest</name>
    <message>
        <source>The server&apos;s answer has no source_connection</source>
        <translation>La réponse du serveur ne contient pas de source_connection</translation>
    </message>
    <message>
        <source>The server&apos;s source connection has no id or source_key</source>
        <translation>La connexion source du serveur n’a ni id ni source_key</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetThreadRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;events&quot;</source>
        <translation>La réponse du serveur ne contient pas de &quot;events&quot;</translation>
    </message>
</context>
<context>
    <name>godwit::app::InlineRows</name>
    <message>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <source>Too large to send inline (over %1 KiB): it is uploaded instead</source>
        <translation>Trop volumineux pour un envoi en lignes intégrées (plus de %1 Kio)&#xa0;: le fichier est téléversé à la place</translation>
    </message>
    <message>
        <source>Not a readable CSV file (%1)</source>
        <translation>Fichier CSV illisible (%1)</translation>
    </message>
    <message>
        <source>More than %1 rows: it is uploaded instead</source>
        <translation>Plus de %1 lignes&#xa0;: le fichier est téléversé à la place</translation>
    </message>
    <message>
        <source>No data rows</source>
        <translation>Aucune ligne de données</translation>
    </message>
    <message>
        <source>Too large to send inline: it is uploaded instead</source>
        <translation>Trop volumineux pour un envoi en lignes intégrées&#xa0;: le fichier est téléversé à la place</translation>
    </message>
</context>
<context>
    <name>godwit::app::InspectCommand</name>
    <message>
        <source>Shows what Godwit makes of a CSV file: encoding and dialect with their confidences, row count, columns and the first rows.</source>
        <translation>Montre ce que Godwit lit dans un fichier CSV : encodage et dialecte avec leur fiabilité, nombre de lignes, colonnes et premières lignes.</translation>
    </message>
    <message>
        <source>Print JSON (rows as arrays of strings).</source>
        <translation>Afficher du JSON (lignes sous forme de tableaux de chaînes).</translation>
    </message>
    <message>
        <source>Show the first &lt;n&gt; rows (default 10).</source>
        <translation>Afficher les &lt;n&gt; premières lignes (10 par défaut).</translation>
    </message>
    <message>
        <source>The CSV file to inspect.</source>
        <translation>Le fichier CSV à examiner.</translation>
    </message>
    <message>
        <source>Name exactly one file to inspect.</source>
        <translation>Indiquez exactement un fichier à examiner.</translation>
    </message>
    <message>
        <source>--rows needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--rows attend un nombre entier positif ou nul, pas « %1 ».</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>File:      %1 (%2)</source>
        <translation>Fichier :   %1 (%2)</translation>
    </message>
    <message>
        <source>Encoding:  %1%2 (confidence %3)</source>
        <translation>Encodage :  %1%2 (fiabilité %3)</translation>
    </message>
    <message>
        <source>, with BOM</source>
        <translation>, avec BOM</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Dialect:   delimiter %1, quote %2 (confidence %3)</source>
        <translation>Dialecte :  séparateur %1, guillemet %2 (fiabilité %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Header:    line %1 (confidence %2)</source>
        <translation>En-tête :   ligne %1 (fiabilité %2)</translation>
    </message>
    <message>
        <source>Header:    none (confidence %1)</source>
        <translation>En-tête :   aucun (fiabilité %1)</translation>
    </message>
    <message>
        <source>Rows:      %1 data rows, %2 columns</source>
        <translation>Lignes :    %1 lignes de données, %2 colonnes</translation>
    </message>
    <message>
        <source>Columns:   %1</source>
        <translation>Colonnes :  %1</translation>
    </message>
    <message>
        <source>Issues:    %1 rows with another number of fields (first on line %2)</source>
        <translation>Problèmes : %1 lignes avec un autre nombre de champs (première à la ligne %2)</translation>
    </message>
    <message>
        <source>Issues:    %1 undecodable byte sequences (first on line %2)</source>
        <translation>Problèmes : %1 séquences d’octets indécodables (première à la ligne %2)</translation>
    </message>
    <message>
        <source>Issues:    the last quoted field never closes</source>
        <translation>Problèmes : le dernier champ entre guillemets ne se ferme jamais</translation>
    </message>
    <message>
        <source>First %1 rows:</source>
        <translation>%1 premières lignes :</translation>
    </message>
</context>
<context>
    <name>godwit::app::IntentJournal</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Le journal n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListCompaniesRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;companies&quot; list</source>
        <translation>La réponse du serveur ne contient pas de liste « companies »</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListExportsRequest</name>
    <message>
        <source>The server&apos;s answer has no runs</source>
        <translation>La réponse du serveur ne contient pas d’exécutions</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListImportsRequest</name>
    <message>
        <source>The server&apos;s answer has no runs list</source>
        <translation>La réponse du serveur ne contient pas de liste d’exécutions</translation>
    </message>
    <message>
        <source>runs[%1] has no run_id</source>
        <translation>runs[%1] n’a pas de run_id</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListMigrationFilesRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;files&quot; list</source>
        <translation>La réponse du serveur ne contient pas de liste « files »</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListMigrationRunsRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;runs&quot; list</source>
        <translation>La réponse du serveur ne contient pas de liste &quot;runs&quot;</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListMigrationsRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;migrations&quot; list</source>
        <translation>La réponse du serveur ne contient pas de liste « migrations »</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListSourcesRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;sources&quot; list</source>
        <translation>La réponse du serveur ne contient pas de liste « sources »</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListTemplatesRequest</name>
    <message>
        <source>The server&apos;s answer has no &quot;templates&quot; list</source>
        <translation>La réponse du serveur ne contient pas de liste « templates »</translation>
    </message>
</context>
<context>
    <name>godwit::app::LocalServer</name>
    <message>
        <source>The local server did not report its port within %1 seconds.</source>
        <translation>Le serveur local n’a pas indiqué son port dans les %1 secondes.</translation>
    </message>
    <message>
        <source>The local server program (godwit-server) was not found. Install it beside the console or set GODWIT_SERVER_BIN.</source>
        <translation>Le programme du serveur local (godwit-server) est introuvable. Installez-le à côté de la console ou définissez GODWIT_SERVER_BIN.</translation>
    </message>
    <message>
        <source>Cannot create the local server&apos;s data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1 du serveur local.</translation>
    </message>
    <message>
        <source>The local server printed an unexpected first line instead of its port: %1</source>
        <translation>Le serveur local a affiché une première ligne inattendue au lieu de son port : %1</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>s’est arrêté brutalement</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>s’est terminé avec le code %1</translation>
    </message>
    <message>
        <source>The local server %1.</source>
        <translation>Le serveur local %1.</translation>
    </message>
    <message>
        <source>The local server could not be started: %1</source>
        <translation>Le serveur local n’a pas pu être démarré : %1</translation>
    </message>
</context>
<context>
    <name>godwit::app::MigrationExportDownload</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2: %3</source>
        <translation>Impossible de renommer %1 en %2 : %3</translation>
    </message>
</context>
<context>
    <name>godwit::app::MigrationRunStarter</name>
    <message>
        <source>The console&apos;s intent journal is not open, so no run is started (a lost answer could otherwise start it twice).</source>
        <translation>Le journal des intentions de la console n’est pas ouvert, donc aucune exécution n’est lancée (une réponse perdue pourrait sinon la lancer deux fois).</translation>
    </message>
    <message>
        <source>Nothing was sent: the intent could not be written to the journal: %1</source>
        <translation>Rien n’a été envoyé : l’intention n’a pas pu être écrite dans le journal : %1</translation>
    </message>
    <message>
        <source>It cannot be told yet whether the run was started: %1</source>
        <translation>Impossible de savoir pour l’instant si l’exécution a été lancée : %1</translation>
    </message>
    <message>
        <source>The run was not started</source>
        <translation>L’exécution n’a pas été lancée</translation>
    </message>
</context>
<context>
    <name>godwit::app::MintMigrationFilesRequest</name>
    <message>
        <source>The server&apos;s answer has no usable signed_url for %1</source>
        <translation>La réponse du serveur ne contient pas de signed_url utilisable pour %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;files&quot;</source>
        <translation>La réponse du serveur ne contient pas de « files »</translation>
    </message>
</context>
<context>
    <name>godwit::app::MintUploadRequest</name>
    <message>
        <source>The server&apos;s answer has no usable upload_url and upload_ref</source>
        <translation>La réponse du serveur ne contient pas d’upload_url ni d’upload_ref utilisables</translation>
    </message>
</context>
<context>
    <name>godwit::app::PreviewDocument</name>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Godwit cannot open this file: %1</source>
        <translation>Godwit ne peut pas ouvrir ce fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Ce fichier est vide.</translation>
    </message>
    <message>
        <source>This file has nothing but blank lines.</source>
        <translation>Ce fichier ne contient que des lignes vides.</translation>
    </message>
    <message>
        <source>This is a spreadsheet or a zip archive (.xlsx, .ods, .zip), not a CSV file. Save it as CSV from the spreadsheet program and open that file.</source>
        <translation>Il s’agit d’une feuille de calcul ou d’une archive ZIP (.xlsx, .ods, .zip), pas d’un fichier CSV. Enregistrez-la au format CSV depuis le tableur et ouvrez ce fichier.</translation>
    </message>
    <message>
        <source>This is a legacy Excel or Word file (.xls, .doc), not a CSV file. Save it as CSV from the spreadsheet program and open that file.</source>
        <translation>Il s’agit d’un ancien fichier Excel ou Word (.xls, .doc), pas d’un fichier CSV. Enregistrez-le au format CSV depuis le tableur et ouvrez ce fichier.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file.</source>
        <translation>Il s’agit d’un document PDF, pas d’un fichier CSV.</translation>
    </message>
    <message>
        <source>This file is compressed (gzip). Unpack it first, then open the CSV file inside.</source>
        <translation>Ce fichier est compressé (gzip). Décompressez-le d’abord, puis ouvrez le fichier CSV qu’il contient.</translation>
    </message>
    <message>
        <source>This is an image, not a CSV file.</source>
        <translation>Il s’agit d’une image, pas d’un fichier CSV.</translation>
    </message>
    <message>
        <source>This is an SQLite database, not a CSV file.</source>
        <translation>Il s’agit d’une base de données SQLite, pas d’un fichier CSV.</translation>
    </message>
    <message>
        <source>This is a binary file, not text: the byte at offset %1 is a NUL or control character.</source>
        <translation>Il s’agit d’un fichier binaire, pas de texte&#xa0;: l’octet à la position %1 est un caractère NUL ou de contrôle.</translation>
    </message>
    <message>
        <source>This file cannot be read as CSV (%1).</source>
        <translation>Ce fichier ne peut pas être lu comme CSV (%1).</translation>
    </message>
    <message>
        <source>Godwit cannot convert this UTF-16 file: no room for a temporary copy (%1).</source>
        <translation>Godwit ne peut pas convertir ce fichier UTF-16&#xa0;: pas de place pour une copie temporaire (%1).</translation>
    </message>
    <message>
        <source>Indexing rows</source>
        <translation>Indexation des lignes</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Profiling “%1”</source>
        <translation>Profilage de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Export vers %1</translation>
    </message>
</context>
<context>
    <name>godwit::app::PreviewExport</name>
    <message>
        <source>Only valid or only flagged rows can be exported once the file was validated.</source>
        <translation>L’export des seules lignes valides ou des seules lignes signalées n’est possible qu’après la validation du fichier.</translation>
    </message>
</context>
<context>
    <name>godwit::app::PreviewIndexer</name>
    <message>
        <source>The file ended early: it was changed while it was read.</source>
        <extracomment>The file being previewed became shorter (or unreadable) while it was read</extracomment>
        <translation>Le fichier s’est terminé prématurément&#xa0;: il a été modifié pendant sa lecture.</translation>
    </message>
    <message>
        <source>A record is larger than 256 MB (a quote that never closes?).</source>
        <translation>Un enregistrement dépasse 256 Mo (un guillemet jamais fermé&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>godwit::app::PreviewReader</name>
    <message>
        <source>The file ended early: it was changed on disk.</source>
        <translation>Le fichier s’est terminé prématurément&#xa0;: il a été modifié sur le disque.</translation>
    </message>
    <message>
        <source>A record is larger than 256 MB (a quote that never closes?).</source>
        <translation>Un enregistrement dépasse 256 Mo (un guillemet jamais fermé&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>godwit::app::PreviewValidation</name>
    <message>
        <source>Reading the file&apos;s encoding and layout</source>
        <translation>Lecture de l’encodage et de la structure du fichier</translation>
    </message>
    <message>
        <source>Indexing rows</source>
        <translation>Indexation des lignes</translation>
    </message>
    <message>
        <source>Validating: %1 rows read</source>
        <translation>Validation : %1 lignes lues</translation>
    </message>
    <message>
        <source>Writing: %1 rows written</source>
        <translation>Écriture : %1 lignes écrites</translation>
    </message>
    <message>
        <source>Validation cancelled.</source>
        <translation>Validation annulée.</translation>
    </message>
    <message>
        <source>The file cannot feed this template: %1</source>
        <translation>Le fichier ne peut pas alimenter ce modèle : %1</translation>
    </message>
    <message>
        <source>The file cannot be validated: %1</source>
        <translation>Le fichier ne peut pas être validé : %1</translation>
    </message>
</context>
<context>
    <name>godwit::app::PutFileRequest</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>godwit::app::Session</name>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>unauthorised</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain: %1</source>
        <translation>La clé d’API n’a pas pu être lue dans le trousseau : %1</translation>
    </message>
    <message>
        <source>No API key is stored for this profile. Enter it in Settings.</source>
        <translation>Aucune clé d’API n’est enregistrée pour ce profil. Saisissez-la dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>godwit::app::StartExportRequest</name>
    <message>
        <source>The server&apos;s answer has no run_id</source>
        <translation>La réponse du serveur ne contient pas de run_id</translation>
    </message>
</context>
<context>
    <name>godwit::app::StartImportRequest</name>
    <message>
        <source>The server&apos;s answer has no run_id</source>
        <translation>La réponse du serveur ne contient pas de run_id</translation>
    </message>
</context>
<context>
    <name>godwit::app::StartMigrationRunRequest</name>
    <message>
        <source>The server&apos;s answer has no run_id</source>
        <translation>La réponse du serveur ne contient pas de run_id</translation>
    </message>
</context>
<context>
    <name>godwit::app::SubmitRunCredentialsRequest</name>
    <message>
        <source>The server&apos;s answer has no run_id or status</source>
        <translation>La réponse du serveur ne contient ni run_id ni status</translation>
    </message>
</context>
<context>
    <name>godwit::app::ThreadStream</name>
    <message>
        <source>The thread stream answered HTTP %1</source>
        <translation>Le flux du fil a répondu HTTP %1</translation>
    </message>
</context>
<context>
    <name>godwit::app::UploadJob</name>
    <message>
        <source>The file does not exist</source>
        <translation>Le fichier n’existe pas</translation>
    </message>
    <message>
        <source>Only files can be uploaded, not folders</source>
        <translation>Seuls des fichiers peuvent être téléversés, pas des dossiers</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message numerus="yes">
        <source>No usable upload URL after %n attempt(s)</source>
        <translation>
            <numerusform>Aucune URL de téléversement utilisable après %n tentative</numerusform>
            <numerusform>Aucune URL de téléversement utilisable après %n tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (abandon après %n tentative)</numerusform>
            <numerusform>%1 (abandon après %n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>godwit::app::ValidateCommand</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 n’est pas du JSON valide : %2 à l’octet %3</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object</source>
        <translation>%1 ne contient pas d’objet JSON</translation>
    </message>
    <message>
        <source>No template &quot;%1&quot;: name a bundled template (%2) or a template JSON file.</source>
        <translation>Aucun modèle « %1 » : indiquez un modèle fourni (%2) ou un fichier JSON de modèle.</translation>
    </message>
    <message>
        <source>%1 holds %2 templates; give a file with exactly one.</source>
        <translation>%1 contient %2 modèles ; donnez un fichier qui en contient un seul.</translation>
    </message>
    <message>
        <source>%1 is not a template: %2</source>
        <translation>%1 n’est pas un modèle : %2</translation>
    </message>
    <message>
        <source>File:      %1 (%2), %3, delimiter %4, header on row %5</source>
        <translation>Fichier :  %1 (%2), %3, séparateur %4, en-tête à la ligne %5</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Template:  %1 (%2)</source>
        <translation>Modèle :   %1 (%2)</translation>
    </message>
    <message>
        <source>Mapping (template column ← file column, confidence, why):</source>
        <translation>Correspondance (colonne du modèle ← colonne du fichier, confiance, raison) :</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>  Not used: %1</source>
        <translation>  Non utilisées : %1</translation>
    </message>
    <message>
        <source>  Ambiguous: %1 could come from %2</source>
        <translation>  Ambigu : %1 pourrait venir de %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Rows:      %1 validated, %2 valid, %3 flagged (with at least one invalid cell)</source>
        <translation>Lignes :   %1 vérifiées, %2 valides, %3 signalées (avec au moins une cellule invalide)</translation>
    </message>
    <message>
        <source>Plan:      %1 rows dropped, %2 cells replaced by the plan&apos;s fixes</source>
        <translation>Plan :     %1 lignes retirées, %2 cellules remplacées par les corrections du plan</translation>
    </message>
    <message>
        <source>Issues:    %1 rows with another number of fields than the header (first: row %2)</source>
        <translation>Problèmes : %1 lignes avec un autre nombre de champs que l’en-tête (première : ligne %2)</translation>
    </message>
    <message>
        <source>Issues:    %1 undecodable byte sequences (first: row %2, byte %3)</source>
        <translation>Problèmes : %1 séquences d’octets indécodables (première : ligne %2, octet %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (row %2)</source>
        <translation>« %1 » (ligne %2)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Proposed fixes (%1):</source>
        <translation>Corrections proposées (%1) :</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Options : %1</translation>
    </message>
    <message>
        <source>Validates a CSV file against a template with the engine the server imports with: the self-healed column mapping, the report and the proposed fixes. Exit code 0: every row is valid; 1: rows are flagged; 2: error.</source>
        <translation>Valide un fichier CSV par rapport à un modèle avec le moteur d’import du serveur : la correspondance des colonnes auto-réparée, le rapport et les corrections proposées. Code de sortie 0 : toutes les lignes sont valides ; 1 : des lignes sont signalées ; 2 : erreur.</translation>
    </message>
    <message>
        <source>The template: a bundled one by slug (companies, contacts, deals) or a JSON file.</source>
        <translation>Le modèle : un modèle fourni, par identifiant (companies, contacts, deals), ou un fichier JSON.</translation>
    </message>
    <message>
        <source>Replay this plan (JSON) and heal around it.</source>
        <translation>Rejouer ce plan (JSON) en réparant les écarts.</translation>
    </message>
    <message>
        <source>Print JSON in the API&apos;s shapes.</source>
        <translation>Afficher du JSON dans les formes de l’API.</translation>
    </message>
    <message>
        <source>Write the valid rows to &lt;file&gt; (CSV).</source>
        <translation>Écrire les lignes valides dans &lt;file&gt; (CSV).</translation>
    </message>
    <message>
        <source>Write the flagged rows to &lt;file&gt; (CSV), to send back.</source>
        <translation>Écrire les lignes signalées dans &lt;file&gt; (CSV), à renvoyer.</translation>
    </message>
    <message>
        <source>Write the plan with this file&apos;s mapping recorded to &lt;file&gt; (JSON).</source>
        <translation>Écrire le plan avec la correspondance de ce fichier dans &lt;file&gt; (JSON).</translation>
    </message>
    <message>
        <source>Use &lt;n&gt; threads (default: one per core).</source>
        <translation>Utiliser &lt;n&gt; threads (par défaut : un par cœur).</translation>
    </message>
    <message>
        <source>The CSV file to validate.</source>
        <translation>Le fichier CSV à valider.</translation>
    </message>
    <message>
        <source>Name exactly one file to validate.</source>
        <translation>Indiquez exactement un fichier à valider.</translation>
    </message>
    <message>
        <source>Say which template to validate against: --template SLUG or --template FILE.json.</source>
        <translation>Indiquez le modèle de validation : --template IDENTIFIANT ou --template FICHIER.json.</translation>
    </message>
    <message>
        <source>The plan %1 cannot be used: %2</source>
        <translation>Le plan %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>--threads needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--threads attend un nombre entier positif ou nul, pas « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::AboutDialog</name>
    <message>
        <source>About Godwit</source>
        <translation>À propos de Godwit</translation>
    </message>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>A desktop console for customer-data migrations: create companies and migrations, upload files, watch runs, review proposed fixes and export validated rows — against the hosted Migration API or the local server that ships with it.</source>
        <translation>Une console de bureau pour la migration de données clients : créer des entreprises et des migrations, téléverser des fichiers, suivre les exécutions, examiner les corrections proposées et exporter les lignes validées — avec l’API Migration hébergée ou le serveur local fourni.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Distribué sous la licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on %2). Charts by QCustomPlot.</source>
        <translation>Compilé avec Qt %1 (exécuté sous %2). Graphiques par QCustomPlot.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>godwit::ui::AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh sources and templates</source>
        <translation>Actualiser les sources et les modèles</translation>
    </message>
    <message>
        <source>Load the account&apos;s sources and templates again</source>
        <translation>Recharger les sources et les modèles du compte</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>État du compte</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Template columns</source>
        <translation>Colonnes du modèle</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Colonnes de %1</translation>
    </message>
    <message>
        <source>Loading sources and templates…</source>
        <translation>Chargement des sources et des modèles…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Not connected to %1 (%2). %3</source>
        <translation>Non connecté à %1 (%2). %3</translation>
    </message>
    <message>
        <source>Could not load the account: %1</source>
        <translation>Impossible de charger le compte : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) and %1 available on %2.</source>
        <translation>
            <numerusform>%n source et %1 disponibles sur %2.</numerusform>
            <numerusform>%n sources et %1 disponibles sur %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>Local server output</source>
        <translation>Sortie du serveur local</translation>
    </message>
    <message>
        <source>The last lines the local server wrote before it stopped</source>
        <translation>Les dernières lignes écrites par le serveur local avant son arrêt</translation>
    </message>
    <message>
        <source>The lists below are from the last successful connection.</source>
        <translation>Les listes ci-dessous proviennent de la dernière connexion réussie.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ColumnProfilePanel</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>decimal number</source>
        <translation>nombre décimal</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Column profile</source>
        <translation>Profil de la colonne</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>État du profil</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Blank:</source>
        <translation>Vides&#xa0;:</translation>
    </message>
    <message>
        <source>Distinct:</source>
        <translation>Distinctes&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum&#xa0;:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum&#xa0;:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Longueur&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Grap&amp;hique&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation>Valeurs les plus fréquentes</translation>
    </message>
    <message>
        <source>Value lengths</source>
        <translation>Longueurs des valeurs</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>What the chart shows: the most frequent values or the lengths of the values</source>
        <translation>Ce que montre le graphique&#xa0;: les valeurs les plus fréquentes ou la longueur des valeurs</translation>
    </message>
    <message>
        <source>Chart of the column</source>
        <translation>Graphique de la colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Values that do not fit the type</source>
        <translation>Valeurs qui ne correspondent pas au type</translation>
    </message>
    <message>
        <source>Double-click a value to go to its line</source>
        <translation>Double-cliquez sur une valeur pour aller à sa ligne</translation>
    </message>
    <message>
        <source>Double-click to go to the line</source>
        <translation>Double-cliquez pour aller à la ligne</translation>
    </message>
    <message>
        <source>Select a cell to see its column&apos;s profile.</source>
        <translation>Sélectionnez une cellule pour voir le profil de sa colonne.</translation>
    </message>
    <message>
        <source>Reading every row of this column…</source>
        <translation>Lecture de toutes les lignes de cette colonne…</translation>
    </message>
    <message>
        <source>The profile follows as soon as the file is indexed.</source>
        <translation>Le profil suivra dès que le fichier sera indexé.</translation>
    </message>
    <message>
        <source>The profile could not be made: %1</source>
        <translation>Le profil n’a pas pu être établi&#xa0;: %1</translation>
    </message>
    <message>
        <source>empty — every value is blank</source>
        <translation>vide — toutes les valeurs sont vides</translation>
    </message>
    <message>
        <source>%1 (%2 % of the non-blank values)</source>
        <translation>%1 (%2&#xa0;% des valeurs non vides)</translation>
    </message>
    <message numerus="yes">
        <source>(and %Ln row(s) too short to have this column)</source>
        <translation>
            <numerusform>(et %Ln ligne trop courte pour avoir cette colonne)</numerusform>
            <numerusform>(et %Ln lignes trop courtes pour avoir cette colonne)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>about %1 (estimated)</source>
        <translation>environ %1 (estimation)</translation>
    </message>
    <message>
        <source>Counted with HyperLogLog: within about 1 % of the true number.</source>
        <translation>Compté avec HyperLogLog&#xa0;: à environ 1&#xa0;% près du nombre réel.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>always %1 characters</source>
        <translation>toujours %1 caractères</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>de %1 à %2 caractères</translation>
    </message>
    <message>
        <source>Most frequent values (among the first %1 distinct values)</source>
        <translation>Valeurs les plus fréquentes (parmi les %1 premières valeurs distinctes)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) that are not %1</source>
        <translation>
            <numerusform>%Ln valeur qui n’est pas de type «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%Ln valeurs qui ne sont pas de type «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of the %n most frequent value(s); the first is “%1” in %2 rows.</source>
        <translation>
            <numerusform>Diagramme en barres de la %n valeur la plus fréquente&#xa0;; la première est «&#xa0;%1&#xa0;» dans %2 lignes.</numerusform>
            <numerusform>Diagramme en barres des %n valeurs les plus fréquentes&#xa0;; la première est «&#xa0;%1&#xa0;» dans %2 lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No values</source>
        <translation>Aucune valeur</translation>
    </message>
    <message>
        <source>Characters (the last bar: 128 or more)</source>
        <translation>Caractères (dernière barre&#xa0;: 128 ou plus)</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Histogram of value lengths, from %1 to %2 characters</source>
        <translation>Histogramme des longueurs des valeurs, de %1 à %2 caractères</translation>
    </message>
</context>
<context>
    <name>godwit::ui::CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Companies status</source>
        <translation>État des entreprises</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <source>Create a new company</source>
        <translation>Créer une entreprise</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>List the server&apos;s companies again</source>
        <translation>Lister à nouveau les entreprises du serveur</translation>
    </message>
    <message>
        <source>Companies on the server</source>
        <translation>Entreprises sur le serveur</translation>
    </message>
    <message>
        <source>External ID: %1</source>
        <translation>ID externe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not list them: %1</source>
        <translation>Impossible de les lister&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n entreprise</numerusform>
            <numerusform>%n entreprises</numerusform>
        </translation>
    </message>
    <message>
        <source>The server had made this company already: the answer to an earlier attempt was lost. It is shown as the server has it.</source>
        <translation>Le serveur avait déjà créé cette entreprise&#xa0;: la réponse à une tentative précédente a été perdue. Elle est affichée telle qu’elle figure sur le serveur.</translation>
    </message>
    <message>
        <source>Opened the existing company with the external ID “%1”.</source>
        <translation>L’entreprise existante avec l’ID externe «&#xa0;%1&#xa0;» a été ouverte.</translation>
    </message>
    <message>
        <source>finished an interrupted create: %1</source>
        <translation>création interrompue terminée : %1</translation>
    </message>
</context>
<context>
    <name>godwit::ui::CompanyView</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <source>Customer upload link</source>
        <translation>Lien de téléversement client</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Start &amp;import</source>
        <translation>Lancer l’&amp;importation</translation>
    </message>
    <message>
        <source>Start an import with the uploaded files</source>
        <translation>Lancer une importation avec les fichiers téléversés</translation>
    </message>
    <message>
        <source>Sends the uploaded files (or the inline rows) to the company&apos;s import, with an idempotency key so it is never started twice</source>
        <translation>Envoie les fichiers téléversés (ou les lignes intégrées) à l’importation de l’entreprise, avec une clé d’idempotence afin qu’elle ne soit jamais lancée deux fois</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l’importation</translation>
    </message>
    <message>
        <source>No company selected</source>
        <translation>Aucune entreprise sélectionnée</translation>
    </message>
    <message>
        <source>Waits for the files still on their way</source>
        <translation>Attend les fichiers encore en cours d’envoi</translation>
    </message>
    <message>
        <source>Add files first</source>
        <translation>Ajoutez d’abord des fichiers</translation>
    </message>
    <message>
        <source>Starting an import with the inline rows…</source>
        <translation>Lancement d’une importation avec les lignes intégrées…</translation>
    </message>
    <message numerus="yes">
        <source>Starting an import with %n file(s)…</source>
        <translation>
            <numerusform>Lancement d’une importation avec %n fichier…</numerusform>
            <numerusform>Lancement d’une importation avec %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Non lancée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not started: import %1 is still running</source>
        <translation>Non lancée&#xa0;: l’importation %1 est toujours en cours</translation>
    </message>
    <message>
        <source>%1 — the console sends it again with the same key when it next connects.</source>
        <translation>%1 — la console la renverra avec la même clé à la prochaine connexion.</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>ID externe :</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID de l’entreprise</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>Feuilles :</translation>
    </message>
    <message>
        <source>The hosted link through which the customer can hand over data (valid 7 days)</source>
        <translation>Le lien hébergé par lequel le client peut transmettre ses données (valable 7 jours)</translation>
    </message>
    <message>
        <source>Customer link:</source>
        <translation>Lien client :</translation>
    </message>
    <message>
        <source>Imports:</source>
        <translation>Imports :</translation>
    </message>
    <message>
        <source>The company&apos;s import runs</source>
        <translation>Les exécutions d’import de l’entreprise</translation>
    </message>
    <message>
        <source>Newest first; open one to follow it in the Runs page</source>
        <translation>Les plus récentes d’abord ; ouvrez-en une pour la suivre dans la page Exécutions</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Version du plan</translation>
    </message>
    <message>
        <source>&amp;Open in Runs</source>
        <translation>&amp;Ouvrir dans Exécutions</translation>
    </message>
    <message>
        <source>Open the selected import run in the Runs page</source>
        <translation>Ouvrir l’exécution d’import sélectionnée dans la page Exécutions</translation>
    </message>
    <message>
        <source>Import started: run %1 (%2) — followed in the Runs page</source>
        <translation>Import lancé : exécution %1 (%2) — suivie dans la page Exécutions</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the company&apos;s rows: download CSV or write to the destination</source>
        <translation>Exporter les lignes de l’entreprise : télécharger en CSV ou écrire vers la destination</translation>
    </message>
</context>
<context>
    <name>godwit::ui::CreateWizard</name>
    <message>
        <source>At most 255 characters (this is %1)</source>
        <translation>255 caractères au maximum (ici&#xa0;: %1)</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>Only letters A–Z and a–z, digits, - and _ are allowed (not: %1)</source>
        <translation>Seuls les lettres A–Z et a–z, les chiffres, - et _ sont autorisés (pas&#xa0;: %1)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>New migration</source>
        <translation>Nouvelle migration</translation>
    </message>
    <message>
        <source>New company or migration</source>
        <translation>Nouvelle entreprise ou migration</translation>
    </message>
    <message>
        <source>&amp;Create migration</source>
        <translation>&amp;Créer la migration</translation>
    </message>
    <message>
        <source>&amp;Create company</source>
        <translation>&amp;Créer l’entreprise</translation>
    </message>
    <message>
        <source>Create the migration</source>
        <translation>Créer la migration</translation>
    </message>
    <message>
        <source>Create the company</source>
        <translation>Créer l’entreprise</translation>
    </message>
    <message>
        <source>What do you want to create?</source>
        <translation>Que voulez-vous créer&#xa0;?</translation>
    </message>
    <message>
        <source>A &amp;company (replay flow)</source>
        <translation>Une &amp;entreprise (flux de rejeu)</translation>
    </message>
    <message>
        <source>Bound to a source: each import replays the source&apos;s published import plan</source>
        <translation>Liée à une source&#xa0;: chaque importation rejoue le plan d’importation publié de la source</translation>
    </message>
    <message>
        <source>A &amp;migration (managed agent)</source>
        <translation>Une &amp;migration (agent géré)</translation>
    </message>
    <message>
        <source>An agent works out the mapping from the files you upload, run by run</source>
        <translation>Un agent établit la correspondance à partir des fichiers que vous téléversez, exécution après exécution</translation>
    </message>
    <message>
        <source>Bound to a source: each import replays the source&apos;s published import plan, with no one in the loop.</source>
        <translation>Liée à une source&#xa0;: chaque importation rejoue le plan d’importation publié de la source, sans intervention humaine.</translation>
    </message>
    <message>
        <source>An agent works out the mapping from the files you upload, run by run, and asks when something is ambiguous.</source>
        <translation>Un agent établit la correspondance à partir des fichiers que vous téléversez, exécution après exécution, et vous interroge en cas d’ambiguïté.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>One customer&apos;s migration, bound to the source they come from.</source>
        <translation>La migration d’un client, liée à la source dont proviennent ses données.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation, e.g. Acme GmbH</source>
        <translation>L’organisation du client, p. ex. Acme GmbH</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The system the customer&apos;s data comes from</source>
        <translation>Le système d’où proviennent les données du client</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Sou&amp;rce&#xa0;:</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Your own ID for this company: at most 255 letters, digits, - and _; optional</source>
        <translation>Votre propre ID pour cette entreprise&#xa0;: 255 lettres, chiffres, - et _ au maximum&#xa0;; facultatif</translation>
    </message>
    <message>
        <source>Optional, e.g. acme-001</source>
        <translation>Facultatif, p. ex. acme-001</translation>
    </message>
    <message>
        <source>&amp;Open the existing company</source>
        <translation>&amp;Ouvrir l’entreprise existante</translation>
    </message>
    <message>
        <source>Open the company that has this external ID</source>
        <translation>Ouvrir l’entreprise qui a cet ID externe</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>ID e&amp;xterne&#xa0;:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>The company&apos;s workbook gets one sheet per template you tick.</source>
        <translation>Le classeur de l’entreprise reçoit une feuille par modèle coché.</translation>
    </message>
    <message>
        <source>Tick the templates to create sheets for; the selected one&apos;s columns are shown beside</source>
        <translation>Cochez les modèles pour lesquels créer des feuilles&#xa0;; les colonnes du modèle sélectionné s’affichent à côté</translation>
    </message>
    <message>
        <source>Columns of the selected template</source>
        <translation>Colonnes du modèle sélectionné</translation>
    </message>
    <message>
        <source>Destination (optional)</source>
        <translation>Destination (facultatif)</translation>
    </message>
    <message>
        <source>Where export-to-destination writes the validated rows. Skip it to import and download only.</source>
        <translation>Où l’export vers la destination écrit les lignes validées. Ignorez cette étape pour seulement importer et télécharger.</translation>
    </message>
    <message>
        <source>&amp;Export to a destination API</source>
        <translation>E&amp;xporter vers une API de destination</translation>
    </message>
    <message>
        <source>Export to a destination API</source>
        <translation>Exporter vers une API de destination</translation>
    </message>
    <message>
        <source>Destination base URL</source>
        <translation>URL de base de la destination</translation>
    </message>
    <message>
        <source>https://crm.example.com/api</source>
        <translation>https://crm.example.com/api</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>API key in a header</source>
        <translation>Clé d’API dans un en-tête</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>Nom d’utilisateur et mot de passe (basic)</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nom de l’en-tête</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête :</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Write-only: the server keeps these credentials sealed and never returns them, and Godwit does not store them. They cannot be shown again.</source>
        <translation>Écriture seule&#xa0;: le serveur conserve ces identifiants scellés et ne les renvoie jamais, et Godwit ne les enregistre pas. Ils ne peuvent plus être affichés.</translation>
    </message>
    <message>
        <source>An http:// or https:// address, e.g. https://crm.example.com/api</source>
        <translation>Une adresse http:// ou https://, p. ex. https://crm.example.com/api</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>One customer&apos;s workspace: the agent maps the files you upload to your templates.</source>
        <translation>L’espace de travail d’un client&#xa0;: l’agent fait correspondre les fichiers que vous téléversez à vos modèles.</translation>
    </message>
    <message>
        <source>Migration name</source>
        <translation>Nom de la migration</translation>
    </message>
    <message>
        <source>e.g. Acme GmbH — CRM move</source>
        <translation>p. ex. Acme GmbH — migration CRM</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <source>Optional: the name of the system the data comes from; empty for a sourceless migration</source>
        <translation>Facultatif&#xa0;: le nom du système d’où proviennent les données&#xa0;; vide pour une migration sans source</translation>
    </message>
    <message>
        <source>None (sourceless)</source>
        <translation>Aucune (sans source)</translation>
    </message>
    <message>
        <source>Your own ID for this migration: at most 255 letters, digits, - and _; optional</source>
        <translation>Votre propre ID pour cette migration&#xa0;: 255 lettres, chiffres, - et _ au maximum&#xa0;; facultatif</translation>
    </message>
    <message>
        <source>Optional, e.g. acme-crm-2026</source>
        <translation>Facultatif, p. ex. acme-crm-2026</translation>
    </message>
    <message>
        <source>&amp;Open the existing migration</source>
        <translation>&amp;Ouvrir la migration existante</translation>
    </message>
    <message>
        <source>Open the migration that has this external ID</source>
        <translation>Ouvrir la migration qui a cet ID externe</translation>
    </message>
    <message>
        <source>With the same external ID and source, creating again reopens the existing migration. Leave it empty and Godwit makes one up.</source>
        <translation>Avec le même ID externe et la même source, une nouvelle création rouvre la migration existante. Laissez-le vide et Godwit en génère un.</translation>
    </message>
    <message>
        <source>The templates the agent maps the files to, by slug.</source>
        <translation>Les modèles auxquels l’agent fait correspondre les fichiers, par identifiant.</translation>
    </message>
    <message>
        <source>Tick the templates to map to; the selected one&apos;s columns are shown beside</source>
        <translation>Cochez les modèles cibles de la correspondance&#xa0;; les colonnes du modèle sélectionné s’affichent à côté</translation>
    </message>
    <message>
        <source>Loading sources…</source>
        <translation>Chargement des sources…</translation>
    </message>
    <message>
        <source>No sources</source>
        <translation>Aucune source</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n column(s)</source>
        <translation>
            <numerusform>%1 — %n colonne</numerusform>
            <numerusform>%1 — %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating… (waiting for the server&apos;s answer)</source>
        <translation>Création… (en attente de la réponse du serveur)</translation>
    </message>
    <message>
        <source>This external ID is already used by the company “%1”.</source>
        <translation>Cet ID externe est déjà utilisé par l’entreprise «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This external ID is already used by the migration “%1” (of another source).</source>
        <translation>Cet ID externe est déjà utilisé par la migration «&#xa0;%1&#xa0;» (d’une autre source).</translation>
    </message>
    <message>
        <source>%1
The console keeps this create in its journal and finishes it when it next connects; the %2 then appears in the list. Pressing Create again is safe.</source>
        <translation>%1
La console conserve cette création dans son journal et la termine à la prochaine connexion&#xa0;; %2 apparaît alors dans la liste. Vous pouvez relancer la création sans risque.</translation>
    </message>
    <message>
        <source>company</source>
        <translation>l’entreprise</translation>
    </message>
    <message>
        <source>migration</source>
        <translation>la migration</translation>
    </message>
    <message>
        <source>Optional: your own ID for the company. Without one Godwit makes one up, so that a create whose answer is lost never makes the company twice.</source>
        <translation>Facultatif : votre propre identifiant pour l’entreprise. Sans lui, Godwit en crée un, afin qu’une création dont la réponse se perd ne crée jamais l’entreprise deux fois.</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Colonnes de %1</translation>
    </message>
</context>
<context>
    <name>godwit::ui::DialectBar</name>
    <message>
        <source>Double quote &quot;</source>
        <translation>Guillemet double &quot;</translation>
    </message>
    <message>
        <source>Single quote &apos;</source>
        <translation>Guillemet simple &apos;</translation>
    </message>
    <message>
        <source>No quoting</source>
        <translation>Sans guillemets</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule&#xa0;;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation>Deux-points&#xa0;:</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>encodage %1</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>séparateur %1</translation>
    </message>
    <message>
        <source>quote: %1</source>
        <translation>guillemet&#xa0;: %1</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>header in record %1</source>
        <translation>en-tête dans l’enregistrement %1</translation>
    </message>
    <message>
        <source>Use detected</source>
        <translation>Utiliser la détection</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Comment le fichier est lu</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Paramètres de lecture</translation>
    </message>
    <message>
        <source>What was detected, what you chose for this file last time, or your current choice</source>
        <translation>Ce qui a été détecté, ce que vous avez choisi pour ce fichier la dernière fois, ou votre choix actuel</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>The character encoding the file is read in</source>
        <translation>L’encodage de caractères utilisé pour lire le fichier</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>The character between fields</source>
        <translation>Le caractère entre les champs</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Caractère guillemet</translation>
    </message>
    <message>
        <source>The character around fields that contain delimiters or line breaks</source>
        <translation>Le caractère qui entoure les champs contenant des séparateurs ou des sauts de ligne</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <source>The record with the column names; records above it are skipped</source>
        <translation>L’enregistrement contenant les noms de colonnes&#xa0;; les enregistrements au-dessus sont ignorés</translation>
    </message>
    <message>
        <source>Use the detected settings</source>
        <translation>Utiliser les paramètres détectés</translation>
    </message>
    <message>
        <source>Forget your choices for this file and read it as detected</source>
        <translation>Oublier vos choix pour ce fichier et le lire tel que détecté</translation>
    </message>
    <message>
        <source>Encoding confidence</source>
        <translation>Confiance de l’encodage</translation>
    </message>
    <message>
        <source>Delimiter confidence</source>
        <translation>Confiance du séparateur</translation>
    </message>
    <message>
        <source>Header confidence</source>
        <translation>Confiance de l’en-tête</translation>
    </message>
    <message>
        <source>&amp;Settings:</source>
        <translation>&amp;Paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Guillemet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête :</translation>
    </message>
    <message>
        <source>set</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Detected with %1 % confidence. %2</source>
        <translation>Détecté avec %1&#xa0;% de confiance. %2</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détectés</translation>
    </message>
    <message>
        <source>Remembered (%1)</source>
        <translation>Mémorisés (%1)</translation>
    </message>
    <message>
        <source>Remembered for an earlier version (%1)</source>
        <translation>Mémorisés pour une version antérieure (%1)</translation>
    </message>
    <message>
        <source>The file starts with a byte-order mark.</source>
        <translation>Le fichier commence par une marque d’ordre des octets (BOM).</translation>
    </message>
    <message>
        <source>Every other byte is zero, as in UTF-16 text.</source>
        <translation>Un octet sur deux est nul, comme dans un texte UTF-16.</translation>
    </message>
    <message>
        <source>The start of the file is valid UTF-8.</source>
        <translation>Le début du fichier est de l’UTF-8 valide.</translation>
    </message>
    <message>
        <source>The character-set detector says %1.</source>
        <translation>Le détecteur de jeu de caractères indique %1.</translation>
    </message>
    <message>
        <source>A guess for Western European text.</source>
        <translation>Une supposition pour du texte d’Europe occidentale.</translation>
    </message>
    <message>
        <source>A guess for Western European text (the detector said %1).</source>
        <translation>Une supposition pour du texte d’Europe occidentale (le détecteur indiquait %1).</translation>
    </message>
    <message>
        <source>How consistently the rows agree on one number of fields.</source>
        <translation>Dans quelle mesure les lignes s’accordent sur un même nombre de champs.</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Pas d’en-tête</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Enregistrement %1</translation>
    </message>
    <message>
        <source>How much the first row looks like column names rather than data.</source>
        <translation>Dans quelle mesure la première ligne ressemble à des noms de colonnes plutôt qu’à des données.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ExportDialog</name>
    <message>
        <source>Export — %1</source>
        <translation>Export — %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Download CSV</source>
        <translation>Télécharger le CSV</translation>
    </message>
    <message>
        <source>To destination</source>
        <translation>Vers la destination</translation>
    </message>
    <message>
        <source>Export kind</source>
        <translation>Type d’export</translation>
    </message>
    <message>
        <source>Close the export dialog</source>
        <translation>Fermer la boîte de dialogue d’export</translation>
    </message>
    <message>
        <source>An export is running; following it.</source>
        <translation>Un export est en cours ; il est suivi.</translation>
    </message>
    <message>
        <source>Valid rows</source>
        <translation>Lignes valides</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Invalid rows only (to send back to the customer)</source>
        <translation>Lignes invalides uniquement (à renvoyer au client)</translation>
    </message>
    <message>
        <source>Rows to download</source>
        <translation>Lignes à télécharger</translation>
    </message>
    <message>
        <source>Valid rows have no invalid cell; invalid rows are the flagged ones, to send back for fixing</source>
        <translation>Les lignes valides n’ont aucune cellule invalide ; les lignes invalides sont celles signalées, à renvoyer pour correction</translation>
    </message>
    <message>
        <source>Every sheet (one ZIP file)</source>
        <translation>Toutes les feuilles (un fichier ZIP)</translation>
    </message>
    <message>
        <source>Sheet %1 (CSV file)</source>
        <translation>Feuille %1 (fichier CSV)</translation>
    </message>
    <message>
        <source>Sheets to download</source>
        <translation>Feuilles à télécharger</translation>
    </message>
    <message>
        <source>File to save to</source>
        <translation>Fichier d’enregistrement</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Choisissez où enregistrer le fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the file to save to</source>
        <translation>Choisir le fichier d’enregistrement</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download the rows</source>
        <translation>Télécharger les lignes</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>&amp;Feuilles :</translation>
    </message>
    <message>
        <source>Full: every valid row</source>
        <translation>Complet : toutes les lignes valides</translation>
    </message>
    <message>
        <source>Writes every valid row to the destination; running it again writes them again</source>
        <translation>Écrit toutes les lignes valides dans la destination ; une nouvelle exécution les écrit à nouveau</translation>
    </message>
    <message>
        <source>Canary: the first rows of each sheet</source>
        <translation>Canari : les premières lignes de chaque feuille</translation>
    </message>
    <message>
        <source>A smoke test: writes only the first rows of each sheet</source>
        <translation>Un test de fumée : écrit seulement les premières lignes de chaque feuille</translation>
    </message>
    <message>
        <source>Canary rows per sheet</source>
        <translation>Lignes canari par feuille</translation>
    </message>
    <message>
        <source>Start export</source>
        <translation>Lancer l’export</translation>
    </message>
    <message>
        <source>Start the export to the destination</source>
        <translation>Lancer l’export vers la destination</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Cancel the export to the destination</source>
        <translation>Annuler l’export vers la destination</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Not started. The rows go to the company&apos;s destination connection.</source>
        <translation>Non lancé. Les lignes vont vers la connexion de destination de l’entreprise.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Fields confirmed</source>
        <translation>Champs confirmés</translation>
    </message>
    <message>
        <source>Per-row results</source>
        <translation>Résultats par ligne</translation>
    </message>
    <message>
        <source>One line per row written: whether it was written, the destination&apos;s HTTP status, its error, and whether the read-back confirmed its fields. Hollow writes are highlighted in amber, failed rows in red.</source>
        <translation>Une ligne par ligne écrite : si elle a été écrite, le statut HTTP de la destination, son erreur et si la relecture a confirmé ses champs. Les écritures creuses sont surlignées en ambre, les lignes en échec en rouge.</translation>
    </message>
    <message>
        <source>Save the rows as</source>
        <translation>Enregistrer les lignes sous</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Downloading… %1 received</source>
        <translation>Téléchargement… %1 reçus</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) (%1) to %2</source>
        <translation>
            <numerusform>%n ligne (%1) enregistrée dans %2</numerusform>
            <numerusform>%n lignes (%1) enregistrées dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 enregistré dans %2</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Le téléchargement a échoué : %1</translation>
    </message>
    <message>
        <source>Export every row again?</source>
        <translation>Exporter à nouveau toutes les lignes ?</translation>
    </message>
    <message>
        <source>This company has been exported in full before. A new full export writes every row to the destination again, which can create duplicates there. Export again?</source>
        <translation>Cette entreprise a déjà été exportée en entier. Un nouvel export complet écrit à nouveau toutes les lignes dans la destination, ce qui peut y créer des doublons. Exporter à nouveau ?</translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation>Lancement de l’export…</translation>
    </message>
    <message>
        <source>The export could not start: %1</source>
        <translation>L’export n’a pas pu être lancé : %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>The export could not be canceled: %1</source>
        <translation>L’export n’a pas pu être annulé : %1</translation>
    </message>
    <message>
        <source>Could not read the export&apos;s state: %1</source>
        <translation>Impossible de lire l’état de l’export : %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows: %3 written, %4 failed, %5 hollow write(s) (written but not confirmed on read-back)</source>
        <translation>%1 lignes sur %2 : %3 écrites, %4 en échec, écritures creuses : %5 (écrites mais non confirmées à la relecture)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Canary export completed.</source>
        <translation>Export canari terminé.</translation>
    </message>
    <message>
        <source>Export completed.</source>
        <translation>Export terminé.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <source>The export was canceled; the rows listed were written.</source>
        <translation>L’export a été annulé ; les lignes listées ont été écrites.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no — hollow write</source>
        <translation>non — écriture creuse</translation>
    </message>
    <message>
        <source>no — lacks %1</source>
        <translation>non — %1 manque</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Hollow write: the destination answered %1 but the read-back lacks %2</source>
        <translation>Écriture creuse : la destination a répondu %1, mais %2 manque à la relecture</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source> row(s) per sheet</source>
        <translation> ligne(s) par feuille</translation>
    </message>
</context>
<context>
    <name>godwit::ui::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indication</translation>
    </message>
</context>
<context>
    <name>godwit::ui::FileRow</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s restante</numerusform>
            <numerusform>%n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min restante</numerusform>
            <numerusform>%n min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>%n h restante</numerusform>
            <numerusform>%n h restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 · waiting for a free slot</source>
        <translation>%1 · en attente d’un emplacement libre</translation>
    </message>
    <message>
        <source>%1 · the upload URL was refused (%2): asking for a new one</source>
        <translation>%1 · l’URL de téléversement a été refusée (%2)&#xa0;: demande d’une nouvelle URL</translation>
    </message>
    <message>
        <source>%1 · asking the server for an upload URL</source>
        <translation>%1 · demande d’une URL de téléversement au serveur</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>&quot;12 MB of 40 MB&quot;</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>upload speed, &quot;5.2 MB/s&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 · interrupted (%2): trying again with a new URL</source>
        <translation>%1 · interrompu (%2)&#xa0;: nouvel essai avec une nouvelle URL</translation>
    </message>
    <message>
        <source>%1 · uploaded</source>
        <translation>%1 · téléversé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Upload progress of %1</source>
        <translation>Progression du téléversement de %1</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>Annuler le téléversement de %1</translation>
    </message>
    <message>
        <source>Stop uploading %1</source>
        <translation>Arrêter le téléversement de %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Reading %1 into inline rows</source>
        <translation>Lecture de %1 en lignes intégrées</translation>
    </message>
    <message>
        <source>Inline rows</source>
        <translation>Lignes intégrées</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1 from the next import</source>
        <translation>Retirer %1 de la prochaine importation</translation>
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
        <translation>Choisir la page à afficher</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Godwit</source>
        <translation>À &amp;propos de Godwit</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Reconnect to the server</source>
        <translation>Se reconnecter au serveur</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Status bar: &quot;&lt;profile name&gt; — &lt;state&gt;&quot;, e.g. &quot;Local server — connected&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — retrying (attempt %2 of %3) in %4 s</source>
        <extracomment>Status bar: &quot;&lt;why the last attempt failed&gt; — retrying (attempt 2 of 5) in 1.5 s&quot;</extracomment>
        <translation>%1 — nouvel essai (%2 sur %3) dans %4 s</translation>
    </message>
    <message>
        <source>The server asked to slow down: requests wait until %1</source>
        <translation>Le serveur demande de ralentir : les requêtes attendent jusqu’à %1</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>Offline preview</source>
        <translation>Aperçu hors ligne</translation>
    </message>
    <message>
        <source>&amp;New company or migration…</source>
        <translation>&amp;Nouvelle entreprise ou migration…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Status bar notice: &quot;&lt;A run completed&gt;: &lt;company: 5 rows stored, 0 flagged.&gt;&quot;</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MessageArea</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationLoop</name>
    <message>
        <source>&lt;b&gt;Update&lt;/b&gt; takes directives, one per line or separated by &lt;tt&gt;;&lt;/tt&gt;:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;tt&gt;map &quot;&amp;lt;file column&amp;gt;&quot; to &amp;lt;field&amp;gt;&lt;/tt&gt; — feed a template column from that file column (&lt;tt&gt;&amp;lt;field&amp;gt;&lt;/tt&gt; may be &lt;tt&gt;&amp;lt;sheet&amp;gt;.&amp;lt;field&amp;gt;&lt;/tt&gt;; also &lt;tt&gt;onto&lt;/tt&gt;, &lt;tt&gt;-&amp;gt;&lt;/tt&gt;)&lt;/li&gt;&lt;li&gt;&lt;tt&gt;ignore &quot;&amp;lt;file column&amp;gt;&quot;&lt;/tt&gt; (or &lt;tt&gt;skip&lt;/tt&gt;) — leave every column it fed unmapped&lt;/li&gt;&lt;li&gt;&lt;tt&gt;dates are day-first&lt;/tt&gt; / &lt;tt&gt;dates are month-first&lt;/tt&gt;&lt;/li&gt;&lt;li&gt;&lt;tt&gt;default region &amp;lt;CC&amp;gt;&lt;/tt&gt; — phone numbers&apos; region (ISO 3166, e.g. DE)&lt;/li&gt;&lt;/ul&gt;Anything else blocks the run with a question. &lt;b&gt;Clarify&lt;/b&gt; takes a plain question about the preview; the answer appears in the Thread.</source>
        <translation>&lt;b&gt;Mettre à jour&lt;/b&gt; accepte des directives, une par ligne ou séparées par &lt;tt&gt;;&lt;/tt&gt; :&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;tt&gt;map &quot;&amp;lt;colonne du fichier&amp;gt;&quot; to &amp;lt;champ&amp;gt;&lt;/tt&gt; — alimenter une colonne du modèle à partir de cette colonne du fichier (&lt;tt&gt;&amp;lt;champ&amp;gt;&lt;/tt&gt; peut être &lt;tt&gt;&amp;lt;feuille&amp;gt;.&amp;lt;champ&amp;gt;&lt;/tt&gt; ; aussi &lt;tt&gt;onto&lt;/tt&gt;, &lt;tt&gt;-&amp;gt;&lt;/tt&gt;)&lt;/li&gt;&lt;li&gt;&lt;tt&gt;ignore &quot;&amp;lt;colonne du fichier&amp;gt;&quot;&lt;/tt&gt; (ou &lt;tt&gt;skip&lt;/tt&gt;) — laisser sans correspondance toutes les colonnes qu’elle alimentait&lt;/li&gt;&lt;li&gt;&lt;tt&gt;dates are day-first&lt;/tt&gt; / &lt;tt&gt;dates are month-first&lt;/tt&gt;&lt;/li&gt;&lt;li&gt;&lt;tt&gt;default region &amp;lt;CC&amp;gt;&lt;/tt&gt; — région des numéros de téléphone (ISO 3166, p. ex. DE)&lt;/li&gt;&lt;/ul&gt;Toute autre chose bloque l’exécution avec une question. &lt;b&gt;Clarifier&lt;/b&gt; accepte une simple question sur l’aperçu ; la réponse apparaît dans le fil.</translation>
    </message>
    <message>
        <source>Migration runs</source>
        <translation>Exécutions de migration</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Statut de l’exécution</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Author the recipe from the uploaded files and show a preview</source>
        <translation>Rédiger la recette à partir des fichiers téléversés et afficher un aperçu</translation>
    </message>
    <message>
        <source>E&amp;xecute</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Import every row with the previewed recipe</source>
        <translation>Importer toutes les lignes avec la recette de l’aperçu</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l’exécution</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>Directives or question</source>
        <translation>Directives ou question</translation>
    </message>
    <message>
        <source>Directives for Update (e.g. map &quot;Remarks&quot; to notes) or a question for Clarify</source>
        <translation>Directives pour « Mettre à jour » (p. ex. map &quot;Remarks&quot; to notes) ou une question pour « Clarifier »</translation>
    </message>
    <message>
        <source>Directives for Update, e.g. map &quot;Remarks&quot; to notes — or a question for Clarify</source>
        <translation>Directives pour « Mettre à jour », p. ex. map &quot;Remarks&quot; to notes — ou une question pour « Clarifier »</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Change the recipe with the directives and make a new preview</source>
        <translation>Modifier la recette avec les directives et produire un nouvel aperçu</translation>
    </message>
    <message>
        <source>C&amp;larify</source>
        <translation>C&amp;larifier</translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation>Clarifier</translation>
    </message>
    <message>
        <source>Ask about the preview; the answer appears in the thread</source>
        <translation>Poser une question sur l’aperçu ; la réponse apparaît dans le fil</translation>
    </message>
    <message>
        <source>&amp;Directives…</source>
        <translation>&amp;Directives…</translation>
    </message>
    <message>
        <source>Show the directive language</source>
        <translation>Afficher le langage des directives</translation>
    </message>
    <message>
        <source>Directive language</source>
        <translation>Langage des directives</translation>
    </message>
    <message>
        <source>The agent needs an answer</source>
        <translation>L’agent a besoin d’une réponse</translation>
    </message>
    <message>
        <source>Questions of the blocked run</source>
        <translation>Questions de l’exécution bloquée</translation>
    </message>
    <message>
        <source>&amp;Send answers</source>
        <translation>&amp;Envoyer les réponses</translation>
    </message>
    <message>
        <source>Send the answers</source>
        <translation>Envoyer les réponses</translation>
    </message>
    <message>
        <source>Or directives in&amp;stead:</source>
        <translation>Ou plutôt de&amp;s directives :</translation>
    </message>
    <message>
        <source>Directives instead of answers</source>
        <translation>Directives au lieu de réponses</translation>
    </message>
    <message>
        <source>Free-form directives sent to the blocked run</source>
        <translation>Directives libres envoyées à l’exécution bloquée</translation>
    </message>
    <message>
        <source>e.g. map &quot;Remarks&quot; to notes</source>
        <translation>p. ex. map &quot;Remarks&quot; to notes</translation>
    </message>
    <message>
        <source>Send &amp;directives</source>
        <translation>Envoyer les &amp;directives</translation>
    </message>
    <message>
        <source>Send the directives to the blocked run</source>
        <translation>Envoyer les directives à l’exécution bloquée</translation>
    </message>
    <message>
        <source>Export the valid rows of %1</source>
        <translation>Exporter les lignes valides de %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Aucune exécution pour l’instant.</translation>
    </message>
    <message>
        <source>No preview yet: upload files and press Generate.</source>
        <translation>Pas encore d’aperçu : téléversez des fichiers et cliquez sur « Générer ».</translation>
    </message>
    <message>
        <source>No report yet: Execute imports the approved preview.</source>
        <translation>Pas encore de rapport : « Exécuter » importe l’aperçu approuvé.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Live (polling: the server has no event stream)</source>
        <translation>En direct (interrogation périodique : le serveur n’a pas de flux d’événements)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>%1: queued</source>
        <translation>%1 : en file d’attente</translation>
    </message>
    <message>
        <source>%1: running</source>
        <translation>%1 : en cours</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: waiting for credentials (answer them on the server&apos;s dashboard)</source>
        <translation>%1 : en attente d’identifiants (répondez sur le tableau de bord du serveur)</translation>
    </message>
    <message>
        <source>%1: blocked — the agent needs an answer</source>
        <translation>%1 : bloquée — l’agent a besoin d’une réponse</translation>
    </message>
    <message>
        <source>%1: preview ready — review it, then Update, Clarify or Execute</source>
        <translation>%1 : aperçu prêt — examinez-le, puis « Mettre à jour », « Clarifier » ou « Exécuter »</translation>
    </message>
    <message>
        <source>%1: completed — %2 rows imported</source>
        <translation>%1 : terminée — %2 lignes importées</translation>
    </message>
    <message>
        <source>%1: completed</source>
        <translation>%1 : terminée</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1 : échec — %2</translation>
    </message>
    <message>
        <source>%1: canceled</source>
        <translation>%1 : annulée</translation>
    </message>
    <message>
        <source>Upload a file first: Generate reads the files the server has.</source>
        <translation>Téléversez d’abord un fichier : « Générer » lit les fichiers dont dispose le serveur.</translation>
    </message>
    <message>
        <source>Generate a preview first.</source>
        <translation>Générez d’abord un aperçu.</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1 : lancement…</translation>
    </message>
    <message>
        <source>Another run holds this migration: %1</source>
        <translation>Une autre exécution occupe cette migration : %1</translation>
    </message>
    <message>
        <source>%1 was not started: %2</source>
        <translation>%1 n’a pas été lancée : %2</translation>
    </message>
    <message>
        <source>No run can be started: the run journal cannot be opened: %1</source>
        <translation>Aucune exécution ne peut être lancée : le journal des exécutions ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>The run cannot be read: %1</source>
        <translation>L’exécution ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <source>An option or your own answer</source>
        <translation>Une option ou votre propre réponse</translation>
    </message>
    <message>
        <source>Question %1 has no answer yet.</source>
        <translation>La question %1 n’a pas encore de réponse.</translation>
    </message>
    <message>
        <source>The answers were not taken: %1</source>
        <translation>Les réponses n’ont pas été acceptées : %1</translation>
    </message>
    <message>
        <source>The directives were not taken: %1</source>
        <translation>Les directives n’ont pas été acceptées : %1</translation>
    </message>
    <message>
        <source>%1: canceling…</source>
        <translation>%1 : annulation…</translation>
    </message>
    <message>
        <source>The run could not be canceled: %1</source>
        <translation>L’exécution n’a pas pu être annulée : %1</translation>
    </message>
    <message>
        <source>The preview cannot be read: %1</source>
        <translation>L’aperçu ne peut pas être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n valid row(s) of %1 to %2</source>
        <translation>
            <numerusform>%n ligne valide de %1 enregistrée dans %2</numerusform>
            <numerusform>%n lignes valides de %1 enregistrées dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The export of %1 was canceled; no file was written.</source>
        <translation>L’export de %1 a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The export of %1 failed: %2</source>
        <translation>L’export de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The server no longer knows run %1.</source>
        <translation>Le serveur ne connaît plus l’exécution %1.</translation>
    </message>
    <message>
        <source>Export all rows of %1</source>
        <translation>Exporter toutes les lignes de %1</translation>
    </message>
    <message>
        <source>Export the flagged rows of %1</source>
        <translation>Exporter les lignes signalées de %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) of %1 to %2</source>
        <translation>
            <numerusform>%n ligne de %1 enregistrée dans %2</numerusform>
            <numerusform>%n lignes de %1 enregistrées dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n flagged row(s) of %1 to %2</source>
        <translation>
            <numerusform>%n ligne signalée de %1 enregistrée dans %2</numerusform>
            <numerusform>%n lignes signalées de %1 enregistrées dans %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationPreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>Template sheet</source>
        <translation>Feuille du modèle</translation>
    </message>
    <message>
        <source>The template sheet whose mapping and first rows are shown</source>
        <translation>La feuille du modèle dont la correspondance et les premières lignes sont affichées</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Résumé de l’aperçu</translation>
    </message>
    <message>
        <source>Mapped columns</source>
        <translation>Colonnes mises en correspondance</translation>
    </message>
    <message>
        <source>Each template column and the file column that feeds it</source>
        <translation>Chaque colonne du modèle et la colonne du fichier qui l’alimente</translation>
    </message>
    <message>
        <source>Template column</source>
        <translation>Colonne du modèle</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>First rows (invalid cells highlighted)</source>
        <translation>Premières lignes (cellules invalides surlignées)</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>The first rows as execute would import them; an invalid cell&apos;s tooltip names the rule it fails</source>
        <translation>Les premières lignes telles que « Exécuter » les importerait ; l’info-bulle d’une cellule invalide indique la règle qu’elle enfreint</translation>
    </message>
    <message>
        <source>No preview yet: upload files and press Generate.</source>
        <translation>Pas encore d’aperçu : téléversez des fichiers et cliquez sur « Générer ».</translation>
    </message>
    <message>
        <source>Recipe version %1.</source>
        <translation>Version de la recette %1.</translation>
    </message>
    <message>
        <source>No file feeds this sheet.</source>
        <translation>Aucun fichier n’alimente cette feuille.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>— %1 rows, %2 with invalid cells.</source>
        <translation>— %1 lignes, dont %2 avec des cellules invalides.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>No file column feeds %1</source>
        <translation>Aucune colonne du fichier n’alimente %1</translation>
    </message>
    <message>
        <source>Fed by file column &quot;%1&quot;</source>
        <translation>Alimentée par la colonne du fichier « %1 »</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Invalid: %1 %2</source>
        <translation>Invalide : %1 %2</translation>
    </message>
    <message>
        <source>Select all cells</source>
        <translation>Sélectionner toutes les cellules</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationReportPane</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Résumé du rapport</translation>
    </message>
    <message>
        <source>Rows per sheet</source>
        <translation>Lignes par feuille</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Annuler l’e&amp;xport</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Statut de l’export</translation>
    </message>
    <message>
        <source>No report yet: Execute imports the approved preview.</source>
        <translation>Pas encore de rapport : « Exécuter » importe l’aperçu approuvé.</translation>
    </message>
    <message>
        <source>Execute run %1: %2 rows imported, %3 valid, %4 with invalid cells (left out of the valid rows export).</source>
        <translation>Exécution %1 : %2 lignes importées, %3 valides, %4 avec des cellules invalides (exclues de l’export des lignes valides).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Exporting %1… %2</source>
        <translation>Export de %1… %2</translation>
    </message>
    <message>
        <source>Export ro&amp;ws:</source>
        <translation>&amp;Lignes à exporter :</translation>
    </message>
    <message>
        <source>Valid rows</source>
        <translation>Lignes valides</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Flagged rows (to send back)</source>
        <translation>Lignes signalées (à renvoyer)</translation>
    </message>
    <message>
        <source>Rows to export</source>
        <translation>Lignes à exporter</translation>
    </message>
    <message>
        <source>Which rows the export buttons write: the valid rows, all rows or the rows with invalid cells</source>
        <translation>Les lignes qu’écrivent les boutons d’export : les lignes valides, toutes les lignes ou les lignes avec des cellules invalides</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the rows of %1</source>
        <translation>Exporter les lignes de %1</translation>
    </message>
    <message>
        <source>Downloads the chosen rows of the sheet (valid, all or flagged) as a CSV file</source>
        <translation>Télécharge les lignes choisies de la feuille (valides, toutes ou signalées) dans un fichier CSV</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationThreadPane</name>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Thread connection</source>
        <translation>Connexion du fil</translation>
    </message>
    <message>
        <source>Thread events</source>
        <translation>Événements du fil</translation>
    </message>
    <message>
        <source>Every step of the agent, across runs, oldest first</source>
        <translation>Chaque étape de l’agent, toutes exécutions confondues, les plus anciennes d’abord</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation>Statut : %1 — %2</translation>
    </message>
    <message>
        <source>Preview ready (recipe version %1)</source>
        <translation>Aperçu prêt (version de la recette %1)</translation>
    </message>
    <message>
        <source>The agent asks: %1</source>
        <translation>L’agent demande : %1</translation>
    </message>
    <message>
        <source>Run completed (%1)</source>
        <translation>Exécution terminée (%1)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Files the server has</source>
        <translation>Fichiers sur le serveur</translation>
    </message>
    <message>
        <source>Files status</source>
        <translation>État des fichiers</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>List the migration&apos;s files again</source>
        <translation>Lister à nouveau les fichiers de la migration</translation>
    </message>
    <message>
        <source>Uploaded files</source>
        <translation>Fichiers téléversés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Téléversé</translation>
    </message>
    <message>
        <source>No migration selected</source>
        <translation>Aucune migration sélectionnée</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not list the files: %1</source>
        <translation>Impossible de lister les fichiers&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Modèles :</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>ID externe :</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <source>none (sourceless)</source>
        <translation>aucune (sans source)</translation>
    </message>
    <message>
        <source>Migration pages</source>
        <translation>Pages de la migration</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>F&amp;il</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationsPage</name>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>Migrations status</source>
        <translation>État des migrations</translation>
    </message>
    <message>
        <source>&amp;New migration…</source>
        <translation>&amp;Nouvelle migration…</translation>
    </message>
    <message>
        <source>Create a new migration</source>
        <translation>Créer une migration</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>List the server&apos;s migrations again</source>
        <translation>Lister à nouveau les migrations du serveur</translation>
    </message>
    <message>
        <source>Migrations on the server</source>
        <translation>Migrations sur le serveur</translation>
    </message>
    <message>
        <source>Sourceless</source>
        <translation>Sans source</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>External ID: %1</source>
        <translation>ID externe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not list them: %1</source>
        <translation>Impossible de les lister&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the existing migration with the external ID “%1”.</source>
        <translation>La migration existante avec l’ID externe «&#xa0;%1&#xa0;» a été ouverte.</translation>
    </message>
    <message>
        <source>Existing migration reopened: the server already had a migration with the external ID “%1” for this source. It is shown as it is now (status: %2); its name and templates were not changed.</source>
        <translation>Migration existante rouverte&#xa0;: le serveur avait déjà une migration avec l’ID externe «&#xa0;%1&#xa0;» pour cette source. Elle est affichée dans son état actuel (statut&#xa0;: %2)&#xa0;; son nom et ses modèles n’ont pas été modifiés.</translation>
    </message>
    <message>
        <source>The server had made this migration already: the answer to an earlier attempt was lost. It is shown as the server has it.</source>
        <translation>Le serveur avait déjà créé cette migration&#xa0;: la réponse à une tentative précédente a été perdue. Elle est affichée telle qu’elle figure sur le serveur.</translation>
    </message>
    <message>
        <source>finished an interrupted create: %1</source>
        <translation>création interrompue terminée : %1</translation>
    </message>
</context>
<context>
    <name>godwit::ui::PreviewPage</name>
    <message>
        <source>Offline preview</source>
        <translation>Aperçu hors ligne</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir un fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>Ouvrir un fichier CSV</translation>
    </message>
    <message>
        <source>Open a CSV file (%1)</source>
        <translation>Ouvrir un fichier CSV (%1)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reload the file</source>
        <translation>Recharger le fichier</translation>
    </message>
    <message>
        <source>Read the file again as it is on disk now</source>
        <translation>Relire le fichier tel qu’il est actuellement sur le disque</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export as normalised CSV</source>
        <translation>Exporter en CSV normalisé</translation>
    </message>
    <message>
        <source>Write all rows as normalised CSV: UTF-8, comma, CRLF, without the lines above the header</source>
        <translation>Écrire toutes les lignes en CSV normalisé&#xa0;: UTF-8, virgule, CRLF, sans les lignes au-dessus de l’en-tête</translation>
    </message>
    <message>
        <source>Drop a CSV file here, or open one with Open… (%1).
It is read on this computer only: nothing is uploaded.</source>
        <translation>Déposez un fichier CSV ici ou ouvrez-en un avec «&#xa0;Ouvrir…&#xa0;» (%1).
Il est lu uniquement sur cet ordinateur&#xa0;: rien n’est téléversé.</translation>
    </message>
    <message>
        <source>Open a CSV file…</source>
        <translation>Ouvrir un fichier CSV…</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>The file&apos;s rows; the row headers are the line numbers in the file. Select a cell to profile its column.</source>
        <translation>Les lignes du fichier&#xa0;; les en-têtes de ligne sont les numéros de ligne dans le fichier. Sélectionnez une cellule pour profiler sa colonne.</translation>
    </message>
    <message>
        <source>Side panels</source>
        <translation>Panneaux latéraux</translation>
    </message>
    <message>
        <source>Column profile</source>
        <translation>Profil de la colonne</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>État du fichier</translation>
    </message>
    <message>
        <source>&amp;Go to line:</source>
        <translation>A&amp;ller à la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>A line number of the file; Enter goes there</source>
        <translation>Un numéro de ligne du fichier&#xa0;; Entrée permet d’y aller</translation>
    </message>
    <message>
        <source>line number</source>
        <translation>numéro de ligne</translation>
    </message>
    <message>
        <source>&amp;Open CSV File…</source>
        <translation>&amp;Ouvrir un fichier CSV…</translation>
    </message>
    <message>
        <source>Open a CSV file in the offline preview</source>
        <translation>Ouvrir un fichier CSV dans l’aperçu hors ligne</translation>
    </message>
    <message>
        <source>%1 % · %2 rows so far</source>
        <extracomment>Indexing progress: &quot;45 % · 4,310,000 rows so far&quot;</extracomment>
        <translation>%1&#xa0;% · %2 lignes jusqu’ici</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte sequence(s) are not valid %1 and show as �; the first is on line %2. If the text looks wrong, choose another encoding.</source>
        <translation>
            <numerusform>%Ln séquence d’octets n’est pas du %1 valide et s’affiche comme �&#xa0;; elle se trouve à la ligne %2. Si le texte semble incorrect, choisissez un autre encodage.</numerusform>
            <numerusform>%Ln séquences d’octets ne sont pas du %1 valide et s’affichent comme �&#xa0;; la première se trouve à la ligne %2. Si le texte semble incorrect, choisissez un autre encodage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to line %1</source>
        <translation>Aller à la ligne %1</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>Show the folder of the exported file</source>
        <translation>Afficher le dossier du fichier exporté</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1 (%2).</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1 (%2).</numerusform>
            <numerusform>%Ln lignes exportées vers %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to %1 cancelled: no file was written.</source>
        <translation>Export vers %1 annulé&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Échec de l’export vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select a cell to see its column&apos;s profile.</source>
        <translation>Sélectionnez une cellule pour voir le profil de sa colonne.</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.tab *.txt);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.tsv *.tab *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>%1 could not be previewed.
Drop another CSV file here, or open one.</source>
        <translation>Impossible d’afficher l’aperçu de %1.
Déposez un autre fichier CSV ici ou ouvrez-en un.</translation>
    </message>
    <message>
        <source>This file has a header but no data rows.</source>
        <translation>Ce fichier a un en-tête mais aucune ligne de données.</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Aucun fichier ouvert</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Not a readable CSV file</source>
        <translation>Fichier CSV illisible</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 rows (counting…)</source>
        <translation>environ %1 lignes (comptage…)</translation>
    </message>
    <message>
        <source>about %1 rows (estimated)</source>
        <translation>environ %1 lignes (estimation)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n column(s) · %2 · %3</source>
        <extracomment>Status line: &quot;9,500,000 rows · 9 columns · UTF-8 · comma&quot;</extracomment>
        <translation>
            <numerusform>%1 · %n colonne · %2 · %3</numerusform>
            <numerusform>%1 · %n colonnes · %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the file stopped: %1 Rows after line %2 cannot be shown.</source>
        <translation>La lecture du fichier s’est arrêtée&#xa0;: %1 Les lignes après la ligne %2 ne peuvent pas être affichées.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Relire le fichier</translation>
    </message>
    <message>
        <source>Indexing stopped at %1 %: row numbers after line %2 are estimates, and go to line only reaches so far exactly.</source>
        <translation>L’indexation s’est arrêtée à %1&#xa0;%&#xa0;: les numéros de ligne après la ligne %2 sont des estimations, et «&#xa0;Aller à la ligne&#xa0;» n’est exact que jusque-là.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Reprendre l’indexation</translation>
    </message>
    <message>
        <source>A quoted field near the end never closes: the last row runs to the end of the file. Check the quote character, or the last rows.</source>
        <translation>Un champ entre guillemets près de la fin ne se ferme jamais&#xa0;: la dernière ligne s’étend jusqu’à la fin du fichier. Vérifiez le caractère guillemet ou les dernières lignes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have a different number of fields than the header (%1).</source>
        <translation>
            <numerusform>%Ln ligne a un nombre de champs différent de celui de l’en-tête (%1).</numerusform>
            <numerusform>%Ln lignes ont un nombre de champs différent de celui de l’en-tête (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>the first, line %1, has %2 instead of %3</source>
        <translation>la première, ligne %1, en a %2 au lieu de %3</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the header %3. Such rows are marked in red; profiling a column counts them in the whole file.</source>
        <translation>La ligne %1 a %2 champs, l’en-tête %3. Ces lignes sont marquées en rouge&#xa0;; le profilage d’une colonne les compte dans tout le fichier.</translation>
    </message>
    <message>
        <source>On %1 you read this file with %2.</source>
        <translation>Le %1, vous avez lu ce fichier avec %2.</translation>
    </message>
    <message>
        <source>On %1 you read an earlier version of this file with %2.</source>
        <translation>Le %1, vous avez lu une version antérieure de ce fichier avec %2.</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Utiliser ces paramètres</translation>
    </message>
    <message>
        <source>Read the file with the remembered settings</source>
        <translation>Lire le fichier avec les paramètres mémorisés</translation>
    </message>
    <message>
        <source>Line %1 is above the table (the header or a line before it).</source>
        <translation>La ligne %1 se trouve au-dessus du tableau (l’en-tête ou une ligne qui le précède).</translation>
    </message>
    <message>
        <source>The file has fewer lines: this is its last row.</source>
        <translation>Le fichier a moins de lignes&#xa0;: voici sa dernière ligne.</translation>
    </message>
    <message>
        <source>The file has changed on disk since it was opened. Rows shown may be out of date.</source>
        <translation>Le fichier a été modifié sur le disque depuis son ouverture. Les lignes affichées peuvent être obsolètes.</translation>
    </message>
    <message>
        <source>The file was deleted or moved. What was read of it is still shown; rows not read yet may be missing.</source>
        <translation>Le fichier a été supprimé ou déplacé. Ce qui en a été lu reste affiché&#xa0;; les lignes pas encore lues peuvent manquer.</translation>
    </message>
    <message>
        <source>%1-normalised.csv</source>
        <translation>%1-normalisé.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose another file name: the export would overwrite the file being previewed.</source>
        <translation>Choisissez un autre nom de fichier&#xa0;: l’export écraserait le fichier en cours d’aperçu.</translation>
    </message>
    <message>
        <source>Validate against a template</source>
        <translation>Valider par rapport à un modèle</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message numerus="yes">
        <source>%Ln flagged row(s) shown</source>
        <translation>
            <numerusform>%Ln ligne signalée affichée</numerusform>
            <numerusform>%Ln lignes signalées affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::PreviewTableModel</name>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(la colonne %1 n’a pas de nom)</translation>
    </message>
    <message>
        <source>(extra field %1)</source>
        <translation>(champ supplémentaire %1)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message numerus="yes">
        <source>This row has only %n field(s).</source>
        <translation>
            <numerusform>Cette ligne n’a que %n champ.</numerusform>
            <numerusform>Cette ligne n’a que %n champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>A long field: %1 bytes, of which the first %2 characters are shown.</source>
        <translation>Un champ long&#xa0;: %1 octets, dont les %2 premiers caractères sont affichés.</translation>
    </message>
    <message>
        <source>� stands for bytes that are not valid in the file&apos;s encoding.</source>
        <translation>� représente des octets non valides dans l’encodage du fichier.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>About line %1: the file is still being indexed, exact row numbers follow.</source>
        <translation>Environ ligne %1&#xa0;: le fichier est encore en cours d’indexation, les numéros de ligne exacts suivront.</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
    </message>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation>Cette ligne a %1 champs&#xa0;; l’en-tête en a %2.</translation>
    </message>
    <message>
        <source>Reading this row…</source>
        <translation>Lecture de cette ligne…</translation>
    </message>
</context>
<context>
    <name>godwit::ui::PreviewTableView</name>
    <message>
        <source>Table corner</source>
        <translation>Coin du tableau</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Scrolls through all rows of the file, also while it is indexed</source>
        <translation>Fait défiler toutes les lignes du fichier, même pendant son indexation</translation>
    </message>
</context>
<context>
    <name>godwit::ui::QuestionCard</name>
    <message>
        <source>Question %1 of %2: %3</source>
        <translation>Question %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>Colonne : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n ligne concernée</numerusform>
            <numerusform>%n lignes concernées</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After the suggested fix</source>
        <translation>Après la correction suggérée</translation>
    </message>
    <message>
        <source>Sample values of %1</source>
        <translation>Exemples de valeurs de %1</translation>
    </message>
    <message>
        <source>Flagged values as the file has them, and what the suggested fix makes of them</source>
        <translation>Valeurs signalées telles qu’elles figurent dans le fichier, et ce qu’en fait la correction suggérée</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Suggested fix: %1</source>
        <translation>Correction suggérée : %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>Option %1 : %2</translation>
    </message>
    <message>
        <source>Answer to: %1</source>
        <translation>Réponse à : %1</translation>
    </message>
    <message>
        <source>Press %1 to choose this answer</source>
        <translation>Appuyez sur %1 pour choisir cette réponse</translation>
    </message>
    <message>
        <source>%1. Own answer:</source>
        <translation>%1. Réponse personnelle :</translation>
    </message>
    <message>
        <source>Own answer:</source>
        <translation>Réponse personnelle :</translation>
    </message>
    <message>
        <source>Option %1: own answer</source>
        <translation>Option %1 : réponse personnelle</translation>
    </message>
    <message>
        <source>Answer question %1 in your own words</source>
        <translation>Répondre à la question %1 avec vos propres mots</translation>
    </message>
    <message>
        <source>Press %1 to type your own answer</source>
        <translation>Appuyez sur %1 pour saisir votre propre réponse</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Saisissez votre réponse</translation>
    </message>
    <message>
        <source>Own answer to question %1</source>
        <translation>Réponse personnelle à la question %1</translation>
    </message>
    <message>
        <source>Error on question %1: %2</source>
        <translation>Erreur sur la question %1 : %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ReviewPane</name>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>&amp;Accept suggested fixes</source>
        <translation>&amp;Accepter les corrections suggérées</translation>
    </message>
    <message>
        <source>Accept suggested fixes</source>
        <translation>Accepter les corrections suggérées</translation>
    </message>
    <message>
        <source>Applies the suggested fix of every question as it is: a new plan version, then the import runs again</source>
        <translation>Applique telle quelle la correction suggérée de chaque question : une nouvelle version du plan, puis l’import est relancé</translation>
    </message>
    <message>
        <source>Apply every suggested fix as it is (%1)</source>
        <translation>Appliquer telle quelle chaque correction suggérée (%1)</translation>
    </message>
    <message>
        <source>&amp;Send answers</source>
        <translation>&amp;Envoyer les réponses</translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation>Envoyer les réponses</translation>
    </message>
    <message>
        <source>Sends the chosen answers; questions left unanswered keep their suggested fix</source>
        <translation>Envoie les réponses choisies ; les questions sans réponse conservent leur correction suggérée</translation>
    </message>
    <message>
        <source>Send the chosen answers (%1)</source>
        <translation>Envoyer les réponses choisies (%1)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Completes the import without fixing: the flagged rows stay out of the valid rows</source>
        <translation>Termine l’import sans correction : les lignes signalées restent exclues des lignes valides</translation>
    </message>
    <message>
        <source>Keep the flagged rows out, fix nothing (%1)</source>
        <translation>Exclure les lignes signalées, ne rien corriger (%1)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Correct the run in your own words</source>
        <translation>Corriger l’exécution avec vos propres mots</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>A free-form instruction for the import, e.g. map &quot;Mail&quot; to email; sent as a message to the run</source>
        <translation>Une instruction libre pour l’import, p. ex. map &quot;Mail&quot; to email ; envoyée comme message à l’exécution</translation>
    </message>
    <message>
        <source>Send &amp;correction</source>
        <translation>Envoyer la &amp;correction</translation>
    </message>
    <message>
        <source>Send correction</source>
        <translation>Envoyer la correction</translation>
    </message>
    <message>
        <source>Send the correction to the run (%1 in the text)</source>
        <translation>Envoyer la correction à l’exécution (%1 dans le texte)</translation>
    </message>
    <message>
        <source>Review the flagged rows</source>
        <translation>Examiner les lignes signalées</translation>
    </message>
    <message>
        <source>Answer the import&apos;s questions</source>
        <translation>Répondre aux questions de l’import</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged row(s)</source>
        <translation>
            <numerusform>%n ligne signalée</numerusform>
            <numerusform>%n lignes signalées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>plan version %1</source>
        <translation>version du plan %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggéré : %1</translation>
    </message>
    <message>
        <source>Questions you leave unanswered keep their suggested fix.</source>
        <translation>Les questions laissées sans réponse conservent leur correction suggérée.</translation>
    </message>
    <message>
        <source>Choose a run that waits for a review.</source>
        <translation>Choisissez une exécution en attente d’examen.</translation>
    </message>
    <message>
        <source>The run waits, but the server sent no questions.</source>
        <translation>L’exécution est en attente, mais le serveur n’a envoyé aucune question.</translation>
    </message>
    <message>
        <source>Nothing to review: the run is %1.</source>
        <translation>Rien à examiner : l’exécution est %1.</translation>
    </message>
    <message>
        <source>Question %1 of %2  (%3 answered)</source>
        <translation>Question %1 sur %2  (%3 répondues)</translation>
    </message>
    <message>
        <source>Accepting the suggested fixes…</source>
        <translation>Acceptation des corrections suggérées…</translation>
    </message>
    <message>
        <source>This question needs an answer before the import can go on.</source>
        <translation>Cette question doit recevoir une réponse avant que l’import puisse continuer.</translation>
    </message>
    <message>
        <source>Choose an answer first (keys 1–9), or accept the suggested fixes.</source>
        <translation>Choisissez d’abord une réponse (touches 1–9) ou acceptez les corrections suggérées.</translation>
    </message>
    <message>
        <source>Answers sent — the import goes on.</source>
        <translation>Réponses envoyées — l’import continue.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n answer(s)…</source>
        <translation>
            <numerusform>Envoi de %n réponse…</numerusform>
            <numerusform>Envoi de %n réponses…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject the suggested fixes?</source>
        <translation>Rejeter les corrections suggérées ?</translation>
    </message>
    <message>
        <source>The import completes without fixing anything: the flagged rows are stored but stay out of the valid rows and their download. The plan does not change.</source>
        <translation>L’import se termine sans aucune correction : les lignes signalées sont enregistrées mais restent exclues des lignes valides et de leur téléchargement. Le plan ne change pas.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Reject the suggested fixes</source>
        <translation>Rejeter les corrections suggérées</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Rejet…</translation>
    </message>
    <message>
        <source>The run is no longer waiting for a decision: %1</source>
        <translation>L’exécution n’attend plus de décision : %1</translation>
    </message>
    <message>
        <source>Not settled yet: %1 The console sends it again when it next connects.</source>
        <translation>Pas encore réglé : %1 La console la renverra à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Rejected — the run completes without the flagged rows in the valid data.</source>
        <translation>Rejeté — l’exécution se termine sans les lignes signalées dans les données valides.</translation>
    </message>
    <message>
        <source>Plan version %1 — re-run started.</source>
        <translation>Version du plan %1 — nouvelle exécution lancée.</translation>
    </message>
    <message>
        <source>New plan version — re-run started.</source>
        <translation>Nouvelle version du plan — nouvelle exécution lancée.</translation>
    </message>
    <message>
        <source>(The decision had reached the server already.)</source>
        <translation>(La décision était déjà parvenue au serveur.)</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Question %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Correction sent.</source>
        <translation>Correction envoyée.</translation>
    </message>
    <message>
        <source>Sending the correction…</source>
        <translation>Envoi de la correction…</translation>
    </message>
    <message>
        <source>e.g. map &quot;Mail&quot; to email</source>
        <translation>p. ex. map &quot;Mail&quot; to email</translation>
    </message>
    <message>
        <source>J / K: next / previous question  ·  1–9: choose an answer  ·  %1: send answers</source>
        <translation>J / K : question suivante / précédente  ·  1–9 : choisir une réponse  ·  %1 : envoyer les réponses</translation>
    </message>
    <message>
        <source>%1: accept suggested fixes</source>
        <translation>%1 : accepter les corrections suggérées</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ReviewText</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(row left out)</source>
        <translation>(ligne exclue)</translation>
    </message>
    <message>
        <source>%1 (read month first)</source>
        <translation>%1 (lu mois en premier)</translation>
    </message>
    <message>
        <source>%1 (read day first)</source>
        <translation>%1 (lu jour en premier)</translation>
    </message>
    <message>
        <source>%1 (read with a decimal comma)</source>
        <translation>%1 (lu avec une virgule décimale)</translation>
    </message>
    <message>
        <source>%1 (read with a decimal point)</source>
        <translation>%1 (lu avec un point décimal)</translation>
    </message>
    <message>
        <source>%1 (read as a number of %2)</source>
        <translation>%1 (lu comme un numéro de %2)</translation>
    </message>
    <message>
        <source>(column left unmapped)</source>
        <translation>(colonne laissée sans correspondance)</translation>
    </message>
    <message>
        <source>(from the file&apos;s column %1)</source>
        <translation>(depuis la colonne %1 du fichier)</translation>
    </message>
    <message>
        <source>(unchanged, stays flagged)</source>
        <translation>(inchangé, reste signalé)</translation>
    </message>
    <message>
        <source>Clear the flagged values of %1</source>
        <translation>Vider les valeurs signalées de %1</translation>
    </message>
    <message>
        <source>Set the flagged values of %1 to %2</source>
        <translation>Remplacer les valeurs signalées de %1 par %2</translation>
    </message>
    <message>
        <source>Leave out the rows flagged in %1</source>
        <translation>Exclure les lignes signalées dans %1</translation>
    </message>
    <message>
        <source>Read %1 in %2 as %3</source>
        <translation>Lire %1 dans %2 comme %3</translation>
    </message>
    <message>
        <source>Read the dates in %1 month first</source>
        <translation>Lire les dates de %1 mois en premier</translation>
    </message>
    <message>
        <source>Read the dates in %1 day first</source>
        <translation>Lire les dates de %1 jour en premier</translation>
    </message>
    <message>
        <source>Read the numbers in %1 with a decimal comma</source>
        <translation>Lire les nombres de %1 avec une virgule décimale</translation>
    </message>
    <message>
        <source>Read the numbers in %1 with a decimal point</source>
        <translation>Lire les nombres de %1 avec un point décimal</translation>
    </message>
    <message>
        <source>Read the phone numbers in %1 as numbers of %2</source>
        <translation>Lire les numéros de téléphone de %1 comme des numéros de %2</translation>
    </message>
    <message>
        <source>Leave %1 unmapped</source>
        <translation>Laisser %1 sans correspondance</translation>
    </message>
    <message>
        <source>Fill %1 from the file&apos;s column %2</source>
        <translation>Remplir %1 depuis la colonne %2 du fichier</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 dans %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::RunListModel</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiert votre attention</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Preview ready</source>
        <translation>Aperçu prêt</translation>
    </message>
    <message>
        <source>Not yet polled</source>
        <translation>Pas encore interrogé</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Migration run</source>
        <extracomment>A migration run of this kind (&quot;generate&quot;, &quot;update&quot;, …) as the server names it</extracomment>
        <translation>Exécution de migration</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Exécution : %1</translation>
    </message>
    <message>
        <source>Unknown to the server</source>
        <translation>Inconnue du serveur</translation>
    </message>
    <message>
        <source>%1 (last poll failed)</source>
        <translation>%1 (dernière interrogation en échec)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Company or migration</source>
        <translation>Entreprise ou migration</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Version du plan</translation>
    </message>
</context>
<context>
    <name>godwit::ui::RunMonitor</name>
    <message>
        <source>Run monitor</source>
        <translation>Moniteur d’exécution</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Version du plan</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>E&amp;xaminer…</translation>
    </message>
    <message>
        <source>Review the run&apos;s questions</source>
        <translation>Examiner les questions de l’exécution</translation>
    </message>
    <message>
        <source>Opens the questions and the proposed fix of a run that waits for a decision</source>
        <translation>Ouvre les questions et la correction proposée d’une exécution en attente de décision</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l’exécution</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>Stops the run on the server; nothing of it is stored</source>
        <translation>Arrête l’exécution sur le serveur ; rien n’en est enregistré</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Chronologie des statuts</translation>
    </message>
    <message>
        <source>Progress message</source>
        <translation>Message de progression</translation>
    </message>
    <message>
        <source>Run message</source>
        <translation>Message de l’exécution</translation>
    </message>
    <message>
        <source>Valid and flagged rows per sheet</source>
        <translation>Lignes valides et signalées par feuille</translation>
    </message>
    <message>
        <source>Rows per sheet</source>
        <translation>Lignes par feuille</translation>
    </message>
    <message>
        <source>Flagged rows per column</source>
        <translation>Lignes signalées par colonne</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progression dans le temps</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Écoulé : %1</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Aucune exécution sélectionnée</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <extracomment>Run monitor title: &quot;&lt;company or migration&gt; — import 0b9e…&quot; / &quot;— generate run 0b9e…&quot;</extracomment>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>%1 run</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Unknown to the server</source>
        <translation>Inconnue du serveur</translation>
    </message>
    <message>
        <source>Plan version %1</source>
        <translation>Version du plan %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) flagged — waiting for a decision</source>
        <translation>
            <numerusform>%n ligne signalée — en attente de décision</numerusform>
            <numerusform>%n lignes signalées — en attente de décision</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for answers</source>
        <translation>En attente de réponses</translation>
    </message>
    <message>
        <source>%1 rows stored, %2 valid, %3 flagged</source>
        <translation>%1 lignes enregistrées, %2 valides, %3 signalées</translation>
    </message>
    <message>
        <source>%1 (last poll failed: %2)</source>
        <translation>%1 (dernière interrogation en échec : %2)</translation>
    </message>
    <message>
        <source>The questions of a migration run are answered in its migration&apos;s page</source>
        <translation>Les questions d’une exécution de migration se traitent dans la page de sa migration</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulée.</translation>
    </message>
    <message>
        <source>Not canceled: %1</source>
        <translation>Non annulée : %1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Impossible d’annuler : %1</translation>
    </message>
    <message>
        <source>No sheet was fed</source>
        <translation>Aucune feuille n’a été alimentée</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Pas encore de rapport</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valides</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <source>%1: %2 valid, %3%4 flagged</source>
        <translation>%1 : %2 valides, %3%4 signalées</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>au moins </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>No flagged rows</source>
        <translation>Aucune ligne signalée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Flagged rows</source>
        <translation>Lignes signalées</translation>
    </message>
    <message>
        <source>Minutes since the start</source>
        <translation>Minutes depuis le début</translation>
    </message>
    <message>
        <source>No progress yet</source>
        <translation>Pas encore de progression</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s); last: %1 rows, %2 flagged</source>
        <translation>
            <numerusform>%n point ; dernier : %1 lignes, %2 signalées</numerusform>
            <numerusform>%n points ; dernier : %1 lignes, %2 signalées</numerusform>
        </translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>Nothing of the run is stored; the charts show it as it was when it stopped.</source>
        <translation>Rien de cette exécution n’est enregistré ; les graphiques la montrent telle qu’elle était à son arrêt.</translation>
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
        <translation>Une exécution a des questions</translation>
    </message>
    <message>
        <source>%1: the run waits for your answers.</source>
        <translation>%1 : l’exécution attend vos réponses.</translation>
    </message>
    <message>
        <source>A run needs attention</source>
        <translation>Une exécution requiert votre attention</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) flagged — review the proposed fix.</source>
        <translation>
            <numerusform>%1 : %n ligne signalée — examinez la correction proposée.</numerusform>
            <numerusform>%1 : %n lignes signalées — examinez la correction proposée.</numerusform>
        </translation>
    </message>
    <message>
        <source>A run completed</source>
        <translation>Une exécution est terminée</translation>
    </message>
    <message>
        <source>%1: %2 rows stored, %3 flagged.</source>
        <translation>%1 : %2 lignes enregistrées, %3 signalées.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1 : terminé.</translation>
    </message>
    <message>
        <source>A preview is ready</source>
        <translation>Un aperçu est prêt</translation>
    </message>
    <message>
        <source>%1: review the preview, then execute it.</source>
        <translation>%1 : examinez l’aperçu, puis exécutez-le.</translation>
    </message>
    <message>
        <source>A run failed</source>
        <translation>Une exécution a échoué</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Run notice</source>
        <translation>Notification d’exécution</translation>
    </message>
    <message>
        <source>&amp;Show run</source>
        <translation>Affic&amp;her l’exécution</translation>
    </message>
    <message>
        <source>Show the run of the notice</source>
        <translation>Afficher l’exécution de la notification</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer la notification</translation>
    </message>
    <message>
        <source>Followed runs</source>
        <translation>Exécutions suivies</translation>
    </message>
    <message>
        <source>Every import and migration run the console follows, most recent first; select one to monitor it</source>
        <translation>Toutes les exécutions d’import et de migration suivies par la console, les plus récentes d’abord ; sélectionnez-en une pour la surveiller</translation>
    </message>
    <message>
        <source>No runs yet. Runs appear here when an import or a migration run starts.</source>
        <translation>Aucune exécution pour l’instant. Les exécutions apparaissent ici quand un import ou une exécution de migration démarre.</translation>
    </message>
    <message>
        <source>No runs</source>
        <translation>Aucune exécution</translation>
    </message>
</context>
<context>
    <name>godwit::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Fermer les paramètres</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>The profile in bold is the one in use</source>
        <translation>Le profil en gras est celui utilisé</translation>
    </message>
    <message>
        <source>&amp;Add remote…</source>
        <translation>&amp;Ajouter un distant…</translation>
    </message>
    <message>
        <source>Add a remote profile</source>
        <translation>Ajouter un profil distant</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Supprimer le profil sélectionné</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Stored only in the system keychain. Leave empty to keep the stored key.</source>
        <translation>Enregistrée uniquement dans le trousseau du système. Laissez vide pour conserver la clé enregistrée.</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>En-tête de la clé d’API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lé d’API :</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>Ut&amp;iliser ce profil</translation>
    </message>
    <message>
        <source>Connect with the selected profile</source>
        <translation>Se connecter avec le profil sélectionné</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>État du profil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Godwit starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Godwit.</translation>
    </message>
    <message>
        <source>Store API keys &amp;unencrypted when no keychain is available (not recommended)</source>
        <translation>Enregistrer les clés d’API &amp;sans chiffrement si aucun trousseau n’est disponible (déconseillé)</translation>
    </message>
    <message>
        <source>Allow unencrypted API keys</source>
        <translation>Autoriser les clés d’API non chiffrées</translation>
    </message>
    <message>
        <source>Only when the system has no working keychain: keys are then written in plain text to the settings file.</source>
        <translation>Uniquement si le système n’a pas de trousseau fonctionnel : les clés sont alors écrites en clair dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (utilisé)</translation>
    </message>
    <message>
        <source>The embedded godwit-server on this computer: no account needed. It starts with the console and stops when you quit.

Data folder: %1</source>
        <translation>Le godwit-server intégré à cet ordinateur : aucun compte nécessaire. Il démarre avec la console et s’arrête quand vous la quittez.

Dossier de données : %1</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Enregistrée dans le trousseau — laissez vide pour la conserver</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé d’API</translation>
    </message>
    <message>
        <source>Enter the API key for this profile.</source>
        <translation>Saisissez la clé d’API de ce profil.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>The API key could not be stored in the keychain: %1. Nothing was saved.%2</source>
        <translation>La clé d’API n’a pas pu être enregistrée dans le trousseau : %1. Rien n’a été enregistré.%2</translation>
    </message>
    <message>
        <source> If this computer has no keychain, you may allow unencrypted keys on the General tab.</source>
        <translation> Si cet ordinateur n’a pas de trousseau, vous pouvez autoriser les clés non chiffrées dans l’onglet « Général ».</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its stored API key?</source>
        <translation>Supprimer le profil « %1 » et sa clé d’API enregistrée ?</translation>
    </message>
    <message>
        <source>Connecting with this profile…</source>
        <translation>Connexion avec ce profil…</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Saisissez la clé d’API pour tester la connexion.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the account has %n source(s).</source>
        <translation>
            <numerusform>Connecté : le compte a %n source.</numerusform>
            <numerusform>Connecté : le compte a %n sources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected (%1): %2</source>
        <translation>Non connecté (%1) : %2</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain: %1</source>
        <translation>La clé d’API n’a pas pu être lue dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>godwit::ui::SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
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
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Progression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 % · %2 of %3</source>
        <extracomment>A task&apos;s progress: &quot;45 % · 312.4 MB of 1.0 GB&quot;</extracomment>
        <translation>%1&#xa0;% · %2 sur %3</translation>
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
        <translation>strict : %1</translation>
    </message>
    <message>
        <source>link → %1</source>
        <translation>lien → %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>parmi : %1</translation>
    </message>
    <message>
        <source>%1 (not checked by this version)</source>
        <translation>%1 (non vérifié par cette version)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>unique</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>godwit::ui::TemplatesModel</name>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>godwit::ui::UploadPanel</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Drop files anywhere on this page, or add them here.</source>
        <translation>Déposez des fichiers n’importe où sur cette page, ou ajoutez-les ici.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Ajouter des fic&amp;hiers…</translation>
    </message>
    <message>
        <source>Add files to upload</source>
        <translation>Ajouter des fichiers à téléverser</translation>
    </message>
    <message>
        <source>Choose files to upload</source>
        <translation>Choisir les fichiers à téléverser</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Effacer les terminés</translation>
    </message>
    <message>
        <source>Clear finished uploads from the list</source>
        <translation>Retirer les téléversements terminés de la liste</translation>
    </message>
    <message>
        <source>Send small CSV files inline as rows (no upload)</source>
        <translation>Envoyer les petits fichiers CSV sous forme de lignes intégrées (sans téléversement)</translation>
    </message>
    <message>
        <source>Send small files inline as rows</source>
        <translation>Envoyer les petits fichiers sous forme de lignes intégrées</translation>
    </message>
    <message>
        <source>CSV files up to 512 KiB and 5,000 rows are read on this computer and sent with the import as rows instead of being uploaded</source>
        <translation>Les fichiers CSV jusqu’à 512 Kio et 5&#xa0;000 lignes sont lus sur cet ordinateur et envoyés avec l’importation sous forme de lignes au lieu d’être téléversés</translation>
    </message>
    <message>
        <source>Files being uploaded</source>
        <translation>Fichiers en cours de téléversement</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), ready to send inline with the next import</source>
        <translation>
            <numerusform>%n ligne, prête à être envoyée intégrée à la prochaine importation</numerusform>
            <numerusform>%n lignes, prêtes à être envoyées intégrées à la prochaine importation</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.xlsx *.xls *.pdf);;All files (*)</source>
        <translation>Fichiers de données (*.csv *.tsv *.txt *.json *.xlsx *.xls *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folders are not uploaded: %1</source>
        <translation>Les dossiers ne sont pas téléversés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Drop files here
CSV, TSV, Excel, JSON or PDF</source>
        <translation>Déposez des fichiers ici
CSV, TSV, Excel, JSON ou PDF</translation>
    </message>
    <message>
        <source>sent with import run %1</source>
        <translation>envoyé avec l’exécution d’import %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) sent inline with import run %1</source>
        <translation>
            <numerusform>%n ligne envoyée en ligne avec l’exécution d’import %1</numerusform>
            <numerusform>%n lignes envoyées en ligne avec l’exécution d’import %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::ValidationPanel</name>
    <message>
        <source>not mapped</source>
        <translation>sans correspondance</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom similaire</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The template to validate the file against: a bundled one or one of the account&apos;s</source>
        <translation>Le modèle par rapport auquel valider le fichier : un modèle fourni ou l’un de ceux du compte</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Validate against the template</source>
        <translation>Valider par rapport au modèle</translation>
    </message>
    <message>
        <source>Validates every row on this computer, as the server would; nothing is uploaded</source>
        <translation>Valide chaque ligne sur cet ordinateur, comme le ferait le serveur ; rien n’est téléversé</translation>
    </message>
    <message>
        <source>Where the templates come from</source>
        <translation>Provenance des modèles</translation>
    </message>
    <message>
        <source>Validation summary</source>
        <translation>Résumé de la validation</translation>
    </message>
    <message>
        <source>&amp;Flagged rows only</source>
        <translation>Lignes &amp;signalées uniquement</translation>
    </message>
    <message>
        <source>Flagged rows only</source>
        <translation>Lignes signalées uniquement</translation>
    </message>
    <message>
        <source>Shows only the rows with an invalid cell; their line numbers stay those of the file</source>
        <translation>Affiche uniquement les lignes ayant une cellule invalide ; leurs numéros de ligne restent ceux du fichier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Per template column: the file column feeding it, how sure the match is, how it was found, its invalid cells and why it was chosen. Choose another file column to correct it.</source>
        <translation>Pour chaque colonne du modèle : la colonne du fichier qui l’alimente, le degré de confiance de la correspondance, la façon dont elle a été trouvée, ses cellules invalides et la raison de ce choix. Choisissez une autre colonne du fichier pour la corriger.</translation>
    </message>
    <message>
        <source>Template column</source>
        <translation>Colonne du modèle</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Questions the server would ask</source>
        <translation>Questions que poserait le serveur</translation>
    </message>
    <message>
        <source>Questions and proposed fixes</source>
        <translation>Questions et corrections proposées</translation>
    </message>
    <message>
        <source>What the server would ask about the invalid cells, with the affected rows, sample values and the answers it offers; read-only here</source>
        <translation>Ce que le serveur demanderait au sujet des cellules invalides, avec les lignes concernées, des exemples de valeurs et les réponses proposées ; en lecture seule ici</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Export et import</translation>
    </message>
    <message>
        <source>Valid rows…</source>
        <translation>Lignes valides…</translation>
    </message>
    <message>
        <source>Export the valid rows</source>
        <translation>Exporter les lignes valides</translation>
    </message>
    <message>
        <source>Write the rows without an invalid cell, normalised, in template column order</source>
        <translation>Écrire les lignes sans cellule invalide, normalisées, dans l’ordre des colonnes du modèle</translation>
    </message>
    <message>
        <source>Flagged rows…</source>
        <translation>Lignes signalées…</translation>
    </message>
    <message>
        <source>Export the flagged rows</source>
        <translation>Exporter les lignes signalées</translation>
    </message>
    <message>
        <source>Write the rows with an invalid cell, to send back to the customer</source>
        <translation>Écrire les lignes ayant une cellule invalide, à renvoyer au client</translation>
    </message>
    <message>
        <source>Normalised CSV…</source>
        <translation>CSV normalisé…</translation>
    </message>
    <message>
        <source>Export all rows normalised</source>
        <translation>Exporter toutes les lignes normalisées</translation>
    </message>
    <message>
        <source>Write every row with normalised values, in template column order</source>
        <translation>Écrire toutes les lignes avec des valeurs normalisées, dans l’ordre des colonnes du modèle</translation>
    </message>
    <message>
        <source>&amp;Import this file…</source>
        <translation>&amp;Importer ce fichier…</translation>
    </message>
    <message>
        <source>Import this file</source>
        <translation>Importer ce fichier</translation>
    </message>
    <message>
        <source>Uploads the file to a company or migration of the connected account</source>
        <translation>Téléverse le fichier vers une entreprise ou une migration du compte connecté</translation>
    </message>
    <message>
        <source>Why import is not available</source>
        <translation>Pourquoi l’import n’est pas disponible</translation>
    </message>
    <message>
        <source>Choose a template and Validate: every row is checked on this computer.</source>
        <translation>Choisissez un modèle et cliquez sur « Valider » : chaque ligne est vérifiée sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) of %1, fetched now and kept for offline use.</source>
        <translation>
            <numerusform>%n modèle de %1, récupéré à l’instant et conservé pour une utilisation hors ligne.</numerusform>
            <numerusform>%n modèles de %1, récupérés à l’instant et conservés pour une utilisation hors ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) of %1, fetched now (not kept for offline use: %2).</source>
        <translation>
            <numerusform>%n modèle de %1, récupéré à l’instant (non conservé pour une utilisation hors ligne : %2).</numerusform>
            <numerusform>%n modèles de %1, récupérés à l’instant (non conservés pour une utilisation hors ligne : %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the templates of %1; meanwhile those kept on %2.</source>
        <translation>Récupération des modèles de %1 ; en attendant, ceux conservés le %2.</translation>
    </message>
    <message>
        <source>Offline: the templates of %1 as kept on %2.</source>
        <translation>Hors ligne : les modèles de %1 tels que conservés le %2.</translation>
    </message>
    <message>
        <source>Fetching the templates of %1…</source>
        <translation>Récupération des modèles de %1…</translation>
    </message>
    <message>
        <source>Offline, and no templates of %1 kept yet: connect once to keep them for offline use. Bundled templates only.</source>
        <translation>Hors ligne, et aucun modèle de %1 encore conservé : connectez-vous une fois pour les conserver en vue d’une utilisation hors ligne. Modèles fournis uniquement.</translation>
    </message>
    <message>
        <source>Bundled templates (no account connected).</source>
        <translation>Modèles fournis (aucun compte connecté).</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (fourni)</translation>
    </message>
    <message>
        <source>%1 (account)</source>
        <translation>%1 (compte)</translation>
    </message>
    <message>
        <source>Validate to see how the file fits %1.</source>
        <translation>Validez pour voir comment le fichier correspond à %1.</translation>
    </message>
    <message>
        <source>The file was read anew: validate again.</source>
        <translation>Le fichier a été relu : validez à nouveau.</translation>
    </message>
    <message>
        <source>Validating against %1</source>
        <translation>Validation par rapport à %1</translation>
    </message>
    <message>
        <source>Validation cancelled.</source>
        <translation>Validation annulée.</translation>
    </message>
    <message>
        <source>Validating every row against %1…</source>
        <translation>Validation de chaque ligne par rapport à %1…</translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 flagged (%4 invalid cells).</source>
        <translation>%1 lignes : %2 valides, %3 signalées (%4 cellules invalides).</translation>
    </message>
    <message>
        <source>Only the first %1 invalid cells are marked in the table.</source>
        <translation>Seules les %1 premières cellules invalides sont marquées dans le tableau.</translation>
    </message>
    <message>
        <source>%1 rows have a different number of fields than the header.</source>
        <translation>%1 lignes ont un nombre de champs différent de celui de l’en-tête.</translation>
    </message>
    <message>
        <source>Invalid for %1: fails the “%2” rule</source>
        <translation>Invalide pour %1 : enfreint la règle « %2 »</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>File column for %1</source>
        <translation>Colonne du fichier pour %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(sans correspondance)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Rows affected</source>
        <translation>Lignes concernées</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <source>Answers offered</source>
        <translation>Réponses proposées</translation>
    </message>
    <message>
        <source>Proposed fix</source>
        <translation>Correction proposée</translation>
    </message>
    <message>
        <source>None: every cell is valid.</source>
        <translation>Aucune : toutes les cellules sont valides.</translation>
    </message>
    <message>
        <source>Open a file to import it.</source>
        <translation>Ouvrez un fichier pour l’importer.</translation>
    </message>
    <message>
        <source>Import needs a connection to a Godwit server.</source>
        <translation>L’import nécessite une connexion à un serveur Godwit.</translation>
    </message>
    <message>
        <source>Import is not available offline: connect to %1 first.</source>
        <translation>L’import n’est pas disponible hors ligne : connectez-vous d’abord à %1.</translation>
    </message>
    <message>
        <source>The account has no company or migration to import into yet: create one first.</source>
        <translation>Le compte n’a pas encore d’entreprise ni de migration où importer : créez-en d’abord une.</translation>
    </message>
    <message>
        <source>%1-valid.csv</source>
        <translation>%1-valides.csv</translation>
    </message>
    <message>
        <source>%1-flagged.csv</source>
        <translation>%1-signalées.csv</translation>
    </message>
    <message>
        <source>%1-normalised.csv</source>
        <translation>%1-normalisé.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose another file name: the export would overwrite the file being previewed.</source>
        <translation>Choisissez un autre nom de fichier : l’export écraserait le fichier en cours d’aperçu.</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Export vers %1</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2 (%3).</source>
        <translation>%1 lignes exportées vers %2 (%3).</translation>
    </message>
    <message>
        <source>Export to %1 cancelled: no file was written.</source>
        <translation>Export vers %1 annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Échec de l’export vers %1 : %2</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>entreprise %1</translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation>migration %1</translation>
    </message>
    <message>
        <source>Uploading %1 to %2: follow it, and start the import, on the %2 page.</source>
        <translation>Téléversement de %1 vers %2 : suivez-le et lancez l’import dans la page de %2.</translation>
    </message>
    <message>
        <source>%1 is uploaded to %2: start the import on its page.</source>
        <translation>%1 est téléversé vers %2 : lancez l’import dans sa page.</translation>
    </message>
    <message>
        <source>Uploading %1 to %2 failed: %3</source>
        <translation>Échec du téléversement de %1 vers %2 : %3</translation>
    </message>
    <message>
        <source>Company or migration</source>
        <translation>Entreprise ou migration</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Entreprise : %1</translation>
    </message>
    <message>
        <source>Migration: %1</source>
        <translation>Migration : %1</translation>
    </message>
    <message>
        <source>Import %1 into:</source>
        <translation>Importer %1 dans :</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Téléverser</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Godwit — a desktop console for customer-data migrations over the Migration API.
With no connection profile configured it starts the embedded local server.</source>
        <translation>Godwit — une console de bureau pour la migration de données clients via l’API Migration.
Sans profil de connexion configuré, elle démarre le serveur local intégré.</translation>
    </message>
    <message>
        <source>Render the main window offscreen to &lt;file&gt; (PNG) once connected, then exit.</source>
        <translation>Rendre la fenêtre principale hors écran dans &lt;file&gt; (PNG) une fois connecté, puis quitter.</translation>
    </message>
    <message>
        <source>Keep the embedded local server&apos;s data in &lt;dir&gt;.</source>
        <translation>Conserver les données du serveur local intégré dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation>Impossible d’écrire la capture d’écran dans %1</translation>
    </message>
    <message>
        <source>Main window (%1) rendered to %2</source>
        <translation>Fenêtre principale (%1) rendue dans %2</translation>
    </message>
    <message>
        <source>godwit inspect FILE [options]: what Godwit makes of a CSV file, without a display (see godwit inspect --help).</source>
        <translation>godwit inspect FICHIER [options] : ce que Godwit lit dans un fichier CSV, sans affichage (voir godwit inspect --help).</translation>
    </message>
    <message>
        <source>godwit validate FILE --template SLUG [options]: the mapping, report and proposed fixes for a CSV file (see godwit validate --help).</source>
        <translation>godwit validate FICHIER --template IDENTIFIANT [options] : la correspondance, le rapport et les corrections proposées pour un fichier CSV (voir godwit validate --help).</translation>
    </message>
    <message>
        <source>A CSV file to open in the offline preview.</source>
        <translation>Un fichier CSV à ouvrir dans l’aperçu hors ligne.</translation>
    </message>
</context>
</TS>
