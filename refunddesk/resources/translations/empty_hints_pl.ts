<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>EmptyHints</name>
    <message>
        <source>No orders yet. Orders appear here after a shop is connected and its first sync has run.</source>
        <translation>Nie ma jeszcze zamówień. Pojawią się tutaj po połączeniu sklepu i jego pierwszej synchronizacji.</translation>
    </message>
    <message>
        <source>No orders match these filters. Clear the search or a filter to see more.</source>
        <translation>Żadne zamówienie nie pasuje do tych filtrów. Wyczyść wyszukiwanie lub filtr, aby zobaczyć więcej.</translation>
    </message>
    <message>
        <source>No refunds yet. Refunds appear here when a rule refunds an order or you approve one in Review.</source>
        <translation>Nie ma jeszcze zwrotów pieniędzy. Pojawią się tutaj, gdy reguła zwróci pieniądze za zamówienie albo zatwierdzisz zwrot na ekranie „Do przejrzenia”.</translation>
    </message>
    <message>
        <source>No refunds match these filters. Clear the search or a filter to see more.</source>
        <translation>Żaden zwrot pieniędzy nie pasuje do tych filtrów. Wyczyść wyszukiwanie lub filtr, aby zobaczyć więcej.</translation>
    </message>
    <message>
        <source>Nothing waits for you. Refunds a rule holds for your approval, refunds that failed and buyer notices that did not arrive appear here.</source>
        <translation>Nic na Ciebie nie czeka. Pojawią się tutaj zwroty wstrzymane przez regułę do Twojej akceptacji, zwroty, które się nie udały, i powiadomienia, które nie dotarły do kupujących.</translation>
    </message>
    <message>
        <source>No rules yet. Add one with “New rule” or “Add a starter rule”: a new rule starts in shadow mode and moves no money until you arm it.</source>
        <translation>Nie ma jeszcze reguł. Dodaj regułę przyciskiem „Nowa reguła” lub „Dodaj regułę startową”: nowa reguła zaczyna w trybie próbnym i nie przelewa pieniędzy, dopóki jej nie uzbroisz.</translation>
    </message>
    <message>
        <source>Nothing has happened yet. Rule decisions, refunds and buyer notices appear here as the shop's orders are handled.</source>
        <translation>Jeszcze nic się nie wydarzyło. Decyzje reguł, zwroty pieniędzy i powiadomienia kupujących pojawią się tutaj, gdy zamówienia sklepu będą obsługiwane.</translation>
    </message>
    <message>
        <source>No refund is waiting out a delay. A rule with a delay puts its refunds here until they are sent, so you can still stop one.</source>
        <translation>Żaden zwrot nie czeka na koniec opóźnienia. Reguła z opóźnieniem umieszcza tu swoje zwroty do czasu wysłania, więc możesz jeszcze któryś zatrzymać.</translation>
    </message>
    <message>
        <source>Choose an order in the list to see it here.</source>
        <translation>Wybierz zamówienie z listy, aby je tutaj zobaczyć.</translation>
    </message>
    <message>
        <source>Nothing recorded for this order yet. Its events, rule decisions, refunds and buyer notices appear here as they happen.</source>
        <translation>Dla tego zamówienia nic jeszcze nie zapisano. Jego zdarzenia, decyzje reguł, zwroty i powiadomienia pojawią się tutaj, gdy nastąpią.</translation>
    </message>
    <message>
        <source>No items recorded for this order. They come from Allegro with the order at the next sync.</source>
        <translation>Dla tego zamówienia nie zapisano pozycji. Przychodzą z Allegro razem z zamówieniem przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>No refund decided for this order. One appears here when a rule decides it or you approve it in Review.</source>
        <translation>Dla tego zamówienia nie zdecydowano o zwrocie. Pojawi się tutaj, gdy zdecyduje o nim reguła albo zatwierdzisz go na ekranie „Do przejrzenia”.</translation>
    </message>
    <message>
        <source>The buyer has not declared a return. It appears here when the buyer sends one through Allegro.</source>
        <translation>Kupujący nie zgłosił zwrotu towaru. Pojawi się tutaj, gdy kupujący zgłosi go przez Allegro.</translation>
    </message>
    <message>
        <source>No items in this order yet. Add a product from the catalogue or type one in.</source>
        <translation>To zamówienie nie ma jeszcze pozycji. Dodaj produkt z katalogu albo wpisz go ręcznie.</translation>
    </message>
    <message>
        <source>Run a simulation to see what would be refunded, part by part.</source>
        <translation>Uruchom symulację, aby zobaczyć, co zostałoby zwrócone, część po części.</translation>
    </message>
    <message>
        <source>No money would move in this simulation.</source>
        <translation>W tej symulacji żadne pieniądze nie zostałyby przelane.</translation>
    </message>
    <message>
        <source>Run a simulation to see, rule by rule, why it decided what it did.</source>
        <translation>Uruchom symulację, aby zobaczyć, reguła po regule, dlaczego zdecydowała tak, a nie inaczej.</translation>
    </message>
    <message>
        <source>No saved scenarios yet. Use “Save scenario” after a simulation to check it again whenever you change a rule.</source>
        <translation>Nie ma jeszcze zapisanych scenariuszy. Użyj „Zapisz scenariusz” po symulacji, aby sprawdzić go ponownie po każdej zmianie reguły.</translation>
    </message>
    <message>
        <source>Run a backtest to see how often each rule would have acted.</source>
        <translation>Uruchom test wsteczny, aby zobaczyć, jak często każda reguła by zadziałała.</translation>
    </message>
    <message>
        <source>No differences to show. Orders the rules would have handled differently from what happened appear here after a backtest.</source>
        <translation>Brak różnic do pokazania. Po teście historycznym pojawią się tu zamówienia, które reguły obsłużyłyby inaczej, niż się stało.</translation>
    </message>
    <message>
        <source>No shop connected yet. Use “Add shop…” to connect your Allegro shop, or the demo shop to try the app.</source>
        <translation>Nie połączono jeszcze żadnego sklepu. Użyj „Dodaj sklep…”, aby połączyć swój sklep Allegro albo sklep demonstracyjny, by wypróbować aplikację.</translation>
    </message>
    <message>
        <source>No alert channels yet. Add one to be told when a refund needs you.</source>
        <translation>Nie ma jeszcze kanałów alertów. Dodaj kanał, aby dowiadywać się, kiedy zwrot wymaga Twojej uwagi.</translation>
    </message>
    <message>
        <source>No product groups yet. “New group” starts one: a name and the offers or SKUs in it, for rules to match.</source>
        <translation>Nie ma jeszcze grup produktów. „Nowa grupa” tworzy grupę: nazwę oraz oferty lub SKU, do których mogą pasować reguły.</translation>
    </message>
</context>
</TS>
