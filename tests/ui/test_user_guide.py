"""Help → User guide: the guide of the program's language, opened in the browser."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from centredesk.ui.translations import LANGUAGE_VARIABLE
from centredesk.ui.user_guide import docs_folder, page_html


@pytest.fixture
def opened_urls(monkeypatch, tmp_path) -> list[QUrl]:
    """What the program asks the desktop to open, instead of a real browser."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(urls.append))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return urls


def help_action(window, text: str):
    help_menu = window.menuBar().actions()[-1].menu()
    return next(action for action in help_menu.actions() if action.text() == text)


def test_help_user_guide_opens_the_chinese_guide_as_a_page_with_its_pictures(
    open_main_window, demo_db, opened_urls, monkeypatch
):
    monkeypatch.setenv(LANGUAGE_VARIABLE, "zh_CN")
    window = open_main_window(demo_db, language="zh_CN")

    help_action(window, window.tr("&User guide")).trigger()

    assert len(opened_urls) == 1
    page = Path(opened_urls[0].toLocalFile())
    html = page.read_text(encoding="utf-8")
    assert page.parts[-3:] == ("guide", "zh", "README.html")
    assert "CentreDesk 用户指南" in html
    pictures = re.findall(r'<img[^>]*src="file://([^"]+)"', html)
    assert pictures and all(Path(picture).is_file() for picture in pictures)
    assert 'href="../../appraisal-model.html"' in html
    assert (page.parents[2] / "appraisal-model.html").is_file()


def test_help_user_guide_opens_the_english_guide_in_english(
    open_main_window, demo_db, opened_urls, monkeypatch
):
    monkeypatch.setenv(LANGUAGE_VARIABLE, "en")
    window = open_main_window(demo_db, language="en")

    help_action(window, "&User guide").trigger()

    page = Path(opened_urls[0].toLocalFile())
    assert page.parts[-2:] == ("en", "README.html")
    assert "CentreDesk user guide" in page.read_text(encoding="utf-8")


def test_every_page_of_the_docs_links_only_to_pages_headings_and_pictures_that_exist():
    docs = docs_folder()
    for page in docs.rglob("*.md"):
        html = page_html(page)
        headings = set(re.findall(r'<h[1-6] id="([^"]+)"', html))
        assert set(re.findall(r'href="#([^"]+)"', html)) <= headings, page
        for target in re.findall(r'href="([^":#]+)\.html', html):
            assert (page.parent / f"{target}.md").resolve().is_file(), (page, target)
        for picture in re.findall(r'<img[^>]*src="file://([^"]+)"', html):
            assert Path(picture).is_file(), (page, picture)
