"""FRG073: ``declare_component(path=...)`` names a folder fragc cannot bundle."""

from __future__ import annotations

from fragc.diagnostics import Rule


class ComponentFolderMissing(Rule):
    """A custom component's frontend folder is not there (or holds no `index.html`).

    What:
    `components.declare_component(name, path=...)` with a path fragc can read at build
    time (a literal, `Path(__file__).parent / "frontend" / "build"`, ...) that is not a
    folder holding the component's built `index.html`.

    Why:
    fragc copies the folder into the site so the component's frame can load it; the
    page has no other way to reach the files. Without it the component cannot draw.

    Example:
    ```python
    _component = components.declare_component("my_component", path="frontend/build")
    # but frontend/build was never built (npm run build)
    ```

    Fix:
    Build the component's frontend (`npm run build` in its folder), or fix the path.
    """

    code = "FRG073"
    name = "component-folder-missing"
    severity = "error"
