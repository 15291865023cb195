<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Words</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Allegro Pay</source>
        <translation>Allegro Pay</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Za pobraniem</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Przelew</translation>
    </message>
    <message>
        <source>Split payment</source>
        <translation>Podzielona płatność</translation>
    </message>
    <message>
        <source>Deferred payment</source>
        <translation>Płatność odroczona</translation>
    </message>
    <message>
        <source>Unknown method</source>
        <translation>Nieznana metoda</translation>
    </message>
    <message>
        <source>Does not like it</source>
        <translation>Nie podoba się</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Niezgodny z opisem</translation>
    </message>
    <message>
        <source>Not as expected</source>
        <translation>Nie spełnia oczekiwań</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Uszkodzony</translation>
    </message>
    <message>
        <source>Damaged in transport</source>
        <translation>Uszkodzony w transporcie</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Niekompletny</translation>
    </message>
    <message>
        <source>Different product</source>
        <translation>Inny produkt</translation>
    </message>
    <message>
        <source>Bought by mistake</source>
        <translation>Kupiony przez pomyłkę</translation>
    </message>
    <message>
        <source>Delivered too late</source>
        <translation>Dostarczony za późno</translation>
    </message>
    <message>
        <source>Hidden flaw</source>
        <translation>Wada ukryta</translation>
    </message>
    <message>
        <source>Other flaw</source>
        <translation>Inna wada</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Podróbka</translation>
    </message>
    <message>
        <source>Not new</source>
        <translation>Nie jest nowy</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Za duży</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Za mały</translation>
    </message>
    <message>
        <source>Ordered to compare</source>
        <translation>Zamówiony do porównania</translation>
    </message>
    <message>
        <source>Found a better price</source>
        <translation>Znalazł lepszą cenę</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inny</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Bez podania powodu</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <source>Product not available</source>
        <translation>Produkt niedostępny</translation>
    </message>
    <message>
        <source>Paid too little</source>
        <translation>Zapłacono za mało</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Nadpłata</translation>
    </message>
    <message>
        <source>Cancelled by the buyer</source>
        <translation>Anulowane przez kupującego</translation>
    </message>
    <message>
        <source>Parcel not collected</source>
        <translation>Paczka nieodebrana</translation>
    </message>
    <message>
        <source>Buyer cancelled</source>
        <translation>Kupujący anulował</translation>
    </message>
    <message>
        <source>Not sent in time</source>
        <translation>Niewysłane na czas</translation>
    </message>
    <message>
        <source>Return delivered</source>
        <translation>Zwrot dostarczony</translation>
    </message>
    <message>
        <source>Return declared</source>
        <translation>Zwrot zgłoszony</translation>
    </message>
    <message>
        <source>The buyer cancels a paid order</source>
        <translation>Kupujący anuluje opłacone zamówienie</translation>
    </message>
    <message>
        <source>An order is not sent in time</source>
        <translation>Zamówienie nie zostało wysłane na czas</translation>
    </message>
    <message>
        <source>A return is delivered back to me</source>
        <translation>Zwrot do mnie dotarł</translation>
    </message>
    <message>
        <source>A buyer declares a return</source>
        <translation>Kupujący zgłasza zwrot</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Zaplanowany</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>W trakcie wysyłania</translation>
    </message>
    <message>
        <source>Sent, waiting for Allegro</source>
        <translation>Wysłany, czeka na Allegro</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zwrócono</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudany</translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation>Sprawdzany</translation>
    </message>
    <message>
        <source>Held for you</source>
        <translation>Czeka na Ciebie</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <source>Refunded by hand</source>
        <translation>Zwrócono ręcznie</translation>
    </message>
    <message>
        <source>Shadow (not sent)</source>
        <translation>Tryb próbny (nie wysłano)</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Bez działania</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wysyłany</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłany</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Sprawdzany</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Wstrzymany</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Ręcznie</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>Próbna</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <source>Buyer notice delivered</source>
        <translation>Wiadomość do kupującego dostarczona</translation>
    </message>
    <message>
        <source>Buyer notice not sent</source>
        <translation>Wiadomość do kupującego nie została wysłana</translation>
    </message>
    <message>
        <source>The order changed after the rule decided</source>
        <translation>Zamówienie zmieniło się po decyzji reguły</translation>
    </message>
    <message>
        <source>Decided again: %1</source>
        <translation>Ponowna decyzja: %1</translation>
    </message>
</context>
</TS>
