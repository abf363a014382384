"""The ``streamlit`` module as the app sees it (``import streamlit as st``).

Every public name here is bound to the main container, the sidebar, or a module-level
function, with Streamlit 1.67's signatures. A name Streamlit has and fragc does not is
an error that names the function (``FragcNotImplementedError``), never a bare
``AttributeError`` from fragc's internals. The compiler reports the same names at build
time: a Streamlit name is implemented exactly when it is defined in this module
(``fragc.analysis.streamlit_api.implemented_names``).
"""

from __future__ import annotations

from typing import Any

from fragc import STREAMLIT_API_VERSION, protocol
from fragc.shim.app_page import Page as Page
from fragc.shim.auth import App as App
from fragc.shim.auth import UserInfoProxy
from fragc.shim.auth import login as login
from fragc.shim.auth import logout as logout
from fragc.shim.caching import cache_data as cache_data
from fragc.shim.caching import cache_resource as cache_resource
from fragc.shim.config import get_option as get_option
from fragc.shim.config import set_option as set_option
from fragc.shim.connections import connection as connection
from fragc.shim.delta_generator import DeltaGenerator
from fragc.shim.elements.bottom import BottomContainerProxy
from fragc.shim.elements.dialog import dialog as dialog
from fragc.shim.elements.echo import echo as echo
from fragc.shim.elements.page_link import logo as logo
from fragc.shim.errors import FragcNotImplementedError
from fragc.shim.execution import rerun as rerun
from fragc.shim.execution import stop as stop
from fragc.shim.fragment import experimental_fragment as experimental_fragment
from fragc.shim.fragment import fragment as fragment
from fragc.shim.navigation import navigation as navigation
from fragc.shim.navigation import switch_page as switch_page
from fragc.shim.page_context import ContextProxy
from fragc.shim.page_context import set_page_config as set_page_config
from fragc.shim.query_params import QueryParamsProxy
from fragc.shim.secrets import Secrets
from fragc.shim.session import get_session
from fragc.shim.session_state import SessionStateProxy

__version__ = STREAMLIT_API_VERSION  # the Streamlit version whose behaviour fragc follows

_main = DeltaGenerator(protocol.ROOT_MAIN, is_main=True)
sidebar = DeltaGenerator(protocol.ROOT_SIDEBAR)
experimental_dialog = dialog  # the deprecated alias fragc keeps (docs/contract.md)
bottom = BottomContainerProxy(DeltaGenerator(protocol.ROOT_BOTTOM))
user = UserInfoProxy()

session_state = SessionStateProxy(lambda: get_session().state)
secrets = Secrets()
query_params = QueryParamsProxy()
context = ContextProxy()

# -- elements on the main container (they follow `with` blocks) -------------------------
write = _main.write
write_stream = _main.write_stream
markdown = _main.markdown
caption = _main.caption
text = _main.text
title = _main.title
header = _main.header
subheader = _main.subheader
code = _main.code
json = _main.json
divider = _main.divider
exception = _main.exception
info = _main.info
success = _main.success
warning = _main.warning
error = _main.error
toast = _main.toast
metric = _main.metric
latex = _main.latex
badge = _main.badge
html = _main.html
progress = _main.progress
spinner = _main.spinner
status = _main.status
balloons = _main.balloons
snow = _main.snow
container = _main.container
empty = _main.empty
columns = _main.columns
tabs = _main.tabs
expander = _main.expander
popover = _main.popover
button = _main.button
checkbox = _main.checkbox
toggle = _main.toggle
text_input = _main.text_input
text_area = _main.text_area
number_input = _main.number_input
radio = _main.radio
selectbox = _main.selectbox
multiselect = _main.multiselect
slider = _main.slider
select_slider = _main.select_slider
pills = _main.pills
segmented_control = _main.segmented_control
feedback = _main.feedback
form = _main.form
form_submit_button = _main.form_submit_button
image = _main.image
date_input = _main.date_input
time_input = _main.time_input
color_picker = _main.color_picker
file_uploader = _main.file_uploader
download_button = _main.download_button
link_button = _main.link_button
page_link = _main.page_link
chat_input = _main.chat_input
chat_message = _main.chat_message
table = _main.table
dataframe = _main.dataframe
line_chart = _main.line_chart
area_chart = _main.area_chart
bar_chart = _main.bar_chart
scatter_chart = _main.scatter_chart
vega_lite_chart = _main.vega_lite_chart
altair_chart = _main.altair_chart
# issue 10
audio = _main.audio
video = _main.video
pdf = _main.pdf
iframe = _main.iframe
camera_input = _main.camera_input
audio_input = _main.audio_input
datetime_input = _main.datetime_input
menu_button = _main.menu_button
pagination = _main.pagination
space = _main.space
skeleton = _main.skeleton
help = _main.help
grid = _main.grid

# `streamlit.<module>` names apps reach as attributes (`st.components.v1.html`,
# `st.runtime.exists()`); fragc.shim.modules answers them.
_SUBMODULE_ATTRIBUTES = frozenset(
    {
        "components",
        "runtime",
        "delta_generator",
        "errors",
        "logger",
        "version",
        "type_util",
        "elements",
        "web",
        "config",
        "connections",
    }
)


def __getattr__(name: str) -> Any:
    # Module-level __getattr__ only sees names that do not exist above.
    if name.startswith("__"):
        raise AttributeError(name)
    if name in _SUBMODULE_ATTRIBUTES:
        import importlib

        return importlib.import_module(f"streamlit.{name}")
    try:  # st.plotly_chart, st.column_config...: shim/optional, bundled when the app uses it
        from fragc.shim.optional import st_attribute
    except ModuleNotFoundError as missing:
        if missing.name != "fragc.shim.optional":
            raise
    else:
        found = st_attribute(name, _main)
        if found is not None:
            return found
    raise FragcNotImplementedError(
        f"`st.{name}` is not available in fragc yet, or this site left it out, finding no "
        "use of it in the app's source. fragc runs your script in the browser with its own "
        "implementation of Streamlit's API; see docs/api.md for what it covers."
    )
