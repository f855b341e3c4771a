"""Where the default database lives: the environment, the installer's centredesk.ini, the user."""

import sys

import platformdirs
import pytest

from centredesk.storage.locations import database_url, default_database_path, sqlite_url


@pytest.fixture
def built_program(tmp_path, monkeypatch):
    """This process dressed as an installed program: frozen, its executable in `tmp_path`."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "CentreDesk.exe"))
    monkeypatch.delenv("CENTREDESK_DATA_DIR", raising=False)
    return tmp_path


def test_the_data_folder_variable_chooses_where_the_database_is(tmp_path, monkeypatch):
    monkeypatch.setenv("CENTREDESK_DATA_DIR", str(tmp_path / "shared"))

    assert default_database_path() == tmp_path / "shared" / "centredesk.db"
    assert database_url(None, None) == sqlite_url(tmp_path / "shared" / "centredesk.db")


def test_an_installed_program_reads_its_data_folder_from_centredesk_ini(built_program):
    data = built_program / "ProgramData" / "CentreDesk"
    (built_program / "centredesk.ini").write_text(f"[data]\nfolder = {data}\n", encoding="utf-8")

    assert default_database_path() == data / "centredesk.db"


def test_the_variable_wins_over_the_installers_ini(built_program, monkeypatch):
    (built_program / "centredesk.ini").write_text("[data]\nfolder = C:/elsewhere\n")
    monkeypatch.setenv("CENTREDESK_DATA_DIR", str(built_program / "chosen"))

    assert default_database_path() == built_program / "chosen" / "centredesk.db"


def test_without_an_ini_an_installed_program_uses_the_users_data_folder(built_program):
    expected = platformdirs.user_data_path("CentreDesk", appauthor=False) / "centredesk.db"

    assert default_database_path() == expected


def test_a_program_run_from_source_ignores_an_ini_beside_python(tmp_path, monkeypatch):
    monkeypatch.delenv("CENTREDESK_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "centredesk.ini").write_text(f"[data]\nfolder = {tmp_path}\n")

    assert default_database_path().parent != tmp_path
