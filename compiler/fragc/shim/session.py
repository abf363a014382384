"""One browser tab's session: its state, its stored fragments, its compiled script.

A built site runs one worker per tab, so there is exactly one session per Python
process; tests create their own.
"""

from __future__ import annotations

import os
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fragc.shim import pages as pages_mod
from fragc.shim.magic import compile_script
from fragc.shim.session_state import SessionState


@dataclass
class StoredFragment:
    """A fragment call's closure, kept to rerun it without re-executing the script."""

    id: str
    qualname: str
    run: Callable[[], Any]
    # Set while the fragment is being recorded during a fragment run (nested fragments,
    # dialogs opened from a fragment): they live until the next full run.
    from_fragment_run: bool = False
    # The fragment whose body called this one (None at the top level): a fragment run of
    # the parent that no longer calls it forgets it (Streamlit 1.67's PARENT_SCOPED),
    # unless it is full-app scoped (a dialog's body), which only a full run forgets.
    parent_id: str | None = None
    full_app_scoped: bool = False


@dataclass
class AppSession:
    script_path: Path
    post: Callable[[dict[str, Any]], None]
    state: SessionState = field(default_factory=SessionState)
    fragments: dict[str, StoredFragment] = field(default_factory=dict)
    module: types.ModuleType | None = None  # the module of the last full run
    code: types.CodeType | None = None
    compile_error: SyntaxError | None = None
    query_string: str = ""
    # Widgets bound to the URL (bind="query-params", widgets/url_binding.py): the keys
    # bound now, and the widget ids whose value the URL has had its one chance to seed.
    url_bound_keys: set[str] = field(default_factory=set)
    url_seeded: set[str] = field(default_factory=set)
    # Content ids of media bytes already sent to the page (fragc.shim.media_files).
    media_sent: set[str] = field(default_factory=set)
    # What get_script_run_ctx().session_id says (a uuid4, as Streamlit's session ids).
    session_id: str = field(default_factory=lambda: _uuid4())
    # Custom component folders the build bundled (the manifest's `components`): their
    # paths relative to the app, as declare_component(path=...) names them.
    bundled_components: frozenset[str] = frozenset()
    # A multipage app (pages/ beside the entry): its pages, the one that runs, and the
    # compiled scripts of the other pages (compiled when first shown).
    pages: list[pages_mod.Page] = field(default_factory=list)
    current_page: pages_mod.Page | None = None
    _page_code: dict[str, types.CodeType | SyntaxError] = field(default_factory=dict)
    # The page the address bar (or st.switch_page) asks for, by URL path; whether the
    # last full run could not find it (the page says "Page not found").
    requested_page: str = ""
    page_not_found: bool = False
    # Set by st.navigation (the new way): from then on the entry script always runs, the
    # pages/ folder is ignored (as in Streamlit) and the navigation is this one.
    navigation: NavigationState | None = None
    # The build saw the entry call st.navigation: pages/ is not the navigation even
    # before the first call (a deep link's first run runs the entry, not a pages/ file).
    uses_navigation: bool = False

    def compile(self) -> None:
        self.navigation = None
        self.pages = pages_mod.discover(self.script_path)
        if self.uses_navigation:
            self.pages = self.pages[:1]
        self.current_page = self.pages[0]
        self._page_code.clear()
        self.code, self.compile_error = self._compile(self.script_path, self.script_path.name)

    @staticmethod
    def _compile(path: Path, name: str) -> tuple[types.CodeType | None, SyntaxError | None]:
        source = path.read_text(encoding="utf-8")
        try:
            # The user's file name, so tracebacks name it as `streamlit run` would.
            # As `streamlit run`: with magic (a bare expression is written, shim/magic.py).
            return compile_script(source, name), None
        except SyntaxError as err:
            return None, err

    @property
    def is_multipage(self) -> bool:
        return len(self.pages) > 1 or self.navigation is not None

    def script_code(self, path: Path, relative: str) -> types.CodeType:
        """A page file's compiled code (compiled once); its SyntaxError raised."""
        cached = self._page_code.get(relative)
        if cached is None:
            code, error = self._compile(path, relative)
            cached = code if code is not None else error
            assert cached is not None
            self._page_code[relative] = cached
        if isinstance(cached, SyntaxError):
            raise cached
        return cached

    def page_code(self) -> tuple[types.CodeType | None, SyntaxError | None, Path]:
        """The compiled script of the current page (the entry's for a one-page app)."""
        page = self.current_page
        if page is None or page.script == self.script_path.name or self.navigation is not None:
            return self.code, self.compile_error, self.script_path
        path = self.script_path.parent / page.script
        cached = self._page_code.get(page.script)
        if cached is None:
            code, error = self._compile(path, page.script)
            cached = code if code is not None else error
            assert cached is not None
            self._page_code[page.script] = cached
        if isinstance(cached, SyntaxError):
            return None, cached, path
        return cached, None, path


@dataclass
class NavigationState:
    """What the last ``st.navigation`` call set up (``shim/navigation.py``)."""

    # (section header, page) in the order given; "" is the unnamed first section.
    entries: list[tuple[str, Any]]
    position: str  # "sidebar", "top", "hidden"
    expanded: bool
    visible_items: int | None
    current: Any  # the app_page.Page that runs


def _uuid4() -> str:
    # os.urandom, not the uuid module: uuid is slow to import in Pyodide (test_boot_cost.py).
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


_session: AppSession | None = None


def get_session() -> AppSession:
    if _session is None:
        raise RuntimeError("no fragc session: the script must run under fragc's runner")
    return _session


def set_session(session: AppSession | None) -> None:
    global _session
    _session = session
