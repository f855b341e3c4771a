"""The model imports nothing of Qt, SQLAlchemy or the rest of CentreDesk (STYLE.md)."""

import subprocess
import sys

IMPORT_EVERY_MODEL_MODULE = """
import importlib
import pkgutil
import sys

import centredesk.model as model

for info in pkgutil.walk_packages(model.__path__, model.__name__ + "."):
    importlib.import_module(info.name)
print("\\n".join(sorted(sys.modules)))
"""


def _modules_after_importing_the_model() -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERY_MODEL_MODULE],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout.split()


def _is_model(name: str) -> bool:
    return name == "centredesk.model" or name.startswith("centredesk.model.")


def test_model_imports_no_qt_no_sqlalchemy_and_nothing_else_of_centredesk():
    modules = _modules_after_importing_the_model()

    foreign = [
        name
        for name in modules
        if name.startswith(("PySide6", "shiboken6", "sqlalchemy"))
        or (name.startswith("centredesk.") and not _is_model(name))
    ]
    assert "centredesk.model.appraisal" in modules
    assert "centredesk.model.staffing" in modules
    assert foreign == []
