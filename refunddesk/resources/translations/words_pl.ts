<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>RefundDetailPane</name>
    <message>
        <source>Details from Allegro</source>
        <translation>Szczegóły od Allegro</translation>
    </message>
</context>
</TS>
