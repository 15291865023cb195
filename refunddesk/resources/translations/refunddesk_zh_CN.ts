<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CrashDialog</name>
    <message>
        <source>RefundDesk: unexpected error</source>
        <translation>RefundDesk：意外错误</translation>
    </message>
    <message>
        <source>RefundDesk closed unexpectedly last time</source>
        <translation>RefundDesk 上次意外关闭</translation>
    </message>
    <message>
        <source>A report of that error was saved. Passwords and tokens are removed from it; sending it to whoever looks after your RefundDesk helps fix the cause.</source>
        <translation>已保存该错误的报告，其中的密码和令牌已被删除。将其发送给负责维护您的 RefundDesk 的人员，有助于找到并修复问题。</translation>
    </message>
    <message>
        <source>RefundDesk ran into an unexpected error</source>
        <translation>RefundDesk 遇到了意外错误</translation>
    </message>
    <message>
        <source>This is a fault in RefundDesk, not something you did. You can keep working; if anything looks wrong, restart RefundDesk. Passwords and tokens are removed from the report below.</source>
        <translation>这是 RefundDesk 的故障，并非您的操作所致。您可以继续工作；如有任何异常，请重新启动 RefundDesk。下面的报告已删除密码和令牌。</translation>
    </message>
    <message>
        <source>The report could not be saved; copy it from below.</source>
        <translation>无法保存报告，请从下方复制。</translation>
    </message>
    <message>
        <source>Saved in: %1</source>
        <translation>保存位置：%1</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Quit RefundDesk</source>
        <translation>退出 RefundDesk</translation>
    </message>
</context>
<context>
    <name>CrashPresenter</name>
    <message>
        <source>RefundDesk: unexpected error</source>
        <translation>RefundDesk：意外错误</translation>
    </message>
    <message>
        <source>RefundDesk ran into an unexpected error</source>
        <translation>RefundDesk 遇到了意外错误</translation>
    </message>
    <message>
        <source>RefundDesk closed unexpectedly last time</source>
        <translation>RefundDesk 上次意外关闭</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Connect a shop…</source>
        <translation>连接店铺…</translation>
    </message>
    <message>
        <source>No shop is connected yet. Connect your Allegro shop to start.</source>
        <translation>尚未连接任何店铺。请连接您的 Allegro 店铺以开始。</translation>
    </message>
    <message>
        <source>Refunds waiting out their delay</source>
        <translation>等待延迟结束的退款</translation>
    </message>
    <message>
        <source>Last actions</source>
        <translation>最近的操作</translation>
    </message>
    <message>
        <source>Refunded today</source>
        <translation>今日已退款</translation>
    </message>
    <message>
        <source>Refunded this week</source>
        <translation>本周已退款</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>等待您处理</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>打开审核</translation>
    </message>
    <message>
        <source>Shadow rules would have refunded (week)</source>
        <translation>影子规则本会退款（本周）</translation>
    </message>
    <message>
        <source>Orders to send today</source>
        <translation>今日需发货的订单</translation>
    </message>
    <message>
        <source>%1 already overdue</source>
        <translation>%1 个已逾期</translation>
    </message>
    <message>
        <source>Refunds per day, last 14 days</source>
        <translation>每日退款（最近 14 天）</translation>
    </message>
    <message>
        <source>Today&apos;s refund budget is reached: refunds wait for your approval.</source>
        <translation>今日退款预算已用完：退款等待您的批准。</translation>
    </message>
    <message>
        <source>Your shop logins are stored in %1, which your operating system does not encrypt: anyone who can read your files can read them. Use the system keyring instead (GNOME Keyring, KWallet, Keychain or the Windows Credential Manager).</source>
        <translation>您的店铺登录信息保存在 %1 中，操作系统不会对其加密：任何能读取您文件的人都能读取它们。请改用系统密钥环（GNOME Keyring、KWallet、macOS 钥匙串或 Windows 凭据管理器）。</translation>
    </message>
    <message>
        <source>No system keyring can be used, so RefundDesk cannot read or keep shop logins. Settings → General says what to install.</source>
        <translation>无法使用任何系统密钥环，因此 RefundDesk 无法读取或保存店铺登录信息。“设置 → 常规”中说明了需要安装什么。</translation>
    </message>
    <message>
        <source>Reconnect the shop “%1” in Settings.</source>
        <translation>请在“设置”中重新连接店铺“%1”。</translation>
    </message>
    <message>
        <source>%1 to %2, at %3</source>
        <translation>%1 退给 %2，时间 %3</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Do not send this refund</source>
        <translation>不要发送此退款</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Show them in Refunds</source>
        <translation>在“退款”中显示</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Allegro no longer accepts this shop&apos;s login. Reconnect the shop in Settings.</source>
        <translation>Allegro 不再接受此店铺的登录。请在“设置”中重新连接店铺。</translation>
    </message>
    <message>
        <source>Allegro asked RefundDesk to slow down. Try again in a minute.</source>
        <translation>Allegro 要求 RefundDesk 放慢速度。请一分钟后重试。</translation>
    </message>
    <message>
        <source>Allegro could not be reached. Check the internet connection and try again.</source>
        <translation>无法连接 Allegro。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Allegro refused: %1</source>
        <translation>Allegro 拒绝了：%1</translation>
    </message>
    <message>
        <source>Allegro&apos;s answer could not be used: %1</source>
        <translation>无法使用 Allegro 的答复：%1</translation>
    </message>
    <message>
        <source>The system keyring cannot be used: %1</source>
        <translation>无法使用系统密钥环：%1</translation>
    </message>
    <message>
        <source>RefundDesk</source>
        <translation>RefundDesk</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Opening your shop data…</source>
        <translation>正在打开店铺数据…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>RefundDesk: demo shop</source>
        <translation>RefundDesk：演示店铺</translation>
    </message>
    <message>
        <source>RefundDesk: %1</source>
        <translation>RefundDesk：%1</translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <source>%1 (waiting: %2)</source>
        <translation>%1（待处理：%2）</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Dry run: no money moves</source>
        <translation>试运行：不动用资金</translation>
    </message>
    <message>
        <source>Shadow: records only</source>
        <translation>影子模式：仅记录</translation>
    </message>
    <message>
        <source>Another RefundDesk runs automation</source>
        <translation>另一个 RefundDesk 正在运行自动化</translation>
    </message>
    <message>
        <source>No shop connected</source>
        <translation>未连接店铺</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <source>A pretend shop on this computer: no real buyer or money is involved.</source>
        <translation>本机上的模拟店铺：不涉及真实买家或资金。</translation>
    </message>
    <message>
        <source>Automation: %1</source>
        <translation>自动化：%1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Fetch new orders and returns from Allegro now</source>
        <translation>立即从 Allegro 获取新订单和退货</translation>
    </message>
    <message>
        <source>Resume automation</source>
        <translation>恢复自动化</translation>
    </message>
    <message>
        <source>Pause automation</source>
        <translation>暂停自动化</translation>
    </message>
    <message>
        <source>Start refunding again under your rules</source>
        <translation>按您的规则重新开始退款</translation>
    </message>
    <message>
        <source>Stop all automatic refunds until you resume</source>
        <translation>停止所有自动退款，直到您恢复</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>RefundDesk needs you</source>
        <translation>RefundDesk 需要您处理</translation>
    </message>
    <message>
        <source>Refunds newly waiting for your review: %1</source>
        <translation>新的待审核退款：%1</translation>
    </message>
    <message>
        <source>Show RefundDesk</source>
        <translation>显示 RefundDesk</translation>
    </message>
    <message>
        <source>Resume automation</source>
        <translation>恢复自动化</translation>
    </message>
    <message>
        <source>Pause automation</source>
        <translation>暂停自动化</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Quit RefundDesk</source>
        <translation>退出 RefundDesk</translation>
    </message>
</context>
<context>
    <name>WorkerBridge</name>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Automation runs in RefundDesk on %1.</source>
        <translation>自动化正在 %1 上的 RefundDesk 中运行。</translation>
    </message>
    <message>
        <source>Automation runs in RefundDesk on %1 (process %2).</source>
        <translation>自动化正在 %1 上的 RefundDesk 中运行（进程 %2）。</translation>
    </message>
</context>
</TS>
