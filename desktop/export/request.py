"""What one export is of: the comparison, its review, which items, the facts added, the paper."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from desktop.engine.models import Comparison
from desktop.engine.quotes import QuoteCheck
from desktop.export.model import ExportModel, Provenance, build, make_provenance
from desktop.store.records import Annotation


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Everything a format needs besides the file: built once by the CLI, dialog or printer.

    `annotations` maps item keys to the journalist's Annotation; `include_unreviewed=False`
    leaves out items not marked reviewed; `facts` are extra provenance lines (the saved
    comparison's id); `page_size` is "A4", "Letter" or "" for the locale's paper."""

    comparison: Comparison
    annotations: Mapping[str, Annotation] = field(default_factory=dict)
    include_unreviewed: bool = True
    facts: Mapping[str, str] = field(default_factory=dict)
    page_size: str = ""
    provenance: Provenance | None = None  # made when the model is built unless given
    title: str = ""  # the saved comparison's title ("" for none: both names)
    quotes: tuple[QuoteCheck, ...] | None = None  # checked when the model is built unless given

    def snapshot(self) -> ExportRequest:
        """The same request with its provenance made now (the time of export is now)."""
        return replace(self, provenance=self.provenance or self._provenance())

    def _provenance(self) -> Provenance:
        return make_provenance(self.comparison, extra=self.facts)

    def model(self) -> ExportModel:
        provenance = self.provenance or self._provenance()
        return build(
            self.comparison,
            self.annotations,
            self.include_unreviewed,
            provenance,
            self.title,
            self.quotes,
        )
