<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>RefundDetailPane</name>
    <message>
        <source>Dismissed: no refund is sent. Was that a mistake?</source>
        <translation>Odrzucony: zwrot nie zostanie wysłany. To była pomyłka?</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Przywróć…</translation>
    </message>
</context>
<context>
    <name>RefundsScreen</name>
    <message>
        <source>Reopen refund</source>
        <translation>Przywróć zwrot</translation>
    </message>
    <message>
        <source>Reopen this refund of %1? It goes back to Review as held: nothing is sent until you approve it there. A note is optional.</source>
        <translation>Przywrócić ten zwrot na %1? Wróci na ekran Do przejrzenia jako wstrzymany: nic nie zostanie wysłane, dopóki go tam nie zatwierdzisz. Notatka jest opcjonalna.</translation>
    </message>
    <message>
        <source>Reopened: it waits on Review for your approval; nothing is sent before.</source>
        <translation>Przywrócony: czeka na ekranie Do przejrzenia na Twoje zatwierdzenie; wcześniej nic nie zostanie wysłane.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>That did not work; nothing changed.</source>
        <translation>To się nie udało; nic nie zostało zmienione.</translation>
    </message>
</context>
</TS>
