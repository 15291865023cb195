<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>NoticeWords</name>
    <message>
        <source>Allegro message</source>
        <translation>Wiadomość Allegro</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Notice failed</source>
        <translation>Powiadomienie nieudane</translation>
    </message>
    <message>
        <source>Notice may not have arrived</source>
        <translation>Powiadomienie mogło nie dotrzeć</translation>
    </message>
    <message>
        <source>The buyer notice (%1) was not sent.</source>
        <translation>Powiadomienie dla kupującego (%1) nie zostało wysłane.</translation>
    </message>
    <message>
        <source>It is not known whether the buyer got this notice (%1).</source>
        <translation>Nie wiadomo, czy kupujący otrzymał to powiadomienie (%1).</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nie wysłano</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Niepewne</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>(%1 more notices wait after this one.)</source>
        <translation>(Po nim czeka jeszcze powiadomień: %1.)</translation>
    </message>
    <message>
        <source>Send the notice again…</source>
        <translation>Wyślij powiadomienie ponownie…</translation>
    </message>
</context>
<context>
    <name>ResendNoticeDialog</name>
    <message>
        <source>Send the notice again</source>
        <translation>Ponowne wysłanie powiadomienia</translation>
    </message>
    <message>
        <source>(The text is written again when it is sent.)</source>
        <translation>(Treść zostanie przygotowana ponownie przy wysyłce.)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanał:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Zamówienie:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <source>Check the text. It is sent once more to the buyer, on the next round.</source>
        <translation>Sprawdź treść. Zostanie wysłana do kupującego jeszcze raz, w następnej rundzie.</translation>
    </message>
    <message>
        <source>The buyer may already have it: check first. It is sent once more to the buyer, on the next round.</source>
        <translation>Kupujący mógł je już dostać: najpierw to sprawdź. Zostanie wysłane do kupującego jeszcze raz, w następnej rundzie.</translation>
    </message>
    <message>
        <source>This notice changed meanwhile (someone else may have sent it again).</source>
        <translation>To powiadomienie w międzyczasie się zmieniło (ktoś inny mógł je już wysłać ponownie).</translation>
    </message>
    <message>
        <source>That did not work; nothing changed.</source>
        <translation>To się nie udało; nic nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Send the notice again…</source>
        <translation>Wyślij powiadomienie ponownie…</translation>
    </message>
    <message>
        <source>%1 buyer notices selected; send them again one by one.</source>
        <translation>Zaznaczono powiadomienia: %1; wysyłaj je ponownie pojedynczo.</translation>
    </message>
    <message>
        <source>Check the buyer's details on the order, then send the notice again.</source>
        <translation>Sprawdź dane kupującego w zamówieniu, a potem wyślij powiadomienie ponownie.</translation>
    </message>
</context>
</TS>
