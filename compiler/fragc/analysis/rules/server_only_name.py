"""FRG035: a Streamlit feature that needs Streamlit's server, used in a static site."""

from __future__ import annotations

import re

import libcst as cst

from fragc.analysis.data_files import argument
from fragc.analysis.rules.streamlit_name_base import StreamlitNameRule

# st.X that cannot work without a server: why, and what to do instead.
SERVER_ONLY_NAMES: dict[str, tuple[str, str]] = {
    "login": (
        "st.login needs Streamlit's server (an OpenID Connect redirect and a signed cookie)",
        "a static site cannot sign users in: protect it with your host's authentication "
        "(Cloudflare Access, Netlify password protection, ...); st.user stays logged out",
    ),
    "logout": (
        "st.logout needs Streamlit's server (it clears the sign-in cookie)",
        "a static site has nobody logged in: remove the call",
    ),
    "App": (
        "st.App runs a script on Streamlit's ASGI server, which a static site does not have",
        "build the script itself with fragc build; serve extra routes from your host",
    ),
}
# st.connection kinds that talk to a server over sockets.
SERVER_CONNECTIONS = frozenset({"snowflake", "snowflake-callers-rights", "snowpark"})
_REMOTE_SQL = re.compile(r"^(?!sqlite)[a-z0-9+]+://", re.IGNORECASE)


class ServerOnlyName(StreamlitNameRule):
    """The app uses a Streamlit feature that needs Streamlit's server.

    What:
    `st.login()`, `st.logout()`, `st.App(...)`, and `st.connection` to a database
    server: `type="snowflake"` (or a connection named `snowflake`), or `type="sql"`
    with a URL of a database server (`postgresql://...`, `mysql://...`). Guarded uses
    are not reported, as for FRG030.

    Why:
    A site fragc builds has no server: signing in needs a redirect to the identity
    provider and a cookie only a server can read, `st.App` is Streamlit's server, and
    a page cannot open a database connection (no sockets). In the built site the line
    raises an error that says the same.

    Example:
    ```python
    if not st.user.is_logged_in:
        st.login("google")
    conn = st.connection("snowflake")
    ```

    Fix:
    Protect the site with your host's authentication instead of `st.login`; read data
    the site can carry (a CSV, a bundled SQLite file: `st.connection("db", type="sql",
    url="sqlite:///data.db")`) or an HTTP API.
    """

    code = "FRG035"
    name = "server-only-name"
    severity = "error"

    def problem(self, name: str) -> tuple[str, str | None] | None:
        return SERVER_ONLY_NAMES.get(name)

    def visit_Call(self, node: cst.Call) -> None:
        if self.ctx.streamlit_name(node.func) != "connection" or self.ctx.is_guarded(node):
            return
        kind = _literal(argument(node, 1, "type"))
        name = _literal(argument(node, 0, "name"))
        url = _literal(_keyword(node, "url"))
        if kind in SERVER_CONNECTIONS or (kind is None and name in SERVER_CONNECTIONS):
            self.report(
                node,
                f"st.connection to {kind or name} needs a server: Snowflake's connector talks "
                "to Snowflake over sockets, which a page in the browser does not have",
                "query the data at build time and bundle the result (a CSV or a SQLite file), "
                "or call an HTTP API",
            )
        elif url is not None and _REMOTE_SQL.match(url):
            self.report(
                node,
                "st.connection to a database server cannot work in a static site: a page in "
                "the browser cannot open sockets",
                "bundle a SQLite file with the app (url='sqlite:///data.db') or call an HTTP API",
            )


def _keyword(call: cst.Call, name: str) -> cst.BaseExpression | None:
    return next((a.value for a in call.args if a.keyword and a.keyword.value == name), None)


def _literal(node: cst.BaseExpression | None) -> str | None:
    if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    return None
