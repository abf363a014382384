"""``python -m fragc`` is the same as the ``fragc`` command."""

from fragc.cli import main

raise SystemExit(main())
