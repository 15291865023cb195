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
    <name>RuleEditor</name>
    <message>
        <source>Try it</source>
        <translation>Wypróbuj</translation>
    </message>
    <message>
        <source>Simulate a test order with this rule as it is now, before you save it.</source>
        <translation>Przetestuj na próbnym zamówieniu regułę w obecnej postaci, zanim ją zapiszesz.</translation>
    </message>
</context>
<context>
    <name>SimulateScreen</name>
    <message>
        <source>Using the draft from the Rules screen, unsaved changes included.</source>
        <translation>Używany jest szkic z ekranu Reguły, łącznie z niezapisanymi zmianami.</translation>
    </message>
    <message>
        <source>Ran on a practice copy of the demo shop; your own data is unchanged.</source>
        <translation>Uruchomiono na kopii próbnej sklepu demonstracyjnego; Twoje dane się nie zmieniły.</translation>
    </message>
</context>
</TS>
