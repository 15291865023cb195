<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ResultView</name>
    <message>
        <source>Buyer notice</source>
        <translation>Wiadomość do kupującego</translation>
    </message>
    <message>
        <source>Exactly as it would be sent.</source>
        <translation>Dokładnie taka, jaka zostałaby wysłana.</translation>
    </message>
</context>
</TS>
