"""What a cached function draws, kept to draw again on a cache hit (Streamlit's replay).

While a cached function computes, every element written through ``DeltaGenerator._enqueue``
is recorded. An entry is replayable when each of them went to the container that was active
where the function was called, and none was a widget or a container: a hit then writes the
same elements there again, as Streamlit 1.67 replays them. Anything else (a widget, a
container opened inside, an element sent to another container) leaves the entry with
nothing to replay, and a hit draws nothing, as before.

Stdlib only: ``dg_base`` (which records) and ``caching`` (which replays) import it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False)  # by identity: two calls' recordings may hold equal elements
class Recording:
    """The elements one cached call wrote; ``target``: the active container at its call."""

    target: Any
    elements: list[dict[str, Any]] = field(default_factory=list)
    replayable: bool = True


_recordings: list[Recording] = []


def start(recording: Recording) -> None:
    _recordings.append(recording)


def stop(recording: Recording) -> None:
    if recording in _recordings:  # identity (eq=False)
        _recordings.remove(recording)


def computing() -> bool:
    """Is a cached function computing now (a widget made now gets Streamlit's warning)?"""
    return bool(_recordings)


def record_element(dg: Any, element: Any, *, widget: bool) -> None:
    """An element was written (dg_base); every cached call computing now keeps it."""
    for recording in _recordings:
        if not recording.replayable:
            continue  # nothing of it will be drawn again: no copy to keep
        if widget or dg is not recording.target:
            recording.replayable = False
        else:
            recording.elements.append(copy.deepcopy(element))


def record_block() -> None:
    """A container was opened inside a cached call: its content cannot be replayed."""
    for recording in _recordings:
        recording.replayable = False


def elements_of(recording: Recording) -> list[dict[str, Any]] | None:
    return recording.elements if recording.replayable and recording.elements else None


def replay(target: Any, elements: list[dict[str, Any]] | None) -> None:
    """Write the kept elements again at the active container's next slots."""
    for element in elements or ():
        target._enqueue(copy.deepcopy(element))
