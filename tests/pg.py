"""A real PostgreSQL server for the tests that need one: a throw-away cluster started on a free
loopback port and stopped afterwards."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(candidates[-1]).parent if candidates else None


def available() -> bool:
    return _bin_dir() is not None


def _run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[-1]} failed: {proc.stderr.strip() or proc.stdout.strip()}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user() -> tuple[list[str], str | None]:
    """initdb refuses to run as root: run the server as the `postgres` user then."""
    if os.geteuid() != 0:
        return [], None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return [], None
    return ["runuser", "-u", "postgres", "--"], "postgres"


@contextmanager
def server():
    with stoppable_server() as srv:
        yield srv.url


@contextmanager
def stoppable_server():
    """A server the test may also stop and start again (the same data on the same port): a hub
    that goes away and comes back."""
    # Not under pytest's private temp folder: the server user must be able to reach it.
    base = Path(tempfile.mkdtemp(prefix="tirkeu-pg-"))
    base.chmod(0o755)
    srv = None
    try:
        srv = Server(base)
        yield srv
    finally:
        if srv is not None:
            srv.stop()
        shutil.rmtree(base, ignore_errors=True)


@dataclass(frozen=True)
class TlsServer:
    url: str  # no TLS parameters: the test adds them
    ca: Path  # the certificate authority that signed the server's certificate
    other_ca: Path  # one that did not


@contextmanager
def tls_server():
    """A server that takes TLS connections only (`hostssl` in pg_hba.conf, no `host`), with a
    certificate for 127.0.0.1 and localhost signed by a throw-away certificate authority."""
    base = Path(tempfile.mkdtemp(prefix="tirkeu-pg-tls-"))
    base.chmod(0o755)
    try:
        srv = Server(base, tls=True)
        try:
            yield TlsServer(srv.url, base / "ca.pem", base / "other-ca.pem")
        finally:
            srv.stop()
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _pem_key(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _certificate(subject: str, key, issuer: str, issuer_key, ca: bool):
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
               .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
               .public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1))
               .not_valid_after(now + dt.timedelta(days=30))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if not ca:
        builder = builder.add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def make_certificates(folder: Path) -> None:
    """ca.pem, other-ca.pem, and server.crt / server.key signed by ca.pem, in `folder`."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    pem = serialization.Encoding.PEM
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _certificate("Tirkeu test CA", ca_key, "Tirkeu test CA", ca_key, ca=True)
    other_key = ec.generate_private_key(ec.SECP256R1())
    other = _certificate("Someone else's CA", other_key, "Someone else's CA", other_key, ca=True)
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = _certificate("127.0.0.1", server_key, "Tirkeu test CA", ca_key, ca=False)
    (folder / "ca.pem").write_bytes(ca.public_bytes(pem))
    (folder / "other-ca.pem").write_bytes(other.public_bytes(pem))
    (folder / "server.crt").write_bytes(server_cert.public_bytes(pem))
    key_file = folder / "server.key"
    key_file.write_bytes(_pem_key(server_key))
    key_file.chmod(0o600)  # the server refuses a key others may read


class Server:
    def __init__(self, base: Path, tls: bool = False):
        self.bindir = _bin_dir()
        if self.bindir is None:
            raise RuntimeError("PostgreSQL server binaries not found")
        self.prefix, user = _as_server_user()
        self.data, self.sock = base / "data", base / "sock"
        self.data.mkdir(parents=True)
        self.sock.mkdir()
        if user:
            for path in (base, self.data, self.sock):
                shutil.chown(path, user)
        _run([*self.prefix, str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
              "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"])
        self.options = ""
        if tls:
            certs = base / "certs"
            certs.mkdir()
            make_certificates(certs)
            if user:
                for item in (certs, *certs.iterdir()):
                    shutil.chown(item, user)
            (self.data / "pg_hba.conf").write_text(
                "local all all trust\nhostssl all all 127.0.0.1/32 trust\n", "utf-8")
            for name in ("ca.pem", "other-ca.pem"):
                shutil.copy(certs / name, base / name)
            self.options = (f" -c ssl=on -c ssl_cert_file={certs / 'server.crt'}"
                            f" -c ssl_key_file={certs / 'server.key'}")
        self.port = _free_port()
        self.log = base / "server.log"
        if user:
            self.log.touch()
            shutil.chown(self.log, user)
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"
        self.start()

    def start(self) -> None:
        _run([*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
              "-w", "-o", f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1 -c fsync=off"
              f"{self.options}",
              "start"])
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)

    def stop(self) -> None:
        """As a server shut down: every connection ends, new ones are refused."""
        subprocess.run([*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast",
                        "-w", "stop"], capture_output=True)


@contextmanager
def own_database(server_url: str, prefix: str = "t"):
    """The URL of a database of its own on the session's server, dropped afterwards: tests that
    write leave the shared database as the other tests expect it."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
