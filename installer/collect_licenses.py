"""Gather the licence texts of everything a built CentreDesk ships into one folder.

The PyInstaller spec calls `collect(folder)` after the build; run alone
(`python installer/collect_licenses.py FOLDER`) it shows what would be shipped. The texts
come from the installed packages' metadata (dist-info), so the list follows the lock file.
"""

import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
# Not Python requirements of CentreDesk, but inside every build all the same.
BUILD_COMPONENTS = ("pyinstaller",)
_LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice|authors)", re.IGNORECASE)


def collect(target: Path) -> list[str]:
    """Write the licence folder at `target`; returns the packages it covers."""
    if target.exists():
        shutil.rmtree(target)
    (target / "fonts").mkdir(parents=True)
    for name in ("README.txt", "GPL-3.0.txt", "LGPL-3.0.txt"):
        shutil.copy2(HERE / "licenses" / name, target / name)
    for font_licence in (REPO / "resources" / "fonts").glob("LICENSE-*"):
        shutil.copy2(font_licence, target / "fonts" / font_licence.name)

    packages = target / "python-packages"
    _copy_python_licence(packages / f"Python-{sys.version.split()[0]}")
    names = sorted(runtime_distributions() | set(BUILD_COMPONENTS))
    lines = [_copy_distribution(metadata.distribution(name), packages) for name in names]
    (packages / "LIST.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return names


def runtime_distributions(root: str = "centredesk") -> set[str]:
    """The distributions CentreDesk needs at run time: its requirements and theirs."""
    seen: set[str] = set()
    pending: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while pending:
        name, extras = pending.pop()
        for text in metadata.requires(name) or []:
            requirement = Requirement(text)
            if not _applies(requirement, extras):
                continue
            child = canonicalize_name(requirement.name)
            if child not in seen:
                seen.add(child)
                pending.append((child, frozenset(requirement.extras)))
    return seen


def _applies(requirement: Requirement, extras: frozenset[str]) -> bool:
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({"extra": extra}) for extra in extras or {""})


def _copy_distribution(distribution: metadata.Distribution, packages: Path) -> str:
    """Copy one distribution's licence files; returns its line of LIST.txt."""
    name, version = distribution.metadata["Name"], distribution.version
    folder = packages / f"{name}-{version}"
    folder.mkdir(parents=True)
    copied = 0
    for file in distribution.files or []:
        parts = file.parts
        in_metadata = parts[0].endswith(".dist-info")
        if in_metadata and ("licenses" in parts or _LICENCE_FILE.match(file.name)):
            shutil.copy2(file.locate(), folder / file.name)
            copied += 1
    expression = _licence_expression(distribution)
    if not copied:
        # The PySide6 and shiboken6 wheels carry no licence file, only this field.
        (folder / "LICENSE-from-metadata.txt").write_text(
            f"{name} {version}\nLicense: {expression}\n"
            "The full texts of the GNU licences are in the folder above this one.\n",
            encoding="utf-8",
        )
    return f"{name}\t{version}\t{expression}"


def _licence_expression(distribution: metadata.Distribution) -> str:
    fields = distribution.metadata
    expression = fields.get("License-Expression") or fields.get("License") or ""
    if expression and len(expression) < 200:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in fields.get_all("Classifier") or []]
    licences = [c for c in classifiers if "License" in c or "GPL" in c]
    return ", ".join(licences) or "see the licence files"


def _copy_python_licence(folder: Path) -> None:
    """Python's own licence (the interpreter is inside the bundle)."""
    folder.mkdir(parents=True)
    base = Path(sys.base_prefix)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (base / "LICENSE.txt", base / "lib" / version / "LICENSE.txt"):
        if candidate.exists():
            shutil.copy2(candidate, folder / "LICENSE.txt")
            return
    raise FileNotFoundError(f"Python's LICENSE.txt is not under {base}")


if __name__ == "__main__":
    destination = Path(sys.argv[1] if len(sys.argv) > 1 else "build/licenses")
    for shipped in collect(destination):
        print(shipped)
    print(f"licences written to {destination}")
