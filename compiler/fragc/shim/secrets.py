"""st.secrets: the app's ``.streamlit/secrets.toml``, read on first use.

A static site has no secret store: fragc bundles ``.streamlit/secrets.toml`` only when the
app uses ``st.secrets``, and the build warns (FRG040) that its values become public. The
texts of the errors are Streamlit 1.67's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

SECRETS_FILE = Path(".streamlit") / "secrets.toml"  # relative to the app's directory

_MISSING_ENTRY_HINT = (
    "Did you forget to add it to secrets.toml, mount it to secret directory, or the app settings "
    "on Streamlit Cloud? More info: "
    "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
)


class AttrDict(Mapping[str, Any]):
    """A read-only TOML table with attribute access, as Streamlit's."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.__dict__["_values"] = dict(values)

    def _wrap(self, value: Any) -> Any:
        return AttrDict(value) if isinstance(value, Mapping) else value

    def __getitem__(self, key: str) -> Any:
        try:
            return self._wrap(self._values[key])
        except KeyError:
            raise KeyError(f'st.secrets has no key "{key}". {_MISSING_ENTRY_HINT}') from None

    def __getattr__(self, key: str) -> Any:
        try:
            return self._wrap(self._values[key])
        except KeyError:
            raise AttributeError(
                f'st.secrets has no attribute "{key}". {_MISSING_ENTRY_HINT}'
            ) from None

    def __setattr__(self, key: str, value: Any) -> None:
        raise TypeError("Secrets does not support attribute assignment.")

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._values)

    def __repr__(self) -> str:
        return repr(self._values)


class Secrets(AttrDict):
    """``st.secrets``: loads the file the first time it is read (cwd is the app's directory)."""

    def __init__(self) -> None:
        super().__init__({})
        self.__dict__["_loaded"] = False

    @property
    def _values(self) -> dict[str, Any]:
        if not self.__dict__["_loaded"]:
            self.__dict__["_data"] = _load()
            self.__dict__["_loaded"] = True
        return self.__dict__["_data"]  # type: ignore[no-any-return]


def _load() -> dict[str, Any]:
    import tomllib  # lazily: only apps that read secrets pay for it

    try:
        text = SECRETS_FILE.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(
            "No secrets found. Valid paths for a secrets.toml file or secret directories are: "
            f"{SECRETS_FILE.resolve()}"
        ) from None
    return tomllib.loads(text)
