<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
