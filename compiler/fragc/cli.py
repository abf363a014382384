"""The ``fragc`` command: argument parsing, exit codes and terminal output, nothing else.

Exit status: 0 success, 1 the app has errors (or the output directory is not
fragc's), 2 bad usage. Every user error arrives here as one FragcError and is
printed as a message, never as a traceback. Progress goes to stderr; ``check``
writes its findings to stdout, where tools read them.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import fragc
from fragc.errors import EXIT_USAGE, FragcError

if TYPE_CHECKING:
    from fragc.analysis import AppAnalysis
    from fragc.diagnostics import Diagnostic

DEFAULT_OUTDIR = Path("dist")
DEFAULT_PORT = 8000


def main(argv: Sequence[str] | None = None) -> int:
    # File names that are not UTF-8 reach messages as surrogates: print them escaped
    # rather than fail on them.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        _error("choose a command: build, check, serve or dev (fragc --help tells more)")
        return EXIT_USAGE
    try:
        code: int = args.run(args)
    except FragcError as error:
        if error.diagnostics:
            from fragc.diagnostics import format_text

            sys.stderr.write(format_text(error.diagnostics))
        _error(error.message)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `fragc check app.py | head`: the reader left; say nothing more.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the interpreter closes it at exit
        return 1
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fragc",
        description="Compile a Streamlit script into a static site that runs Python in the browser.",
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help="print fragc's, Pyodide's and the Streamlit API's versions",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="compile APP.py into a static site")
    build.add_argument("app", type=Path, metavar="APP.py", help="the Streamlit script")
    build.add_argument(
        "-o",
        "--outdir",
        type=Path,
        metavar="OUTDIR",
        help=f"where to write the site (default: {DEFAULT_OUTDIR}/; with --single-file, "
        "the HTML file, or a directory for APP.html; default: ./APP.html)",
    )
    build.add_argument(
        "--single-file",
        action="store_true",
        help="write the whole site as one HTML file that works opened from disk, with no "
        "server and no network",
    )
    build.add_argument(
        "--pyodide-packages",
        type=Path,
        metavar="DIR",
        help="an unpacked Pyodide distribution (same version) to copy numpy, pandas... from, "
        "so the site needs no CDN",
    )
    build.add_argument(
        "--no-prerender",
        action="store_true",
        help="do not run the app at build time to show its first run before Python starts",
    )
    build.add_argument(
        "--no-snapshot",
        action="store_true",
        help="do not make a Python memory snapshot (the page then boots Python from scratch)",
    )
    build.set_defaults(run=_build)

    check = commands.add_parser("check", help="analyse APP.py and print what fragc finds")
    check.add_argument("app", type=Path, metavar="APP.py", help="the Streamlit script")
    check.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    check.set_defaults(run=_check)

    serve = commands.add_parser("serve", help="serve a built site on 127.0.0.1")
    serve.add_argument("outdir", type=Path, metavar="OUTDIR", help="a directory fragc built")
    serve.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})"
    )
    serve.add_argument(
        "--no-isolation",
        action="store_true",
        help="without the cross-origin isolation headers, as a host like GitHub Pages serves",
    )
    serve.set_defaults(run=_serve)

    dev = commands.add_parser(
        "dev", help="build, serve and watch APP.py: the open page reruns the app on save"
    )
    dev.add_argument("app", type=Path, metavar="APP.py", help="the Streamlit script")
    dev.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})"
    )
    dev.add_argument(
        "-o",
        "--outdir",
        type=Path,
        metavar="OUTDIR",
        help="where to keep the site (default: a temporary folder, removed at exit)",
    )
    dev.add_argument("--pyodide-packages", type=Path, metavar="DIR", help="as for `fragc build`")
    dev.set_defaults(run=_dev)
    return parser


class _VersionAction(argparse.Action):
    """``fragc --version``: the three versions a bug report needs, read only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        sys.stdout.write(version_text())
        parser.exit()


def version_text() -> str:
    from fragc.site.assets import checkout_assets, installed_assets

    pyodide = "unknown (fragc's runtime files are missing)"
    for assets in (installed_assets(), checkout_assets()):
        if (assets.pyodide_dir / "package.json").is_file():
            pyodide = assets.pyodide_version()
            break
    return (
        f"fragc {fragc.__version__}\n"
        f"Pyodide {pyodide}\n"
        f"Streamlit API {fragc.STREAMLIT_API_VERSION}\n"
    )


def _build(args: argparse.Namespace) -> int:
    # Imported here: `fragc serve` and `fragc --help` should not pay for the compiler.
    from fragc.diagnostics import format_text
    from fragc.site.build import BootOptions, build_site
    from fragc.site.size_report import size_report

    if args.single_file:
        return _build_single_file(args)
    args.outdir = args.outdir or DEFAULT_OUTDIR
    result = build_site(
        args.app,
        args.outdir,
        progress=_progress,
        pyodide_packages=args.pyodide_packages,
        boot=BootOptions(prerender=not args.no_prerender, snapshot=not args.no_snapshot),
    )
    if result.warnings:
        sys.stderr.write(format_text(result.warnings))
    sys.stderr.write("\n" + size_report(result.app_sizes) + "\n")
    if result.first_visit is not None:
        sys.stderr.write("\n" + result.first_visit.table() + "\n\n")
    megabytes = result.total_bytes / 1_000_000
    _progress(f"wrote {args.outdir} ({result.file_count} files, {megabytes:.1f} MB)")
    sys.stderr.write(f"\nServe it with:  fragc serve {args.outdir}\n")
    return 0


def _build_single_file(args: argparse.Namespace) -> int:
    from fragc.diagnostics import format_text
    from fragc.site.build import BootOptions
    from fragc.site.single_file import build_single_file, output_path
    from fragc.site.size_report import size_report

    out = output_path(args.outdir, args.app, Path.cwd())
    result = build_single_file(
        args.app,
        out,
        progress=_progress,
        pyodide_packages=args.pyodide_packages,
        boot=BootOptions(prerender=not args.no_prerender, snapshot=not args.no_snapshot),
    )
    if result.site.warnings:
        sys.stderr.write(format_text(result.site.warnings))
    sys.stderr.write("\n" + size_report(result.site.app_sizes) + "\n\n")
    _progress(
        f"wrote {out} ({result.size / 1_000_000:.1f} MB): open it in a browser, no server needed"
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    import gc

    # A one-shot command that frees nothing it makes until it exits: no cyclic garbage
    # collection (it re-walks libcst's import-time objects and the parsed trees).
    gc.disable()
    from fragc.analysis import analyze_app
    from fragc.diagnostics import format_json, format_text, has_errors, summary
    from fragc.site.entry import require_script

    require_script(args.app)
    analysis = analyze_app(args.app)
    found = [*analysis.diagnostics, *_package_diagnostics(analysis)]
    if args.format == "json":
        sys.stdout.write(format_json(found))
    else:
        sys.stdout.write(format_text(found))
        _progress(f"{args.app}: {summary(found)}")
    return 1 if has_errors(found) else 0


def _package_diagnostics(analysis: AppAnalysis) -> list[Diagnostic]:
    """What resolving the app's imports and requirements finds (pip runs, cached)."""
    import functools

    from fragc.packages.pyodide_lock import shipped_lock
    from fragc.packages.resolve import resolve_packages
    from fragc.site.assets import checkout_assets, installed_assets

    # Only Pyodide's lock is needed, not the whole runtime: check works before `npm run build`.
    for assets in (installed_assets(), checkout_assets()):
        if (assets.pyodide_dir / "pyodide-lock.json").is_file():
            lock = functools.partial(shipped_lock, assets.pyodide_dir)
            return resolve_packages(
                analysis, lock, pyodide_version=assets.pyodide_version(), check_only=True
            ).diagnostics
    return []


def _serve(args: argparse.Namespace) -> int:
    from fragc.serve import serve

    serve(args.outdir, args.port, isolate=not args.no_isolation)
    return 0


def _dev(args: argparse.Namespace) -> int:
    from fragc.dev.loop import DevOptions, run_dev

    return run_dev(
        DevOptions(
            app=args.app,
            port=args.port,
            outdir=args.outdir,
            pyodide_packages=args.pyodide_packages,
        )
    )


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port (0-65535)")
    return port


def _progress(message: str) -> None:
    sys.stderr.write(f"fragc: {message}\n")


def _error(message: str) -> None:
    sys.stderr.write(f"fragc: error: {message}\n")
