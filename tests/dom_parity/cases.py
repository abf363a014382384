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
    # "click", "press" (key; on the keyboard when the step names no element), "fill"
    # (text), "hover" (the element; then ``within``'s click when it names one)
    action: str
    role: str = ""
    name: str = ""
    testid: str = ""
    key: str = ""
    text: str = ""
    within: str = ""  # a CSS selector inside the element found: what the action acts on


# What an outline compares: the first cases were recorded before the layers, the sidebar,
# the header and the focus were outlined, and compare only these.
FIRST_ROOTS = ("main", "bottom", "toasts")
ROOTS = (*FIRST_ROOTS, "layers", "focus")
WITH_CHROME = ("main", "sidebar", "header", "layers", "focus")


@dataclass(frozen=True)
class Case:
    app: str
    steps: tuple[Step, ...] = field(default_factory=tuple)
    roots: tuple[str, ...] = FIRST_ROOTS


def tab(label: str) -> Step:
    return Step(label, "press", key="Tab")


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
    Case(
        "dom_popover",
        (
            Step("open the popover", "click", role="button", name="Settings"),
            Step("type a nickname", "fill", role="textbox", name="Nickname", text="Bo"),
            Step("commit the nickname", "press", role="textbox", name="Nickname", key="Enter"),
            Step("Escape closes it", "press", key="Escape"),
            Step("open it again", "click", role="button", name="Settings"),
            Step("close it by its button", "click", testid="stPopoverButton"),
        ),
        ROOTS,
    ),
    Case(
        "dom_dialog",
        (
            Step("open the dialog", "click", role="button", name="Open dialog"),
            Step("close it by its button", "click", role="button", name="Close"),
            Step("open it again", "click", role="button", name="Open dialog"),
            Step("Escape closes it", "press", key="Escape"),
            Step("open it a third time", "click", role="button", name="Open dialog"),
            Step("answer yes", "click", role="button", name="Yes"),
        ),
        ROOTS,
    ),
    Case(
        "dom_sidebar",
        (
            Step("tick in the sidebar", "click", testid="stCheckbox", name="Side flag"),
            Step(
                "collapse the sidebar",
                "hover",
                testid="stSidebar",
                within='[data-testid="stSidebarCollapseButton"] button',
            ),
            Step("expand the sidebar", "click", testid="stExpandSidebarButton"),
        ),
        WITH_CHROME,
    ),
    Case(
        "dom_metric",
        (
            Step("hover the metric's help", "hover", testid="stTooltipIcon", name="0"),
            Step("hover the text input's help", "hover", testid="stTooltipIcon", name="1"),
        ),
        ROOTS,
    ),
    Case(
        "dom_choices",
        (
            Step("pick a pill", "click", role="radio", name="South"),
            Step("pick a segment", "click", role="radio", name="Night"),
            Step("give three stars", "click", role="radio", name="3 out of 5 stars"),
        ),
        ROOTS,
    ),
    Case(
        "dom_keyboard",
        (
            tab("Tab from the top: the skip link"),
            Step("Enter follows it to the page", "press", key="Enter"),
            tab("Tab to the first field"),
            Step("type in it", "press", key="x"),
            Step("Enter commits it", "press", key="Enter"),
            tab("Tab to the checkbox"),
            Step("Space ticks it", "press", key="Space"),
            tab("Tab to the button"),
            tab("Tab into the form"),
            Step("type a note", "press", key="n"),
            Step("Enter submits the form", "press", key="Enter"),
            Step("Shift+Tab back to the button", "press", key="Shift+Tab"),
        ),
        ROOTS,
    ),
)


def target(page: Page, step: Step):  # noqa: ANN201 (a Locator)
    """The element a step acts on: by role and name, or by test id (and text inside it).

    A test id and a number as the name: the test id's n-th element (from 0).
    """
    if step.role and step.name:
        return page.get_by_role(step.role, name=step.name, exact=True)  # type: ignore[arg-type]
    if step.role:  # the app's only control with this role
        return page.get_by_role(step.role)  # type: ignore[arg-type]
    found = page.get_by_test_id(step.testid)
    if step.name.isdigit():
        return found.nth(int(step.name))
    if step.name:
        found = found.get_by_text(step.name, exact=True)
    return found


def run_step(page: Page, step: Step) -> None:
    """Take the step; the caller waits for the run it starts."""
    if step.action == "press" and not (step.role or step.testid):
        page.keyboard.press(step.key)
        return
    found = target(page, step)
    if step.action == "hover":
        found.hover()
        if step.within:
            found.locator(step.within).click()
        return
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
