<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GeneralPanel</name>
    <message>
        <source>No usable keyring</source>
        <translation>没有可用的密钥环</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Passwords are kept in</source>
        <translation>密码保存在</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后在系统托盘中继续运行</translation>
    </message>
</context>
<context>
    <name>LimitsPanel</name>
    <message>
        <source>These limits apply whatever the rules say: a refund above a limit is not sent, it waits on Review for your approval. Amounts are in PLN. A day counts from midnight by this computer's clock, for each shop on its own.</source>
        <translation>无论规则如何，这些限额都适用：超过限额的退款不会发出，而是在“待审核”中等待您批准。金额以 PLN 计。每天按本机时钟从午夜起计算，每个店铺分别计算。</translation>
    </message>
    <message>
        <source>Enter an amount such as 250 or 249.99 (at most two decimals), or leave it empty for no limit.</source>
        <translation>请输入金额，例如 250 或 249.99（最多两位小数），留空表示不限。</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the amounts above.</source>
        <translation>未保存任何内容：请更正上面的金额。</translation>
    </message>
    <message>
        <source>Saved. The limits apply from the next cycle.</source>
        <translation>已保存。限额将从下一个周期起生效。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The limits could not be saved.</source>
        <translation>无法保存限额。</translation>
    </message>
    <message>
        <source>Circuit breaker reset: refunds are sent again.</source>
        <translation>熔断器已重置：退款将恢复发送。</translation>
    </message>
    <message>
        <source>Largest refund per order</source>
        <translation>每笔订单最高退款</translation>
    </message>
    <message>
        <source>Largest total per buyer per day</source>
        <translation>每位买家每日最高总额</translation>
    </message>
    <message>
        <source>Daily refund budget</source>
        <translation>每日退款预算</translation>
    </message>
    <message>
        <source>Most refunds per day</source>
        <translation>每日最多退款笔数</translation>
    </message>
    <message>
        <source>Pause after this many failures in a row</source>
        <translation>连续失败多少次后暂停</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Dry run: decide and record, but never move money</source>
        <translation>演练模式：做出决定并记录，但绝不转移资金</translation>
    </message>
    <message>
        <source>Pause automation (nothing is sent until you resume)</source>
        <translation>暂停自动化（在您恢复之前不会发送任何内容）</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>保存限额</translation>
    </message>
    <message>
        <source>Reset circuit breaker</source>
        <translation>重置熔断器</translation>
    </message>
    <message>
        <source>Circuit breaker is open</source>
        <translation>熔断器已断开</translation>
    </message>
</context>
<context>
    <name>NoticesPanel</name>
    <message>
        <source>The words of each notice come from a template file. To change one, put a copy with the same name (for example refund_late.pl.txt) in %1; the user guide (Buyer notices) says how.</source>
        <translation>每条通知的文字都来自模板文件。如要修改，请把同名副本（例如 refund_late.pl.txt）放到 %1；用户指南（买家通知）一节说明了做法。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring: %1</source>
        <translation>无法将密码保存到密钥环：%1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The notice settings could not be saved.</source>
        <translation>无法保存通知设置。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The test e-mail was sent.</source>
        <translation>测试邮件已发送。</translation>
    </message>
    <message>
        <source>Tell buyers about their refund (default for new rules)</source>
        <translation>通知买家退款情况（新规则的默认设置）</translation>
    </message>
    <message>
        <source>E-mail notices (SMTP)</source>
        <translation>电子邮件通知（SMTP）</translation>
    </message>
    <message>
        <source>Also send notices by e-mail</source>
        <translation>同时通过电子邮件发送通知</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>无（不加密）</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Send the test to (empty: the from address)</source>
        <translation>测试邮件收件人（留空：发件人地址）</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>发送测试邮件</translation>
    </message>
    <message>
        <source>Save notifications</source>
        <translation>保存通知设置</translation>
    </message>
    <message>
        <source>Saved in the keyring; type a new one to replace it</source>
        <translation>已保存在密钥环中；输入新密码即可替换</translation>
    </message>
    <message>
        <source>Not saved; it will be kept in the keyring</source>
        <translation>未保存；将保存在密钥环中</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings could not be read</source>
        <translation>无法读取设置</translation>
    </message>
    <message>
        <source>Reading the settings from the database failed.</source>
        <translation>从数据库读取设置失败。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Safety limits</source>
        <translation>安全限额</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>ShopNames</name>
    <message>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
</context>
<context>
    <name>ShopsPanel</name>
    <message>
        <source>They wait on Review: approve them one by one or all at once. No money moves until you do.</source>
        <translation>它们在“待审核”中等待：可逐个或一次性全部批准。在您批准之前不会动用任何资金。</translation>
    </message>
    <message>
        <source>Your rules decide them now: armed rules refund them at the next sync.</source>
        <translation>由您的规则决定：正式规则会在下次同步时为它们退款。</translation>
    </message>
    <message>
        <source>RefundDesk leaves them alone: you handle them in Allegro.</source>
        <translation>RefundDesk 不处理它们：由您在 Allegro 中处理。</translation>
    </message>
    <message>
        <source>Let your rules decide the cases found when %1 was connected? Armed rules refund them at the next sync, the ones still waiting included.</source>
        <translation>让您的规则决定连接 %1 时发现的案例吗？正式规则会在下次同步时为它们退款，包括仍在等待的案例。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Allegro sandbox</source>
        <translation>Allegro 沙盒</translation>
    </message>
    <message>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>自定义地址</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>需要重新连接</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Remove shop</source>
        <translation>移除店铺</translation>
    </message>
    <message>
        <source>Remove the shop “%1”? Its synced orders, refunds and history are deleted from RefundDesk, and its login is deleted from the keyring. Nothing changes on Allegro.</source>
        <translation>要移除店铺“%1”吗？其已同步的订单、退款和历史记录将从 RefundDesk 中删除，登录信息也会从密钥环中删除。Allegro 上不会有任何变化。</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>已移除“%1”。</translation>
    </message>
    <message>
        <source>The shop could not be removed: %1</source>
        <translation>无法移除店铺：%1</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>Add shop…</source>
        <translation>添加店铺…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>重新连接…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Adding and reconnecting shops from this screen is not available yet; use “refunddesk shop add” in a terminal meanwhile.</source>
        <translation>暂不支持在此页面添加或重新连接店铺；在此之前请在终端中使用“refunddesk shop add”。</translation>
    </message>
    <message>
        <source>Embedded demo shop</source>
        <translation>内置演示店铺</translation>
    </message>
    <message>
        <source>Found at connect</source>
        <translation>连接时发现的情况</translation>
    </message>
    <message>
        <source>Hold for my approval</source>
        <translation>暂缓，等待我批准</translation>
    </message>
    <message>
        <source>Refund by my rules</source>
        <translation>按我的规则退款</translation>
    </message>
    <message>
        <source>Leave to me</source>
        <translation>留给我处理</translation>
    </message>
    <message>
        <source>Cases found when the selected shop was connected:</source>
        <translation>连接所选店铺时发现的情况：</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>无法保存该选择：%1</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Sync with Allegro every</source>
        <translation>与 Allegro 同步间隔</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>When a shop is added, read orders from the last</source>
        <translation>添加店铺时，读取最近的订单天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Save sync settings</source>
        <translation>保存同步设置</translation>
    </message>
</context>
</TS>
