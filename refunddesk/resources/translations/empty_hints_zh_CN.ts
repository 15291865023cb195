<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EmptyHints</name>
    <message>
        <source>No orders yet. Orders appear here after a shop is connected and its first sync has run.</source>
        <translation>还没有订单。连接店铺并完成首次同步后，订单会显示在这里。</translation>
    </message>
    <message>
        <source>No orders match these filters. Clear the search or a filter to see more.</source>
        <translation>没有符合这些筛选条件的订单。清除搜索或某个筛选条件即可看到更多。</translation>
    </message>
    <message>
        <source>No refunds yet. Refunds appear here when a rule refunds an order or you approve one in Review.</source>
        <translation>还没有退款。当规则为订单退款，或您在“待审核”中批准退款时，退款会显示在这里。</translation>
    </message>
    <message>
        <source>No refunds match these filters. Clear the search or a filter to see more.</source>
        <translation>没有符合这些筛选条件的退款。清除搜索或某个筛选条件即可看到更多。</translation>
    </message>
    <message>
        <source>Nothing waits for you. Refunds a rule holds for your approval, refunds that failed and buyer notices that did not arrive appear here.</source>
        <translation>没有等待您处理的事项。规则暂停等待您批准的退款、失败的退款以及未送达的买家通知会显示在这里。</translation>
    </message>
    <message>
        <source>No rules yet. Add one with “New rule” or “Add a starter rule”: a new rule starts in shadow mode and moves no money until you arm it.</source>
        <translation>还没有规则。点击“新建规则”或“添加入门规则”来添加：新规则以影子模式开始，在您将其转为正式模式之前不会转移任何资金。</translation>
    </message>
    <message>
        <source>Nothing has happened yet. Rule decisions, refunds and buyer notices appear here as the shop's orders are handled.</source>
        <translation>还没有发生任何事。处理店铺订单时，规则决定、退款和买家通知会显示在这里。</translation>
    </message>
    <message>
        <source>No refund is waiting out a delay. A rule with a delay puts its refunds here until they are sent, so you can still stop one.</source>
        <translation>没有正在等待延迟结束的退款。带延迟的规则会把退款放在这里直到发出，因此您仍可以停止其中某一笔。</translation>
    </message>
    <message>
        <source>Choose an order in the list to see it here.</source>
        <translation>在列表中选择一个订单，即可在这里查看。</translation>
    </message>
    <message>
        <source>Nothing recorded for this order yet. Its events, rule decisions, refunds and buyer notices appear here as they happen.</source>
        <translation>此订单还没有任何记录。它的事件、规则决定、退款和买家通知发生时会显示在这里。</translation>
    </message>
    <message>
        <source>No items recorded for this order. They come from Allegro with the order at the next sync.</source>
        <translation>此订单没有记录商品。商品会在下次同步时随订单从 Allegro 获取。</translation>
    </message>
    <message>
        <source>No refund decided for this order. One appears here when a rule decides it or you approve it in Review.</source>
        <translation>此订单还没有决定退款。当规则作出决定或您在“待审核”中批准时，退款会显示在这里。</translation>
    </message>
    <message>
        <source>The buyer has not declared a return. It appears here when the buyer sends one through Allegro.</source>
        <translation>买家尚未申请退货。买家通过 Allegro 提交退货后，会显示在这里。</translation>
    </message>
    <message>
        <source>No items in this order yet. Add a product from the catalogue or type one in.</source>
        <translation>此订单还没有商品。请从商品目录添加，或手动输入一个商品。</translation>
    </message>
    <message>
        <source>Run a simulation to see what would be refunded, part by part.</source>
        <translation>运行模拟，即可逐项查看将退还的金额。</translation>
    </message>
    <message>
        <source>No money would move in this simulation.</source>
        <translation>此次模拟不会有任何资金变动。</translation>
    </message>
    <message>
        <source>Run a simulation to see, rule by rule, why it decided what it did.</source>
        <translation>运行模拟，即可逐条规则查看它为何作出这样的决定。</translation>
    </message>
    <message>
        <source>No saved scenarios yet. Use “Save scenario” after a simulation to check it again whenever you change a rule.</source>
        <translation>还没有保存的场景。模拟后使用“保存场景”，以后每次修改规则时都可以再次检查。</translation>
    </message>
    <message>
        <source>Run a backtest to see how often each rule would have acted.</source>
        <translation>运行回测，即可查看每条规则会生效多少次。</translation>
    </message>
    <message>
        <source>No differences to show. Orders the rules would have handled differently from what happened appear here after a backtest.</source>
        <translation>没有可显示的差异。回测后，规则处理方式与实际情况不同的订单会显示在这里。</translation>
    </message>
    <message>
        <source>No shop connected yet. Use “Add shop…” to connect your Allegro shop, or the demo shop to try the app.</source>
        <translation>还没有连接店铺。使用“添加店铺…”连接您的 Allegro 店铺，或连接演示店铺来试用本应用。</translation>
    </message>
    <message>
        <source>No alert channels yet. Add one to be told when a refund needs you.</source>
        <translation>还没有提醒渠道。添加一个渠道，以便在退款需要您处理时收到通知。</translation>
    </message>
    <message>
        <source>No product groups yet. “New group” starts one: a name and the offers or SKUs in it, for rules to match.</source>
        <translation>还没有商品组。点击“新建组”创建一个：包括名称以及其中的商品或 SKU，供规则匹配。</translation>
    </message>
</context>
</TS>
