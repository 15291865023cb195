<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>BacktestChangesModel</name>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <source>In reality</source>
        <translation>W rzeczywistości</translation>
    </message>
    <message>
        <source>With these rules</source>
        <translation>Z tymi regułami</translation>
    </message>
    <message>
        <source>Deciding rule</source>
        <translation>Decydująca reguła</translation>
    </message>
</context>
<context>
    <name>BacktestPanel</name>
    <message>
        <source>Replay the synced history through a rule set, as if every rule were armed, and compare with what actually happened. Nothing is sent.</source>
        <translation>Odtwórz zsynchronizowaną historię przez zestaw reguł, jakby każda reguła była uzbrojona, i porównaj z tym, co naprawdę się stało. Nic nie zostaje wysłane.</translation>
    </message>
    <message>
        <source>Last days:</source>
        <translation>Ostatnie dni:</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Reguły:</translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation>Uruchom test wsteczny</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Per rule</source>
        <translation>Według reguł</translation>
    </message>
    <message>
        <source>Orders whose outcome would change</source>
        <translation>Zamówienia, których wynik by się zmienił</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Czytam historię…</translation>
    </message>
    <message>
        <source>Replaying case %1 of %2…</source>
        <translation>Odtwarzam przypadek %1 z %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anuluję…</translation>
    </message>
    <message>
        <source>With these rules</source>
        <translation>Z tymi regułami</translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation>Co naprawdę się stało</translation>
    </message>
</context>
<context>
    <name>BacktestRulesModel</name>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Zwroty</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Kwota zwrotów</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Wstrzymania</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Kwota wstrzymań</translation>
    </message>
    <message>
        <source>%1 (shadow)</source>
        <translation>%1 (tryb próbny)</translation>
    </message>
</context>
<context>
    <name>ComposerItemsModel</name>
    <message>
        <source>Item</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena za sztukę</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zwrócone</translation>
    </message>
</context>
<context>
    <name>OrderComposer</name>
    <message>
        <source>Test order</source>
        <translation>Zamówienie testowe</translation>
    </message>
    <message>
        <source>From your offers:</source>
        <translation>Z Twoich ofert:</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Dodaj ofertę</translation>
    </message>
    <message>
        <source>Or type one:</source>
        <translation>Albo wpisz:</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Dodaj produkt</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Usuń produkt</translation>
    </message>
    <message>
        <source>Payment and times</source>
        <translation>Płatność i terminy</translation>
    </message>
    <message>
        <source>Delivery cost:</source>
        <translation>Koszt dostawy:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Płatność:</translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation>Kupiono:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Zapłacono:</translation>
    </message>
    <message>
        <source>Dispatch deadline:</source>
        <translation>Termin wysyłki:</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Buyer is:</source>
        <translation>Kupujący jest:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Repeat, orders so far:</source>
        <translation>Powracający, zamówień dotąd:</translation>
    </message>
    <message>
        <source>No synced offers yet</source>
        <translation>Brak zsynchronizowanych ofert</translation>
    </message>
    <message>
        <source>Type the item&apos;s name.</source>
        <translation>Wpisz nazwę produktu.</translation>
    </message>
    <message>
        <source>Type the price as an amount, e.g. 39.99.</source>
        <translation>Wpisz cenę jako kwotę, np. 39,99.</translation>
    </message>
    <message>
        <source>Add at least one item to the test order.</source>
        <translation>Dodaj co najmniej jeden produkt do zamówienia testowego.</translation>
    </message>
    <message>
        <source>Type the delivery cost as an amount, e.g. 9.99.</source>
        <translation>Wpisz koszt dostawy jako kwotę, np. 9,99.</translation>
    </message>
</context>
<context>
    <name>RegressionModel</name>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Co się dzieje</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Wcześniej</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>Kwota wcześniej</translation>
    </message>
    <message>
        <source>Rule before</source>
        <translation>Reguła wcześniej</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>Amount now</source>
        <translation>Kwota teraz</translation>
    </message>
    <message>
        <source>Rule now</source>
        <translation>Reguła teraz</translation>
    </message>
    <message>
        <source>%1 (shadow)</source>
        <translation>%1 (tryb próbny)</translation>
    </message>
    <message>
        <source>The outcome changed since the scenario was saved.</source>
        <translation>Wynik zmienił się od zapisania scenariusza.</translation>
    </message>
</context>
<context>
    <name>RegressionPanel</name>
    <message>
        <source>Saved scenarios keep the outcome they had when saved. Re-run them after changing rules: rows whose outcome, amount or rule changed are highlighted.</source>
        <translation>Zapisane scenariusze pamiętają wynik z chwili zapisu. Uruchom je ponownie po zmianie reguł: wiersze, w których zmienił się wynik, kwota lub reguła, są wyróżnione.</translation>
    </message>
    <message>
        <source>Re-run all with the current rules</source>
        <translation>Uruchom wszystkie z obecnymi regułami</translation>
    </message>
    <message>
        <source>Open in composer</source>
        <translation>Otwórz w edytorze</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Usuń scenariusz</translation>
    </message>
    <message>
        <source>No saved scenarios yet.</source>
        <translation>Brak zapisanych scenariuszy.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>This is a simulation: no refund is made and no message is sent. The worker would decide a real order exactly like this.</source>
        <translation>To jest symulacja: żaden zwrot nie zostaje wykonany i żadna wiadomość nie zostaje wysłana. Prawdziwe zamówienie zostałoby rozstrzygnięte dokładnie tak samo.</translation>
    </message>
    <message>
        <source>Refund breakdown</source>
        <translation>Rozbicie zwrotu</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Część</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Every rule, in order</source>
        <translation>Każda reguła, po kolei</translation>
    </message>
    <message>
        <source>Run for real on the demo shop</source>
        <translation>Naprawdę w sklepie demonstracyjnym</translation>
    </message>
    <message>
        <source>Compose a test order, pick what happens, simulate.</source>
        <translation>Złóż zamówienie testowe, wybierz, co się dzieje, i uruchom symulację.</translation>
    </message>
    <message>
        <source>%1 — shadow rule: only recorded, no money moves</source>
        <translation>%1 — reguła w trybie próbnym: tylko zapisane, pieniądze się nie ruszają</translation>
    </message>
    <message>
        <source>Decided by: %1 (version %2)</source>
        <translation>Zdecydowała: %1 (wersja %2)</translation>
    </message>
    <message>
        <source>No rule decided.</source>
        <translation>Żadna reguła nie zdecydowała.</translation>
    </message>
    <message>
        <source>Reason Allegro records: %1</source>
        <translation>Powód zapisany w Allegro: %1</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>Wstrzymano: %1</translation>
    </message>
    <message>
        <source>The rule waits: it refunds at %1 unless you stop it.</source>
        <translation>Reguła czeka: zwróci %1, chyba że to zatrzymasz.</translation>
    </message>
    <message>
        <source>Paid by the buyer</source>
        <translation>Zapłacone przez kupującego</translation>
    </message>
    <message>
        <source>%1 (part of its value)</source>
        <translation>%1 (część wartości)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Dostawa</translation>
    </message>
    <message>
        <source>Additional services</source>
        <translation>Usługi dodatkowe</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Dopłata</translation>
    </message>
    <message>
        <source>The rule asked for</source>
        <translation>Reguła chciała zwrócić</translation>
    </message>
    <message>
        <source>Still refundable on the order</source>
        <translation>Do zwrotu na zamówieniu zostało</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <source>The notice cannot be written: %1</source>
        <translation>Nie można napisać wiadomości: %1</translation>
    </message>
    <message>
        <source>The buyer gets no notice for this.</source>
        <translation>Kupujący nie dostanie za to wiadomości.</translation>
    </message>
    <message>
        <source>Predicted refund: %1</source>
        <translation>Przewidywany zwrot: %1</translation>
    </message>
    <message>
        <source>Worker: %1 — %2 by %3</source>
        <translation>Automat: %1 — %2, reguła %3</translation>
    </message>
    <message>
        <source>The worker did not run now (%1); the app&apos;s own worker will pick it up.</source>
        <translation>Automat nie uruchomił się teraz (%1); zajmie się tym automat aplikacji.</translation>
    </message>
    <message>
        <source>No armed rule is saved for this trigger: shadow rules only record what they would do, so no money moves.</source>
        <translation>Brak zapisanej uzbrojonej reguły dla tego zdarzenia: reguły w trybie próbnym tylko zapisują, co by zrobiły, więc pieniądze się nie ruszają.</translation>
    </message>
    <message>
        <source>The ledger matches the prediction.</source>
        <translation>Księga zgadza się z przewidywaniem.</translation>
    </message>
    <message>
        <source>The ledger does not match the prediction yet.</source>
        <translation>Księga jeszcze nie zgadza się z przewidywaniem.</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <source>What happens</source>
        <translation>Co się dzieje</translation>
    </message>
    <message>
        <source>The buyer cancels</source>
        <translation>Kupujący anuluje</translation>
    </message>
    <message>
        <source>The dispatch deadline passes and it is not sent</source>
        <translation>Mija termin wysyłki, a paczka nie wyszła</translation>
    </message>
    <message>
        <source>A return arrives back (delivered)</source>
        <translation>Zwrot dociera z powrotem (doręczony)</translation>
    </message>
    <message>
        <source>A return is declared (not delivered yet)</source>
        <translation>Zwrot zostaje zgłoszony (jeszcze nie doręczony)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>godz.</translation>
    </message>
    <message>
        <source>Returned units of the chosen item:</source>
        <translation>Zwracane sztuki wybranego produktu:</translation>
    </message>
    <message>
        <source>Return reason:</source>
        <translation>Powód zwrotu:</translation>
    </message>
    <message>
        <source>How long after the deadline:</source>
        <translation>Ile po terminie:</translation>
    </message>
    <message>
        <source>How long after the purchase:</source>
        <translation>Ile po zakupie:</translation>
    </message>
</context>
<context>
    <name>SimulateScreen</name>
    <message>
        <source>Simulate</source>
        <comment>button: do it</comment>
        <translation>Symuluj</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Symulacja</translation>
    </message>
    <message>
        <source>Test order</source>
        <translation>Zamówienie testowe</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Zapisane scenariusze</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Test wsteczny</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Reguły:</translation>
    </message>
    <message>
        <source>Run on the demo shop</source>
        <translation>Uruchom w sklepie demo</translation>
    </message>
    <message>
        <source>Name this scenario to save it</source>
        <translation>Nazwa scenariusza do zapisu</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Zapisz scenariusz</translation>
    </message>
    <message>
        <source>Saved rules</source>
        <translation>Zapisane reguły</translation>
    </message>
    <message>
        <source>Draft from the Rules screen</source>
        <translation>Projekt z ekranu Reguły</translation>
    </message>
    <message>
        <source>Creates the order on the demo shop, plays what happens and lets the real worker refund it with your saved rules.</source>
        <translation>Tworzy zamówienie w sklepie demonstracyjnym, odgrywa zdarzenie i pozwala prawdziwemu automatowi zwrócić pieniądze według zapisanych reguł.</translation>
    </message>
    <message>
        <source>Only in demo mode: start RefundDesk with --demo to use the demo shop.</source>
        <translation>Tylko w trybie demo: uruchom RefundDesk z opcją --demo, aby użyć sklepu demonstracyjnego.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Coś poszło nie tak: %1</translation>
    </message>
    <message>
        <source>Choose which items come back: select an item, set its units.</source>
        <translation>Wybierz, co wraca: zaznacz produkt i ustaw liczbę sztuk.</translation>
    </message>
    <message>
        <source>Simulated. Nothing was sent.</source>
        <translation>Zasymulowano. Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>Running on the demo shop with your saved rules…</source>
        <translation>Uruchamiam w sklepie demo z zapisanymi regułami…</translation>
    </message>
    <message>
        <source>Done on the demo shop: order %1.</source>
        <translation>Gotowe w sklepie demo: zamówienie %1.</translation>
    </message>
    <message>
        <source>Give the scenario a name to save it.</source>
        <translation>Nadaj scenariuszowi nazwę, aby go zapisać.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Zapisano „%1”.</translation>
    </message>
    <message>
        <source>The backtest failed: %1</source>
        <translation>Test wsteczny nie powiódł się: %1</translation>
    </message>
</context>
<context>
    <name>SimulateWords</name>
    <message>
        <source>No rule decided: nothing happens</source>
        <translation>Żadna reguła nie zdecydowała: nic się nie dzieje</translation>
    </message>
    <message>
        <source>Nothing left to refund</source>
        <translation>Nie ma już czego zwracać</translation>
    </message>
    <message>
        <source>Held for your approval</source>
        <translation>Wstrzymane do Twojej akceptacji</translation>
    </message>
    <message>
        <source>Waits for a pending refund</source>
        <translation>Czeka na trwający zwrot</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot płatności</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Wstrzymany</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nic</translation>
    </message>
</context>
</TS>
