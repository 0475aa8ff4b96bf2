"""One deadline for a whole download, however slowly a server drips its bytes, and no short
body taken for the whole page. Against a raw server on 127.0.0.1 only."""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Iterator

import pytest

from desktop.engine.errors import InputError
from desktop.engine.sources import read_source
from desktop.engine.sources.web import fetch
from tests.bounded import one_line, run_twofold

PAGE = (
    b"<html><head><title>Tropfen</title></head><body><article><p>Die Stadt K\xc3\xb6ln "
    b"l\xc3\xa4sst 1.200 Stra\xc3\x9fenb\xc3\xa4ume untersuchen, teilte das Amt mit.</p>"
    b"</article></body></html>"
)
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"


def _drip(conn: socket.socket, data: bytes, stop: threading.Event, pause: float = 0.2) -> None:
    for byte in data:
        if stop.wait(pause):
            return
        conn.sendall(bytes([byte]))


def _answer(path: str, conn: socket.socket, stop: threading.Event) -> None:
    if path == "/drip-body":
        conn.sendall(HEAD + f"Content-Length: {len(PAGE)}\r\n\r\n".encode())
        _drip(conn, PAGE, stop)
    elif path == "/drip-headers":
        _drip(conn, HEAD + b"X-Slow: " + b"a" * 10_000 + b"\r\n\r\n", stop)
    elif path == "/short":  # announces more than it sends, then hangs up
        conn.sendall(HEAD + f"Content-Length: {len(PAGE) + 500}\r\n\r\n".encode() + PAGE)
    elif path == "/short-chunked":
        chunk = PAGE[:80]
        conn.sendall(HEAD + b"Transfer-Encoding: chunked\r\n\r\n")
        conn.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" + b"400\r\nabc")
    elif path == "/whole":
        conn.sendall(HEAD + f"Content-Length: {len(PAGE)}\r\n\r\n".encode() + PAGE)


class _Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        request = b""
        try:
            while b"\r\n\r\n" not in request:
                data = self.request.recv(4096)
                if not data:
                    return
                request += data
            path = request.split(b" ", 2)[1].decode()
            _answer(path, self.request, self.server.stop)  # type: ignore[attr-defined]
        except OSError:
            pass  # the client gave up and shut the connection: that is the point


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    httpd.stop = threading.Event()  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.stop.set()  # type: ignore[attr-defined]
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers"])
def test_a_dripping_server_is_given_up_at_the_deadline(server, path):
    start = time.monotonic()
    with pytest.raises(InputError, match=r"took longer than 1 s to answer"):
        fetch(server + path, timeout=1.0)
    assert time.monotonic() - start < 2.5


def test_a_download_given_up_stops_reading(server):
    with pytest.raises(InputError, match=r"took longer than 1 s to answer"):
        fetch(server + "/drip-body", timeout=1.0)
    start = time.monotonic()  # its sockets were shut at the deadline: the reader ends too
    while any(t.name == "twofold-fetch" and t.is_alive() for t in threading.enumerate()):
        assert time.monotonic() - start < 2.0, "the download still reads after its deadline"
        time.sleep(0.01)


def test_the_deadline_holds_on_the_command_line(server):
    outcome = run_twofold("sentences", server + "/drip-body", seconds=30)
    assert one_line(outcome).endswith("took longer than 15 s to answer")
    assert outcome.seconds < 20


@pytest.mark.parametrize("path", ["/short", "/short-chunked"])
def test_a_body_cut_short_is_not_taken_for_the_page(server, path):
    with pytest.raises(InputError, match="broke off the connection"):
        fetch(server + path, timeout=5)


def test_a_whole_page_still_reads(server):
    assert "Straßenbäume" in read_source(server + "/whole").text


@pytest.mark.parametrize("address", ["http://[::1", "https://[fe80::1/x", "http://[::1]:99999/"])
def test_a_malformed_address_is_one_line(address):
    with pytest.raises(InputError, match="not a valid web address") as info:
        read_source(address)
    assert info.value.source == address
