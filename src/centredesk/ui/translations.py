"""Qt translations: the .ts sources are committed, the .qm files built from them.

The program's own strings are English; Chinese is the default language. `.qm` files are built
by `python -m centredesk.ui.translations` (the installer and CI run it) and, when they are
missing or older than their source, at start-up into the user's cache folder.
"""

import logging
import os
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from centredesk import APP_NAME
from centredesk.resources import resource_path
from centredesk.ui.pseudo import PSEUDO, PseudoTranslator

log = logging.getLogger(__name__)

LANGUAGES = {"zh_CN": "中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
# Chooses the language over the saved setting: zh_CN, en, or pseudo to check layouts.
LANGUAGE_VARIABLE = "CENTREDESK_LANGUAGE"
_installed: list[str] = []


def chosen_language() -> str:
    """The language to start in: CENTREDESK_LANGUAGE, else the saved setting, else Chinese."""
    return os.environ.get(LANGUAGE_VARIABLE) or str(QSettings().value("language", DEFAULT_LANGUAGE))


def installed_language() -> str:
    """The language of the translators installed last (the program's language now)."""
    return _installed[-1] if _installed else DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load CentreDesk's and Qt's own translations for `language` into `app`."""
    _installed.append(language)
    if language == "en":
        return []
    if language == PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        return [pseudo]
    translators = []
    ours = QTranslator(app)
    if ours.load(str(compiled(language))):
        translators.append(ours)
    qt = QTranslator(app)
    if qt.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def source(language: str) -> Path:
    return resource_path("translations") / f"centredesk_{language}.ts"


def compiled(language: str) -> Path:
    """The .qm of `language`, built first if it is missing or older than its .ts source."""
    ts = source(language)
    shipped = ts.with_suffix(".qm")
    # A built program has no lrelease; its .qm was compiled by the build, whatever the mtimes.
    frozen = getattr(sys, "frozen", False)
    if shipped.exists() and (frozen or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    cache = platformdirs.user_cache_path(APP_NAME, appauthor=False) / shipped.name
    if not cache.exists() or cache.stat().st_mtime < ts.stat().st_mtime:
        release(ts, cache)
    return cache


def release(ts: Path, qm: Path) -> None:
    """Compile one .ts into a .qm with Qt's lrelease (shipped with PySide6)."""
    import subprocess  # the maintenance tools' imports stay out of the program's start-up

    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    log.info("translations %s compiled to %s", ts.name, qm)


def update_sources() -> None:
    """Collect every tr() string of the program into the .ts files (pyside6-lupdate)."""
    for language in LANGUAGES:
        if language != "en":
            collect_strings(source(language))


def collect_strings(ts: Path) -> None:
    """Bring `ts` up to date with the program's strings: new ones in, vanished ones out."""
    import subprocess

    package = Path(__file__).resolve().parents[1]
    files = sorted(str(p) for p in package.rglob("*.py"))
    subprocess.run(
        [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)],
        check=True,
    )


def unfinished(language: str) -> list[str]:
    """Source strings of `language`'s .ts that have no finished translation."""
    return unfinished_in(source(language))


def unfinished_in(ts: Path) -> list[str]:
    """Source strings of the .ts file `ts` that have no finished translation."""
    from xml.etree import ElementTree

    root = ElementTree.parse(ts).getroot()
    return [
        message.findtext("source")
        for message in root.iter("message")
        if _translation_missing(message)
    ]


def fill(language: str, pairs: dict) -> int:
    """Write translations into the .ts; returns how many.

    `pairs` maps a source string, or a (context, source) pair for one context only, to its
    translation; the pair wins where both are given.
    """
    from xml.etree import ElementTree

    path = source(language)
    tree = ElementTree.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            text = message.findtext("source")
            translated = pairs.get((name, text), pairs.get(text))
            if translated is not None:
                translation = message.find("translation")
                translation.text = translated
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def read_pairs(lines) -> dict:
    """Lines "source<TAB>translation" or "context<TAB>source<TAB>translation" (\\n: a line
    break) as the pairs `fill` takes."""
    pairs = {}
    for line in lines:
        fields = [field.replace("\\n", "\n") for field in line.rstrip("\n").split("\t")]
        if len(fields) == 2:
            pairs[fields[0]] = fields[1]
        elif len(fields) == 3:
            pairs[(fields[0], fields[1])] = fields[2]
    return pairs


def _translation_missing(message) -> bool:
    translation = message.find("translation")
    return (
        translation is None
        or translation.get("type") == "unfinished"
        or not (translation.text or "").strip()
    )


def _tool(name: str) -> str:
    folder = Path(sys.executable).parent
    for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def main(argv: list[str]) -> None:
    """`build`: every .qm beside its .ts (installers, CI). `update`: collect strings.

    `fill LANGUAGE`: read lines "[context<TAB>]source<TAB>translation" (\\n for a line
    break) from stdin into the .ts. `missing LANGUAGE`: print the strings still untranslated.
    """
    command = argv[0] if argv else "build"
    if command == "update":
        update_sources()
    elif command == "fill":
        print(f"{fill(argv[1], read_pairs(sys.stdin))} translations written")
    elif command == "missing":
        for text in unfinished(argv[1]):
            print(text.replace("\n", "\\n"))
    else:
        for language in LANGUAGES:
            if language != "en":
                release(source(language), source(language).with_suffix(".qm"))


if __name__ == "__main__":
    main(sys.argv[1:])
