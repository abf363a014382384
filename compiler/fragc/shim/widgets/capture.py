"""st.camera_input and st.audio_input: a photo or a recording, as an ``UploadedFile``.

The page takes the picture (``getUserMedia`` + a canvas, JPEG) or the recording
(``MediaRecorder``, turned into a WAV at ``sample_rate``) in the browser
(``runtime_js/src/render/capture.js``) and sends it as the widget's value, the same
wire as ``st.file_uploader``'s (a list of ``{file_id, name, type, size, data}``; Python
sends back only names). Clearing the photo or the recording makes the value None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fragc.protocol.elements import AudioInputProps, CameraInputProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.layout_params import validate_width
from fragc.shim.uploaded_file import UploadedFile, decode_files, describe_files
from fragc.shim.widgets.input_common import (
    StreamlitValueError,
    callback_for,
    identity_parts,
    refuse_state_writes,
)
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key

RESOLUTION_TO_HEIGHT = {"480p": 480, "720p": 720, "1080p": 1080}
ALLOWED_SAMPLE_RATES = frozenset({8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000})


def _single_file(raw: Any) -> UploadedFile | None:
    files = decode_files(raw)
    return files[0] if files else None


class CaptureMixin(DeltaGeneratorBase):
    def camera_input(
        self,
        label: str,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        resolution: str | None = None,
        width: int | str = "stretch",
    ) -> UploadedFile | None:
        if resolution is not None and resolution not in RESOLUTION_TO_HEIGHT:
            raise StreamlitValueError("resolution", ["'480p'", "'720p'", "'1080p'", "None"])
        validate_width(width)
        user_key = to_key(key)
        callback = callback_for(on_change)
        refuse_state_writes(user_key)
        camera: CameraInputProps = {
            **common_props(label, help, disabled, label_visibility),
            "resolution_height": RESOLUTION_TO_HEIGHT.get(resolution or ""),
            "width": width,
            "ignore_rerun": on_change == "ignore",
        }
        return self._capture(
            {"kind": "camera_input", "props": camera},
            user_key,
            {"label": label, "help": help, "width": width, "resolution": resolution},
            callback,
            args,
            kwargs,
        )

    def audio_input(
        self,
        label: str,
        *,
        sample_rate: int | None = 16000,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: int | str = "stretch",
    ) -> UploadedFile | None:
        if sample_rate is not None and sample_rate not in ALLOWED_SAMPLE_RATES:
            raise StreamlitValueError(
                "sample_rate", [str(rate) for rate in sorted(ALLOWED_SAMPLE_RATES)] + ["None"]
            )
        validate_width(width)
        user_key = to_key(key)
        callback = callback_for(on_change)
        refuse_state_writes(user_key)
        microphone: AudioInputProps = {
            **common_props(label, help, disabled, label_visibility),
            "sample_rate": sample_rate,
            "width": width,
            "ignore_rerun": on_change == "ignore",
        }
        return self._capture(
            {"kind": "audio_input", "props": microphone},
            user_key,
            {"label": label, "help": help, "width": width, "sample_rate": sample_rate},
            callback,
            args,
            kwargs,
        )

    def _capture(
        self,
        element: Any,
        user_key: str | None,
        identity: dict[str, Any],
        callback: Callable[..., Any] | None,
        args: tuple[Any, ...] | None,
        kwargs: dict[str, Any] | None,
    ) -> UploadedFile | None:
        """Both capture widgets: one file (or None), described to the page as uploads are."""
        value, _ = register_widget(
            self,
            WidgetSpec(
                element=element,
                user_key=user_key,
                id_parts=identity_parts(user_key, identity),
                default=None,
                deserialize=_single_file,
                serialize=describe_files,
                on_change=callback,
                args=args,
                kwargs=kwargs,
            ),
        )
        return value  # type: ignore[no-any-return]
