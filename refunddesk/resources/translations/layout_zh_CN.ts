<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ResultView</name>
    <message>
        <source>Buyer notice</source>
        <translation>买家通知</translation>
    </message>
    <message>
        <source>The buyer notice this order would get appears here after you simulate.</source>
        <translation>模拟后，这里会显示该订单的买家将收到的通知。</translation>
    </message>
    <message>
        <source>Exactly as it would be sent.</source>
        <translation>与实际发送的内容完全一致。</translation>
    </message>
</context>
</TS>
