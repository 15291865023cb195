"""The English words of every core message (``messages.py``); Polish and Chinese mirror it."""

from __future__ import annotations

from collections.abc import Mapping

# A template is a sentence with {named} values, or plural forms by CLDR category for the
# value ``n`` ("one", "few", "many", "other"; every plural template has "other").
TEXTS: dict[str, str | Mapping[str, str]] = {
    # -- why a case cannot be a refund case ----------------------------------------------
    "case.not_cancelled": "the order is not cancelled (its status is {status})",
    "case.sent": "the order has been sent",
    "case.no_return": "there is no customer return for this case",
    "case.no_payment": "the order has no payment",
    "case.not_paid": "the buyer has not paid for the order",
    # -- the rule trace ----------------------------------------------------------------------
    "trace.no_rule_applies": "No rule applies: {why}.",
    "trace.rule_skipped": "Rule {number} “{rule}” skipped: {why}",
    "trace.rule_matches": "Rule {number} “{rule}” matches",
    "trace.rule_not_reached": "Rule {number} “{rule}” not reached: rule {decided} decided first",
    "trace.no_rule_matched": "No rule matched, so nothing is refunded automatically.",
    "trace.would_hold": "Would be held if armed: {reasons}.",
    "trace.held": "Held for approval: {reasons}.",
    "trace.nothing_left": "Nothing is left to refund.",
    "trace.waiting": "Waiting for a pending refund on the same item to finish.",
    "trace.would_refund": "Would refund {total}.",
    "trace.refund": "Refund {total}.",
    "trace.shadow": "Rule {number} “{rule}” is in shadow mode: no money is moved.",
    "trace.backlog_left_to_you": "This happened before RefundDesk started watching the shop "
    "({since}), and your choice for such cases is to leave them to you.",
    "trace.backlog_held": "Held for your approval: found when the shop was connected ({since}); "
    "approve it to refund.",
    "trace.foreign_refunds": {
        "one": "Held for approval: Allegro already lists {n} refund for this order that "
        "RefundDesk did not make ({total}: by hand in Allegro, or by Allegro itself).",
        "other": "Held for approval: Allegro already lists {n} refunds for this order that "
        "RefundDesk did not make ({total}: by hand in Allegro, or by Allegro itself).",
    },
    "trace.dry_run": "Dry-run is on in Settings: nothing was sent.",
    # -- why a rule was skipped --------------------------------------------------------------
    "skip.turned_off": "it is turned off",
    "skip.other_trigger": "it is for {rule_for}, this is {case}",
    "skip.deduction_currency": "the order is in {currency}, the rule's deduction is in "
    "{rule_currency}",
    "skip.no_deadline": "the order has no dispatch deadline and no payment time to count from",
    "skip.not_late_yet": "not late yet: it is late from {late_from}",
    # -- which condition failed --------------------------------------------------------------
    "condition.amount_currency": "the order is in {currency}, the rule's amounts are in "
    "{rule_currency}",
    "condition.total_below": "the order total {amount} is below {limit}",
    "condition.total_not_under": "the order total {amount} is not under {limit}",
    "condition.paid_below": "the amount paid {amount} is below {limit}",
    "condition.paid_not_under": "the amount paid {amount} is not under {limit}",
    "condition.marketplace": "the order is on {marketplace}, not {wanted}",
    "condition.payment": "paid by {paid_by}, not {wanted}",
    "condition.buyer_blocked": "buyer {login} is on the blocklist",
    "condition.buyer_orders": {
        "one": "the buyer has {n} order, fewer than {limit}",
        "other": "the buyer has {n} orders, fewer than {limit}",
    },
    "condition.purchase_date_unknown": "the purchase date is unknown",
    "condition.bought_too_recently": {
        "one": "bought {n} day ago, fewer than {limit}",
        "other": "bought {n} days ago, fewer than {limit}",
    },
    "condition.bought_too_long_ago": {
        "one": "bought {n} day ago, more than {limit}",
        "other": "bought {n} days ago, more than {limit}",
    },
    "condition.no_return": "there is no return to take a reason from",
    "condition.return_reason": "return reason “{reason}” is not {wanted}",
    "condition.no_items": "the case has no items to match the products against",
    "condition.item_not_in_products": "item “{item}” is not among the rule's products",
    "condition.no_item_in_products": "no item is among the rule's products",
    # -- words used inside other messages ----------------------------------------------------
    "trigger.BUYER_CANCELLED": "cancelled orders",
    "trigger.NOT_SENT_IN_TIME": "orders not sent in time",
    "trigger.RETURN_DELIVERED": "delivered returns",
    "trigger.RETURN_DECLARED": "declared returns",
    "payment.ONLINE": "online payment",
    "payment.ALLEGRO_PAY": "Allegro Pay",
    "payment.CASH_ON_DELIVERY": "cash on delivery",
    "payment.WIRE_TRANSFER": "bank transfer",
    "payment.SPLIT_PAYMENT": "split payment",
    "payment.EXTENDED_TERM": "deferred payment",
    "payment.UNKNOWN": "an unknown method",
    "return_reason.DONT_LIKE_IT": "Doesn't like it",
    "return_reason.NOT_AS_DESCRIBED": "Not as described",
    "return_reason.NOT_AS_EXPECTED": "Not as expected",
    "return_reason.DAMAGED": "Damaged",
    "return_reason.TRANSPORT": "Damaged in transport",
    "return_reason.INCOMPLETE": "Incomplete",
    "return_reason.DIFFERENT": "A different product",
    "return_reason.MISTAKE": "Bought by mistake",
    "return_reason.OVERDUE_DELIVERY": "Delivered too late",
    "return_reason.HIDDEN_FLAW": "Hidden flaw",
    "return_reason.OTHER_FLAW": "Other flaw",
    "return_reason.COUNTERFEIT": "Counterfeit",
    "return_reason.NOT_NEW": "Not new",
    "return_reason.TOO_LARGE": "Too large",
    "return_reason.TOO_SMALL": "Too small",
    "state.PLANNED": "planned",
    "state.SUBMITTING": "being sent",
    "state.SUBMITTED": "sent to Allegro",
    "state.SUCCEEDED": "refunded",
    "state.FAILED": "failed",
    "state.UNCONFIRMED": "not confirmed",
    "state.HELD": "held for approval",
    "state.DISMISSED": "dismissed",
    "state.REFUNDED_BY_HAND": "refunded by hand",
    "state.SHADOW": "recorded only (shadow)",
    "state.NO_ACTION": "no refund",
    # -- why a refund is held ----------------------------------------------------------------
    "hold.OVER_CAP": "the refund is above the rule's cap",
    "hold.CASH_ON_DELIVERY": "cash on delivery cannot be refunded through Allegro: transfer "
    "the money to the buyer's bank account",
    "hold.RULE_SAYS_REVIEW": "the rule asks for your approval",
    "hold.ALREADY_REFUNDED_ELSEWHERE": "part of it was already refunded elsewhere",
    "hold.RETURN_MISMATCH": "the return lists items that are not in the order",
    "hold.NO_CAP_FOR_CURRENCY": "the rule has caps, but none for this order's currency",
    "hold.REOPENED": "reopened after it was dismissed: approve it, or dismiss it again",
    "hold.BACKLOG": "found when the shop was connected: approve to refund it",
    # -- plan notes ----------------------------------------------------------------------------
    "plan.nothing_left": "Nothing is left to refund on this order.",
    "plan.percent": "Refunding {percent}% of {wanted}: {target}",
    "plan.deducted": "Deducted {amount}",
    "plan.deducted_labelled": "Deducted {amount} ({label})",
    "plan.deduction_takes_all": "The deduction of {amount} takes the whole refund",
    "plan.deduction_takes_all_labelled": "The deduction of {amount} ({label}) takes the whole "
    "refund",
    "plan.limited_to_remainder": "Limited to {left} still unrefunded on the order",
    "plan.capped": "Capped at {cap}",
    "plan.above_cap": "{total} is above the {cap} cap: held for approval",
    "plan.partly_refunded_rest": "{item} was partly refunded before: refunding what is left",
    "plan.partly_refunded_share": "{item} was partly refunded before: refunding its share",
    "plan.no_return": "There is no return, so there are no returned items to refund.",
    "plan.returned_not_in_order": "Returned offer {item} is not in this order",
    "plan.already_refunded_elsewhere": {
        "one": "{n} unit of {item} already refunded elsewhere",
        "other": "{n} units of {item} already refunded elsewhere",
    },
    "plan.waiting_for_pending": "Waiting for a pending refund on the same item to finish",
    # -- what happened when sending ------------------------------------------------------------
    "note.check_failed": "Could not check the order with Allegro: {why}",
    "note.bug": "RefundDesk hit an unexpected error here ({error}). It is in the log file.",
    "note.interrupted": "RefundDesk stopped while sending this refund; checking with Allegro.",
    "note.no_longer_cancelled": "Live check: the order is no longer cancelled (status {status}).",
    "note.sent_after_all": "Live check: the order was sent after all, so no late-order refund "
    "is due.",
    "note.the_merchant": "the merchant",
    "note.approved_by": "Approved by {actor}.",
    "note.approved_by_note": "Approved by {actor}: {note}",
    "note.retry_asked_by": "Retry asked by {actor}.",
    "note.dismissed": "Dismissed: {note}",
    "note.refunded_by_hand": "Refunded by hand.",
    "note.refunded_by_hand_note": "Refunded by hand: {note}",
    "note.reopened": "Reopened after it was dismissed: it waits for your approval.",
    "note.reopened_note": "Reopened after it was dismissed ({note}): it waits for your approval.",
    "note.waiting_same_items": "Waiting: another refund on the same items is still being "
    "processed by Allegro.",
    "note.less_left": "Live check: only {left} is left to refund on this order; the plan was "
    "{planned}.",
    "note.late_answer": "An answer from Allegro arrived after another RefundDesk had taken "
    "this refund over.",
    "note.sent": "Sent to Allegro: refund {refund} for {total} ({status}).",
    "note.refused": "Allegro refused the refund: {why}",
    "note.unconfirmed": "Allegro did not confirm the refund ({why}). It will be checked before "
    "anything else happens to this order.",
    "note.refused_list_unreadable": "Allegro refused the refund: {why} Its refund list could "
    "not be read to see why; checked again next time.",
    "note.refused_already_made": "Allegro refused the refund: {why} This refund was already "
    "made (refund {refund} for {total}); it is recorded here instead of a second one.",
    "note.waiting_other_refund": "Waiting: Allegro is still processing another refund on this "
    "order.",
    "note.refused_less_left": "Allegro refused the refund: {why} Only {left} is left to refund "
    "on this order (refunded meanwhile elsewhere); the plan was {planned}.",
    "note.refunded": "Refunded {total} ({status}).",
    "note.reconciled_found": "Reconciled: refund {refund} found in Allegro's list.",
    "note.reconciled_resent": "Reconciled: refund {refund} confirmed by resending the same "
    "command.",
    "note.reconciled_absent": "Reconciled: Allegro has no such refund ({why}); it will be "
    "re-checked.",
    "note.replanned": "Planned again because {changes}. The earlier decision was: {earlier}.",
    "note.replanned_by_rule": "Planned again because {changes}. The earlier decision was: "
    "{earlier}, by rule “{rule}” (version {version}).",
    "note.replanned_now": "{note} Now: {now}.",
    "note.replanned_now_no_refund": "{note} Now: no refund. {why}",
    "note.changed_after_decision": "The order changed after your decision ({changes}). "
    "RefundDesk left your decision as it was: look at the order if it should change.",
    # -- what changed on an order ----------------------------------------------------------------
    "fact.nothing": "nothing",
    "fact.buyer_paid": "the buyer paid ({amount})",
    "fact.paid": "paid {old} → {new}",
    "fact.surcharges_paid": "surcharges paid {old} → {new}",
    "fact.parcel_sent": "a parcel was sent",
    "fact.parcel_gone": "the parcel is gone",
    "fact.changed_status": "order status {old} → {new}",
    "fact.changed_fulfillment": "fulfilment status {old} → {new}",
    "fact.changed_sent": "items sent {old} → {new}",
    "fact.changed_return": "return status {old} → {new}",
    "fact.changed_returned": "returned items {old} → {new}",
    "fact.changed_backlog": "your choice for cases found at connect {old} → {new}",
    "fact.changed_other": "{fact} {old} → {new}",
    # -- limits in Settings --------------------------------------------------------------------
    "limit.breaker": {
        "one": "Automation stopped after {n} failure in a row.",
        "other": "Automation stopped after {n} failures in a row.",
    },
    "limit.order_cap": "{amount} is above your per-order limit {cap}.",
    "limit.daily_count": {
        "one": "Today's limit of {n} refund is reached.",
        "other": "Today's limit of {n} refunds is reached.",
    },
    "limit.daily_budget": "Today's budget {budget} would be exceeded ({spent} already).",
    "limit.buyer_daily_cap": "Buyer {buyer} would get more than {cap} today.",
    # -- why a refund failed -------------------------------------------------------------------
    "failure.canceled": "Allegro cancelled the refund: the seller balance was probably too "
    "low. Top it up in Allegro, then press Retry.",
    "failure.validate_failed": "Allegro could not validate the refund. Check the order in "
    "Allegro, then retry or refund by hand.",
    # -- Allegro's errors, by kind (Allegro's own words are kept as details) --------------------
    "allegro.cash_on_delivery": "Cash-on-delivery orders cannot be refunded through Allegro: "
    "transfer the money to the buyer.",
    "allegro.validation_refused": "Allegro refused the request as invalid.",
    "allegro.not_found": "Allegro does not know this order (or it belongs to another seller).",
    "allegro.conflict": "The order changed in the meantime; it will be read again.",
    "allegro.server_error": "Allegro had an internal error; the outcome will be checked again.",
    "allegro.refused": "Allegro refused the request.",
    "allegro.outcome_unknown": "Allegro did not confirm the outcome; it will be checked again.",
    "allegro.network": "Allegro could not be reached. Check the internet connection.",
    "allegro.rate_limited": {
        "one": "Allegro asked RefundDesk to slow down; it waits {n} second.",
        "other": "Allegro asked RefundDesk to slow down; it waits {n} seconds.",
    },
    "allegro.reconnect": "Allegro no longer accepts this shop's login: reconnect the shop in "
    "Settings.",
    "allegro.unreadable_order": "Allegro sent values for this order that cannot be right; it "
    "is set aside.",
    "allegro.malformed": "Allegro sent an answer RefundDesk could not read.",
    "allegro.other": "Allegro could not be used just now.",
    # -- problems of one cycle (the status strip) ---------------------------------------------
    "problem.order": "order {order}: {why}",
    "problem.order_bug": "order {order}: unexpected error (in the log file)",
    "problem.refund": "refund {refund}: {why}",
    "problem.return": "return {ret}: {why}",
    "problem.feed": "the {feed} feed: {why}",
    "problem.event_stats": "the order feed's starting point: {why}",
    "problem.still_unconfirmed": "order {order}: still not confirmed ({why})",
    "problem.no_keyring": "no system keyring can be used, so the shop's Allegro login cannot be "
    "read: install and start one (GNOME Keyring or KWallet on Linux; the log file says how)",
    "problem.keyring_locked": "the system keyring is locked, so the shop's Allegro login cannot be "
    "read: unlock it (log in to the desktop), then RefundDesk goes on",
    "alert_test.unreadable": "The address of {channel} could not be read: {why}",
    "alert_test.no_address": "No address is saved for {channel}; add the channel again.",
    "alert_test.not_delivered": "The test alert could not be delivered through {channel}. Check "
    "the address and that the service is reachable from this computer (details are in the log).",
    "problem.bug": "unexpected error (in the log file)",
    "alert.breaker": {
        "one": "automation stopped after {n} failure in a row",
        "other": "automation stopped after {n} failures in a row",
    },
    "alert.reconnect": "reconnect the shop in Settings",
    # -- details (only in detail views, never the status strip) --------------------------------
    "detail.allegro_says": "Allegro's own words: {text}",
    "detail.error_code": "Error code: {text}",
    "detail.trace_id": "Trace id (for Allegro's support): {text}",
    # -- the command line -----------------------------------------------------------------------
    "cli.review_action.approve": "Approved (sent in the next round)",
    "cli.review_action.retry": "Sent again in the next round",
    "cli.review_action.dismiss": "Dismissed",
    "cli.review_action.refunded-by-hand": "Marked refunded by hand",
    "cli.review_action.reopen": "Reopened (held for your approval)",
    "cli.refunds_none_match": "No refunds match.",
    "cli.refunds_none_yet": "No refunds yet: rules decide them as orders come in (refunddesk rules "
    "list, refunddesk run).",
    "cli.review_nothing": "Nothing needs a person.",
    "cli.notice_order": "order {order}",
    "cli.notices_none": "No failed notices.",
    "cli.notice_unknown": "There is no notice {id}.",
    "cli.notice_not_resendable": "Notice {id} is {status}: only a failed or unknown one is resent.",
    "cli.notice_to": "{channel} to {recipient}",
    "cli.notice_subject": "Subject: {subject}",
    "cli.notice_text_later": "(the text is rendered again when it is sent)",
    "cli.notice_ask": "Send it again? [y/N]",
    "cli.nothing_changed": "Nothing changed.",
    "cli.notice_changed_meanwhile": "Notice {id} changed meanwhile; nothing was done.",
    "cli.notice_resent": "The worker sends it again on its next round (once).",
    "cli.not_on_off": "{text} is not on or off.",
    "cli.not_whole_number": "{text} is not a whole number.",
    "cli.out_of_range": "{value} is out of range.",
    "cli.settings_saved": "Saved: {keys}.",
    "cli.worker_running": "RefundDesk worker running; Ctrl-C to stop.",
    "cli.worker_stopped": "stopped.",
    "cli.automation_paused": "Automation paused.",
    "cli.automation_resumed": "Automation resumed.",
    "cli.shop_removed": "Removed {name} and its secrets.",
    "cli.alerts_none": "No alert channels: refunddesk alerts add --name NAME",
    "cli.alert_saved": "Alert channel {name} saved (its address is in the keyring).",
    "cli.alert_removed": "Alert channel {name} removed.",
    "cli.alert_test_sent": "Test alert sent through {name}.",
    "cli.review_done": {
        "one": "{action}: {n} refund.",
        "other": "{action}: {n} refunds.",
    },
    # -- why a decision refunds nothing (domain/no_refund.py) -----------------------------------
    "no_refund.cannot_refund": "It cannot be refunded: {why}.",
    "no_refund.nothing_left": "Rule “{rule}” matched, but nothing is left to refund on this order.",
    "no_refund.shadow_nothing_left": "Rule “{rule}” (in shadow mode) matched, but "
    "nothing is left to refund on this order.",
    "no_refund.rule_missed": "“{rule}”: {why}",
    "no_refund.conditions_not_met": "No rule's conditions were met — {misses}.",
    "no_refund.conditions_not_met_more": {
        "one": "No rule's conditions were met — {misses}; and {n} more rule.",
        "other": "No rule's conditions were met — {misses}; and {n} more rules.",
    },
    "no_refund.rules_turned_off": {
        "one": "The rule for this kind of case is turned off.",
        "other": "All {n} rules for this kind of case are turned off.",
    },
    "no_refund.no_rule_for_trigger": "No rule is written for {trigger} yet.",
    "no_refund.no_rules": "There are no rules yet.",
    # -- `refunddesk rules` ----------------------------------------------------------------------
    "cli.rules_exported": {
        "one": "Exported {n} rule to {file}",
        "other": "Exported {n} rules to {file}",
    },
    # -- shop list / add / backlog, sms show (cli/shops.py, cli/channels.py) -------------------
    "cli.shops_none": "No shops yet: refunddesk shop add NAME --client-id ID (see shop add "
    "--help).",
    "cli.shop_col.shop": "Shop",
    "cli.shop_col.environment": "Environment",
    "cli.shop_col.state": "State",
    "cli.shop_col.backlog": "Found at connect",
    "cli.environment.production": "production",
    "cli.environment.sandbox": "sandbox",
    "cli.environment.demo": "demo",
    "cli.environment.custom": "custom",
    "cli.shop_state.connected": "connected",
    "cli.shop_state.not_connected": "not connected",
    "cli.shop_state.reconnect_needed": "reconnect needed",
    "cli.backlog_choice": "{choice} ({does})",
    "cli.backlog_does.ask": "hold for my approval",
    "cli.backlog_does.apply": "refund by my rules",
    "cli.backlog_does.ignore": "leave to me",
    "cli.no_such_shop": "There is no shop named '{name}'; `refunddesk shop list` shows them.",
    "cli.no_such_alert_channel": "There is no alert channel '{name}'; `refunddesk alerts list` "
    "shows them.",
    "cli.connect_open": "To connect {name}, open:",
    "cli.connect_code": "and confirm the code  {user_code}",
    "cli.connect_waiting": "Waiting for you to approve (Ctrl-C to give up)…",
    "cli.not_connected": "Not connected: {why}",
    "cli.connect_failed": "connecting to Allegro did not finish; please try again.",
    "cli.connect_denied": "the Allegro account owner refused access to RefundDesk.",
    "cli.connect_expired": "the Allegro code expired before it was approved; start again.",
    "cli.connect_code_unknown": "Allegro no longer knows this code (already used or invalid); "
    "start again.",
    "cli.connect_cancelled": "connecting to Allegro was cancelled.",
    "cli.shop_connected": "Connected {name}.",
    "cli.shop_backlog_after_add": "Cases found in the backfill window: {choice} (`refunddesk "
    "shop backlog {id}` shows them after the first sync).",
    "cli.backlog_now": "{name}: the cases found at connect are now handled as '{choice}' ({does}).",
    "cli.backlog_is": "{name}: the cases found at connect are handled as '{choice}' ({does}).",
    "cli.backlog_found_since": "Found since {since} (the backfill window):",
    "cli.backlog_kind.CANCELLED_NOT_REFUNDED": "cancelled paid orders not refunded",
    "cli.backlog_kind.NOT_SENT_IN_TIME": "orders past their dispatch deadline, not sent",
    "cli.backlog_kind.RETURN_DELIVERED": "delivered returns not refunded",
    "cli.sms_show.enabled": "enabled",
    "cli.sms_show.sender": "sender",
    "cli.sms_show.token": "token",
    "cli.sms_show.shop": "shop {name}",
    "cli.sms_show.on": "on",
    "cli.sms_show.off": "off",
    "cli.sms_show.default_sender": "(the account default)",
    "cli.sms_show.saved": "saved",
    "cli.sms_show.no_token": "none",
    "cli.sms_token_saved": "SMSAPI token saved in the keyring.",
    "cli.sms_on": "SMS notices are on.",
    "cli.sms_off": "SMS notices are off.",
    "cli.sms_on_for": "SMS notices on for {name}.",
    "cli.sms_off_for": "SMS notices off for {name}.",
    "cli.sms_off_everywhere": "SMS notices are off for every shop: refunddesk sms on",
    "cli.alert_address_saved": "saved",
    "cli.alert_address_lost": "address missing: add it again",
    # -- a value typed on the command line that cannot be used (argument types, settings) -----
    "cli.value.not_a_date": "{text} is not a date; write it as YYYY-MM-DD, e.g. {example}",
    "cli.value.not_whole": "{text} is not a whole number",
    "cli.value.out_of_range": "{value} is out of range ({low} to {high})",
    "cli.value.not_a_port": "{value} is not a port number ({low} to {high})",
    "cli.value.not_an_order_count": "{value} is not a number of orders to seed ({low} to {high})",
    "cli.value.not_seconds": "{text} is not a number of seconds",
    "cli.value.seconds_range": "{text} is not more than 0 and at most {high} seconds",
    "cli.value.not_an_amount": "{text} is not an amount: give 250, 249.99 or an amount "
    'followed by one of {currencies} ("250 EUR"), or none to remove the limit.',
    "cli.value.amount_refused": "{text} cannot be a limit: give an amount above zero with at "
    "most two decimals, such as 250 or 249.99, or none to remove the limit.",
    "cli.value.amount_too_large": "{number}… is too large for a limit.",
    "cli.value.amount_missing": "Give an amount such as 250, or none to remove the limit.",
    "cli.value.security": "{text}: security is one of {choices}.",
    "cli.value.backlog": "{text}: backlog is one of {choices}.",
    "cli.value.alert_language": "{text}: alerts are written in {choices}.",
    "cli.value.missing": "settings set takes KEY VALUE pairs; a value is missing.",
    "cli.value.not_a_setting": "{key} is not a setting. Settings: {keys} (refunddesk settings "
    "--help).",
    "cli.value.too_long": "The value of {key} is too long.",
    "cli.value.password_first": "Set email.host, email.from and email.user before the password.",
    "cli.value.no_password": "No SMTP password came on standard input.",
    # -- failures the command line words itself (cli/errors.py, cli/db.py, secrets) ----------
    "cli.client_rejected": "Allegro refused RefundDesk's application key (client id/secret). "
    "({detail})",
    "cli.not_an_amount": "Not an amount: {detail}",
    "cli.bad_database_url": "The database URL is not one RefundDesk can use. Give "
    "sqlite:///PATH/TO/FILE or postgresql+psycopg://USER@HOST/DATABASE (or leave --database-url "
    "out for the database in the data folder).",
    "cli.database_unusable": "The database cannot be used: {reason}.",
    "cli.certificate_refused": "The server's certificate could not be verified (self-signed, "
    "expired or for another name), so RefundDesk did not send anything to it. Use the real "
    "Allegro address, or a server with a certificate your computer trusts.",
    "cli.network": "The network is down or Allegro did not answer. Check the address and the "
    "internet connection. ({detail})",
    "cli.os.may_not_write": "RefundDesk may not write to {where} ({why}). The data folder must "
    "be writable: fix its permissions or choose another with --data-dir.",
    "cli.os.not_a_folder": "{where} is a file where RefundDesk needs a folder: choose a folder.",
    "cli.os.no_folder": "There is no folder {folder} (for {file}).",
    "cli.os.not_there": "There is no file or folder {where}.",
    "cli.os.disk_full": "The disk is full ({where}): free some space and try again.",
    "cli.data_dir_is_a_file": "--data-dir {folder} is a file: give a folder.",
    "cli.no_database_driver": "The database driver for {kind} is not installed ({module}). For "
    "PostgreSQL use postgresql+psycopg://…",
    "cli.secret_file_unreadable": "--client-secret-file {file}: {why}.",
    "cli.secret_file_too_big": "{file} is too big to be a client secret.",
    "cli.from_stdin": "standard input",
    "cli.from_prompt": "the prompt",
    "cli.no_client_secret": "No client secret was given and there is no terminal to ask for "
    "it. Use --client-secret-file PATH, --client-secret - (standard input) or {env}.",
    "cli.client_secret_empty": "The client secret from {source} is empty.",
    "cli.secret_kind.sms_token": "SMSAPI token",
    "cli.secret_kind.apprise_address": "Apprise address",
    "cli.secret_too_long": "That is too long for the {what}.",
    "cli.no_secret_given": "No {what} came on standard input or at the prompt.",
    "cli.db_location": "Database: {location}",
    "cli.db_file": "Database: {location}, {size} MB",
    "cli.db_schema": "Schema: {revision} (this app knows up to {known})",
    "cli.db_schema_empty": "Schema: empty (this app knows up to {known})",
    "cli.db_integrity_ok": "Integrity: ok",
    "cli.db_backups": "Backups: {n}, the latest {file} (taken {taken})",
    "cli.db_no_backups": "Backups: none yet (one is taken before every upgrade)",
    "cli.db_restored": "Restored {file} (taken {taken}).",
    "cli.db_set_aside": "The replaced files were kept in {folder}.",
    "cli.db_start_again": "Start RefundDesk as usual: it upgrades the copy if it is older.",
    # -- the database file itself cannot be used (store/problems.py, store/health.py) ---------
    "db.the_database": "The database",
    "db.the_database_at": "The database {path}",
    "db.another_program": "another program (perhaps another RefundDesk)",
    "db.process": "process {pid}",
    "db.process_running": "process {pid} ({command})",
    "db.locked": "{database} is busy: {who} kept it locked for too long. Try again when it has "
    "finished, or close it.",
    "db.in_use": "{database} is open in {who}. Close it, then restore again; nothing was changed.",
    "db.damaged": "{database} is damaged ({detail}). RefundDesk will not use it and automation "
    "stays off; nothing in it was changed. {offer}",
    "db.latest_backup": "The latest backup is {file} (taken {taken}). To put it back, close "
    "RefundDesk and run: refunddesk db restore (the damaged file is kept aside).",
    "db.no_backup_yet": "There is no backup of it yet (one is taken before every upgrade).",
    "db.not_sqlite": "it is not a SQLite database: its first bytes were overwritten",
    "db.cut_short": "the file was cut short at {size} bytes",
    "db.cut_short_of": "the file was cut short: {size} of {expected} bytes",
    "db.overwritten": "parts of it are overwritten or missing; SQLite says: {sqlite}",
    "db.check_found": "SQLite's check found: {found}",
    "db.too_new": "{database} was made by a newer version of RefundDesk (schema {found}); this "
    "app knows up to {known}. Use the newer RefundDesk with it; nothing was changed.",
    "db.read_only_folder": "RefundDesk cannot write to the folder {folder}: it is read-only. "
    "RefundDesk needs to write its database there: allow it (check the permissions) or choose "
    "another data folder (--data-dir).",
    "db.read_only_file": "RefundDesk cannot write to the file {file}: it is read-only. "
    "RefundDesk needs to write its database: allow it (check the permissions) or choose "
    "another data folder (--data-dir).",
    "db.disk_full_at": "The disk is full ({folder}): {doing} was stopped and nothing was "
    "changed. Free some space and start RefundDesk again.",
    "db.disk_full": "The disk is full: {doing} was stopped and nothing was changed. Free some "
    "space and start RefundDesk again.",
    "db_doing.check": "the check",
    "db_doing.opening": "opening the database",
    "db_doing.creating": "creating the database",
    "db_doing.saving": "saving changes",
    "db_doing.backup": "the backup before the upgrade",
    "db_doing.upgrade": "the database upgrade",
    "db_doing.restoring": "restoring the backup",
    "db.no_sound_backup": "There is no sound backup to restore in {folder}; nothing was changed.",
    "db.missing": "There is no database at {path}.",
    "db.not_a_file": "Backups and restores work on the SQLite file only; back up a PostgreSQL "
    "database with its own tools (pg_dump).",
    "cli.usage.error": "error",
    "cli.usage.invalid_choice": "argument {arg}: invalid choice: {value} (choose from {choices})",
    "cli.usage.unrecognized": "unrecognized arguments: {args}",
    "cli.usage.required": "the following arguments are required: {args}",
    "cli.usage.expected_one": "argument {arg}: expected one argument",
    "cli.usage.not_together": "argument {arg}: not allowed with argument {other}",
    "cli.usage.invalid_value": "argument {arg}: invalid value: {value}",
    "cli.usage.about_argument": "argument {arg}: {why}",
    "cli.address_refused": "This address cannot be used: {why}.",
    "cli.new_data_folder": "A new RefundDesk data folder is made at {folder}.",
    "cli.db_not_in_demo": "The demo's database is made by the demo: db check and db restore work"
    " on your own database. Run them without --demo.",
    "cli.no_database_file": "There is no RefundDesk database at {path}: check the database URL. A"
    " new one is made by a command that sets one up, such as shop add or rules import.",
    "cli.rule_disarmed_by_import": "Rule “{name}” was armed: its new version is in shadow"
    " until you arm it again (the Rules screen, or import with --keep-modes).",
    "cli.approve_shadow": "refund {id} is a trial (shadow) record: nothing was meant to be sent."
    " To send it for real anyway, add --shadow-too",
    "cli.no_keyring": "No system keyring can be used, so RefundDesk cannot keep the shop's login"
    " safely. Install and start one (GNOME Keyring or KWallet on Linux).",
    "cli.keyring_locked": "The system keyring is locked. Unlock it (log in to the desktop), then"
    " run the command again.",
    "cli.no_data_folder": "There is no RefundDesk data folder at {folder}: check the path. A new"
    " one is made by a command that sets one up, such as refunddesk --data-dir {folder} shop add"
    " NAME --client-id ID.",
    "cli.rules_none": "No rules yet: refunddesk rules import FILE (or add them in the app's "
    "Rules screen).",
    "cli.rule_mode.armed": "armed",
    "cli.rule_mode.shadow": "shadow",
    "cli.rule_line": "{number}. {name} (v{version}, {mode})",
    "cli.rule_line_off": "{number}. {name} (v{version}, {mode}, off)",
    "cli.rules_exist": {
        "one": "This profile already has {n} rule. Add --replace to make the file the whole "
        "list, or --merge to add its rules after it.",
        "other": "This profile already has {n} rules. Add --replace to make the file the whole "
        "list, or --merge to add its rules after them.",
    },
    "cli.rules_not_utf8": "{file} is not a rules file: it is not UTF-8 text.",
    "cli.rules_imported_keep_modes": {
        "one": "Imported {n} rule, with its mode in the file.",
        "other": "Imported {n} rules, with the modes in the file.",
    },
    "cli.rules_imported_shadow": {
        "one": "Imported {n} rule, in shadow (arm it when ready).",
        "other": "Imported {n} rules, in shadow (arm them when ready).",
    },
    "cli.policy_written": "Wrote the refund policy to {file}",
    "cli.policy_cut": "Note: the policy was longer than Allegro's {limit} characters, so only "
    "its first rules are included and it ends by saying other refunds are handled individually.",
    # -- the status strip and the cycle's summary (what one round did, why it did nothing) ----
    "quarantine.order": "order {id}: Allegro sent a value that cannot be right; the order is "
    "set aside until it can be read",
    "quarantine.return": "return {id}: Allegro sent a value that cannot be right; the return "
    "is set aside until it can be read",
    "quarantine.refund": "refund {id}: Allegro sent a value that cannot be right; it is set "
    "aside until it can be read",
    "quarantine.shipment": "parcel {id}: Allegro sent a value that cannot be right; it is set "
    "aside until it can be read",
    "quarantine.event": "order event {id}: Allegro sent a value that cannot be right; it is "
    "set aside",
    "detail.reason": "What was wrong: {text}",
    "detail.field": "Field: {text}",
    "detail.of_order": "Order: {text}",
    "sync.summary": "events read: {events}, orders saved: {orders}, returns read: {returns} "
    "(changed: {changed})",
    "sync.backfilled": "first-time backfill done",
    "cycle.parts": "{parts}",
    "cycle.text": "{text}",
    "cycle.shop": "{shop}: {what}",
    "cycle.count": "{state}: {n}",
    "cycle.problems": {"one": "{n} problem", "other": "{n} problems"},
    "cycle.alert": "needs you: {alert}",
    "cycle.nothing_new": "nothing new",
    "cycle.no_shops": "no shops connected",
    "holder.this_computer": "RefundDesk on this computer",
    "holder.this_computer_process": "RefundDesk on this computer (process {pid})",
    "holder.other_computer": "RefundDesk on {host}",
    "holder.starting": "another RefundDesk that is starting up",
    "cycle.blocked": "automation is running in {holder}; this one waits and takes over when"
    " it stops",
    "cycle.taken_over": "stopped: automation was taken over by {holder}",
    "cycle.refused": "automation stopped: the database is damaged (the log file says how); "
    "restore a backup",
    "cycle.busy": "the database is busy; the next round tries again",
    "cycle.storage": "the database could not be written (read-only or a full disk); the next "
    "round tries again",
    "cycle.stopped": "stopped on request before the next refund",
    # -- steps after a refund (automation/followups.py) ------------------------------------------
    "followup.refused": "After the refund, Allegro refused a follow-up step: {why}",
    "followup.label_cancelled": "Marked the order “cancelled” in Allegro (a label for the seller).",
    "followup.commission_claimed": "Commission refund claimed for {quantity}× {item}.",
    "problem.followup": "refund {intent}: {why}",
    "problem.followup_retry": "refund {intent}: a step after the refund will be tried again "
    "({why})",
    # -- `refunddesk backtest` -------------------------------------------------------------------
    "backtest.heading": {
        "one": "Backtest {since} .. {until}: {done} of {n} case replayed",
        "other": "Backtest {since} .. {until}: {done} of {n} cases replayed",
    },
    "backtest.no_history": "No refund cases in this period of the synced history: a backtest "
    "replays what a sync has read. Connect and sync a shop first, or give more --days (a fresh "
    "demo starts with none).",
    "backtest.heading_cancelled": "{heading} (cancelled)",
    "backtest.col.refunds": "refunds",
    "backtest.col.refunded": "refunded",
    "backtest.col.holds": "holds",
    "backtest.col.held": "held",
    "backtest.col.pending": "pending",
    "backtest.col.nothing": "nothing",
    "backtest.col.rule": "rule",
    "backtest.col.order": "order",
    "backtest.col.trigger": "trigger",
    "backtest.col.when": "when",
    "backtest.col.happened": "happened",
    "backtest.col.draft": "draft",
    "backtest.col.draft_rule": "draft rule",
    "backtest.row.draft": "draft rules",
    "backtest.row.actual": "what happened",
    "backtest.per_rule": "Per draft rule (shadow rules count as if armed):",
    "backtest.shadow_rule": "{rule} (shadow)",
    "backtest.no_changes": "No order's outcome would change.",
    "backtest.changes": "Orders whose outcome would change ({n}):",
    "backtest.more": "... and {n} more (--all-changes)",
    "backtest.kind.REFUND": "REFUND",
    "backtest.kind.PENDING": "PENDING",
    "backtest.kind.HOLD": "HOLD",
    "backtest.kind.NONE": "NONE",
    "backtest.trigger.BUYER_CANCELLED": "buyer cancelled",
    "backtest.trigger.NOT_SENT_IN_TIME": "not sent in time",
    "backtest.trigger.RETURN_DELIVERED": "return delivered",
    "backtest.trigger.RETURN_DECLARED": "return declared",
    "cli.days_at_least_one": "error: --days must be at least 1",
    "notice.blocked": "Allegro's moderation blocked the message; the buyer will not see it. "
    "Check the template for links or contact details, then send it again.",
    "notice.undelivered": "The SMS was not delivered ({status}). Check the number, then send "
    "it again.",
    "notice.stopped_while_sending": "RefundDesk stopped while sending this notice; check "
    "whether the buyer got it before sending it again.",
    "notice.internal_error": "Internal error while sending ({kind}); see the log.",
    # -- the order timeline's refund lines (domain/timeline_lines.py) ---------------------------
    "refund_status.NEW": "waiting at Allegro",
    "refund_status.VALIDATED": "checked by Allegro",
    "refund_status.IN_PROGRESS": "being paid out by Allegro",
    "refund_status.SUCCESS": "confirmed by Allegro",
    "refund_status.PARTIAL": "Allegro confirmed only part of it",
    "refund_status.CANCELED": "cancelled by Allegro",
    "refund_status.VALIDATE_FAILED": "refused by Allegro's checks",
    "timeline.sending": "Sending the refund to Allegro.",
    "timeline.not_sent": "Not sent this time; it will be sent in a later round.",
    "timeline.state_change": "From “{before}” to “{after}”.",
    "timeline.decided": "{rule}. {outcome}",
    "timeline.then": "{first} {then}",
    "timeline.declared_return": "Return declared by the buyer, not received yet: {line}",
    "timeline.deadline_passed": "The deadline was {deadline} and the order had not been sent.",
    # -- a buyer notice on the order's timeline (notify/service.py, notify/follow.py) -------------
    "channel.ALLEGRO_MESSAGE": "Allegro message",
    "channel.EMAIL": "E-mail",
    "channel.SMS": "SMS",
    "timeline.return_items": "Return {reference}: {items}",
    "notice_status.VERIFYING": "checked by Allegro's moderation",
    "notice_status.BLOCKED": "blocked by Allegro's moderation",
    "notice_status.DELIVERED": "delivered",
    "notice_status.INTERACTING": "delivered, conversation going on",
    "notice_status.DISMISSED": "closed",
    "notice_status.QUEUE": "waiting to be sent",
    "notice_status.ACCEPTED": "accepted by the SMS gateway",
    "notice_status.SENT": "sent",
    "notice_status.UNDELIVERED": "not delivered",
    "notice_status.EXPIRED": "not delivered in time",
    "notice_status.FAILED": "failed",
    "notice_status.REJECTED": "refused by the SMS gateway",
    "notice_status.STOP": "the buyer asked for no more SMS",
    "timeline.notice": "{channel} to {recipient}",
    "timeline.notice_status": "{channel} to {recipient} ({status})",
    "timeline.notice_failed": "{channel} to {recipient}: {why}",
    "timeline.notice_status_failed": "{channel} to {recipient} ({status}): {why}",
    "timeline.notice_nobody_failed": "{channel}: {why}",
    # -- buyer-notice errors: e-mail, SMS, phone numbers, templates (refunddesk/notify/) ------
    "notice_error.smtp_settings_unreadable": "The saved SMTP settings are not readable; enter "
    "them again.",
    "notice_error.smtp_password_unreadable": "The SMTP password could not be read: {detail}",
    "notice_error.smtp_no_password": "No password is saved for the SMTP account {account}; "
    "enter it in Settings.",
    "notice_error.not_an_email": "{address} is not an e-mail address.",
    "notice_error.bad_headers": "The message headers are not valid: {detail}",
    "notice_error.ca_missing": "The CA bundle {path} does not exist or is not a file.",
    "notice_error.ca_unreadable": "The CA bundle {path} could not be read as PEM certificates "
    "({detail}).",
    "notice_error.net_refused": "the server refused the connection (is the port right?)",
    "notice_error.net_timeout": "no answer in {seconds} s",
    "notice_error.net_unknown_name": "no server has that name (is it spelled right?)",
    "notice_error.smtp_unreachable": "The SMTP server {host}:{port} could not be reached: {detail}",
    "notice_error.no_starttls": "The SMTP server {host} does not offer STARTTLS; choose another "
    "security setting or server.",
    "notice_error.tls_failed": "A secure connection to {host} could not be set up: {detail}",
    "notice_error.password_not_ascii": "The SMTP password has non-ASCII letters and the server "
    "offers no login that accepts them; use a password with plain letters and digits.",
    "notice_error.login_refused": "The SMTP server refused the login for {user}; check the "
    "password.",
    "notice_error.login_failed": "Logging in to {host} failed: {detail}",
    "notice_error.address_refused": "The SMTP server refused the address {address}.",
    "notice_error.sender_refused": "The SMTP server refused the sender {address}: {detail}",
    "notice_error.message_refused": "The SMTP server refused the message: {detail}",
    "notice_error.broke_while_sending": "The connection to {host} broke while sending; the "
    "buyer may or may not have received the e-mail.",
    "notice_error.sms_token_unreadable": "The SMSAPI token could not be read: {detail}",
    "notice_error.sms_no_token": "Enter the SMSAPI token in Settings → Notifications.",
    "notice_error.sms_unreachable": "SMSAPI could not be reached ({detail}).",
    "notice_error.sms_no_receipt": "SMSAPI answered without the message it sent.",
    "notice_error.no_phone": "The order has no phone number.",
    "notice_error.not_a_phone": "{number} is not a phone number.",
    "notice_error.invalid_phone": "{number} is not a valid phone number.",
    "notice_error.not_mobile": "{number} is not a mobile number, so it cannot receive an SMS.",
    "notice_error.bad_template_name": "{name} is not a template name (use lowercase letters, "
    "digits and _).",
    "notice_error.no_template": "There is no message template called {name}.",
    "notice_error.template_not_utf8": "{file} is not saved as UTF-8 text.",
    "notice_error.template_unreadable": "{file} could not be read: {detail}.",
    "notice_error.no_subject": 'The first line of a template must be "Subject: …".',
    "notice_error.template_cannot_fill": "The template cannot be filled in: {detail}.",
    "notice_error.template_not_allowed": "The template tries something not allowed: {detail}",
    "notice_error.template_line": "Line {line}: {detail}",
    "notice_error.template_fill_failed": "The template could not be filled in: {detail}",
    "notice_error.missing_variable": "The template uses {{{{ {name} }}}}, which RefundDesk does "
    "not provide.",
    "notice_error.missing_variable_hint": "The template uses {{{{ {name} }}}}, which RefundDesk "
    "does not provide. Available: {names}.",
    "notice_error.too_long": "The message has {length} characters; Allegro accepts at most "
    "{limit}. Shorten the template.",
    "notice_error.sms_too_long": "The SMS needs {parts} parts ({units} {encoding} characters); "
    "at most {most} are sent. Shorten the {template} template.",
    # -- what is wrong with a rule or a rules file (rules.py, rules_json.py) -------------
    "rule_problem.no_name": "Give the rule a name.",
    "rule_problem.name_too_long": "A rule name can be at most {limit} characters; it has {n}.",
    "rule_problem.version_below_one": "A rule version starts at 1.",
    "rule_problem.version_too_high": "A rule version is at most {limit}.",
    "rule_problem.bad_id": "A rule id is 1 to 64 letters, digits, dots, dashes or underscores, "
    "starting with a letter or digit.",
    "rule_problem.percent": "The percentage to refund must be above 0 and at most 100, not "
    "{percent}.",
    "rule_problem.returned_items": "Only a return can have returned items; this rule is not for "
    "returns.",
    "rule_problem.comment_too_long": "The comment to the buyer can be at most {limit} characters; "
    "it has {n}.",
    "rule_problem.unknown_reason": "{reason} is not a refund reason Allegro knows.",
    "rule_problem.no_template": "Choose which message the buyer gets.",
    "rule_problem.return_not_cancelled": "A returned order was sent, so it cannot be marked "
    'cancelled; untick "mark the order cancelled".',
    "rule_problem.label_too_long": "What the deduction is for is at most {limit} characters.",
    "rule_problem.amount_too_big": "{amount} is more than any refund RefundDesk makes; check the "
    "amount.",
    "rule_problem.two_caps": "There are two caps for {currency}; keep one per currency.",
    "rule_problem.mixed_currencies": "The deduction and the order amounts must be in the same "
    "currency.",
    "rule_problem.empty_range": "No order is at least {low} and under {high} at once, so the rule "
    "would never match.",
    "rule_problem.deduction_over_limit": "The deduction of {deduction} is larger than any refund "
    "this rule can make (it only covers orders under {limit}).",
    "rule_problem.deduction_over_cap": "The deduction of {deduction} is larger than any refund "
    "this rule can make (refunds are capped at {cap}).",
    "rule_problem.negative_cap": "The cap per order cannot be negative.",
    "rule_problem.negative_deduction": "A deduction cannot be negative.",
    "rule_problem.negative_total": "An order total cannot be negative.",
    "rule_problem.negative_paid": "An amount paid cannot be negative.",
    "rule_problem.negative_delay": "The delay before refunding cannot be negative.",
    "rule_problem.long_delay": "The delay before refunding can be at most {n} days.",
    "rule_problem.negative_handling_time": "The handling time cannot be negative.",
    "rule_problem.long_handling_time": "The handling time can be at most {n} days.",
    "rule_problem.negative_grace": "The grace period cannot be negative.",
    "rule_problem.long_grace": "The grace period can be at most {n} days.",
    "rule_problem.reasons_not_return": "Return reasons only exist on returns; this rule is for "
    "another trigger, so it would never match.",
    "rule_problem.negative_days": "Days since purchase cannot be negative.",
    "rule_problem.too_many_days": "Days since purchase can be at most {limit}.",
    "rule_problem.days_crossed": "The most days since purchase is less than the fewest, so the "
    "rule would never match.",
    "rule_problem.payment_type": "Unknown payment type: {kinds}.",
    "rule_problem.buyer_orders_below_one": "A buyer has at least 1 order (this one).",
    "rule_problem.buyer_orders_too_high": "A number of orders is at most {limit}.",
    "rule_problem.list_too_long": "A condition can list at most {limit} values; it has {n}.",
    "rule_problem.value_too_long": "A value in this condition is longer than {limit} characters.",
    "rule_problem.empty_login": "The blocklist has an empty login.",
    "rule_problem.empty_name_filter": "A product name filter is empty.",
    "rule_problem.empty_marketplace": "A marketplace is empty.",
    "rules_file.the_file": "file",
    "rules_file.a_rule": "rule",
    "rules_file.rule": "rule {number}",
    "rules_file.rule_named": "rule {number} “{name}”",
    "rules_file.stored_rule": "rule {id} v{version}",
    "rules_file.at_field": "{where}, {field}: {what}",
    "rules_file.at": "{where}: {what}",
    "rules_file.too_big": "The file is {size} MB; a rules file is at most {limit} MB. Is this the "
    "right file?",
    "rules_file.not_utf8": "This is not a rules file: it is not UTF-8 text (byte {byte} cannot be "
    "read). Export the rules again, or save the file as UTF-8.",
    "rules_file.not_json": "This is not a rules file: not valid JSON ({why}, line {line}).",
    "rules_file.number_too_long": "The file has a number with {digits} digits; no number in a "
    "rules file has more than {limit}.",
    "rules_file.too_deep": "The file is nested more than {limit} levels deep; a rules file never "
    "is.",
    "rules_file.unreadable": "{name} could not be read: {why}.",
    "rules_file.no_schema": 'This is not a rules file: it has no "schema" number.',
    "rules_file.other_schema": "This rules file has schema {schema}; this version of RefundDesk "
    "reads schema {ours}.",
    "rules_file.rules_not_list": '"rules" must be a list.',
    "rules_file.too_many_rules": "A rules file has at most {limit} rules; this one has {n}.",
    "rules_file.no_templates": "none",
    "rules_file.no_such_template": "There is no message template called {name} (known: {known}).",
    "rules_file.duplicate_id": "The id {id} is also the id of rule {other}; every rule needs its "
    "own.",
    "rules_file.got": "{expected}, got {got}.",
    "rules_file.expected_object": "Expected an object",
    "rules_file.expected_text": "Expected text",
    "rules_file.expected_whole_number": "Expected a whole number",
    "rules_file.expected_true_or_false": "Expected true or false",
    "rules_file.expected_list": "Expected a list",
    "rules_file.expected_one_of": "Expected one of {choices}",
    "rules_file.expected_strings": "Expected a list of strings",
    "rules_file.expected_decimal": "Expected a decimal number as a string",
    "rules_file.expected_finite": "Expected a finite number",
    "rules_file.expected_text_or_null": "Expected text or null",
    "rules_file.expected_money": 'Expected {{"amount": "12.34", "currency": "PLN"}} ({why})',
    "rules_file.at_most_seconds": "At most {limit} seconds ({days} days)",
    "rules_file.unknown_field": "Unknown field {fields}.",
    "rules_file.missing": "Missing {key}.",
    "rules_file.amount_too_long": "The amount has {n} characters; that is no price.",
    "rules_file.percent_too_long": "The number has {n} characters; a percentage has a few.",
    "rules_file.cap_and_caps": 'Give "caps" (a list, one per currency), not also "cap".',
    "rules_file.empty_replace": {
        "one": "The file has no rules: importing it in place of yours would delete your rule. "
        "Check the file, or delete the rule in the app.",
        "other": "The file has no rules: importing it in place of yours would delete all {n} of "
        "them. Check the file, or delete the rules in the app.",
    },
    "rules_file.long_number": "a number with {n} digits",
    # -- a shop or review request that cannot be carried out (services) ---------------
    "shop_error.no_identity": "shop '{name}' has no database identity; read it with get_shop",
    "shop_error.unknown_environment": "unknown environment {environment}; choose one of {choices}",
    "shop_error.needs_api_url": "a {environment} shop needs an API URL",
    "shop_error.no_such_shop": "there is no shop number {id}",
    "shop_error.no_name": "give the shop a name",
    "shop_error.name_taken": "a shop called '{name}' exists already",
    "shop_error.not_approved": "Allegro has not approved '{name}' yet",
    "shop_error.needs_credentials": "the client ID and the client secret of the Allegro "
    "application are needed",
    "shop_error.secret_missing": "the client secret of shop '{name}' is not in the keyring; "
    "add the shop again",
    "review_error.changed_meanwhile": "a refund changed while you were deciding (RefundDesk or "
    "someone else acted on it); nothing was saved: look at it again",
    "review_error.no_such_refund": "there is no refund number {id}",
    "review_error.cannot_change": "refund {id} cannot be changed now: {why}",
    "review_error.state": "it is {state}",
    "review_error.unconfirmed": "its outcome is still being checked with Allegro",
    "review_error.submitting": "it is being sent right now",
    "review_error.submitted": "Allegro is processing it",
    "review_error.succeeded": "it has been refunded",
    "review_error.reopen_other": "refund {id} cannot be reopened: refund {other} of the same "
    "order is still open or has moved money. Look at that one instead",
    "review_error.dismiss_why": "say in a few words why you dismiss it (it is kept with the "
    "refund)",
    # -- settings that cannot be saved (services/settings.py, channels.py, notify) ------
    "settings_problem.order_cap": "The per-order limit must be more than zero, or empty for no "
    "limit.",
    "settings_problem.buyer_daily_cap": "The per-buyer daily limit must be more than zero, or "
    "empty for no limit.",
    "settings_problem.daily_budget": "The daily budget must be more than zero, or empty for no "
    "limit.",
    "settings_problem.daily_count": "The daily number of refunds must be at least 1, or empty for "
    "no limit.",
    "settings_problem.breaker": "The circuit breaker needs at least 1 failure to open.",
    "settings_problem.sync_interval": "Sync every {low} to {high} seconds (Allegro limits how "
    "often RefundDesk may ask).",
    "settings_problem.backfill_days": "Read between 1 and {limit} days of past orders.",
    "settings_problem.smtp_user": "Enter the SMTP user name that goes with the password.",
    "settings_problem.smtp_first": "The e-mail settings are saved together: set them up in one "
    "command, for example refunddesk settings set email.host smtp.example.pl email.from "
    "shop@example.pl email.user shop.",
    "settings_problem.smtp_host": "Enter the SMTP server's name.",
    "settings_problem.smtp_host_space": "A server name has no spaces: {host}.",
    "settings_problem.smtp_port": "{port} is not a port number.",
    "settings_problem.smtp_security": "Security must be one of {choices}.",
    "settings_problem.from_address_missing": "Enter the e-mail address notices are sent from.",
    "settings_problem.from_address": "{address} is not an e-mail address to send from.",
    "settings_problem.reply_to": "{address} is not an e-mail address for replies.",
    "settings_problem.timeout": "The timeout must be at least one second.",
    "settings_problem.sms_sender": "The sender name has at most 11 characters: letters without "
    "accents (a–z), digits, spaces, dots or dashes (no ó, ł, _ or Chinese characters).",
    "settings_problem.sms_address": "The SMSAPI address must start with https://.",
    "settings_problem.sms_token": "Enter the SMSAPI token to send SMS notices.",
    "settings_problem.alert_language": "Alerts can be written in {choices}.",
    "settings_problem.digest_hour": "The digest hour is between 0 and 23.",
    "settings_problem.channel_name": "Give the channel a short name (letters, digits, spaces, "
    "dots, dashes).",
    "settings_problem.channel_url": "Paste the channel's Apprise address.",
    "settings_problem.channel_web_address": "A plain web address is not an Apprise address. "
    "For a webhook that takes JSON, write it {url} (Apprise's wiki lists the other services).",
    "settings_problem.channel_unknown": "Apprise does not understand this address; check it "
    "against its wiki.",
    "settings_problem.review_days": "Review rules every 1 to 3650 days.",
    # -- an address RefundDesk will not send tokens to (environments.py) --------------
    "address_error.not_http": "not an http(s) URL: {url}",
    "address_error.query": "a base URL takes no query or fragment: {url}",
    "address_error.plain_http": "plain http is only allowed for this computer (127.0.0.1, ::1, "
    "localhost), not {host}: use https",
    "address_error.needs_url": "environment {name} needs a base URL",
}
