<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ResultView</name>
    <message>
        <source>This ran for real on a practice copy of the demo shop: the refunds below were made there. Your shop, orders and refunds are unchanged.</source>
        <translation>To zostało wykonane naprawdę na kopii próbnej sklepu demonstracyjnego: poniższe zwroty zrobiono tam. Twój sklep, zamówienia i zwroty się nie zmieniły.</translation>
    </message>
</context>
<context>
    <name>SimulateScreen</name>
    <message>
        <source>Ran on a practice copy of the demo shop; your own data is unchanged.</source>
        <translation>Uruchomiono na kopii próbnej sklepu demonstracyjnego; Twoje dane się nie zmieniły.</translation>
    </message>
</context>
</TS>
