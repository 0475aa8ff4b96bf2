"""Fetch an article from an http(s) address: bounded in time, size and redirects, nothing executed."""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from desktop import __version__
from desktop.engine.errors import InputError
from desktop.engine.sources.decoding import decode_html, decode_text
from desktop.engine.sources.extracted import Extracted, make, now_utc
from desktop.engine.sources.files import too_large
from desktop.engine.sources.html import extract_html
from desktop.engine.sources.pdf import read_pdf

TIMEOUT = 15.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
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
    """GET a web page, text or PDF; refuses other schemes, other content, slow or oversized answers."""
    check_address(url)
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_Redirects(url, max_redirects, deadline, timeout))
    opener.addheaders = [
        ("User-Agent", USER_AGENT),
        ("Accept", "text/html, application/xhtml+xml, text/plain;q=0.9, application/pdf;q=0.8"),
    ]
    fetched = now_utc()
    try:
        with opener.open(url, timeout=timeout) as answer:
            headers: Message = answer.headers
            mime = headers.get_content_type()
            if not headers.get("Content-Type"):
                mime = "text/html"  # servers that omit the type almost always send a page
            if mime not in HTML_TYPES + TEXT_TYPES + PDF_TYPES:
                raise InputError(url, f"is not a web page, text or PDF ({mime})")
            length = headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise InputError(url, too_large(max_bytes))
            body = _read_limited(answer, url, max_bytes, deadline, timeout)
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
        raise InputError(url, f"the server answered {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise InputError(url, _network_problem(exc.reason, timeout)) from exc
    except TimeoutError as exc:
        raise InputError(url, f"took longer than {_seconds(timeout)} to answer") from exc
    except (http.client.HTTPException, OSError) as exc:
        raise InputError(url, _network_problem(exc, timeout)) from exc
    except ValueError as exc:
        raise InputError(url, "is not a valid web address") from exc


def check_address(url: str) -> None:
    """Only http and https addresses with a host name may be fetched."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in SCHEMES:
        shown = parts.scheme or "no scheme"
        raise InputError(url, f"only http and https addresses can be opened, not {shown}")
    if not parts.hostname:
        raise InputError(url, "is not a valid web address (no host name)")


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most max_redirects redirects, only to http(s), within the overall deadline."""

    def __init__(self, url: str, limit: int, deadline: float, timeout: float):
        super().__init__()
        self.url, self.limit, self.deadline, self.timeout = url, limit, deadline, timeout
        self.count = 0

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.count += 1
        remaining = self.deadline - time.monotonic()
        problem = ""
        if self.count > self.limit:
            problem = f"redirected more than {self.limit} times"
        elif urlsplit(newurl).scheme.lower() not in SCHEMES:
            problem = "redirected to an address that is not http or https"
        elif remaining <= 0:
            problem = f"took longer than {_seconds(self.timeout)} to answer"
        if problem:
            fp.close()  # urllib closes the redirect response only when it follows it
            raise InputError(self.url, problem)
        req.timeout = remaining  # urllib reuses the old request's timeout for the next hop
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read_limited(answer, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = answer.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, too_large(max_bytes))
        if time.monotonic() > deadline:
            raise InputError(url, f"took longer than {_seconds(timeout)} to answer")
        chunks.append(chunk)


def _network_problem(reason: object, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return "the server could not be found (check the address and the internet connection)"
    if isinstance(reason, TimeoutError):
        return f"took longer than {_seconds(timeout)} to answer"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, ssl.SSLError):
        return "the secure connection failed (certificate or TLS problem)"
    if isinstance(reason, (http.client.IncompleteRead, http.client.RemoteDisconnected)):
        return "the server broke off the connection"
    detail = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return f"could not be reached ({detail})"


def _seconds(timeout: float) -> str:
    return f"{timeout:g} s"
