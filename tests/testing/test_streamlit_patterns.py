"""Streamlit's own AppTest usage, ported: the same tests pass against ``fragc.testing``.

Each test follows one of Streamlit 1.67's ``lib/tests/streamlit/testing/app_test_test.py``
patterns (smoke, query params, secrets, widgets added and removed, narrowing queries,
blocks filled out of order, ``from_function`` arguments, reruns from a button,
``switch_page``). They only use ``AppTest`` as Streamlit's users do, so they read the
same under either import.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fragc.testing import AppTest

APPS = Path(__file__).parent / "apps"


def test_smoke() -> None:
    def script():
        import streamlit as st

        st.radio("radio", options=["a", "b", "c"], key="r")
        st.radio("default index", options=["a", "b", "c"], index=2)

    at = AppTest.from_function(script).run()
    assert at.radio
    assert at.radio[0].value == "a"
    assert at.radio(key="r").value == "a"
    assert at.radio.values == ["a", "c"]

    r = at.radio[0].set_value("b")
    assert r.index == 1
    assert r.value == "b"
    at = r.run()
    assert at.radio[0].value == "b"
    assert at.radio.values == ["b", "c"]


def test_get_query_params() -> None:
    def script():
        import streamlit as st

        st.write(st.query_params.to_dict())

    at = AppTest.from_function(script).run()
    assert at.json[0].value == "{}"
    at.query_params["foo"] = 5
    at.query_params["bar"] = "baz"
    at.run()
    assert at.json[0].value == '{"foo": "5", "bar": "baz"}'


def test_set_query_params() -> None:
    def script():
        import streamlit as st

        st.query_params["foo"] = "bar"

    at = AppTest.from_function(script).run()
    assert at.query_params["foo"] == "bar"


def test_secrets() -> None:
    def script():
        import streamlit as st

        st.write(st.secrets["foo"])

    at = AppTest.from_function(script)
    at.secrets["foo"] = "bar"
    at.run()
    assert at.markdown[0].value == "bar"
    assert at.secrets["foo"] == "bar"


def test_repr_of_an_empty_container() -> None:
    def repro():
        import streamlit as st

        st.container()

    at = AppTest.from_function(repro).run()
    assert "flex_container" in repr(at)


def test_widget_added_removed() -> None:
    def script():
        import streamlit as st

        cb = st.radio("radio emulating a checkbox", options=["off", "on"], key="cb")
        if cb == "on":
            st.radio("radio", options=["a", "b", "c"], key="conditional")

    at = AppTest.from_function(script).run()
    assert len(at.radio) == 1
    with pytest.raises(KeyError):
        at.radio(key="conditional")

    at.radio(key="cb").set_value("on").run()
    assert len(at.radio) == 2
    assert at.radio(key="conditional").value == "a"

    at.radio(key="conditional").set_value("c").run()
    assert len(at.radio) == 2
    assert at.radio(key="conditional").value == "c"

    at.radio(key="cb").set_value("off").run()
    assert len(at.radio) == 1
    with pytest.raises(KeyError):
        at.radio(key="conditional")

    at.radio(key="cb").set_value("on").run()
    assert len(at.radio) == 2
    assert at.radio(key="conditional").value == "a"


def test_query_narrowing() -> None:
    def script():
        import streamlit as st

        st.text("1")
        with st.expander("open"):
            st.text("2")
            st.text("3")
        st.text("4")

    at = AppTest.from_function(script).run()
    assert at.text.len == 4
    # Querying through a block finds only what is inside it.
    assert at.expander[0].text.len == 2


def test_out_of_order_blocks() -> None:
    def script():
        import streamlit as st

        container = st.container()
        with container:
            st.markdown("BarFoo")

            def button_one_clicked(cont):
                cont.info("Hi!")
                cont.markdown("FooBar")

            st.button("one", on_click=button_one_clicked, args=[container])

    at = AppTest.from_function(script).run()
    at.button[0].click().run()
    assert at.markdown.len == 2
    assert at.info[0].value == "Hi!"
    # The callback wrote into the container's slots 2 and 3 before the rerun wrote 0 and
    # 1. Streamlit's AppTest lists them in the order they were written (FooBar first);
    # the page shows slots in order, and so does fragc's AppTest.
    assert at.markdown.values == ["BarFoo", "FooBar"]


def test_from_function_kwargs() -> None:
    def script(foo, baz):
        import streamlit as st

        st.text(foo)
        st.text(baz)
        return foo

    at = AppTest.from_function(script, args=("bar",), kwargs={"baz": "baz"}).run()
    assert at.text.values == ["bar", "baz"]


def test_a_rerun_after_a_click_ends() -> None:
    def code():
        import time

        import streamlit as st

        if st.button(label="Submit"):
            time.sleep(1)
            st.rerun()

    at = AppTest.from_function(code).run()
    # The run finishes instead of clicking forever and timing out.
    at.button[0].click().run()
    assert not at.exception


def test_switch_page() -> None:
    at = AppTest.from_file(APPS / "multipage" / "main.py").run()
    assert at.text[0].value == "main page"

    at.switch_page("pages/page1.py").run()
    assert at.text[0].value == "page 1"

    with pytest.raises(ValueError, match="relative to the main script"):
        at.switch_page("multipage/pages/page1.py")


def test_switch_page_widgets() -> None:
    at = AppTest.from_file(APPS / "multipage" / "main.py").run()
    at.slider[0].set_value(5).run()
    assert at.slider[0].value == 5

    at.switch_page("pages/page1.py").run()
    assert not at.slider
    at.switch_page("main.py").run()
    assert at.slider[0].value == 0
