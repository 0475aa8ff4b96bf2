"""The Qt user interface: widgets and wiring; with export/pdf.py, the only code using PySide6."""
