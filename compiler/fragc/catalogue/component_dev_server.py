"""FRG036: ``declare_component(url=...)``: a component served by a development server."""

from __future__ import annotations

from fragc.diagnostics import Rule


class ComponentDevServer(Rule):
    """A custom component is loaded from a URL (its development server).

    What:
    `components.declare_component(name, url="http://localhost:3001")`: the component's
    frontend comes from a server, usually `npm start` while the component is developed.
    Component templates switch between `url=` and `path=` with a `_RELEASE` flag.

    Why:
    A static site cannot count on a development server: the visitor's browser has none,
    so the component shows an error in its place. fragc bundles only frontends declared
    with `path=`.

    Example:
    ```python
    _component = components.declare_component("my_component", url="http://localhost:3001")
    ```

    Fix:
    Build the frontend (`npm run build`) and declare it with `path=` pointing at the build
    folder (set the template's `_RELEASE = True`).
    """

    code = "FRG036"
    name = "component-dev-server"
    severity = "warning"
