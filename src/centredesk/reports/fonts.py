"""The fonts of CentreDesk's PDFs: the bundled WenQuanYi Micro Hei, and fallbacks for rare names.

The bundled font covers GBK; a character it lacks (CJK Extension A/B, found in some names) is
drawn from a TrueType font on the PC that has it, found through fontconfig or in the Windows
font folder. reportlab parses each font once per process; every PDF embeds only a subset.
"""

import logging
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import reportlab.pdfbase.ttfonts as ttfonts
from fontTools.ttLib import TTCollection, TTLibError
from fontTools.ttLib import TTFont as FontToolsFont
from reportlab.pdfbase import pdfmetrics

from centredesk.resources import resource_path

log = logging.getLogger(__name__)

PRIMARY = "CentreDesk-WenQuanYi"
PRIMARY_FILE = ("fonts", "wqy-microhei.ttc")
# Fonts on Windows that hold CJK Extension A (SimSun) and B (SimSun-ExtB, MingLiU-ExtB).
WINDOWS_FALLBACKS = ("simsun.ttc", "simsunb.ttf", "mingliub.ttc")

WIDTHS_KEPT = 20_000

_registration = threading.Lock()


@dataclass(frozen=True)
class FontFile:
    """A font in a file; `index` picks the face of a TrueType collection."""

    path: Path
    index: int = 0


class SlipFonts:
    """Decides which registered font draws each character of a text.

    Text the bundled font covers is drawn in it; other characters come from the first
    fallback font that `finder` offers for them and that reportlab can embed.
    """

    def __init__(self, finder: Callable[[str], Iterable[FontFile]] | None = None) -> None:
        register_primary()
        self._primary_chars = primary_characters()
        self._finder = finder or system_fonts_with
        self._font_of: dict[str, str | None] = {}
        self._fallbacks: dict[FontFile, tuple[str, frozenset[str]]] = {}
        self._unit_widths: dict[str, float] = {}
        self._lock = threading.Lock()

    def covers(self, text: str) -> bool:
        """Whether the bundled font alone draws every character of `text`."""
        return self._primary_chars.issuperset(text)

    def missing(self, text: str) -> list[str]:
        """The characters of `text` that no font on this PC can draw, each once.

        Line breaks, tabs and other control characters are not drawn (see printable).
        """
        text = printable(text)
        if self.covers(text):
            return []
        return [char for char in dict.fromkeys(text) if self._font_for(char) is None]

    def runs(self, text: str) -> list[tuple[str, str]]:
        """`text` cut into (font name, piece) runs; a character without a font is left out."""
        if self.covers(text):
            return [(PRIMARY, text)]

        runs: list[tuple[str, str]] = []
        for char in text:
            font = self._font_for(char)
            if font is None:
                continue
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + char)
            else:
                runs.append((font, char))
        return runs

    def width(self, text: str, size: float) -> float:
        """The width of `text` at `size` points, across its runs."""
        unit = self._unit_widths.get(text)
        if unit is None:
            # Slips repeat their labels, item names and small numbers: measure each once.
            unit = sum(pdfmetrics.stringWidth(piece, font, 1) for font, piece in self.runs(text))
            if len(self._unit_widths) < WIDTHS_KEPT:
                self._unit_widths[text] = unit
        return unit * size

    def _font_for(self, char: str) -> str | None:
        if char in self._primary_chars:
            return PRIMARY
        with self._lock:
            if char not in self._font_of:
                self._font_of[char] = self._fallback_for(char)
            return self._font_of[char]

    def _fallback_for(self, char: str) -> str | None:
        for name, chars in self._fallbacks.values():
            if char in chars:
                return name
        for candidate in self._finder(char):
            registered = self._register_fallback(candidate)
            if registered and char in registered[1]:
                log.info("drawing U+%04X from %s", ord(char), candidate.path.name)
                return registered[0]
        log.warning("no font on this PC draws U+%04X", ord(char))
        return None

    def _register_fallback(self, font: FontFile) -> tuple[str, frozenset[str]] | None:
        if font in self._fallbacks:
            return self._fallbacks[font]
        chars = _truetype_characters(font)
        if chars is None:
            return None
        name = f"CentreDesk-Fallback-{font.path.stem}-{font.index}"
        try:
            _register(name, font)
        except ttfonts.TTFError as error:
            log.warning("cannot embed %s: %s", font.path, error)
            return None
        self._fallbacks[font] = (name, chars)
        return self._fallbacks[font]


# Control characters (a line break in a note, a tab pasted from Excel) print as spaces.
_CONTROLS = {code: " " for code in [*range(32), *range(127, 160)]}


def printable(text: str) -> str:
    """`text` with its control characters as spaces, as the slip draws it."""
    return text.translate(_CONTROLS)


@cache
def default_fonts() -> SlipFonts:
    """The process's fonts, fallbacks included, shared by every slip."""
    return SlipFonts()


def register_primary() -> str:
    """Register the bundled font with reportlab once per process; returns its name."""
    path = resource_path(*PRIMARY_FILE)
    _register(PRIMARY, FontFile(path, 0))
    return PRIMARY


@cache
def primary_characters() -> frozenset[str]:
    """The characters of the bundled font, read from its cmap."""
    collection = TTCollection(str(resource_path(*PRIMARY_FILE)), lazy=True)
    return frozenset(chr(code) for code in collection.fonts[0].getBestCmap())


def system_fonts_with(char: str) -> list[FontFile]:
    """TrueType fonts on this PC that claim `char`: fontconfig's, else Windows' own."""
    return _fontconfig_fonts(char) + _windows_fonts()


def _fontconfig_fonts(char: str) -> list[FontFile]:
    program = shutil.which("fc-list")
    if program is None:
        return []
    try:
        listing = subprocess.run(
            [program, "--format", "%{file}\t%{index}\t%{fontformat}\n", f":charset={ord(char):x}"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("fc-list failed: %s", error)
        return []
    # CFF-outline (OpenType/PostScript) fonts are left out: reportlab embeds TrueType only.
    found = {
        FontFile(Path(path).resolve(), int(index or 0))
        for path, index, kind in (line.split("\t") for line in listing.splitlines() if line)
        if kind == "TrueType"
    }
    return sorted(found, key=lambda font: (str(font.path), font.index))


def _windows_fonts() -> list[FontFile]:
    if os.name != "nt":
        return []
    folders = [
        Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
        Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts",
    ]
    paths = (folder / name for folder in folders for name in WINDOWS_FALLBACKS)
    return [FontFile(path) for path in paths if path.is_file()]


def _truetype_characters(font: FontFile) -> frozenset[str] | None:
    """The characters of a TrueType-outline font, or None for one reportlab cannot use."""
    try:
        with FontToolsFont(str(font.path), fontNumber=font.index, lazy=True) as face:
            if "glyf" not in face:
                return None
            return frozenset(chr(code) for code in face.getBestCmap())
    except (OSError, TTLibError, AssertionError) as error:
        log.warning("cannot read font %s: %s", font.path, error)
        return None


def _register(name: str, font: FontFile) -> None:
    with _registration:
        if name in pdfmetrics.getRegisteredFontNames():
            return
        _fix_unicode_cmap()
        pdfmetrics.registerFont(ttfonts.TTFont(name, str(font.path), subfontIndex=font.index))


_WIDE_CODE = re.compile(r"<([0-9A-F]{5,6})>$", re.MULTILINE)


def _fix_unicode_cmap() -> None:
    """Make reportlab write characters above U+FFFF into ToUnicode maps as UTF-16.

    reportlab 4 writes them as bare hex (<20BB7>), which PDF readers reject, so a rare name
    would print but could not be searched, copied or verified.
    """
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "centredesk", False):
        return

    def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        return _WIDE_CODE.sub(_utf16_hex, original(fontname, subset))

    to_unicode_cmap.centredesk = True
    ttfonts.makeToUnicodeCMap = to_unicode_cmap


def _utf16_hex(match: re.Match) -> str:
    return "<" + chr(int(match.group(1), 16)).encode("utf-16-be").hex().upper() + ">"
