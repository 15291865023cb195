<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>CrashDialog</name>
    <message>
        <source>RefundDesk: unexpected error</source>
        <translation>RefundDesk: nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>RefundDesk closed unexpectedly last time</source>
        <translation>RefundDesk został ostatnio nieoczekiwanie zamknięty</translation>
    </message>
    <message>
        <source>A report of that error was saved. Passwords and tokens are removed from it; sending it to whoever looks after your RefundDesk helps fix the cause.</source>
        <translation>Zapisano raport o tym błędzie. Hasła i tokeny zostały z niego usunięte; przesłanie go osobie, która opiekuje się Twoim RefundDesk, pomoże usunąć przyczynę.</translation>
    </message>
    <message>
        <source>RefundDesk ran into an unexpected error</source>
        <translation>W RefundDesk wystąpił nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>This is a fault in RefundDesk, not something you did. You can keep working; if anything looks wrong, restart RefundDesk. Passwords and tokens are removed from the report below.</source>
        <translation>To błąd w RefundDesk, nie Twoja pomyłka. Możesz dalej pracować; jeśli coś wygląda nie tak, uruchom RefundDesk ponownie. Z poniższego raportu usunięto hasła i tokeny.</translation>
    </message>
    <message>
        <source>The report could not be saved; copy it from below.</source>
        <translation>Nie udało się zapisać raportu; skopiuj go poniżej.</translation>
    </message>
    <message>
        <source>Saved in: %1</source>
        <translation>Zapisano w: %1</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopiuj raport</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Quit RefundDesk</source>
        <translation>Zakończ RefundDesk</translation>
    </message>
</context>
<context>
    <name>CrashPresenter</name>
    <message>
        <source>RefundDesk: unexpected error</source>
        <translation>RefundDesk: nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>RefundDesk ran into an unexpected error</source>
        <translation>W RefundDesk wystąpił nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>RefundDesk closed unexpectedly last time</source>
        <translation>RefundDesk został ostatnio nieoczekiwanie zamknięty</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Connect a shop…</source>
        <translation>Połącz sklep…</translation>
    </message>
    <message>
        <source>No shop is connected yet. Connect your Allegro shop to start.</source>
        <translation>Nie połączono jeszcze żadnego sklepu. Połącz swój sklep Allegro, aby zacząć.</translation>
    </message>
    <message>
        <source>Refunds waiting out their delay</source>
        <translation>Zwroty czekające na upływ opóźnienia</translation>
    </message>
    <message>
        <source>Last actions</source>
        <translation>Ostatnie działania</translation>
    </message>
    <message>
        <source>Refunded today</source>
        <translation>Zwrócono dziś</translation>
    </message>
    <message>
        <source>Refunded this week</source>
        <translation>Zwrócono w tym tygodniu</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Czeka na Ciebie</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Otwórz ekran Do przejrzenia</translation>
    </message>
    <message>
        <source>Shadow rules would have refunded (week)</source>
        <translation>Reguły próbne zwróciłyby (tydzień)</translation>
    </message>
    <message>
        <source>Orders to send today</source>
        <translation>Zamówienia do wysłania dziś</translation>
    </message>
    <message>
        <source>%1 already overdue</source>
        <translation>%1 już po terminie</translation>
    </message>
    <message>
        <source>Refunds per day, last 14 days</source>
        <translation>Zwroty dziennie, ostatnie 14 dni</translation>
    </message>
    <message>
        <source>Today&apos;s refund budget is reached: refunds wait for your approval.</source>
        <translation>Dzisiejszy budżet zwrotów został wyczerpany: zwroty czekają na Twoją zgodę.</translation>
    </message>
    <message>
        <source>Your shop logins are stored in %1, which your operating system does not encrypt: anyone who can read your files can read them. Use the system keyring instead (GNOME Keyring, KWallet, Keychain or the Windows Credential Manager).</source>
        <translation>Dane logowania sklepów są przechowywane w %1, czego system operacyjny nie szyfruje: każdy, kto może czytać Twoje pliki, może je odczytać. Użyj zamiast tego systemowego pęku kluczy (GNOME Keyring, KWallet, Pęk kluczy macOS lub Menedżer poświadczeń Windows).</translation>
    </message>
    <message>
        <source>No system keyring can be used, so RefundDesk cannot read or keep shop logins. Settings → General says what to install.</source>
        <translation>Nie można użyć żadnego systemowego pęku kluczy, więc RefundDesk nie może odczytać ani zapisać danych logowania sklepów. Ustawienia → Ogólne mówią, co zainstalować.</translation>
    </message>
    <message>
        <source>Reconnect the shop “%1” in Settings.</source>
        <translation>Połącz ponownie sklep „%1” w Ustawieniach.</translation>
    </message>
    <message>
        <source>%1 to %2, at %3</source>
        <translation>%1 dla %2, o %3</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Do not send this refund</source>
        <translation>Nie wysyłaj tego zwrotu</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>zamówienie %1</translation>
    </message>
    <message>
        <source>Show them in Refunds</source>
        <translation>Pokaż je w Zwrotach</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Allegro no longer accepts this shop&apos;s login. Reconnect the shop in Settings.</source>
        <translation>Allegro nie akceptuje już logowania tego sklepu. Połącz sklep ponownie w Ustawieniach.</translation>
    </message>
    <message>
        <source>Allegro asked RefundDesk to slow down. Try again in a minute.</source>
        <translation>Allegro poprosiło RefundDesk o zwolnienie tempa. Spróbuj ponownie za minutę.</translation>
    </message>
    <message>
        <source>Allegro could not be reached. Check the internet connection and try again.</source>
        <translation>Nie udało się połączyć z Allegro. Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Allegro refused: %1</source>
        <translation>Allegro odmówiło: %1</translation>
    </message>
    <message>
        <source>Allegro&apos;s answer could not be used: %1</source>
        <translation>Nie można użyć odpowiedzi Allegro: %1</translation>
    </message>
    <message>
        <source>The system keyring cannot be used: %1</source>
        <translation>Nie można użyć systemowego pęku kluczy: %1</translation>
    </message>
    <message>
        <source>RefundDesk</source>
        <translation>RefundDesk</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Opening your shop data…</source>
        <translation>Otwieranie danych sklepu…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>RefundDesk: demo shop</source>
        <translation>RefundDesk: sklep demonstracyjny</translation>
    </message>
    <message>
        <source>RefundDesk: %1</source>
        <translation>RefundDesk: %1</translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <source>%1 (waiting: %2)</source>
        <translation>%1 (oczekuje: %2)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reguły</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Symulacja</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Zwroty</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Do przejrzenia</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Running</source>
        <translation>Działa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <source>Dry run: no money moves</source>
        <translation>Próba: bez przelewów</translation>
    </message>
    <message>
        <source>Shadow: records only</source>
        <translation>Tryb próbny: tylko zapis</translation>
    </message>
    <message>
        <source>Another RefundDesk runs automation</source>
        <translation>Automatyzację prowadzi inny RefundDesk</translation>
    </message>
    <message>
        <source>No shop connected</source>
        <translation>Brak połączonego sklepu</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Sklep demonstracyjny</translation>
    </message>
    <message>
        <source>A pretend shop on this computer: no real buyer or money is involved.</source>
        <translation>Udawany sklep na tym komputerze: nie biorą w nim udziału prawdziwi kupujący ani pieniądze.</translation>
    </message>
    <message>
        <source>Automation: %1</source>
        <translation>Automatyzacja: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Ostatnia synchronizacja: nigdy</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Fetch new orders and returns from Allegro now</source>
        <translation>Pobierz teraz z Allegro nowe zamówienia i zgłoszenia zwrotu towaru</translation>
    </message>
    <message>
        <source>Resume automation</source>
        <translation>Wznów automatyzację</translation>
    </message>
    <message>
        <source>Pause automation</source>
        <translation>Wstrzymaj automatyzację</translation>
    </message>
    <message>
        <source>Start refunding again under your rules</source>
        <translation>Znów zwracaj płatności według Twoich reguł</translation>
    </message>
    <message>
        <source>Stop all automatic refunds until you resume</source>
        <translation>Zatrzymaj wszystkie automatyczne zwroty płatności do czasu wznowienia</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>RefundDesk needs you</source>
        <translation>RefundDesk potrzebuje Twojej decyzji</translation>
    </message>
    <message>
        <source>Refunds newly waiting for your review: %1</source>
        <translation>Nowe zwroty czekające na Twoją decyzję: %1</translation>
    </message>
    <message>
        <source>Show RefundDesk</source>
        <translation>Pokaż RefundDesk</translation>
    </message>
    <message>
        <source>Resume automation</source>
        <translation>Wznów automatyzację</translation>
    </message>
    <message>
        <source>Pause automation</source>
        <translation>Wstrzymaj automatyzację</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Quit RefundDesk</source>
        <translation>Zakończ RefundDesk</translation>
    </message>
</context>
<context>
    <name>WorkerBridge</name>
    <message>
        <source>this computer</source>
        <translation>tym komputerze</translation>
    </message>
    <message>
        <source>Automation runs in RefundDesk on %1.</source>
        <translation>Automatyzację prowadzi RefundDesk na %1.</translation>
    </message>
    <message>
        <source>Automation runs in RefundDesk on %1 (process %2).</source>
        <translation>Automatyzację prowadzi RefundDesk na %1 (proces %2).</translation>
    </message>
</context>
</TS>
