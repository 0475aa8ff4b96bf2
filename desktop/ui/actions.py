"""The window's commands, each registered once by name with its help text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.commands import register


@register("open-files", "Open two articles to compare (left, then right)")
def open_files(window) -> None:
    window.ask_open()


@register("open-address", "Open a web address on the left or right (downloads in the background)")
def open_address(window) -> None:
    from desktop.ui.web_open import ask_address

    ask_address(window)


@register("paste-article", "Paste the clipboard as an article into the focused side")
def paste_article(window) -> None:
    window.paste_into(window.active_side)


@register("quit", "Close Twofold")
def quit_app(window) -> None:
    window.close()


@register("next-item", "Go to the next item (pair or unique sentence)")
def next_item(window) -> None:
    window.move(1)


@register("previous-item", "Go to the previous item")
def previous_item(window) -> None:
    window.move(-1)


@register("next-unique", "Go to the next sentence only one article has")
def next_unique(window) -> None:
    window.move_unique(1)


@register("previous-unique", "Go to the previous sentence only one article has")
def previous_unique(window) -> None:
    window.move_unique(-1)


@register("switch-pane", "Switch between the left and right article")
def switch_pane(window) -> None:
    window.switch_pane()


@register("more-links", "Link more sentences (lower the match threshold)")
def more_links(window) -> None:
    window.set_threshold(window.threshold - 5)


@register("fewer-links", "Link fewer sentences (raise the match threshold)")
def fewer_links(window) -> None:
    window.set_threshold(window.threshold + 5)


@register("show-shortcuts", "Show every keyboard shortcut")
def show_shortcuts(window) -> None:
    window.toggle_overlay()


@register("command-palette", "Find and run any command by name")
def command_palette(window) -> None:
    window.open_palette()


@register("swap-sides", "Swap the left and right articles")
def swap_sides(window) -> None:
    window.swap_sides()


@register("export", "Export the comparison with its review (HTML, PDF, Word, Markdown, CSV, JSON)")
def export_comparison(window) -> None:
    from desktop.ui.export_dialog import open_export

    open_export(window)


@register("print", "Print the comparison with its review")
def print_comparison(window) -> None:
    from desktop.ui.printing import print_window

    print_window(window, getattr(window, "choose_printer", None))


@register("include-boilerplate", "Count boilerplate (donation appeals, credits) as content")
def include_boilerplate(window) -> None:
    window.set_include_boilerplate(not window.include_boilerplate)


@register("about", "About Twofold: version and licences")
def about(window) -> None:
    from desktop.ui.about import AboutDialog

    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
