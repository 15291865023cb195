"""The Simulate screen's widgets: order composer, scenario picker, result, regression, backtest."""
