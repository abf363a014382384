"""Widget element calls (one module per widget family) and their shared registration."""
