"""A format added the way the README says: this module, and one row in the formats table."""

from desktop.export.model import ExportModel


def render(model: ExportModel) -> str:
    return "".join(f"{row.number}. {row.left_text} | {row.right_text}\n" for row in model.rows)
