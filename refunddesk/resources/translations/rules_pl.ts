<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ActionSection</name>
    <message>
        <source>Services the buyer chose with the items, such as gift wrapping</source>
        <translation>Usługi wybrane przez kupującego razem z produktami, np. pakowanie na prezent</translation>
    </message>
    <message>
        <source>Include surcharges</source>
        <translation>Wlicz dopłaty</translation>
    </message>
    <message>
        <source>Include additional services</source>
        <translation>Wlicz usługi dodatkowe</translation>
    </message>
    <message>
        <source>Extra payments the buyer made on the order, refunded separately by Allegro</source>
        <translation>Dodatkowe płatności kupującego za zamówienie; Allegro zwraca je osobno</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwróć</translation>
    </message>
    <message>
        <source>everything still refundable on the order</source>
        <translation>wszystko, co jeszcze można zwrócić z zamówienia</translation>
    </message>
    <message>
        <source>only the returned items</source>
        <translation>tylko zwrócone produkty</translation>
    </message>
    <message>
        <source>Include the delivery cost</source>
        <translation>Wlicz koszt dostawy</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Deduct a fixed amount</source>
        <translation>Potrąć stałą kwotę</translation>
    </message>
    <message>
        <source>what for, e.g. return postage</source>
        <translation>za co, np. koszt odesłania</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>The refund reason Allegro records</source>
        <translation>Powód zwrotu zapisywany przez Allegro</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Comment to the buyer, sent with the refund</source>
        <translation>Komentarz dla kupującego, wysyłany razem ze zwrotem</translation>
    </message>
    <message>
        <source>Shown to the buyer with the refund (optional)</source>
        <translation>Kupujący zobaczy go przy zwrocie (opcjonalnie)</translation>
    </message>
    <message>
        <source>Send the buyer a message:</source>
        <translation>Wyślij kupującemu wiadomość:</translation>
    </message>
    <message>
        <source>Mark the order &quot;cancelled&quot;</source>
        <translation>Oznacz jako „anulowane”</translation>
    </message>
    <message>
        <source>Set the &quot;cancelled&quot; label on the order</source>
        <translation>Oznacz zamówienie jako „anulowane”</translation>
    </message>
    <message>
        <source>Reclaim the commission</source>
        <translation>Odzyskaj prowizję</translation>
    </message>
    <message>
        <source>Claim the commission back from Allegro</source>
        <translation>Odzyskaj prowizję od Allegro</translation>
    </message>
    <message>
        <source>Always wait for my approval</source>
        <translation>Zawsze czekaj na moją zgodę</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 z %2 znaków</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Domyślny: %1</translation>
    </message>
</context>
<context>
    <name>ArmedChangeDialog</name>
    <message>
        <source>Save the change to an armed rule?</source>
        <translation>Zapisać zmianę uzbrojonej reguły?</translation>
    </message>
    <message>
        <source>Before this change: refunded %1 (%2), held %3 (%4).</source>
        <translation>Przed tą zmianą: zwróciła %1 (%2), wstrzymała %3 (%4).</translation>
    </message>
    <message>
        <source>This rule is armed: the change moves real money from your Allegro balance from the next sync. In shadow mode it only records what it would do.</source>
        <translation>Ta reguła jest uzbrojona: po zmianie przelewa prawdziwe pieniądze z Twojego salda Allegro od następnej synchronizacji. W trybie próbnym tylko zapisuje, co by zrobiła.</translation>
    </message>
    <message>
        <source>Save, keep it armed</source>
        <translation>Zapisz, zostaw uzbrojoną</translation>
    </message>
    <message>
        <source>Save in shadow mode</source>
        <translation>Zapisz w trybie próbnym</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>SwitchOnDialog</name>
    <message>
        <source>Switch this armed rule on?</source>
        <translation>Włączyć tę uzbrojoną regułę?</translation>
    </message>
    <message>
        <source>This rule is armed: switched on, it moves real money from your Allegro balance from the next sync.</source>
        <translation>Ta reguła jest uzbrojona: po włączeniu przelewa prawdziwe pieniądze z Twojego salda Allegro od następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Switch it on</source>
        <translation>Włącz ją</translation>
    </message>
    <message>
        <source>Leave it off</source>
        <translation>Zostaw wyłączoną</translation>
    </message>
</context>
<context>
    <name>ArmingDialog</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1” (%2)</translation>
    </message>
    <message>
        <source>Rules above it decided %1 of these cases first: %2. Those cases stay theirs; move this rule up, or narrow theirs, to let it decide them.</source>
        <translation>Reguły nad nią jako pierwsze zdecydowały o %1 z tych przypadków: %2. Te przypadki zostają przy nich; przesuń tę regułę wyżej albo zawęź tamte, aby mogła o nich decydować.</translation>
    </message>
    <message>
        <source>“%1” comes first and matches every case this rule would, so this rule never decides anything, armed or not. Move it up to let it decide.</source>
        <translation>Reguła „%1” jest wyżej i pasuje do każdego przypadku tej reguły, więc ta reguła nigdy o niczym nie zdecyduje, uzbrojona czy nie. Przesuń ją wyżej, aby mogła decydować.</translation>
    </message>
    <message>
        <source>Move it up</source>
        <translation>Przesuń ją wyżej</translation>
    </message>
    <message>
        <source>Arm this rule?</source>
        <translation>Uzbroić tę regułę?</translation>
    </message>
    <message>
        <source>• held %1 for your approval (%2)</source>
        <translation>• wstrzymała %1 do Twojej zgody (%2)</translation>
    </message>
    <message>
        <source>Armed, the rule moves real money from your Allegro balance as soon as you save it. Rules in shadow mode only record what they would do.</source>
        <translation>Uzbrojona reguła przelewa prawdziwe pieniądze z Twojego salda Allegro, gdy tylko ją zapiszesz. Reguły w trybie próbnym tylko zapisują, co by zrobiły.</translation>
    </message>
    <message>
        <source>Arm the rule</source>
        <translation>Uzbrój regułę</translation>
    </message>
    <message>
        <source>Keep it in shadow</source>
        <translation>Zostaw w trybie próbnym</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>What the buyer paid, surcharges included</source>
        <translation>Ile zapłacił kupujący, z dopłatami</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Zapłacona kwota</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Wartość zamówienia</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nazwa produktu</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Rodzaj płatności</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>Powód zwrotu</translation>
    </message>
    <message>
        <source>Days since purchase</source>
        <translation>Dni od zakupu</translation>
    </message>
    <message>
        <source>Buyer&apos;s orders with me</source>
        <translation>Zamówienia kupującego u mnie</translation>
    </message>
    <message>
        <source>Buyer login</source>
        <translation>Login kupującego</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Serwis</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Usuń ten warunek</translation>
    </message>
    <message>
        <source>logins, separated by commas</source>
        <translation>loginy oddzielone przecinkami</translation>
    </message>
    <message>
        <source>part of the product name</source>
        <translation>fragment nazwy produktu</translation>
    </message>
    <message>
        <source>only these</source>
        <translation>tylko te</translation>
    </message>
    <message>
        <source>any of these</source>
        <translation>którykolwiek z nich</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>co najmniej</translation>
    </message>
    <message>
        <source>under</source>
        <translation>poniżej</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>najwyżej</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>zawiera</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>jest jednym z</translation>
    </message>
    <message>
        <source>is not (blocklist)</source>
        <translation>nie jest (czarna lista)</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>minutes</source>
        <translation>minut</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>godzin</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
</context>
<context>
    <name>PolicyTextDialog</name>
    <message>
        <source>Refund policy text</source>
        <translation>Tekst zasad zwrotów</translation>
    </message>
    <message>
        <source>Your armed, enabled rules as a refund policy for your listings. Shadow and disabled rules promise nothing, so they are left out.</source>
        <translation>Twoje uzbrojone, włączone reguły jako zasady zwrotów do ofert. Reguły próbne i wyłączone niczego nie obiecują, więc ich tu nie ma.</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chiński</translation>
    </message>
    <message>
        <source>Copy for Allegro</source>
        <translation>Kopiuj dla Allegro</translation>
    </message>
    <message>
        <source>Save for shop page…</source>
        <translation>Zapisz dla strony sklepu…</translation>
    </message>
    <message>
        <source>The policy is longer than Allegro&apos;s %1 characters, so only its first rules were copied, followed by a sentence saying other refunds are handled individually.</source>
        <translation>Zasady są dłuższe niż %1 znaków dozwolonych przez Allegro, więc skopiowano tylko pierwsze reguły i zdanie, że pozostałe zwroty rozpatrujemy indywidualnie.</translation>
    </message>
    <message>
        <source>Save for shop page</source>
        <translation>Zapisz dla strony sklepu</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Strony internetowe (*.html)</translation>
    </message>
    <message>
        <source>The policy could not be saved to %1.</source>
        <translation>Nie udało się zapisać zasad w %1.</translation>
    </message>
</context>
<context>
    <name>ProductGroupsDialog</name>
    <message>
        <source>Product groups</source>
        <translation>Grupy produktów</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Usuń grupę</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>e.g. Promo November</source>
        <translation>np. Promocja listopad</translation>
    </message>
    <message>
        <source>Offers and SKUs in the group</source>
        <translation>Oferty i kody SKU w grupie</translation>
    </message>
    <message>
        <source>Search by name, offer id or SKU</source>
        <translation>Szukaj po nazwie, numerze oferty lub SKU</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Zapisz grupę</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Nadaj grupie nazwę.</translation>
    </message>
    <message>
        <source>There is already a group with this name.</source>
        <translation>Grupa o tej nazwie już istnieje.</translation>
    </message>
    <message>
        <source>The group could not be saved.</source>
        <translation>Nie udało się zapisać grupy.</translation>
    </message>
    <message>
        <source>Delete the group “%1”?</source>
        <translation>Usunąć grupę „%1”?</translation>
    </message>
    <message>
        <source>These rules use it and will no longer match its products: %1</source>
        <translation>Używają jej te reguły i przestaną obejmować jej produkty: %1</translation>
    </message>
</context>
<context>
    <name>ProductPickerDialog</name>
    <message>
        <source>Choose products</source>
        <translation>Wybierz produkty</translation>
    </message>
    <message>
        <source>Search by name, offer id or SKU</source>
        <translation>Szukaj po nazwie, numerze oferty lub SKU</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>Kody SKU</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>Grupy produktów</translation>
    </message>
    <message>
        <source>No products yet: they appear here once orders have been synced.</source>
        <translation>Brak produktów: pojawią się tu po zsynchronizowaniu zamówień.</translation>
    </message>
</context>
<context>
    <name>ProductValue</name>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>No products chosen yet</source>
        <translation>Nie wybrano jeszcze produktów</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>“%1” comes first and matches every case this rule would, so this rule never decides anything.</source>
        <translation>Reguła „%1” jest wyżej i pasuje do każdego przypadku tej reguły, więc ta reguła nigdy o niczym nie zdecyduje.</translation>
    </message>
    <message>
        <source>Move it up</source>
        <translation>Przesuń ją wyżej</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>e.g. Refund cancelled orders</source>
        <translation>np. Zwrot za anulowane zamówienia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Handling time (orders without a deadline)</source>
        <translation>Czas realizacji (zamówienia bez terminu)</translation>
    </message>
    <message>
        <source>Grace period after the deadline</source>
        <translation>Dodatkowy czas po terminie</translation>
    </message>
    <message>
        <source>Only if (all of these hold)</source>
        <translation>Tylko jeśli (wszystkie warunki spełnione)</translation>
    </message>
    <message>
        <source>No conditions: the rule applies to every case of its trigger.</source>
        <translation>Brak warunków: reguła obejmuje każdy przypadek tego zdarzenia.</translation>
    </message>
    <message>
        <source>+ Add condition</source>
        <translation>+ Dodaj warunek</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Wtedy</translation>
    </message>
    <message>
        <source>Limits, timing and mode</source>
        <translation>Limity, czas i tryb</translation>
    </message>
    <message>
        <source>Cap per order</source>
        <translation>Limit na zamówienie</translation>
    </message>
    <message>
        <source>above it: hold for my approval</source>
        <translation>powyżej: wstrzymaj do mojej zgody</translation>
    </message>
    <message>
        <source>above it: refund up to the cap</source>
        <translation>powyżej: zwróć do wysokości limitu</translation>
    </message>
    <message>
        <source>Wait before refunding</source>
        <translation>Odczekaj przed zwrotem</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>Próbny</translation>
    </message>
    <message>
        <source>Shadow (only record what it would do)</source>
        <translation>Próbny (tylko zapisuje, co by zrobił)</translation>
    </message>
    <message>
        <source>Armed (moves money)</source>
        <translation>Uzbrojony (przelewa pieniądze)</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>Zwykłymi słowami</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Cofnij zmiany</translation>
    </message>
    <message>
        <source>Edit rule (version %1)</source>
        <translation>Edycja reguły (wersja %1)</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nowa reguła</translation>
    </message>
</context>
<context>
    <name>RuleListActions</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Usuń regułę</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? It stops deciding at once; the refunds it decided keep pointing at its versions.</source>
        <translation>Usunąć regułę „%1”? Od razu przestanie decydować; zwroty, o których zdecydowała, nadal wskazują jej wersje.</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>Importuj reguły</translation>
    </message>
    <message>
        <source>Rules files (*.json)</source>
        <translation>Pliki reguł (*.json)</translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>Eksportuj reguły</translation>
    </message>
    <message>
        <source>The file could not be imported; your rules are unchanged.</source>
        <translation>Nie udało się zaimportować pliku; Twoje reguły się nie zmieniły.</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>Type something, or remove this condition.</source>
        <translation>Wpisz coś albo usuń ten warunek.</translation>
    </message>
    <message>
        <source>Tick at least one choice, or remove this condition: an empty condition is not saved as "any".</source>
        <translation>Zaznacz co najmniej jedną opcję albo usuń ten warunek: pusty warunek nie zostanie zapisany jako „dowolny”.</translation>
    </message>
    <message>
        <source>The deduction and the order amounts must be in the same currency.</source>
        <translation>Potrącenie i kwoty zamówienia muszą być w tej samej walucie.</translation>
    </message>
    <message>
        <source>No amount paid can satisfy both limits; the rule would never match.</source>
        <translation>Żadna zapłacona kwota nie spełni obu granic; reguła nigdy by nie pasowała.</translation>
    </message>
    <message>
        <source>An amount paid cannot be negative.</source>
        <translation>Zapłacona kwota nie może być ujemna.</translation>
    </message>
    <message>
        <source>A cap cannot be negative, and each currency can have only one cap.</source>
        <translation>Limit nie może być ujemny, a każda waluta może mieć tylko jeden limit.</translation>
    </message>
    <message>
        <source>Refund after a cancellation</source>
        <translation>Zwrot po anulowaniu</translation>
    </message>
    <message>
        <source>Refund for an order we could not send</source>
        <translation>Zwrot za zamówienie, którego nie mogliśmy wysłać</translation>
    </message>
    <message>
        <source>Refund after a return</source>
        <translation>Zwrot po odesłaniu produktu</translation>
    </message>
    <message>
        <source>Refund (general message)</source>
        <translation>Zwrot (wiadomość ogólna)</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Nadaj regule nazwę.</translation>
    </message>
    <message>
        <source>The percentage must be above 0 and at most 100.</source>
        <translation>Procent musi być większy od 0 i nie większy niż 100.</translation>
    </message>
    <message>
        <source>Only a return has returned items; this rule is not for returns.</source>
        <translation>Tylko zwrot ma zwrócone produkty; ta reguła nie dotyczy zwrotów.</translation>
    </message>
    <message>
        <source>The comment to the buyer can be at most 250 characters.</source>
        <translation>Komentarz dla kupującego może mieć najwyżej 250 znaków.</translation>
    </message>
    <message>
        <source>Choose a refund reason Allegro knows.</source>
        <translation>Wybierz powód zwrotu znany Allegro.</translation>
    </message>
    <message>
        <source>Choose which message the buyer gets.</source>
        <translation>Wybierz, jaką wiadomość dostanie kupujący.</translation>
    </message>
    <message>
        <source>A returned order was sent, so it cannot be marked cancelled.</source>
        <translation>Zwrócone zamówienie zostało wysłane, więc nie można go oznaczyć jako anulowane.</translation>
    </message>
    <message>
        <source>The deduction must not be negative and must be smaller than any refund this rule can make.</source>
        <translation>Potrącenie nie może być ujemne i musi być mniejsze niż każdy zwrot, jaki ta reguła może zrobić.</translation>
    </message>
    <message>
        <source>The cap per order cannot be negative.</source>
        <translation>Limit na zamówienie nie może być ujemny.</translation>
    </message>
    <message>
        <source>All amounts in one rule must be in the same currency.</source>
        <translation>Wszystkie kwoty w regule muszą być w tej samej walucie.</translation>
    </message>
    <message>
        <source>An order total cannot be negative.</source>
        <translation>Wartość zamówienia nie może być ujemna.</translation>
    </message>
    <message>
        <source>No order total can satisfy both limits; the rule would never match.</source>
        <translation>Żadna wartość zamówienia nie spełni obu limitów; reguła nigdy by nie zadziałała.</translation>
    </message>
    <message>
        <source>Return reasons only exist on returns; this rule would never match.</source>
        <translation>Powody zwrotu występują tylko przy zwrotach; ta reguła nigdy by nie zadziałała.</translation>
    </message>
    <message>
        <source>Days since purchase cannot be negative.</source>
        <translation>Liczba dni od zakupu nie może być ujemna.</translation>
    </message>
    <message>
        <source>The most days since purchase is less than the fewest.</source>
        <translation>Największa liczba dni od zakupu jest mniejsza niż najmniejsza.</translation>
    </message>
    <message>
        <source>Unknown payment type.</source>
        <translation>Nieznany rodzaj płatności.</translation>
    </message>
    <message>
        <source>A buyer has at least 1 order (this one).</source>
        <translation>Kupujący ma co najmniej 1 zamówienie (to).</translation>
    </message>
    <message>
        <source>The blocklist has an empty login.</source>
        <translation>Na czarnej liście jest pusty login.</translation>
    </message>
    <message>
        <source>Choose at least one product, group or name.</source>
        <translation>Wybierz co najmniej jeden produkt, grupę lub nazwę.</translation>
    </message>
    <message>
        <source>A marketplace is empty.</source>
        <translation>Serwis jest pusty.</translation>
    </message>
    <message>
        <source>The delay cannot be negative.</source>
        <translation>Opóźnienie nie może być ujemne.</translation>
    </message>
    <message>
        <source>The handling time cannot be negative.</source>
        <translation>Czas realizacji nie może być ujemny.</translation>
    </message>
    <message>
        <source>The grace period cannot be negative.</source>
        <translation>Dodatkowy czas nie może być ujemny.</translation>
    </message>
    <message>
        <source>Enter an amount such as 12.50.</source>
        <translation>Wpisz kwotę, np. 12,50.</translation>
    </message>
    <message>
        <source>Enter a percentage such as 50 or 12.5.</source>
        <translation>Wpisz procent, np. 50 lub 12,5.</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Wł.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Co robi</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Refunds this rule decided in the last 30 days and their total (in shadow mode: what it would have refunded).</source>
        <translation>Zwroty, o których reguła zdecydowała w ostatnich 30 dniach, i ich suma (w trybie próbnym: ile by zwróciła).</translation>
    </message>
    <message>
        <source>Turn the rule on or off</source>
        <translation>Włącz lub wyłącz regułę</translation>
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
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>%1 × · %2</source>
        <translation>%1 × · %2</translation>
    </message>
</context>
<context>
    <name>RulesScreen</name>
    <message>
        <source>Rules</source>
        <translation>Reguły</translation>
    </message>
    <message>
        <source>Rules are tried from the top: the first enabled rule that matches decides, and the ones below it are skipped. Drag a rule to change its place.</source>
        <translation>Reguły są sprawdzane od góry: decyduje pierwsza włączona reguła, która pasuje, a kolejne są pomijane. Przeciągnij regułę, aby zmienić jej miejsce.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nowa reguła</translation>
    </message>
    <message>
        <source>Add a starter rule</source>
        <translation>Dodaj regułę startową</translation>
    </message>
    <message>
        <source>Add all starter rules</source>
        <translation>Dodaj wszystkie reguły startowe</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Wersje…</translation>
    </message>
    <message>
        <source>Product groups…</source>
        <translation>Grupy produktów…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Policy text…</source>
        <translation>Tekst zasad…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Your changes to this rule are not saved. Discard them?</source>
        <translation>Zmiany w tej regule nie są zapisane. Odrzucić je?</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Nie udało się: %1</translation>
    </message>
</context>
<context>
    <name>VersionHistoryDialog</name>
    <message>
        <source>Version history</source>
        <translation>Historia wersji</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Porównaj</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>These versions do the same.</source>
        <translation>Te wersje działają tak samo.</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>w%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>CapsEdit</name>
    <message>
        <source>Remove this cap</source>
        <translation>Usuń ten limit</translation>
    </message>
    <message>
        <source>+ Cap for another currency</source>
        <translation>+ Limit dla innej waluty</translation>
    </message>
</context>
</TS>
