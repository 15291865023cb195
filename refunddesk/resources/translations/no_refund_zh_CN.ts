<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RefundDetailPane</name>
    <message>
        <source>Why no refund</source>
        <translation>为何不退款</translation>
    </message>
</context>
</TS>
