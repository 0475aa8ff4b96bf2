"""Opening web addresses (Ctrl+Shift+O, command line, pasted links) without freezing the window."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from desktop.engine.sources import SUFFIXES
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.ui import web_open
from tests.engine.sources.make_docs import write_docx, write_pdf

PAGES = Path(__file__).parent.parent / "engine" / "sources" / "pages"
PAGE = "nachricht-de.html"
HEADLINE = "Hochwasser an der Oder"


class Server:
    """127.0.0.1 only: pages, a 404, and a page held back until the test releases it."""

    def __init__(self):
        self.release = threading.Event()
        release = self.release

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format, *args):
                pass

            def do_GET(self):
                if self.path == "/held":
                    release.wait(20)
                    self.path = "/pages/" + PAGE
                if self.path == "/moved":
                    self.send_response(301)
                    self.send_header("Location", "/pages/" + PAGE)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                file = PAGES / self.path.removeprefix("/pages/")
                if self.path.startswith("/pages/") and file.is_file():
                    body, code = file.read_bytes(), 200
                else:
                    body, code = b"<h1>Not Found</h1>", 404
                self.send_response(code)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def server() -> Iterator[Server]:
    site = Server()
    thread = threading.Thread(target=site.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.release.set()
        site.httpd.shutdown()
        site.httpd.server_close()
        thread.join()


@pytest.fixture
def ticking():
    """Counts event-loop turns: it only goes up while the GUI thread is free."""
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    yield ticks
    timer.stop()


def open_address_dialog(window, qtbot) -> web_open.AddressDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window.panes[window.active_side],
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.findChild(web_open.AddressDialog) is not None)
    dialog = window.findChild(web_open.AddressDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_address_dialog_loads_the_page_into_the_chosen_side_without_blocking(
    window, qtbot, server, ticking
):
    left_before = window.articles["left"]
    window.switch_pane()  # the right pane has focus: the dialog offers the right side
    dialog = open_address_dialog(window, qtbot)
    assert dialog.side == "right"
    qtbot.keyClicks(dialog.address, server.url("/held"))
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    status = window.findChild(web_open.FetchStatus)
    qtbot.waitUntil(status.isVisible)
    assert "/held" in status.label.text()
    # The download is held by the server, yet the event loop keeps turning.
    start = len(ticking)
    qtbot.waitUntil(lambda: len(ticking) >= start + 5)
    assert window.articles["right"] is not None and HEADLINE not in window.articles["right"].name
    server.release.set()
    qtbot.waitUntil(lambda: window.articles["right"].provenance.location == server.url("/held"))
    assert HEADLINE in window.articles["right"].title
    assert window.articles["left"] is left_before
    assert not status.isVisible()
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    assert HEADLINE in window.titles["right"].text()


def test_the_left_side_can_be_chosen(window, qtbot, server):
    dialog = open_address_dialog(window, qtbot)
    dialog.sides["right"].setChecked(True)
    dialog.sides["left"].setChecked(True)
    dialog.address.setText(server.url("/pages/" + PAGE))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()
    qtbot.waitUntil(lambda: HEADLINE in window.articles["left"].name, timeout=20000)


def test_a_404_says_so_and_names_the_address(window, qtbot, server):
    before = window.articles["right"]
    address = server.url("/pages/gone.html")
    window.fetch("right", address)
    qtbot.waitUntil(lambda: "404" in window.last_error, timeout=20000)
    assert address in window.last_error and "\n" not in window.last_error
    assert window.articles["right"] is before


def test_cancel_keeps_the_article_shown(window, qtbot, server):
    before = window.articles["left"]
    window.fetch("left", server.url("/held"))
    status = window.findChild(web_open.FetchStatus)
    qtbot.waitUntil(status.isVisible)
    qtbot.mouseClick(status.cancel, Qt.MouseButton.LeftButton)
    assert not status.isVisible()
    server.release.set()
    # A later download still arrives; the cancelled one never replaces the left article.
    window.fetch("right", server.url("/pages/" + PAGE))
    qtbot.waitUntil(lambda: HEADLINE in window.articles["right"].name, timeout=20000)
    assert window.articles["left"] is before


def test_addresses_on_the_command_line_download_in_the_background(
    make_window, qtbot, server, ticking
):
    window = make_window(left=None, right=None)
    assert window.open_paths(server.url("/held"), SEED_RIGHT)
    assert window.articles["right"] is not None and window.articles["left"] is None
    start = len(ticking)
    qtbot.waitUntil(lambda: len(ticking) >= start + 5)
    server.release.set()
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    assert window.articles["left"].provenance.location == server.url("/held")
    assert window.recent()[0] == (server.url("/held"), str(Path(SEED_RIGHT).resolve()))


def test_redirects_are_followed_and_the_final_address_kept(window, qtbot, server):
    window.fetch("left", server.url("/moved"))
    qtbot.waitUntil(lambda: HEADLINE in window.articles["left"].name, timeout=20000)
    assert window.articles["left"].provenance.final_url == server.url("/pages/" + PAGE)


def test_a_dropped_link_opens_its_page(window, qtbot, server):
    window.set_text("right", server.url("/pages/" + PAGE), "Dropped text")
    qtbot.waitUntil(lambda: HEADLINE in window.articles["right"].name, timeout=20000)


def test_saved_pages_word_and_pdf_open_from_files(make_window, tmp_path):
    page = tmp_path / "seite.html"
    page.write_bytes((PAGES / PAGE).read_bytes())
    window = make_window(left=page, right=SEED_LEFT)
    assert HEADLINE in window.articles["left"].name
    lines = ["Die Regierungen beider Länder vereinbarten am Mittwoch eine engere Zusammenarbeit."]
    word = write_docx(tmp_path / "erklaerung.docx", "Gemeinsame Erklärung", lines)
    assert window.load_side("left", word)
    assert window.articles["left"].name == "Gemeinsame Erklärung"
    pdf = write_pdf(tmp_path / "mitteilung.pdf", [[lines]], title="Pressemitteilung")
    assert window.load_side("right", pdf)
    assert "Zusammenarbeit" in window.articles["right"].text


def test_address_dialog_accepts_only_addresses_and_adds_https():
    dialog = web_open.AddressDialog(None, "left")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not ok.isEnabled()
    dialog.address.setText("www.example.org/artikel")
    assert ok.isEnabled() and dialog.location == "https://www.example.org/artikel"
    dialog.address.setText("kein link hier")
    assert not ok.isEnabled()
    dialog.deleteLater()


def test_the_open_dialog_lists_every_readable_suffix():
    articles = web_open.open_filter().split(";;")[0]
    for suffix in SUFFIXES:
        assert f"*{suffix}" in articles.split("(")[1]


def test_a_file_opened_meanwhile_wins_over_a_pending_download(window, qtbot, server):
    window.fetch("left", server.url("/held"))
    status = window.findChild(web_open.FetchStatus)
    qtbot.waitUntil(status.isVisible)
    assert window.load_side("left", SEED_RIGHT)
    assert not status.isVisible()
    server.release.set()
    window.fetch("right", server.url("/pages/" + PAGE))
    qtbot.waitUntil(lambda: HEADLINE in window.articles["right"].name, timeout=20000)
    assert window.articles["left"].path == str(SEED_RIGHT)


def test_an_empty_side_says_which_address_it_is_fetching(make_window, qtbot, server):
    window = make_window(left=None, right=None)
    window.open_paths(server.url("/held"), server.url("/pages/gone.html"))
    assert window.titles["left"].text() == f"Left: fetching {server.url('/held')} …"
    qtbot.waitUntil(lambda: "404" in window.last_error, timeout=20000)
    assert window.titles["right"].text() == "Right: drop or paste an article here"
    server.release.set()
    qtbot.waitUntil(lambda: HEADLINE in window.titles["left"].text(), timeout=20000)
