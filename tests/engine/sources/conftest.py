"""A local web server on 127.0.0.1 serving the test pages, redirects, errors, slow and huge answers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.engine.sources.make_docs import write_blank_pdf, write_pdf

PAGES = Path(__file__).parent / "pages"
PLAIN = (
    "Erste Zeile über Straßenbäume in Köln.\n\nZweiter Absatz: Grünflächenamt prüft 1.200 Bäume.\n"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
BIG = 64 * 1024  # bytes the oversized answers send; tests set the size limit below this
RELEASE = [
    [["Gemeinsame Erklärung zur Grenzsicherheit"]],
    [["Die Regierungen beider Länder vereinbarten am Mittwoch eine engere Zusammenarbeit."]],
]


@dataclass
class Site:
    """The running server: base address and the event that releases held-back answers."""

    base: str
    release: threading.Event
    requests: list[dict[str, str]]

    def url(self, path: str) -> str:
        return self.base + path


def _handler(release: threading.Event, requests: list[dict[str, str]], files: dict[str, bytes]):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):  # keep test output clean
            pass

        def _send(self, code: int, body: bytes, content_type: str, **headers: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, target: str, code: int = 302) -> None:
            self.send_response(code)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self):
            requests.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
            path = self.path
            if path.startswith("/pages/"):
                name = path.removeprefix("/pages/")
                data = (PAGES / name).read_bytes()
                charset = "windows-1252" if name == "blog-de.html" else "utf-8"
                self._send(200, data, f"text/html; charset={charset}")
            elif path == "/blog-no-header-charset":
                self._send(200, (PAGES / "blog-de.html").read_bytes(), "text/html")
            elif path == "/latin1":
                page = (PAGES / "nachricht-de.html").read_text(encoding="utf-8")
                page = page.replace('<meta charset="utf-8">', "")
                data = page.encode("cp1252", errors="replace")
                self._send(200, data, "text/html; charset=ISO-8859-1")
            elif path == "/plain":
                self._send(200, PLAIN.encode("utf-8"), "text/plain; charset=utf-8")
            elif path == "/plain-latin1":
                self._send(200, PLAIN.encode("latin-1"), "text/plain; charset=iso-8859-1")
            elif path == "/moved":
                self._redirect("/pages/nachricht-de.html", 301)
            elif path.startswith("/hop/"):
                left = int(path.removeprefix("/hop/"))
                self._redirect(f"/hop/{left - 1}" if left > 1 else "/pages/report-en.html")
            elif path == "/to-ftp":
                self._redirect("ftp://127.0.0.1/file.html")
            elif path == "/cookie":
                self.send_response(302)
                self.send_header("Set-Cookie", "session=abc123; Path=/")
                self.send_header("Location", "/pages/report-en.html")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/missing":
                self._send(404, b"<h1>Not Found</h1>", "text/html")
            elif path == "/broken":
                self._send(503, b"<h1>Service Unavailable</h1>", "text/html")
            elif path == "/slow":
                release.wait(30)  # held until the test finishes; the client gives up long before
            elif path == "/big-declared":
                self._send(200, b"<p>" + b"x" * BIG + b"</p>", "text/html")
            elif path == "/big-streamed":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                for _ in range(BIG // 1024):
                    self.wfile.write(b"<p>" + b"y" * 1017 + b"</p>")
            elif path in files:
                self._send(200, files[path], "application/pdf")
            elif path == "/image":
                self._send(200, PNG, "image/png")
            elif path == "/download":
                self._send(200, b"\x00\x01\x02" * 100, "application/octet-stream")
            elif path == "/empty-page":
                self._send(
                    200, b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html"
                )
            else:
                self._send(404, b"no route", "text/plain")

    return Handler


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[Site]:
    """Serve the test site on 127.0.0.1 at a free port for the tests of one module."""
    release = threading.Event()
    requests: list[dict[str, str]] = []
    folder = tmp_path_factory.mktemp("served")
    files = {
        "/release.pdf": write_pdf(
            folder / "release.pdf", RELEASE, title="Pressemitteilung"
        ).read_bytes(),
        "/scan.pdf": write_blank_pdf(folder / "scan.pdf").read_bytes(),
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(release, requests, files))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(f"http://127.0.0.1:{server.server_address[1]}", release, requests)
    finally:
        release.set()
        server.shutdown()
        server.server_close()
        thread.join()
