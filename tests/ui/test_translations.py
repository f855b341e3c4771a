"""Translations: every visible string has its Chinese, and pseudo-localisation stretches them."""

import shutil

import pytest
from PySide6.QtWidgets import QListWidget

from centredesk.ui.pseudo import pseudo_text
from centredesk.ui.translations import LANGUAGE_VARIABLE, collect_strings, source, unfinished_in


def test_every_visible_string_has_a_finished_chinese_translation(tmp_path):
    """pyside6-lupdate, run into a copy of the committed .ts, finds no untranslated string."""
    ts = tmp_path / source("zh_CN").name
    shutil.copy2(source("zh_CN"), ts)

    collect_strings(ts)

    missing = unfinished_in(ts)
    listing = "\n".join(text.replace("\n", "\\n") for text in missing)
    assert not missing, f"{len(missing)} strings have no finished zh_CN translation:\n{listing}"


def test_the_committed_translations_are_left_as_they_were(tmp_path):
    before = source("zh_CN").read_bytes()

    collect_strings(tmp_path / "scratch_zh_CN.ts")

    assert source("zh_CN").read_bytes() == before
    assert len(unfinished_in(tmp_path / "scratch_zh_CN.ts")) > 50


@pytest.mark.parametrize(
    ("english", "kept"),
    [
        ("User: {name}", ["{name}"]),
        ("{count} settings saved", ["{count}"]),
        ("&Backup now", ["&B"]),
        ("Save && close", ["&&"]),
        (
            "<h3>CentreDesk {version}</h3><p>Staff &amp; pay.</p>",
            ["<h3>", "</h3>", "{version}", "&amp;"],
        ),
        ("Row %1 of %n", ["%1", "%n"]),
        ("Backup written to {path}", ["{path}"]),
    ],
)
def test_pseudo_text_keeps_placeholders_accelerators_and_tags(english, kept):
    pseudo = pseudo_text(english)

    assert "[" in pseudo[:5] and "]" in pseudo[-5:]
    assert all(token in pseudo for token in kept)
    translated = pseudo
    for token in kept:
        translated = translated.replace(token, "")
    assert not any(letter in translated for letter in "aeiouAEIOU")


def test_pseudo_rich_text_keeps_its_brackets_inside_the_outer_tags():
    pseudo = pseudo_text("<h3>CentreDesk {version}</h3><p>Staff &amp; pay.</p>")

    assert pseudo.startswith("<h3>[Çéñţŕé") and pseudo.endswith("]</p>")


@pytest.mark.parametrize(
    "english",
    [
        "Backup written to {path}",
        "Month-end review",
        "The new language is used from the next start.",
    ],
)
def test_pseudo_text_is_about_forty_percent_longer_and_still_formats(english):
    pseudo = pseudo_text(english)

    assert 1.3 <= len(pseudo) / len(english) <= 1.6
    assert "/tmp/x.db" in pseudo.format(path="/tmp/x.db") or "{path}" not in english


def test_a_window_in_the_pseudo_language_shows_every_string_stretched(
    open_main_window, demo_db, monkeypatch
):
    monkeypatch.setenv(LANGUAGE_VARIABLE, "pseudo")

    window = open_main_window(demo_db, language="pseudo")

    navigation = window.findChild(QListWidget, "navigation")
    entries = [navigation.item(row).text() for row in range(navigation.count())]
    assert len(entries) >= 2
    assert all(entry.startswith("[") and entry.endswith("]") for entry in entries)
    assert window.menuBar().actions()[0].text().startswith("[&F")
    assert window.windowTitle().startswith("[Çéñţŕé")


def test_english_comes_back_after_a_pseudo_window(
    open_main_window, demo_db, demo_template, copy_database, tmp_path, monkeypatch
):
    monkeypatch.setenv(LANGUAGE_VARIABLE, "pseudo")
    open_main_window(demo_db, language="pseudo")
    monkeypatch.setenv(LANGUAGE_VARIABLE, "en")

    # Another database: the first window still holds its own.
    window = open_main_window(copy_database(demo_template, tmp_path, "other.db"), language="en")

    assert window.menuBar().actions()[0].text() == "&File"


def test_no_screen_shows_english_that_has_a_chinese_translation(open_main_window, demo_db, qtbot):
    """A string translated in the .ts but looked up under another context stays English on
    screen; walking every screen in Chinese finds any such text, in widgets and table cells."""
    english = _translated_sources()
    window = open_main_window(demo_db, language="zh_CN")

    shown = {}
    for key in window.screen_keys():
        screen = window.show_screen(key)
        for tab in _each_tab(screen):
            qtbot.waitUntil(lambda: window._busy == 0, timeout=20000)
            for text in _visible_texts(screen):
                if text in english:
                    shown.setdefault(text, f"{key}, tab {tab}")

    assert shown == {}


def _each_tab(screen):
    """Shows each tab of the screen's tab widgets in turn (or the screen once)."""
    from PySide6.QtWidgets import QTabWidget

    yield 0
    for tabs in screen.findChildren(QTabWidget) + [screen]:
        if isinstance(tabs, QTabWidget):
            for number in range(1, tabs.count()):
                tabs.setCurrentIndex(number)
                yield f"{tabs.objectName()}:{number}"


def _translated_sources() -> set[str]:
    from xml.etree import ElementTree

    sources = set()
    for message in ElementTree.parse(source("zh_CN")).getroot().iter("message"):
        text, translation = message.findtext("source"), message.findtext("translation")
        # Short codes and names (GP, D004) read the same in both languages.
        if translation and translation != text and len(text) > 3 and " " in text:
            sources.add(text)
    return sources


def _visible_texts(screen) -> set[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QGroupBox, QLabel

    texts = {label.text() for label in screen.findChildren(QLabel)}
    texts |= {button.text() for button in screen.findChildren(QAbstractButton)}
    texts |= {box.title() for box in screen.findChildren(QGroupBox)}
    for view in screen.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for column in range(model.columnCount()):
            texts.add(str(model.headerData(column, Qt.Orientation.Horizontal)))
            for row in range(min(model.rowCount(), 50)):
                texts.add(str(model.index(row, column).data()))
    return texts
