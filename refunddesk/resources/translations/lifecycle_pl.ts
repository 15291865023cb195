<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About RefundDesk</source>
        <translation>&amp;O programie RefundDesk</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>no database yet</source>
        <translation>jeszcze nie ma bazy danych</translation>
    </message>
    <message>
        <source>empty (set up on the next start)</source>
        <translation>pusta (zostanie przygotowana przy następnym uruchomieniu)</translation>
    </message>
    <message>
        <source>%1 (up to date)</source>
        <translation>%1 (aktualny)</translation>
    </message>
    <message>
        <source>%1 (upgraded on the next start, after a backup)</source>
        <translation>%1 (zostanie zaktualizowany przy następnym uruchomieniu, po kopii zapasowej)</translation>
    </message>
    <message>
        <source>%1 (written by a newer RefundDesk)</source>
        <translation>%1 (zapisany przez nowszy RefundDesk)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nie daje się odczytać</translation>
    </message>
    <message>
        <source>RefundDesk %1</source>
        <translation>RefundDesk %1</translation>
    </message>
    <message>
        <source>Automatic, rule-based buyer refunds for Allegro shops.</source>
        <translation>Automatyczne zwroty dla kupujących według reguł, dla sklepów na Allegro.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <source>Database schema: %1</source>
        <translation>Schemat bazy danych: %1</translation>
    </message>
    <message>
        <source>This version knows schemas up to %1.</source>
        <translation>Ta wersja zna schematy do %1.</translation>
    </message>
    <message>
        <source>About RefundDesk</source>
        <translation>O programie RefundDesk</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <source>Keep refunding when the window is closed?</source>
        <translation>Zwracać dalej po zamknięciu okna?</translation>
    </message>
    <message>
        <source>Yes: RefundDesk keeps running in the tray and goes on refunding under your rules; quit it from the tray icon.
No: closing the window stops automation until you open RefundDesk again.

You can change this later in Settings.</source>
        <translation>Tak: RefundDesk działa dalej w zasobniku systemowym i nadal zwraca pieniądze według Twoich reguł; zakończysz go z ikony w zasobniku.
Nie: zamknięcie okna zatrzymuje automatyzację, dopóki ponownie nie otworzysz RefundDesk.

Możesz to później zmienić w Ustawieniach.</translation>
    </message>
    <message>
        <source>Closing stops automatic refunds</source>
        <translation>Zamknięcie zatrzymuje automatyczne zwroty</translation>
    </message>
    <message>
        <source>While RefundDesk is closed, no refund is sent. To keep refunding with the window closed, run the background worker as a service (on Linux: refunddesk service install; the user guide shows Windows and macOS).

Close RefundDesk now?</source>
        <translation>Gdy RefundDesk jest zamknięty, żaden zwrot nie zostaje wysłany. Aby zwracać dalej przy zamkniętym oknie, uruchom pracownika w tle jako usługę (w Linuksie: refunddesk service install; instrukcja obsługi opisuje Windows i macOS).

Zamknąć teraz RefundDesk?</translation>
    </message>
</context>
</TS>
