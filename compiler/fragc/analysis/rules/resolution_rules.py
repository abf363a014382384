"""The rules reported outside the per-file lint: package resolution and data files.

They are plain :class:`~fragc.diagnostics.Rule` classes (no libcst visitor):
:mod:`fragc.packages.resolve` and :mod:`fragc.analysis.data_files` create their
diagnostics. Importing this module registers them all, so the registry and
docs/diagnostics.md know them whatever else was imported.
"""

from __future__ import annotations

from fragc.analysis.rules.bad_fragc_config import BadFragcConfig
from fragc.analysis.rules.bad_requirement import BadRequirement
from fragc.analysis.rules.data_file_missing import DataFileMissing
from fragc.analysis.rules.data_file_outside_app import DataFileOutsideApp
from fragc.analysis.rules.include_matches_nothing import IncludeMatchesNothing
from fragc.analysis.rules.no_browser_wheel import NoBrowserWheel
from fragc.analysis.rules.optional_import_unresolved import OptionalImportUnresolved
from fragc.analysis.rules.pyodide_cdn_package import PyodideCdnPackage
from fragc.analysis.rules.pyodide_package_missing import PyodidePackageMissing
from fragc.analysis.rules.unresolved_import import UnresolvedImport

RESOLUTION_RULES = (
    UnresolvedImport,
    OptionalImportUnresolved,
    NoBrowserWheel,
    PyodideCdnPackage,
    BadRequirement,
    PyodidePackageMissing,
    BadFragcConfig,
    DataFileMissing,
    DataFileOutsideApp,
    IncludeMatchesNothing,
)
