"""fragc: compile a Streamlit script into a static site that reruns only the fragment you touched.

This module also runs inside Pyodide (the shim imports it), so it stays import-light:
the versions and nothing else.
"""

__version__ = "0.1.0"

# The Streamlit release whose API and behaviour the shim follows (`st.__version__`).
STREAMLIT_API_VERSION = "1.67.0"
