"""Fetch an article from an http(s) address: bounded in time, size and redirects, nothing executed."""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from desktop import __version__
from desktop.engine import limits
from desktop.engine.errors import InputError
from desktop.engine.limits import amount, seconds
from desktop.engine.sources.decoding import decode_html, decode_text
from desktop.engine.sources.extracted import Extracted, make, now_utc
from desktop.engine.sources.files import too_large
from desktop.engine.sources.html import extract_html
from desktop.engine.sources.pdf import read_pdf
from desktop.wording import phrase

TIMEOUT = limits.WEB_SECONDS
MAX_BYTES = limits.WEB_BYTES
MAX_REDIRECTS = limits.WEB_REDIRECTS
USER_AGENT = f"Twofold/{__version__} (article comparison for journalists)"
SCHEMES = ("http", "https")
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
PDF_TYPES = ("application/pdf",)
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Response:
    """What the server sent: the body and the headers we need to interpret it."""

    final_url: str
    content_type: str
    mime: str
    charset: str
    body: bytes
    fetched: str


def read_url(
    url: str,
    lang: str = "auto",
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> Extracted:
    """Fetch the address and extract the article; every failure is an InputError naming it."""
    response = fetch(url, timeout=timeout, max_bytes=max_bytes, max_redirects=max_redirects)
    if response.mime in PDF_TYPES:  # press releases are often published as PDF only
        return read_pdf(
            url,
            response.body,
            final_url=response.final_url,
            fetched=response.fetched,
            content_type=response.content_type,
        )
    if response.mime in TEXT_TYPES:
        return make(
            decode_text(response.body, url, response.charset),
            location=url,
            final_url=response.final_url,
            fetched=response.fetched,
            content_type=response.content_type,
            raw=response.body,
        )
    return extract_html(
        decode_html(response.body, response.charset),
        url=response.final_url,
        location=url,
        raw=response.body,
        fetched=response.fetched,
        content_type=response.content_type,
    )


def fetch(
    url: str,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> Response:
    """GET a web page, text or PDF; refuses other schemes, other content, slow or oversized answers.

    One deadline covers connecting, the headers and the body however slowly the bytes come:
    a socket timeout alone restarts with every byte, so a server dripping one byte a second
    would hold the download for ever. The download runs on a daemon thread that is given up at
    the deadline; its sockets are shut then, which ends it soon after."""
    check_address(url)
    deadline = _Deadline(timeout)
    answer: dict[str, object] = {}

    def work() -> None:
        try:
            answer["response"] = _fetch(url, timeout, max_bytes, max_redirects, deadline)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            answer["error"] = exc

    worker = threading.Thread(target=work, name="twofold-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    deadline.expire()  # whatever still reads is cut off now
    if "response" not in answer and (worker.is_alive() or deadline.expired_early):
        # still reading, or it broke off because its sockets were shut at the deadline
        raise InputError(url, _too_slow(timeout))
    if "error" in answer:
        raise answer["error"]  # type: ignore[misc]
    return answer["response"]  # type: ignore[return-value]


class _Deadline:
    """The time left for one download, and its sockets to shut when it is over."""

    def __init__(self, timeout: float):
        self.at = time.monotonic() + timeout
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._over = False
        self.expired_early = False  # the deadline, not the server, ended the download

    def remaining(self) -> float:
        return max(0.01, self.at - time.monotonic())

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if self._over:
                _shut(sock)
            else:
                self._sockets.append(sock)

    def expire(self) -> None:
        with self._lock:
            self._over = True
            self.expired_early = time.monotonic() >= self.at
            for sock in self._sockets:
                _shut(sock)
            self._sockets.clear()


def _shut(sock: socket.socket) -> None:
    # socket.socket.shutdown, not SSLSocket's: that one drops its TLS state under a reader
    with contextlib.suppress(OSError):  # closed already
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _connection(base: type[http.client.HTTPConnection], deadline: _Deadline):
    class Connection(base):  # type: ignore[valid-type, misc]
        """Connects within the time left and hands its socket to the deadline."""

        def connect(self) -> None:
            self.timeout = deadline.remaining()
            super().connect()
            deadline.watch(self.sock)

    return Connection


class _Http(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):
        return self.do_open(_connection(http.client.HTTPConnection, self.deadline), req)


class _Https(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def https_open(self, req):
        connection = _connection(http.client.HTTPSConnection, self.deadline)
        return self.do_open(connection, req, context=self._context)


def _fetch(
    url: str, timeout: float, max_bytes: int, max_redirects: int, deadline: _Deadline
) -> Response:
    opener = urllib.request.build_opener(
        _Http(deadline), _Https(deadline), _Redirects(url, max_redirects, deadline.at, timeout)
    )
    opener.addheaders = [
        ("User-Agent", USER_AGENT),
        ("Accept", "text/html, application/xhtml+xml, text/plain;q=0.9, application/pdf;q=0.8"),
    ]
    fetched = now_utc()
    try:
        with opener.open(url, timeout=deadline.remaining()) as answer:
            headers: Message = answer.headers
            mime = headers.get_content_type()
            if not headers.get("Content-Type"):
                mime = "text/html"  # servers that omit the type almost always send a page
            if mime not in HTML_TYPES + TEXT_TYPES + PDF_TYPES:
                raise InputError(url, phrase("is not a web page, text or PDF ({type})", type=mime))
            length = headers.get("Content-Length", "").strip()
            declared = int(length) if length.isdigit() else None
            if declared is not None and declared > max_bytes:
                raise InputError(url, too_large(max_bytes))
            body = _read_limited(answer, url, max_bytes, deadline.at, timeout)
            if declared is not None and len(body) < declared:
                raise InputError(url, _incomplete(len(body), declared))
            return Response(
                final_url=answer.geturl(),
                content_type=headers.get("Content-Type", mime),
                mime=mime,
                charset=headers.get_content_charset() or "",
                body=body,
                fetched=fetched,
            )
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        raise InputError(
            url, phrase("the server answered {code} {reason}", code=exc.code, reason=exc.reason)
        ) from exc
    except urllib.error.URLError as exc:
        raise InputError(url, _network_problem(exc.reason, timeout)) from exc
    except TimeoutError as exc:
        raise InputError(url, _too_slow(timeout)) from exc
    except http.client.IncompleteRead as exc:
        raise InputError(url, _incomplete(len(exc.partial), None)) from exc
    except (http.client.HTTPException, OSError) as exc:
        raise InputError(url, _network_problem(exc, timeout)) from exc
    except ValueError as exc:
        raise InputError(url, phrase("is not a valid web address")) from exc


def _incomplete(got: int, declared: int | None) -> str:
    if declared is None:
        return phrase("the server broke off the connection after {got}; try again", got=amount(got))
    return phrase(
        "the server broke off the connection after {got} of the {declared} announced; try again",
        got=amount(got),
        declared=amount(declared),
    )


def _too_slow(timeout: float) -> str:
    return phrase("took longer than {time} to answer", time=seconds(timeout))


def check_address(url: str) -> None:
    """Only http and https addresses with a host name may be fetched."""
    try:
        parts = urlsplit(url.strip())
        host, _ = parts.hostname, parts.port
    except ValueError as exc:  # "http://[::1": an unclosed IPv6 address; a port past 65535
        raise InputError(url, phrase("is not a valid web address")) from exc
    if parts.scheme.lower() not in SCHEMES:
        shown = parts.scheme or phrase("no scheme")
        raise InputError(
            url, phrase("only http and https addresses can be opened, not {scheme}", scheme=shown)
        )
    if not host:
        raise InputError(url, phrase("is not a valid web address (no host name)"))


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most max_redirects redirects, only to http(s), within the overall deadline."""

    def __init__(self, url: str, limit: int, deadline: float, timeout: float):
        super().__init__()
        self.url, self.limit, self.deadline, self.timeout = url, limit, deadline, timeout
        self.count = 0

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.count += 1
        remaining = self.deadline - time.monotonic()
        problem: str = ""
        if self.count > self.limit:
            problem = phrase("redirected more than {count} times", count=self.limit)
        elif urlsplit(newurl).scheme.lower() not in SCHEMES:
            problem = phrase("redirected to an address that is not http or https")
        elif remaining <= 0:
            problem = _too_slow(self.timeout)
        if problem:
            fp.close()  # urllib closes the redirect response only when it follows it
            raise InputError(self.url, problem)
        req.timeout = remaining  # urllib reuses the old request's timeout for the next hop
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read_limited(answer, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = answer.read1(_CHUNK)  # what has arrived, not a wait for a whole 64 KB
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, too_large(max_bytes))
        if time.monotonic() > deadline:
            raise InputError(url, _too_slow(timeout))
        chunks.append(chunk)


def _network_problem(reason: object, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return phrase(
            "the server could not be found (check the address and the internet connection)"
        )
    if isinstance(reason, TimeoutError):
        return _too_slow(timeout)
    if isinstance(reason, ConnectionRefusedError):
        return phrase("the server refused the connection")
    if isinstance(reason, ssl.SSLError):
        return phrase("the secure connection failed (certificate or TLS problem)")
    if isinstance(reason, (http.client.IncompleteRead, http.client.RemoteDisconnected)):
        return phrase("the server broke off the connection")
    detail = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return phrase("could not be reached ({detail})", detail=detail)
