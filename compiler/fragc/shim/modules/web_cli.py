"""``streamlit.web.cli``: Streamlit's command line, which has no meaning in a built site.

Scripts import it to start themselves (``if not runtime.exists(): stcli.main()``);
in fragc ``runtime.exists()`` is True, so that branch does not run. Calling ``main``
anyway says why it cannot work.
"""

from __future__ import annotations

from typing import Any, NoReturn

from fragc.shim.errors import StreamlitAPIException


def main(*args: Any, **kwargs: Any) -> NoReturn:
    raise StreamlitAPIException(
        "`streamlit.web.cli.main()` starts a Streamlit server, which a static site built by "
        "fragc does not have: the app already runs in the browser. Guard the call with "
        "`if not runtime.exists():`."
    )


main_run = main
