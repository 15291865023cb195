<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OrderIds</name>
    <message>
        <source>Copy full id</source>
        <translation>复制完整编号</translation>
    </message>
</context>
</TS>
