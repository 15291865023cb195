<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>GeneralPanel</name>
    <message>
        <source>No usable keyring</source>
        <translation>Brak działającego pęku kluczy</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Passwords are kept in</source>
        <translation>Hasła są przechowywane w</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Działaj dalej w zasobniku po zamknięciu okna</translation>
    </message>
</context>
<context>
    <name>LimitsPanel</name>
    <message>
        <source>These limits apply whatever the rules say: a refund above a limit is not sent, it waits on Review for your approval. Amounts are in PLN. A day counts from midnight by this computer's clock, for each shop on its own.</source>
        <translation>Te limity obowiązują niezależnie od reguł: zwrot powyżej limitu nie zostanie wysłany, tylko czeka w zakładce Do przejrzenia na Twoją zgodę. Kwoty są w złotych. Dzień liczy się od północy według zegara tego komputera, osobno dla każdego sklepu.</translation>
    </message>
    <message>
        <source>Enter an amount such as 250 or 249.99 (at most two decimals), or leave it empty for no limit.</source>
        <translation>Wpisz kwotę, np. 250 lub 249,99 (najwyżej dwa miejsca po przecinku), albo zostaw puste, aby nie ustawiać limitu.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the amounts above.</source>
        <translation>Nic nie zapisano: popraw kwoty powyżej.</translation>
    </message>
    <message>
        <source>Saved. The limits apply from the next cycle.</source>
        <translation>Zapisano. Limity obowiązują od następnego cyklu.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>The limits could not be saved.</source>
        <translation>Nie udało się zapisać limitów.</translation>
    </message>
    <message>
        <source>Circuit breaker reset: refunds are sent again.</source>
        <translation>Bezpiecznik zresetowany: zwroty są znów wysyłane.</translation>
    </message>
    <message>
        <source>Largest refund per order</source>
        <translation>Największy zwrot na zamówienie</translation>
    </message>
    <message>
        <source>Largest total per buyer per day</source>
        <translation>Najwyższa suma na kupującego dziennie</translation>
    </message>
    <message>
        <source>Daily refund budget</source>
        <translation>Dzienny budżet zwrotów</translation>
    </message>
    <message>
        <source>Most refunds per day</source>
        <translation>Najwięcej zwrotów dziennie</translation>
    </message>
    <message>
        <source>Pause after this many failures in a row</source>
        <translation>Wstrzymaj po tylu błędach z rzędu</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <source>Dry run: decide and record, but never move money</source>
        <translation>Próba na sucho: decyduj i zapisuj, ale nigdy nie przesyłaj pieniędzy</translation>
    </message>
    <message>
        <source>Pause automation (nothing is sent until you resume)</source>
        <translation>Wstrzymaj automatyzację (nic nie zostanie wysłane, dopóki jej nie wznowisz)</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Zapisz limity</translation>
    </message>
    <message>
        <source>Reset circuit breaker</source>
        <translation>Zresetuj bezpiecznik</translation>
    </message>
    <message>
        <source>Circuit breaker is open</source>
        <translation>Bezpiecznik jest otwarty</translation>
    </message>
</context>
<context>
    <name>NoticesPanel</name>
    <message>
        <source>The words of each notice come from a template file. To change one, put a copy with the same name (for example refund_late.pl.txt) in %1; the user guide (Buyer notices) says how.</source>
        <translation>Treść każdego powiadomienia pochodzi z pliku szablonu. Aby ją zmienić, umieść kopię o tej samej nazwie (na przykład refund_late.pl.txt) w %1; jak to zrobić, opisuje instrukcja (Powiadomienia dla kupujących).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring: %1</source>
        <translation>Nie udało się zapisać hasła w pęku kluczy: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>The notice settings could not be saved.</source>
        <translation>Nie udało się zapisać ustawień powiadomień.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>The test e-mail was sent.</source>
        <translation>Testowy e-mail został wysłany.</translation>
    </message>
    <message>
        <source>Tell buyers about their refund (default for new rules)</source>
        <translation>Powiadamiaj kupujących o zwrocie (domyślnie w nowych regułach)</translation>
    </message>
    <message>
        <source>E-mail notices (SMTP)</source>
        <translation>Powiadomienia e-mail (SMTP)</translation>
    </message>
    <message>
        <source>Also send notices by e-mail</source>
        <translation>Wysyłaj powiadomienia także e-mailem</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Zabezpieczenie</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nazwa nadawcy</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Brak (bez szyfrowania)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Send the test to (empty: the from address)</source>
        <translation>Wyślij test na adres (puste: adres nadawcy)</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Wyślij testowy e-mail</translation>
    </message>
    <message>
        <source>Save notifications</source>
        <translation>Zapisz powiadomienia</translation>
    </message>
    <message>
        <source>Saved in the keyring; type a new one to replace it</source>
        <translation>Zapisane w pęku kluczy; wpisz nowe, aby je zastąpić</translation>
    </message>
    <message>
        <source>Not saved; it will be kept in the keyring</source>
        <translation>Niezapisane; zostanie przechowane w pęku kluczy</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings could not be read</source>
        <translation>Nie udało się odczytać ustawień</translation>
    </message>
    <message>
        <source>Reading the settings from the database failed.</source>
        <translation>Odczyt ustawień z bazy danych nie powiódł się.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Sklepy</translation>
    </message>
    <message>
        <source>Safety limits</source>
        <translation>Limity bezpieczeństwa</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
</context>
<context>
    <name>ShopNames</name>
    <message>
        <source>Demo shop</source>
        <translation>Sklep demonstracyjny</translation>
    </message>
</context>
<context>
    <name>ShopsPanel</name>
    <message>
        <source>They wait on Review: approve them one by one or all at once. No money moves until you do.</source>
        <translation>Czekają w zakładce Do przejrzenia: zatwierdź je pojedynczo lub wszystkie naraz. Żadne pieniądze nie zostaną przelane, dopóki tego nie zrobisz.</translation>
    </message>
    <message>
        <source>Your rules decide them now: armed rules refund them at the next sync.</source>
        <translation>Decydują o nich Twoje reguły: uzbrojone reguły zwrócą pieniądze przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>RefundDesk leaves them alone: you handle them in Allegro.</source>
        <translation>RefundDesk ich nie rusza: zajmujesz się nimi w Allegro.</translation>
    </message>
    <message>
        <source>Let your rules decide the cases found when %1 was connected? Armed rules refund them at the next sync, the ones still waiting included.</source>
        <translation>Czy Twoje reguły mają zdecydować o przypadkach znalezionych przy podłączeniu sklepu %1? Uzbrojone reguły zwrócą pieniądze przy następnej synchronizacji, także za te, które jeszcze czekają.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Allegro sandbox</source>
        <translation>Piaskownica Allegro</translation>
    </message>
    <message>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Własny adres</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Wymaga ponownego połączenia</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Jeszcze niepołączony</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączony</translation>
    </message>
    <message>
        <source>Remove shop</source>
        <translation>Usuń sklep</translation>
    </message>
    <message>
        <source>Remove the shop “%1”? Its synced orders, refunds and history are deleted from RefundDesk, and its login is deleted from the keyring. Nothing changes on Allegro.</source>
        <translation>Usunąć sklep „%1”? Jego pobrane zamówienia, zwroty i historia zostaną usunięte z RefundDesk, a dane logowania z pęku kluczy. Na Allegro nic się nie zmieni.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Usunięto „%1”.</translation>
    </message>
    <message>
        <source>The shop could not be removed: %1</source>
        <translation>Nie udało się usunąć sklepu: %1</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Połączony od</translation>
    </message>
    <message>
        <source>Add shop…</source>
        <translation>Dodaj sklep…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Połącz ponownie…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Adding and reconnecting shops from this screen is not available yet; use “refunddesk shop add” in a terminal meanwhile.</source>
        <translation>Dodawanie i ponowne łączenie sklepów z tego ekranu nie jest jeszcze dostępne; do tego czasu użyj polecenia „refunddesk shop add” w terminalu.</translation>
    </message>
    <message>
        <source>Embedded demo shop</source>
        <translation>Wbudowany sklep demonstracyjny</translation>
    </message>
    <message>
        <source>Found at connect</source>
        <translation>Znalezione przy podłączeniu</translation>
    </message>
    <message>
        <source>Hold for my approval</source>
        <translation>Wstrzymaj do mojej akceptacji</translation>
    </message>
    <message>
        <source>Refund by my rules</source>
        <translation>Zwracaj według moich reguł</translation>
    </message>
    <message>
        <source>Leave to me</source>
        <translation>Zostaw mnie</translation>
    </message>
    <message>
        <source>Cases found when the selected shop was connected:</source>
        <translation>Sprawy znalezione przy podłączaniu wybranego sklepu:</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Nie udało się zapisać wyboru: %1</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Sync with Allegro every</source>
        <translation>Synchronizuj z Allegro co</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> s</translation>
    </message>
    <message>
        <source>When a shop is added, read orders from the last</source>
        <translation>Po dodaniu sklepu pobierz zamówienia z ostatnich</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Save sync settings</source>
        <translation>Zapisz ustawienia synchronizacji</translation>
    </message>
</context>
</TS>
