"""The page's copies of the protocol, generated from ``fragc.protocol`` (``make schema``).

Three files in ``runtime_js/src/``, committed, each checked by a test against what this
module writes (``runtime_js/test/protocol.test.js``):

* ``protocol.schema.json``: the JSON schema the page validates the manifest and
  ``boot:ready`` with (and every message with ``?fragc-debug``);
* ``protocol_types.d.ts``: the TypeScript definitions of every message, element and
  block, which the page's JSDoc types import (``import("./protocol_types").Element``);
  each TypedDict's docstring and field comments become its doc comments;
* ``protocol_constants.js``: the values the page needs at run time (the protocol
  version, the root numbers, the element and block kinds).

Development tooling: it reads the protocol's source for the comments, so it runs from a
checkout, never in the browser.
"""

from __future__ import annotations

import ast
import inspect
import json
import sys
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NotRequired, Union

from fragc import protocol
from fragc.protocol import elements

_MODULES = (elements, protocol)  # the order the definitions are written in

# Unions and aliases written by name (as `$defs` in the schema, type aliases in TypeScript).
_NAMED_UNIONS: dict[str, Any] = {
    "Element": elements.Element,
    "Block": elements.Block,
    "PageToWorker": protocol.PageToWorker,
    "WorkerToPage": protocol.WorkerToPage,
}
_NAMED_LITERALS: dict[str, Any] = {"RunStatus": protocol.RunStatus}

HEADER = "Generated from compiler/fragc/protocol/ by `make schema`; do not edit."


def _is_typeddict(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__annotations__")


def _named_union(tp: Any) -> str | None:
    for name, union in _NAMED_UNIONS.items():
        if tp is union:
            return name
    return None


def _fields(tp: Any) -> list[tuple[str, Any, bool]]:
    """(name, type, required) of a TypedDict's fields, inherited ones first."""
    result = []
    for name, hint in typing.get_type_hints(tp, include_extras=True).items():
        required = typing.get_origin(hint) is not NotRequired
        result.append((name, hint if required else typing.get_args(hint)[0], required))
    return result


# ------------------------------------------------------------- JSON schema


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if tp is Any:
        return {}
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if origin is Literal:
        values = list(typing.get_args(tp))
        return {"enum": values} if len(values) > 1 else {"const": values[0]}
    name = _named_union(tp)
    if name is not None and name in ("Element", "Block"):
        if name not in defs:
            defs[name] = {}
            defs[name] = {"anyOf": [_schema_for(arg, defs) for arg in typing.get_args(tp)]}
        return {"$ref": f"#/$defs/{name}"}
    if origin in (Union, types.UnionType):
        return {"anyOf": [_schema_for(arg, defs) for arg in typing.get_args(tp)]}
    if origin is list:
        (item,) = typing.get_args(tp)
        return {"type": "array", "items": _schema_for(item, defs)}
    if origin is dict:
        _key, value = typing.get_args(tp)
        return {"type": "object", "additionalProperties": _schema_for(value, defs)}
    if _is_typeddict(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder first: guards against recursion
            properties: dict[str, Any] = {}
            required: list[str] = []
            for field_name, hint, is_required in _fields(tp):
                if is_required:
                    required.append(field_name)
                properties[field_name] = _schema_for(hint, defs)
            # No descriptions: the page bundles the schema, and protocol_types.d.ts
            # carries every docstring and field comment.
            defs[name] = {"type": "object", "properties": properties, "required": required}
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON schema for {tp!r}")


def json_schema() -> dict[str, Any]:
    """The JSON schema of every message and of the manifest (generated, committed)."""
    defs: dict[str, Any] = {}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "fragc protocol",
        "protocol_version": protocol.PROTOCOL_VERSION,
        "pageToWorker": _schema_for(protocol.PageToWorker, defs),
        "workerToPage": _schema_for(protocol.WorkerToPage, defs),
        "manifest": _schema_for(protocol.Manifest, defs),
        "$defs": dict(sorted(defs.items())),
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


# ------------------------------------------------------------- the source


@dataclass
class _ClassSource:
    """What the source says of a class that ``typing`` forgets: bases, comments, order."""

    bases: list[str]
    fields: list[str]  # its own, in order
    comments: dict[str, str] = field(default_factory=dict)


def _read_source(module: types.ModuleType) -> dict[str, _ClassSource]:
    text = inspect.getsource(module)
    lines = text.splitlines()
    classes: dict[str, _ClassSource] = {}
    for node in ast.parse(text).body:
        if not isinstance(node, ast.ClassDef):
            continue
        info = _ClassSource(bases=[b.id for b in node.bases if isinstance(b, ast.Name)], fields=[])
        previous_end = node.lineno
        for statement in node.body:
            if not (
                isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
            ):
                previous_end = statement.end_lineno or statement.lineno
                continue
            name = statement.target.id
            info.fields.append(name)
            # Comment lines right above the field, then the comment at its end.
            above = [lines[i].strip() for i in range(previous_end, statement.lineno - 1)]
            words = [line.lstrip("# ") for line in above if line.startswith("#")]
            last = lines[(statement.end_lineno or statement.lineno) - 1]
            if "  # " in last:
                words.append(last.split("  # ", 1)[1].strip())
            if words:
                info.comments[name] = " ".join(words)
            previous_end = statement.end_lineno or statement.lineno
        classes[node.name] = info
    return classes


# ------------------------------------------------------------- TypeScript


def _ts(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if tp is Any:
        return "unknown"
    if tp is type(None):
        return "null"
    if tp is str:
        return "string"
    if tp is bool:
        return "boolean"
    if tp in (int, float):
        return "number"
    for name, literal in _NAMED_LITERALS.items():
        if tp == literal:
            return name
    if origin is Literal:
        return " | ".join(json.dumps(value) for value in typing.get_args(tp))
    union = _named_union(tp)
    if union is not None:
        return union
    if origin in (Union, types.UnionType):
        return " | ".join(_ts(arg) for arg in typing.get_args(tp))
    if origin is list:
        (item,) = typing.get_args(tp)
        inner = _ts(item)
        return f"({inner})[]" if " | " in inner else f"{inner}[]"
    if origin is dict:
        _key, value = typing.get_args(tp)
        return f"Record<string, {_ts(value)}>"
    if _is_typeddict(tp):
        return str(tp.__name__)
    raise TypeError(f"no TypeScript type for {tp!r}")


def _doc(text: str, indent: str = "") -> list[str]:
    body = inspect.cleandoc(text).replace("*/", "*\\/").splitlines()
    if len(body) == 1:
        return [f"{indent}/** {body[0]} */"]
    return [f"{indent}/**", *(f"{indent} * {line}".rstrip() for line in body), f"{indent} */"]


def _interface(tp: Any, sources: dict[str, _ClassSource]) -> list[str]:
    name = tp.__name__
    source = sources[name]
    bases = [base for base in source.bases if base in sources]
    hints = {field_name: (hint, req) for field_name, hint, req in _fields(tp)}
    comments: dict[str, str] = {}
    for base in bases:
        comments.update(sources[base].comments)
    comments.update(source.comments)
    out = _doc(tp.__doc__) if tp.__doc__ else []
    extends = f" extends {', '.join(bases)}" if bases else ""
    out.append(f"export interface {name}{extends} {{")
    for field_name in source.fields:
        hint, required = hints[field_name]
        if field_name in comments:
            out.extend(_doc(comments[field_name], "  "))
        out.append(f"  {field_name}{'' if required else '?'}: {_ts(hint)};")
    out.append("}")
    return out


def typescript_text() -> str:
    """The TypeScript definitions of the protocol (``protocol_types.d.ts``)."""
    out = [
        f"// {HEADER}",
        '// The page\'s JSDoc types import these: /** @type {import("./protocol_types").Element} */.',
        "",
    ]
    for module in _MODULES:
        sources = _read_source(module)
        for name in sources:
            value = getattr(module, name)
            if not _is_typeddict(value):
                continue
            out.extend(_interface(value, sources))
            out.append("")
        if module is elements:
            out.extend(
                [
                    "",
                    "/** Every element, by its kind. */",
                    f"export type Element ={_ts_union(elements.Element)};",
                    "/** Every block, by its kind. */",
                    f"export type Block ={_ts_union(elements.Block)};",
                    'export type ElementKind = Element["kind"];',
                    'export type BlockKind = Block["kind"];',
                    '/** The props of one element kind: `ElementProps<"markdown">` is `MarkdownProps`. */',
                    'export type ElementProps<K extends ElementKind> = Extract<Element, { kind: K }>["props"];',
                    "/** The props of one block kind. */",
                    'export type BlockProps<K extends BlockKind> = Extract<Block, { kind: K }>["props"];',
                    "",
                ]
            )
    for name, literal in _NAMED_LITERALS.items():
        values = " | ".join(json.dumps(value) for value in typing.get_args(literal))
        out.append(f"export type {name} = {values};")
    out.append(f"export type PageToWorker ={_ts_union(protocol.PageToWorker)};")
    out.append(f"export type WorkerToPage ={_ts_union(protocol.WorkerToPage)};")
    return "\n".join(out) + "\n"


def _ts_union(union: Any) -> str:
    return "".join(f"\n  | {_ts(arg)}" for arg in typing.get_args(union))


# ------------------------------------------------------------- constants


def _kinds(union: Any) -> list[str]:
    kinds: list[str] = []
    for member in typing.get_args(union):
        hint = typing.get_type_hints(member)["kind"]
        kinds.extend(typing.get_args(hint))
    return kinds


def element_kinds() -> list[str]:
    return _kinds(elements.Element)


def block_kinds() -> list[str]:
    return _kinds(elements.Block)


def constants_text() -> str:
    """The values the page uses at run time (``protocol_constants.js``)."""
    roots = {
        name: value
        for name, value in vars(protocol).items()
        if name.startswith("ROOT_") and isinstance(value, int)
    }
    lines = [
        f"// {HEADER}",
        "// @ts-check",
        "",
        "/** The protocol this runtime speaks (fragc.protocol.PROTOCOL_VERSION). */",
        f"export const PROTOCOL_VERSION = {protocol.PROTOCOL_VERSION};",
        "",
        "/** The root containers, numbered as in Streamlit: a delta path starts with one. */",
        *(f"export const {name} = {value};" for name, value in roots.items()),
        f"export const ROOT_COUNT = {len(roots)};",
        "",
        '/** @type {readonly import("./protocol_types").ElementKind[]} */',
        f"export const ELEMENT_KINDS = Object.freeze({json.dumps(element_kinds())});",
        "",
        '/** @type {readonly import("./protocol_types").BlockKind[]} */',
        f"export const BLOCK_KINDS = Object.freeze({json.dumps(block_kinds())});",
    ]
    return "\n".join(lines) + "\n"


OUTPUTS = {
    "protocol.schema.json": schema_text,
    "protocol_types.d.ts": typescript_text,
    "protocol_constants.js": constants_text,
}


def write(folder: Path) -> list[Path]:
    """Write the three files into ``folder`` (``runtime_js/src``); return those that changed."""
    changed = []
    for name, generate in OUTPUTS.items():
        path = folder / name
        text = generate()
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def main(argv: list[str]) -> int:
    usage = (
        "usage: python -m fragc.protocol [schema | types | constants | --write DIR]\n"
        "  (no argument: the JSON schema on stdout)"
    )
    if argv[:1] == ["--write"] and len(argv) == 2:
        for path in write(Path(argv[1])):
            sys.stdout.write(f"wrote {path}\n")
        return 0
    choice = argv[0] if argv else "schema"
    generators = {"schema": schema_text, "types": typescript_text, "constants": constants_text}
    if len(argv) > 1 or choice not in generators:
        sys.stderr.write(usage + "\n")
        return 2
    sys.stdout.write(generators[choice]())
    return 0
