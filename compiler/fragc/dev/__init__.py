"""``fragc dev``: build, serve, watch the app's folder, rebuild what changed, tell the page.

* :mod:`fragc.dev.watch` polls the app folder's mtimes (stdlib only);
* :mod:`fragc.dev.builder` keeps the site in a folder and rewrites only what an edit
  changed (the app bundle, the page, the packages when the requirements moved);
* :mod:`fragc.dev.channel` holds the latest build event for the page;
* :mod:`fragc.dev.server` serves the site plus the event stream (server-sent events);
* :mod:`fragc.dev.loop` ties them together until Ctrl+C.

In the page, ``runtime_js/src/dev.js`` listens to the stream, shows diagnostics in an
overlay and hands a new bundle to the running worker (``fragc.shim.dev_reload``), which
reruns the new script without restarting Python.
"""
