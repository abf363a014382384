"""``streamlit.logger``: ``get_logger(__name__)``, a standard ``logging`` logger."""

from __future__ import annotations

import logging


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(name)
