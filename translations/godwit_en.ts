<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>godwit::app::UploadJob</name>
    <message numerus="yes">
        <source>No usable upload URL after %n attempt(s)</source>
        <translation>
            <numerusform>No usable upload URL after %n attempt</numerusform>
            <numerusform>No usable upload URL after %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::AccountPage</name>
    <message numerus="yes">
        <source>%n source(s) and %1 available on %2.</source>
        <translation>
            <numerusform>%n source and %1 available on %2.</numerusform>
            <numerusform>%n sources and %1 available on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::ColumnProfilePanel</name>
    <message numerus="yes">
        <source>(and %Ln row(s) too short to have this column)</source>
        <translation>
            <numerusform>(and %Ln row too short to have this column)</numerusform>
            <numerusform>(and %Ln rows too short to have this column)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) that are not %1</source>
        <translation>
            <numerusform>%Ln value that is not %1</numerusform>
            <numerusform>%Ln values that are not %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of the %n most frequent value(s); the first is “%1” in %2 rows.</source>
        <translation>
            <numerusform>Bar chart of the %n most frequent value; the first is “%1” in %2 rows.</numerusform>
            <numerusform>Bar chart of the %n most frequent values; the first is “%1” in %2 rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::CompaniesPage</name>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::CompanyView</name>
    <message numerus="yes">
        <source>Starting an import with %n file(s)…</source>
        <translation>
            <numerusform>Starting an import with %n file…</numerusform>
            <numerusform>Starting an import with %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::CreateWizard</name>
    <message numerus="yes">
        <source>%1 — %n column(s)</source>
        <translation>
            <numerusform>%1 — %n column</numerusform>
            <numerusform>%1 — %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::ExportDialog</name>
    <message numerus="yes">
        <source>Saved %n row(s) (%1) to %2</source>
        <translation>
            <numerusform>Saved %n row (%1) to %2</numerusform>
            <numerusform>Saved %n rows (%1) to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::FileRow</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>%n h left</numerusform>
            <numerusform>%n h left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationLoop</name>
    <message numerus="yes">
        <source>Saved %n valid row(s) of %1 to %2</source>
        <translation>
            <numerusform>Saved %n valid row of %1 to %2</numerusform>
            <numerusform>Saved %n valid rows of %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) of %1 to %2</source>
        <translation>
            <numerusform>Saved %n row of %1 to %2</numerusform>
            <numerusform>Saved %n rows of %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n flagged row(s) of %1 to %2</source>
        <translation>
            <numerusform>Saved %n flagged row of %1 to %2</numerusform>
            <numerusform>Saved %n flagged rows of %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationView</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::MigrationsPage</name>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::PreviewPage</name>
    <message numerus="yes">
        <source>%Ln byte sequence(s) are not valid %1 and show as �; the first is on line %2. If the text looks wrong, choose another encoding.</source>
        <translation>
            <numerusform>%Ln byte sequence is not valid %1 and shows as �; the first is on line %2. If the text looks wrong, choose another encoding.</numerusform>
            <numerusform>%Ln byte sequences are not valid %1 and show as �; the first is on line %2. If the text looks wrong, choose another encoding.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1 (%2).</source>
        <translation>
            <numerusform>Exported %Ln row to %1 (%2).</numerusform>
            <numerusform>Exported %Ln rows to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n column(s) · %2 · %3</source>
        <extracomment>Status line: &quot;9,500,000 rows · 9 columns · UTF-8 · comma&quot;</extracomment>
        <translation>
            <numerusform>%1 · %n column · %2 · %3</numerusform>
            <numerusform>%1 · %n columns · %2 · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have a different number of fields than the header (%1).</source>
        <translation>
            <numerusform>%Ln row has a different number of fields than the header (%1).</numerusform>
            <numerusform>%Ln rows have a different number of fields than the header (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln flagged row(s) shown</source>
        <translation>
            <numerusform>%Ln flagged row shown</numerusform>
            <numerusform>%Ln flagged rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::PreviewTableModel</name>
    <message numerus="yes">
        <source>This row has only %n field(s).</source>
        <translation>
            <numerusform>This row has only %n field.</numerusform>
            <numerusform>This row has only %n fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::QuestionCard</name>
    <message numerus="yes">
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n row affected</numerusform>
            <numerusform>%n rows affected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::ReviewPane</name>
    <message numerus="yes">
        <source>%n flagged row(s)</source>
        <translation>
            <numerusform>%n flagged row</numerusform>
            <numerusform>%n flagged rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n answer(s)…</source>
        <translation>
            <numerusform>Sending %n answer…</numerusform>
            <numerusform>Sending %n answers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::RunMonitor</name>
    <message numerus="yes">
        <source>%n row(s) flagged — waiting for a decision</source>
        <translation>
            <numerusform>%n row flagged — waiting for a decision</numerusform>
            <numerusform>%n rows flagged — waiting for a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s); last: %1 rows, %2 flagged</source>
        <translation>
            <numerusform>%n point; last: %1 rows, %2 flagged</numerusform>
            <numerusform>%n points; last: %1 rows, %2 flagged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::RunNotifier</name>
    <message numerus="yes">
        <source>%1: %n row(s) flagged — review the proposed fix.</source>
        <translation>
            <numerusform>%1: %n row flagged — review the proposed fix.</numerusform>
            <numerusform>%1: %n rows flagged — review the proposed fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::SettingsDialog</name>
    <message numerus="yes">
        <source>Connected: the account has %n source(s).</source>
        <translation>
            <numerusform>Connected: the account has %n source.</numerusform>
            <numerusform>Connected: the account has %n sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::UploadPanel</name>
    <message numerus="yes">
        <source>%n row(s), ready to send inline with the next import</source>
        <translation>
            <numerusform>%n row, ready to send inline with the next import</numerusform>
            <numerusform>%n rows, ready to send inline with the next import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) sent inline with import run %1</source>
        <translation>
            <numerusform>%n row sent inline with import run %1</numerusform>
            <numerusform>%n rows sent inline with import run %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ui::ValidationPanel</name>
    <message numerus="yes">
        <source>%n template(s) of %1, fetched now and kept for offline use.</source>
        <translation>
            <numerusform>%n template of %1, fetched now and kept for offline use.</numerusform>
            <numerusform>%n templates of %1, fetched now and kept for offline use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) of %1, fetched now (not kept for offline use: %2).</source>
        <translation>
            <numerusform>%n template of %1, fetched now (not kept for offline use: %2).</numerusform>
            <numerusform>%n templates of %1, fetched now (not kept for offline use: %2).</numerusform>
        </translation>
    </message>
</context>
</TS>
