#!/usr/bin/env bash
# Set up a machine to build, serve and test fragc. Idempotent: run it again at any time.
#
# 1. Node.js + npm (the build hook builds the JS runtime with them) and Chromium (the
#    browser tests), from Debian's packages when missing.
# 2. `pip install -e '.[test,dev]'`, whose build hook runs `npm ci` + `npm run build`
#    in runtime_js/ and links the runtime, Pyodide's core files and the templates into
#    compiler/fragc/_assets/.
#
# Works as root or with sudo; never prompts (CI has no stdin).
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"

say() { printf '\n==> %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

APT_UPDATED=0
apt_install() {
    if ! command -v apt-get >/dev/null; then
        echo "bootstrap: $* missing and no apt-get here: install it by hand" >&2
        exit 1
    fi
    if [ "$APT_UPDATED" -eq 0 ]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

if ! command -v npm >/dev/null; then
    say "installing Node.js and npm"
    apt_install nodejs npm
fi

# Playwright drives Chromium: its own download when present, else Debian's.
if compgen -G "$HOME/.cache/ms-playwright/chromium*" >/dev/null; then
    say "Chromium: using Playwright's ($HOME/.cache/ms-playwright)"
elif [ -x /usr/bin/chromium ]; then
    say "Chromium: using /usr/bin/chromium"
else
    say "installing Chromium (Debian package)"
    apt_install chromium
fi

say "pip install -e '.[test,dev]' (builds the JS runtime)"
pip_args=(install --quiet --disable-pip-version-check -e '.[test,dev]')
# A system Python under PEP 668 refuses installs; this machine is the project's own.
if [ -f "$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_path("stdlib"))')/EXTERNALLY-MANAGED" ] \
    && [ -z "${VIRTUAL_ENV:-}" ]; then
    pip_args+=(--break-system-packages)
fi
"$PYTHON" -m pip "${pip_args[@]}"

"$PYTHON" -m fragc --version >/dev/null
say "ready: try 'make serve EXAMPLE=seed_counters' or 'make test'"
