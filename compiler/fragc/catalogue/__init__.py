"""The diagnostics catalogue: rules reported outside the per-file lint.

Package resolution (:mod:`fragc.packages`), the project configuration
(:mod:`fragc.project`) and data files (:mod:`fragc.analysis.data_files`) create these
diagnostics. They are plain :class:`~fragc.diagnostics.Rule` classes (no libcst
visitor), one module each, and they sit here, beside the rule registry and below
both ``analysis/`` and ``packages/``, so either layer can raise them without importing
the other. Importing this package registers them all, so the registry and
docs/diagnostics.md know them whatever else was imported.
"""

from __future__ import annotations

from fragc.catalogue.bad_fragc_config import BadFragcConfig
from fragc.catalogue.bad_requirement import BadRequirement
from fragc.catalogue.component_dev_server import ComponentDevServer
from fragc.catalogue.component_folder_missing import ComponentFolderMissing
from fragc.catalogue.data_file_excluded import DataFileExcluded
from fragc.catalogue.data_file_missing import DataFileMissing
from fragc.catalogue.data_file_outside_app import DataFileOutsideApp
from fragc.catalogue.file_never_bundled import FileNeverBundled
from fragc.catalogue.include_matches_nothing import IncludeMatchesNothing
from fragc.catalogue.no_browser_wheel import NoBrowserWheel
from fragc.catalogue.optional_import_unresolved import OptionalImportUnresolved
from fragc.catalogue.over_host_limit import OverHostLimit
from fragc.catalogue.pyodide_cdn_package import PyodideCdnPackage
from fragc.catalogue.pyodide_package_missing import PyodidePackageMissing
from fragc.catalogue.unresolved_import import UnresolvedImport

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
    FileNeverBundled,
    DataFileExcluded,
)

# Raised by the analysis outside the per-file lint (fragc.analysis.components).
COMPONENT_RULES = (ComponentDevServer, ComponentFolderMissing)

# Raised by the site builder once the site is written (fragc.site.hosts).
SITE_RULES = (OverHostLimit,)
