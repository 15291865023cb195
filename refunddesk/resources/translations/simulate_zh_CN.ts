<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BacktestChangesModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>In reality</source>
        <translation>实际结果</translation>
    </message>
    <message>
        <source>With these rules</source>
        <translation>使用这些规则</translation>
    </message>
    <message>
        <source>Deciding rule</source>
        <translation>决定的规则</translation>
    </message>
</context>
<context>
    <name>BacktestPanel</name>
    <message>
        <source>Replay the synced history through a rule set, as if every rule were armed, and compare with what actually happened. Nothing is sent.</source>
        <translation>将已同步的历史按一套规则重放（视所有规则为正式模式），并与实际发生的情况比较。不会发送任何内容。</translation>
    </message>
    <message>
        <source>Last days:</source>
        <translation>最近天数：</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation>运行回测</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Per rule</source>
        <translation>按规则</translation>
    </message>
    <message>
        <source>Orders whose outcome would change</source>
        <translation>结果会改变的订单</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在读取历史…</translation>
    </message>
    <message>
        <source>Replaying case %1 of %2…</source>
        <translation>正在重放第 %1 个案例，共 %2 个…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>With these rules</source>
        <translation>使用这些规则</translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation>实际发生的情况</translation>
    </message>
</context>
<context>
    <name>BacktestRulesModel</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>暂扣笔数</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>暂扣金额</translation>
    </message>
    <message>
        <source>%1 (shadow)</source>
        <translation>%1（影子模式）</translation>
    </message>
</context>
<context>
    <name>ComposerItemsModel</name>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
</context>
<context>
    <name>OrderComposer</name>
    <message>
        <source>Test order</source>
        <translation>测试订单</translation>
    </message>
    <message>
        <source>From your offers:</source>
        <translation>从您的商品中：</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>Or type one:</source>
        <translation>或手动输入：</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除商品</translation>
    </message>
    <message>
        <source>Payment and times</source>
        <translation>付款与时间</translation>
    </message>
    <message>
        <source>Delivery cost:</source>
        <translation>运费：</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation>购买时间：</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>付款时间：</translation>
    </message>
    <message>
        <source>Dispatch deadline:</source>
        <translation>发货截止时间：</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Buyer is:</source>
        <translation>买家类型：</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新买家</translation>
    </message>
    <message>
        <source>Repeat, orders so far:</source>
        <translation>回头客，累计订单：</translation>
    </message>
    <message>
        <source>No synced offers yet</source>
        <translation>尚无已同步的商品</translation>
    </message>
    <message>
        <source>Type the item&apos;s name.</source>
        <translation>请输入商品名称。</translation>
    </message>
    <message>
        <source>Type the price as an amount, e.g. 39.99.</source>
        <translation>请以金额形式输入价格，例如 39.99。</translation>
    </message>
    <message>
        <source>Add at least one item to the test order.</source>
        <translation>请至少向测试订单添加一件商品。</translation>
    </message>
    <message>
        <source>Type the delivery cost as an amount, e.g. 9.99.</source>
        <translation>请以金额形式输入运费，例如 9.99。</translation>
    </message>
</context>
<context>
    <name>RegressionModel</name>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>发生什么</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>之前金额</translation>
    </message>
    <message>
        <source>Rule before</source>
        <translation>之前规则</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Amount now</source>
        <translation>现在金额</translation>
    </message>
    <message>
        <source>Rule now</source>
        <translation>现在规则</translation>
    </message>
    <message>
        <source>%1 (shadow)</source>
        <translation>%1（影子模式）</translation>
    </message>
    <message>
        <source>The outcome changed since the scenario was saved.</source>
        <translation>自保存该场景以来，结果已改变。</translation>
    </message>
</context>
<context>
    <name>RegressionPanel</name>
    <message>
        <source>Saved scenarios keep the outcome they had when saved. Re-run them after changing rules: rows whose outcome, amount or rule changed are highlighted.</source>
        <translation>已保存的场景会记住保存时的结果。修改规则后重新运行它们：结果、金额或规则发生变化的行会被高亮显示。</translation>
    </message>
    <message>
        <source>Re-run all with the current rules</source>
        <translation>使用当前规则全部重新运行</translation>
    </message>
    <message>
        <source>Open in composer</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>删除场景</translation>
    </message>
    <message>
        <source>No saved scenarios yet.</source>
        <translation>尚无已保存的场景。</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>This is a simulation: no refund is made and no message is sent. The worker would decide a real order exactly like this.</source>
        <translation>这是模拟：不会退款，也不会发送任何消息。真实订单的处理结果将与此完全相同。</translation>
    </message>
    <message>
        <source>Refund breakdown</source>
        <translation>退款明细</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Every rule, in order</source>
        <translation>逐条规则</translation>
    </message>
    <message>
        <source>Run for real on the demo shop</source>
        <translation>在演示店铺中真实运行</translation>
    </message>
    <message>
        <source>Compose a test order, pick what happens, simulate.</source>
        <translation>创建测试订单，选择发生的事件，然后模拟。</translation>
    </message>
    <message>
        <source>%1 — shadow rule: only recorded, no money moves</source>
        <translation>%1 — 影子规则：仅记录，不会动用资金</translation>
    </message>
    <message>
        <source>Decided by: %1 (version %2)</source>
        <translation>决定规则：%1（版本 %2）</translation>
    </message>
    <message>
        <source>No rule decided.</source>
        <translation>没有规则作出决定。</translation>
    </message>
    <message>
        <source>Reason Allegro records: %1</source>
        <translation>Allegro 记录的原因：%1</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>暂扣：%1</translation>
    </message>
    <message>
        <source>The rule waits: it refunds at %1 unless you stop it.</source>
        <translation>规则会等待：将于 %1 退款，除非您停止。</translation>
    </message>
    <message>
        <source>Paid by the buyer</source>
        <translation>买家已付款</translation>
    </message>
    <message>
        <source>%1 (part of its value)</source>
        <translation>%1（部分金额）</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Additional services</source>
        <translation>附加服务</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>附加付款</translation>
    </message>
    <message>
        <source>The rule asked for</source>
        <translation>规则要求的金额</translation>
    </message>
    <message>
        <source>Still refundable on the order</source>
        <translation>订单剩余可退金额</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>The notice cannot be written: %1</source>
        <translation>无法生成通知：%1</translation>
    </message>
    <message>
        <source>The buyer gets no notice for this.</source>
        <translation>买家不会收到通知。</translation>
    </message>
    <message>
        <source>Predicted refund: %1</source>
        <translation>预计退款：%1</translation>
    </message>
    <message>
        <source>Worker: %1 — %2 by %3</source>
        <translation>后台任务：%1 — %2，规则 %3</translation>
    </message>
    <message>
        <source>The worker did not run now (%1); the app&apos;s own worker will pick it up.</source>
        <translation>后台任务此刻未运行（%1）；应用自己的后台任务会处理。</translation>
    </message>
    <message>
        <source>No armed rule is saved for this trigger: shadow rules only record what they would do, so no money moves.</source>
        <translation>此触发条件没有已保存的正式模式规则：影子规则只记录它们会做什么，因此不会动用资金。</translation>
    </message>
    <message>
        <source>The ledger matches the prediction.</source>
        <translation>账本与预测一致。</translation>
    </message>
    <message>
        <source>The ledger does not match the prediction yet.</source>
        <translation>账本暂时与预测不一致。</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <source>What happens</source>
        <translation>发生什么</translation>
    </message>
    <message>
        <source>The buyer cancels</source>
        <translation>买家取消订单</translation>
    </message>
    <message>
        <source>The dispatch deadline passes and it is not sent</source>
        <translation>超过发货截止时间仍未发货</translation>
    </message>
    <message>
        <source>A return arrives back (delivered)</source>
        <translation>退货已送回（已签收）</translation>
    </message>
    <message>
        <source>A return is declared (not delivered yet)</source>
        <translation>买家申请退货（尚未送达）</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Returned units of the chosen item:</source>
        <translation>所选商品的退货数量：</translation>
    </message>
    <message>
        <source>Return reason:</source>
        <translation>退货原因：</translation>
    </message>
    <message>
        <source>How long after the deadline:</source>
        <translation>截止时间后多久：</translation>
    </message>
    <message>
        <source>How long after the purchase:</source>
        <translation>购买后多久：</translation>
    </message>
</context>
<context>
    <name>SimulateScreen</name>
    <message>
        <source>Simulate</source>
        <comment>button: do it</comment>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Test order</source>
        <translation>测试订单</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>已保存的场景</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>回测</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>Run on the demo shop</source>
        <translation>在演示店铺运行</translation>
    </message>
    <message>
        <source>Name this scenario to save it</source>
        <translation>为场景命名以保存</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Saved rules</source>
        <translation>已保存的规则</translation>
    </message>
    <message>
        <source>Draft from the Rules screen</source>
        <translation>规则页面中的草稿</translation>
    </message>
    <message>
        <source>Creates the order on the demo shop, plays what happens and lets the real worker refund it with your saved rules.</source>
        <translation>在演示店铺中创建订单、模拟事件，并让真实的后台任务按您已保存的规则退款。</translation>
    </message>
    <message>
        <source>Only in demo mode: start RefundDesk with --demo to use the demo shop.</source>
        <translation>仅限演示模式：使用 --demo 启动 RefundDesk 才能使用演示店铺。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <source>Choose which items come back: select an item, set its units.</source>
        <translation>请选择退回的商品：选中商品并设置数量。</translation>
    </message>
    <message>
        <source>Simulated. Nothing was sent.</source>
        <translation>已模拟。未发送任何内容。</translation>
    </message>
    <message>
        <source>Running on the demo shop with your saved rules…</source>
        <translation>正在演示店铺中使用已保存的规则运行…</translation>
    </message>
    <message>
        <source>Done on the demo shop: order %1.</source>
        <translation>演示店铺中已完成：订单 %1。</translation>
    </message>
    <message>
        <source>Give the scenario a name to save it.</source>
        <translation>请为场景命名后再保存。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>The backtest failed: %1</source>
        <translation>回测失败：%1</translation>
    </message>
</context>
<context>
    <name>SimulateWords</name>
    <message>
        <source>No rule decided: nothing happens</source>
        <translation>没有规则作出决定：不会发生任何事</translation>
    </message>
    <message>
        <source>Nothing left to refund</source>
        <translation>已无可退金额</translation>
    </message>
    <message>
        <source>Held for your approval</source>
        <translation>暂扣，等待您批准</translation>
    </message>
    <message>
        <source>Waits for a pending refund</source>
        <translation>等待进行中的退款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已暂扣</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
</context>
</TS>
