"""``st.Page``: one page of ``st.navigation``, from a script file, a callable or a URL.

As in Streamlit 1.67 (``navigation/page.py``): a file page's path is relative to the
entry script's folder and must exist; its title, icon and URL path come from the file
name as for the ``pages/`` folder (``shim/pages.py``), a callable's from its
``__name__``; ``url_path`` overrides the path (one segment); the default page is served
at the site's root. Only the page ``st.navigation`` returned may ``run()``, once.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from fragc.shim import context, pages
from fragc.shim.elements.icons import validate_icon_or_emoji
from fragc.shim.elements.layout_params import StreamlitIncompatibleParametersError
from fragc.shim.errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)

_URL = re.compile(r"^(https?|mailto):", re.IGNORECASE)


class StreamlitPageNotFoundError(StreamlitAPIException):
    """Raised when a page (a file, or a page st.navigation does not list) cannot be found."""


def is_url(text: str) -> bool:
    return bool(_URL.match(text.strip()))


def _sanitize_url_path(title: str) -> str:
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path)
    return re.sub(r"_+", "_", path.strip("_"))


def _no_nested(url_path: str) -> None:
    if "/" in url_path:
        raise StreamlitAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. Streamlit does not support "
            "nested URL pathnames yet, so use a single path segment (e.g. `foo_bar`). To "
            "upvote support for nested pathnames, see GitHub issue "
            "[#8971](https://github.com/streamlit/streamlit/issues/8971)."
        )


def _help_text(help: str | None) -> str:
    if help is None:
        return ""
    import textwrap

    text = textwrap.dedent(str(help)).strip()
    return text


class Page:
    """A page for ``st.navigation`` (Streamlit's ``StreamlitPage``)."""

    def __init__(
        self,
        page: str | Path | Callable[[], Any],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: Literal["visible", "hidden"] = "visible",
        help: str | None = None,
    ) -> None:
        self._default = default
        self._external_url: str | None = None
        if visibility not in {"visible", "hidden"}:
            raise StreamlitValueError("visibility", ["visible", "hidden"])
        self._visibility: Literal["visible", "hidden"] = visibility
        self._help = _help_text(help)
        self._can_be_called = False
        self._script: str = ""  # the file's path relative to the entry's folder, POSIX
        self._page: Path | Callable[[], Any] | None = None
        if isinstance(page, str) and is_url(page):
            self._init_external(page, title, icon, url_path, default)
            return
        inferred_icon, inferred_name = "", ""
        if isinstance(page, (str, Path)):
            text = str(page)
            if "\x00" in text:
                raise StreamlitAPIException(
                    "Unable to create Page. Page paths must not contain null bytes."
                )
            entry_dir = _entry_dir()
            path = (entry_dir / text).resolve()
            if not path.is_file():
                raise StreamlitPageNotFoundError(
                    f"Unable to create Page. The file `{path.name}` could not be found."
                )
            self._page = path
            try:
                self._script = path.relative_to(entry_dir.resolve()).as_posix()
            except ValueError:
                self._script = path.as_posix()
            inferred_icon, inferred_name = pages.icon_and_name(path.name)
        elif callable(page):
            self._page = page
            name = getattr(page, "__name__", None)
            if name is not None:
                inferred_name = str(name)
            elif title is None:
                raise StreamlitMissingRequiredParameterError(
                    "title", detail="Streamlit cannot infer a title from this callable."
                )
        else:  # the app passed something else at run time
            raise _bad_page_type(page)
        self._title: str = title or inferred_name.replace("_", " ")
        self._icon: str = validate_icon_or_emoji(icon if icon is not None else inferred_icon)
        if self._title.strip() == "":
            raise StreamlitMissingRequiredParameterError(
                "title", detail="It cannot be empty or consist of underscores/spaces only."
            )
        self._url_path: str = inferred_name
        if url_path is not None:
            stripped = url_path.strip().strip("/")
            if stripped.strip() == "" and not default:
                raise StreamlitMissingRequiredParameterError(
                    "url_path", detail="It can only be empty for the default page."
                )
            self._url_path = stripped
            _no_nested(self._url_path)

    def _init_external(
        self, url: str, title: str | None, icon: str | None, url_path: str | None, default: bool
    ) -> None:
        if title is None or title.strip() == "":
            raise StreamlitMissingRequiredParameterError(
                "title",
                detail=(
                    "External URL pages require a non-empty title. "
                    f"Please provide a title for the URL: {url}"
                ),
            )
        if default:
            raise StreamlitIncompatibleParametersError(
                "page=<external URL>",
                "default=True",
                explanation="External URL pages cannot be set as the default page.",
            )
        self._external_url = url
        self._title = title
        self._icon = validate_icon_or_emoji(icon)
        path = _sanitize_url_path(title) if url_path is None else url_path
        self._url_path = path.strip().strip("/")
        if self._url_path == "":
            raise StreamlitMissingRequiredParameterError(
                "url_path",
                detail=(
                    "Provide a non-empty `url_path`, or omit it and provide a `title` "
                    "that can be converted to a valid URL path."
                ),
            )
        _no_nested(self._url_path)

    # -- what Streamlit's Page exposes -------------------------------------------------

    @property
    def title(self) -> str:
        return self._title

    @property
    def icon(self) -> str:
        return self._icon

    @property
    def help(self) -> str:
        return self._help

    @property
    def url_path(self) -> str:
        """The page's path in the URL: "" for the default page (the site's root)."""
        return "" if self._default else self._url_path

    @property
    def visibility(self) -> Literal["visible", "hidden"]:
        return self._visibility

    @property
    def is_external(self) -> bool:
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        return self._external_url

    @property
    def key(self) -> str:
        """What tells pages apart: their URL path (Streamlit hashes it)."""
        return self._url_path

    def __repr__(self) -> str:
        return f"StreamlitPage(title={self._title!r}, url_path={self.url_path!r})"

    def run(self) -> None:
        """Run this page (only the one st.navigation returned, once per run)."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from "
                "st.navigation can be called once."
            )
        self._can_be_called = False
        if self.is_external or context.get_ctx() is None:
            return
        with context.active_page(self.key):
            if isinstance(self._page, Path):
                from fragc.shim import page_packages
                from fragc.shim.session import get_session

                page_packages.before_page(self._script)  # its own packages first
                code = get_session().script_code(self._page, self._script)
                module = types.ModuleType("__main__")
                module.__dict__["__file__"] = str(self._page)
                import builtins

                module.__dict__["__builtins__"] = builtins
                exec(code, module.__dict__)
            elif self._page is not None:
                self._page()


StreamlitPage = Page


def _bad_page_type(page: object) -> StreamlitAPIException:
    from fragc.shim.elements.layout_params import StreamlitInvalidParameterTypeError

    return StreamlitInvalidParameterTypeError(
        "page", type(page).__name__, ["str", "Path", "callable"]
    )


def _entry_dir() -> Path:
    from fragc.shim.session import get_session

    return get_session().script_path.parent
