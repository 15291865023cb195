<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ConnectShopDialog</name>
    <message>
        <source>No Allegro application yet? Try the demo shop first</source>
        <translation>Nie masz jeszcze aplikacji Allegro? Najpierw wypróbuj sklep demonstracyjny</translation>
    </message>
    <message>
        <source>RefundDesk talks to Allegro with your own application key: register it once, as below, then enter its client ID and client secret here.</source>
        <translation>RefundDesk łączy się z Allegro za pomocą klucza Twojej własnej aplikacji: zarejestruj ją raz, jak opisano poniżej, a potem wpisz tu jej Client ID i Client Secret.</translation>
    </message>
    <message>
        <source>The demo shop is a pretend Allegro shop on this computer (start it with “refunddesk demo-shop”). Its key is filled in for you.</source>
        <translation>Sklep demonstracyjny to udawany sklep Allegro na tym komputerze (uruchom go poleceniem „refunddesk demo-shop”). Jego klucz jest już wpisany.</translation>
    </message>
</context>
<context>
    <name>DeveloperGuide</name>
    <message>
        <source>1. Open Allegro's developer portal and log in with your sandbox account.</source>
        <translation>1. Otwórz portal deweloperski Allegro i zaloguj się kontem w Sandboksie.</translation>
    </message>
    <message>
        <source>1. Open Allegro's developer portal and log in with your shop's Allegro account (it needs two-step login switched on).</source>
        <translation>1. Otwórz portal deweloperski Allegro i zaloguj się kontem Allegro swojego sklepu (musi mieć włączone logowanie dwuetapowe).</translation>
    </message>
    <message>
        <source>2. Register a new application. As its type choose the one that works without a browser or keyboard (“Aplikacja działa bez dostępu do przeglądarki lub klawiatury”): the device type. It cannot be changed later.</source>
        <translation>2. Zarejestruj nową aplikację. Jako jej rodzaj wybierz „Aplikacja działa bez dostępu do przeglądarki lub klawiatury” (typ „device”). Nie da się go później zmienić.</translation>
    </message>
    <message>
        <source>3. Give it a name you will recognise, e.g. RefundDesk, and save it.</source>
        <translation>3. Nadaj jej nazwę, którą rozpoznasz, np. RefundDesk, i zapisz.</translation>
    </message>
    <message>
        <source>4. The application's page shows its Client ID and Client Secret: copy both into the fields below.</source>
        <translation>4. Strona aplikacji pokazuje jej Client ID i Client Secret: skopiuj oba do pól poniżej.</translation>
    </message>
    <message>
        <source>Open Allegro's developer portal</source>
        <translation>Otwórz portal deweloperski Allegro</translation>
    </message>
    <message>
        <source>Where the client ID and secret come from</source>
        <translation>Skąd wziąć Client ID i Client Secret</translation>
    </message>
</context>
<context>
    <name>NextStepPanel</name>
    <message>
        <source>Automation is paused: RefundDesk sends no refund. Some refunds wait for your decision: held by a limit or a rule, failed, or not confirmed.</source>
        <translation>Automatyzacja jest wstrzymana: RefundDesk nie wysyła żadnych zwrotów. Niektóre zwroty czekają na Twoją decyzję: wstrzymane przez limit lub regułę, nieudane albo niepotwierdzone.</translation>
    </message>
    <message>
        <source>Automation is paused: RefundDesk sends no refund.</source>
        <translation>Automatyzacja jest wstrzymana: RefundDesk nie wysyła żadnych zwrotów.</translation>
    </message>
    <message>
        <source>Connect a shop…</source>
        <translation>Połącz sklep…</translation>
    </message>
    <message>
        <source>Next step: add a starter rule. New rules start in shadow mode: they only record what they would refund.</source>
        <translation>Następny krok: dodaj regułę startową. Nowe reguły działają w trybie próbnym: tylko zapisują, co by zwróciły.</translation>
    </message>
    <message>
        <source>Next step: connect your Allegro shop. You can try everything on the demo shop first.</source>
        <translation>Następny krok: połącz swój sklep Allegro. Najpierw możesz wszystko wypróbować na sklepie demonstracyjnym.</translation>
    </message>
    <message>
        <source>Next step: decide on them in Review.</source>
        <translation>Następny krok: zdecyduj o nich na ekranie Do przejrzenia.</translation>
    </message>
    <message>
        <source>Next step: resume it at the bottom of the window when you are ready.</source>
        <translation>Następny krok: gdy zechcesz, wznów ją na dole okna.</translation>
    </message>
    <message>
        <source>Next step: try a test order in Simulate, then arm the rule you trust on the Rules screen.</source>
        <translation>Następny krok: wypróbuj zamówienie testowe w Symulacji, a potem uzbrój regułę, której ufasz, na ekranie Reguły.</translation>
    </message>
    <message>
        <source>Nothing needs you now.</source>
        <translation>Teraz nic nie wymaga Twojej uwagi.</translation>
    </message>
    <message>
        <source>Open Review (%1)</source>
        <translation>Otwórz Do przejrzenia (%1)</translation>
    </message>
    <message>
        <source>Open Rules</source>
        <translation>Otwórz Reguły</translation>
    </message>
    <message>
        <source>Open Simulate</source>
        <translation>Otwórz Symulację</translation>
    </message>
    <message>
        <source>RefundDesk is not watching any shop yet, so it does nothing.</source>
        <translation>RefundDesk nie obserwuje jeszcze żadnego sklepu, więc nic nie robi.</translation>
    </message>
    <message>
        <source>RefundDesk is watching your shop and refunds buyers by your armed rules.</source>
        <translation>RefundDesk obserwuje Twój sklep i zwraca kupującym pieniądze według Twoich uzbrojonych reguł.</translation>
    </message>
    <message>
        <source>RefundDesk is watching your shop. Some refunds wait for your decision: held by a limit or a rule, failed, or not confirmed.</source>
        <translation>RefundDesk obserwuje Twój sklep. Niektóre zwroty czekają na Twoją decyzję: wstrzymane przez limit lub regułę, nieudane albo niepotwierdzone.</translation>
    </message>
    <message>
        <source>RefundDesk syncs your orders, but no rule is switched on, so it decides nothing.</source>
        <translation>RefundDesk synchronizuje Twoje zamówienia, ale żadna reguła nie jest włączona, więc o niczym nie decyduje.</translation>
    </message>
    <message>
        <source>Your rules are in shadow mode: RefundDesk records what they would refund and moves no money.</source>
        <translation>Twoje reguły działają w trybie próbnym: RefundDesk zapisuje, co by zwróciły, i nie przelewa pieniędzy.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>This ran for real on a practice copy of the demo shop: the refunds below were made there. Your shop, orders and refunds are unchanged.</source>
        <translation>To zostało wykonane naprawdę na kopii próbnej sklepu demonstracyjnego: poniższe zwroty zrobiono tam. Twój sklep, zamówienia i zwroty się nie zmieniły.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Try it</source>
        <translation>Wypróbuj</translation>
    </message>
    <message>
        <source>Simulate a test order with this rule as it is now, before you save it.</source>
        <translation>Przetestuj na próbnym zamówieniu regułę w obecnej postaci, zanim ją zapiszesz.</translation>
    </message>
</context>
<context>
    <name>ShopsPanel</name>
    <message>
        <source>Demo shop at its own address</source>
        <translation>Sklep demonstracyjny pod własnym adresem</translation>
    </message>
</context>
<context>
    <name>SimulateScreen</name>
    <message>
        <source>Using the draft from the Rules screen, unsaved changes included.</source>
        <translation>Używany jest szkic z ekranu Reguły, łącznie z niezapisanymi zmianami.</translation>
    </message>
    <message>
        <source>Ran on a practice copy of the demo shop; your own data is unchanged.</source>
        <translation>Uruchomiono na kopii próbnej sklepu demonstracyjnego; Twoje dane się nie zmieniły.</translation>
    </message>
</context>
</TS>
