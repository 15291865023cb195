<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AlertsPanel</name>
    <message>
        <source>%1 (address in the keyring)</source>
        <translation>%1 (adres w pęku kluczy)</translation>
    </message>
    <message>
        <source>%1 (no address: add it again)</source>
        <translation>%1 (brak adresu: dodaj go ponownie)</translation>
    </message>
    <message>
        <source>A refund held for approval</source>
        <translation>Zwrot wstrzymany do zatwierdzenia</translation>
    </message>
    <message>
        <source>A refund that failed</source>
        <translation>Nieudany zwrot</translation>
    </message>
    <message>
        <source>A shop to reconnect</source>
        <translation>Sklep do ponownego połączenia</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Dodaj kanał</translation>
    </message>
    <message>
        <source>Alert me about</source>
        <translation>Powiadamiaj mnie o</translation>
    </message>
    <message>
        <source>Alert me when something needs me</source>
        <translation>Powiadamiaj mnie, gdy coś wymaga mojej uwagi</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerty</translation>
    </message>
    <message>
        <source>Apprise address, e.g. wecombot://key</source>
        <translation>Adres Apprise, np. wecombot://klucz</translation>
    </message>
    <message>
        <source>Automation stopped after failures</source>
        <translation>Automatyka zatrzymana po błędach</translation>
    </message>
    <message>
        <source>Channel saved.</source>
        <translation>Kanał zapisany.</translation>
    </message>
    <message>
        <source>Channels (Apprise: e-mail, Telegram, WeCom, DingTalk …)</source>
        <translation>Kanały (Apprise: e-mail, Telegram, WeCom, DingTalk …)</translation>
    </message>
    <message>
        <source>Language of the alerts</source>
        <translation>Język alertów</translation>
    </message>
    <message>
        <source>Name, e.g. team</source>
        <translation>Nazwa, np. zespół</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Remove the alert channel %1? Its address is deleted from the keyring.</source>
        <translation>Usunąć kanał alertów %1? Jego adres zostanie usunięty z pęku kluczy.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Save alerts</source>
        <translation>Zapisz alerty</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>Wyślij alert testowy</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>The alert settings could not be saved.</source>
        <translation>Nie udało się zapisać ustawień alertów.</translation>
    </message>
    <message>
        <source>The daily budget reached</source>
        <translation>Wyczerpany dzienny budżet</translation>
    </message>
    <message>
        <source>The keyring could not be used: %1</source>
        <translation>Nie udało się użyć pęku kluczy: %1</translation>
    </message>
    <message>
        <source>The test alert was sent through %1.</source>
        <translation>Alert testowy został wysłany przez %1.</translation>
    </message>
    <message>
        <source>Daily digest (yesterday's refunds)</source>
        <translation>Dzienne podsumowanie (wczorajsze zwroty)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>Remind me to review a rule after</source>
        <translation>Przypominaj o przejrzeniu reguły po</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dniach</translation>
    </message>
</context>
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
    <name>NoticesPanel</name>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>Pakiet CA (PEM)</translation>
    </message>
    <message>
        <source>CA bundle for the mail server</source>
        <translation>Pakiet CA dla serwera poczty</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Optional: only for a server with its own CA</source>
        <translation>Opcjonalnie: tylko dla serwera z własnym CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certyfikaty PEM (*.pem *.crt);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
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
<context>
    <name>RuleRemindersBox</name>
    <message>
        <source>Rules to review</source>
        <translation>Reguły do przejrzenia</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Oznacz jako przejrzaną</translation>
    </message>
    <message>
        <source>“%1” was last reviewed on %4: check that it still fits.</source>
        <translation>„%1” była ostatnio przeglądana %4: sprawdź, czy nadal pasuje.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Alerts</source>
        <translation>Alerty</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>SmsPanel</name>
    <message>
        <source>Also send notices by SMS (SMSAPI)</source>
        <translation>Wysyłaj powiadomienia także SMS-em (SMSAPI)</translation>
    </message>
    <message>
        <source>Keep Polish letters (ą, ę …): shorter parts, each one is paid</source>
        <translation>Zachowaj polskie znaki (ą, ę …): krótsze części, każda jest płatna</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Not saved; it will be kept in the keyring</source>
        <translation>Nie zapisano; będzie przechowywany w pęku kluczy</translation>
    </message>
    <message>
        <source>Registered in SMSAPI; empty: the default</source>
        <translation>Zarejestrowana w SMSAPI; puste: domyślna</translation>
    </message>
    <message>
        <source>SMSAPI token</source>
        <translation>Token SMSAPI</translation>
    </message>
    <message>
        <source>Save SMS</source>
        <translation>Zapisz SMS</translation>
    </message>
    <message>
        <source>Saved in the keyring; type a new one to replace it</source>
        <translation>Zapisany w pęku kluczy; wpisz nowy, aby go zastąpić</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Send SMS to the buyers of</source>
        <translation>Wysyłaj SMS-y do kupujących ze sklepów</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nazwa nadawcy</translation>
    </message>
    <message>
        <source>The SMS settings could not be saved.</source>
        <translation>Nie udało się zapisać ustawień SMS.</translation>
    </message>
    <message>
        <source>The token could not be stored in the keyring: %1</source>
        <translation>Nie udało się zapisać tokenu w pęku kluczy: %1</translation>
    </message>
</context>
</TS>
