"""A private PostgreSQL server for the tests: initdb and pg_ctl on 127.0.0.1 and a free port."""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SERVICE_USER = "postgres"


def server_binaries() -> Path | None:
    """The folder of Debian's initdb and pg_ctl (the newest installed version), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _version(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


class PrivateServer:
    """A throw-away cluster in a temporary folder, trusted connections from 127.0.0.1 only."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="centredesk-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()

    def start(self) -> "PrivateServer":
        if os.geteuid() == 0:
            # initdb refuses root; the cluster belongs to the postgres user.
            shutil.chown(self.folder, SERVICE_USER, SERVICE_USER)
        initdb = ["-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]
        self._run("initdb", *initdb, "--locale=C.UTF-8", "--no-sync")
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories='' "
            "-c fsync=off -c full_page_writes=off -c max_connections=40 "
            # A throw-away cluster needs no replication or crash recovery of its own: minimal
            # WAL and rare checkpoints make each test's CREATE DATABASE … TEMPLATE cheaper.
            "-c wal_level=minimal -c max_wal_senders=0 -c max_wal_size=8GB "
            "-c checkpoint_timeout=1h -c wal_buffers=64MB -c synchronous_commit=off"
        )
        log = self.folder / "server.log"
        self._run("pg_ctl", "-D", self.data, "-o", options, "-l", log, "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, program: str, *args) -> None:
        command = [str(self.binaries / program), *map(str, args)]
        if os.geteuid() == 0:
            command = ["runuser", "-u", SERVICE_USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=self.folder)
        if done.returncode:
            raise RuntimeError(
                f"{program} failed ({done.returncode}): {done.stderr or done.stdout}"
            )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
