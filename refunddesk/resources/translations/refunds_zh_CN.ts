<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NoteDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RefundDetailPane</name>
    <message>
        <source>Choose a refund to see how it was decided.</source>
        <translation>选择一笔退款，查看它是如何决定的。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>买家：%1</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>触发事件：%1</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>决定时间：%1</translation>
    </message>
    <message>
        <source>Reason sent to Allegro: %1</source>
        <translation>发送给 Allegro 的原因：%1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>完成时间：%1</translation>
    </message>
    <message>
        <source>Why it is held</source>
        <translation>为何暂缓</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>退款明细</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How the rules decided</source>
        <translation>规则如何决定</translation>
    </message>
    <message>
        <source>Buyer notices</source>
        <translation>买家通知</translation>
    </message>
    <message>
        <source>What a person did</source>
        <translation>人工操作</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>运费：%1</translation>
    </message>
    <message>
        <source>Additional services: %1</source>
        <translation>附加服务：%1</translation>
    </message>
    <message>
        <source>Surcharge %1: %2</source>
        <translation>附加付款 %1：%2</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2：%3</translation>
    </message>
    <message>
        <source>%1 (part of its value): %2</source>
        <translation>%1（部分金额）：%2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>No rule decided this refund.</source>
        <translation>此退款不是由规则决定的。</translation>
    </message>
    <message>
        <source>Rule “%1”, version %2</source>
        <translation>规则“%1”，第 %2 版</translation>
    </message>
    <message>
        <source>This rule version is not stored.</source>
        <translation>未保存此规则版本。</translation>
    </message>
    <message>
        <source>Requests to Allegro</source>
        <translation>发往 Allegro 的请求</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Trace-id</source>
        <translation>Trace-id</translation>
    </message>
    <message>
        <source>%1 · %2 %3 → %4 · trace-id %5</source>
        <translation>%1 · %2 %3 → %4 · trace-id %5</translation>
    </message>
</context>
<context>
    <name>RefundWords</name>
    <message>
        <source>The rule has caps, but none for this order's currency. Approve it to refund.</source>
        <translation>该规则设有上限，但没有此订单币种的上限。批准后即可退款。</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Armed</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>影子</translation>
    </message>
    <message>
        <source>Above the rule&apos;s cap. Approve it to refund the full amount.</source>
        <translation>超过规则上限。批准后将退还全部金额。</translation>
    </message>
    <message>
        <source>Cash on delivery cannot be refunded through Allegro. Transfer the money to the buyer&apos;s bank account, then mark it refunded by hand.</source>
        <translation>货到付款无法通过 Allegro 退款。请把钱转到买家的银行账户，然后标记为已手动退款。</translation>
    </message>
    <message>
        <source>The rule asks for your approval before refunding.</source>
        <translation>该规则要求退款前由您批准。</translation>
    </message>
    <message>
        <source>Some or all of this was already refunded elsewhere (by hand in Allegro, or by Allegro itself). Check the order, then dismiss or mark it refunded by hand.</source>
        <translation>部分或全部金额已在别处退还（在 Allegro 中手动退还，或由 Allegro 自行退还）。请检查订单，然后驳回或标记为已手动退款。</translation>
    </message>
    <message>
        <source>The return lists items that are not in the order. Check it.</source>
        <translation>退货中有订单里没有的商品。请检查。</translation>
    </message>
    <message>
        <source>Above your per-order limit in Settings. Approve it to refund.</source>
        <translation>超过设置中的单笔订单上限。批准后即可退款。</translation>
    </message>
    <message>
        <source>This buyer reached today&apos;s refund limit. Approve to refund.</source>
        <translation>该买家已达到今日退款上限。批准后即可退款。</translation>
    </message>
    <message>
        <source>Today&apos;s refund budget is used up. Approve, or wait for tomorrow.</source>
        <translation>今日退款预算已用完。请批准，或等到明天。</translation>
    </message>
    <message>
        <source>Today&apos;s number of refunds is reached. Approve, or wait.</source>
        <translation>已达到今日退款笔数上限。请批准，或等待。</translation>
    </message>
    <message>
        <source>Automation paused itself after several failures in a row. Look at the failures, then resume automation and approve.</source>
        <translation>连续多次失败后，自动化已自行暂停。请查看失败记录，然后恢复自动化并批准。</translation>
    </message>
    <message>
        <source>The order changed since the rule decided (re-checked live).</source>
        <translation>规则决定后订单已发生变化（已实时复查）。</translation>
    </message>
    <message>
        <source>RefundDesk is checking with Allegro whether this refund went through; nothing to do yet.</source>
        <translation>RefundDesk 正在向 Allegro 核实这笔退款是否成功；目前无需任何操作。</translation>
    </message>
    <message>
        <source>The refund did not go through. Fix the cause (often a low balance), then retry; or dismiss it, or mark it refunded by hand.</source>
        <translation>退款未成功。请先解决原因（通常是余额不足）再重试；或驳回，或标记为已手动退款。</translation>
    </message>
    <message>
        <source>Allegro message</source>
        <translation>Allegro 消息</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>may not have arrived</source>
        <translation>可能未送达</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>已重试</translation>
    </message>
    <message>
        <source>Marked refunded by hand</source>
        <translation>已标记为手动退款</translation>
    </message>
    <message>
        <source>Found when the shop was connected (it happened before RefundDesk watched). Approve to refund it, or dismiss it.</source>
        <translation>连接店铺时发现（发生在 RefundDesk 开始监控之前）。批准即可退款，或将其驳回。</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>You reopened it after dismissing it. Approve it to refund, or dismiss it again.</source>
        <translation>您在驳回后重新打开了它。批准即可退款，或再次驳回。</translation>
    </message>
</context>
<context>
    <name>RefundsScreen</name>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Search order id or buyer</source>
        <translation>搜索订单号或买家</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>All refunds</source>
        <translation>所有退款</translation>
    </message>
    <message>
        <source>Everything, with no-action decisions</source>
        <translation>全部（含未采取操作的决定）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>All triggers</source>
        <translation>所有触发事件</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>所有规则</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>所有店铺</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>退款：%1</translation>
    </message>
    <message>
        <source>Export refunds</source>
        <translation>导出退款</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>rule version</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>refund id</source>
        <translation>退款编号</translation>
    </message>
    <message>
        <source>Refunds saved: %1. File: %2</source>
        <translation>已保存退款：%1。文件：%2</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Left to you at connect</source>
        <translation>留给您处理的</translation>
    </message>
</context>
<context>
    <name>RefundsTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source> (v%1)</source>
        <translation>（第 %1 版）</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Approved: it is sent to Allegro in the next round.</source>
        <translation>已批准：将在下一轮发送到 Allegro。</translation>
    </message>
    <message>
        <source>It is sent to Allegro again in the next round.</source>
        <translation>将在下一轮重新发送到 Allegro。</translation>
    </message>
    <message>
        <source>Dismissed: no refund is sent. The Refunds screen keeps it, with your note.</source>
        <translation>已驳回：不会发出退款。退款页面会保留它和您的备注。</translation>
    </message>
    <message>
        <source>Marked as refunded by hand: RefundDesk will not refund it.</source>
        <translation>已标记为手动退款：RefundDesk 不会再为它退款。</translation>
    </message>
    <message>
        <source>Automation is paused: nothing is sent until you resume it.</source>
        <translation>自动化已暂停：在您恢复之前不会发出任何内容。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approve and refund</source>
        <translation>批准并退款</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Mark refunded by hand…</source>
        <translation>标记为已手动退款…</translation>
    </message>
    <message>
        <source>Open in Allegro</source>
        <translation>在 Allegro 中打开</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>没有待处理事项。</translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <translation>待您处理：%1</translation>
    </message>
    <message>
        <source>The buyer gave no bank account in a return; ask them for one.</source>
        <translation>买家在退货中未提供银行账户；请向买家索取。</translation>
    </message>
    <message>
        <source>Buyer&apos;s bank account for the transfer:</source>
        <translation>用于转账的买家银行账户：</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>户名：%1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账号：%1</translation>
    </message>
    <message>
        <source>IBAN: %1</source>
        <translation>IBAN：%1</translation>
    </message>
    <message>
        <source>SWIFT: %1</source>
        <translation>SWIFT：%1</translation>
    </message>
    <message>
        <source>Allegro refused it.</source>
        <translation>Allegro 拒绝了此退款。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Held for you.</source>
        <translation>等待您的决定。</translation>
    </message>
    <message>
        <source>Approve it, or dismiss it.</source>
        <translation>请批准或驳回。</translation>
    </message>
    <message>
        <source>Choose a refund to see why it waits for you.</source>
        <translation>选择一笔退款，查看它为何等待您处理。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Refunded by hand</source>
        <translation>已手动退款</translation>
    </message>
    <message>
        <source>Mark refunded</source>
        <translation>标记为已退款</translation>
    </message>
    <message>
        <source>This is the demo shop: its orders have no page in Allegro.</source>
        <translation>这是演示店铺：其订单在 Allegro 中没有页面。</translation>
    </message>
    <message>
        <source>That did not work; nothing changed.</source>
        <translation>操作未成功；没有任何更改。</translation>
    </message>
    <message>
        <source>Approve all found at connect (%1)…</source>
        <translation>批准连接时发现的全部（%1）…</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发事件</translation>
    </message>
</context>
</TS>
