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
        <source>The buyer notice this order would get appears here after you simulate.</source>
        <translation>Wiadomość, którą dostałby kupujący tego zamówienia, pojawi się tutaj po symulacji.</translation>
    </message>
    <message>
        <source>Exactly as it would be sent.</source>
        <translation>Dokładnie taka, jaka zostałaby wysłana.</translation>
    </message>
</context>
</TS>
