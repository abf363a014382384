"""The Streamlit-compatible module fragc runs inside Pyodide.

Everything here is stdlib-only and runs in plain CPython too, so its behaviour is
unit-tested without a browser (tests/shim/). The worker talks to it through one
module, :mod:`fragc.shim.bridge`; the app's ``import streamlit`` resolves to
:mod:`fragc.shim.api`.
"""
