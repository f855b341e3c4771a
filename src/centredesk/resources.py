"""Files shipped beside the code (catalogue, fonts, icons, translations), wherever installed."""

from pathlib import Path

_PACKAGED = Path(__file__).resolve().parent / "resources"
_SOURCE_TREE = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped file: inside the installed package, else in the source tree."""
    for base in (_PACKAGED, _SOURCE_TREE):
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"resource {'/'.join(parts)} is missing from this installation")
