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
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be read from Allegro.</source>
        <translation>
            <numerusform>%n order could not be read from Allegro.</numerusform>
            <numerusform>%n orders could not be read from Allegro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) were saved to %1.</source>
        <translation>
            <numerusform>%n rule was saved to %1.</numerusform>
            <numerusform>%n rules were saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rules in %1 will replace your %n rule(s). The old ones stay in the history of the refunds they decided. Go on?</source>
        <translation>
            <numerusform>The rules in %1 will replace your %n rule. The old one stays in the history of the refunds it decided. Go on?</numerusform>
            <numerusform>The rules in %1 will replace your %n rules. The old ones stay in the history of the refunds they decided. Go on?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” held %2 of its %n case(s) since it was last reviewed.</source>
        <translation>
            <numerusform>“%1” held %2 of its %n case since it was last reviewed.</numerusform>
            <numerusform>“%1” held %2 of its %n cases since it was last reviewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” failed %2 of its %n case(s) since it was last reviewed.</source>
        <translation>
            <numerusform>“%1” failed %2 of its %n case since it was last reviewed.</numerusform>
            <numerusform>“%1” failed %2 of its %n cases since it was last reviewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automation stopped after %n failure(s) in a row: look at Review, then reset it in Settings.</source>
        <translation>
            <numerusform>Automation stopped after %n failure: look at Review, then reset it in Settings.</numerusform>
            <numerusform>Automation stopped after %n failures in a row: look at Review, then reset it in Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automation stopped sending refunds after %n failure(s) in a row. Look at the failures on the Review screen, then reset it.</source>
        <translation>
            <numerusform>Automation stopped sending refunds after %n failure. Look at it on the Review screen, then reset it.</numerusform>
            <numerusform>Automation stopped sending refunds after %n failures in a row. Look at the failures on the Review screen, then reset it.</numerusform>
        </translation>
    </message>
</context>
</TS>
