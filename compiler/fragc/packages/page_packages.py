"""Packages only one page of a multipage app imports: loaded when that page first runs.

A page's files are its script and the app's own modules it imports, transitively. The
packages those files import that nothing else imports wait for the page: the worker
loads them before the page's first run (``shim/page_packages.py``), not at boot. What
stays at boot: the packages the entry script's files import (the entry runs on every
page with ``st.navigation``, and is the first page of a ``pages/`` app), those the files
of two pages or more import (whichever page comes first would need them; loading them
once at boot keeps every page's first run quick), and the requirements no import of the
app names (a package another package imports: nothing tells which page needs it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from fragc.analysis import AppAnalysis, FileAnalysis
from fragc.packages.resolve import PackagePlan


@dataclass(frozen=True)
class PageSplit:
    """The plan's packages: those loaded at boot, and those each page loads first."""

    boot: list[str]
    # Page script (relative to the entry's folder, POSIX) -> packages (sorted).
    pages: dict[str, list[str]] = field(default_factory=dict)


def split_by_page(analysis: AppAnalysis, plan: PackagePlan) -> PageSplit:
    """Which of ``plan.load`` wait for a page (see the module docs)."""
    files = {f.source.relative: f for f in analysis.files}
    scripts = [script for script in analysis.page_scripts if script in files]
    if not plan.load or not scripts:
        return PageSplit(boot=list(plan.load))
    loaded = set(plan.load)

    def packages_of(relatives: Iterable[str]) -> set[str]:
        return {
            plan.providers[imported.top_level]
            for relative in relatives
            for imported in files[relative].imports
            if not imported.local and imported.top_level in plan.providers
        } & loaded

    at_boot = packages_of(_reach(files, [analysis.entry.name]))
    # What booting loads anyway: the boot packages' dependencies too.
    booted = _closure(plan, at_boot | (loaded - packages_of(files)))
    wanted = {script: packages_of(_reach(files, [script])) - booted for script in scripts}
    pages_wanting: dict[str, int] = {}
    for names in wanted.values():
        for name in names:
            pages_wanting[name] = pages_wanting.get(name, 0) + 1
    lazy = {
        script: sorted(name for name in names if pages_wanting[name] == 1)
        for script, names in wanted.items()
    }
    lazy = {script: names for script, names in lazy.items() if names}
    later = {name for names in lazy.values() for name in names}
    return PageSplit(boot=[name for name in plan.load if name not in later], pages=lazy)


def _closure(plan: PackagePlan, names: Iterable[str]) -> set[str]:
    """``names`` and what they depend on (the vendored wheels' and Pyodide's lock's)."""
    depends = {v.package.name: v.package.depends for v in plan.vendored}
    seen: set[str] = set()
    stack = list(names)
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in depends:
            stack.extend(depends[name])
        elif plan.lock is not None and name in plan.lock.packages:
            stack.extend(plan.lock.packages[name].depends)
    return seen


def _reach(files: Mapping[str, FileAnalysis], roots: Iterable[str]) -> set[str]:
    """``roots`` and the app's files they import, transitively."""
    seen: set[str] = set()
    queue = [root for root in roots if root in files]
    while queue:
        relative = queue.pop()
        if relative in seen:
            continue
        seen.add(relative)
        for imported in files[relative].imports:
            queue.extend(local for local in imported.local if local in files)
    return seen
