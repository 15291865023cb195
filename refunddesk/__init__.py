"""RefundDesk: automatic, rule-based buyer refunds for small Allegro shops."""

__version__ = "0.1.0"
