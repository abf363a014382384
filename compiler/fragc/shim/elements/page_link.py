"""``st.page_link`` (a link to a page of the app, or out of it) and ``st.logo``.

A page link names its page by URL path; the page's renderer makes it a link to that
page's own URL (``runtime_js/src/elements/page_link.js``), which a click follows in
place, as the navigation's links do. The logo is not an element: it belongs to the
app's frame (the sidebar's header, or the top bar), so it travels as ``page:logo``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from fragc.protocol.elements import PageLinkProps
from fragc.shim import context, navigation
from fragc.shim.app_page import Page, is_url
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.icons import validate_icon_or_emoji
from fragc.shim.errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from fragc.shim.session import get_session


class PageLinkMixin(DeltaGeneratorBase):
    def page_link(
        self,
        page: str | Path | Page,
        *,
        label: str | None = None,
        icon: str | None = None,
        icon_position: str = "left",
        help: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: str | int = "content",
        query_params: Any = None,
    ) -> Any:
        if icon_position not in ("left", "right"):
            raise StreamlitValueError("icon_position", ["'left'", "'right'"])
        props: PageLinkProps = {
            "label": "" if label is None else str(label),
            "url_path": "",
            "external": False,
            "url": "",
            "query_string": _query_string(query_params),
            "icon": validate_icon_or_emoji(icon) if icon is not None else None,
            "icon_position": icon_position,
            "help": None if help is None else str(help),
            "disabled": bool(disabled),
            "use_container_width": (
                bool(use_container_width) if use_container_width is not None else width == "stretch"
            ),
        }
        if isinstance(page, Page):
            if label is None:
                props["label"] = page.title
            if icon is None:
                props["icon"] = page.icon or None
            if help is None and page.help:
                props["help"] = page.help
            if page.is_external:
                props["external"], props["url"] = True, page.external_url or ""
            else:
                props["url_path"] = navigation.resolve(page)
        elif is_url(str(page)):
            if not label:
                raise StreamlitMissingRequiredParameterError(
                    "label", detail="Streamlit cannot infer a label for an external URL."
                )
            props["external"], props["url"] = True, str(page)
        else:
            url_path = navigation.resolve(page)
            props["url_path"] = url_path
            if label is None:
                props["label"] = _page_label(url_path)
        return self._enqueue({"kind": "page_link", "props": props})


def _page_label(url_path: str) -> str:
    session = get_session()
    if session.navigation is not None:
        for _, page in session.navigation.entries:
            if page.url_path == url_path:
                return str(page.title)
    for listed in session.pages:
        if listed.url_path == url_path:
            return listed.label
    return url_path


def _logo_url(image: Any, field: str) -> str:
    from fragc.shim.elements.image import image_to_url

    try:
        return image_to_url(image)
    except Exception as error:
        raise StreamlitAPIException(
            f"The {field} passed to st.logo is invalid - See "
            "[documentation](https://docs.streamlit.io/develop/api-reference/media/st.logo) "
            "for more information on valid types"
        ) from error


def _query_string(params: Any) -> str:
    if not params:
        return ""
    from urllib import parse  # lazily: slow in Pyodide

    if isinstance(params, str):
        return params.lstrip("?")
    items = params.items() if hasattr(params, "items") else params
    return parse.urlencode([(str(k), v) for k, v in items], doseq=True)


def logo(
    image: Any,
    *,
    size: Literal["small", "medium", "large"] = "medium",
    link: str | None = None,
    icon_image: Any = None,
) -> None:
    """Show ``image`` at the top of the sidebar (and of the app when there is none)."""
    ctx = context.get_ctx()
    if ctx is None:
        return
    message: dict[str, Any] = {"type": "page:logo", "image": _logo_url(image, "image")}
    if link:
        if not re.match(r"^https?://", str(link), re.IGNORECASE):
            raise StreamlitAPIException(
                f'"{link}" is not a valid URL. You must use a fully qualified domain '
                'beginning with "http://" or "https://".'
            )
        message["link"] = str(link)
    if icon_image:
        message["icon_image"] = _logo_url(icon_image, "icon_image")
    if not isinstance(size, str) or size.lower() not in ("small", "medium", "large"):
        raise StreamlitValueError("size", ["'small'", "'medium'", "'large'"])
    message["size"] = size.lower()
    ctx.flush()  # after what the run drew so far, as Streamlit's message order
    ctx.post(message)
