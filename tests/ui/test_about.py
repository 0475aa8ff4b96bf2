"""Help → About shows the version and the licences; the self-test passes in a checkout."""

from desktop import __version__
from desktop.ui.about import AboutDialog


def test_about_names_version_and_lgpl_source(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.layout().itemAt(0).widget().text()
    assert f"Twofold {__version__}" in text
    licences = dialog.licences.toPlainText()
    assert "PySide6" in licences and "LGPL" in licences and "source" in licences


def test_about_opens_from_its_command(qtbot):
    from desktop.ui.window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.run_command("about")
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None)
    assert window.findChild(AboutDialog).isVisible()


def test_self_test_passes_in_a_checkout(qapp, capsys):
    from desktop.ui.selftest import run_self_test

    assert run_self_test() == 0
    out = capsys.readouterr().out
    assert "Self-test passed." in out and "FAIL" not in out
