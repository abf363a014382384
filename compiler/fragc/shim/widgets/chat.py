"""st.chat_message (a container) and st.chat_input (a trigger), as in Streamlit 1.67.

``st.chat_input`` called at the top level of the main area is pinned to the bottom of
the page (``ROOT_BOTTOM``); anywhere else (a container, the sidebar, a fragment) it is
drawn inline. Its value is the submitted text for the run the submit caused, then
None again. With ``accept_file`` it returns a :class:`ChatInputValue` (text + files).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from fragc import protocol
from fragc.protocol.elements import ChatInputProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.icons import is_emoji, validate_material_icon
from fragc.shim.elements.image import image_to_url
from fragc.shim.elements.layout_params import validate_width
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.session import get_session
from fragc.shim.uploaded_file import UploadedFile, decode_files
from fragc.shim.widgets.files import (
    DEFAULT_MAX_UPLOAD_SIZE_MB,
    enforce_filename_restriction,
    normalize_upload_types,
    validate_max_upload_size,
)
from fragc.shim.widgets.input_common import (
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    callback_for,
    identity_parts,
)
from fragc.shim.widgets.registry import WidgetSpec, register_widget, to_key

_PRESET_NAMES = ("user", "assistant", "ai", "human")
ALLOWED_SAMPLE_RATES = frozenset({8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000})


@dataclass(repr=False)
class ChatInputValue(MutableMapping[str, Any]):
    """What a chat input that accepts files returns: ``text``, ``files`` (and ``audio``)."""

    text: str
    files: list[UploadedFile] = field(default_factory=list)
    audio: UploadedFile | None = None
    _include_files: bool = field(default=False, compare=False)
    _include_audio: bool = field(default=False, compare=False)

    def _keys(self) -> list[str]:
        keys = ["text"]
        if self._include_files:
            keys.append("files")
        if self._include_audio:
            keys.append("audio")
        return keys

    def to_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in self._keys()}

    def __len__(self) -> int:
        return len(self._keys())

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __getitem__(self, item: str) -> Any:
        if item not in self._keys():
            raise KeyError(item)
        return getattr(self, item)

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self._keys():
            raise KeyError(key)
        setattr(self, key, value)

    def __delitem__(self, key: str) -> None:
        raise KeyError(f"{key} cannot be deleted from a ChatInputValue")

    def __repr__(self) -> str:
        return f"ChatInputValue({', '.join(f'{k}={v!r}' for k, v in self.to_dict().items())})"


def avatar_props(avatar: Any) -> tuple[str, str]:
    """(avatar_type, avatar): "icon" (user/assistant/material), "emoji" or "image" (a URL)."""
    if avatar is None:
        return "icon", ""
    if isinstance(avatar, str) and avatar in _PRESET_NAMES:
        return "icon", "assistant" if avatar in ("ai", "assistant") else "user"
    if isinstance(avatar, str) and is_emoji(avatar):
        return "emoji", avatar
    if isinstance(avatar, str) and avatar.startswith(":material"):
        return "icon", validate_material_icon(avatar)
    try:
        return "image", image_to_url(avatar)
    except Exception as error:
        raise StreamlitAPIException(
            "Failed to load the provided avatar value as an image."
        ) from error


def _text_of(raw: Any) -> str | None:
    if isinstance(raw, dict):
        raw = raw.get("text")
    return None if raw is None else str(raw)


class ChatMixin(DeltaGeneratorBase):
    def chat_message(
        self,
        name: str,
        *,
        avatar: Any = None,
        width: str | int = "stretch",
    ) -> Any:
        if name is None:
            raise StreamlitMissingRequiredParameterError("name")
        if avatar is None and (name.lower() in _PRESET_NAMES or is_emoji(name)):
            # A preset name or an emoji as the name is also the avatar.
            avatar = name.lower()
        avatar_type, avatar_value = avatar_props(avatar)
        validate_width(width, allow_content=True)
        return self._block(
            {
                "kind": "chat_message",
                "props": {
                    "name": str(name),
                    "avatar": avatar_value,
                    "avatar_type": avatar_type,
                    "width": width,
                },
            },
        )

    def chat_input(
        self,
        placeholder: str = "Your message",
        *,
        key: Any = None,
        max_chars: int | None = None,
        max_upload_size: int | None = None,
        accept_file: bool | str = False,
        file_type: str | Sequence[str] | None = None,
        accept_audio: bool = False,
        audio_sample_rate: int | None = 16000,
        disabled: bool = False,
        submit_mode: str = "submit",
        on_submit: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        width: str | int = "stretch",
        height: str | int = "content",
    ) -> str | ChatInputValue | None:
        user_key = to_key(key)
        callback = callback_for(on_submit, param_name="on_submit", modes=())
        if accept_file not in (True, False, "multiple", "directory"):
            raise StreamlitValueError(
                "accept_file",
                ["True", "False", "'multiple'", "'directory'"],
                detail=f"Got {accept_file!r}.",
            )
        if submit_mode not in ("submit", "disable", "stop"):
            raise StreamlitValueError("submit_mode", ["'submit'", "'disable'", "'stop'"])
        validate_max_upload_size(max_upload_size)
        id_parts = identity_parts(
            user_key,
            {
                "placeholder": placeholder,
                "max_chars": max_chars,
                "max_upload_size": max_upload_size,
                "accept_file": accept_file,
                "file_type": file_type,
                "accept_audio": accept_audio,
                "audio_sample_rate": audio_sample_rate,
                "submit_mode": submit_mode,
                "width": width,
                "height": height,
            },
            keyed={"accept_file", "file_type", "max_chars", "max_upload_size"},
        )
        allowed = normalize_upload_types(file_type) if file_type else []
        if audio_sample_rate is not None and audio_sample_rate not in ALLOWED_SAMPLE_RATES:
            raise StreamlitValueError(
                "audio_sample_rate", [str(rate) for rate in sorted(ALLOWED_SAMPLE_RATES)] + ["None"]
            )
        active = self._active()
        if active._form_id:
            raise StreamlitInvalidLayoutContextError(
                "`st.chat_input()` can't be used in a `st.form()`."
            )
        # Only a call from the main area's top level is pinned to the bottom of the page.
        at_bottom = active._root == protocol.ROOT_MAIN and not active._ancestors
        target = type(self)(protocol.ROOT_BOTTOM) if at_bottom else self
        accepts_files = accept_file in (True, "multiple", "directory")

        def deserialize(raw: Any) -> str | ChatInputValue | None:
            text = _text_of(raw)
            if text is None:
                return None
            if max_chars:
                text = text[:max_chars]
            if not accepts_files and not accept_audio:
                return text
            files = decode_files(raw.get("files") if isinstance(raw, dict) else None)
            return ChatInputValue(
                text=text, files=files, _include_files=accepts_files, _include_audio=accept_audio
            )

        props: ChatInputProps = {
            "placeholder": str(placeholder),
            "max_chars": max_chars,
            "disabled": bool(disabled),
            "accept_file": accept_file
            if accept_file in ("multiple", "directory")
            else bool(accept_file),
            "file_type": allowed,
            "max_upload_size_mb": max_upload_size or DEFAULT_MAX_UPLOAD_SIZE_MB,
            "submit_mode": submit_mode,
            "position": "bottom" if at_bottom or active._root == protocol.ROOT_BOTTOM else "inline",
            "set_text": _take_state_text(user_key),
        }
        value, _ = register_widget(
            target,
            WidgetSpec(
                element={"kind": "chat_input", "props": props},
                user_key=user_key,
                id_parts=id_parts,
                default=None,
                deserialize=deserialize,
                serialize=_text_of_value,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                is_trigger=True,
                reset_value=None,
            ),
        )
        if allowed and isinstance(value, ChatInputValue):
            for uploaded in value.files:
                enforce_filename_restriction(uploaded.name, allowed)
        return value  # type: ignore[no-any-return]


def _text_of_value(value: Any) -> str | None:
    if isinstance(value, ChatInputValue):
        return value.text
    return None if value is None else str(value)


def _take_state_text(user_key: str | None) -> str | None:
    """Text the app put in ``st.session_state[key]`` for the input field, taken out of state.

    Streamlit lets apps write a chat input's key: the text goes into the field (it is
    not submitted) and the key reads None again until the user submits.
    """
    if user_key is None:
        return None
    state = get_session().state
    for store in (state.assigned, state.user):
        if user_key in store:
            text = store.pop(user_key)
            return text if isinstance(text, str) else None
    return None
