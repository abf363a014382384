"""Writing OUTDIR: assets lookup, the app bundle, the manifest, index.html, the atomic swap.

:func:`fragc.site.build.build_site` is the entry point; ``layout`` names every file.
Import the submodules you need: this package stays import-light so ``setup.py`` and
``fragc serve`` do not pull in the compiler.
"""
