<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>OrderIds</name>
    <message>
        <source>Copy full id</source>
        <translation>Kopiuj pełny identyfikator</translation>
    </message>
</context>
</TS>
