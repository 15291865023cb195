"""Polskie brzmienie komunikatów rdzenia (``messages.py``): te same kody co po angielsku."""

from __future__ import annotations

from collections.abc import Mapping

# Plural forms by CLDR category of ``n``: one (1), few (2–4, 22–24 …), many (0, 5–21 …),
# other (fractions; never used for whole counts, kept because every table must have it).
TEXTS: dict[str, str | Mapping[str, str]] = {
    "case.not_cancelled": "zamówienie nie jest anulowane (jego status to {status})",
    "case.sent": "zamówienie zostało wysłane",
    "case.no_return": "w tej sprawie nie ma zwrotu od klienta",
    "case.no_payment": "zamówienie nie ma płatności",
    "case.not_paid": "kupujący nie zapłacił za zamówienie",
    "trace.no_rule_applies": "Żadna reguła nie ma zastosowania: {why}.",
    "trace.rule_skipped": "Reguła {number} „{rule}” pominięta: {why}",
    "trace.rule_matches": "Reguła {number} „{rule}” pasuje",
    "trace.rule_not_reached": "Reguła {number} „{rule}” nie została sprawdzona: "
    "wcześniej zdecydowała reguła {decided}",
    "trace.no_rule_matched": "Żadna reguła nie pasuje, więc nic nie jest zwracane automatycznie.",
    "trace.would_hold": "Po uzbrojeniu czekałby na akceptację: {reasons}.",
    "trace.held": "Czeka na akceptację: {reasons}.",
    "trace.nothing_left": "Nie zostało nic do zwrotu.",
    "trace.waiting": "Czeka na zakończenie trwającego zwrotu tej samej pozycji.",
    "trace.would_refund": "Zwróciłaby {total}.",  # the rule: "Reguła … pasuje. Zwróciłaby …"
    "trace.refund": "Zwrot {total}.",
    "trace.shadow": "Reguła {number} „{rule}” działa w trybie próbnym: pieniądze nie są "
    "przelewane.",
    "trace.backlog_left_to_you": "To wydarzyło się, zanim RefundDesk zaczął obserwować sklep "
    "({since}), a takie sprawy zostawiasz sobie.",
    "trace.backlog_held": "Czeka na Twoją akceptację: znalezione przy podłączaniu sklepu "
    "({since}); zaakceptuj, aby zwrócić.",
    "trace.foreign_refunds": {
        "one": "Czeka na akceptację: Allegro pokazuje już {n} zwrot tego zamówienia, którego "
        "nie zrobił RefundDesk ({total}: ręcznie w Allegro albo przez samo Allegro).",
        "few": "Czeka na akceptację: Allegro pokazuje już {n} zwroty tego zamówienia, których "
        "nie zrobił RefundDesk ({total}: ręcznie w Allegro albo przez samo Allegro).",
        "many": "Czeka na akceptację: Allegro pokazuje już {n} zwrotów tego zamówienia, "
        "których nie zrobił RefundDesk ({total}: ręcznie w Allegro albo przez samo Allegro).",
        "other": "Czeka na akceptację: Allegro pokazuje już {n} zwrotu tego zamówienia, "
        "których nie zrobił RefundDesk ({total}: ręcznie w Allegro albo przez samo Allegro).",
    },
    "trace.dry_run": "W Ustawieniach włączona jest próba na sucho: nic nie zostało wysłane.",
    "skip.turned_off": "jest wyłączona",
    "skip.other_trigger": "jej zdarzenie to „{rule_for}”, a tej sprawy „{case}”",
    "skip.deduction_currency": "zamówienie jest w {currency}, a potrącenie reguły w "
    "{rule_currency}",
    "skip.no_deadline": "zamówienie nie ma terminu wysyłki ani czasu płatności, od którego "
    "można liczyć",
    "skip.not_late_yet": "jeszcze nie jest spóźnione: będzie od {late_from}",
    "condition.amount_currency": "zamówienie jest w {currency}, a kwoty reguły w {rule_currency}",
    "condition.total_below": "wartość zamówienia {amount} jest mniejsza niż {limit}",
    "condition.total_not_under": "wartość zamówienia {amount} nie jest mniejsza niż {limit}",
    "condition.paid_below": "zapłacona kwota {amount} jest mniejsza niż {limit}",
    "condition.paid_not_under": "zapłacona kwota {amount} nie jest mniejsza niż {limit}",
    "condition.marketplace": "zamówienie pochodzi z {marketplace}, nie z {wanted}",
    "condition.payment": "metoda płatności: {paid_by}, a nie {wanted}",
    "condition.buyer_blocked": "kupujący {login} jest na liście zablokowanych",
    "condition.buyer_orders": {
        "one": "kupujący ma {n} zamówienie, mniej niż {limit}",
        "few": "kupujący ma {n} zamówienia, mniej niż {limit}",
        "many": "kupujący ma {n} zamówień, mniej niż {limit}",
        "other": "kupujący ma {n} zamówienia, mniej niż {limit}",
    },
    "condition.purchase_date_unknown": "data zakupu jest nieznana",
    "condition.bought_too_recently": {
        "one": "kupione {n} dzień temu, mniej niż {limit}",
        "few": "kupione {n} dni temu, mniej niż {limit}",
        "many": "kupione {n} dni temu, mniej niż {limit}",
        "other": "kupione {n} dnia temu, mniej niż {limit}",
    },
    "condition.bought_too_long_ago": {
        "one": "kupione {n} dzień temu, więcej niż {limit}",
        "few": "kupione {n} dni temu, więcej niż {limit}",
        "many": "kupione {n} dni temu, więcej niż {limit}",
        "other": "kupione {n} dnia temu, więcej niż {limit}",
    },
    "condition.no_return": "nie ma zwrotu, z którego można wziąć powód",
    "condition.return_reason": "powód zwrotu „{reason}” to nie {wanted}",
    "condition.no_items": "w sprawie nie ma pozycji do porównania z produktami",
    "condition.item_not_in_products": "pozycji „{item}” nie ma wśród produktów reguły",
    "condition.no_item_in_products": "żadnej pozycji nie ma wśród produktów reguły",
    "trigger.BUYER_CANCELLED": "anulowane zamówienia",
    "trigger.NOT_SENT_IN_TIME": "zamówienia niewysłane na czas",
    "trigger.RETURN_DELIVERED": "dostarczone zwroty",
    "trigger.RETURN_DECLARED": "zgłoszone zwroty",
    "payment.ONLINE": "płatność online",
    "payment.ALLEGRO_PAY": "Allegro Pay",
    "payment.CASH_ON_DELIVERY": "za pobraniem",
    "payment.WIRE_TRANSFER": "przelew bankowy",
    "payment.SPLIT_PAYMENT": "płatność podzielona",
    "payment.EXTENDED_TERM": "płatność z odroczonym terminem",
    "payment.UNKNOWN": "nieznana metoda",
    "return_reason.DONT_LIKE_IT": "Nie podoba się",
    "return_reason.NOT_AS_DESCRIBED": "Niezgodny z opisem",
    "return_reason.NOT_AS_EXPECTED": "Nie spełnia oczekiwań",
    "return_reason.DAMAGED": "Uszkodzony",
    "return_reason.TRANSPORT": "Uszkodzony w transporcie",
    "return_reason.INCOMPLETE": "Niekompletny",
    "return_reason.DIFFERENT": "Inny produkt",
    "return_reason.MISTAKE": "Kupiony przez pomyłkę",
    "return_reason.OVERDUE_DELIVERY": "Dostarczony za późno",
    "return_reason.HIDDEN_FLAW": "Wada ukryta",
    "return_reason.OTHER_FLAW": "Inna wada",
    "return_reason.COUNTERFEIT": "Podróbka",
    "return_reason.NOT_NEW": "Nie jest nowy",
    "return_reason.TOO_LARGE": "Za duży",
    "return_reason.TOO_SMALL": "Za mały",
    "state.PLANNED": "zaplanowany",
    "state.SUBMITTING": "w trakcie wysyłania",
    "state.SUBMITTED": "wysłany do Allegro",
    "state.SUCCEEDED": "zwrócony",
    "state.FAILED": "nieudany",
    "state.UNCONFIRMED": "niepotwierdzony",
    "state.HELD": "czeka na akceptację",
    "state.DISMISSED": "odrzucony",
    "state.REFUNDED_BY_HAND": "zwrócony ręcznie",
    "state.SHADOW": "tylko zapisany (tryb próbny)",
    "state.NO_ACTION": "bez zwrotu",
    "hold.OVER_CAP": "zwrot przekracza limit reguły",
    "hold.CASH_ON_DELIVERY": "zamówienia za pobraniem nie da się zwrócić przez Allegro: "
    "przelej pieniądze na konto bankowe kupującego",
    "hold.RULE_SAYS_REVIEW": "reguła prosi o Twoją akceptację",
    "hold.ALREADY_REFUNDED_ELSEWHERE": "część została już zwrócona w inny sposób",
    "hold.RETURN_MISMATCH": "zwrot zawiera pozycje, których nie ma w zamówieniu",
    "hold.NO_CAP_FOR_CURRENCY": "reguła ma limity, ale żadnego w walucie tego zamówienia",
    "hold.REOPENED": "przywrócony po odrzuceniu: zatwierdź go albo odrzuć ponownie",
    "hold.BACKLOG": "znalezione przy podłączaniu sklepu: zaakceptuj, aby zwrócić",
    "plan.nothing_left": "W tym zamówieniu nie zostało nic do zwrotu.",
    "plan.percent": "Zwrot {percent}% z {wanted}: {target}",
    "plan.deducted": "Potrącono {amount}",
    "plan.deducted_labelled": "Potrącono {amount} ({label})",
    "plan.deduction_takes_all": "Potrącenie {amount} pochłania cały zwrot",
    "plan.deduction_takes_all_labelled": "Potrącenie {amount} ({label}) pochłania cały zwrot",
    "plan.limited_to_remainder": "Ograniczono do {left}, które w zamówieniu nie zostały "
    "jeszcze zwrócone",
    "plan.capped": "Ograniczono do limitu {cap}",
    "plan.above_cap": "{total} przekracza limit {cap}: czeka na akceptację",
    "plan.partly_refunded_rest": "{item} było już częściowo zwrócone: zwracamy resztę",
    "plan.partly_refunded_share": "{item} było już częściowo zwrócone: zwracamy jego część",
    "plan.no_return": "Nie ma zwrotu, więc nie ma zwróconych pozycji do zwrotu pieniędzy.",
    "plan.returned_not_in_order": "Zwróconej oferty {item} nie ma w tym zamówieniu",
    "plan.already_refunded_elsewhere": {
        "one": "{n} sztuka {item} została już zwrócona w inny sposób",
        "few": "{n} sztuki {item} zostały już zwrócone w inny sposób",
        "many": "{n} sztuk {item} zostało już zwróconych w inny sposób",
        "other": "{n} sztuki {item} zostało już zwrócone w inny sposób",
    },
    "plan.waiting_for_pending": "Czeka na zakończenie trwającego zwrotu tej samej pozycji",
    "note.check_failed": "Nie udało się sprawdzić zamówienia w Allegro: {why}",
    "note.bug": "RefundDesk napotkał tu nieoczekiwany błąd ({error}). Jest opisany w pliku "
    "dziennika.",
    "note.interrupted": "RefundDesk zatrzymał się w trakcie wysyłania tego zwrotu; sprawdzamy "
    "w Allegro.",
    "note.no_longer_cancelled": "Sprawdzenie na żywo: zamówienie nie jest już anulowane "
    "(status {status}).",
    "note.sent_after_all": "Sprawdzenie na żywo: zamówienie jednak zostało wysłane, więc zwrot "
    "za spóźnienie się nie należy.",
    "note.the_merchant": "sprzedawcę",
    "note.approved_by": "Zatwierdzone przez: {actor}.",
    "note.approved_by_note": "Zatwierdzone przez: {actor}: {note}",
    "note.retry_asked_by": "Ponowienie zlecone przez: {actor}.",
    "note.dismissed": "Odrzucono: {note}",
    "note.refunded_by_hand": "Zwrócono ręcznie.",
    "note.refunded_by_hand_note": "Zwrócono ręcznie: {note}",
    "note.reopened": "Przywrócony po odrzuceniu: czeka na Twoje zatwierdzenie.",
    "note.reopened_note": "Przywrócony po odrzuceniu ({note}): czeka na Twoje zatwierdzenie.",
    "note.waiting_same_items": "Czeka: Allegro wciąż przetwarza inny zwrot tych samych pozycji.",
    "note.less_left": "Sprawdzenie na żywo: do zwrotu w tym zamówieniu zostało tylko {left}; "
    "plan zakładał {planned}.",
    "note.late_answer": "Odpowiedź Allegro przyszła po tym, jak inny RefundDesk przejął ten zwrot.",
    "note.sent": "Wysłano do Allegro: zwrot {refund} na {total}, stan: {status}.",
    "note.refused": "Allegro odrzuciło zwrot: {why}",
    "note.unconfirmed": "Allegro nie potwierdziło zwrotu ({why}). Zostanie to sprawdzone, "
    "zanim z tym zamówieniem stanie się cokolwiek innego.",
    "note.refused_list_unreadable": "Allegro odrzuciło zwrot: {why} Nie udało się odczytać "
    "listy zwrotów, żeby sprawdzić dlaczego; sprawdzimy ponownie następnym razem.",
    "note.refused_already_made": "Allegro odrzuciło zwrot: {why} Ten zwrot został już "
    "zrobiony (zwrot {refund} na {total}); zapisujemy go tutaj zamiast drugiego.",
    "note.waiting_other_refund": "Czeka: Allegro wciąż przetwarza inny zwrot tego zamówienia.",
    "note.refused_less_left": "Allegro odrzuciło zwrot: {why} Do zwrotu w tym zamówieniu "
    "zostało tylko {left} (w międzyczasie zwrócono je w inny sposób); plan zakładał {planned}.",
    "note.refunded": "Zwrot {total}: {status}.",
    "note.reconciled_found": "Uzgodniono: zwrot {refund} znaleziony na liście Allegro.",
    "note.reconciled_resent": "Uzgodniono: zwrot {refund} potwierdzony ponownym wysłaniem "
    "tego samego polecenia.",
    "note.reconciled_absent": "Uzgodniono: Allegro nie ma takiego zwrotu ({why}); zostanie to "
    "sprawdzone ponownie.",
    "note.replanned": "Zaplanowano ponownie, bo {changes}. Poprzednia decyzja: {earlier}.",
    "note.replanned_by_rule": "Zaplanowano ponownie, bo {changes}. Poprzednia decyzja: "
    "{earlier}, według reguły „{rule}” (wersja {version}).",
    "note.replanned_now": "{note} Teraz: {now}.",
    "note.replanned_now_no_refund": "{note} Teraz: bez zwrotu. {why}",
    "note.changed_after_decision": "Zamówienie zmieniło się po Twojej decyzji ({changes}). "
    "RefundDesk jej nie zmienił: sprawdź zamówienie, jeśli decyzja powinna być inna.",
    "fact.nothing": "nic",
    "fact.buyer_paid": "kupujący zapłacił ({amount})",
    "fact.paid": "zapłacono {old} → {new}",
    "fact.surcharges_paid": "dopłaty {old} → {new}",
    "fact.parcel_sent": "wysłano paczkę",
    "fact.parcel_gone": "paczki już nie ma",
    "fact.changed_status": "status zamówienia {old} → {new}",
    "fact.changed_fulfillment": "status realizacji {old} → {new}",
    "fact.changed_sent": "wysłane pozycje {old} → {new}",
    "fact.changed_return": "status zwrotu {old} → {new}",
    "fact.changed_returned": "zwrócone pozycje {old} → {new}",
    "fact.changed_backlog": "Twój wybór dla spraw znalezionych przy podłączaniu {old} → {new}",
    "fact.changed_other": "{fact} {old} → {new}",
    "limit.breaker": {
        "one": "Automatyzacja zatrzymała się po {n} nieudanej próbie z rzędu.",
        "few": "Automatyzacja zatrzymała się po {n} nieudanych próbach z rzędu.",
        "many": "Automatyzacja zatrzymała się po {n} nieudanych próbach z rzędu.",
        "other": "Automatyzacja zatrzymała się po {n} nieudanej próby z rzędu.",
    },
    "limit.order_cap": "{amount} przekracza Twój limit na zamówienie {cap}.",
    "limit.daily_count": {
        "one": "Osiągnięto dzisiejszy limit {n} zwrotu.",
        "few": "Osiągnięto dzisiejszy limit {n} zwrotów.",
        "many": "Osiągnięto dzisiejszy limit {n} zwrotów.",
        "other": "Osiągnięto dzisiejszy limit {n} zwrotu.",
    },
    "limit.daily_budget": "Dzisiejszy budżet {budget} zostałby przekroczony (wydano już {spent}).",
    "limit.buyer_daily_cap": "Kupujący {buyer} dostałby dziś więcej niż {cap}.",
    "failure.canceled": "Allegro anulowało zwrot: saldo sprzedawcy było prawdopodobnie za "
    "niskie. Doładuj je w Allegro, potem naciśnij „Spróbuj ponownie”.",
    "failure.validate_failed": "Allegro nie zatwierdziło zwrotu. Sprawdź zamówienie w "
    "Allegro, potem ponów albo zwróć ręcznie.",
    "allegro.cash_on_delivery": "Zamówień za pobraniem nie da się zwrócić przez Allegro: "
    "przelej pieniądze kupującemu.",
    "allegro.validation_refused": "Allegro odrzuciło żądanie jako nieprawidłowe.",
    "allegro.not_found": "Allegro nie zna tego zamówienia (albo należy ono do innego sprzedawcy).",
    "allegro.conflict": "Zamówienie w międzyczasie się zmieniło; zostanie odczytane ponownie.",
    "allegro.server_error": "Wystąpił błąd wewnętrzny Allegro; wynik zostanie sprawdzony ponownie.",
    "allegro.refused": "Allegro odrzuciło żądanie.",
    "allegro.outcome_unknown": "Allegro nie potwierdziło wyniku; zostanie on sprawdzony ponownie.",
    "allegro.network": "Nie udało się połączyć z Allegro. Sprawdź połączenie z internetem.",
    "allegro.rate_limited": {
        "one": "Allegro poprosiło RefundDesk o zwolnienie; czekamy {n} sekundę.",
        "few": "Allegro poprosiło RefundDesk o zwolnienie; czekamy {n} sekundy.",
        "many": "Allegro poprosiło RefundDesk o zwolnienie; czekamy {n} sekund.",
        "other": "Allegro poprosiło RefundDesk o zwolnienie; czekamy {n} sekundy.",
    },
    "allegro.reconnect": "Allegro nie akceptuje już logowania tego sklepu: podłącz sklep "
    "ponownie w Ustawieniach.",
    "allegro.unreadable_order": "Allegro przysłało dla tego zamówienia wartości, które nie "
    "mogą być prawdziwe; zostało odłożone na bok.",
    "allegro.malformed": "Allegro przysłało odpowiedź, której RefundDesk nie umie odczytać.",
    "allegro.other": "Z Allegro nie da się teraz skorzystać.",
    "problem.order": "zamówienie {order}: {why}",
    "problem.order_bug": "zamówienie {order}: nieoczekiwany błąd (opisany w pliku dziennika)",
    "problem.refund": "zwrot {refund}: {why}",
    "problem.return": "zwrot od klienta {ret}: {why}",
    "problem.feed": "strumień {feed}: {why}",
    "problem.event_stats": "punkt startowy strumienia zamówień: {why}",
    "problem.still_unconfirmed": "zamówienie {order}: wciąż niepotwierdzone ({why})",
    "problem.no_keyring": "nie można użyć żadnego systemowego pęku kluczy, więc nie da się "
    "odczytać logowania sklepu do Allegro: zainstaluj i uruchom go (w Linuksie GNOME Keyring "
    "lub KWallet; plik dziennika mówi, jak)",
    "problem.keyring_locked": "systemowy pęk kluczy jest zablokowany, więc nie da się odczytać "
    "logowania sklepu do Allegro: odblokuj go (zaloguj się na pulpit), a RefundDesk będzie "
    "działać dalej",
    "alert_test.unreadable": "Nie udało się odczytać adresu kanału {channel}: {why}",
    "alert_test.no_address": "Kanał {channel} nie ma zapisanego adresu; dodaj go ponownie.",
    "alert_test.not_delivered": "Nie udało się dostarczyć testowego alertu przez {channel}. "
    "Sprawdź adres i to, czy usługa jest osiągalna z tego komputera (szczegóły są w dzienniku).",
    "problem.bug": "nieoczekiwany błąd (opisany w pliku dziennika)",
    "alert.breaker": {
        "one": "automatyzacja zatrzymała się po {n} nieudanej próbie z rzędu",
        "few": "automatyzacja zatrzymała się po {n} nieudanych próbach z rzędu",
        "many": "automatyzacja zatrzymała się po {n} nieudanych próbach z rzędu",
        "other": "automatyzacja zatrzymała się po {n} nieudanej próby z rzędu",
    },
    "alert.reconnect": "podłącz sklep ponownie w Ustawieniach",
    "detail.allegro_says": "Słowa Allegro: {text}",
    "detail.error_code": "Kod błędu: {text}",
    "detail.trace_id": "Identyfikator śledzenia (dla pomocy Allegro): {text}",
    "cli.review_action.approve": "Zatwierdzenie",
    "cli.review_action.retry": "Ponowna próba",
    "cli.review_action.dismiss": "Odrzucenie",
    "cli.review_action.refunded-by-hand": "Zwrot ręczny",
    "cli.review_action.reopen": "Przywrócenie",
    "cli.refunds_none_match": "Żaden zwrot nie pasuje.",
    "cli.refunds_none_yet": "Nie ma jeszcze zwrotów: reguły decydują o nich, gdy przychodzą "
    "zamówienia (refunddesk rules list, refunddesk run).",
    "cli.review_nothing": "Nic nie czeka na Ciebie.",
    "cli.notice_order": "zamówienie {order}",
    "cli.notices_none": "Nie ma nieudanych powiadomień.",
    "cli.notice_unknown": "Nie ma powiadomienia {id}.",
    "cli.notice_not_resendable": "Powiadomienie {id} ma stan {status}: ponownie wysyła się tylko "
    "nieudane lub niepewne.",
    "cli.notice_to": "{channel} do {recipient}",
    "cli.notice_subject": "Temat: {subject}",
    "cli.notice_text_later": "(tekst zostanie utworzony ponownie przy wysyłce)",
    "cli.notice_ask": "Wysłać ponownie? [t/N]",
    "cli.nothing_changed": "Nic się nie zmieniło.",
    "cli.notice_changed_meanwhile": "Powiadomienie {id} zmieniło się w międzyczasie; nic nie "
    "zrobiono.",
    "cli.notice_resent": "Proces roboczy wyśle je ponownie w następnej rundzie (jeden raz).",
    "cli.not_on_off": "{text} to ani „on”, ani „off” (ani „tak”, ani „nie”).",
    "cli.not_whole_number": "{text} nie jest liczbą całkowitą.",
    "cli.out_of_range": "{value} jest poza zakresem.",
    "cli.settings_saved": "Zapisano: {keys}.",
    "cli.worker_running": "Proces roboczy RefundDesk działa; Ctrl-C, aby zatrzymać.",
    "cli.worker_stopped": "zatrzymano.",
    "cli.automation_paused": "Automatyzacja wstrzymana.",
    "cli.automation_resumed": "Automatyzacja wznowiona.",
    "cli.shop_removed": "Usunięto sklep {name} i jego dane logowania.",
    "cli.alerts_none": "Brak kanałów alertów: refunddesk alerts add --name NAZWA",
    "cli.alert_saved": "Zapisano kanał alertów {name} (jego adres jest w pęku kluczy).",
    "cli.alert_removed": "Usunięto kanał alertów {name}.",
    "cli.alert_test_sent": "Wysłano testowy alert przez {name}.",
    "cli.review_done": {
        "one": "{action}: wykonano dla {n} zwrotu.",
        "few": "{action}: wykonano dla {n} zwrotów.",
        "many": "{action}: wykonano dla {n} zwrotów.",
        "other": "{action}: wykonano dla {n} zwrotu.",
    },
    # -- why a decision refunds nothing (domain/no_refund.py) -----------------------------------
    "no_refund.cannot_refund": "Zwrot nie jest możliwy: {why}.",
    "no_refund.nothing_left": "Reguła „{rule}” pasuje, ale w tym zamówieniu nie "
    "zostało nic do zwrotu.",
    "no_refund.shadow_nothing_left": "Reguła „{rule}” (w trybie próbnym) pasuje, ale "
    "w tym zamówieniu nie zostało nic do zwrotu.",
    "no_refund.rule_missed": "„{rule}”: {why}",
    "no_refund.conditions_not_met": "Warunki żadnej reguły nie zostały spełnione — {misses}.",
    "no_refund.conditions_not_met_more": {
        "one": "Warunki żadnej reguły nie zostały spełnione — {misses}; i jeszcze {n} reguła.",
        "few": "Warunki żadnej reguły nie zostały spełnione — {misses}; i jeszcze {n} reguły.",
        "many": "Warunki żadnej reguły nie zostały spełnione — {misses}; i jeszcze {n} reguł.",
        "other": "Warunki żadnej reguły nie zostały spełnione — {misses}; i jeszcze {n} reguły.",
    },
    "no_refund.rules_turned_off": {
        "one": "Reguła dla takich spraw jest wyłączona.",
        "few": "Wszystkie {n} reguły dla takich spraw są wyłączone.",
        "many": "Wszystkich {n} reguł dla takich spraw jest wyłączonych.",
        "other": "Wszystkie {n} reguły dla takich spraw są wyłączone.",
    },
    "no_refund.no_rule_for_trigger": "Nie ma jeszcze reguły dla sytuacji: {trigger}.",
    "no_refund.no_rules": "Nie ma jeszcze żadnych reguł.",
    # -- `refunddesk rules` ----------------------------------------------------------------------
    "cli.rules_exported": {
        "one": "Wyeksportowano {n} regułę do {file}",
        "few": "Wyeksportowano {n} reguły do {file}",
        "many": "Wyeksportowano {n} reguł do {file}",
        "other": "Wyeksportowano {n} reguły do {file}",
    },
    # -- shop list / add / backlog, sms show (cli/shops.py, cli/channels.py) -------------------
    "cli.shops_none": "Nie ma jeszcze sklepów: refunddesk shop add NAZWA --client-id ID (zobacz "
    "shop add --help).",
    "cli.shop_col.shop": "Sklep",
    "cli.shop_col.environment": "Środowisko",
    "cli.shop_col.state": "Stan",
    "cli.shop_col.backlog": "Znalezione przy podłączeniu",
    "cli.environment.production": "produkcyjne",
    "cli.environment.sandbox": "sandbox",
    "cli.environment.demo": "demo",
    "cli.environment.custom": "własny adres",
    "cli.shop_state.connected": "połączony",
    "cli.shop_state.not_connected": "niepołączony",
    "cli.shop_state.reconnect_needed": "wymaga ponownego połączenia",
    "cli.backlog_choice": "{choice} ({does})",
    "cli.backlog_does.ask": "wstrzymaj do mojej akceptacji",
    "cli.backlog_does.apply": "zwracaj według moich reguł",
    "cli.backlog_does.ignore": "zostaw mnie",
    "cli.no_such_shop": "Nie ma sklepu o nazwie „{name}”; `refunddesk shop list` pokazuje sklepy.",
    "cli.no_such_alert_channel": "Nie ma kanału alertów „{name}”; `refunddesk alerts list` "
    "pokazuje kanały.",
    "cli.connect_open": "Aby połączyć sklep {name}, otwórz:",
    "cli.connect_code": "i potwierdź kod  {user_code}",
    "cli.connect_waiting": "Czekam na Twoją zgodę (Ctrl-C, aby zrezygnować)…",
    "cli.not_connected": "Nie połączono: {why}",
    "cli.connect_failed": "łączenie z Allegro nie zostało dokończone; spróbuj ponownie.",
    "cli.connect_denied": "właściciel konta Allegro odmówił dostępu RefundDesk.",
    "cli.connect_expired": "kod Allegro wygasł, zanim został zatwierdzony; zacznij od nowa.",
    "cli.connect_code_unknown": "Allegro nie zna już tego kodu (został użyty lub jest "
    "nieprawidłowy); zacznij od nowa.",
    "cli.connect_cancelled": "łączenie z Allegro zostało anulowane.",
    "cli.shop_connected": "Połączono sklep {name}.",
    "cli.shop_backlog_after_add": "Sprawy znalezione w okresie wstecz: {choice} (`refunddesk "
    "shop backlog {id}` pokaże je po pierwszej synchronizacji).",
    "cli.backlog_now": "{name}: sprawy znalezione przy podłączeniu są teraz obsługiwane jako "
    "'{choice}' ({does}).",
    "cli.backlog_is": "{name}: sprawy znalezione przy podłączeniu są obsługiwane jako "
    "'{choice}' ({does}).",
    "cli.backlog_found_since": "Znalezione od {since} (okres wstecz):",
    "cli.backlog_kind.CANCELLED_NOT_REFUNDED": "anulowane opłacone zamówienia bez zwrotu",
    "cli.backlog_kind.NOT_SENT_IN_TIME": "zamówienia niewysłane w terminie wysyłki",
    "cli.backlog_kind.RETURN_DELIVERED": "doręczone zwroty bez zwrotu pieniędzy",
    "cli.sms_show.enabled": "włączone",
    "cli.sms_show.sender": "nadawca",
    "cli.sms_show.token": "token",
    "cli.sms_show.shop": "sklep {name}",
    "cli.sms_show.on": "tak",
    "cli.sms_show.off": "nie",
    "cli.sms_show.default_sender": "(domyślny dla konta)",
    "cli.sms_show.saved": "zapisany",
    "cli.sms_show.no_token": "brak",
    "cli.sms_token_saved": "Token SMSAPI zapisany w pęku kluczy.",
    "cli.sms_on": "Powiadomienia SMS są włączone.",
    "cli.sms_off": "Powiadomienia SMS są wyłączone.",
    "cli.sms_on_for": "Powiadomienia SMS włączone dla sklepu {name}.",
    "cli.sms_off_for": "Powiadomienia SMS wyłączone dla sklepu {name}.",
    "cli.sms_off_everywhere": "Powiadomienia SMS są wyłączone dla wszystkich sklepów: "
    "refunddesk sms on",
    "cli.alert_address_saved": "zapisany",
    "cli.alert_address_lost": "brak adresu: dodaj go ponownie",
    # -- a value typed on the command line that cannot be used (argument types, settings) -----
    "cli.value.not_a_date": "{text} nie jest datą; zapisz ją jako RRRR-MM-DD, np. {example}",
    "cli.value.not_whole": "{text} nie jest liczbą całkowitą",
    "cli.value.out_of_range": "{value} jest poza zakresem (od {low} do {high})",
    "cli.value.not_a_port": "{value} nie jest numerem portu (od {low} do {high})",
    "cli.value.not_an_order_count": "{value} nie jest liczbą zamówień do utworzenia (od {low} "
    "do {high})",
    "cli.value.not_seconds": "{text} nie jest liczbą sekund",
    "cli.value.seconds_range": "{text}: podaj więcej niż 0 i najwyżej {high} sekund",
    "cli.value.not_an_amount": "{text} nie jest kwotą: podaj 250, 249.99 lub kwotę z jedną z "
    "walut {currencies} („250 EUR”) albo none, aby usunąć limit.",
    "cli.value.amount_refused": "{text} nie może być limitem: podaj kwotę większą od zera, "
    "z najwyżej dwoma miejscami po przecinku, np. 250 lub 249,99, albo none, aby usunąć limit.",
    "cli.value.amount_too_large": "{number}… to za dużo jak na limit.",
    "cli.value.amount_missing": "Podaj kwotę, np. 250, albo none, aby usunąć limit.",
    "cli.value.security": "{text}: zabezpieczenie to jedno z: {choices}.",
    "cli.value.backlog": "{text}: backlog to jedno z: {choices}.",
    "cli.value.alert_language": "{text}: alerty mogą być pisane w językach: {choices}.",
    "cli.value.missing": "settings set przyjmuje pary KLUCZ WARTOŚĆ; brakuje wartości.",
    "cli.value.not_a_setting": "{key} nie jest ustawieniem. Ustawienia: {keys} (refunddesk "
    "settings --help).",
    "cli.value.too_long": "Wartość {key} jest za długa.",
    "cli.value.password_first": "Ustaw email.host, email.from i email.user przed hasłem.",
    "cli.value.no_password": "Na standardowym wejściu nie przyszło hasło SMTP.",
    # -- failures the command line words itself (cli/errors.py, cli/db.py, secrets) ----------
    "cli.client_rejected": "Allegro odrzuciło klucz aplikacji RefundDesk (client id/secret). "
    "({detail})",
    "cli.not_an_amount": "To nie jest kwota: {detail}",
    "cli.bad_database_url": "Tego adresu bazy danych RefundDesk nie może użyć. Podaj "
    "sqlite:///ŚCIEŻKA/DO/PLIKU lub postgresql+psycopg://UŻYTKOWNIK@HOST/BAZA (albo pomiń "
    "--database-url, aby użyć bazy w folderze danych).",
    "cli.database_unusable": "Nie można użyć bazy danych: {reason}.",
    "cli.certificate_refused": "Nie udało się zweryfikować certyfikatu serwera (samopodpisany, "
    "wygasły lub wystawiony na inną nazwę), więc RefundDesk nic do niego nie wysłał. Użyj "
    "prawdziwego adresu Allegro albo serwera z certyfikatem, któremu ufa Twój komputer.",
    "cli.network": "Sieć nie działa lub Allegro nie odpowiedziało. Sprawdź adres i połączenie "
    "z internetem. ({detail})",
    "cli.os.may_not_write": "RefundDesk nie może zapisywać w {where} ({why}). Folder danych "
    "musi być zapisywalny: popraw jego uprawnienia lub wybierz inny przez --data-dir.",
    "cli.os.not_a_folder": "{where} to plik, a RefundDesk potrzebuje tu folderu: wybierz folder.",
    "cli.os.no_folder": "Nie ma folderu {folder} (dla {file}).",
    "cli.os.not_there": "Nie ma pliku ani folderu {where}.",
    "cli.os.disk_full": "Dysk jest pełny ({where}): zwolnij trochę miejsca i spróbuj ponownie.",
    "cli.data_dir_is_a_file": "--data-dir {folder} to plik: podaj folder.",
    "cli.no_database_driver": "Sterownik bazy danych {kind} nie jest zainstalowany ({module}). "
    "Dla PostgreSQL użyj postgresql+psycopg://…",
    "cli.secret_file_unreadable": "--client-secret-file {file}: {why}.",
    "cli.secret_file_too_big": "{file} jest za duży, by był sekretem klienta.",
    "cli.from_stdin": "standardowe wejście",
    "cli.from_prompt": "monit",
    "cli.no_client_secret": "Nie podano sekretu klienta, a nie ma terminala, by o niego "
    "zapytać. Użyj --client-secret-file ŚCIEŻKA, --client-secret - (standardowe wejście) lub "
    "{env}.",
    "cli.client_secret_empty": "Sekret klienta jest pusty (źródło: {source}).",
    "cli.secret_kind.sms_token": "token SMSAPI",
    "cli.secret_kind.apprise_address": "adres Apprise",
    "cli.secret_too_long": "To za długie jak na {what}.",
    "cli.no_secret_given": "Na standardowym wejściu ani w monicie nie podano: {what}.",
    "cli.db_location": "Baza danych: {location}",
    "cli.db_file": "Baza danych: {location}, {size} MB",
    "cli.db_schema": "Schemat: {revision} (ta aplikacja zna schematy do {known})",
    "cli.db_schema_empty": "Schemat: pusty (ta aplikacja zna schematy do {known})",
    "cli.db_integrity_ok": "Spójność: w porządku",
    "cli.db_backups": "Kopie zapasowe: {n}, najnowsza {file} (z {taken})",
    "cli.db_no_backups": "Kopie zapasowe: jeszcze brak (powstaje przed każdą aktualizacją)",
    "cli.db_restored": "Przywrócono {file} (z {taken}).",
    "cli.db_set_aside": "Zastąpione pliki zachowano w {folder}.",
    "cli.db_start_again": "Uruchom RefundDesk jak zwykle: zaktualizuje kopię, jeśli jest starsza.",
    # -- the database file itself cannot be used (store/problems.py, store/health.py) ---------
    "db.the_database": "Baza danych",
    "db.the_database_at": "Baza danych {path}",
    "db.another_program": "inny program (może inny RefundDesk)",
    "db.process": "proces {pid}",
    "db.process_running": "proces {pid} ({command})",
    "db.locked": "{database} jest zajęta: {who} zbyt długo trzymał ją zablokowaną. Spróbuj "
    "ponownie, gdy skończy, albo go zamknij.",
    "db.in_use": "{database} jest otwarta przez {who}. Zamknij go, a potem ponów "
    "przywracanie; nic nie zmieniono.",
    "db.damaged": "{database} jest uszkodzona ({detail}). RefundDesk nie będzie jej używać, a "
    "automatyzacja pozostaje wyłączona; nic w niej nie zmieniono. {offer}",
    "db.latest_backup": "Najnowsza kopia zapasowa to {file} (z {taken}). Aby ją przywrócić, "
    "zamknij RefundDesk i uruchom: refunddesk db restore (uszkodzony plik zostanie zachowany "
    "obok).",
    "db.no_backup_yet": "Nie ma jeszcze jej kopii zapasowej (powstaje przed każdą aktualizacją).",
    "db.not_sqlite": "to nie jest baza danych SQLite: jej pierwsze bajty zostały nadpisane",
    "db.cut_short": "plik został obcięty: ma tylko {size} B",
    "db.cut_short_of": "plik został obcięty: ma {size} z {expected} B",
    "db.overwritten": "jej części zostały nadpisane lub ich brakuje; SQLite podaje: {sqlite}",
    "db.check_found": "sprawdzenie SQLite wykazało: {found}",
    "db.too_new": "{database} została utworzona przez nowszą wersję RefundDesk (schemat "
    "{found}); ta aplikacja zna schematy do {known}. Używaj jej z nowszym RefundDesk; nic nie "
    "zmieniono.",
    "db.read_only_folder": "RefundDesk nie może zapisywać w folderze {folder}: jest tylko do "
    "odczytu. RefundDesk musi tam zapisywać swoją bazę danych: zezwól na zapis (sprawdź "
    "uprawnienia) lub wybierz inny folder danych (--data-dir).",
    "db.read_only_file": "RefundDesk nie może zapisywać do pliku {file}: jest tylko do "
    "odczytu. RefundDesk musi zapisywać swoją bazę danych: zezwól na zapis (sprawdź "
    "uprawnienia) lub wybierz inny folder danych (--data-dir).",
    "db.disk_full_at": "Dysk jest pełny ({folder}): przerwano {doing} i nic nie zmieniono. "
    "Zwolnij trochę miejsca i uruchom RefundDesk ponownie.",
    "db.disk_full": "Dysk jest pełny: przerwano {doing} i nic nie zmieniono. Zwolnij trochę "
    "miejsca i uruchom RefundDesk ponownie.",
    # What was stopped, as the object of "przerwano …" (accusative).
    "db_doing.check": "sprawdzanie",
    "db_doing.opening": "otwieranie bazy danych",
    "db_doing.creating": "tworzenie bazy danych",
    "db_doing.saving": "zapisywanie zmian",
    "db_doing.backup": "tworzenie kopii zapasowej przed aktualizacją",
    "db_doing.upgrade": "aktualizację bazy danych",
    "db_doing.restoring": "przywracanie kopii zapasowej",
    "db.no_sound_backup": "W folderze {folder} nie ma sprawnej kopii zapasowej do "
    "przywrócenia; nic nie zmieniono.",
    "db.missing": "Pod ścieżką {path} nie ma bazy danych.",
    "db.not_a_file": "Kopie zapasowe i przywracanie działają tylko dla pliku SQLite; bazę "
    "PostgreSQL kopiuj jej własnymi narzędziami (pg_dump).",
    "cli.usage.error": "błąd",
    "cli.usage.invalid_choice": "{arg}: nie ma wyboru {value} (do wyboru: {choices})",
    "cli.usage.unrecognized": "nieznane argumenty: {args}",
    "cli.usage.required": "brakuje wymaganych argumentów: {args}",
    "cli.usage.expected_one": "{arg}: podaj wartość po tej opcji",
    "cli.usage.not_together": "{arg}: nie można podać razem z {other}",
    "cli.usage.invalid_value": "{arg}: niepoprawna wartość {value}",
    "cli.usage.about_argument": "{arg}: {why}",
    "cli.address_refused": "Tego adresu nie można użyć: {why}.",
    "cli.new_data_folder": "Zakładam nowy folder danych RefundDesk w {folder}.",
    "cli.db_not_in_demo": "Bazę danych demo tworzy samo demo: db check i db restore działają na"
    " Twojej własnej bazie. Uruchom je bez --demo.",
    "cli.no_database_file": "Pod {path} nie ma bazy danych RefundDesk: sprawdź adres bazy. Nową"
    " tworzy polecenie, które ją zakłada, np. shop add albo rules import.",
    "cli.rule_disarmed_by_import": "Reguła „{name}” była uzbrojona: jej nowa wersja działa w"
    " trybie próbnym, dopóki jej znowu nie uzbroisz (ekran Reguły albo import z --keep-modes).",
    "cli.approve_shadow": "Zwrot {id} to zapis próbny (tryb próbny): nie miał być wysłany. Aby"
    " mimo to wysłać go naprawdę, dodaj --shadow-too.",
    "cli.no_keyring": "Nie można użyć żadnego systemowego pęku kluczy, więc RefundDesk nie może"
    " bezpiecznie przechować loginu sklepu. Zainstaluj i uruchom go (w Linuksie GNOME Keyring"
    " albo KWallet).",
    "cli.keyring_locked": "Systemowy pęk kluczy jest zablokowany. Odblokuj go (zaloguj się do"
    " pulpitu) i uruchom polecenie ponownie.",
    "cli.no_data_folder": "W {folder} nie ma folderu danych RefundDesk: sprawdź ścieżkę. Nowy"
    " zakłada polecenie, które go przygotowuje, na przykład refunddesk --data-dir {folder} shop"
    " add NAZWA --client-id ID.",
    "cli.rules_none": "Nie ma jeszcze reguł: refunddesk rules import PLIK (albo dodaj je na "
    "ekranie Reguły w aplikacji).",
    "cli.rule_mode.armed": "uzbrojona",
    "cli.rule_mode.shadow": "próbna",
    "cli.rule_line": "{number}. {name} (wersja {version}, {mode})",
    "cli.rule_line_off": "{number}. {name} (wersja {version}, {mode}, wyłączona)",
    "cli.rules_exist": {
        "one": "Ten profil ma już {n} regułę. Dodaj --replace, aby plik stał się całą listą, "
        "albo --merge, aby dopisać jego reguły po niej.",
        "few": "Ten profil ma już {n} reguły. Dodaj --replace, aby plik stał się całą listą, "
        "albo --merge, aby dopisać jego reguły po nich.",
        "many": "Ten profil ma już {n} reguł. Dodaj --replace, aby plik stał się całą listą, "
        "albo --merge, aby dopisać jego reguły po nich.",
        "other": "Ten profil ma już {n} reguły. Dodaj --replace, aby plik stał się całą listą, "
        "albo --merge, aby dopisać jego reguły po nich.",
    },
    "cli.rules_not_utf8": "{file} nie jest plikiem reguł: to nie jest tekst UTF-8.",
    "cli.rules_imported_keep_modes": {
        "one": "Zaimportowano {n} regułę, z trybem zapisanym w pliku.",
        "few": "Zaimportowano {n} reguły, z trybami zapisanymi w pliku.",
        "many": "Zaimportowano {n} reguł, z trybami zapisanymi w pliku.",
        "other": "Zaimportowano {n} reguły, z trybami zapisanymi w pliku.",
    },
    "cli.rules_imported_shadow": {
        "one": "Zaimportowano {n} regułę, w trybie próbnym (uzbrój ją, gdy będziesz gotów).",
        "few": "Zaimportowano {n} reguły, w trybie próbnym (uzbrój je, gdy będziesz gotów).",
        "many": "Zaimportowano {n} reguł, w trybie próbnym (uzbrój je, gdy będziesz gotów).",
        "other": "Zaimportowano {n} reguły, w trybie próbnym (uzbrój je, gdy będziesz gotów).",
    },
    "cli.policy_written": "Zapisano politykę zwrotów w {file}",
    "cli.policy_cut": "Uwaga: polityka była dłuższa niż {limit} znaków dopuszczanych przez "
    "Allegro, więc zawiera tylko pierwsze reguły i kończy się informacją, że inne zwroty są "
    "rozpatrywane indywidualnie.",
    # -- the status strip and the cycle's summary (what one round did, why it did nothing) ----
    "quarantine.order": "zamówienie {id}: Allegro przesłało wartość, która nie może być "
    "prawdziwa; zamówienie czeka na boku, aż da się je odczytać",
    "quarantine.return": "zwrot od klienta {id}: Allegro przesłało wartość, która nie może być "
    "prawdziwa; zwrot czeka na boku, aż da się go odczytać",
    "quarantine.refund": "zwrot płatności {id}: Allegro przesłało wartość, która nie może być "
    "prawdziwa; czeka na boku, aż da się go odczytać",
    "quarantine.shipment": "przesyłka {id}: Allegro przesłało wartość, która nie może być "
    "prawdziwa; czeka na boku, aż da się ją odczytać",
    "quarantine.event": "zdarzenie zamówienia {id}: Allegro przesłało wartość, która nie może "
    "być prawdziwa; odłożono je na bok",
    "detail.reason": "Co było nie tak: {text}",
    "detail.field": "Pole: {text}",
    "detail.of_order": "Zamówienie: {text}",
    "sync.summary": "odczytane zdarzenia: {events}, zapisane zamówienia: {orders}, odczytane "
    "zwroty: {returns} (zmienione: {changed})",
    "sync.backfilled": "pierwsze pobranie historii zakończone",
    "cycle.parts": "{parts}",
    "cycle.text": "{text}",
    "cycle.shop": "{shop}: {what}",
    "cycle.count": "{state}: {n}",
    "cycle.problems": {
        "one": "{n} problem",
        "few": "{n} problemy",
        "many": "{n} problemów",
        "other": "{n} problemu",
    },
    "cycle.alert": "wymaga Twojej uwagi: {alert}",
    "cycle.nothing_new": "nic nowego",
    "cycle.no_shops": "brak podłączonych sklepów",
    "holder.this_computer": "RefundDesk na tym komputerze",
    "holder.this_computer_process": "RefundDesk na tym komputerze (proces {pid})",
    "holder.other_computer": "RefundDesk na komputerze {host}",
    "holder.starting": "inny RefundDesk, który właśnie się uruchamia",
    "cycle.blocked": "automatyzacja działa w: {holder}; ten proces czeka i przejmie ją, gdy"
    " tamten się zatrzyma",
    "cycle.taken_over": "zatrzymano: automatyzację przejął {holder}",
    "cycle.refused": "automatyzacja zatrzymana: baza danych jest uszkodzona (szczegóły w "
    "pliku dziennika); przywróć kopię zapasową",
    "cycle.busy": "baza danych jest zajęta; następna runda spróbuje ponownie",
    "cycle.storage": "nie udało się zapisać bazy danych (tylko do odczytu albo pełny dysk); "
    "następna runda spróbuje ponownie",
    "cycle.stopped": "zatrzymano na żądanie przed kolejnym zwrotem",
    # -- kroki po zwrocie (automation/followups.py) ----------------------------------------------
    "followup.refused": "Po zwrocie Allegro odmówiło wykonania kolejnego kroku: {why}",
    "followup.label_cancelled": "Zamówienie oznaczono w Allegro jako „anulowane” (etykieta dla "
    "sprzedawcy).",
    "followup.commission_claimed": "Złożono wniosek o zwrot prowizji za {quantity}× {item}.",
    "problem.followup": "zwrot {intent}: {why}",
    "problem.followup_retry": "zwrot {intent}: krok po zwrocie zostanie ponowiony ({why})",
    # -- `refunddesk backtest` -------------------------------------------------------------------
    "backtest.heading": {
        "one": "Test wsteczny {since} .. {until}: odtworzono {done} z {n} przypadku",
        "few": "Test wsteczny {since} .. {until}: odtworzono {done} z {n} przypadków",
        "many": "Test wsteczny {since} .. {until}: odtworzono {done} z {n} przypadków",
        "other": "Test wsteczny {since} .. {until}: odtworzono {done} z {n} przypadków",
    },
    "backtest.no_history": "W tym okresie zsynchronizowanej historii nie ma spraw o zwrot: test "
    "wsteczny odtwarza to, co odczytała synchronizacja. Najpierw połącz i zsynchronizuj sklep albo "
    "podaj więcej --days (świeże demo nie ma żadnych).",
    "backtest.heading_cancelled": "{heading} (przerwano)",
    "backtest.col.refunds": "zwroty",
    "backtest.col.refunded": "zwrócono",
    "backtest.col.holds": "wstrzymane",
    "backtest.col.held": "kwota wstrzymana",
    "backtest.col.pending": "w toku",
    "backtest.col.nothing": "bez zwrotu",
    "backtest.col.rule": "reguła",
    "backtest.col.order": "zamówienie",
    "backtest.col.trigger": "zdarzenie",
    "backtest.col.when": "kiedy",
    "backtest.col.happened": "było",
    "backtest.col.draft": "projekt",
    "backtest.col.draft_rule": "reguła z projektu",
    "backtest.row.draft": "reguły z projektu",
    "backtest.row.actual": "co się stało",
    "backtest.per_rule": "Według reguł z projektu (reguły próbne liczone tak, jakby były "
    "uzbrojone):",
    "backtest.shadow_rule": "{rule} (próbna)",
    "backtest.no_changes": "Wynik żadnego zamówienia by się nie zmienił.",
    "backtest.changes": "Zamówienia, których wynik by się zmienił ({n}):",
    "backtest.more": "... i {n} więcej (--all-changes)",
    "backtest.kind.REFUND": "ZWROT",
    "backtest.kind.PENDING": "W TOKU",
    "backtest.kind.HOLD": "WSTRZYMANY",
    "backtest.kind.NONE": "BRAK",
    "backtest.trigger.BUYER_CANCELLED": "kupujący anulował",
    "backtest.trigger.NOT_SENT_IN_TIME": "niewysłane w terminie",
    "backtest.trigger.RETURN_DELIVERED": "zwrot dostarczony",
    "backtest.trigger.RETURN_DECLARED": "zwrot zgłoszony",
    "cli.days_at_least_one": "błąd: --days musi wynosić co najmniej 1",
    "notice.blocked": "Moderacja Allegro zablokowała wiadomość; kupujący jej nie zobaczy. "
    "Sprawdź, czy szablon nie zawiera linków ani danych kontaktowych, i wyślij ją ponownie.",
    "notice.undelivered": "SMS nie został doręczony ({status}). Sprawdź numer i wyślij go "
    "ponownie.",
    "notice.stopped_while_sending": "RefundDesk zatrzymał się w trakcie wysyłania tego "
    "powiadomienia; zanim wyślesz je ponownie, sprawdź, czy kupujący je dostał.",
    "notice.internal_error": "Błąd wewnętrzny podczas wysyłania ({kind}); szczegóły w pliku "
    "dziennika.",
    # -- zwroty pieniędzy na osi czasu zamówienia (domain/timeline_lines.py) ----------------------
    "refund_status.NEW": "czeka w Allegro",
    "refund_status.VALIDATED": "sprawdzony przez Allegro",
    "refund_status.IN_PROGRESS": "Allegro go wypłaca",
    "refund_status.SUCCESS": "potwierdzony przez Allegro",
    "refund_status.PARTIAL": "Allegro potwierdziło tylko jego część",
    "refund_status.CANCELED": "anulowany przez Allegro",
    "refund_status.VALIDATE_FAILED": "odrzucony przy sprawdzaniu przez Allegro",
    "timeline.sending": "Wysyłanie zwrotu do Allegro.",
    "timeline.not_sent": "Tym razem nie wysłano; zwrot zostanie wysłany w kolejnej rundzie.",
    "timeline.state_change": "Z „{before}” na „{after}”.",
    "timeline.decided": "{rule}. {outcome}",
    "timeline.then": "{first} {then}",
    "timeline.declared_return": "Zwrot zgłoszony przez kupującego, jeszcze nie dotarł: {line}",
    "timeline.deadline_passed": "Termin minął {deadline}, a zamówienie nie zostało wysłane.",
    # -- powiadomienie kupującego na osi czasu zamówienia ----------------------------------------
    "channel.ALLEGRO_MESSAGE": "Wiadomość Allegro",
    "channel.EMAIL": "E-mail",
    "channel.SMS": "SMS",
    "timeline.return_items": "Zwrot {reference}: {items}",
    "notice_status.VERIFYING": "sprawdzane przez moderację Allegro",
    "notice_status.BLOCKED": "zablokowane przez moderację Allegro",
    "notice_status.DELIVERED": "doręczono",
    "notice_status.INTERACTING": "doręczono, rozmowa trwa",
    "notice_status.DISMISSED": "zamknięto",
    "notice_status.QUEUE": "czeka na wysłanie",
    "notice_status.ACCEPTED": "przyjęte przez bramkę SMS",
    "notice_status.SENT": "wysłano",
    "notice_status.UNDELIVERED": "nie doręczono",
    "notice_status.EXPIRED": "nie doręczono na czas",
    "notice_status.FAILED": "nie udało się",
    "notice_status.REJECTED": "odrzucone przez bramkę SMS",
    "notice_status.STOP": "kupujący nie chce więcej SMS-ów",
    "timeline.notice": "{channel} do {recipient}",
    "timeline.notice_status": "{channel} do {recipient} ({status})",
    "timeline.notice_failed": "{channel} do {recipient}: {why}",
    "timeline.notice_status_failed": "{channel} do {recipient} ({status}): {why}",
    "timeline.notice_nobody_failed": "{channel}: {why}",
    # -- buyer-notice errors: e-mail, SMS, phone numbers, templates (refunddesk/notify/) ------
    "notice_error.smtp_settings_unreadable": "Zapisanych ustawień SMTP nie da się odczytać; "
    "wprowadź je ponownie.",
    "notice_error.smtp_password_unreadable": "Nie udało się odczytać hasła SMTP: {detail}",
    "notice_error.smtp_no_password": "Dla konta SMTP {account} nie zapisano hasła; wpisz je w "
    "Ustawieniach.",
    "notice_error.not_an_email": "{address} nie jest adresem e-mail.",
    "notice_error.bad_headers": "Nagłówki wiadomości są nieprawidłowe: {detail}",
    "notice_error.ca_missing": "Pakiet certyfikatów CA {path} nie istnieje lub nie jest plikiem.",
    "notice_error.ca_unreadable": "Nie udało się odczytać pakietu CA {path} jako certyfikatów "
    "PEM ({detail}).",
    "notice_error.net_refused": "serwer odrzucił połączenie (czy port jest właściwy?)",
    "notice_error.net_timeout": "brak odpowiedzi przez {seconds} s",
    "notice_error.net_unknown_name": "żaden serwer nie ma takiej nazwy (czy jest dobrze wpisana?)",
    "notice_error.smtp_unreachable": "Nie udało się połączyć z serwerem SMTP {host}:{port}: "
    "{detail}",
    "notice_error.no_starttls": "Serwer SMTP {host} nie obsługuje STARTTLS; wybierz inne "
    "zabezpieczenie lub inny serwer.",
    "notice_error.tls_failed": "Nie udało się nawiązać bezpiecznego połączenia z {host}: {detail}",
    "notice_error.password_not_ascii": "Hasło SMTP zawiera litery spoza ASCII, a serwer nie "
    "oferuje logowania, które je przyjmuje; użyj hasła ze zwykłych liter i cyfr.",
    "notice_error.login_refused": "Serwer SMTP odrzucił logowanie użytkownika {user}; sprawdź "
    "hasło.",
    "notice_error.login_failed": "Logowanie do {host} nie powiodło się: {detail}",
    "notice_error.address_refused": "Serwer SMTP odrzucił adres {address}.",
    "notice_error.sender_refused": "Serwer SMTP odrzucił nadawcę {address}: {detail}",
    "notice_error.message_refused": "Serwer SMTP odrzucił wiadomość: {detail}",
    "notice_error.broke_while_sending": "Połączenie z {host} zerwało się podczas wysyłania; "
    "kupujący mógł otrzymać e-mail albo nie.",
    "notice_error.sms_token_unreadable": "Nie udało się odczytać tokenu SMSAPI: {detail}",
    "notice_error.sms_no_token": "Wpisz token SMSAPI w Ustawienia → Powiadomienia.",
    "notice_error.sms_unreachable": "Nie udało się połączyć z SMSAPI ({detail}).",
    "notice_error.sms_no_receipt": "SMSAPI odpowiedziało bez wysłanej wiadomości.",
    "notice_error.no_phone": "Zamówienie nie ma numeru telefonu.",
    "notice_error.not_a_phone": "{number} nie jest numerem telefonu.",
    "notice_error.invalid_phone": "{number} nie jest prawidłowym numerem telefonu.",
    "notice_error.not_mobile": "{number} nie jest numerem komórkowym, więc nie odbierze SMS-a.",
    "notice_error.bad_template_name": "{name} nie jest nazwą szablonu (użyj małych liter, cyfr "
    "i _).",
    "notice_error.no_template": "Nie ma szablonu wiadomości o nazwie {name}.",
    "notice_error.template_not_utf8": "{file} nie jest zapisany jako tekst UTF-8.",
    "notice_error.template_unreadable": "Nie udało się odczytać {file}: {detail}.",
    "notice_error.no_subject": "Pierwszy wiersz szablonu musi mieć postać „Subject: …”.",
    "notice_error.template_cannot_fill": "Nie da się wypełnić szablonu: {detail}.",
    "notice_error.template_not_allowed": "Szablon próbuje zrobić coś niedozwolonego: {detail}",
    "notice_error.template_line": "Wiersz {line}: {detail}",
    "notice_error.template_fill_failed": "Nie udało się wypełnić szablonu: {detail}",
    "notice_error.missing_variable": "Szablon używa {{{{ {name} }}}}, czego RefundDesk nie "
    "dostarcza.",
    "notice_error.missing_variable_hint": "Szablon używa {{{{ {name} }}}}, czego RefundDesk nie "
    "dostarcza. Dostępne: {names}.",
    "notice_error.too_long": "Wiadomość ma {length} znaków; Allegro przyjmuje najwyżej {limit}. "
    "Skróć szablon.",
    "notice_error.sms_too_long": "SMS wymaga {parts} części ({units} znaków {encoding}); "
    "wysyłamy najwyżej {most}. Skróć szablon {template}.",
    # -- what is wrong with a rule or a rules file (rules.py, rules_json.py) -------------
    "rule_problem.no_name": "Nadaj regule nazwę.",
    "rule_problem.name_too_long": "Nazwa reguły może mieć najwyżej {limit} znaków; ta ma {n}.",
    "rule_problem.version_below_one": "Wersja reguły zaczyna się od 1.",
    "rule_problem.version_too_high": "Wersja reguły może wynosić najwyżej {limit}.",
    "rule_problem.bad_id": "Identyfikator reguły to od 1 do 64 liter, cyfr, kropek, myślników lub "
    "podkreśleń, zaczynający się literą lub cyfrą.",
    "rule_problem.percent": "Procent do zwrotu musi być większy od 0 i wynosić najwyżej 100, a "
    "nie {percent}.",
    "rule_problem.returned_items": "Tylko zwrot może mieć zwrócone produkty; ta reguła nie "
    "dotyczy zwrotów.",
    "rule_problem.comment_too_long": "Komentarz dla kupującego może mieć najwyżej {limit} znaków; "
    "ten ma {n}.",
    "rule_problem.unknown_reason": "{reason} nie jest powodem zwrotu znanym Allegro.",
    "rule_problem.no_template": "Wybierz wiadomość, którą dostanie kupujący.",
    "rule_problem.return_not_cancelled": "Zwrócone zamówienie zostało wysłane, więc nie można "
    "oznaczyć go jako anulowanego; odznacz „Oznacz zamówienie jako „anulowane””.",
    "rule_problem.label_too_long": "Opis potrącenia może mieć najwyżej {limit} znaków.",
    "rule_problem.amount_too_big": "{amount} to więcej niż jakikolwiek zwrot, który robi "
    "RefundDesk; sprawdź kwotę.",
    "rule_problem.two_caps": "Są dwa limity w {currency}; zostaw jeden na walutę.",
    "rule_problem.mixed_currencies": "Potrącenie i kwoty zamówienia muszą być w tej samej walucie.",
    "rule_problem.empty_range": "Żadne zamówienie nie jest jednocześnie co najmniej {low} i "
    "poniżej {high}, więc reguła nigdy nie zadziała.",
    "rule_problem.deduction_over_limit": "Potrącenie {deduction} jest większe niż każdy zwrot, "
    "jaki ta reguła może zrobić (obejmuje tylko zamówienia poniżej {limit}).",
    "rule_problem.deduction_over_cap": "Potrącenie {deduction} jest większe niż każdy zwrot, jaki "
    "ta reguła może zrobić (limit zwrotu to {cap}).",
    "rule_problem.negative_cap": "Limit na zamówienie nie może być ujemny.",
    "rule_problem.negative_deduction": "Potrącenie nie może być ujemne.",
    "rule_problem.negative_total": "Wartość zamówienia nie może być ujemna.",
    "rule_problem.negative_paid": "Zapłacona kwota nie może być ujemna.",
    "rule_problem.negative_delay": "Czas oczekiwania przed zwrotem nie może być ujemny.",
    "rule_problem.long_delay": "Czas oczekiwania przed zwrotem może wynosić najwyżej {n} dni.",
    "rule_problem.negative_handling_time": "Czas realizacji nie może być ujemny.",
    "rule_problem.long_handling_time": "Czas realizacji może wynosić najwyżej {n} dni.",
    "rule_problem.negative_grace": "Dodatkowy czas nie może być ujemny.",
    "rule_problem.long_grace": "Dodatkowy czas może wynosić najwyżej {n} dni.",
    "rule_problem.reasons_not_return": "Powody zwrotu są tylko przy zwrotach; ta reguła dotyczy "
    "innego zdarzenia, więc nigdy nie zadziała.",
    "rule_problem.negative_days": "Liczba dni od zakupu nie może być ujemna.",
    "rule_problem.too_many_days": "Liczba dni od zakupu może wynosić najwyżej {limit}.",
    "rule_problem.days_crossed": "Największa liczba dni od zakupu jest mniejsza niż najmniejsza, "
    "więc reguła nigdy nie zadziała.",
    "rule_problem.payment_type": "Nieznany rodzaj płatności: {kinds}.",
    "rule_problem.buyer_orders_below_one": "Kupujący ma co najmniej 1 zamówienie (to).",
    "rule_problem.buyer_orders_too_high": "Liczba zamówień może wynosić najwyżej {limit}.",
    "rule_problem.list_too_long": "Warunek może mieć najwyżej {limit} wartości; ten ma {n}.",
    "rule_problem.value_too_long": "Wartość w tym warunku jest dłuższa niż {limit} znaków.",
    "rule_problem.empty_login": "Na czarnej liście jest pusty login.",
    "rule_problem.empty_name_filter": "Filtr nazwy produktu jest pusty.",
    "rule_problem.empty_marketplace": "Serwis jest pusty.",
    "rules_file.the_file": "plik",
    "rules_file.a_rule": "reguła",
    "rules_file.rule": "reguła {number}",
    "rules_file.rule_named": "reguła {number} „{name}”",
    "rules_file.stored_rule": "reguła {id}, wersja {version}",
    "rules_file.at_field": "{where}, {field}: {what}",
    "rules_file.at": "{where}: {what}",
    "rules_file.too_big": "Plik ma {size} MB; plik reguł ma najwyżej {limit} MB. Czy to właściwy "
    "plik?",
    "rules_file.not_utf8": "To nie jest plik reguł: to nie jest tekst UTF-8 (nie da się odczytać "
    "bajtu {byte}). Wyeksportuj reguły ponownie albo zapisz plik jako UTF-8.",
    "rules_file.not_json": "To nie jest plik reguł: to nie jest poprawny JSON ({why}, wiersz "
    "{line}).",
    "rules_file.number_too_long": "W pliku jest liczba o {digits} cyfrach; żadna liczba w pliku "
    "reguł nie ma ich więcej niż {limit}.",
    "rules_file.too_deep": "Plik jest zagnieżdżony na więcej niż {limit} poziomów; plik reguł "
    "nigdy nie jest.",
    "rules_file.unreadable": "Nie udało się odczytać pliku {name}: {why}.",
    "rules_file.no_schema": "To nie jest plik reguł: nie ma numeru „schema”.",
    "rules_file.other_schema": "Ten plik reguł ma schemat {schema}; ta wersja RefundDesk czyta "
    "schemat {ours}.",
    "rules_file.rules_not_list": "„rules” musi być listą.",
    "rules_file.too_many_rules": "Plik reguł ma najwyżej {limit} reguł; ten ma {n}.",
    "rules_file.no_templates": "brak",
    "rules_file.no_such_template": "Nie ma szablonu wiadomości o nazwie {name} (znane: {known}).",
    "rules_file.duplicate_id": "Identyfikator {id} ma też reguła {other}; każda reguła potrzebuje "
    "własnego.",
    "rules_file.got": "{expected}, a jest {got}.",
    "rules_file.expected_object": "Oczekiwano obiektu",
    "rules_file.expected_text": "Oczekiwano tekstu",
    "rules_file.expected_whole_number": "Oczekiwano liczby całkowitej",
    "rules_file.expected_true_or_false": "Oczekiwano true lub false",
    "rules_file.expected_list": "Oczekiwano listy",
    "rules_file.expected_one_of": "Oczekiwano jednej z wartości: {choices}",
    "rules_file.expected_strings": "Oczekiwano listy tekstów",
    "rules_file.expected_decimal": "Oczekiwano liczby dziesiętnej zapisanej jako tekst",
    "rules_file.expected_finite": "Oczekiwano skończonej liczby",
    "rules_file.expected_text_or_null": "Oczekiwano tekstu lub null",
    "rules_file.expected_money": 'Oczekiwano {{"amount": "12.34", "currency": "PLN"}} ({why})',
    "rules_file.at_most_seconds": "Najwyżej {limit} sekund ({days} dni)",
    "rules_file.unknown_field": "Nieznane pole {fields}.",
    "rules_file.missing": "Brak pola {key}.",
    "rules_file.amount_too_long": "Kwota jest za długa (znaków: {n}); to nie jest cena.",
    "rules_file.percent_too_long": "Liczba jest za długa (znaków: {n}); procent ma ich kilka.",
    "rules_file.cap_and_caps": "Podaj „caps” (listę, po jednym limicie na walutę), a nie również "
    "„cap”.",
    "rules_file.empty_replace": {
        "one": "Plik nie ma żadnych reguł: zaimportowanie go w miejsce Twoich usunęłoby Twoją "
        "regułę. Sprawdź plik albo usuń regułę w aplikacji.",
        "few": "Plik nie ma żadnych reguł: zaimportowanie go w miejsce Twoich usunęłoby wszystkie "
        "{n} reguły. Sprawdź plik albo usuń reguły w aplikacji.",
        "many": "Plik nie ma żadnych reguł: zaimportowanie go w miejsce Twoich usunęłoby "
        "wszystkie {n} reguł. Sprawdź plik albo usuń reguły w aplikacji.",
        "other": "Plik nie ma żadnych reguł: zaimportowanie go w miejsce Twoich usunęłoby "
        "wszystkie {n} reguły. Sprawdź plik albo usuń reguły w aplikacji.",
    },
    "rules_file.long_number": "liczba o {n} cyfrach",
    # -- a shop or review request that cannot be carried out (services) ---------------
    "shop_error.no_identity": "Sklep „{name}” nie ma identyfikatora bazy danych; odczytaj go przez "
    "get_shop.",
    "shop_error.unknown_environment": "Nieznane środowisko {environment}; wybierz jedno z: "
    "{choices}.",
    "shop_error.needs_api_url": "Sklep typu {environment} potrzebuje adresu API.",
    "shop_error.no_such_shop": "Nie ma sklepu numer {id}.",
    "shop_error.no_name": "Nadaj sklepowi nazwę.",
    "shop_error.name_taken": "Sklep o nazwie „{name}” już istnieje.",
    "shop_error.not_approved": "Allegro jeszcze nie zatwierdziło sklepu „{name}”.",
    "shop_error.needs_credentials": "Potrzebne są Client ID i Client Secret aplikacji Allegro.",
    "shop_error.secret_missing": "Client Secret sklepu „{name}” nie jest zapisany w systemowym "
    "pęku kluczy; dodaj sklep ponownie.",
    "review_error.changed_meanwhile": "Zwrot zmienił się w trakcie Twojej decyzji (zajął się nim "
    "RefundDesk albo ktoś inny); niczego nie zapisano: spójrz na niego jeszcze raz.",
    "review_error.no_such_refund": "Nie ma zwrotu numer {id}.",
    "review_error.cannot_change": "Zwrotu {id} nie można teraz zmienić: {why}.",
    "review_error.state": "jego stan to: {state}",
    "review_error.unconfirmed": "jego wynik jest wciąż sprawdzany w Allegro",
    "review_error.submitting": "właśnie jest wysyłany",
    "review_error.submitted": "Allegro go przetwarza",
    "review_error.succeeded": "został już zwrócony",
    "review_error.reopen_other": "Zwrotu {id} nie można przywrócić: zwrot {other} tego samego "
    "zamówienia jest wciąż otwarty albo przeniósł już pieniądze. Zajrzyj do niego.",
    "review_error.dismiss_why": "Napisz w kilku słowach, dlaczego go odrzucasz (zostanie to "
    "zapisane przy zwrocie).",
    # -- settings that cannot be saved (services/settings.py, channels.py, notify) ------
    "settings_problem.order_cap": "Limit na zamówienie musi być większy od zera albo pusty (bez "
    "limitu).",
    "settings_problem.buyer_daily_cap": "Dzienny limit na kupującego musi być większy od zera "
    "albo pusty (bez limitu).",
    "settings_problem.daily_budget": "Dzienny budżet musi być większy od zera albo pusty (bez "
    "limitu).",
    "settings_problem.daily_count": "Dzienna liczba zwrotów musi wynosić co najmniej 1 albo być "
    "pusta (bez limitu).",
    "settings_problem.breaker": "Bezpiecznik potrzebuje co najmniej 1 błędu, by się otworzyć.",
    "settings_problem.sync_interval": "Synchronizuj co {low} do {high} sekund (Allegro ogranicza, "
    "jak często RefundDesk może pytać).",
    "settings_problem.backfill_days": "Odczytaj od 1 do {limit} dni wcześniejszych zamówień.",
    "settings_problem.smtp_user": "Wpisz nazwę użytkownika SMTP, do której należy to hasło.",
    "settings_problem.smtp_first": "Ustawienia e-mail zapisują się razem: podaj je w jednym "
    "poleceniu, na przykład refunddesk settings set email.host smtp.example.pl email.from "
    "sklep@example.pl email.user sklep.",
    "settings_problem.smtp_host": "Wpisz nazwę serwera SMTP.",
    "settings_problem.smtp_host_space": "Nazwa serwera nie zawiera spacji: {host}.",
    "settings_problem.smtp_port": "{port} nie jest numerem portu.",
    "settings_problem.smtp_security": "Zabezpieczenie musi być jednym z: {choices}.",
    "settings_problem.from_address_missing": "Wpisz adres e-mail, z którego idą powiadomienia.",
    "settings_problem.from_address": "{address} nie jest adresem e-mail, z którego można wysyłać.",
    "settings_problem.reply_to": "{address} nie jest adresem e-mail do odpowiedzi.",
    "settings_problem.timeout": "Limit czasu musi wynosić co najmniej jedną sekundę.",
    "settings_problem.sms_sender": "Nazwa nadawcy ma najwyżej 11 znaków: litery bez polskich "
    "znaków (a–z), cyfry, spacje, kropki lub myślniki (bez ó, ł czy _).",
    "settings_problem.sms_address": "Adres SMSAPI musi zaczynać się od https://.",
    "settings_problem.sms_token": "Wpisz token SMSAPI, aby wysyłać powiadomienia SMS.",
    "settings_problem.alert_language": "Alerty mogą być pisane w językach: {choices}.",
    "settings_problem.digest_hour": "Godzina podsumowania to liczba od 0 do 23.",
    "settings_problem.channel_name": "Nadaj kanałowi krótką nazwę (litery, cyfry, spacje, kropki, "
    "myślniki).",
    "settings_problem.channel_url": "Wklej adres Apprise kanału.",
    "settings_problem.channel_web_address": "Zwykły adres strony to nie adres Apprise. Dla "
    "webhooka przyjmującego JSON wpisz {url} (inne usługi opisuje wiki Apprise).",
    "settings_problem.channel_unknown": "Apprise nie rozumie tego adresu; sprawdź go w jego wiki.",
    "settings_problem.review_days": "Przeglądaj reguły co 1 do 3650 dni.",
    # -- an address RefundDesk will not send tokens to (environments.py) --------------
    "address_error.not_http": "to nie jest adres http(s): {url}",
    "address_error.query": "adres bazowy nie może mieć zapytania ani fragmentu: {url}",
    "address_error.plain_http": "zwykłe http jest dozwolone tylko dla tego komputera (127.0.0.1, "
    "::1, localhost), nie dla {host}: użyj https",
    "address_error.needs_url": "środowisko {name} potrzebuje adresu bazowego",
}
