"""The desktop tests of data safety use the desktop tests' own fixtures."""

from tests.ui.conftest import _private_qsettings, open_main_window  # noqa: F401 - fixtures
