"""Generate docs/diagnostics.md from the rules themselves.

Usage: ``python -m fragc.analysis.docs docs/diagnostics.md`` (no argument prints to
stdout). A test regenerates the text and fails when the committed file differs, so
a rule's docs are always its docstring.
"""

from __future__ import annotations

import sys
from pathlib import Path

import fragc.analysis  # noqa: F401 - importing the package registers every rule
from fragc.diagnostics import DOC_SECTIONS, RULES

REGENERATE = "PYTHONPATH=compiler python -m fragc.analysis.docs docs/diagnostics.md"


def render() -> str:
    rules = [RULES[code] for code in sorted(RULES)]
    out = [
        "# fragc diagnostics",
        "",
        f"<!-- Generated from the rules' docstrings: edit them, then run `{REGENERATE}`. -->",
        "",
        "`fragc check APP.py` and `fragc build APP.py` report these. Errors fail the build "
        "(exit status 1); warnings are printed and the build goes on. Each diagnostic names "
        "its file, line and column, as `file:line:col: CODE message`, with the source line, "
        "a caret and a hint; `fragc check --format json` prints the same as JSON.",
        "",
        "| code | name | severity | what |",
        "|---|---|---|---|",
    ]
    for rule in rules:
        summary = rule.doc_sections()["Summary"].replace("\n", " ")
        out.append(
            f"| [{rule.code}](#{rule.code.lower()}-{rule.name}) | `{rule.name}` "
            f"| {rule.severity} | {summary} |"
        )
    for rule in rules:
        sections = rule.doc_sections()
        out += ["", f"## {rule.code} {rule.name}", "", f"Severity: **{rule.severity}**.", ""]
        out.append(sections["Summary"])
        for title in DOC_SECTIONS:
            out += ["", f"### {title}", "", sections[title]]
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if not argv:
        sys.stdout.write(text)
        return 0
    Path(argv[0]).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
