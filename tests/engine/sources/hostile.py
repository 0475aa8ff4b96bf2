"""Hostile and broken article files, made on the fly: zip bombs, bad XML, encrypted PDFs."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from tests.engine.sources.make_docs import write_docx, write_pdf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ARTICLE = [
    "Die Stadt Köln lässt 1.200 Straßenbäume untersuchen.",
    "Das Grünflächenamt rechnet mit Ergebnissen im Frühjahr.",
]


def _replace_part(source: Path, target: Path, name: str, data: bytes, stored=False) -> Path:
    """A copy of the .docx `source` with its part `name` replaced by `data`."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            body = data if info.filename == name else old.read(info.filename)
            method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            new.writestr(info.filename, body, compress_type=method)
    return target


def docx_with_body(tmp_path: Path, name: str, body: bytes, title: str = "Bäume") -> Path:
    """A real Word file whose word/document.xml is `body`."""
    base = write_docx(tmp_path / "base.docx", title=title, paragraphs=ARTICLE)
    return _replace_part(base, tmp_path / name, "word/document.xml", body)


def docx_invalid_xml(tmp_path: Path) -> Path:
    return docx_with_body(
        tmp_path, "invalid.docx", b"<w:document xmlns:w='" + W.encode() + b"'><w:body><w:p>"
    )


def docx_entity_amplification(tmp_path: Path) -> Path:
    """Billion laughs: ten levels of entities, each ten of the one below."""
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{k} "{f"&lol{k - 1};" * 10}">' for k in range(1, 10)
    ]
    body = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{"".join(levels)}]>'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    ).encode()
    return docx_with_body(tmp_path, "laughs.docx", body)


def docx_empty_paragraphs(tmp_path: Path, count: int = 560_000) -> Path:
    """Hundreds of thousands of empty paragraphs (94 KB compressed), one line of text at the end."""
    body = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
        + "<w:p/>" * count
        + "<w:p><w:r><w:t>Am Ende steht doch ein Satz über Köln.</w:t></w:r></w:p>"
        + "</w:body></w:document>"
    ).encode()
    return docx_with_body(tmp_path, "empty-paragraphs.docx", body)


def docx_zip_bomb(tmp_path: Path, unpacked: int = 512 * 2**20) -> Path:
    """A .docx whose document.xml unpacks to `unpacked` bytes of spaces (a few MB packed).

    Written by streaming a deflate of repeated blocks, so making it needs little memory."""
    base = write_docx(tmp_path / "base.docx", title="Bäume", paragraphs=ARTICLE)
    target = tmp_path / "bomb.docx"
    block = b" " * 2**20
    with zipfile.ZipFile(base) as old, zipfile.ZipFile(target, "w", compresslevel=1) as new:
        for info in old.infolist():
            if info.filename != "word/document.xml":
                new.writestr(info.filename, old.read(info.filename), zipfile.ZIP_DEFLATED)
                continue
            head = old.read(info.filename)
            cut = head.index(b"<w:body>") + len(b"<w:body>")
            part_info = zipfile.ZipInfo("word/document.xml")
            part_info.compress_type = zipfile.ZIP_DEFLATED
            with new.open(part_info, "w", force_zip64=True) as part:
                part.write(head[:cut])
                for _ in range(unpacked // len(block)):
                    part.write(block)
                part.write(head[cut:])
    return target


def encrypted_pdf(tmp_path: Path, user_password: str = "", algorithm: str = "AES-256") -> Path:
    """A text PDF encrypted with `algorithm`; with an empty user password anyone may open it
    (the usual way official press releases are locked against editing)."""
    plain = write_pdf(tmp_path / "plain.pdf", [[ARTICLE]], title="Pressemitteilung")
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    target = tmp_path / f"locked-{algorithm}-{bool(user_password)}.pdf"
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def nested_divs(depth: int = 100_000) -> str:
    """A page whose article sits after `depth` nested <div>s."""
    return (
        "<html><head><title>Tief</title></head><body>"
        + "<div>" * depth
        + "x"
        + "</div>" * depth
        + "<article><p>"
        + " ".join(ARTICLE * 3)
        + "</p></article></body></html>"
    )
