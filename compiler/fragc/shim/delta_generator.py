"""``DeltaGenerator``: the container handle apps call elements on (``st.x``, ``col.x``).

It is the base (placement and sending) plus one mixin per element family, as in
Streamlit, so every element call works on every container.
"""

from __future__ import annotations

from fragc.shim.elements.alerts import AlertMixin
from fragc.shim.elements.layout import LayoutMixin
from fragc.shim.elements.text import TextMixin
from fragc.shim.widgets.button import ButtonMixin
from fragc.shim.widgets.checkbox import CheckboxMixin
from fragc.shim.widgets.number_input import NumberInputMixin
from fragc.shim.widgets.text_input import TextInputMixin


class DeltaGenerator(
    TextMixin,
    AlertMixin,
    LayoutMixin,
    ButtonMixin,
    CheckboxMixin,
    TextInputMixin,
    NumberInputMixin,
):
    """A handle on one container of the page."""
