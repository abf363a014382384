"""fragc: compile a Streamlit script into a static site that reruns only the fragment you touched.

This module also runs inside Pyodide (the shim imports it), so it stays import-light:
the version and nothing else.
"""

__version__ = "0.1.0"
