"""Non-widget element calls, one module per family (text, alerts, layout...)."""
