"""Outlines as indented lines, and their differences (what the test reports)."""

from __future__ import annotations

import difflib
from typing import Any

Outline = dict[str, list[dict[str, Any]]]


def describe(node: dict[str, Any]) -> str:
    """One line per element: ``testid`` (or ``<tag>``) ``role= name= [attributes] value= text=``."""
    parts = [node["testid"] if "testid" in node else f"<{node['tag']}>"]
    if "role" in node:
        parts.append(f"role={node['role']}")
    if "name" in node:
        parts.append(f"name={node['name']!r}")
    for attribute, value in sorted(node.get("attributes", {}).items()):
        parts.append(f"[{attribute}={value!r}]")
    if "value" in node:
        parts.append(f"value={node['value']!r}")
    if node.get("hidden"):
        parts.append("hidden")
    if "text" in node:
        parts.append(f"text={node['text']!r}")
    return " ".join(parts)


ROOTS = ("main", "bottom", "toasts")


def lines(outline: Outline, roots: tuple[str, ...] = ROOTS) -> list[str]:
    out: list[str] = []

    def walk(nodes: list[dict[str, Any]], depth: int) -> None:
        for node in nodes:
            out.append("  " * depth + describe(node))
            walk(node.get("children", []), depth + 1)

    for root in roots:
        out.append(f"# {root}")
        walk(outline.get(root, []), 1)
    return out


def diff(expected: Outline, actual: Outline, roots: tuple[str, ...] = ROOTS) -> list[str]:
    """A unified diff, Streamlit's outline (-) against fragc's (+); empty when they agree."""
    return list(
        difflib.unified_diff(
            lines(expected, roots), lines(actual, roots), "streamlit", "fragc", n=2, lineterm=""
        )
    )
