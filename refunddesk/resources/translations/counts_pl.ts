<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n refund(s) selected, together %1</source>
        <translation>
            <numerusform>Zaznaczono %n zwrot, razem %1</numerusform>
            <numerusform>Zaznaczono %n zwroty, razem %1</numerusform>
            <numerusform>Zaznaczono %n zwrotów, razem %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n refund(s) and send %1 to the buyers?</source>
        <translation>
            <numerusform>Zatwierdzić %n zwrot i wysłać kupującemu %1?</numerusform>
            <numerusform>Zatwierdzić %n zwroty i wysłać kupującym %1?</numerusform>
            <numerusform>Zatwierdzić %n zwrotów i wysłać kupującym %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve all %n refund(s) found when your shops were connected, together %1? They are sent to the buyers on the next round, each checked live with Allegro first. Cases also held for another reason stay here for you to look at.</source>
        <translation>
            <numerusform>Zatwierdzić %n zwrot znaleziony przy podłączaniu sklepów, na kwotę %1? Zostanie wysłany kupującemu w następnej rundzie, najpierw sprawdzony na bieżąco w Allegro. Jeśli jest wstrzymany także z innego powodu, zostanie tutaj do Twojej decyzji.</numerusform>
            <numerusform>Zatwierdzić wszystkie %n zwroty znalezione przy podłączaniu sklepów, łącznie %1? Zostaną wysłane kupującym w następnej rundzie, każdy najpierw sprawdzony na bieżąco w Allegro. Sprawy wstrzymane także z innego powodu zostaną tutaj do Twojej decyzji.</numerusform>
            <numerusform>Zatwierdzić wszystkie %n zwrotów znalezionych przy podłączaniu sklepów, łącznie %1? Zostaną wysłane kupującym w następnej rundzie, każdy najpierw sprawdzony na bieżąco w Allegro. Sprawy wstrzymane także z innego powodu zostaną tutaj do Twojej decyzji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n refund(s) (%1) again?</source>
        <translation>
            <numerusform>Wysłać ponownie %n zwrot (%1)?</numerusform>
            <numerusform>Wysłać ponownie %n zwroty (%1)?</numerusform>
            <numerusform>Wysłać ponownie %n zwrotów (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n refund(s), together %1? Nothing is sent to the buyer. Say in a few words why (kept with the refund).</source>
        <translation>
            <numerusform>Odrzucić %n zwrot na kwotę %1? Kupujący nic nie dostanie. Napisz krótko dlaczego (zostanie zapisane przy zwrocie).</numerusform>
            <numerusform>Odrzucić %n zwroty, razem %1? Kupujący nic nie dostaną. Napisz krótko dlaczego (zostanie zapisane przy zwrotach).</numerusform>
            <numerusform>Odrzucić %n zwrotów, razem %1? Kupujący nic nie dostaną. Napisz krótko dlaczego (zostanie zapisane przy zwrotach).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n refund(s), together %1, as refunded outside RefundDesk? A note is optional (for example the transfer's date).</source>
        <translation>
            <numerusform>Oznaczyć %n zwrot na kwotę %1 jako wykonany poza RefundDesk? Notatka jest opcjonalna (np. data przelewu).</numerusform>
            <numerusform>Oznaczyć %n zwroty, razem %1, jako wykonane poza RefundDesk? Notatka jest opcjonalna (np. data przelewu).</numerusform>
            <numerusform>Oznaczyć %n zwrotów, razem %1, jako wykonane poza RefundDesk? Notatka jest opcjonalna (np. data przelewu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more notice(s) wait after this one.)</source>
        <translation>
            <numerusform>(Po nim czeka jeszcze %n powiadomienie.)</numerusform>
            <numerusform>(Po nim czekają jeszcze %n powiadomienia.)</numerusform>
            <numerusform>(Po nim czeka jeszcze %n powiadomień.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n wstrzymany</numerusform>
            <numerusform>%n wstrzymane</numerusform>
            <numerusform>%n wstrzymanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or unchecked</source>
        <translation>
            <numerusform>%n nieudany lub niepotwierdzony</numerusform>
            <numerusform>%n nieudane lub niepotwierdzone</numerusform>
            <numerusform>%n nieudanych lub niepotwierdzonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older case(s) left to you (found when the shop was connected)</source>
        <translation>
            <numerusform>%n starsza sprawa pozostawiona Tobie (znaleziona przy podłączaniu sklepu)</numerusform>
            <numerusform>%n starsze sprawy pozostawione Tobie (znalezione przy podłączaniu sklepu)</numerusform>
            <numerusform>%n starszych spraw pozostawionych Tobie (znalezionych przy podłączaniu sklepu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo shop ledger: %1 moved in %n refund(s)</source>
        <translation>
            <numerusform>Księga sklepu demo: przelano %1 w %n zwrocie</numerusform>
            <numerusform>Księga sklepu demo: przelano %1 w %n zwrotach</numerusform>
            <numerusform>Księga sklepu demo: przelano %1 w %n zwrotach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n scenariusz</numerusform>
            <numerusform>%n scenariusze</numerusform>
            <numerusform>%n scenariuszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n zmieniony</numerusform>
            <numerusform>%n zmienione</numerusform>
            <numerusform>%n zmienionych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) replayed</source>
        <translation>
            <numerusform>Odtworzono %n przypadek</numerusform>
            <numerusform>Odtworzono %n przypadki</numerusform>
            <numerusform>Odtworzono %n przypadków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change</source>
        <translation>
            <numerusform>%n by się zmienił</numerusform>
            <numerusform>%n by się zmieniły</numerusform>
            <numerusform>%n by się zmieniło</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n case(s): the figures cover those only.</source>
        <translation>
            <numerusform>Anulowano po %1 z %n przypadku: liczby obejmują tylko je.</numerusform>
            <numerusform>Anulowano po %1 z %n przypadków: liczby obejmują tylko je.</numerusform>
            <numerusform>Anulowano po %1 z %n przypadków: liczby obejmują tylko je.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) (%1)</source>
        <translation>
            <numerusform>%n zwrot (%1)</numerusform>
            <numerusform>%n zwroty (%1)</numerusform>
            <numerusform>%n zwrotów (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) (%1)</source>
        <translation>
            <numerusform>%n wstrzymanie (%1)</numerusform>
            <numerusform>%n wstrzymania (%1)</numerusform>
            <numerusform>%n wstrzymań (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n day(s), “%1” would have:</source>
        <translation>
            <numerusform>W ciągu ostatniego %n dnia reguła „%1” by:</numerusform>
            <numerusform>W ciągu ostatnich %n dni reguła „%1” by:</numerusform>
            <numerusform>W ciągu ostatnich %n dni reguła „%1” by:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• refunded %n order(s) automatically, %1 in total</source>
        <translation>
            <numerusform>• automatycznie zwróciła pieniądze za %n zamówienie, łącznie %1</numerusform>
            <numerusform>• automatycznie zwróciła pieniądze za %n zamówienia, łącznie %1</numerusform>
            <numerusform>• automatycznie zwróciła pieniądze za %n zamówień, łącznie %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of its trigger were looked at; earlier rules decide first.</source>
        <translation>
            <numerusform>Sprawdzono %n przypadek tego zdarzenia; wcześniejsze reguły decydują pierwsze.</numerusform>
            <numerusform>Sprawdzono %n przypadki tego zdarzenia; wcześniejsze reguły decydują pierwsze.</numerusform>
            <numerusform>Sprawdzono %n przypadków tego zdarzenia; wcześniejsze reguły decydują pierwsze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n zamówienie</numerusform>
            <numerusform>%n zamówienia</numerusform>
            <numerusform>%n zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be read from Allegro.</source>
        <translation>
            <numerusform>Nie udało się odczytać %n zamówienia z Allegro.</numerusform>
            <numerusform>Nie udało się odczytać %n zamówień z Allegro.</numerusform>
            <numerusform>Nie udało się odczytać %n zamówień z Allegro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) were saved to %1.</source>
        <translation>
            <numerusform>Zapisano %n regułę w pliku %1.</numerusform>
            <numerusform>Zapisano %n reguły w pliku %1.</numerusform>
            <numerusform>Zapisano %n reguł w pliku %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rules in %1 will replace your %n rule(s). The old ones stay in the history of the refunds they decided. Go on?</source>
        <translation>
            <numerusform>Reguły z pliku %1 zastąpią Twoją obecną regułę (%n). Stara reguła pozostanie w historii zwrotów, o których zdecydowała. Kontynuować?</numerusform>
            <numerusform>Reguły z pliku %1 zastąpią Twoje obecne reguły (%n). Stare pozostaną w historii zwrotów, o których zdecydowały. Kontynuować?</numerusform>
            <numerusform>Reguły z pliku %1 zastąpią Twoje obecne reguły (%n). Stare pozostaną w historii zwrotów, o których zdecydowały. Kontynuować?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” held %2 of its %n case(s) since it was last reviewed.</source>
        <translation>
            <numerusform>„%1” wstrzymała %2 z %n przypadku od ostatniego przejrzenia.</numerusform>
            <numerusform>„%1” wstrzymała %2 z %n przypadków od ostatniego przejrzenia.</numerusform>
            <numerusform>„%1” wstrzymała %2 z %n przypadków od ostatniego przejrzenia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” failed %2 of its %n case(s) since it was last reviewed.</source>
        <translation>
            <numerusform>„%1”: %2 z %n przypadku zakończyło się błędem od ostatniego przejrzenia.</numerusform>
            <numerusform>„%1”: %2 z %n przypadków zakończyło się błędem od ostatniego przejrzenia.</numerusform>
            <numerusform>„%1”: %2 z %n przypadków zakończyło się błędem od ostatniego przejrzenia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automation stopped after %n failure(s) in a row: look at Review, then reset it in Settings.</source>
        <translation>
            <numerusform>Automatyzacja zatrzymała się po %n błędzie: sprawdź ekran Do przejrzenia, a potem zresetuj ją w Ustawieniach.</numerusform>
            <numerusform>Automatyzacja zatrzymała się po %n błędach z rzędu: sprawdź ekran Do przejrzenia, a potem zresetuj ją w Ustawieniach.</numerusform>
            <numerusform>Automatyzacja zatrzymała się po %n błędach z rzędu: sprawdź ekran Do przejrzenia, a potem zresetuj ją w Ustawieniach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automation stopped sending refunds after %n failure(s) in a row. Look at the failures on the Review screen, then reset it.</source>
        <translation>
            <numerusform>Automatyzacja przestała wysyłać zwroty po %n błędzie. Przejrzyj go na ekranie „Do przejrzenia”, a potem zresetuj bezpiecznik.</numerusform>
            <numerusform>Automatyzacja przestała wysyłać zwroty po %n błędach z rzędu. Przejrzyj błędy na ekranie „Do przejrzenia”, a potem zresetuj bezpiecznik.</numerusform>
            <numerusform>Automatyzacja przestała wysyłać zwroty po %n błędach z rzędu. Przejrzyj błędy na ekranie „Do przejrzenia”, a potem zresetuj bezpiecznik.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
