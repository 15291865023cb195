<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectShopDialog</name>
    <message>
        <source>No Allegro application yet? Try the demo shop first</source>
        <translation>还没有 Allegro 应用？先试试演示店铺</translation>
    </message>
    <message>
        <source>RefundDesk talks to Allegro with your own application key: register it once, as below, then enter its client ID and client secret here.</source>
        <translation>RefundDesk 使用您自己的应用密钥与 Allegro 通信：按下面的步骤注册一次，然后在此输入它的客户端 ID 和客户端密钥。</translation>
    </message>
    <message>
        <source>The demo shop is a pretend Allegro shop on this computer (start it with “refunddesk demo-shop”). Its key is filled in for you.</source>
        <translation>演示店铺是本机上的一个模拟 Allegro 店铺（用“refunddesk demo-shop”启动）。它的密钥已为您填好。</translation>
    </message>
</context>
<context>
    <name>DeveloperGuide</name>
    <message>
        <source>1. Open Allegro's developer portal and log in with your sandbox account.</source>
        <translation>1. 打开 Allegro 开发者门户，并用您的沙盒账户登录。</translation>
    </message>
    <message>
        <source>1. Open Allegro's developer portal and log in with your shop's Allegro account (it needs two-step login switched on).</source>
        <translation>1. 打开 Allegro 开发者门户，并用您店铺的 Allegro 账户登录（需要开启两步登录）。</translation>
    </message>
    <message>
        <source>2. Register a new application. As its type choose the one that works without a browser or keyboard (“Aplikacja działa bez dostępu do przeglądarki lub klawiatury”): the device type. It cannot be changed later.</source>
        <translation>2. 注册一个新应用。类型请选择无需浏览器或键盘即可使用的那一种（“Aplikacja działa bez dostępu do przeglądarki lub klawiatury”），即 device 类型。注册后无法更改。</translation>
    </message>
    <message>
        <source>3. Give it a name you will recognise, e.g. RefundDesk, and save it.</source>
        <translation>3. 给它起一个您能认出的名字，例如 RefundDesk，然后保存。</translation>
    </message>
    <message>
        <source>4. The application's page shows its Client ID and Client Secret: copy both into the fields below.</source>
        <translation>4. 应用页面会显示它的客户端 ID 和客户端密钥：把两者复制到下面的字段中。</translation>
    </message>
    <message>
        <source>Open Allegro's developer portal</source>
        <translation>打开 Allegro 开发者门户</translation>
    </message>
    <message>
        <source>Where the client ID and secret come from</source>
        <translation>客户端 ID 和密钥从哪里来</translation>
    </message>
</context>
<context>
    <name>NextStepPanel</name>
    <message>
        <source>Automation is paused: RefundDesk sends no refund. Some refunds wait for your decision: held by a limit or a rule, failed, or not confirmed.</source>
        <translation>自动化已暂停：RefundDesk 不会发送任何退款。有些退款在等待您的决定：被限额或规则暂扣、失败或未确认。</translation>
    </message>
    <message>
        <source>Automation is paused: RefundDesk sends no refund.</source>
        <translation>自动化已暂停：RefundDesk 不会发送任何退款。</translation>
    </message>
    <message>
        <source>Connect a shop…</source>
        <translation>连接店铺…</translation>
    </message>
    <message>
        <source>Next step: add a starter rule. New rules start in shadow mode: they only record what they would refund.</source>
        <translation>下一步：添加一条入门规则。新规则从影子模式开始：只记录它们将会退款的内容。</translation>
    </message>
    <message>
        <source>Next step: connect your Allegro shop. You can try everything on the demo shop first.</source>
        <translation>下一步：连接您的 Allegro 店铺。您也可以先在演示店铺上试用所有功能。</translation>
    </message>
    <message>
        <source>Next step: decide on them in Review.</source>
        <translation>下一步：在“待审核”中处理它们。</translation>
    </message>
    <message>
        <source>Next step: resume it at the bottom of the window when you are ready.</source>
        <translation>下一步：准备好后，在窗口底部恢复自动化。</translation>
    </message>
    <message>
        <source>Next step: try a test order in Simulate, then arm the rule you trust on the Rules screen.</source>
        <translation>下一步：在“模拟”中试一个测试订单，然后在“规则”页面将您信任的规则转为正式模式。</translation>
    </message>
    <message>
        <source>Nothing needs you now.</source>
        <translation>目前没有需要您处理的事项。</translation>
    </message>
    <message>
        <source>Open Review (%1)</source>
        <translation>打开审核（%1）</translation>
    </message>
    <message>
        <source>Open Rules</source>
        <translation>打开规则</translation>
    </message>
    <message>
        <source>Open Simulate</source>
        <translation>打开模拟</translation>
    </message>
    <message>
        <source>RefundDesk is not watching any shop yet, so it does nothing.</source>
        <translation>RefundDesk 尚未关注任何店铺，因此不会执行任何操作。</translation>
    </message>
    <message>
        <source>RefundDesk is watching your shop and refunds buyers by your armed rules.</source>
        <translation>RefundDesk 正在关注您的店铺，并按您正式模式的规则给买家退款。</translation>
    </message>
    <message>
        <source>RefundDesk is watching your shop. Some refunds wait for your decision: held by a limit or a rule, failed, or not confirmed.</source>
        <translation>RefundDesk 正在关注您的店铺。有些退款在等待您的决定：被限额或规则暂扣、失败或未确认。</translation>
    </message>
    <message>
        <source>RefundDesk syncs your orders, but no rule is switched on, so it decides nothing.</source>
        <translation>RefundDesk 正在同步您的订单，但没有开启任何规则，因此不会做出任何决定。</translation>
    </message>
    <message>
        <source>Your rules are in shadow mode: RefundDesk records what they would refund and moves no money.</source>
        <translation>您的规则处于影子模式：RefundDesk 只记录它们将会退款的内容，不转出任何资金。</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>This ran for real on a practice copy of the demo shop: the refunds below were made there. Your shop, orders and refunds are unchanged.</source>
        <translation>这是在演示店铺的练习副本上真实运行的：下面的退款是在那里进行的。您的店铺、订单和退款未改变。</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Try it</source>
        <translation>试一试</translation>
    </message>
    <message>
        <source>Simulate a test order with this rule as it is now, before you save it.</source>
        <translation>在保存之前，用此规则的当前内容模拟一个测试订单。</translation>
    </message>
</context>
<context>
    <name>ShopsPanel</name>
    <message>
        <source>Demo shop at its own address</source>
        <translation>位于独立地址的演示店铺</translation>
    </message>
</context>
<context>
    <name>SimulateScreen</name>
    <message>
        <source>Using the draft from the Rules screen, unsaved changes included.</source>
        <translation>正在使用“规则”页面中的草稿，包括未保存的更改。</translation>
    </message>
    <message>
        <source>Ran on a practice copy of the demo shop; your own data is unchanged.</source>
        <translation>已在演示店铺的练习副本上运行；您自己的数据未改变。</translation>
    </message>
</context>
</TS>
