<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Choose an order to see its items and its timeline.</source>
        <translation>Wybierz zamówienie, aby zobaczyć jego pozycje i historię.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (wersja %2)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Zamówienie %1</translation>
    </message>
    <message>
        <source>Refunded so far: %1</source>
        <translation>Zwrócono dotąd: %1</translation>
    </message>
    <message>
        <source>Last sync problem: %1</source>
        <translation>Ostatni problem z synchronizacją: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Zwroty pieniędzy</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Zwroty towaru</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>SKU / offer</source>
        <translation>SKU / oferta</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Zdecydowano</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Zgłoszono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
</context>
<context>
    <name>OrderTimeline</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <source>Bought, not filled in</source>
        <translation>Kupione, bez formularza</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Czeka na płatność</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Opłacone</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>Cancelled by buyer</source>
        <translation>Anulowane przez kupującego</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>W realizacji</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Gotowe do wysyłki</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Gotowe do odbioru</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zwrócone</translation>
    </message>
    <message>
        <source>Declared by the buyer</source>
        <translation>Zgłoszony przez kupującego</translation>
    </message>
    <message>
        <source>Sent back by the buyer</source>
        <translation>Odesłany przez kupującego</translation>
    </message>
    <message>
        <source>On its way back</source>
        <translation>W drodze do Ciebie</translation>
    </message>
    <message>
        <source>Delivered to you</source>
        <translation>Dostarczony do Ciebie</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończony</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <source>Commission refund claimed</source>
        <translation>Złożono wniosek o zwrot prowizji</translation>
    </message>
    <message>
        <source>Commission refunded</source>
        <translation>Prowizja zwrócona</translation>
    </message>
    <message>
        <source>Delivered to the warehouse</source>
        <translation>Dostarczony do magazynu</translation>
    </message>
    <message>
        <source>Being checked at the warehouse</source>
        <translation>Sprawdzany w magazynie</translation>
    </message>
    <message>
        <source>No refund</source>
        <translation>Bez zwrotu</translation>
    </message>
    <message>
        <source>Buyer cancelled</source>
        <translation>Kupujący anulował</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Kupione</translation>
    </message>
    <message>
        <source>Buyer filled in the checkout</source>
        <translation>Kupujący wypełnił formularz zamówienia</translation>
    </message>
    <message>
        <source>Paid, ready to process</source>
        <translation>Opłacone, gotowe do realizacji</translation>
    </message>
    <message>
        <source>Cancelled by the buyer</source>
        <translation>Anulowane przez kupującego</translation>
    </message>
    <message>
        <source>Fulfilment status changed</source>
        <translation>Zmienił się status realizacji</translation>
    </message>
    <message>
        <source>Cancelled by Allegro (not paid)</source>
        <translation>Anulowane przez Allegro (nieopłacone)</translation>
    </message>
    <message>
        <source>Buyer changed the order</source>
        <translation>Kupujący zmienił zamówienie</translation>
    </message>
    <message>
        <source>Dispatch deadline passed</source>
        <translation>Minął termin wysyłki</translation>
    </message>
    <message>
        <source>Rule decided: refund</source>
        <translation>Reguła zdecydowała: zwrot</translation>
    </message>
    <message>
        <source>Rule decided: hold for approval</source>
        <translation>Reguła zdecydowała: wstrzymaj do akceptacji</translation>
    </message>
    <message>
        <source>Rule decided: record only (shadow)</source>
        <translation>Reguła zdecydowała: tylko zapisz (tryb próbny)</translation>
    </message>
    <message>
        <source>Rule decided: no refund</source>
        <translation>Reguła zdecydowała: bez zwrotu</translation>
    </message>
    <message>
        <source>Refund planned</source>
        <translation>Zwrot zaplanowany</translation>
    </message>
    <message>
        <source>Refund being sent</source>
        <translation>Zwrot jest wysyłany</translation>
    </message>
    <message>
        <source>Refund accepted by Allegro</source>
        <translation>Allegro przyjęło zwrot</translation>
    </message>
    <message>
        <source>Refund completed</source>
        <translation>Zwrot zakończony</translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation>Zwrot nieudany</translation>
    </message>
    <message>
        <source>Refund outcome unknown, checking</source>
        <translation>Wynik zwrotu nieznany, sprawdzamy</translation>
    </message>
    <message>
        <source>Refund held for approval</source>
        <translation>Zwrot wstrzymany do akceptacji</translation>
    </message>
    <message>
        <source>Refund dismissed</source>
        <translation>Zwrot odrzucony</translation>
    </message>
    <message>
        <source>Marked as refunded by hand</source>
        <translation>Oznaczono jako zwrócone ręcznie</translation>
    </message>
    <message>
        <source>Refund recorded only (shadow)</source>
        <translation>Zwrot tylko zapisany (tryb próbny)</translation>
    </message>
    <message>
        <source>A step after the refund failed</source>
        <translation>Krok po zwrocie nie powiódł się</translation>
    </message>
    <message>
        <source>Marked cancelled in Allegro</source>
        <translation>Oznaczono jako anulowane w Allegro</translation>
    </message>
    <message>
        <source>Buyer notified</source>
        <translation>Powiadomiono kupującego</translation>
    </message>
    <message>
        <source>Buyer notice failed</source>
        <translation>Powiadomienie kupującego nieudane</translation>
    </message>
    <message>
        <source>Buyer notice may not have arrived</source>
        <translation>Powiadomienie mogło nie dotrzeć</translation>
    </message>
    <message>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zwrot towaru</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Powiadomienie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Return: %1</source>
        <translation>Zwrot: %1</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Bought</source>
        <translation>Kupiono</translation>
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
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Realizacja</translation>
    </message>
    <message>
        <source>Dispatch by</source>
        <translation>Wysłać do</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zwrócono</translation>
    </message>
    <message>
        <source>Not sent, and the dispatch deadline has passed.</source>
        <translation>Niewysłane, a termin wysyłki minął.</translation>
    </message>
    <message>
        <source>Cancelled: there is nothing to send, so no deadline applies.</source>
        <translation>Anulowane: nie ma czego wysłać, więc termin wysyłki nie obowiązuje.</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>Order not found</source>
        <translation>Nie znaleziono zamówienia</translation>
    </message>
    <message>
        <source>This order has not been synced from Allegro yet.</source>
        <translation>To zamówienie nie zostało jeszcze pobrane z Allegro.</translation>
    </message>
    <message>
        <source>Orders could not be loaded</source>
        <translation>Nie udało się wczytać zamówień</translation>
    </message>
    <message>
        <source>Reading the orders from the database failed. Try again in a moment.</source>
        <translation>Odczyt zamówień z bazy danych nie powiódł się. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Search by order number, buyer login, product or total</source>
        <translation>Szukaj po numerze, loginie kupującego, produkcie lub kwocie</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Jeszcze nieopłacone</translation>
    </message>
    <message>
        <source>All payment types</source>
        <translation>Wszystkie płatności</translation>
    </message>
    <message>
        <source>Other payment types</source>
        <translation>Inne płatności</translation>
    </message>
    <message>
        <source>Not sent and overdue</source>
        <translation>Niewysłane po terminie</translation>
    </message>
    <message>
        <source>Has a return</source>
        <translation>Ma zwrot towaru</translation>
    </message>
    <message>
        <source>Has a refund</source>
        <translation>Ma zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Bought between</source>
        <translation>Kupione między</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Szczegóły…</translation>
    </message>
</context>
<context>
    <name>UnreadableBanner</name>
    <message>
        <source>Orders that could not be read</source>
        <translation>Zamówienia, których nie udało się odczytać</translation>
    </message>
    <message>
        <source>RefundDesk could not read these orders from Allegro and will try again on every sync. No refund is planned for them until they can be read; look at them in Allegro if a buyer waits.</source>
        <translation>RefundDesk nie mógł odczytać tych zamówień z Allegro i spróbuje ponownie przy każdej synchronizacji. Dopóki nie uda się ich odczytać, żaden zwrot nie zostanie dla nich zaplanowany; jeśli kupujący czeka, sprawdź je w Allegro.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Szczegóły…</translation>
    </message>
</context>
</TS>
