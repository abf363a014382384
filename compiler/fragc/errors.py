"""The one exception type for user errors; the CLI turns it into a message and an exit code.

Anything else that escapes is a bug in fragc (and keeps its traceback).
"""

from __future__ import annotations

from collections.abc import Sequence

from fragc.diagnostics import Diagnostic

EXIT_APP_ERROR = 1  # the app (or the output directory) is not right
EXIT_USAGE = 2  # the command line is not right (argparse uses 2 as well)

# What to do when fragc's own runtime files (the JS runtime, Pyodide's core) are missing.
SETUP_HINT = (
    "run `pip install -e .` (or `make setup`) in the fragc checkout, which builds the "
    "runtime; or build it by hand with `cd runtime_js && npm ci && npm run build`"
)


class FragcError(Exception):
    """A problem the user can fix: ``message`` says what and how.

    ``diagnostics`` carries the findings when the app itself has errors, so the
    CLI prints them (with source line and caret) above the message.
    """

    def __init__(
        self,
        message: str,
        *,
        exit_code: int = EXIT_APP_ERROR,
        diagnostics: Sequence[Diagnostic] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
        self.diagnostics = tuple(diagnostics)
