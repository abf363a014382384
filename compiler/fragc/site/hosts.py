"""The limits of the static hosts docs/deploy.md describes, and the built site checked against them.

Figures from each host's documentation (see docs/deploy.md for the links and what each
one means). Only limits that make a deploy fail, or a file go missing, are here; soft
ones (bandwidth, build minutes) are not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from fragc.catalogue.over_host_limit import OverHostLimit
from fragc.diagnostics import Diagnostic

MIB = 1024 * 1024
MB = 1000 * 1000
# GitHub refuses a push holding a file over 100 MiB: the app's own repository cannot hold
# such a data file (nor a site pushed to a branch hold it), whatever app.zip compresses it to.
GITHUB_FILE_BYTES = 100 * MIB


@dataclass(frozen=True)
class HostLimits:
    host: str
    max_file_bytes: int | None = None
    max_files: int | None = None
    max_files_per_folder: int | None = None
    max_site_bytes: int | None = None
    max_path_chars: int | None = None
    file_limit_note: str = "serves no file over"  # how the host words the file limit


HOSTS: tuple[HostLimits, ...] = (
    HostLimits("GitHub Pages", max_site_bytes=1000 * MB),
    HostLimits("Cloudflare Pages", max_file_bytes=25 * MIB, max_files=20_000),
    HostLimits("Netlify", max_files_per_folder=54_000),
    HostLimits(
        "Hugging Face Spaces",
        max_file_bytes=10 * MIB,
        file_limit_note="takes a git push of files over 10 MiB only through Git LFS (`hf upload` uses it);",
    ),
    HostLimits(
        "itch.io",
        max_file_bytes=200 * MB,
        max_files=1000,
        max_site_bytes=500 * MB,
        max_path_chars=240,
    ),
)


def _size(n: int, like: int) -> str:
    """``n`` bytes in the unit the host states its limit ``like`` in (MiB or MB)."""
    if like % MIB == 0:
        return f"{n / MIB:.1f} MiB"
    return f"{n / MB:.1f} MB"


def host_warnings(
    site: Path, shown_as: str, hosts: tuple[HostLimits, ...] = HOSTS
) -> list[Diagnostic]:
    """One warning per limit of a host the site in ``site`` breaks.

    ``shown_as`` is how the user names the site folder (``dist``): the warnings name
    ``dist/pyodide/pyodide.asm.wasm``, not the staging folder the site was written to.
    """
    files = sorted(path for path in site.rglob("*") if path.is_file())
    sizes = {path: path.stat().st_size for path in files}
    total = sum(sizes.values())
    per_folder: dict[Path, int] = {}
    for path in files:
        per_folder[path.parent] = per_folder.get(path.parent, 0) + 1
    shown = shown_as.rstrip("/")

    def where(path: Path) -> str:
        return f"{shown}/{path.relative_to(site).as_posix()}"

    found: list[Diagnostic] = []
    for host in hosts:
        if host.max_file_bytes is not None:
            for path in files:
                if sizes[path] > host.max_file_bytes:
                    found.append(
                        OverHostLimit.diagnostic(
                            f"{where(path)} is {_size(sizes[path], host.max_file_bytes)}: {host.host} "
                            f"{host.file_limit_note} {_size(host.max_file_bytes, host.max_file_bytes)}",
                            file=where(path),
                            line=1,
                            col=1,
                            hint="see docs/deploy.md for the hosts this site fits",
                        )
                    )
        if host.max_files is not None and len(files) > host.max_files:
            found.append(
                _site_warning(
                    shown,
                    f"the site has {len(files)} files: {host.host} takes at most {host.max_files}",
                )
            )
        if host.max_site_bytes is not None and total > host.max_site_bytes:
            found.append(
                _site_warning(
                    shown,
                    f"the site is {_size(total, host.max_site_bytes)}: {host.host} takes "
                    f"at most {_size(host.max_site_bytes, host.max_site_bytes)}",
                )
            )
        if host.max_files_per_folder is not None:
            for folder, count in sorted(per_folder.items()):
                if count > host.max_files_per_folder:
                    found.append(
                        _site_warning(
                            shown,
                            f"{shown}/{folder.relative_to(site).as_posix()} holds {count} files: "
                            f"{host.host} takes at most {host.max_files_per_folder} per folder",
                        )
                    )
        if host.max_path_chars is not None:
            for path in files:
                relative = path.relative_to(site).as_posix()
                if len(relative) > host.max_path_chars:
                    found.append(
                        _site_warning(
                            shown,
                            f"{where(path)}: a path of {len(relative)} characters; {host.host} "
                            f"takes at most {host.max_path_chars}",
                        )
                    )
    return found


def _site_warning(shown: str, message: str) -> Diagnostic:
    return OverHostLimit.diagnostic(
        message, file=shown, line=1, col=1, hint="see docs/deploy.md for the hosts this site fits"
    )


def app_file_warnings(sizes: Mapping[str, int], app_dir: str) -> list[Diagnostic]:
    """One warning per file of the app (in ``app.zip``, uncompressed) over GitHub's limit.

    ``sizes``: path in the app -> bytes; ``app_dir`` is how the user names the app's folder.
    """
    shown = app_dir.rstrip("/")
    found: list[Diagnostic] = []
    for name, size in sorted(sizes.items(), key=lambda item: (-item[1], item[0])):
        if size > GITHUB_FILE_BYTES:
            where = f"{shown}/{name}" if shown not in ("", ".") else name
            found.append(
                OverHostLimit.diagnostic(
                    f"{where} is {_size(size, GITHUB_FILE_BYTES)}, bundled into app.zip: GitHub "
                    f"refuses files over {_size(GITHUB_FILE_BYTES, GITHUB_FILE_BYTES)} "
                    "(in the app's repository and in a site pushed to a branch), and every "
                    "visit downloads it and holds it in the browser's memory",
                    file=where,
                    line=1,
                    col=1,
                    hint="leave it out with [tool.fragc] exclude, or ship a smaller extract "
                    "of it (see docs/app-folder.md)",
                )
            )
    return found
