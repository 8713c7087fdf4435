<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>godwit::ui::SettingsDialog</name>
    <message numerus="yes">
        <source>Connected: the account has %n source(s).</source>
        <translation>
            <numerusform>Connected: the account has %n source.</numerusform>
            <numerusform>Connected: the account has %n sources.</numerusform>
        </translation>
    </message>
</context>
</TS>
