"""Testing fragc apps: ``AppTest`` (Streamlit's, run by fragc's runtime) and a pytest plugin.

* ``from fragc.testing import AppTest``: the same API as Streamlit 1.67's
  ``streamlit.testing.v1.AppTest``, running the app through fragc's shim in CPython
  (:mod:`fragc.testing.app_test`, :mod:`fragc.testing.element_tree`).
* ``fragc_site``, a pytest fixture that builds an app, serves it and gives its URL, for
  browser tests of the built site (:mod:`fragc.testing.pytest_plugin`).

docs/testing.md shows both.
"""

from fragc.testing.app_test import AppTest
from fragc.testing.element_tree import AppTestError

__all__ = ["AppTest", "AppTestError"]
