<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RefundDesk</source>
        <translation>关于 RefundDesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>no database yet</source>
        <translation>尚无数据库</translation>
    </message>
    <message>
        <source>empty (set up on the next start)</source>
        <translation>空（下次启动时建立）</translation>
    </message>
    <message>
        <source>%1 (up to date)</source>
        <translation>%1（最新）</translation>
    </message>
    <message>
        <source>%1 (upgraded on the next start, after a backup)</source>
        <translation>%1（下次启动时先备份再升级）</translation>
    </message>
    <message>
        <source>%1 (written by a newer RefundDesk)</source>
        <translation>%1（由更新版本的 RefundDesk 写入）</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>RefundDesk %1</source>
        <translation>RefundDesk %1</translation>
    </message>
    <message>
        <source>Automatic, rule-based buyer refunds for Allegro shops.</source>
        <translation>按规则自动为 Allegro 店铺的买家退款。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Database schema: %1</source>
        <translation>数据库结构版本：%1</translation>
    </message>
    <message>
        <source>This version knows schemas up to %1.</source>
        <translation>此版本支持的结构版本最高为 %1。</translation>
    </message>
    <message>
        <source>About RefundDesk</source>
        <translation>关于 RefundDesk</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <source>Keep refunding when the window is closed?</source>
        <translation>关闭窗口后继续退款吗？</translation>
    </message>
    <message>
        <source>Yes: RefundDesk keeps running in the tray and goes on refunding under your rules; quit it from the tray icon.
No: closing the window stops automation until you open RefundDesk again.

You can change this later in Settings.</source>
        <translation>是：RefundDesk 继续在系统托盘中运行，并按您的规则继续退款；可从托盘图标退出。
否：关闭窗口会停止自动化，直到您再次打开 RefundDesk。

您以后可以在“设置”中更改。</translation>
    </message>
    <message>
        <source>Closing stops automatic refunds</source>
        <translation>关闭将停止自动退款</translation>
    </message>
    <message>
        <source>While RefundDesk is closed, no refund is sent. To keep refunding with the window closed, run the background worker as a service (on Linux: refunddesk service install; the user guide shows Windows and macOS).

Close RefundDesk now?</source>
        <translation>RefundDesk 关闭期间不会发送任何退款。若要在窗口关闭时继续退款，请将后台工作进程作为服务运行（Linux：refunddesk service install；用户指南介绍了 Windows 和 macOS 的做法）。

现在关闭 RefundDesk 吗？</translation>
    </message>
</context>
</TS>
