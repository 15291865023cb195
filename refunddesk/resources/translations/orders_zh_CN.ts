<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Choose an order to see its items and its timeline.</source>
        <translation>选择一个订单以查看其商品和时间线。</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Refunded so far: %1</source>
        <translation>迄今已退款：%1</translation>
    </message>
    <message>
        <source>Last sync problem: %1</source>
        <translation>最近一次同步问题：%1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>SKU / offer</source>
        <translation>SKU / 商品编号</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>OrderTimeline</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <source>Bought, not filled in</source>
        <translation>已购买，未填写</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>等待付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled by buyer</source>
        <translation>买家已取消</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待取货</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已取货</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Declared by the buyer</source>
        <translation>买家已申请</translation>
    </message>
    <message>
        <source>Sent back by the buyer</source>
        <translation>买家已寄回</translation>
    </message>
    <message>
        <source>On its way back</source>
        <translation>退回途中</translation>
    </message>
    <message>
        <source>Delivered to you</source>
        <translation>已送达给您</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Commission refund claimed</source>
        <translation>已申请退还佣金</translation>
    </message>
    <message>
        <source>Commission refunded</source>
        <translation>佣金已退还</translation>
    </message>
    <message>
        <source>Delivered to the warehouse</source>
        <translation>已送达仓库</translation>
    </message>
    <message>
        <source>Being checked at the warehouse</source>
        <translation>仓库检验中</translation>
    </message>
    <message>
        <source>No refund</source>
        <translation>不退款</translation>
    </message>
    <message>
        <source>Buyer cancelled</source>
        <translation>买家取消</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>已购买</translation>
    </message>
    <message>
        <source>Buyer filled in the checkout</source>
        <translation>买家已填写结账信息</translation>
    </message>
    <message>
        <source>Paid, ready to process</source>
        <translation>已付款，可处理</translation>
    </message>
    <message>
        <source>Cancelled by the buyer</source>
        <translation>买家已取消</translation>
    </message>
    <message>
        <source>Fulfilment status changed</source>
        <translation>履约状态已更改</translation>
    </message>
    <message>
        <source>Cancelled by Allegro (not paid)</source>
        <translation>Allegro 已取消（未付款）</translation>
    </message>
    <message>
        <source>Buyer changed the order</source>
        <translation>买家修改了订单</translation>
    </message>
    <message>
        <source>Dispatch deadline passed</source>
        <translation>已过发货截止时间</translation>
    </message>
    <message>
        <source>Rule decided: refund</source>
        <translation>规则决定：退款</translation>
    </message>
    <message>
        <source>Rule decided: hold for approval</source>
        <translation>规则决定：暂缓等待批准</translation>
    </message>
    <message>
        <source>Rule decided: record only (shadow)</source>
        <translation>规则决定：仅记录（影子模式）</translation>
    </message>
    <message>
        <source>Rule decided: no refund</source>
        <translation>规则决定：不退款</translation>
    </message>
    <message>
        <source>Refund planned</source>
        <translation>退款已计划</translation>
    </message>
    <message>
        <source>Refund being sent</source>
        <translation>退款发送中</translation>
    </message>
    <message>
        <source>Refund accepted by Allegro</source>
        <translation>Allegro 已受理退款</translation>
    </message>
    <message>
        <source>Refund completed</source>
        <translation>退款已完成</translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation>退款失败</translation>
    </message>
    <message>
        <source>Refund outcome unknown, checking</source>
        <translation>退款结果未知，正在核实</translation>
    </message>
    <message>
        <source>Refund held for approval</source>
        <translation>退款暂缓等待批准</translation>
    </message>
    <message>
        <source>Refund dismissed</source>
        <translation>退款已驳回</translation>
    </message>
    <message>
        <source>Marked as refunded by hand</source>
        <translation>已标记为手动退款</translation>
    </message>
    <message>
        <source>Refund recorded only (shadow)</source>
        <translation>退款仅记录（影子模式）</translation>
    </message>
    <message>
        <source>A step after the refund failed</source>
        <translation>退款后的后续步骤失败</translation>
    </message>
    <message>
        <source>Marked cancelled in Allegro</source>
        <translation>已在 Allegro 标记为取消</translation>
    </message>
    <message>
        <source>Buyer notified</source>
        <translation>已通知买家</translation>
    </message>
    <message>
        <source>Buyer notice failed</source>
        <translation>通知买家失败</translation>
    </message>
    <message>
        <source>Buyer notice may not have arrived</source>
        <translation>买家通知可能未送达</translation>
    </message>
    <message>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Return: %1</source>
        <translation>退货：%1</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Bought</source>
        <translation>购买时间</translation>
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
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>履约</translation>
    </message>
    <message>
        <source>Dispatch by</source>
        <translation>最晚发货</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Not sent, and the dispatch deadline has passed.</source>
        <translation>尚未发货，且发货期限已过。</translation>
    </message>
    <message>
        <source>Cancelled: there is nothing to send, so no deadline applies.</source>
        <translation>已取消：无需发货，发货期限不再适用。</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>Order not found</source>
        <translation>未找到订单</translation>
    </message>
    <message>
        <source>This order has not been synced from Allegro yet.</source>
        <translation>该订单尚未从 Allegro 同步。</translation>
    </message>
    <message>
        <source>Orders could not be loaded</source>
        <translation>无法加载订单</translation>
    </message>
    <message>
        <source>Reading the orders from the database failed. Try again in a moment.</source>
        <translation>从数据库读取订单失败。请稍后重试。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Search by order number, buyer login, product or total</source>
        <translation>按订单号、买家账号、商品或总额搜索</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>尚未付款</translation>
    </message>
    <message>
        <source>All payment types</source>
        <translation>所有付款方式</translation>
    </message>
    <message>
        <source>Other payment types</source>
        <translation>其他付款方式</translation>
    </message>
    <message>
        <source>Not sent and overdue</source>
        <translation>未发货且已逾期</translation>
    </message>
    <message>
        <source>Has a return</source>
        <translation>有退货</translation>
    </message>
    <message>
        <source>Has a refund</source>
        <translation>有退款</translation>
    </message>
    <message>
        <source>Bought between</source>
        <translation>购买日期介于</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
</context>
<context>
    <name>UnreadableBanner</name>
    <message>
        <source>Orders that could not be read</source>
        <translation>无法读取的订单</translation>
    </message>
    <message>
        <source>RefundDesk could not read these orders from Allegro and will try again on every sync. No refund is planned for them until they can be read; look at them in Allegro if a buyer waits.</source>
        <translation>RefundDesk 无法从 Allegro 读取这些订单，每次同步时都会重试。在能够读取之前，不会为它们安排任何退款；如果有买家在等待，请在 Allegro 中查看。</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
</context>
</TS>
