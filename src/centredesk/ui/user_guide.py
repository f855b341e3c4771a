"""The user guide shipped with the program, shown in the PC's web browser.

The guide is written in Markdown (docs/ in the source tree, centredesk/docs in a built
program). A browser cannot show Markdown, so the pages are turned into HTML with Qt's own
Markdown reader into the user's cache folder, their pictures pointing back at the originals.
"""

import logging
import re
from pathlib import Path

import platformdirs
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument

from centredesk import APP_NAME

log = logging.getLogger(__name__)

_PACKAGED = Path(__file__).resolve().parents[1] / "docs"
_SOURCE_TREE = Path(__file__).resolve().parents[3] / "docs"
# The guide's folder for each program language; any other language reads the English guide.
GUIDE_FOLDERS = {"zh_CN": "zh", "en": "en"}
_IMAGE = re.compile(r'(<img[^>]*\bsrc=")([^"]+)(")')
_LINK = re.compile(r'(<a[^>]*\bhref=")([^":#]+)\.md(#[^"]*)?(")')
_HEADING = re.compile(r"<h([1-6])([^>]*)>(.*?)</h\1>", re.DOTALL)
_PAGE_STYLE = (
    "<style>body { max-width: 58em; margin: 2em auto; padding: 0 1em; line-height: 1.6;"
    " font-family: 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif; }"
    " img { max-width: 100%; border: 1px solid #d9dde3; }"
    " table { border-collapse: collapse; } td, th { border: 1px solid #d9dde3; padding: 4px; }"
    " h1, h2 { color: #0b4f9c; }"
    # Qt writes every block with zero margins; a browser needs them to separate paragraphs.
    " p, li, h1, h2, h3, pre { margin-top: 0.5em !important; margin-bottom: 0.5em !important; }"
    "</style>"
)


def docs_folder() -> Path:
    """The documentation folder: inside the built program, else in the source tree."""
    for folder in (_PACKAGED, _SOURCE_TREE):
        if (folder / "guide").is_dir():
            return folder
    raise FileNotFoundError("the user guide is missing from this installation")


def guide_page(language: str) -> Path:
    """The first page of the guide in `language` (Markdown)."""
    return docs_folder() / "guide" / GUIDE_FOLDERS.get(language, "en") / "README.md"


def render_docs(target: Path) -> None:
    """Write every Markdown page of the documentation as HTML below `target`, same layout."""
    docs = docs_folder()
    for page in docs.rglob("*.md"):
        html = target / page.relative_to(docs).with_suffix(".html")
        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(page_html(page), encoding="utf-8")


def page_html(page: Path) -> str:
    """One Markdown page as an HTML page; its pictures by absolute file URL, its links .html."""
    document = QTextDocument()
    document.setMarkdown(page.read_text(encoding="utf-8"))
    html = document.toHtml()

    html = _IMAGE.sub(lambda m: m[1] + _absolute(page.parent, m[2]) + m[3], html)
    html = _LINK.sub(lambda m: f"{m[1]}{m[2]}.html{m[3] or ''}{m[4]}", html)
    html = _HEADING.sub(lambda m: f'<h{m[1]} id="{_slug(m[3])}"{m[2]}>{m[3]}</h{m[1]}>', html)
    return html.replace("</head>", _PAGE_STYLE + "</head>", 1)


def _slug(heading_html: str) -> str:
    """A heading's anchor as GitHub makes it, so that the guide's "#…" links work."""
    text = re.sub(r"<[^>]+>", "", heading_html).strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def _absolute(folder: Path, source: str) -> str:
    if re.match(r"^[a-z]+:", source):
        return source
    return (folder / source).resolve().as_uri()


def open_user_guide(language: str) -> Path:
    """Show the guide of `language` in the browser; returns the HTML page opened."""
    target = platformdirs.user_cache_path(APP_NAME, appauthor=False) / "guide"
    render_docs(target)
    page = target / guide_page(language).relative_to(docs_folder()).with_suffix(".html")
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(page)))
    log.info("user guide opened: %s", page)
    return page
