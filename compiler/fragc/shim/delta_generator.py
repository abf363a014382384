"""``DeltaGenerator``: the container handle apps call elements on (``st.x``, ``col.x``).

It is the base (placement and sending) plus one mixin per element family, as in
Streamlit, so every element call works on every container.
"""

from __future__ import annotations

from fragc.shim.elements.alerts import AlertMixin
from fragc.shim.elements.charts import ChartsMixin
from fragc.shim.elements.data import DataMixin
from fragc.shim.elements.grid import GridMixin
from fragc.shim.elements.help import HelpMixin
from fragc.shim.elements.iframe import IframeMixin
from fragc.shim.elements.image import ImageMixin
from fragc.shim.elements.layout import LayoutMixin
from fragc.shim.elements.media import MediaMixin
from fragc.shim.elements.metric import MetricMixin
from fragc.shim.elements.page_link import PageLinkMixin
from fragc.shim.elements.placeholders import PlaceholdersMixin
from fragc.shim.elements.status import StatusMixin
from fragc.shim.elements.text import TextMixin
from fragc.shim.elements.write_stream import WriteStreamMixin
from fragc.shim.widgets.button import ButtonMixin
from fragc.shim.widgets.button_group import ButtonGroupMixin
from fragc.shim.widgets.capture import CaptureMixin
from fragc.shim.widgets.chat import ChatMixin
from fragc.shim.widgets.checkbox import CheckboxMixin
from fragc.shim.widgets.choice import ChoiceMixin
from fragc.shim.widgets.color import ColorPickerMixin
from fragc.shim.widgets.dates import DateTimeInputMixin
from fragc.shim.widgets.datetime_input import DateTimeWidgetMixin
from fragc.shim.widgets.files import FileUploaderMixin
from fragc.shim.widgets.form import FormMixin
from fragc.shim.widgets.menu_button import MenuButtonMixin
from fragc.shim.widgets.number_input import NumberInputMixin
from fragc.shim.widgets.pagination import PaginationMixin
from fragc.shim.widgets.slider import SliderMixin
from fragc.shim.widgets.text_input import TextInputMixin

try:  # plotly_chart, data_editor...: shim/optional, bundled when the app uses them
    from fragc.shim.optional import OptionalMixin
except ModuleNotFoundError as missing:
    if missing.name != "fragc.shim.optional":
        raise
    OptionalMixin = object  # type: ignore[assignment,misc]  # the app uses none of them


class DeltaGenerator(
    TextMixin,
    AlertMixin,
    MetricMixin,
    StatusMixin,
    LayoutMixin,
    ButtonMixin,
    PageLinkMixin,
    CheckboxMixin,
    TextInputMixin,
    NumberInputMixin,
    ChoiceMixin,
    SliderMixin,
    ButtonGroupMixin,
    FormMixin,
    ImageMixin,
    DateTimeInputMixin,
    ColorPickerMixin,
    FileUploaderMixin,
    ChatMixin,
    DataMixin,
    ChartsMixin,
    WriteStreamMixin,
    # issue 10: media, frames, capture widgets and the rest of the chrome
    MediaMixin,
    IframeMixin,
    CaptureMixin,
    DateTimeWidgetMixin,
    MenuButtonMixin,
    PaginationMixin,
    PlaceholdersMixin,
    HelpMixin,
    GridMixin,
    # Last: without the optional part bundled it is `object`, which must end the MRO.
    OptionalMixin,
):
    """A handle on one container of the page."""
