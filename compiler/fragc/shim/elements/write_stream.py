"""st.write_stream: text chunks typed into one markdown element, anything else via st.write.

Streamlit 1.67's behaviour: a generator function is called, an async generator is drained
synchronously, OpenAI chat chunks and LangChain message chunks are read for their text,
empty strings are skipped, a callable chunk is called, and the return value is the whole
text (or the list of everything written when there was more than one piece). Each text
update replaces the same element, so with the shim's flushing (every 50 ms, and before
each ``time.sleep``) the page shows the text growing while the generator runs.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Iterator
from typing import Any

from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitAPIException


def _text_of(chunk: Any) -> Any:
    """The text inside an LLM library's stream chunk, or the chunk itself."""
    choices = getattr(chunk, "choices", None)
    if type(chunk).__module__.startswith("openai") and choices is not None:
        delta = choices[0].delta if choices else None
        return "" if delta is None else (delta.content or "")
    if type(chunk).__name__ == "AIMessageChunk" and type(chunk).__module__.startswith("langchain"):
        return chunk.content or ""
    return chunk


def _drain_async(stream: Any) -> Iterator[Any]:
    """Run an async generator to its end without an event loop.

    Neither running the app's own loop (a script may already be inside one) nor Pyodide's
    WebLoop (it cannot block) can wait here, so each ``__anext__`` is stepped by hand. An
    await that only yields control (``asyncio.sleep(0)``) is fine; one that waits on a
    real future cannot finish inside a synchronous script run and is reported.
    """
    while True:
        step = stream.__anext__()
        try:
            while True:
                if step.send(None) is not None:
                    step.close()
                    raise StreamlitAPIException(
                        "st.write_stream cannot wait on an asynchronous operation in the browser; "
                        "stream from a regular generator instead."
                    )
        except StopIteration as done:
            yield done.value
        except StopAsyncIteration:
            return


class WriteStreamMixin(DeltaGeneratorBase):
    def write_stream(self, stream: Any, *, cursor: str | None = None) -> list[Any] | str:
        if isinstance(stream, str) or _is_dataframe_like(stream):
            raise StreamlitAPIException(
                f"The `stream` parameter does not accept {type(stream).__name__}: it expects a "
                "generator or stream-like object. Please use `st.write` instead for this data type."
            )
        if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
            stream = stream()
        if inspect.isasyncgen(stream):
            stream = _drain_async(stream)
        if not isinstance(stream, Iterable):
            raise StreamlitAPIException(
                f"The provided input (type: {type(stream)}) cannot be iterated. Please make sure "
                "that it is a generator, generator function or iterable."
            )
        written: list[Any] = []
        text = ""
        holder: Any = None

        def flush_text() -> None:
            nonlocal text, holder
            if text and holder is not None:
                holder.markdown(text)  # the final text, without the cursor
                written.append(text)
            text, holder = "", None

        for raw in stream:
            chunk = _text_of(raw)
            if isinstance(chunk, str):
                if not chunk:
                    continue
                first = holder is None
                if first:
                    holder = self.empty()  # type: ignore[attr-defined]
                text += chunk
                # As Streamlit: the cursor shows from the second chunk on.
                holder.markdown(text + ("" if first else cursor or ""))
            elif callable(chunk):
                flush_text()
                chunk()
            else:
                flush_text()
                self.write(chunk)  # type: ignore[attr-defined]
                written.append(chunk)
        flush_text()
        if not written:
            return ""
        if len(written) == 1 and isinstance(written[0], str):
            return written[0]
        return written


def _is_dataframe_like(value: Any) -> bool:
    return type(value).__module__.startswith(("pandas", "polars", "pyarrow")) and hasattr(
        value, "columns"
    )
