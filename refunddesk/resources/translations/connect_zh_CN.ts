<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectShopDialog</name>
    <message>
        <source>Give the shop a name.</source>
        <translation>请为店铺命名。</translation>
    </message>
    <message>
        <source>Enter the client ID and the client secret of your Allegro application.</source>
        <translation>请输入您的 Allegro 应用的客户端 ID 和客户端密钥。</translation>
    </message>
    <message>
        <source>This address cannot be used: %1</source>
        <translation>无法使用此地址：%1</translation>
    </message>
    <message>
        <source>The code is valid for %1.</source>
        <translation>代码剩余有效时间 %1。</translation>
    </message>
    <message>
        <source>Demo shop (refunddesk demo-shop)</source>
        <translation>演示店铺（refunddesk demo-shop）</translation>
    </message>
    <message>
        <source>Allegro sandbox (for trying things out)</source>
        <translation>Allegro 沙盒（用于试用）</translation>
    </message>
    <message>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <source>Connect a shop</source>
        <translation>连接店铺</translation>
    </message>
    <message>
        <source>RefundDesk talks to Allegro with your own application key. Register an application for devices without a browser at apps.developer.allegro.pl (sandbox: apps.developer.allegro.pl.allegrosandbox.pl), then enter its client ID and client secret here.</source>
        <translation>RefundDesk 使用您自己的应用密钥连接 Allegro。请在 apps.developer.allegro.pl（沙盒：apps.developer.allegro.pl.allegrosandbox.pl）注册一个“无浏览器设备”类型的应用，然后在此输入其客户端 ID 和客户端密钥。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Demo shop address</source>
        <translation>演示店铺地址</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>e.g. My Allegro shop</source>
        <translation>例如：我的 Allegro 店铺</translation>
    </message>
    <message>
        <source>The client secret is kept in the system keyring only; RefundDesk never shows it again.</source>
        <translation>客户端密钥只保存在系统密钥环中；RefundDesk 不会再次显示它。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>1. Open Allegro in the browser, or scan the QR code with your phone.
2. Log in as the shop's owner and check that Allegro shows this code.
3. Approve RefundDesk. This window notices by itself.</source>
        <translation>1. 在浏览器中打开 Allegro，或用手机扫描二维码。
2. 以店主身份登录，并确认 Allegro 显示的是此代码。
3. 批准 RefundDesk。本窗口会自动察觉。</translation>
    </message>
    <message>
        <source>Open Allegro in the browser</source>
        <translation>在浏览器中打开 Allegro</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Reconnect “%1”</source>
        <translation>重新连接“%1”</translation>
    </message>
    <message>
        <source>Approve RefundDesk in Allegro</source>
        <translation>在 Allegro 中批准 RefundDesk</translation>
    </message>
    <message>
        <source>Asking Allegro for a code…</source>
        <translation>正在向 Allegro 获取代码…</translation>
    </message>
    <message>
        <source>Allegro asked RefundDesk to check less often; still waiting…</source>
        <translation>Allegro 要求降低检查频率；仍在等待…</translation>
    </message>
    <message>
        <source>Allegro could not be reached; trying again in a moment…</source>
        <translation>无法连接 Allegro；稍后将重试…</translation>
    </message>
    <message>
        <source>Waiting for your approval…</source>
        <translation>正在等待您的批准…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>“%1” is connected</source>
        <translation>“%1”已连接</translation>
    </message>
    <message>
        <source>Access was refused</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>The code expired</source>
        <translation>代码已过期</translation>
    </message>
    <message>
        <source>The code is no longer valid</source>
        <translation>代码已失效</translation>
    </message>
    <message>
        <source>Allegro could not be reached</source>
        <translation>无法连接 Allegro</translation>
    </message>
    <message>
        <source>The shop could not be connected</source>
        <translation>无法连接店铺</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>RefundDesk can now read this shop's orders and returns; it starts syncing in the background.</source>
        <translation>RefundDesk 现在可以读取该店铺的订单和退货；同步将在后台开始。</translation>
    </message>
    <message>
        <source>The Allegro account owner refused access to RefundDesk.</source>
        <translation>Allegro 账户所有者拒绝了 RefundDesk 的访问。</translation>
    </message>
    <message>
        <source>The code was not approved in time. Try again to get a new code.</source>
        <translation>代码未在有效期内获批准。请重试以获取新代码。</translation>
    </message>
    <message>
        <source>Allegro no longer knows this code (already used or invalid). Try again.</source>
        <translation>Allegro 已不认可此代码（已使用或无效）。请重试。</translation>
    </message>
    <message>
        <source>The shop still needs reconnecting; its history is kept.</source>
        <translation>该店铺仍需重新连接；其历史记录已保留。</translation>
    </message>
    <message>
        <source>The shop was not added.</source>
        <translation>店铺未添加。</translation>
    </message>
    <message>
        <source>Allegro refused the client ID or the client secret. Check them in your application's settings on apps.developer.allegro.pl.</source>
        <translation>Allegro 拒绝了客户端 ID 或客户端密钥。请在 apps.developer.allegro.pl 上您应用的设置中检查它们。</translation>
    </message>
    <message>
        <source>Something went wrong (see the report).</source>
        <translation>出现了问题（请查看报告）。</translation>
    </message>
</context>
<context>
    <name>BacklogPage</name>
    <message>
        <source>“%1” is connected</source>
        <translation>“%1”已连接</translation>
    </message>
    <message>
        <source>Cancelled paid orders not refunded</source>
        <translation>已取消但未退款的已付款订单</translation>
    </message>
    <message>
        <source>Orders past their dispatch deadline, not sent</source>
        <translation>已过发货期限且未发货的订单</translation>
    </message>
    <message>
        <source>Delivered returns not refunded</source>
        <translation>已送达但未退款的退货</translation>
    </message>
    <message>
        <source>RefundDesk read the shop's orders since %1. These cases happened before it was watching:</source>
        <translation>RefundDesk 已读取该店铺自 %1 以来的订单。以下情况发生在开始监控之前：</translation>
    </message>
    <message>
        <source>RefundDesk reads the shop's recent orders to find older cases:</source>
        <translation>RefundDesk 正在读取该店铺最近的订单，以查找较早的情况：</translation>
    </message>
    <message>
        <source>Reading the shop's recent orders…</source>
        <translation>正在读取店铺最近的订单…</translation>
    </message>
    <message>
        <source>The orders could not be read now: %1 Your choice applies anyway.</source>
        <translation>暂时无法读取订单：%1 您的选择仍会生效。</translation>
    </message>
    <message>
        <source>Amounts are what the buyers paid: the most a refund could be.</source>
        <translation>金额为买家实际支付的金额，即退款的最高金额。</translation>
    </message>
    <message>
        <source>What should RefundDesk do with them? (You can change it later in Settings.)</source>
        <translation>RefundDesk 应如何处理这些情况？（之后可在设置中更改。）</translation>
    </message>
    <message>
        <source>Hold them for my approval (recommended)</source>
        <translation>暂缓，等待我批准（推荐）</translation>
    </message>
    <message>
        <source>Your rules decide, then every case waits in Review, where one click approves them all.</source>
        <translation>由您的规则决定，然后每个情况都在“待审核”中等待，一键即可全部批准。</translation>
    </message>
    <message>
        <source>Refund them by my rules</source>
        <translation>按我的规则退款</translation>
    </message>
    <message>
        <source>They are handled like new cases, checked live with Allegro before each refund.</source>
        <translation>像新情况一样处理，每次退款前都会与 Allegro 实时核对。</translation>
    </message>
    <message>
        <source>Leave them to me</source>
        <translation>留给我处理</translation>
    </message>
    <message>
        <source>Nothing is refunded; each order's history says so, and the dashboard shows how many are left to you.</source>
        <translation>不会退款；每个订单的历史中都会注明，概览会显示留给您处理的数量。</translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation>保存并完成</translation>
    </message>
</context>
</TS>
