"""``image_to_url``, which component libraries import (``streamlit.elements.image`` before
1.39, ``streamlit.elements.lib.image_utils`` since) to put a picture into a frontend.

Streamlit answers with a media-server URL; fragc with a ``data:`` URL the component's
page can load as well.
"""

from __future__ import annotations

from typing import Any

from fragc.shim.elements.image import image_to_url as _image_to_url


def image_to_url(
    image: Any,
    layout_config: Any = None,
    clamp: bool = False,
    channels: str = "RGB",
    output_format: str = "auto",
    image_id: str = "",
    *args: Any,
    **kwargs: Any,
) -> str:
    # The old signature had `width` where the new one has `layout_config`: both unused.
    return _image_to_url(image, clamp=clamp, channels=channels, output_format=output_format)
