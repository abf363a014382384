"""What the option widgets share: options as a list, their labels, indexes on the wire.

radio, selectbox, multiselect, select_slider, pills and segmented_control all take
``options`` (any sequence, a dict's keys, an Enum class, a pandas column...) and a
``format_func``. Streamlit 1.67 identifies an option by its *formatted label*, not by
``==``: a selected value is the option whose label equals the value's label (the last
one when labels repeat). fragc sends the option's index to the page instead of the
label, and keeps 1.67's rule for turning a value back into an index, so values that
come back from session state (deep copies, Enum members of a class the last run
defined) still find their option.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum, EnumMeta
from typing import Any

from fragc.shim.errors import StreamlitAPIException

FormatFunc = Callable[[Any], Any]


class StreamlitDefaultNotInOptionsError(StreamlitAPIException):
    def __init__(self, value: Any) -> None:
        super().__init__(
            f"The default value '{value}' is not part of the options. Please make sure that "
            "every default value also exists in the options."
        )


class StreamlitSelectionCountExceedsMaxError(StreamlitAPIException):
    def __init__(self, current_selections_count: int, max_selections_count: int) -> None:
        selections = "option" if current_selections_count == 1 else "options"
        allowed = "option" if max_selections_count == 1 else "options"
        super().__init__(
            f"Multiselect has {current_selections_count} {selections} selected but "
            f"`max_selections` is set to {max_selections_count}. This happened because you "
            "either gave too many options to `default` or you manipulated the widget's state "
            "through `st.session_state`. Note that the latter can happen before the line "
            f"indicated in the traceback. Please select at most {max_selections_count} "
            f"{allowed}."
        )


class StreamlitIncompatibleParametersError(StreamlitAPIException):
    def __init__(self, first: str, second: str, *, explanation: str) -> None:
        super().__init__(f"`{first}` and `{second}` cannot be used together. {explanation}")


def to_list(obj: Any) -> list[Any]:
    """Streamlit's ``convert_anything_to_list`` for the inputs apps pass as options."""
    if obj is None:
        return []
    if isinstance(obj, (str, int, float, bool)):
        return [obj]
    if isinstance(obj, EnumMeta):
        # String enums give their values, other enums their members (as Streamlit does).
        members: list[Any] = list(obj)
        return [getattr(m, "value") if isinstance(m, str) else m for m in members]  # noqa: B009
    if isinstance(obj, Mapping):
        return list(obj.keys())
    columns = getattr(obj, "columns", None)
    if columns is not None and hasattr(obj, "iloc"):  # a DataFrame: its first column
        return [] if len(columns) == 0 else list(obj.iloc[:, 0])
    if isinstance(obj, Iterable):
        return list(obj)
    return [obj]


def check_comparable(options: Sequence[Any]) -> None:
    """Options must answer ``==`` with a bool (numpy arrays and Series do not)."""
    try:
        bool(options[0] == options[0])
    except LookupError:
        pass
    except ValueError:
        raise StreamlitAPIException(
            "Invalid option type provided. Options must be comparable, returning a boolean "
            f"when used with *==*. \n\nGot **{type(options[0]).__name__}**, which cannot be "
            "compared. Refactor your code to use elements of comparable types as options, e.g. "
            "use indices instead."
        ) from None


class OptionIndex:
    """The options of one widget call, their labels, and value <-> index lookups."""

    def __init__(self, options: Any, format_func: FormatFunc = str) -> None:
        self.options = to_list(options)
        check_comparable(self.options)
        self.format_func = format_func
        self.labels = [str(format_func(option)) for option in self.options]
        self._enum_class = _enum_class(options, self.options)
        # Repeated labels: the last one wins, as in 1.67's create_mappings.
        self._by_label = {label: i for i, label in enumerate(self.labels)}

    def __len__(self) -> int:
        return len(self.options)

    def coerce(self, value: Any) -> Any:
        """An Enum member of an earlier run's class, as this run's member (1.67 "nameOnly").

        Every full run executes the script anew, so an Enum class defined in it is a new
        class each time; a selection kept from the last run must become a member of the
        new one, or ``picked in Color`` fails.
        """
        cls = self._enum_class
        if cls is None or not isinstance(value, Enum) or isinstance(value, cls):
            return value
        old = type(value)
        if old.__qualname__ != cls.__qualname__ or set(old._member_names_) != set(
            cls._member_names_
        ):
            return value
        return cls[value._name_]

    def index_of(self, value: Any) -> int | None:
        """The index of the option showing ``value``'s label; None when there is none."""
        if value is None:
            return None
        try:
            return self._by_label.get(str(self.format_func(value)))
        except Exception:  # format_func cannot handle a stale value: it is not an option
            return None

    def option_at(self, index: Any) -> Any:
        """The option at a page-sent index; ``KeyError`` when the page sent nonsense."""
        if isinstance(index, bool) or not isinstance(index, int):
            raise KeyError(index)
        if not 0 <= index < len(self.options):
            raise KeyError(index)
        return self.options[index]

    def default_indices(self, default: Any) -> list[int]:
        """Indexes of ``default`` (one value or a sequence); Streamlit's error for a stranger."""
        if default is None:
            return []
        values = to_list(default)
        indices = []
        for value in values:
            if value not in self.options:
                raise StreamlitDefaultNotInOptionsError(value)
            indices.append(self.options.index(value))
        return indices

    # -- single selection: radio, selectbox, single pills / segmented_control ------------

    def single_serde(
        self, default_index: int | None
    ) -> tuple[
        Callable[[Any], int | None], Callable[[Any], Any], Callable[[Any], tuple[Any, bool]]
    ]:
        """(serialize, deserialize, sanitize) for a widget holding one option or None."""
        default = (
            self.options[default_index] if default_index is not None and self.options else None
        )

        def serialize(value: Any) -> int | None:
            return self.index_of(value)

        def deserialize(raw: Any) -> Any:
            if raw is None or not self.options:
                return None
            try:
                return self.option_at(raw)
            except KeyError:
                return default

        def sanitize(value: Any) -> tuple[Any, bool]:
            # A value that is no longer an option (options changed, or the app stored a
            # stranger in session state) goes back to the default, as 1.67 does.
            value = self.coerce(value)
            if value is None or self.index_of(value) is not None:
                return value, False
            return default, True

        return serialize, deserialize, sanitize

    # -- multiple selection: multiselect, multi pills / segmented_control -----------------

    def multi_serde(
        self, default_indices: list[int]
    ) -> tuple[
        Callable[[Any], list[int]], Callable[[Any], list[Any]], Callable[[Any], tuple[Any, bool]]
    ]:
        """(serialize, deserialize, sanitize) for a widget holding a list of options."""

        def serialize(values: Any) -> list[int]:
            indices = (self.index_of(v) for v in to_list(values))
            return [i for i in indices if i is not None]

        def deserialize(raw: Any) -> list[Any]:
            if raw is None:
                return [self.options[i] for i in default_indices]
            picked = []
            for index in raw if isinstance(raw, list) else []:
                try:
                    picked.append(self.option_at(index))
                except KeyError:
                    continue  # a stale index from an older option list
            return picked

        def sanitize(values: Any) -> tuple[Any, bool]:
            values = [self.coerce(v) for v in to_list(values)]
            kept = [v for v in values if self.index_of(v) is not None]
            return (kept, True) if len(kept) != len(values) else (values, False)

        return serialize, deserialize, sanitize


def _enum_class(given: Any, options: list[Any]) -> type[Enum] | None:
    """The Enum class the options come from: the class itself, or their one common type."""
    if isinstance(given, EnumMeta):
        return given  # type: ignore[return-value]
    kinds = {type(option) for option in options}
    if len(kinds) == 1:
        (kind,) = kinds
        if issubclass(kind, Enum):
            return kind
    return None
