<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Words</name>
    <message>
        <source>Online</source>
        <translation>在线支付</translation>
    </message>
    <message>
        <source>Allegro Pay</source>
        <translation>Allegro Pay</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Split payment</source>
        <translation>拆分付款</translation>
    </message>
    <message>
        <source>Deferred payment</source>
        <translation>延期付款</translation>
    </message>
    <message>
        <source>Unknown method</source>
        <translation>未知方式</translation>
    </message>
    <message>
        <source>Does not like it</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <source>Not as expected</source>
        <translation>不符合预期</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Damaged in transport</source>
        <translation>运输中损坏</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>Different product</source>
        <translation>商品不同</translation>
    </message>
    <message>
        <source>Bought by mistake</source>
        <translation>误购</translation>
    </message>
    <message>
        <source>Delivered too late</source>
        <translation>送达太晚</translation>
    </message>
    <message>
        <source>Hidden flaw</source>
        <translation>隐藏缺陷</translation>
    </message>
    <message>
        <source>Other flaw</source>
        <translation>其他缺陷</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>假冒商品</translation>
    </message>
    <message>
        <source>Not new</source>
        <translation>非全新</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>太小</translation>
    </message>
    <message>
        <source>Ordered to compare</source>
        <translation>订购用于比较</translation>
    </message>
    <message>
        <source>Found a better price</source>
        <translation>找到更低价格</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Product not available</source>
        <translation>商品缺货</translation>
    </message>
    <message>
        <source>Paid too little</source>
        <translation>付款不足</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>多付</translation>
    </message>
    <message>
        <source>Cancelled by the buyer</source>
        <translation>买家取消</translation>
    </message>
    <message>
        <source>Parcel not collected</source>
        <translation>包裹未领取</translation>
    </message>
    <message>
        <source>Buyer cancelled</source>
        <translation>买家取消</translation>
    </message>
    <message>
        <source>Not sent in time</source>
        <translation>未按时发货</translation>
    </message>
    <message>
        <source>Return delivered</source>
        <translation>退货已送达</translation>
    </message>
    <message>
        <source>Return declared</source>
        <translation>已申请退货</translation>
    </message>
    <message>
        <source>The buyer cancels a paid order</source>
        <translation>买家取消已付款订单</translation>
    </message>
    <message>
        <source>An order is not sent in time</source>
        <translation>订单未按时发货</translation>
    </message>
    <message>
        <source>A return is delivered back to me</source>
        <translation>退货已送回给我</translation>
    </message>
    <message>
        <source>A buyer declares a return</source>
        <translation>买家申请退货</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Sent, waiting for Allegro</source>
        <translation>已发送，等待 Allegro</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation>正在核实</translation>
    </message>
    <message>
        <source>Held for you</source>
        <translation>等待您处理</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Refunded by hand</source>
        <translation>已手动退款</translation>
    </message>
    <message>
        <source>Shadow (not sent)</source>
        <translation>影子模式（未发送）</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>无操作</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>核实中</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>影子</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <source>Buyer notice delivered</source>
        <translation>买家通知已送达</translation>
    </message>
    <message>
        <source>Buyer notice not sent</source>
        <translation>买家通知未发送</translation>
    </message>
    <message>
        <source>The order changed after the rule decided</source>
        <translation>规则决定后订单发生了变化</translation>
    </message>
    <message>
        <source>Decided again: %1</source>
        <translation>重新决定：%1</translation>
    </message>
</context>
</TS>
