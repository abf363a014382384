"""st.write_stream: text grows in one element; other chunks go through st.write."""

from __future__ import annotations

from typing import Any

import pytest


def markdowns(app: Any) -> list[str]:
    return [n.props["body"] for n in app.page.elements("markdown")]


def test_text_chunks_become_one_markdown_and_the_text_is_returned(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st

        def words():
            yield "Hello"
            yield ""
            yield ", world"

        result = st.write_stream(words, cursor="▌")
        st.write(f"returned {result!r}")
        """
    )
    assert markdowns(app) == ["Hello, world", "returned 'Hello, world'"]


def test_other_chunks_split_the_text_and_the_result_is_a_list(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st

        out = st.write_stream(iter(["a", "b", {"k": 1}, "c"]))
        st.write(f"returned {out!r}")
        """
    )
    assert markdowns(app) == ["ab", "c", "returned ['ab', {'k': 1}, 'c']"]
    assert [n.props["body"] for n in app.page.elements("json")] == ['{"k": 1}']


def test_async_generators_are_drained(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st

        import asyncio

        async def tokens():
            for t in ("x", "y"):
                await asyncio.sleep(0)
                yield t

        st.write_stream(tokens)
        """
    )
    assert markdowns(app) == ["xy"]


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        pytest.param("'text'", "does not accept str", id="string"),
        pytest.param("42", "cannot be iterated", id="not-iterable"),
    ],
)
def test_bad_streams_are_streamlits_errors(make_app: Any, argument: str, message: str) -> None:
    app = make_app(f"import streamlit as st\nst.write_stream({argument})\n")
    (shown,) = app.exceptions()
    assert shown.startswith("StreamlitAPIException:")
    assert message in shown
