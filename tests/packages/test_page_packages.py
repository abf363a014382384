"""Which packages wait for a page of a multipage app (packages/page_packages.py, issue 9).

A table: the app's files, then what loads at boot and what each page loads before its
first run. Against the small lock of conftest.py (pandas depends on numpy and
python-dateutil, which depends on six) and the fake PyPI.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from fragc.packages.page_packages import split_by_page
from tests.packages.conftest import FakeIndex, Resolve

ENTRY = "import streamlit as st\nst.title('Home')\n"


@dataclass
class Case:
    files: dict[str, str]
    boot: list[str]
    pages: dict[str, list[str]] = field(default_factory=dict)
    entry: str = ENTRY


CASES = [
    pytest.param(
        Case(
            {"pages/1_A.py": "import yaml\n", "pages/2_B.py": "import streamlit\n"},
            [],
            {"pages/1_A.py": ["pyyaml"]},
        ),
        id="one-page-imports-it",
    ),
    pytest.param(
        Case({"pages/1_A.py": "import yaml\n"}, ["pyyaml"], entry=ENTRY + "import yaml\n"),
        id="the-entry-imports-it-too",
    ),
    pytest.param(
        Case({"pages/1_A.py": "import yaml\n", "pages/2_B.py": "import yaml\n"}, ["pyyaml"]),
        id="two-pages-share-it",
    ),
    pytest.param(
        Case(
            {"pages/1_A.py": "import helpers\n", "helpers.py": "import yaml\n"},
            [],
            {"pages/1_A.py": ["pyyaml"]},
        ),
        id="through-the-page-s-own-module",
    ),
    pytest.param(
        Case(
            {"pages/1_A.py": "import helpers\n", "helpers.py": "import yaml\n"},
            ["pyyaml"],
            entry=ENTRY + "import helpers\n",
        ),
        id="a-module-the-entry-imports-too",
    ),
    pytest.param(
        Case(
            {"pages/1_A.py": "import pandas\n", "pages/2_B.py": "import six\n"},
            ["six"],
            {"pages/1_A.py": ["pandas"]},
            entry=ENTRY + "import six\n",
        ),
        id="a-page-s-package-depends-on-a-boot-one",
    ),
    pytest.param(
        Case({"pages/1_A.py": "import six\n"}, ["pandas", "six"], entry=ENTRY + "import pandas\n"),
        id="a-dependency-of-a-boot-package-boots-anyway",
    ),
    pytest.param(
        Case(
            {"views/settings.py": "import yaml\n"},
            [],
            {"views/settings.py": ["pyyaml"]},
            entry=ENTRY
            + "def home(): pass\n"
            + "pg = st.navigation([home, st.Page('views/settings.py')])\npg.run()\n",
        ),
        id="st-page-file",
    ),
    pytest.param(
        Case(
            {"views/home.py": "import six\n", "views/settings.py": "import yaml\n"},
            ["six"],
            {"views/settings.py": ["pyyaml"]},
            entry=ENTRY
            + "home = st.Page('views/home.py')\n"
            + "pg = st.navigation({'Main': [home, st.Page('views/settings.py')]})\npg.run()\n",
        ),
        id="st-navigation-s-first-page-loads-at-boot",
    ),
    pytest.param(
        Case(
            {"views/home.py": "import six\n", "views/settings.py": "import yaml\n"},
            ["pyyaml"],
            {"views/home.py": ["six"]},
            entry=ENTRY
            + "pg = st.navigation(['views/home.py', st.Page('views/settings.py', default=True)])\n"
            + "pg.run()\n",
        ),
        id="the-default-page-loads-at-boot",
    ),
    pytest.param(
        Case(
            {"pages/1_A.py": "import tabulate\n", "requirements.txt": "tabulate==0.9.0\nsix\n"},
            ["six"],
            {"pages/1_A.py": ["tabulate"]},
        ),
        id="requirements-a-page-imports-and-one-nothing-imports",
    ),
    pytest.param(Case({}, ["pyyaml"], entry=ENTRY + "import yaml\n"), id="one-page-app"),
]


@pytest.mark.parametrize("case", CASES)
def test_split(resolve: Resolve, index: FakeIndex, case: Case) -> None:
    index.add("tabulate", "0.9.0")
    index.add("six", "1.17.0")
    analysis, plan = resolve(case.entry, files=case.files)
    assert [d.code for d in plan.diagnostics if d.severity == "error"] == []
    split = split_by_page(analysis, plan)
    assert split.boot == case.boot
    assert split.pages == case.pages
