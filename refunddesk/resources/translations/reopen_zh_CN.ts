<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RefundDetailPane</name>
    <message>
        <source>Dismissed: no refund is sent. Was that a mistake?</source>
        <translation>已驳回：不会发送退款。是误操作吗？</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
</context>
<context>
    <name>RefundsScreen</name>
    <message>
        <source>Reopen refund</source>
        <translation>重新打开退款</translation>
    </message>
    <message>
        <source>Reopen this refund of %1? It goes back to Review as held: nothing is sent until you approve it there. A note is optional.</source>
        <translation>要重新打开这笔 %1 的退款吗？它会作为暂停项回到“待审核”：在您批准之前不会发送任何内容。备注可不填。</translation>
    </message>
    <message>
        <source>Reopened: it waits on Review for your approval; nothing is sent before.</source>
        <translation>已重新打开：它在“待审核”中等待您批准；在此之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>That did not work; nothing changed.</source>
        <translation>操作未成功；没有任何更改。</translation>
    </message>
</context>
</TS>
