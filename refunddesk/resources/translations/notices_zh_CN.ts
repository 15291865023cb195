<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertsPanel</name>
    <message>
        <source>%1 (address in the keyring)</source>
        <translation>%1（地址保存在密钥环中）</translation>
    </message>
    <message>
        <source>%1 (no address: add it again)</source>
        <translation>%1（没有地址：请重新添加）</translation>
    </message>
    <message>
        <source>A refund held for approval</source>
        <translation>等待批准的退款</translation>
    </message>
    <message>
        <source>A refund that failed</source>
        <translation>失败的退款</translation>
    </message>
    <message>
        <source>A shop to reconnect</source>
        <translation>需要重新连接的店铺</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <source>Alert me about</source>
        <translation>提醒我以下事项</translation>
    </message>
    <message>
        <source>Alert me when something needs me</source>
        <translation>有事需要我处理时提醒我</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Apprise address, e.g. wecombot://key</source>
        <translation>Apprise 地址，例如 wecombot://key</translation>
    </message>
    <message>
        <source>Automation stopped after failures</source>
        <translation>自动化因失败而停止</translation>
    </message>
    <message>
        <source>Channel saved.</source>
        <translation>渠道已保存。</translation>
    </message>
    <message>
        <source>Channels (Apprise: e-mail, Telegram, WeCom, DingTalk …)</source>
        <translation>渠道（Apprise：电子邮件、Telegram、企业微信、钉钉……）</translation>
    </message>
    <message>
        <source>Language of the alerts</source>
        <translation>提醒的语言</translation>
    </message>
    <message>
        <source>Name, e.g. team</source>
        <translation>名称，例如 团队</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Remove the alert channel %1? Its address is deleted from the keyring.</source>
        <translation>要删除提醒渠道 %1 吗？其地址将从密钥环中删除。</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Save alerts</source>
        <translation>保存提醒设置</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>发送测试提醒</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The alert settings could not be saved.</source>
        <translation>无法保存提醒设置。</translation>
    </message>
    <message>
        <source>The daily budget reached</source>
        <translation>已达每日预算</translation>
    </message>
    <message>
        <source>The keyring could not be used: %1</source>
        <translation>无法使用密钥环：%1</translation>
    </message>
    <message>
        <source>The test alert was sent through %1.</source>
        <translation>测试提醒已通过 %1 发送。</translation>
    </message>
    <message>
        <source>Daily digest (yesterday's refunds)</source>
        <translation>每日摘要（昨日退款）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Remind me to review a rule after</source>
        <translation>规则多久未复查时提醒我</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
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
    <name>NoticesPanel</name>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>CA 证书包（PEM）</translation>
    </message>
    <message>
        <source>CA bundle for the mail server</source>
        <translation>邮件服务器的 CA 证书包</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Optional: only for a server with its own CA</source>
        <translation>可选：仅用于使用自有 CA 的服务器</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
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
<context>
    <name>RuleRemindersBox</name>
    <message>
        <source>Rules to review</source>
        <translation>需要复查的规则</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记为已复查</translation>
    </message>
    <message>
        <source>“%1” was last reviewed on %4: check that it still fits.</source>
        <translation>“%1”上次复查于 %4：请检查它是否仍然合适。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
</context>
<context>
    <name>SmsPanel</name>
    <message>
        <source>Also send notices by SMS (SMSAPI)</source>
        <translation>同时通过短信发送通知（SMSAPI）</translation>
    </message>
    <message>
        <source>Keep Polish letters (ą, ę …): shorter parts, each one is paid</source>
        <translation>保留波兰语字母（ą、ę……）：每段更短，每段都计费</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not saved; it will be kept in the keyring</source>
        <translation>未保存；将保存在密钥环中</translation>
    </message>
    <message>
        <source>Registered in SMSAPI; empty: the default</source>
        <translation>在 SMSAPI 注册的名称；留空：使用默认值</translation>
    </message>
    <message>
        <source>SMSAPI token</source>
        <translation>SMSAPI 令牌</translation>
    </message>
    <message>
        <source>Save SMS</source>
        <translation>保存短信设置</translation>
    </message>
    <message>
        <source>Saved in the keyring; type a new one to replace it</source>
        <translation>已保存在密钥环中；输入新的以替换</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Send SMS to the buyers of</source>
        <translation>向以下店铺的买家发送短信</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <source>The SMS settings could not be saved.</source>
        <translation>无法保存短信设置。</translation>
    </message>
    <message>
        <source>The token could not be stored in the keyring: %1</source>
        <translation>无法将令牌保存到密钥环：%1</translation>
    </message>
</context>
</TS>
