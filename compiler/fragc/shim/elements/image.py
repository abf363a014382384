"""st.image: images from URLs, bundled files, bytes, SVG text, PIL images and arrays.

Streamlit serves image bytes from its media file manager; fragc has no server, so bytes
become ``data:`` URLs inside the element's props (the route for everything but a URL).
A file path is read from the app's bundled files (the worker's working directory holds
them). Images are sent as they are: Streamlit re-encodes and shrinks large images with
Pillow, fragc only does so for PIL images and arrays (which need Pillow anyway).
"""

from __future__ import annotations

import base64
import io
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fragc.protocol.elements import ImageItem
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.layout_params import StreamlitValueError, validate_width
from fragc.shim.errors import StreamlitAPIException

_SVG_RE = re.compile(r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)")
_URL_SCHEMES = ("http://", "https://", "data:")

# Magic numbers of the formats browsers show, for bytes that do not say what they are.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
)


class MediaFileStorageError(StreamlitAPIException):
    """A media file that cannot be read (Streamlit's text: "Error opening '...'")."""


def sniff_image_type(data: bytes) -> str:
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypavif", b"ftypavis"):
        return "image/avif"
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    head = data[:1024].lstrip()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096]:
        return "image/svg+xml"
    return "image/png"


def data_url(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _svg_url(svg: str) -> str:
    if "xmlns" not in svg:
        # <img> only draws an SVG that declares its namespace.
        svg = svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return data_url(svg.encode("utf-8"), "image/svg+xml")


def _pil_bytes(image: Any, output_format: str) -> tuple[bytes, str]:
    fmt = output_format.upper()
    if fmt == "JPG":
        fmt = "JPEG"
    if fmt not in ("JPEG", "PNG"):
        # Streamlit's "auto": GIF stays GIF, images with transparency are PNG, the rest JPEG.
        if getattr(image, "format", None) == "GIF":
            fmt = "GIF"
        elif image.mode in ("RGBA", "LA", "P"):
            fmt = "PNG"
        else:
            fmt = "JPEG"
    if fmt == "JPEG" and image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, quality=100)
    return buffer.getvalue(), f"image/{fmt.lower()}"


def _array_bytes(array: Any, clamp: bool, channels: str, output_format: str) -> tuple[bytes, str]:
    import numpy as np

    try:
        from PIL import Image
    except ImportError as error:
        raise StreamlitAPIException(
            "st.image needs Pillow to show an array: import PIL in your app (fragc then "
            "bundles it)."
        ) from error
    if array.ndim not in (2, 3):
        raise StreamlitValueError("image", ["a 2D or 3D NumPy array"])
    if array.ndim == 3 and array.shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(
            f"Channel can only be 1, 3, or 4 got {array.shape[-1]}. Shape is {array.shape}"
        )
    if array.ndim == 3 and array.shape[-1] == 1:
        array = array[:, :, 0]
    if issubclass(array.dtype.type, np.floating):
        if clamp:
            array = np.clip(array, 0, 1.0)
        elif np.amin(array) < 0.0 or np.amax(array) > 1.0:
            raise StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.")
        array = array * 255
    elif clamp:
        array = np.clip(array, 0, 255)
    elif np.amin(array) < 0 or np.amax(array) > 255:
        raise StreamlitAPIException("Data is outside [0, 255] and clamp is not set.")
    if channels == "BGR":
        if array.ndim != 3:
            raise StreamlitAPIException(
                'When using `channels="BGR"`, the input image should have exactly 3 color channels'
            )
        array = array[:, :, [2, 1, 0]]
    return _pil_bytes(Image.fromarray(array.astype(np.uint8)), output_format)


def image_to_url(
    image: Any, *, clamp: bool = False, channels: str = "RGB", output_format: str = "auto"
) -> str:
    """A URL the page can show: URLs as given, everything else a ``data:`` URL."""
    if isinstance(image, Path):
        image = str(image)
    if isinstance(image, str):
        if not os.path.isfile(image) and image.startswith(_URL_SCHEMES):
            return image
        if image.endswith(".svg") and os.path.isfile(image):
            with open(image, encoding="utf-8") as handle:
                image = handle.read()
        if _SVG_RE.search(image):
            return _svg_url(image)
        try:
            with open(image, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise MediaFileStorageError(f"Error opening '{image}'") from error
        import mimetypes  # lazily: a slow import in Pyodide (tests/shim/test_boot_cost.py)

        mime = mimetypes.guess_type(image)[0] or sniff_image_type(data)
        return data_url(data, mime)
    module = type(image).__module__ or ""
    if module.startswith("PIL"):
        return data_url(*_pil_bytes(image, output_format))
    if module.startswith("numpy"):
        return data_url(*_array_bytes(image, clamp, channels.upper(), output_format))
    if isinstance(image, io.BytesIO):
        data = image.getvalue()
    elif isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
    elif hasattr(image, "read"):
        if hasattr(image, "seek"):
            image.seek(0)
        data = image.read()
    else:
        raise StreamlitAPIException(f"Unsupported image type: {type(image).__name__}")
    return data_url(data, sniff_image_type(data))


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, (list, set, tuple)):
        return list(value)
    if type(value).__module__.startswith("numpy") and getattr(value, "ndim", 0) == 4:
        return [value[i] for i in range(value.shape[0])]
    return [value]


def _captions(caption: Any, count: int) -> list[str | None]:
    if caption is None:
        return [None] * count
    if isinstance(caption, str):
        captions: list[Any] = [caption]
    elif isinstance(caption, list):
        captions = caption
    elif type(caption).__module__.startswith("numpy") and getattr(caption, "ndim", 0) == 1:
        captions = caption.tolist()
    else:
        captions = [str(caption)]
    if len(captions) != count:
        raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {count} images.")
    return [None if c is None else str(c) for c in captions]


def _alts(alt: Any, count: int) -> list[str | None]:
    if alt is None:
        return [None] * count
    if isinstance(alt, (str, bytes, bytearray)) or not isinstance(alt, Sequence):
        if count != 1:
            raise StreamlitAPIException(
                "A single `alt` string can only be used with a single image. "
                f"You passed {count} images; provide a sequence of {count} alt values "
                "(use None to skip an image)."
            )
        alts: list[Any] = [alt]
    else:
        alts = list(alt)
        if len(alts) != count:
            raise StreamlitAPIException(f"Cannot pair {len(alts)} alt values with {count} images.")
    cleaned: list[str | None] = []
    for value in alts:
        if value is None:
            cleaned.append(None)
            continue
        text = value.decode() if isinstance(value, (bytes, bytearray)) else str(value)
        # Whitespace only is treated as no alt at all; "" marks a decorative image.
        cleaned.append(None if text and not text.strip() else text)
    return cleaned


class ImageMixin(DeltaGeneratorBase):
    def image(
        self,
        image: Any,
        caption: str | list[str] | None = None,
        width: str | int = "content",
        clamp: bool = False,
        channels: str = "RGB",
        output_format: str = "auto",
        *,
        use_container_width: bool | None = None,
        link: str | None = None,
        use_column_width: Any = None,
        alt: str | Sequence[str | None] | None = None,
    ) -> Any:
        if use_container_width is True:
            width = "stretch"
        elif use_container_width is False and not isinstance(width, int):
            width = "content"
        validate_width(width, allow_content=True)
        images = _as_list(image)
        captions = _captions(caption, len(images))
        alts = _alts(alt, len(images))
        if link and len(images) > 1:
            raise StreamlitAPIException(
                "The `link` parameter is only supported when displaying a single image. "
                f"You passed {len(images)} images."
            )
        items: list[ImageItem] = [
            {
                "src": image_to_url(
                    one, clamp=clamp, channels=channels, output_format=output_format
                ),
                "caption": one_caption,
                "alt": one_alt,
            }
            for one, one_caption, one_alt in zip(images, captions, alts, strict=True)
        ]
        return self._enqueue(
            {
                "kind": "image",
                "props": {
                    "images": items,
                    "width": width if isinstance(width, int) else None,
                    "stretch": width == "stretch",
                    "link": link,
                },
            }
        )
