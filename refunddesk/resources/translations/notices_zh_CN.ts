<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NoticeWords</name>
    <message>
        <source>Allegro message</source>
        <translation>Allegro 消息</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Notice failed</source>
        <translation>通知失败</translation>
    </message>
    <message>
        <source>Notice may not have arrived</source>
        <translation>通知可能未送达</translation>
    </message>
    <message>
        <source>The buyer notice (%1) was not sent.</source>
        <translation>买家通知（%1）未发送。</translation>
    </message>
    <message>
        <source>It is not known whether the buyer got this notice (%1).</source>
        <translation>不确定买家是否收到了此通知（%1）。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>未确认</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>(%1 more notices wait after this one.)</source>
        <translation>（之后还有 %1 条通知等待处理。）</translation>
    </message>
    <message>
        <source>Send the notice again…</source>
        <translation>重新发送通知…</translation>
    </message>
</context>
<context>
    <name>ResendNoticeDialog</name>
    <message>
        <source>Send the notice again</source>
        <translation>重新发送通知</translation>
    </message>
    <message>
        <source>(The text is written again when it is sent.)</source>
        <translation>（发送时将重新生成内容。）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Check the text. It is sent once more to the buyer, on the next round.</source>
        <translation>请核对内容。它将在下一轮再向买家发送一次。</translation>
    </message>
    <message>
        <source>The buyer may already have it: check first. It is sent once more to the buyer, on the next round.</source>
        <translation>买家可能已经收到：请先核实。它将在下一轮再向买家发送一次。</translation>
    </message>
    <message>
        <source>This notice changed meanwhile (someone else may have sent it again).</source>
        <translation>此通知在此期间已有变化（可能已有其他人重新发送）。</translation>
    </message>
    <message>
        <source>That did not work; nothing changed.</source>
        <translation>操作未成功；没有任何更改。</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Send the notice again…</source>
        <translation>重新发送通知…</translation>
    </message>
    <message>
        <source>%1 buyer notices selected; send them again one by one.</source>
        <translation>已选择 %1 条买家通知；请逐条重新发送。</translation>
    </message>
    <message>
        <source>Check the buyer's details on the order, then send the notice again.</source>
        <translation>请先核对订单中的买家信息，然后重新发送通知。</translation>
    </message>
</context>
</TS>
