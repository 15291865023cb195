<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RefundDetailPane</name>
    <message>
        <source>Details from Allegro</source>
        <translation>来自 Allegro 的详情</translation>
    </message>
</context>
</TS>
