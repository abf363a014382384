"""FRG080: a file (or the whole site) is over what a static host accepts."""

from __future__ import annotations

from fragc.diagnostics import Rule


class OverHostLimit(Rule):
    """The built site breaks a limit of a static host: it would not deploy there as it is.

    What:
    After writing the site, `fragc build` compares it with the limits of the hosts
    docs/deploy.md describes: GitHub Pages (1 GB per site), Cloudflare Pages (25 MiB per
    file, 20,000 files on the free plan), Netlify (54,000 files per folder), Hugging
    Face Spaces (files over 10 MiB need Git LFS) and itch.io (1,000 files, 200 MB per
    file, 500 MB in all, paths of at most 240 characters). Each limit the site breaks
    is one warning, naming the file and the host. A file of the app's folder over
    100 MiB (GitHub refuses such a file in a push) is one too, wherever it is deployed:
    it goes into `app.zip`, which every visit downloads and unpacks into memory.

    Why:
    Hosts refuse such a deploy, or serve the site without the file, which the page
    then fails to load. It is cheaper to know before uploading.

    Example:
    ```python
    # requirements.txt asks for a package whose wheel is 40 MB
    import scipy
    ```
    ```text
    data/raw_dump.parquet   # 300 MB beside the app: bundled with the app's folder
    ```

    Fix:
    Deploy to a host whose limits the site fits, or make the site smaller: drop the
    package or data file that is too big (`[tool.fragc] exclude` leaves a file of the
    app's folder out), or split a data file and read the parts.
    For Hugging Face Spaces, upload with `hf upload` (it stores big files with LFS).
    """

    code = "FRG080"
    name = "over-host-limit"
    severity = "warning"
