"""Multipage apps the old way: the ``pages/`` folder beside the entry script.

Streamlit 1.67 (``source_util.py``, ``pages_manager.py``) lists the entry script first,
then every ``pages/*.py`` ordered by its numeric prefix (pages without one last), then
by name. A page's name comes from its file name: the prefix and separators dropped, runs
of ``_``/spaces made one ``_`` (the URL path, ``/Charts``), a leading emoji taken as
its icon; the navigation shows the name with ``_`` as spaces. Stdlib only: the compiler
uses the same rules to find the page files it bundles and analyses.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

PAGES_DIR = "pages"
# Streamlit's PAGE_FILENAME_REGEX.
_FILENAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py")
# What may follow an emoji's first character and still belong to it (variation
# selectors, zero-width joiners, skin tones, keycaps, tags).
_EMOJI_TAIL = {"\ufe0f", "\ufe0e", "\u200d", "\u20e3"}


@dataclass(frozen=True)
class Page:
    """One page: its script (relative to the entry's folder, POSIX) and its names."""

    script: str  # "app.py", "pages/1_📈_Charts.py"
    url_path: str  # "" for the entry script, else "Charts"
    label: str  # what the navigation shows: "Charts"
    icon: str  # a leading emoji of the file name, or ""
    is_default: bool = False


def page_sort_key(name: str) -> tuple[float, str]:
    match = _FILENAME.fullmatch(name)
    if match is None:
        return (math.inf, name.lower())
    number, label = match.groups()
    return (float(number) if number else math.inf, label.lower())


def icon_and_name(name: str) -> tuple[str, str]:
    """Streamlit's ``page_icon_and_name``: the leading emoji and the underscored name."""
    match = _FILENAME.fullmatch(name)
    if match is None:
        return "", ""
    icon_and_rest = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return extract_leading_emoji(icon_and_rest)


def extract_leading_emoji(text: str) -> tuple[str, str]:
    """The emoji a name starts with and the rest without the separator after it."""
    if not text or text.isascii() or not _is_emoji_start(text[0]):
        return "", text
    end = 1
    while end < len(text) and (
        text[end] in _EMOJI_TAIL
        or 0x1F3FB <= ord(text[end]) <= 0x1F3FF  # skin tones
        or 0xE0020 <= ord(text[end]) <= 0xE007F  # tag sequences (flags)
        or (text[end - 1] == "\u200d" and _is_emoji_start(text[end]))
        or (
            0x1F1E6 <= ord(text[0]) <= 0x1F1FF and end == 1 and 0x1F1E6 <= ord(text[end]) <= 0x1F1FF
        )
    ):
        end += 1
    rest = re.sub(r"^[_ -]+", "", text[end:])
    return text[:end], rest


def _is_emoji_start(char: str) -> bool:
    return unicodedata.category(char) == "So" or 0x1F000 <= ord(char) <= 0x1FAFF


def discover(entry: Path) -> list[Page]:
    """The entry script and the pages of ``pages/`` beside it, in navigation order."""
    main = Page(entry.name, "", _label(entry.stem), "", is_default=True)
    folder = entry.parent / PAGES_DIR
    if not folder.is_dir():
        return [main]
    scripts = sorted(
        (
            p
            for p in folder.glob("*.py")
            if p.is_file() and not p.name.startswith(".") and p.name != "__init__.py"
        ),
        key=lambda p: page_sort_key(p.name),
    )
    pages = [main]
    for script in scripts:
        icon, name = icon_and_name(script.name)
        if not name:
            continue
        pages.append(Page(f"{PAGES_DIR}/{script.name}", name, _label(name), icon))
    return pages


def _label(name: str) -> str:
    return name.replace("_", " ")


def find_by_url(pages: list[Page], url_path: str) -> Page | None:
    """The page a URL path names (Streamlit compares case-insensitively); "" is the entry."""
    wanted = url_path.strip("/").lower()
    for page in pages:
        if page.url_path.lower() == wanted:
            return page
    return None


def find_by_script(pages: list[Page], path: str) -> Page | None:
    """The page ``st.switch_page``/``st.page_link`` name by a path relative to the entry."""
    wanted = PurePosixPath(path.replace("\\", "/"))
    parts = [p for p in wanted.parts if p not in (".", "")]
    normal = "/".join(parts)
    for page in pages:
        if page.script == normal:
            return page
    return None
