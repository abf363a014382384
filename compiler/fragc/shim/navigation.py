"""Moving between pages: ``st.navigation`` (the new way), ``st.switch_page`` and what
``st.page_link`` links to, for both ways of making a multipage app.

The old way is the ``pages/`` folder (``shim/pages.py``): the session knows its pages
from the start and runs the one the address bar names. The new way is ``st.navigation``
in the entry script: the entry always runs, the call lists the pages (``st.Page``,
``shim/app_page.py``), picks the one the address bar names (or the default, saying
"Page not found" for an unknown one) and returns it for ``page.run()``. As in Streamlit,
once an app calls ``st.navigation`` its ``pages/`` folder is ignored.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from fragc.shim import context, pages
from fragc.shim import query_params as query_params_mod
from fragc.shim.app_page import Page, StreamlitPageNotFoundError
from fragc.shim.elements.layout_params import StreamlitInvalidParameterTypeError
from fragc.shim.errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    SwitchPageException,
)
from fragc.shim.session import AppSession, NavigationState, get_session

PageLike = str | Path | Callable[[], Any] | Page


def page_not_found(
    page: str, entry: Path, uses_pages_directory: bool
) -> StreamlitPageNotFoundError:
    directory = os.path.basename(str(entry.parent))
    if uses_pages_directory:
        return StreamlitPageNotFoundError(
            f"Could not find page: `{page}`. You must provide a file path relative to the "
            f"entrypoint file (from the directory `{directory}`). Only the entrypoint file and "
            "files in the `pages/` directory are supported."
        )
    return StreamlitPageNotFoundError(
        f"Could not find page: `{page}`. You must provide a `Page` object or file path "
        "relative to the entrypoint file. Only pages previously defined by `st.Page` and "
        "passed to `st.navigation` are allowed."
    )


# -- st.navigation ------------------------------------------------------------------


def _as_page(item: Any) -> Page:
    if isinstance(item, Page):
        return item
    if isinstance(item, (str, Path)) or callable(item):
        return Page(item)
    raise StreamlitInvalidParameterTypeError(
        "pages", type(item).__name__, ["str", "Path", "callable", "st.Page"]
    )


def navigation(
    pages: Sequence[PageLike] | Mapping[str, Sequence[PageLike]],
    *,
    position: str = "sidebar",
    expanded: bool | int = False,
) -> Page:
    """Set the app's pages; return the one to run (call its ``run()``)."""
    if isinstance(pages, Mapping):
        entries = [
            (str(section), _as_page(item)) for section, items in pages.items() for item in items
        ]
    else:
        entries = [("", _as_page(item)) for item in pages]
    if not entries:
        raise StreamlitMissingRequiredParameterError(
            "pages", detail="Provide at least one `st.Page`."
        )
    if position not in ("sidebar", "top", "hidden"):
        raise StreamlitValueError("position", ["sidebar", "hidden", "top"])
    default = _default_page(entries)
    visible_items = _visible_items(expanded)
    _check_unique_paths(entries)
    ctx = context.get_ctx()
    if ctx is None:
        default._can_be_called = True
        return default
    session = get_session()
    wanted = session.requested_page.strip("/").lower()
    found = next(
        (page for _, page in entries if page.url_path.lower() == wanted and not page.is_external),
        None,
    )
    session.page_not_found = found is None and wanted != ""
    current = found or default
    current._can_be_called = True
    session.navigation = NavigationState(
        entries=entries,
        position=position,
        expanded=expanded is True,
        visible_items=visible_items,
        current=current,
    )
    return current


def _default_page(entries: list[tuple[str, Page]]) -> Page:
    defaults = [page for _, page in entries if page._default]
    if len(defaults) > 1:
        raise StreamlitAPIException(
            "Multiple Pages specified with `default=True`. At most one Page can be set to default."
        )
    if defaults:
        return defaults[0]
    local = [page for _, page in entries if not page.is_external]
    if not local:
        raise StreamlitAPIException(
            "At least one non-external page is required. External URL pages cannot be the "
            "default page."
        )
    local[0]._default = True
    return local[0]


def _visible_items(expanded: Any) -> int | None:
    if isinstance(expanded, bool):
        return None
    if isinstance(expanded, int):
        if expanded < 0:
            raise StreamlitValueError(
                "expanded",
                ["True", "False", "a non-negative integer"],
                detail=f"Provided value: {expanded!r}.",
            )
        return expanded or None
    raise StreamlitInvalidParameterTypeError("expanded", type(expanded).__name__, ["bool", "int"])


def _check_unique_paths(entries: list[tuple[str, Page]]) -> None:
    seen: dict[str, tuple[str, Page]] = {}
    for section, page in entries:
        if page.key in seen:
            first = _describe(*seen[page.key])
            second = _describe(section, page)
            note = (
                " The default page is served at the app root, but it still reserves this pathname."
                if page._default or seen[page.key][1]._default
                else ""
            )
            raise StreamlitAPIException(
                f"Two pages resolve to the URL pathname `/{page.key}`: {first} and {second}. "
                "Each page passed to `st.navigation` needs a unique URL pathname, including "
                "pages in different sections, hidden pages, and external URL pages. Streamlit "
                "infers the pathname from the filename, callable name, or the title of an "
                f"external URL page.{note} Set a unique `url_path` in `st.Page` for one of "
                "these pages."
            )
        seen[page.key] = (section, page)


def _describe(section: str, page: Page) -> str:
    if page.external_url is not None:
        text = f"external URL `{page.external_url}`"
    elif page._script:
        text = f"`{page._script}`"
    else:
        text = f'callable titled "{page.title}"'
    notes = []
    if section:
        notes.append(f'section "{section}"')
    if page.visibility == "hidden":
        notes.append("hidden")
    if page._default:
        notes.append("default page")
    return f"{text} ({', '.join(notes)})" if notes else text


# -- what st.switch_page and st.page_link name --------------------------------------


def _unsafe_path(text: str) -> bool:
    return os.path.isabs(text) or ".." in Path(text).parts


def resolve(page: str | Path | Page) -> str:
    """The URL path of the page ``page`` names, or Streamlit's error."""
    session = get_session()
    if isinstance(page, Page):
        if session.navigation is not None and not page.is_external:
            for _, listed in session.navigation.entries:
                if listed.key == page.key:
                    return str(listed.url_path)
        if page.is_external:
            raise StreamlitAPIException("st.switch_page does not support external URL pages.")
        return page.url_path
    text = str(page)
    if _unsafe_path(text):
        raise StreamlitAPIException(
            f"The page path `{text}` is not allowed: use a path relative to the entrypoint "
            "file, inside the app's directory."
        )
    nav = session.navigation
    if nav is not None:
        wanted = _normal(text)
        for _, listed in nav.entries:
            if listed._script and _normal(listed._script) == wanted:
                return str(listed.url_path)
        raise page_not_found(text, session.script_path, False)
    found = pages.find_by_script(session.pages, text)
    if found is None:
        raise page_not_found(text, session.script_path, session.is_multipage)
    return found.url_path


def _normal(path: str) -> str:
    parts = [p for p in Path(path.replace("\\", "/")).parts if p not in (".", "")]
    return "/".join(parts)


def switch_page(page: str | Path | Page, *, query_params: Any = None) -> None:
    """Stop this run and run ``page`` instead."""
    url_path = resolve(page)
    if context.get_ctx() is None:
        return
    # As in Streamlit: the new page starts with only the query parameters given here.
    query_params_mod.current().from_dict(dict(query_params or {}))
    raise SwitchPageException(url_path)


def requested(session: AppSession, url_path: str) -> None:
    """The page a full run is asked for (the address bar's path, or st.switch_page's).

    The old way picks it now; the new way lets ``st.navigation`` pick it in the run.
    """
    session.requested_page = url_path
    session.page_not_found = False
    if session.navigation is not None or not session.pages:
        return
    found = pages.find_by_url(session.pages, url_path)
    # An unknown path shows the entry script, after Streamlit's "Page not found".
    session.page_not_found = found is None and url_path.strip("/") != ""
    session.current_page = found or session.pages[0]


def nav_message(session: AppSession) -> dict[str, Any]:
    """``page:nav``: the pages to draw and the one that ran."""
    nav = session.navigation
    if nav is None:
        current = session.current_page or session.pages[0]
        listed: list[dict[str, Any]] = [
            {"url_path": p.url_path, "label": p.label, "icon": p.icon} for p in session.pages
        ]
        message: dict[str, Any] = {
            "type": "page:nav",
            "pages": listed,
            "current": current.url_path,
            "position": "sidebar",
        }
    else:
        listed = []
        for section, page in nav.entries:
            item: dict[str, Any] = {
                "url_path": page.url_path,
                "label": page.title,
                "icon": page.icon,
            }
            if section:
                item["section"] = section
            if page.visibility == "hidden":
                item["hidden"] = True
            if page.external_url is not None:
                item["external_url"] = page.external_url
            if page.help:
                item["help"] = page.help
            listed.append(item)
        message = {
            "type": "page:nav",
            "pages": listed,
            "current": nav.current.url_path,
            "position": nav.position,
            "expanded": nav.expanded,
        }
        if nav.visible_items is not None:
            message["visible_items"] = nav.visible_items
    if session.page_not_found:
        message["not_found"] = True
    return message
