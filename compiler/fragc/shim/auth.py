"""st.user, st.login, st.logout and st.App: what needs a server, in a site that has none.

Signing a user in takes a server: Streamlit redirects to the identity provider and
keeps the result in a signed cookie its server reads back. A static site can do
neither, so ``st.login()``/``st.logout()`` raise an error that says so (``fragc
check`` reports them first: FRG035). ``st.user`` works and always describes a visitor
who is not logged in: empty, with ``is_logged_in`` False when the app configures
``[auth]`` in its secrets, as in Streamlit before a login. ``st.App`` wraps a script
in Streamlit's ASGI server, which does not exist in the browser.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from fragc.shim.errors import StreamlitAPIException

SIGN_IN_NEEDS_A_SERVER = (
    "`st.{name}()` needs Streamlit's server: it redirects to the identity provider and "
    "keeps the signed-in user in a cookie only a server can read. A static site built by "
    "fragc has no server, so nobody can log in; `st.user` always describes a visitor who "
    "is not logged in. Put the site behind your host's authentication instead (for "
    "example Cloudflare Access or Netlify's password protection)."
)


def _user_info() -> dict[str, Any]:
    info: dict[str, Any] = {}
    try:
        from fragc.shim.api import secrets

        if "auth" in secrets:
            info["is_logged_in"] = False
    except (FileNotFoundError, OSError, ValueError):
        pass
    return info


class UserInfoProxy(Mapping[str, Any]):
    """``st.user``: the logged-in user's claims, which in fragc are never there."""

    def __getitem__(self, key: str) -> Any:
        try:
            return _user_info()[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        if key == "tokens":
            return {}
        try:
            return _user_info()[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(_user_info())

    def __len__(self) -> int:
        return len(_user_info())

    def to_dict(self) -> dict[str, Any]:
        return _user_info()

    def __repr__(self) -> str:
        return repr(_user_info())


def login(provider: str | None = None) -> None:
    raise StreamlitAPIException(SIGN_IN_NEEDS_A_SERVER.format(name="login"))


def logout() -> None:
    raise StreamlitAPIException(SIGN_IN_NEEDS_A_SERVER.format(name="logout"))


class App:
    """``st.App``: Streamlit's ASGI application, which a static site cannot serve."""

    def __init__(self, script_path: Any, **kwargs: Any) -> None:
        raise StreamlitAPIException(
            "`st.App` runs a script on Streamlit's ASGI server (with your own routes and "
            "middleware); a site built by fragc has no server. Build the script itself with "
            "`fragc build`, and serve any extra routes from your host."
        )
