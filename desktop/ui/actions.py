"""The window's commands, each registered once by name with its help text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.commands import register


@register("open-files", "Open two articles to compare (left, then right)")
def open_files(window) -> None:
    window.ask_open()


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


@register("about", "About Twofold: version and licences")
def about(window) -> None:
    from desktop.ui.about import AboutDialog

    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
