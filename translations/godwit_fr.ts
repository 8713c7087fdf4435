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
        <source>The server's answer is not valid JSON: %1</source>
        <translation>La réponse du serveur n’est pas du JSON valide : %1</translation>
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
        <source>The server's answer has no company</source>
        <translation>La réponse du serveur ne contient pas d’entreprise</translation>
    </message>
</context>
<context>
    <name>godwit::app::CreateMigrationRequest</name>
    <message>
        <source>The server's answer has no migration</source>
        <translation>La réponse du serveur ne contient pas de migration</translation>
    </message>
</context>
<context>
    <name>godwit::app::GetCompanyRequest</name>
    <message>
        <source>The server's answer has no company</source>
        <translation>La réponse du serveur ne contient pas d’entreprise</translation>
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
        <source>The CSV file to inspect.</source>
        <translation>Le fichier CSV à examiner.</translation>
    </message>
    <message>
        <source>Name exactly one file to inspect.</source>
        <translation>Indiquez exactement un fichier à examiner.</translation>
    </message>
    <message>
        <source>--rows needs a whole number of 0 or more, not "%1".</source>
        <translation>--rows attend un nombre entier positif ou nul, pas « %1 ».</translation>
    </message>
    <message>
        <source>Unknown encoding "%1". Known: UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, ISO-8859-15.</source>
        <translation>Encodage inconnu « %1 ». Connus : UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, ISO-8859-15.</translation>
    </message>
    <message>
        <source>"%1" cannot be a delimiter: give one punctuation character, or tab, comma, semicolon, pipe.</source>
        <translation>« %1 » ne peut pas être un séparateur : indiquez un signe de ponctuation, ou tab, comma, semicolon, pipe.</translation>
    </message>
    <message>
        <source>--header-row needs a record number of 0 or more, not "%1".</source>
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
        <source>The server's answer has no "companies" list</source>
        <translation>La réponse du serveur ne contient pas de liste « companies »</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListMigrationFilesRequest</name>
    <message>
        <source>The server's answer has no "files" list</source>
        <translation>La réponse du serveur ne contient pas de liste « files »</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListMigrationsRequest</name>
    <message>
        <source>The server's answer has no "migrations" list</source>
        <translation>La réponse du serveur ne contient pas de liste « migrations »</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListSourcesRequest</name>
    <message>
        <source>The server's answer has no "sources" list</source>
        <translation>La réponse du serveur ne contient pas de liste « sources »</translation>
    </message>
</context>
<context>
    <name>godwit::app::ListTemplatesRequest</name>
    <message>
        <source>The server's answer has no "templates" list</source>
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
        <source>Cannot create the local server's data folder %1.</source>
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
    <name>godwit::app::MintMigrationFilesRequest</name>
    <message>
        <source>The server's answer has no usable signed_url for %1</source>
        <translation>La réponse du serveur ne contient pas de signed_url utilisable pour %1</translation>
    </message>
    <message>
        <source>The server's answer has no "files"</source>
        <translation>La réponse du serveur ne contient pas de « files »</translation>
    </message>
</context>
<context>
    <name>godwit::app::MintUploadRequest</name>
    <message>
        <source>The server's answer has no usable upload_url and upload_ref</source>
        <translation>La réponse du serveur ne contient pas d’upload_url ni d’upload_ref utilisables</translation>
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
        <source>Load the account's sources and templates again</source>
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
        <extracomment>Status bar: "&lt;profile name&gt; — &lt;state&gt;", e.g. "Local server — connected"</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — retrying (attempt %2 of %3) in %4 s</source>
        <extracomment>Status bar: "&lt;why the last attempt failed&gt; — retrying (attempt 2 of 5) in 1.5 s"</extracomment>
        <translation>%1 — nouvel essai (%2 sur %3) dans %4 s</translation>
    </message>
    <message>
        <source>The server asked to slow down: requests wait until %1</source>
        <translation>Le serveur demande de ralentir : les requêtes attendent jusqu’à %1</translation>
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
        <source>Remove the profile "%1" and its stored API key?</source>
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
        <source>Keep the embedded local server's data in &lt;dir&gt;.</source>
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
</context>
</TS>
