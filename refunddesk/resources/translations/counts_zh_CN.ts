<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n refund(s) selected, together %1</source>
        <translation>
            <numerusform>已选择 %n 笔退款，共计 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n refund(s) and send %1 to the buyers?</source>
        <translation>
            <numerusform>批准 %n 笔退款并向买家退还 %1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve all %n refund(s) found when your shops were connected, together %1? They are sent to the buyers on the next round, each checked live with Allegro first. Cases also held for another reason stay here for you to look at.</source>
        <translation>
            <numerusform>批准连接店铺时发现的全部 %n 笔退款，共计 %1？它们将在下一轮发送给买家，每笔都会先与 Allegro 实时核对。因其他原因也被暂缓的情况会留在这里等您查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n refund(s) (%1) again?</source>
        <translation>
            <numerusform>重新发送 %n 笔退款（%1）？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n refund(s), together %1? Nothing is sent to the buyer. Say in a few words why (kept with the refund).</source>
        <translation>
            <numerusform>驳回 %n 笔退款，共计 %1？不会向买家退任何款项。请简要说明原因（将随退款一起保存）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n refund(s), together %1, as refunded outside RefundDesk? A note is optional (for example the transfer's date).</source>
        <translation>
            <numerusform>将 %n 笔退款（共计 %1）标记为已在 RefundDesk 之外退款？备注可选（例如转账日期）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more notice(s) wait after this one.)</source>
        <translation>
            <numerusform>（之后还有 %n 条通知等待处理。）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n 个暂扣</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or unchecked</source>
        <translation>
            <numerusform>%n 个失败或未确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older case(s) left to you (found when the shop was connected)</source>
        <translation>
            <numerusform>%n 个较早的情况留给您处理（连接店铺时发现）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo shop ledger: %1 moved in %n refund(s)</source>
        <translation>
            <numerusform>演示店铺账本：%n 笔退款共转出 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n 个场景</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 个已改变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) replayed</source>
        <translation>
            <numerusform>已重放 %n 个案例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change</source>
        <translation>
            <numerusform>其中 %n 个会改变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n case(s): the figures cover those only.</source>
        <translation>
            <numerusform>在 %n 个案例中处理了 %1 个后取消：数字仅涵盖这些案例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) (%1)</source>
        <translation>
            <numerusform>退款 %n 笔（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) (%1)</source>
        <translation>
            <numerusform>暂扣 %n 笔（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n day(s), “%1” would have:</source>
        <translation>
            <numerusform>在过去 %n 天内，“%1”将会：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• refunded %n order(s) automatically, %1 in total</source>
        <translation>
            <numerusform>• 自动为 %n 个订单退款，共计 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of its trigger were looked at; earlier rules decide first.</source>
        <translation>
            <numerusform>共检查了 %n 个此类触发的案例；排在前面的规则优先决定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be read from Allegro.</source>
        <translation>
            <numerusform>有 %n 个订单无法从 Allegro 读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) were saved to %1.</source>
        <translation>
            <numerusform>已将 %n 条规则保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rules in %1 will replace your %n rule(s). The old ones stay in the history of the refunds they decided. Go on?</source>
        <translation>
            <numerusform>%1 中的规则将替换您现有的 %n 条规则。旧规则仍保留在其决定过的退款记录中。继续吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” held %2 of its %n case(s) since it was last reviewed.</source>
        <translation>
            <numerusform>自上次复查以来，“%1”在 %n 个案例中暂缓了 %2 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” failed %2 of its %n case(s) since it was last reviewed.</source>
        <translation>
            <numerusform>自上次复查以来，“%1”的 %n 个案例中有 %2 个失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automation stopped after %n failure(s) in a row: look at Review, then reset it in Settings.</source>
        <translation>
            <numerusform>自动化在连续 %n 次失败后已停止：请查看待审核，然后在“设置”中重置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automation stopped sending refunds after %n failure(s) in a row. Look at the failures on the Review screen, then reset it.</source>
        <translation>
            <numerusform>连续失败 %n 次后，自动化已停止发送退款。请在“待审核”页面查看失败原因，然后重置熔断器。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
</TS>
