<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ConnectShopDialog</name>
    <message>
        <source>Give the shop a name.</source>
        <translation>Nadaj sklepowi nazwę.</translation>
    </message>
    <message>
        <source>Enter the client ID and the client secret of your Allegro application.</source>
        <translation>Wpisz Client ID i Client Secret swojej aplikacji Allegro.</translation>
    </message>
    <message>
        <source>This address cannot be used: %1</source>
        <translation>Tego adresu nie można użyć: %1</translation>
    </message>
    <message>
        <source>The code is valid for %1.</source>
        <translation>Kod jest ważny jeszcze %1.</translation>
    </message>
    <message>
        <source>Demo shop (refunddesk demo-shop)</source>
        <translation>Sklep demonstracyjny (refunddesk demo-shop)</translation>
    </message>
    <message>
        <source>Allegro sandbox (for trying things out)</source>
        <translation>Allegro Sandbox (do testów)</translation>
    </message>
    <message>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <source>Connect a shop</source>
        <translation>Połącz sklep</translation>
    </message>
    <message>
        <source>RefundDesk talks to Allegro with your own application key. Register an application for devices without a browser at apps.developer.allegro.pl (sandbox: apps.developer.allegro.pl.allegrosandbox.pl), then enter its client ID and client secret here.</source>
        <translation>RefundDesk łączy się z Allegro Twoim własnym kluczem aplikacji. Zarejestruj aplikację typu „działa bez dostępu do przeglądarki lub klawiatury” na apps.developer.allegro.pl (sandbox: apps.developer.allegro.pl.allegrosandbox.pl), a potem wpisz tutaj jej Client ID i Client Secret.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Demo shop address</source>
        <translation>Adres sklepu demonstracyjnego</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>e.g. My Allegro shop</source>
        <translation>np. Mój sklep na Allegro</translation>
    </message>
    <message>
        <source>The client secret is kept in the system keyring only; RefundDesk never shows it again.</source>
        <translation>Client Secret jest przechowywany wyłącznie w systemowym pęku kluczy; RefundDesk nigdy więcej go nie pokaże.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>1. Open Allegro in the browser, or scan the QR code with your phone.
2. Log in as the shop's owner and check that Allegro shows this code.
3. Approve RefundDesk. This window notices by itself.</source>
        <translation>1. Otwórz Allegro w przeglądarce albo zeskanuj kod QR telefonem.
2. Zaloguj się jako właściciel sklepu i sprawdź, czy Allegro pokazuje ten kod.
3. Zatwierdź RefundDesk. To okno zauważy to samo.</translation>
    </message>
    <message>
        <source>Open Allegro in the browser</source>
        <translation>Otwórz Allegro w przeglądarce</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Reconnect “%1”</source>
        <translation>Połącz ponownie „%1”</translation>
    </message>
    <message>
        <source>Approve RefundDesk in Allegro</source>
        <translation>Zatwierdź RefundDesk w Allegro</translation>
    </message>
    <message>
        <source>Asking Allegro for a code…</source>
        <translation>Pobieranie kodu z Allegro…</translation>
    </message>
    <message>
        <source>Allegro asked RefundDesk to check less often; still waiting…</source>
        <translation>Allegro poprosiło o rzadsze sprawdzanie; nadal czekamy…</translation>
    </message>
    <message>
        <source>Allegro could not be reached; trying again in a moment…</source>
        <translation>Brak połączenia z Allegro; za chwilę kolejna próba…</translation>
    </message>
    <message>
        <source>Waiting for your approval…</source>
        <translation>Czekamy na Twoje zatwierdzenie…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>“%1” is connected</source>
        <translation>Sklep „%1” jest połączony</translation>
    </message>
    <message>
        <source>Access was refused</source>
        <translation>Odmówiono dostępu</translation>
    </message>
    <message>
        <source>The code expired</source>
        <translation>Kod wygasł</translation>
    </message>
    <message>
        <source>The code is no longer valid</source>
        <translation>Kod jest już nieważny</translation>
    </message>
    <message>
        <source>Allegro could not be reached</source>
        <translation>Brak połączenia z Allegro</translation>
    </message>
    <message>
        <source>The shop could not be connected</source>
        <translation>Nie udało się połączyć sklepu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>RefundDesk can now read this shop's orders and returns; it starts syncing in the background.</source>
        <translation>RefundDesk może teraz odczytywać zamówienia i zwroty tego sklepu; synchronizacja rusza w tle.</translation>
    </message>
    <message>
        <source>The Allegro account owner refused access to RefundDesk.</source>
        <translation>Właściciel konta Allegro odmówił RefundDesk dostępu.</translation>
    </message>
    <message>
        <source>The code was not approved in time. Try again to get a new code.</source>
        <translation>Kod nie został zatwierdzony na czas. Spróbuj ponownie, aby dostać nowy kod.</translation>
    </message>
    <message>
        <source>Allegro no longer knows this code (already used or invalid). Try again.</source>
        <translation>Allegro nie rozpoznaje już tego kodu (został użyty lub jest nieprawidłowy). Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The shop still needs reconnecting; its history is kept.</source>
        <translation>Sklep nadal wymaga ponownego połączenia; jego historia zostaje zachowana.</translation>
    </message>
    <message>
        <source>The shop was not added.</source>
        <translation>Sklep nie został dodany.</translation>
    </message>
    <message>
        <source>Allegro refused the client ID or the client secret. Check them in your application's settings on apps.developer.allegro.pl.</source>
        <translation>Allegro odrzuciło Client ID lub Client Secret. Sprawdź je w ustawieniach swojej aplikacji na apps.developer.allegro.pl.</translation>
    </message>
    <message>
        <source>Something went wrong (see the report).</source>
        <translation>Coś poszło nie tak (zobacz raport).</translation>
    </message>
</context>
<context>
    <name>BacklogPage</name>
    <message>
        <source>“%1” is connected</source>
        <translation>Sklep „%1” jest połączony</translation>
    </message>
    <message>
        <source>Cancelled paid orders not refunded</source>
        <translation>Anulowane opłacone zamówienia bez zwrotu</translation>
    </message>
    <message>
        <source>Orders past their dispatch deadline, not sent</source>
        <translation>Zamówienia po terminie wysyłki, niewysłane</translation>
    </message>
    <message>
        <source>Delivered returns not refunded</source>
        <translation>Dostarczone zwroty bez zwrotu pieniędzy</translation>
    </message>
    <message>
        <source>RefundDesk read the shop's orders since %1. These cases happened before it was watching:</source>
        <translation>RefundDesk odczytał zamówienia sklepu od %1. Te sprawy wydarzyły się, zanim zaczął go pilnować:</translation>
    </message>
    <message>
        <source>RefundDesk reads the shop's recent orders to find older cases:</source>
        <translation>RefundDesk odczytuje ostatnie zamówienia sklepu, aby znaleźć starsze sprawy:</translation>
    </message>
    <message>
        <source>Reading the shop's recent orders…</source>
        <translation>Odczytywanie ostatnich zamówień sklepu…</translation>
    </message>
    <message>
        <source>The orders could not be read now: %1 Your choice applies anyway.</source>
        <translation>Nie udało się teraz odczytać zamówień: %1 Twój wybór i tak zostanie zastosowany.</translation>
    </message>
    <message>
        <source>Amounts are what the buyers paid: the most a refund could be.</source>
        <translation>Kwoty to tyle, ile zapłacili kupujący: najwięcej, ile może wynieść zwrot.</translation>
    </message>
    <message>
        <source>What should RefundDesk do with them? (You can change it later in Settings.)</source>
        <translation>Co RefundDesk ma z nimi zrobić? (Możesz to później zmienić w Ustawieniach.)</translation>
    </message>
    <message>
        <source>Hold them for my approval (recommended)</source>
        <translation>Wstrzymaj je do mojej akceptacji (zalecane)</translation>
    </message>
    <message>
        <source>Your rules decide, then every case waits in Review, where one click approves them all.</source>
        <translation>Decydują Twoje reguły, a potem każda sprawa czeka w zakładce Do przejrzenia, gdzie jednym kliknięciem zatwierdzisz wszystkie.</translation>
    </message>
    <message>
        <source>Refund them by my rules</source>
        <translation>Zwróć pieniądze według moich reguł</translation>
    </message>
    <message>
        <source>They are handled like new cases, checked live with Allegro before each refund.</source>
        <translation>Są obsługiwane jak nowe sprawy, sprawdzane na bieżąco w Allegro przed każdym zwrotem.</translation>
    </message>
    <message>
        <source>Leave them to me</source>
        <translation>Zostaw je mnie</translation>
    </message>
    <message>
        <source>Nothing is refunded; each order's history says so, and the dashboard shows how many are left to you.</source>
        <translation>Nic nie jest zwracane; historia każdego zamówienia to odnotowuje, a pulpit pokazuje, ile spraw zostało dla Ciebie.</translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation>Zapisz i zakończ</translation>
    </message>
</context>
</TS>
