"""The app's packages: resolving its imports and requirements, and packing them into the site.

* :mod:`~fragc.packages.stdlib`: what Pyodide's Python has without packages.
* :mod:`~fragc.project`: ``[tool.fragc]`` in a pyproject.toml beside the app.
* :mod:`~fragc.packages.requirements`: requirements.txt, PEP 723, ``[tool.fragc]``.
* :mod:`~fragc.packages.pyodide_lock`: Pyodide's lock, and the site's own.
* :mod:`~fragc.packages.wheels`: pure-Python wheels from PyPI through pip, cached.
* :mod:`~fragc.packages.resolve`: the resolution itself (a :class:`PackagePlan`).
* :mod:`~fragc.packages.vendor`: writing ``packages/`` into the site.

ARCHITECTURE.md ("Packages") tells the whole story.

Nothing is imported here on purpose: :mod:`fragc.analysis` reads
:mod:`~fragc.project` while :mod:`~fragc.packages.resolve` reads the analysis.
"""
