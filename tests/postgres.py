"""A throwaway PostgreSQL cluster for the tests: Debian's ``postgresql`` binaries (``make postgres`` installs
them), ``initdb`` in a fresh temp folder, a server on 127.0.0.1 and a free port, password authentication.

    cluster = PostgresCluster.start()
    url = cluster.new_database()      # postgresql://arena:...@127.0.0.1:PORT/arena_1, empty
    cluster.stop()                    # kill the server, delete the folder

PostgreSQL refuses to run as root: as root, the cluster belongs to the ``postgres`` user the package creates.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import free_port

USER = "arena"


def bin_dir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: Debian's newest /usr/lib/postgresql/N/bin, or the PATH's."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@dataclass
class PostgresCluster:
    """One running server; :meth:`new_database` hands each test an empty database of its own."""

    root: Path
    port: int
    password: str = field(repr=False)
    bin: Path
    run_as: str | None  # the system user running the server (root may not)
    _names: itertools.count = field(default_factory=lambda: itertools.count(1), repr=False)

    @classmethod
    def start(cls) -> PostgresCluster:
        pg_bin = bin_dir()
        if pg_bin is None:
            raise FileNotFoundError("PostgreSQL is not installed (make postgres: apt-get install postgresql)")
        run_as = "postgres" if os.geteuid() == 0 else None
        root = Path(tempfile.mkdtemp(prefix="playground-pg-"))
        cluster = cls(root=root, port=free_port(), password=secrets.token_hex(12), bin=pg_bin, run_as=run_as)
        (root / "pw").write_text(cluster.password)
        if run_as:
            user = pwd.getpwnam(run_as)
            os.chown(root, user.pw_uid, user.pw_gid)
            os.chown(root / "pw", user.pw_uid, user.pw_gid)
        cluster._run("initdb", "-D", str(root / "data"), "-U", USER, "--pwfile", str(root / "pw"),
                     "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8", "--no-instructions")
        cluster.serve()
        return cluster

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin / program), *args]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=180)
        if result.returncode:
            raise RuntimeError(f"{program} failed: {result.stdout}{result.stderr}{self.log()}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}:{self.password}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """The URL of a new, empty database on this server."""
        import psycopg

        name = f"arena_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as db:
            db.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def kill(self) -> None:
        """Stop the server at once, as a crash would (``immediate``: no checkpoint, recovery on the next start)."""
        self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")

    def serve(self) -> None:
        """Start the server (again, after :meth:`kill`), on the same port; returns once it takes connections."""
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
        self._run("pg_ctl", "-D", str(self.root / "data"), "-l", str(self.root / "server.log"), "-o", options,
                  "-w", "-t", "120", "start")

    def log(self) -> str:
        path = self.root / "server.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def stop(self) -> None:
        try:
            self.kill()
        except RuntimeError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)
