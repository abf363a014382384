"""The manifest: what the page and the shim know about the app before Python starts."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import fragc
from fragc import protocol
from fragc.packages.vendor import SitePackages


def readable_title(stem: str) -> str:
    """``seed_counters`` -> ``Seed counters``: the page title until st.set_page_config runs."""
    words = [word for word in re.split(r"[\s_\-.]+", stem) if word]
    if not words:
        return stem or "App"
    text = " ".join(words)
    return text[0].upper() + text[1:]


def make_manifest(
    *,
    entry: str,
    title: str,
    pyodide_version: str,
    bundle: str,
    bundle_sha256: str,
    files: Sequence[protocol.ManifestFile],
    fragments: Sequence[protocol.ManifestFragment],
    packages: SitePackages | None = None,
    page_packages: Mapping[str, Sequence[str]] | None = None,
) -> protocol.Manifest:
    manifest: protocol.Manifest = {
        "fragc_version": fragc.__version__,
        "protocol_version": protocol.PROTOCOL_VERSION,
        "pyodide_version": pyodide_version,
        "entry": entry,
        "title": title,
        "bundle": bundle,
        "bundle_sha256": bundle_sha256,
        "files": list(files),
        "fragments": list(fragments),
        "packages": list(packages.packages) if packages else [],
        "package_lock": packages.package_lock if packages else None,
        "cdn_packages": list(packages.cdn_packages) if packages else [],
        "page_packages": {},
    }
    if packages and packages.package_lock and page_packages:
        later = {name for names in page_packages.values() for name in names}
        manifest["packages"] = [name for name in packages.packages if name not in later]
        manifest["page_packages"] = {page: list(names) for page, names in page_packages.items()}
    return manifest
