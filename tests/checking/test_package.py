"""Safe opening of uploads: plain Python, no database, no settings."""

from __future__ import annotations

import io
import struct
import time
import zipfile

import docx
import pytest

from plans.checking import PackageLimits, PackageRejected, open_package

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="%s"/></Types>'
)
WORD = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="word/document.xml"/></Relationships>'
)
BODY = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'


def real_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Plan mot kränkande behandling", 1)
    document.add_paragraph("Text.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def package(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def minimal(main_type: bytes = WORD, **extra: bytes) -> dict[str, bytes]:
    return {
        "[Content_Types].xml": CONTENT_TYPES % main_type,
        "_rels/.rels": RELS,
        "word/document.xml": BODY,
        **extra,
    }


def code_of(data: bytes, limits: PackageLimits | None = None) -> str:
    with pytest.raises(PackageRejected) as rejected:
        open_package(data, limits=limits)
    return rejected.value.code


def test_a_real_docx_is_accepted() -> None:
    result = open_package(real_docx())
    assert result.main_part == "word/document.xml"
    assert "word/styles.xml" in result.members
    assert result.uncompressed_bytes > 0


def test_a_minimal_hand_made_package_is_accepted() -> None:
    assert open_package(package(minimal())).main_part == "word/document.xml"


def test_empty_file_is_refused() -> None:
    assert code_of(b"") == "empty"


def test_file_over_the_size_limit_is_refused_with_size_and_limit() -> None:
    with pytest.raises(PackageRejected) as rejected:
        open_package(real_docx(), limits=PackageLimits(max_bytes=1000))
    assert rejected.value.code == "too_large"
    assert rejected.value.params["limit"] == 1000


def test_legacy_doc_is_refused() -> None:
    assert code_of(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4096) == "legacy_doc"


def test_password_protected_docx_is_refused_as_encrypted() -> None:
    cfb = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 512
    cfb += "EncryptionInfo".encode("utf-16-le") + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le")
    assert code_of(cfb) == "encrypted"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"{\\rtf1\\ansi", "rtf"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"hello", "unknown"),
    ],
)
def test_other_formats_are_not_zip_and_named(data: bytes, kind: str) -> None:
    with pytest.raises(PackageRejected) as rejected:
        open_package(data)
    assert rejected.value.code == "not_zip"
    assert rejected.value.params["kind"] == kind


def test_truncated_zip_is_corrupt() -> None:
    assert code_of(real_docx()[:200]) == "corrupt_zip"


def test_path_traversal_member_is_corrupt() -> None:
    assert code_of(package(minimal(**{"../evil.xml": b"<x/>"}))) == "corrupt_zip"


def test_missing_content_types_is_refused() -> None:
    members = minimal()
    del members["[Content_Types].xml"]
    assert code_of(package(members)) == "missing_content_types"


def test_package_without_word_document_is_refused() -> None:
    members = minimal()
    del members["word/document.xml"]
    assert code_of(package(members)) == "missing_document"


def test_spreadsheet_is_named_as_not_word() -> None:
    sheet_type = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    members = {
        "[Content_Types].xml": CONTENT_TYPES.replace(b"/word/document.xml", b"/xl/workbook.xml") % sheet_type,
        "xl/workbook.xml": b"<workbook/>",
    }
    with pytest.raises(PackageRejected) as rejected:
        open_package(package(members))
    assert (rejected.value.code, rejected.value.params["kind"]) == ("not_wordprocessing", "xlsx")


def test_word_template_is_refused() -> None:
    template = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    assert code_of(package(minimal(template))) == "not_wordprocessing"


def test_macro_enabled_docm_is_refused() -> None:
    assert (
        code_of(package(minimal(b"application/vnd.ms-word.document.macroEnabled.main+xml")))
        == "macro_enabled"
    )


def test_vba_project_inside_a_docx_is_refused() -> None:
    assert code_of(package(minimal(**{"word/vbaProject.bin": b"\0" * 100}))) == "macro_enabled"


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    b'<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&lol9;</w:document>'
)


def test_dtd_with_entities_in_the_document_is_refused_without_expansion() -> None:
    started = time.perf_counter()
    with pytest.raises(PackageRejected) as rejected:
        open_package(package(minimal(**{"word/document.xml": BILLION_LAUGHS})))
    assert rejected.value.code == "dtd_forbidden"
    assert rejected.value.params["member"] == "word/document.xml"
    assert time.perf_counter() - started < 5  # a guard against a hang, not a speed target


def test_external_entity_in_a_rels_part_is_refused() -> None:
    xxe = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Relationships>&x;</Relationships>'
    assert code_of(package(minimal(**{"word/_rels/document.xml.rels": xxe}))) == "dtd_forbidden"


def test_malformed_xml_names_the_part() -> None:
    with pytest.raises(PackageRejected) as rejected:
        open_package(package(minimal(**{"word/styles.xml": b"<w:styles><unclosed>"})))
    assert (rejected.value.code, rejected.value.params["member"]) == ("xml_malformed", "word/styles.xml")


def test_zip_bomb_is_refused_by_ratio() -> None:
    bomb = package(minimal(**{"word/media/big.bin": b"\0" * (50 * 1024 * 1024)}))
    assert len(bomb) < 200_000
    assert code_of(bomb) == "zip_bomb"


def test_inflated_size_limit_counts_all_members_together() -> None:
    members = minimal(**{f"word/media/part{i}.bin": bytes(range(256)) * 2000 for i in range(10)})
    limits = PackageLimits(max_uncompressed_bytes=1_000_000, max_ratio=10_000)
    with pytest.raises(PackageRejected) as rejected:
        open_package(package(members, zipfile.ZIP_STORED), limits=limits)
    assert rejected.value.code == "too_large_uncompressed"
    assert rejected.value.params["limit"] == 1_000_000
    assert int(rejected.value.params["size"]) > 1_000_000  # the total, not one member's share


def test_zip_bomb_under_small_limits_is_refused_as_too_large_uncompressed() -> None:
    bomb = package(minimal(**{"word/media/big.bin": b"\0" * (50 * 1024 * 1024)}))
    assert code_of(bomb, PackageLimits(max_uncompressed_bytes=10 * 1024 * 1024)) == "too_large_uncompressed"


def with_declared_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite a member's uncompressed size in its local and central headers: a lying archive."""
    patched = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    struct.pack_into("<I", patched, info.header_offset + 22, size)
    position = patched.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack_from("<H", patched, position + 28)[0]
        if patched[position + 46 : position + 46 + name_length] == member.encode():
            struct.pack_into("<I", patched, position + 24, size)
        position = patched.find(b"PK\x01\x02", position + 4)
    return bytes(patched)


def test_declared_sizes_that_lie_do_not_let_a_bomb_through() -> None:
    bomb = package(minimal(**{"word/media/big.bin": b"\0" * (20 * 1024 * 1024)}))
    lying = with_declared_size(bomb, "word/media/big.bin", 1000)
    limits = PackageLimits(max_uncompressed_bytes=5 * 1024 * 1024, max_ratio=1_000_000)
    # Inflation stops at the declared size, so the lie surfaces as a failed checksum, never as output.
    assert code_of(lying, limits) == "corrupt_zip"


def test_too_many_members_is_refused() -> None:
    members = minimal(**{f"word/media/{i}.bin": b"x" for i in range(50)})
    with pytest.raises(PackageRejected) as rejected:
        open_package(package(members), limits=PackageLimits(max_members=20))
    assert rejected.value.code == "too_many_members"
    assert rejected.value.params == {"count": 53, "limit": 20}


def test_encrypted_zip_member_is_refused() -> None:
    data = bytearray(package(minimal()))
    # Set the "encrypted" flag bit in every central-directory entry.
    position = data.find(b"PK\x01\x02")
    while position != -1:
        data[position + 8] |= 0x1
        position = data.find(b"PK\x01\x02", position + 4)
    assert code_of(bytes(data)) == "zip_encrypted_member"


def corrupt_member_data(data: bytes, member: str) -> bytes:
    damaged = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 5
    for position in range(start, start + 40):
        damaged[position] ^= 0x5A
    return bytes(damaged)


def test_damaged_deflate_stream_is_refused_as_corrupt_not_crashing() -> None:
    assert code_of(corrupt_member_data(real_docx(), "word/document.xml")) == "corrupt_zip"


def test_two_members_with_one_name_are_refused_as_corrupt() -> None:
    buffer = io.BytesIO()
    with pytest.warns(UserWarning), zipfile.ZipFile(buffer, "w") as archive:
        for name, data in minimal().items():
            archive.writestr(name, data)
        archive.writestr("word/document.xml", BODY)
    assert code_of(buffer.getvalue()) == "corrupt_zip"


def test_compression_other_than_stored_or_deflate_is_refused() -> None:
    assert code_of(package(minimal(), zipfile.ZIP_LZMA)) == "corrupt_zip"


def test_absolute_member_name_is_corrupt() -> None:
    assert code_of(package(minimal(**{"/etc/evil.xml": b"<x/>"}))) == "corrupt_zip"


def test_utf16_part_with_a_dtd_is_refused() -> None:
    utf16 = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'
    members = minimal(**{"word/document.xml": utf16.encode("utf-16")})
    assert code_of(package(members)) == "dtd_forbidden"


def test_dtd_hidden_behind_a_long_prologue_is_still_refused() -> None:
    late = b'<?xml version="1.0"?><!--' + b"x" * 20_000 + b'--><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'
    assert code_of(package(minimal(**{"word/document.xml": late}))) == "dtd_forbidden"


def test_upper_case_xml_extension_is_parsed_too() -> None:
    assert code_of(package(minimal(**{"customXml/item1.XML": b"<!DOCTYPE a><a/>"}))) == "dtd_forbidden"


def test_empty_xml_part_is_malformed() -> None:
    with pytest.raises(PackageRejected) as rejected:
        open_package(package(minimal(**{"word/settings.xml": b""})))
    assert (rejected.value.code, rejected.value.params["member"]) == ("xml_malformed", "word/settings.xml")


def test_word_template_is_named_dotx() -> None:
    template = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    with pytest.raises(PackageRejected) as rejected:
        open_package(package(minimal(template)))
    assert rejected.value.params["kind"] == "dotx"


def test_macro_enabled_template_is_refused_as_macro_enabled() -> None:
    dotm = b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
    assert code_of(package(minimal(dotm))) == "macro_enabled"


def test_presentation_is_named_as_not_word() -> None:
    slides_type = b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
    members = {
        "[Content_Types].xml": CONTENT_TYPES.replace(b"/word/document.xml", b"/ppt/presentation.xml")
        % slides_type,
        "_rels/.rels": RELS.replace(b"word/document.xml", b"ppt/presentation.xml"),
        "ppt/presentation.xml": b"<presentation/>",
    }
    with pytest.raises(PackageRejected) as rejected:
        open_package(package(members))
    assert (rejected.value.code, rejected.value.params["kind"]) == ("not_wordprocessing", "pptx")


def test_main_part_is_found_through_the_package_relationship() -> None:
    members = {
        "[Content_Types].xml": CONTENT_TYPES.replace(b"/word/document.xml", b"/word/document2.xml") % WORD,
        "_rels/.rels": RELS.replace(b"word/document.xml", b"/word/document2.xml"),
        "word/document2.xml": BODY,
    }
    assert open_package(package(members)).main_part == "word/document2.xml"


def test_document_part_with_a_generic_content_type_is_not_a_word_document() -> None:
    members = minimal(b"application/xml")
    assert code_of(package(members)) == "missing_document"
