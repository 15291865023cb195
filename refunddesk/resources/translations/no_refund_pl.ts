<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>RefundDetailPane</name>
    <message>
        <source>Why no refund</source>
        <translation>Dlaczego bez zwrotu</translation>
    </message>
</context>
</TS>
