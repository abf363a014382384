"""FRG064: a requirement line fragc cannot read."""

from __future__ import annotations

from fragc.diagnostics import Rule


class BadRequirement(Rule):
    """A declared requirement that is not a valid requirement, or uses an option fragc does not support.

    What:
    A line of `requirements.txt` (or of a file it includes with `-r`), a PEP 723
    `dependencies` entry or a `[tool.fragc] requirements` entry that is not a PEP 508
    requirement (`name`, `name==1.2`, `name[extra]>=1; python_version >= "3.10"`,
    `name @ https://.../name-1.0-py3-none-any.whl`), an editable install (`-e`), a
    `-r` file that does not exist, or a PEP 723 block that is not valid TOML.

    Why:
    fragc resolves every requirement at build time to pack its wheel into the site;
    a line it cannot read would be a package missing in the browser.

    Example:
    ```text
    -e ./mylib
    ```

    Fix:
    Write the requirement as PEP 508 text; for local code, put the package's folder
    beside the app (fragc bundles it) or build a wheel and refer to it with
    `mylib @ file:///path/to/mylib-1.0-py3-none-any.whl`.
    """

    code = "FRG064"
    name = "bad-requirement"
    severity = "error"
