"""``streamlit.errors``: Streamlit's exception types, so ``except StreamlitAPIException`` works."""

from __future__ import annotations

from fragc.shim.app_page import StreamlitPageNotFoundError as StreamlitPageNotFoundError
from fragc.shim.elements.layout_params import (
    StreamlitIncompatibleParametersError as StreamlitIncompatibleParametersError,
)
from fragc.shim.elements.layout_params import (
    StreamlitInvalidParameterTypeError as StreamlitInvalidParameterTypeError,
)
from fragc.shim.errors import DuplicateWidgetID as DuplicateWidgetID
from fragc.shim.errors import StreamlitAPIException as StreamlitAPIException
from fragc.shim.errors import StreamlitDuplicateElementId as StreamlitDuplicateElementId
from fragc.shim.errors import StreamlitDuplicateElementKey as StreamlitDuplicateElementKey
from fragc.shim.errors import (
    StreamlitMissingRequiredParameterError as StreamlitMissingRequiredParameterError,
)
from fragc.shim.errors import StreamlitValueError as StreamlitValueError


class Error(Exception):
    """The base of Streamlit's errors."""


class NoSessionContext(Error):
    pass


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    pass


class StreamlitSecretNotFoundError(StreamlitAPIException, KeyError):
    pass
