"""fragc's benchmark: cold boot and rerun latency of a built app in Chromium.

``python -m bench --help`` (or ``make bench``) runs it; docs/benchmarks.md says what each
figure means and how it is measured. The pure parts (statistics, the table, argument
parsing) live in ``stats``, ``report`` and ``cli``; everything that starts a browser or a
server lives in ``browser``, ``sites`` and ``streamlit_server``.
"""
