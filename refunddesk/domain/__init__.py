"""Pure business logic: money, orders, returns, rules, decisions, refund plans. No I/O."""
