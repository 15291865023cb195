<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>NoteDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>RefundDetailPane</name>
    <message>
        <source>Choose a refund to see how it was decided.</source>
        <translation>Wybierz zwrot, aby zobaczyć, jak o nim zdecydowano.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Zamówienie %1</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>Kupujący: %1</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>Zdarzenie: %1</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Decyzja: %1</translation>
    </message>
    <message>
        <source>Reason sent to Allegro: %1</source>
        <translation>Powód przekazany do Allegro: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Zakończono: %1</translation>
    </message>
    <message>
        <source>Why it is held</source>
        <translation>Dlaczego wstrzymano</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Dlaczego się nie udało</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Z czego składa się zwrot</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How the rules decided</source>
        <translation>Jak zdecydowały reguły</translation>
    </message>
    <message>
        <source>Buyer notices</source>
        <translation>Powiadomienia dla kupującego</translation>
    </message>
    <message>
        <source>What a person did</source>
        <translation>Co zrobiła osoba</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Dostawa: %1</translation>
    </message>
    <message>
        <source>Additional services: %1</source>
        <translation>Usługi dodatkowe: %1</translation>
    </message>
    <message>
        <source>Surcharge %1: %2</source>
        <translation>Dopłata %1: %2</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
    <message>
        <source>%1 (part of its value): %2</source>
        <translation>%1 (część wartości): %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>No rule decided this refund.</source>
        <translation>Żadna reguła nie zdecydowała o tym zwrocie.</translation>
    </message>
    <message>
        <source>Rule “%1”, version %2</source>
        <translation>Reguła „%1”, wersja %2</translation>
    </message>
    <message>
        <source>This rule version is not stored.</source>
        <translation>Ta wersja reguły nie jest zapisana.</translation>
    </message>
    <message>
        <source>Requests to Allegro</source>
        <translation>Zapytania do Allegro</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Jeszcze żadnych.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Trace-id</source>
        <translation>Trace-id</translation>
    </message>
    <message>
        <source>%1 · %2 %3 → %4 · trace-id %5</source>
        <translation>%1 · %2 %3 → %4 · trace-id %5</translation>
    </message>
</context>
<context>
    <name>RefundWords</name>
    <message>
        <source>The rule has caps, but none for this order's currency. Approve it to refund.</source>
        <translation>Reguła ma limity, ale żadnego dla waluty tego zamówienia. Zatwierdź, aby zwrócić.</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <source>Armed</source>
        <translation>Uzbrojona</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>Próbna</translation>
    </message>
    <message>
        <source>Above the rule&apos;s cap. Approve it to refund the full amount.</source>
        <translation>Powyżej limitu reguły. Zatwierdź, aby zwrócić całą kwotę.</translation>
    </message>
    <message>
        <source>Cash on delivery cannot be refunded through Allegro. Transfer the money to the buyer&apos;s bank account, then mark it refunded by hand.</source>
        <translation>Płatności za pobraniem nie da się zwrócić przez Allegro. Przelej pieniądze na konto bankowe kupującego, a potem oznacz zwrot jako wykonany ręcznie.</translation>
    </message>
    <message>
        <source>The rule asks for your approval before refunding.</source>
        <translation>Reguła wymaga Twojej zgody przed zwrotem.</translation>
    </message>
    <message>
        <source>Some or all of this was already refunded elsewhere (by hand in Allegro, or by Allegro itself). Check the order, then dismiss or mark it refunded by hand.</source>
        <translation>Część lub całość tej kwoty została już zwrócona gdzie indziej (ręcznie w Allegro albo przez samo Allegro). Sprawdź zamówienie, a potem odrzuć zwrot lub oznacz go jako wykonany ręcznie.</translation>
    </message>
    <message>
        <source>The return lists items that are not in the order. Check it.</source>
        <translation>Zwrot zawiera pozycje, których nie ma w zamówieniu. Sprawdź go.</translation>
    </message>
    <message>
        <source>Above your per-order limit in Settings. Approve it to refund.</source>
        <translation>Powyżej Twojego limitu na zamówienie w Ustawieniach. Zatwierdź, aby zwrócić.</translation>
    </message>
    <message>
        <source>This buyer reached today&apos;s refund limit. Approve to refund.</source>
        <translation>Ten kupujący osiągnął dzisiejszy limit zwrotów. Zatwierdź, aby zwrócić.</translation>
    </message>
    <message>
        <source>Today&apos;s refund budget is used up. Approve, or wait for tomorrow.</source>
        <translation>Dzisiejszy budżet zwrotów został wyczerpany. Zatwierdź albo poczekaj do jutra.</translation>
    </message>
    <message>
        <source>Today&apos;s number of refunds is reached. Approve, or wait.</source>
        <translation>Osiągnięto dzisiejszą liczbę zwrotów. Zatwierdź albo poczekaj.</translation>
    </message>
    <message>
        <source>Automation paused itself after several failures in a row. Look at the failures, then resume automation and approve.</source>
        <translation>Automatyzacja wstrzymała się po kilku błędach z rzędu. Przejrzyj błędy, potem wznów automatyzację i zatwierdź.</translation>
    </message>
    <message>
        <source>The order changed since the rule decided (re-checked live).</source>
        <translation>Zamówienie zmieniło się od decyzji reguły (sprawdzone na bieżąco).</translation>
    </message>
    <message>
        <source>RefundDesk is checking with Allegro whether this refund went through; nothing to do yet.</source>
        <translation>RefundDesk sprawdza w Allegro, czy ten zwrot doszedł do skutku; na razie nic nie musisz robić.</translation>
    </message>
    <message>
        <source>The refund did not go through. Fix the cause (often a low balance), then retry; or dismiss it, or mark it refunded by hand.</source>
        <translation>Zwrot się nie udał. Usuń przyczynę (często zbyt niskie saldo) i spróbuj ponownie; albo odrzuć go lub oznacz jako wykonany ręcznie.</translation>
    </message>
    <message>
        <source>Allegro message</source>
        <translation>Wiadomość w Allegro</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>wysyłana</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>niewysłana</translation>
    </message>
    <message>
        <source>may not have arrived</source>
        <translation>mogła nie dotrzeć</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzono</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Ponowiono</translation>
    </message>
    <message>
        <source>Marked refunded by hand</source>
        <translation>Oznaczono jako zwrócone ręcznie</translation>
    </message>
    <message>
        <source>Found when the shop was connected (it happened before RefundDesk watched). Approve to refund it, or dismiss it.</source>
        <translation>Znalezione przy podłączaniu sklepu (stało się, zanim RefundDesk go pilnował). Zatwierdź, aby zwrócić pieniądze, albo odrzuć.</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>You reopened it after dismissing it. Approve it to refund, or dismiss it again.</source>
        <translation>Przywrócony po odrzuceniu. Zatwierdź, aby zwrócić pieniądze, albo odrzuć ponownie.</translation>
    </message>
</context>
<context>
    <name>RefundsScreen</name>
    <message>
        <source>Refunds</source>
        <translation>Zwroty płatności</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Search order id or buyer</source>
        <translation>Zamówienie lub kupujący</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>All refunds</source>
        <translation>Wszystkie zwroty</translation>
    </message>
    <message>
        <source>Everything, with no-action decisions</source>
        <translation>Wszystko, także decyzje bez działania</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <source>All triggers</source>
        <translation>Wszystkie zdarzenia</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Wszystkie reguły</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Wszystkie sklepy</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Zwroty: %1</translation>
    </message>
    <message>
        <source>Export refunds</source>
        <translation>Eksport zwrotów</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>order</source>
        <translation>zamówienie</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>kupujący</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>kwota</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>waluta</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stan</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>zdarzenie</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>reguła</translation>
    </message>
    <message>
        <source>rule version</source>
        <translation>wersja reguły</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>tryb</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>sklep</translation>
    </message>
    <message>
        <source>refund id</source>
        <translation>numer zwrotu</translation>
    </message>
    <message>
        <source>Refunds saved: %1. File: %2</source>
        <translation>Zapisano zwrotów: %1. Plik: %2</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
    <message>
        <source>Left to you at connect</source>
        <translation>Zostawione Tobie</translation>
    </message>
</context>
<context>
    <name>RefundsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source> (v%1)</source>
        <translation> (w%1)</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Approved: it is sent to Allegro in the next round.</source>
        <translation>Zatwierdzono: zwrot pójdzie do Allegro w następnej rundzie.</translation>
    </message>
    <message>
        <source>It is sent to Allegro again in the next round.</source>
        <translation>Zwrot pójdzie ponownie do Allegro w następnej rundzie.</translation>
    </message>
    <message>
        <source>Dismissed: no refund is sent. The Refunds screen keeps it, with your note.</source>
        <translation>Odrzucono: zwrot nie zostanie wysłany. Ekran Zwroty płatności zachowuje go z Twoją notatką.</translation>
    </message>
    <message>
        <source>Marked as refunded by hand: RefundDesk will not refund it.</source>
        <translation>Oznaczono jako zwrócone ręcznie: RefundDesk już go nie zwróci.</translation>
    </message>
    <message>
        <source>Automation is paused: nothing is sent until you resume it.</source>
        <translation>Automatyzacja jest wstrzymana: nic nie zostanie wysłane, dopóki jej nie wznowisz.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Do przejrzenia</translation>
    </message>
    <message>
        <source>Approve and refund</source>
        <translation>Zatwierdź i zwróć</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Odrzuć…</translation>
    </message>
    <message>
        <source>Mark refunded by hand…</source>
        <translation>Oznacz jako zwrócone ręcznie…</translation>
    </message>
    <message>
        <source>Open in Allegro</source>
        <translation>Otwórz w Allegro</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Nic na Ciebie nie czeka.</translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <translation>Czeka na Ciebie: %1</translation>
    </message>
    <message>
        <source>The buyer gave no bank account in a return; ask them for one.</source>
        <translation>Kupujący nie podał konta bankowego w zwrocie; poproś go o nie.</translation>
    </message>
    <message>
        <source>Buyer&apos;s bank account for the transfer:</source>
        <translation>Konto bankowe kupującego do przelewu:</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Właściciel: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>IBAN: %1</source>
        <translation>IBAN: %1</translation>
    </message>
    <message>
        <source>SWIFT: %1</source>
        <translation>SWIFT: %1</translation>
    </message>
    <message>
        <source>Allegro refused it.</source>
        <translation>Allegro go odrzuciło.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Nieudany: %1</translation>
    </message>
    <message>
        <source>Held for you.</source>
        <translation>Czeka na Twoją decyzję.</translation>
    </message>
    <message>
        <source>Approve it, or dismiss it.</source>
        <translation>Zatwierdź go albo odrzuć.</translation>
    </message>
    <message>
        <source>Choose a refund to see why it waits for you.</source>
        <translation>Wybierz zwrot, aby zobaczyć, dlaczego czeka na Ciebie.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Refunded by hand</source>
        <translation>Zwrócono ręcznie</translation>
    </message>
    <message>
        <source>Mark refunded</source>
        <translation>Oznacz jako zwrócone</translation>
    </message>
    <message>
        <source>This is the demo shop: its orders have no page in Allegro.</source>
        <translation>To sklep demonstracyjny: jego zamówienia nie mają strony w Allegro.</translation>
    </message>
    <message>
        <source>That did not work; nothing changed.</source>
        <translation>To się nie udało; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Approve all found at connect (%1)…</source>
        <translation>Zatwierdź wszystkie z podłączenia (%1)…</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Zdarzenie</translation>
    </message>
</context>
</TS>
