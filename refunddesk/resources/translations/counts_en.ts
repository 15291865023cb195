<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n refund(s) selected, together %1</source>
        <translation>
            <numerusform>%n refund selected, together %1</numerusform>
            <numerusform>%n refunds selected, together %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n refund(s) and send %1 to the buyers?</source>
        <translation>
            <numerusform>Approve %n refund and send %1 to the buyer?</numerusform>
            <numerusform>Approve %n refunds and send %1 to the buyers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve all %n refund(s) found when your shops were connected, together %1? They are sent to the buyers on the next round, each checked live with Allegro first. Cases also held for another reason stay here for you to look at.</source>
        <translation>
            <numerusform>Approve the %n refund found when your shops were connected, %1? It is sent to the buyer on the next round, checked live with Allegro first. If it is also held for another reason, it stays here for you to look at.</numerusform>
            <numerusform>Approve all %n refunds found when your shops were connected, together %1? They are sent to the buyers on the next round, each checked live with Allegro first. Cases also held for another reason stay here for you to look at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n refund(s) (%1) again?</source>
        <translation>
            <numerusform>Send %n refund (%1) again?</numerusform>
            <numerusform>Send %n refunds (%1) again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n refund(s), together %1? Nothing is sent to the buyer. Say in a few words why (kept with the refund).</source>
        <translation>
            <numerusform>Dismiss %n refund of %1? Nothing is sent to the buyer. Say in a few words why (kept with the refund).</numerusform>
            <numerusform>Dismiss %n refunds, together %1? Nothing is sent to the buyers. Say in a few words why (kept with the refunds).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n refund(s), together %1, as refunded outside RefundDesk? A note is optional (for example the transfer's date).</source>
        <translation>
            <numerusform>Mark %n refund of %1 as refunded outside RefundDesk? A note is optional (for example the transfer's date).</numerusform>
            <numerusform>Mark %n refunds, together %1, as refunded outside RefundDesk? A note is optional (for example the transfer's date).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more notice(s) wait after this one.)</source>
        <translation>
            <numerusform>(%n more notice waits after this one.)</numerusform>
            <numerusform>(%n more notices wait after this one.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or unchecked</source>
        <translation>
            <numerusform>%n failed or unchecked</numerusform>
            <numerusform>%n failed or unchecked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older case(s) left to you (found when the shop was connected)</source>
        <translation>
            <numerusform>%n older case left to you (found when the shop was connected)</numerusform>
            <numerusform>%n older cases left to you (found when the shop was connected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo shop ledger: %1 moved in %n refund(s)</source>
        <translation>
            <numerusform>Demo shop ledger: %1 moved in %n refund</numerusform>
            <numerusform>Demo shop ledger: %1 moved in %n refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) replayed</source>
        <translation>
            <numerusform>%n case replayed</numerusform>
            <numerusform>%n cases replayed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change</source>
        <translation>
            <numerusform>%n would change</numerusform>
            <numerusform>%n would change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n case(s): the figures cover those only.</source>
        <translation>
            <numerusform>Cancelled after %1 of %n case: the figures cover those only.</numerusform>
            <numerusform>Cancelled after %1 of %n cases: the figures cover those only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) (%1)</source>
        <translation>
            <numerusform>%n refund (%1)</numerusform>
            <numerusform>%n refunds (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) (%1)</source>
        <translation>
            <numerusform>%n hold (%1)</numerusform>
            <numerusform>%n holds (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n day(s), “%1” would have:</source>
        <translation>
            <numerusform>Over the last %n day, “%1” would have:</numerusform>
            <numerusform>Over the last %n days, “%1” would have:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• refunded %n order(s) automatically, %1 in total</source>
        <translation>
            <numerusform>• refunded %n order automatically, %1 in total</numerusform>
            <numerusform>• refunded %n orders automatically, %1 in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of its trigger were looked at; earlier rules decide first.</source>
        <translation>
            <numerusform>%n case of its trigger was looked at; earlier rules decide first.</numerusform>
            <numerusform>%n cases of its trigger were looked at; earlier rules decide first.</numerusform>
        </translation>
    </message>
</context>
</TS>
