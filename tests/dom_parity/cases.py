"""The table of apps that tests/dom_parity compares, and what a test does on each.

Each case is an app under ``tests/dom_parity/apps/<name>/app.py`` and the steps a browser
test takes on it, written as a test for ``streamlit run`` would take them (roles, names,
test ids). The outline is taken after the first run and after every step; the recorder
(record.py) and the test (tests/e2e/test_dom_parity.py) drive both sites with ``run_step``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Page

HERE = Path(__file__).resolve().parent
APPS = HERE / "apps"
GOLDENS = HERE / "goldens"
OUTLINE_JS = (HERE / "outline.js").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Step:
    """One user action: ``action`` on the element found by role and name (or test id)."""

    label: str
    action: str  # "click", "press" (key), "fill" (text)
    role: str = ""
    name: str = ""
    testid: str = ""
    key: str = ""
    text: str = ""


@dataclass(frozen=True)
class Case:
    app: str
    steps: tuple[Step, ...] = field(default_factory=tuple)


CASES = (
    Case("dom_text"),
    Case(
        "dom_layout",
        (
            Step("open the closed expander", "click", testid="stExpander", name="Closed expander"),
            Step("second tab", "click", role="tab", name="Tab two"),
            Step(
                "arrow back to the first tab", "press", role="tab", name="Tab two", key="ArrowLeft"
            ),
        ),
    ),
    Case("dom_feedback"),
    Case(
        "dom_inputs",
        (
            Step("tick the checkbox", "click", testid="stCheckbox", name="Tick"),
            Step("pick B", "click", testid="stRadio", name="B"),
            Step("arrow down to C", "press", role="radio", name="B", key="ArrowDown"),
            Step("slider one step up", "press", role="slider", key="ArrowRight"),
            Step("type a name", "fill", role="textbox", name="Name", text="Ada"),
            Step("commit the name", "press", role="textbox", name="Name", key="Enter"),
        ),
    ),
    Case(
        "dom_choice",
        (
            Step("open the combobox", "click", role="combobox", name="Choose"),
            Step("pick Green", "click", role="option", name="Green"),
            Step("open the multiselect", "click", role="combobox", name="Several"),
            Step("add Y", "click", role="option", name="Y"),
            # Streamlit hides the page from assistive technology while its list is open
            # (React Aria's ariaHideOutside): a test closes the list before "Remove X".
            Step("close the list", "press", role="combobox", name="Several", key="Escape"),
            Step("remove X", "click", role="button", name="Remove X"),
            Step("slider one step down", "press", role="slider", key="ArrowLeft"),
            Step("slider to its end", "press", role="slider", key="End"),
            Step("open the calendar", "click", testid="stDateInputField"),
            Step("pick a day", "click", role="button", name="Wednesday, January 10, 2024"),
            Step("hour one up", "press", role="spinbutton", name="hour, When", key="ArrowUp"),
        ),
    ),
    Case(
        "dom_forms",
        (
            Step("type an email", "fill", role="textbox", name="Email", text="a@b.c"),
            Step("submit", "click", role="button", name="Sign up"),
        ),
    ),
    Case(
        "dom_chat",
        (
            Step("type a message", "fill", testid="stChatInputTextArea", text="Hi"),
            Step("send", "press", testid="stChatInputTextArea", key="Enter"),
        ),
    ),
)


def target(page: Page, step: Step):  # noqa: ANN201 (a Locator)
    """The element a step acts on: by role and name, or by test id (and text inside it)."""
    if step.role and step.name:
        return page.get_by_role(step.role, name=step.name, exact=True)  # type: ignore[arg-type]
    if step.role:  # the app's only control with this role
        return page.get_by_role(step.role)  # type: ignore[arg-type]
    found = page.get_by_test_id(step.testid)
    if step.name:
        found = found.get_by_text(step.name, exact=True)
    return found


def run_step(page: Page, step: Step) -> None:
    """Take the step; the caller waits for the run it starts."""
    found = target(page, step)
    if step.action == "click":
        found.click()
    elif step.action == "press":
        found.press(step.key)
    elif step.action == "fill":
        found.fill(step.text)
    else:
        raise ValueError(f"unknown action {step.action!r}")


def golden_path(app: str) -> Path:
    return GOLDENS / f"{app}.json"
