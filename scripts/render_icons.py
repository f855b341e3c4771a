"""Render resources/icons/centredesk.svg into the PNG sizes and the Windows .ico.

Run from the repository: `uv run python scripts/render_icons.py`. The PNGs and the .ico are
committed, so a build needs no SVG renderer; rerun this after changing the SVG.
"""

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon drawn at `size` × `size` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "centredesk.svg"))
    if not renderer.isValid():
        raise SystemExit("centredesk.svg cannot be read")

    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"centredesk-{size}.png"))
    render(renderer, 256).save(str(ICONS / "centredesk.png"))

    # Each size of the .ico is drawn from the SVG, not scaled down from one large image.
    images = [Image.open(ICONS / f"centredesk-{size}.png") for size in ICO_SIZES]
    images[-1].save(
        ICONS / "centredesk.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1]
    )
    del app
    print(f"icons written to {ICONS}")


if __name__ == "__main__":
    main()
