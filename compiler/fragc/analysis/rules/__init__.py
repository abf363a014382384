"""Every rule that checks a parsed file, one module each.

Adding a rule: write ``rules/<name>.py`` with a :class:`~fragc.analysis.rules.base.LintRule`
subclass (code, name, severity, a What/Why/Example/Fix docstring), add it to
:data:`LINT_RULES`, give it a table test in ``tests/compiler/rules/``, and regenerate
docs/diagnostics.md (``python -m fragc.analysis.docs``).
"""

from __future__ import annotations

from fragc.analysis.context import FileContext
from fragc.analysis.rules.bad_run_every import BadRunEvery, RunEveryClamped
from fragc.analysis.rules.base import LintRule
from fragc.analysis.rules.browser_unsupported_call import BrowserUnsupportedCall
from fragc.analysis.rules.fragment_not_function import FragmentNotFunction
from fragc.analysis.rules.hardcoded_secret import HardcodedSecret
from fragc.analysis.rules.network_call import NetworkCall
from fragc.analysis.rules.page_file_missing import PageFileMissing
from fragc.analysis.rules.rerun_fragment_scope import RerunFragmentScope
from fragc.analysis.rules.secrets_in_site import SecretsInSite
from fragc.analysis.rules.server_only_name import ServerOnlyName
from fragc.analysis.rules.sidebar_in_fragment import SidebarInFragment
from fragc.analysis.rules.sleep_loop import SleepLoop
from fragc.analysis.rules.switch_page_missing import SwitchPageMissing
from fragc.analysis.rules.unknown_streamlit_name import UnknownStreamlitName
from fragc.analysis.rules.unsupported_streamlit_name import UnsupportedStreamlitName
from fragc.analysis.rules.widget_outside_fragment import WidgetOutsideFragment
from fragc.analysis.walk import Dispatcher
from fragc.diagnostics import Diagnostic

LINT_RULES: tuple[type[LintRule], ...] = (
    BadRunEvery,
    RunEveryClamped,
    FragmentNotFunction,
    SidebarInFragment,
    WidgetOutsideFragment,
    RerunFragmentScope,
    SwitchPageMissing,
    PageFileMissing,
    UnknownStreamlitName,
    UnsupportedStreamlitName,
    ServerOnlyName,
    SecretsInSite,
    HardcodedSecret,
    BrowserUnsupportedCall,
    NetworkCall,
    SleepLoop,
)


def check_file(
    ctx: FileContext, rules: tuple[type[LintRule], ...] = LINT_RULES
) -> list[Diagnostic]:
    """Every rule's findings, from one walk of the file."""
    instances = [rule(ctx) for rule in rules]
    ctx.module.visit(Dispatcher(instances))
    return [found for rule in instances for found in rule.finish()]
