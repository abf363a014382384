"""FRG074: a file the app reads or ``include`` matches that fragc keeps out of the site."""

from __future__ import annotations

from fragc.diagnostics import Rule


class FileNeverBundled(Rule):
    """A file the app reads, or an `include` pattern matches, is never put in the site.

    What:
    fragc never bundles files that hold credentials (`.env`, `.streamlit/secrets.toml`
    unless the app reads `st.secrets`, private keys such as `id_rsa`, `*.p12` or a
    `*.pem` holding a `PRIVATE KEY`, `.netrc`, `.pypirc`, `.aws/credentials`...),
    version control folders (`.git/`, `.hg/`, `.svn/`), sites fragc built (any folder
    with `fragc-build.json`, a build's staging folders, and a page fragc wrote, such
    as the `APP.html` of `fragc build --single-file`), links to files outside
    the app's folder, nor files whose name is not valid UTF-8. A read of such a file
    by a literal path, or an
    `[tool.fragc] include` pattern matching some, is reported once, saying what was
    left out.

    Why:
    Every file of a static site is public: anyone can download `app.zip` and read a
    key in it. Bundling an earlier site (an output folder inside the app's folder,
    caught by `include = ["**/*"]`) would make each build carry the previous one.

    Example:
    ```toml
    [tool.fragc]
    include = ["**/*"]   # also matches .env, .git/ and dist/ (an earlier build)
    ```

    Fix:
    Narrow the pattern to the files the app needs (`data/*.csv`). Keep credentials
    out of a static site: let each user enter their own key, or call a server you
    control that holds it.
    """

    code = "FRG074"
    name = "file-never-bundled"
    severity = "warning"
