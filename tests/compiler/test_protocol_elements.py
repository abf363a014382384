"""fragc.protocol.elements: one TypedDict per kind, and the page's generated copies.

The shim's tests check every message the shim sends against these types
(tests/protocol_check.py); runtime_js/test/families.test.js checks the page's renderers
against the generated kinds. Here: the definitions themselves, and ``make schema``.
"""

from __future__ import annotations

import inspect
import typing

import pytest

from fragc.protocol import codegen, elements
from tests.conftest import REPO

UNIONS = {"Element": elements.Element, "Block": elements.Block}


@pytest.mark.parametrize("union", sorted(UNIONS))
def test_each_member_names_one_kind_and_its_props(union: str) -> None:
    kinds = []
    for member in typing.get_args(UNIONS[union]):
        hints = typing.get_type_hints(member)
        (kind,) = typing.get_args(hints["kind"])
        assert member.__name__.endswith(union), f"{member.__name__} is a {union}"
        props = hints["props"]
        assert isinstance(props, type), f"{kind}: props is a class"
        assert issubclass(props, dict), f"{kind}: props is a TypedDict"
        kinds.append(kind)
    assert len(kinds) == len(set(kinds)), f"a kind is twice in {union}"


def test_every_props_typeddict_belongs_to_a_kind() -> None:
    """A ...Props class no envelope uses is a kind someone forgot to add to the union."""
    used = {
        typing.get_type_hints(member)["props"].__name__
        for union in UNIONS.values()
        for member in typing.get_args(union)
    }
    defined = {
        name
        for name, value in vars(elements).items()
        if name.endswith("Props")
        and inspect.isclass(value)
        and value.__module__ == elements.__name__
    }
    # Shared by several kinds' props through inheritance, not a kind of its own.
    assert defined - used == {"LabelledProps"}


def test_element_and_block_kinds_are_apart() -> None:
    assert not set(codegen.element_kinds()) & set(codegen.block_kinds())


@pytest.mark.parametrize("name", sorted(codegen.OUTPUTS))
def test_the_committed_page_copies_are_current(name: str) -> None:
    committed = (REPO / "runtime_js" / "src" / name).read_text(encoding="utf-8")
    assert committed == codegen.OUTPUTS[name](), (
        f"runtime_js/src/{name} is stale: run `make schema`"
    )


def test_make_schema_writes_only_what_changed(tmp_path: typing.Any) -> None:
    assert sorted(p.name for p in codegen.write(tmp_path)) == sorted(codegen.OUTPUTS)
    assert codegen.write(tmp_path) == []
    (tmp_path / "protocol_constants.js").write_text("stale", encoding="utf-8")
    assert [p.name for p in codegen.write(tmp_path)] == ["protocol_constants.js"]


def test_field_comments_reach_the_typescript() -> None:
    text = codegen.typescript_text()
    assert "export interface MetricProps {" in text
    assert '  /** the delta\'s arrow */\n  direction: "up" | "down" | "none";' in text
    assert "export interface CheckboxProps extends LabelledProps {" in text
    assert (
        'export type ElementProps<K extends ElementKind> = Extract<Element, { kind: K }>["props"];'
        in text
    )
