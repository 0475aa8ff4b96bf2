"""Ctrl+P: print the comparison (same content as the export) on a printer the user picks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from desktop.export import ExportRequest
from desktop.export.pdf import print_model
from desktop.review.quotes import checked_quotes

ChoosePrinter = Callable[[object], QPrinter | None]


def ask_printer(window) -> QPrinter | None:
    """The system print dialog; None when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle("Print comparison")
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_window(window, choose: ChoosePrinter | None = None) -> bool:
    """Print the window's comparison with its review; `choose` picks the printer (tests pass
    one that prints to a PDF file instead of showing the dialog)."""
    if window.comparison is None:
        window.statusBar().showMessage("Nothing to print yet: open two articles first", 5000)
        return False
    printer = (choose or ask_printer)(window)
    if printer is None:
        return False
    window.statusBar().showMessage("Printing…")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        # Printers belong to the GUI thread; the status line is painted before the work starts.
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        request = ExportRequest(
            window.comparison,
            window.current_annotations(),
            facts=window.export_extra(),
            title=window.ws.title,
            quotes=checked_quotes(window.ws),
        )
        print_model(request.model(), printer)
    finally:
        QApplication.restoreOverrideCursor()
    target = printer.outputFileName() or printer.printerName() or "the printer"
    window.statusBar().showMessage(f"Sent to {target}", 10000)
    return True
