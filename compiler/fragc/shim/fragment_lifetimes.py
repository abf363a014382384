"""How long a stored fragment lives, as in Streamlit 1.67's MemoryFragmentStorage.

A full run forgets every fragment it did not call (runner.py). Within fragment runs two
more rules hold, both about nested fragments (a fragment called from another one's body):

* queued ancestors run before their descendants, and a queued fragment whose ancestor
  already ran in this pass is skipped: the ancestor drew it again inline, and a second
  run would duplicate its widgets (#10719, e.g. a parent and a child that both have
  ``run_every`` and whose ticks coalesced);
* after a fragment runs, the descendants it no longer calls are forgotten, and their
  ``run_every`` timers stopped: their slot now belongs to something else. A full-app
  scoped descendant (a dialog's body) survives with its own subtree until a full run.
"""

from __future__ import annotations

from collections.abc import Container, Iterator

from fragc.shim.session import StoredFragment


def ancestors(fragments: dict[str, StoredFragment], fragment_id: str) -> Iterator[str]:
    """The parents of ``fragment_id``, nearest first (stops at a gap or a cycle)."""
    seen = {fragment_id}
    current = fragments.get(fragment_id)
    while current is not None and current.parent_id is not None:
        parent = current.parent_id
        if parent in seen:
            return
        yield parent
        seen.add(parent)
        current = fragments.get(parent)


def has_ancestor_in(
    fragments: dict[str, StoredFragment], fragment_id: str, candidates: Container[str]
) -> bool:
    return any(parent in candidates for parent in ancestors(fragments, fragment_id))


def order_fragment_ids(fragments: dict[str, StoredFragment], fragment_ids: list[str]) -> list[str]:
    """Queued ancestors before their descendants, first-come order otherwise (1.67)."""
    remaining = list(fragment_ids)
    ordered: list[str] = []
    while remaining:
        queued = set(remaining)
        for index, fragment_id in enumerate(remaining):
            if not has_ancestor_in(fragments, fragment_id, queued):
                ordered.append(remaining.pop(index))
                break
        else:  # a malformed parent chain: keep the order as it came
            ordered.extend(remaining)
            break
    return ordered


def clear_stale_descendants(
    fragments: dict[str, StoredFragment], root_id: str, registered: Container[str]
) -> list[str]:
    """Forget the descendants of ``root_id`` its run did not register again; return their ids.

    ``registered`` holds the ids stored (called) while ``root_id`` ran. Re-registered
    children are kept and their own children checked in turn; a child not registered
    again goes with its parent-scoped subtree; a full-app scoped child keeps its subtree.
    """
    removed: list[str] = []

    def children(parent_id: str) -> list[StoredFragment]:
        return [f for f in fragments.values() if f.parent_id == parent_id]

    def drop_subtree(fragment_id: str) -> None:
        for child in children(fragment_id):
            if not child.full_app_scoped:
                drop_subtree(child.id)
        del fragments[fragment_id]
        removed.append(fragment_id)

    def reconcile(parent_id: str) -> None:
        for child in children(parent_id):
            if child.id in registered:
                reconcile(child.id)
            elif not child.full_app_scoped:
                drop_subtree(child.id)

    reconcile(root_id)
    return removed
