"""Files fragc never puts into a site, whatever the app reads or ``include`` asks for.

Everything in ``app.zip`` is public: anyone can download the site and unzip it. So
files that hold credentials stay out, and so do sites fragc built (its own output
folder, when it sits inside the app's folder, and any earlier build or half-written
staging folder): bundling those would grow every build by the previous one.

* **secrets**: ``.env`` (and ``.env.local``...; not ``.env.example``), a
  ``.streamlit/secrets.toml`` (unless the app reads ``st.secrets``, which reads that
  file in the browser: then it ships, after the ``secrets-in-site`` warning), private
  keys (``id_rsa``..., ``*.p12``/``*.pfx``/``*.jks``, and ``*.pem``/``*.key`` files
  holding a ``PRIVATE KEY`` block), credential files (``.netrc``, ``.pgpass``,
  ``.pypirc``, ``.npmrc``, ``.aws/credentials``);
* **version control**: anything under ``.git/``, ``.hg/``, ``.svn/``;
* **fragc sites**: any folder holding ``fragc-build.json``, the staging folders a
  build writes beside its output (``.NAME.fragc-new-*``, ``.NAME.fragc-old-*``), and
  a page fragc wrote (``fragc build --single-file`` writes ``APP.html`` into the working
  directory, often the app's folder: an HTML file whose head names fragc as generator).

:class:`NeverBundled` answers for one app folder, remembering what it learnt about
each folder.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

SITE_MARKER = "fragc-build.json"  # = fragc.site.layout.SITE_MARKER (site/ is a higher layer)
# Every page fragc writes says so in its head (templates/index.html.j2; site/single_file.py).
PAGE_GENERATOR = b'<meta name="generator" content="fragc '

# Folder names that hold a build in progress or a parked old site (site/output.py).
STAGING_NAME = re.compile(r"\..+\.fragc-(?:new|old)-.+")

_VCS_DIRS = frozenset({".git", ".hg", ".svn"})
_ENV_FILE = re.compile(r"\.env(?:\..+)?")
_ENV_TEMPLATES = frozenset({"example", "sample", "template", "dist", "defaults"})
_SECRET_NAMES = frozenset(
    {
        "id_rsa",
        "id_dsa",
        "id_ecdsa",
        "id_ed25519",
        "id_ecdsa_sk",
        "id_ed25519_sk",
        ".netrc",
        "_netrc",
        ".pgpass",
        ".pypirc",
        ".npmrc",
        ".htpasswd",
    }
)
_KEYSTORE_SUFFIXES = frozenset({".p12", ".pfx", ".jks", ".keystore"})
_MAYBE_KEY_SUFFIXES = frozenset({".pem", ".key"})  # a certificate is fine, a private key is not
_PRIVATE_KEY = re.compile(rb"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----")

SECRETS = "holds secrets"
VCS = "version control"
SITE = "a site fragc built"


class NeverBundled:
    """Which files under ``root`` (the app's folder, resolved) must stay out of the site."""

    def __init__(self, root: Path, *, reads_secrets: bool = False) -> None:
        self.root = root
        self.reads_secrets = reads_secrets
        self._sites: dict[Path, bool] = {}

    def reason(self, path: Path) -> tuple[str, str] | None:
        """(what to call it, why) when ``path`` (a file under ``root``) is never bundled.

        "What" is the file, or the folder it sits in when the folder is the reason
        (``.git/``, ``site/``), so a report can group them.
        """
        relative = PurePosixPath(path.relative_to(self.root).as_posix())
        folders = relative.parts[:-1]
        for depth, name in enumerate(folders):
            shown = "/".join(folders[: depth + 1]) + "/"
            if name in _VCS_DIRS:
                return shown, VCS
            if STAGING_NAME.fullmatch(name) or self._is_site(folders[: depth + 1]):
                return shown, SITE
        if secret_file(relative, path, reads_secrets=self.reads_secrets):
            return relative.as_posix(), SECRETS
        if relative.suffix.lower() in (".html", ".htm") and _fragc_page(path):
            return relative.as_posix(), SITE
        return None

    def _is_site(self, parts: tuple[str, ...]) -> bool:
        folder = self.root.joinpath(*parts)
        known = self._sites.get(folder)
        if known is None:
            try:
                known = (folder / SITE_MARKER).is_file()
            except OSError:
                known = False
            self._sites[folder] = known
        return known


def secret_file(relative: PurePosixPath, path: Path, *, reads_secrets: bool = False) -> bool:
    """True when the file at ``relative`` (inside the app) holds credentials."""
    name = relative.name
    lowered = name.lower()
    if _ENV_FILE.fullmatch(name):
        return lowered.rpartition(".")[2] not in _ENV_TEMPLATES
    if name == "secrets.toml" and relative.parent.name == ".streamlit":
        return not reads_secrets
    if lowered in _SECRET_NAMES or (
        name == "credentials" and relative.parent.name in (".aws", ".gcloud")
    ):
        return True
    suffix = PurePosixPath(lowered).suffix
    if suffix in _KEYSTORE_SUFFIXES:
        return True
    if suffix in _MAYBE_KEY_SUFFIXES:
        return _holds_private_key(path)
    return False


def _fragc_page(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return PAGE_GENERATOR in handle.read(4096)
    except OSError:
        return False


def _holds_private_key(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(1 << 16)
    except OSError:
        return True  # cannot tell: keep it out, as a key
    return _PRIVATE_KEY.search(head) is not None
