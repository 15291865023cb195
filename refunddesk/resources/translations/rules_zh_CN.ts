<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionSection</name>
    <message>
        <source>Services the buyer chose with the items, such as gift wrapping</source>
        <translation>买家随商品选择的服务，例如礼品包装</translation>
    </message>
    <message>
        <source>Include surcharges</source>
        <translation>包含附加付款</translation>
    </message>
    <message>
        <source>Include additional services</source>
        <translation>包含附加服务</translation>
    </message>
    <message>
        <source>Extra payments the buyer made on the order, refunded separately by Allegro</source>
        <translation>买家为订单额外支付的款项，Allegro 会单独退还</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>everything still refundable on the order</source>
        <translation>订单中仍可退的全部金额</translation>
    </message>
    <message>
        <source>only the returned items</source>
        <translation>仅退回的商品</translation>
    </message>
    <message>
        <source>Include the delivery cost</source>
        <translation>包含运费</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Deduct a fixed amount</source>
        <translation>扣除固定金额</translation>
    </message>
    <message>
        <source>what for, e.g. return postage</source>
        <translation>扣款原因，例如退货运费</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The refund reason Allegro records</source>
        <translation>Allegro 记录的退款原因</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Comment to the buyer, sent with the refund</source>
        <translation>给买家的备注，随退款一起发送</translation>
    </message>
    <message>
        <source>Shown to the buyer with the refund (optional)</source>
        <translation>随退款显示给买家（可选）</translation>
    </message>
    <message>
        <source>Send the buyer a message:</source>
        <translation>给买家发送消息：</translation>
    </message>
    <message>
        <source>Mark the order &quot;cancelled&quot;</source>
        <translation>标记为“已取消”</translation>
    </message>
    <message>
        <source>Set the &quot;cancelled&quot; label on the order</source>
        <translation>将订单标记为“已取消”</translation>
    </message>
    <message>
        <source>Reclaim the commission</source>
        <translation>申请退还佣金</translation>
    </message>
    <message>
        <source>Claim the commission back from Allegro</source>
        <translation>向 Allegro 申请退还佣金</translation>
    </message>
    <message>
        <source>Always wait for my approval</source>
        <translation>始终等待我的批准</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 个字符</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
</context>
<context>
    <name>ArmedChangeDialog</name>
    <message>
        <source>Save the change to an armed rule?</source>
        <translation>保存对正式规则的修改？</translation>
    </message>
    <message>
        <source>Before this change: refunded %1 (%2), held %3 (%4).</source>
        <translation>修改前：退款 %1 笔（%2），暂停 %3 笔等待批准（%4）。</translation>
    </message>
    <message>
        <source>This rule is armed: the change moves real money from your Allegro balance from the next sync. In shadow mode it only records what it would do.</source>
        <translation>此规则处于正式模式：修改后，从下次同步起会从您的 Allegro 余额中转出真实资金。影子模式下只记录它将会做什么。</translation>
    </message>
    <message>
        <source>Save, keep it armed</source>
        <translation>保存并保持正式模式</translation>
    </message>
    <message>
        <source>Save in shadow mode</source>
        <translation>以影子模式保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SwitchOnDialog</name>
    <message>
        <source>Switch this armed rule on?</source>
        <translation>启用此正式规则？</translation>
    </message>
    <message>
        <source>This rule is armed: switched on, it moves real money from your Allegro balance from the next sync.</source>
        <translation>此规则处于正式模式：启用后，从下次同步起会从您的 Allegro 余额中转出真实资金。</translation>
    </message>
    <message>
        <source>Switch it on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Leave it off</source>
        <translation>保持停用</translation>
    </message>
</context>
<context>
    <name>ArmingDialog</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>Rules above it decided %1 of these cases first: %2. Those cases stay theirs; move this rule up, or narrow theirs, to let it decide them.</source>
        <translation>排在它上面的规则先决定了其中 %1 个情况：%2。这些情况仍由它们决定；把这条规则上移，或收窄那些规则，才能让它来决定。</translation>
    </message>
    <message>
        <source>“%1” comes first and matches every case this rule would, so this rule never decides anything, armed or not. Move it up to let it decide.</source>
        <translation>“%1”排在前面，并且匹配此规则会匹配的所有情况，因此无论是否为正式模式，此规则都不会做出任何决定。将其上移即可让它生效。</translation>
    </message>
    <message>
        <source>Move it up</source>
        <translation>将其上移</translation>
    </message>
    <message>
        <source>Arm this rule?</source>
        <translation>将此规则转为正式模式？</translation>
    </message>
    <message>
        <source>• held %1 for your approval (%2)</source>
        <translation>• 暂停 %1 笔等待您批准（%2）</translation>
    </message>
    <message>
        <source>Armed, the rule moves real money from your Allegro balance as soon as you save it. Rules in shadow mode only record what they would do.</source>
        <translation>转为正式模式后，规则一经保存就会从您的 Allegro 余额中转出真实资金。影子模式下的规则只记录它将会做什么。</translation>
    </message>
    <message>
        <source>Arm the rule</source>
        <translation>转为正式模式</translation>
    </message>
    <message>
        <source>Keep it in shadow</source>
        <translation>保持影子模式</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>What the buyer paid, surcharges included</source>
        <translation>买家实付金额，含附加付款</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>订单总额</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>退货原因</translation>
    </message>
    <message>
        <source>Days since purchase</source>
        <translation>购买后天数</translation>
    </message>
    <message>
        <source>Buyer&apos;s orders with me</source>
        <translation>买家在我店的订单数</translation>
    </message>
    <message>
        <source>Buyer login</source>
        <translation>买家登录名</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>删除此条件</translation>
    </message>
    <message>
        <source>logins, separated by commas</source>
        <translation>登录名，用逗号分隔</translation>
    </message>
    <message>
        <source>part of the product name</source>
        <translation>商品名称的一部分</translation>
    </message>
    <message>
        <source>only these</source>
        <translation>仅限这些</translation>
    </message>
    <message>
        <source>any of these</source>
        <translation>其中任意一个</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>under</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>属于</translation>
    </message>
    <message>
        <source>is not (blocklist)</source>
        <translation>不是（黑名单）</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>PolicyTextDialog</name>
    <message>
        <source>Refund policy text</source>
        <translation>退款政策文本</translation>
    </message>
    <message>
        <source>Your armed, enabled rules as a refund policy for your listings. Shadow and disabled rules promise nothing, so they are left out.</source>
        <translation>您已开启且处于正式模式的规则，作为商品页面的退款政策。影子模式和已关闭的规则不作任何承诺，因此不包括在内。</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Copy for Allegro</source>
        <translation>复制到 Allegro</translation>
    </message>
    <message>
        <source>Save for shop page…</source>
        <translation>保存为店铺页面…</translation>
    </message>
    <message>
        <source>The policy is longer than Allegro&apos;s %1 characters, so only its first rules were copied, followed by a sentence saying other refunds are handled individually.</source>
        <translation>政策超过 Allegro 允许的 %1 个字符，因此只复制了前面的规则，并在末尾说明其他退款将单独处理。</translation>
    </message>
    <message>
        <source>Save for shop page</source>
        <translation>保存为店铺页面</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>The policy could not be saved to %1.</source>
        <translation>无法将政策保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ProductGroupsDialog</name>
    <message>
        <source>Product groups</source>
        <translation>商品组</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建组</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>删除组</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. Promo November</source>
        <translation>例如：十一月促销</translation>
    </message>
    <message>
        <source>Offers and SKUs in the group</source>
        <translation>组内的商品和 SKU</translation>
    </message>
    <message>
        <source>Search by name, offer id or SKU</source>
        <translation>按名称、商品编号或 SKU 搜索</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>保存组</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>请为该组命名。</translation>
    </message>
    <message>
        <source>There is already a group with this name.</source>
        <translation>已存在同名的组。</translation>
    </message>
    <message>
        <source>The group could not be saved.</source>
        <translation>无法保存该组。</translation>
    </message>
    <message>
        <source>Delete the group “%1”?</source>
        <translation>删除组“%1”？</translation>
    </message>
    <message>
        <source>These rules use it and will no longer match its products: %1</source>
        <translation>以下规则使用该组，删除后将不再匹配其中的商品：%1</translation>
    </message>
</context>
<context>
    <name>ProductPickerDialog</name>
    <message>
        <source>Choose products</source>
        <translation>选择商品</translation>
    </message>
    <message>
        <source>Search by name, offer id or SKU</source>
        <translation>按名称、商品编号或 SKU 搜索</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>商品组</translation>
    </message>
    <message>
        <source>No products yet: they appear here once orders have been synced.</source>
        <translation>暂无商品：订单同步后会显示在这里。</translation>
    </message>
</context>
<context>
    <name>ProductValue</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>No products chosen yet</source>
        <translation>尚未选择商品</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>“%1” comes first and matches every case this rule would, so this rule never decides anything.</source>
        <translation>“%1”排在前面，并且匹配此规则会匹配的所有情况，因此此规则永远不会做出任何决定。</translation>
    </message>
    <message>
        <source>Move it up</source>
        <translation>将其上移</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. Refund cancelled orders</source>
        <translation>例如：为已取消的订单退款</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时</translation>
    </message>
    <message>
        <source>Handling time (orders without a deadline)</source>
        <translation>处理时间（无截止时间的订单）</translation>
    </message>
    <message>
        <source>Grace period after the deadline</source>
        <translation>截止后的宽限期</translation>
    </message>
    <message>
        <source>Only if (all of these hold)</source>
        <translation>仅当（满足以下全部条件）</translation>
    </message>
    <message>
        <source>No conditions: the rule applies to every case of its trigger.</source>
        <translation>无条件：规则适用于该触发条件的所有情况。</translation>
    </message>
    <message>
        <source>+ Add condition</source>
        <translation>+ 添加条件</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>然后</translation>
    </message>
    <message>
        <source>Limits, timing and mode</source>
        <translation>限额、时间和模式</translation>
    </message>
    <message>
        <source>Cap per order</source>
        <translation>每单上限</translation>
    </message>
    <message>
        <source>above it: hold for my approval</source>
        <translation>超出时：暂停等待我批准</translation>
    </message>
    <message>
        <source>above it: refund up to the cap</source>
        <translation>超出时：按上限退款</translation>
    </message>
    <message>
        <source>Wait before refunding</source>
        <translation>退款前等待</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>影子</translation>
    </message>
    <message>
        <source>Shadow (only record what it would do)</source>
        <translation>影子（只记录将会做什么）</translation>
    </message>
    <message>
        <source>Armed (moves money)</source>
        <translation>正式（会转出资金）</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>通俗说明</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <source>Edit rule (version %1)</source>
        <translation>编辑规则（版本 %1）</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
</context>
<context>
    <name>RuleListActions</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? It stops deciding at once; the refunds it decided keep pointing at its versions.</source>
        <translation>删除规则“%1”？它将立即停止决策；它已决定的退款仍会指向其版本。</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>导入规则</translation>
    </message>
    <message>
        <source>Rules files (*.json)</source>
        <translation>规则文件 (*.json)</translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>导出规则</translation>
    </message>
    <message>
        <source>The file could not be imported; your rules are unchanged.</source>
        <translation>无法导入该文件；您的规则未作更改。</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>Type something, or remove this condition.</source>
        <translation>请输入内容，或删除此条件。</translation>
    </message>
    <message>
        <source>Tick at least one choice, or remove this condition: an empty condition is not saved as "any".</source>
        <translation>请至少勾选一项，或删除此条件：空条件不会被保存为“任意”。</translation>
    </message>
    <message>
        <source>The deduction and the order amounts must be in the same currency.</source>
        <translation>扣除金额和订单金额必须使用同一种货币。</translation>
    </message>
    <message>
        <source>No amount paid can satisfy both limits; the rule would never match.</source>
        <translation>没有任何实付金额能同时满足两个限制，此规则永远不会匹配。</translation>
    </message>
    <message>
        <source>An amount paid cannot be negative.</source>
        <translation>实付金额不能为负数。</translation>
    </message>
    <message>
        <source>A cap cannot be negative, and each currency can have only one cap.</source>
        <translation>上限不能为负数，且每种货币只能有一个上限。</translation>
    </message>
    <message>
        <source>Refund after a cancellation</source>
        <translation>取消后的退款</translation>
    </message>
    <message>
        <source>Refund for an order we could not send</source>
        <translation>无法发货订单的退款</translation>
    </message>
    <message>
        <source>Refund after a return</source>
        <translation>退货后的退款</translation>
    </message>
    <message>
        <source>Refund (general message)</source>
        <translation>退款（通用消息）</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>请为规则命名。</translation>
    </message>
    <message>
        <source>The percentage must be above 0 and at most 100.</source>
        <translation>百分比必须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <source>Only a return has returned items; this rule is not for returns.</source>
        <translation>只有退货才有退回的商品；此规则不适用于退货。</translation>
    </message>
    <message>
        <source>The comment to the buyer can be at most 250 characters.</source>
        <translation>给买家的备注最多 250 个字符。</translation>
    </message>
    <message>
        <source>Choose a refund reason Allegro knows.</source>
        <translation>请选择 Allegro 支持的退款原因。</translation>
    </message>
    <message>
        <source>Choose which message the buyer gets.</source>
        <translation>请选择买家收到的消息。</translation>
    </message>
    <message>
        <source>A returned order was sent, so it cannot be marked cancelled.</source>
        <translation>退货的订单已发货，不能标记为已取消。</translation>
    </message>
    <message>
        <source>The deduction must not be negative and must be smaller than any refund this rule can make.</source>
        <translation>扣除金额不能为负数，且必须小于此规则可能的任何退款。</translation>
    </message>
    <message>
        <source>The cap per order cannot be negative.</source>
        <translation>每单上限不能为负数。</translation>
    </message>
    <message>
        <source>All amounts in one rule must be in the same currency.</source>
        <translation>同一规则中的所有金额必须使用同一币种。</translation>
    </message>
    <message>
        <source>An order total cannot be negative.</source>
        <translation>订单总额不能为负数。</translation>
    </message>
    <message>
        <source>No order total can satisfy both limits; the rule would never match.</source>
        <translation>没有订单总额能同时满足两个限制；此规则永远不会匹配。</translation>
    </message>
    <message>
        <source>Return reasons only exist on returns; this rule would never match.</source>
        <translation>退货原因只存在于退货中；此规则永远不会匹配。</translation>
    </message>
    <message>
        <source>Days since purchase cannot be negative.</source>
        <translation>购买后天数不能为负数。</translation>
    </message>
    <message>
        <source>The most days since purchase is less than the fewest.</source>
        <translation>购买后最多天数小于最少天数。</translation>
    </message>
    <message>
        <source>Unknown payment type.</source>
        <translation>未知的付款方式。</translation>
    </message>
    <message>
        <source>A buyer has at least 1 order (this one).</source>
        <translation>买家至少有 1 个订单（即本订单）。</translation>
    </message>
    <message>
        <source>The blocklist has an empty login.</source>
        <translation>黑名单中有空的登录名。</translation>
    </message>
    <message>
        <source>Choose at least one product, group or name.</source>
        <translation>请至少选择一个商品、组或名称。</translation>
    </message>
    <message>
        <source>A marketplace is empty.</source>
        <translation>站点为空。</translation>
    </message>
    <message>
        <source>The delay cannot be negative.</source>
        <translation>延迟不能为负数。</translation>
    </message>
    <message>
        <source>The handling time cannot be negative.</source>
        <translation>处理时间不能为负数。</translation>
    </message>
    <message>
        <source>The grace period cannot be negative.</source>
        <translation>宽限期不能为负数。</translation>
    </message>
    <message>
        <source>Enter an amount such as 12.50.</source>
        <translation>请输入金额，例如 12.50。</translation>
    </message>
    <message>
        <source>Enter a percentage such as 50 or 12.5.</source>
        <translation>请输入百分比，例如 50 或 12.5。</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Refunds this rule decided in the last 30 days and their total (in shadow mode: what it would have refunded).</source>
        <translation>此规则在最近 30 天内决定的退款及总额（影子模式下：将会退款的金额）。</translation>
    </message>
    <message>
        <source>Turn the rule on or off</source>
        <translation>启用或关闭规则</translation>
    </message>
    <message>
        <source>Armed</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>影子</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 × · %2</source>
        <translation>%1 次 · %2</translation>
    </message>
</context>
<context>
    <name>RulesScreen</name>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Rules are tried from the top: the first enabled rule that matches decides, and the ones below it are skipped. Drag a rule to change its place.</source>
        <translation>规则从上到下依次尝试：第一条匹配的已启用规则做出决定，其后的规则会被跳过。拖动规则可以改变其位置。</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>Add a starter rule</source>
        <translation>添加入门规则</translation>
    </message>
    <message>
        <source>Add all starter rules</source>
        <translation>添加全部入门规则</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>版本…</translation>
    </message>
    <message>
        <source>Product groups…</source>
        <translation>商品组…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Policy text…</source>
        <translation>政策文本…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Your changes to this rule are not saved. Discard them?</source>
        <translation>您对此规则的更改尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>操作失败：%1</translation>
    </message>
</context>
<context>
    <name>VersionHistoryDialog</name>
    <message>
        <source>Version history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>These versions do the same.</source>
        <translation>这些版本的作用相同。</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>CapsEdit</name>
    <message>
        <source>Remove this cap</source>
        <translation>删除此上限</translation>
    </message>
    <message>
        <source>+ Cap for another currency</source>
        <translation>+ 其他币种的上限</translation>
    </message>
</context>
</TS>
