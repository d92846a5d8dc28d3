"""Personnummer and samordningsnummer in text, and the look-alikes that must not be flagged (BRIEF §10)."""

from __future__ import annotations

import datetime

import pytest

from plans.checking.personal_data import IdentityNumberMatch, find_identity_numbers, luhn_ok

TODAY = datetime.date(2025, 10, 1)


def luhn(nine: str) -> str:
    """The ten-digit number: nine digits and their check digit (Skatteverket's modulus 10)."""
    total = 0
    for position, char in enumerate(nine):
        product = int(char) * (2, 1)[position % 2]
        total += sum(int(d) for d in str(product))
    return nine + str((10 - total % 10) % 10)


def pnr(nine: str, sep: str = "-", century: str = "") -> str:
    ten = luhn(nine)
    return f"{century}{ten[:6]}{sep}{ten[6:]}"


def find(text: str) -> list[IdentityNumberMatch]:
    return find_identity_numbers(text, today=TODAY)


def test_the_helper_agrees_with_the_brief_example() -> None:
    assert luhn("811218987") == "8112189876"
    assert luhn_ok("8112189876") and luhn_ok("7010632391")
    assert not luhn_ok("8112189875")


@pytest.mark.parametrize(
    ("written", "masked", "kind"),
    [
        ("811218-9876", "811218-****", "personnummer"),
        ("811218+9876", "811218-****", "personnummer"),
        ("811218 9876", "811218-****", "personnummer"),
        ("8112189876", "811218-****", "personnummer"),
        ("19811218-9876", "811218-****", "personnummer"),
        ("198112189876", "811218-****", "personnummer"),
        ("19811218 9876", "811218-****", "personnummer"),
        ("701063-2391", "701063-****", "samordningsnummer"),
        ("19701063-2391", "701063-****", "samordningsnummer"),
        (pnr("701063239", sep=""), "701063-****", "samordningsnummer"),
        (pnr("051230444", sep="+"), "051230-****", "personnummer"),
        (pnr("050102238", sep="", century="20"), "050102-****", "personnummer"),
        (pnr("000229123"), "000229-****", "personnummer"),
        (pnr("000229123", sep="", century="20"), "000229-****", "personnummer"),
        (pnr("991231234", century="18"), "991231-****", "personnummer"),
        (pnr("150915456", sep=" ", century="20"), "150915-****", "personnummer"),
        (pnr("181001001", century="20"), "181001-****", "personnummer"),
        (pnr("251001005", century="20"), "251001-****", "personnummer"),  # born today
    ],
)
def test_every_accepted_form_is_found_as_written(written: str, masked: str, kind: str) -> None:
    text = f"Elevens nummer är {written}, se bilaga."
    assert find(text) == [IdentityNumberMatch(written, 18, 18 + len(written), kind, masked)]


@pytest.mark.parametrize(
    ("cue", "number"),
    [
        ("Personnummer", pnr("050102238", sep="")),
        ("pnr:", pnr("020304567", sep="")),
        ("Född", pnr("091111222", sep="")),
        ("Elevens person nr", pnr("070123456", sep="")),
    ],
)
def test_a_bare_run_starting_with_zero_is_found_with_a_personnummer_cue(cue: str, number: str) -> None:
    assert [m.text for m in find(f"{cue} {number} i Malmö")] == [number]
    assert find(f"Kontakt {number} i Malmö") == []


@pytest.mark.parametrize(
    "text",
    [
        # invalid check digits
        "811218-9875",
        "19811218-9870",
        "8112189877",
        "701063-2392",
        # invalid dates
        pnr("990230123"),
        pnr("010229123"),
        pnr("010229123", sep="", century="20"),
        pnr("000229123", sep="+"),  # 1900 was no leap year
        pnr("000229123", century="19"),
        pnr("811318123"),
        pnr("811200123"),
        pnr("811232123"),
        pnr("811260123"),  # day 60: neither a day nor a coordination day
        pnr("811292123"),
        pnr("810231123"),  # samordningsnummer does not make 31 February valid
        # 12-digit forms: future dates, other centuries
        pnr("251002123", century="20"),
        pnr("301218123", sep="", century="20"),
        pnr("811218987", century="17"),
        pnr("811218987", century="21"),
        pnr("811218987", sep="+", century="19"),
        # look-alikes from the brief's table
        "Mötet hölls 2025-09-30.",
        "Beslut 20250930.",
        "Planen gäller 250901-260831.",
        "Planen gäller 2025-09-01–2026-08-31.",
        "Planen gäller 20250901-20260831.",
        "Ring 08-123 456 78.",
        "Mobil 070-123 45 67.",
        "Tel 0701234567.",
        "+46 70 123 45 67",
        "Växel 0771-567 567",
        "Kommunens växel 08-508 000 00",
        "Organisationsnummer 212000-0142",
        "Org.nr 2120000142",
        "Bolaget 556036-0793",
        "Föreningen 802456-7893",
        "Ärende UTB 2024/1234",
        "Dnr 43-2025:1234",
        "BUN-2025-00123",
        "KS 2024/87",
        "Enligt 2010:800 och 2008:567",
        "SFS 2024:242",
        "Skolenhetskod 12345678",
        "Box 123, 104 22 Stockholm",
        "Bankgiro 5050-1055",
        "Plusgiro 12 34 56-7",
        "IBAN SE45 5000 0000 0583 9825 7466",
        "Faktura 4455811218987601",
        "87 % av eleverna, 180 av 240",
        # phone context and ambiguity of bare runs starting with 0
        f"Ring mobil {pnr('070123456', sep='')}",
        f"Elevens telefon {pnr('070123456', sep='')}",
        f"Personnummer saknas, tel {pnr('070123456', sep='')}",
        f"Kontakt {pnr('070123456', sep='')}",
        f"Telefon {pnr('070123456', sep=' ')}",
        # glued to other digits or letters
        "+8112189876",
        "x811218-9876",
        "811218-9876b",
        "12811218-9876",
        "0811218-9876",
        "811218-98761",
        "811218-9876-12",
        "811218-9876.5",
        "2024/811218-9876",
        "Nr 811218-9876:2",
        "070 811218 9876",
        "811218 9876 54",
        # part of a date range
        "811201–811218-9876",
        "19811201 - 811218-9876",
    ],
)
def test_not_an_identity_number(text: str) -> None:
    assert find(text) == []


def test_the_look_alikes_in_running_text_are_not_flagged() -> None:
    text = (
        "Ring oss på 08-508 000 00 eller 070-123 45 67. Kommunens organisationsnummer är 212000-0142. "
        "Ärendet har diarienummer UTB 2024/1234. Mötet hölls 2025-09-30 och planen gäller 250901-260831 "
        "enligt beslut. Bankgiro 5050-1055. Skolenhetskod 12345678."
    )
    assert find(text) == []


def test_several_numbers_in_one_text_are_all_found_in_order() -> None:
    twelve, old = pnr("150915456", sep="", century="20"), pnr("051230444", sep="+")
    text = (
        f"Elev 811218-9876 och 701063-2391. Ring 08-508 000 00, org.nr 212000-0142, "
        f"dnr UTB 2024/1234, 2025-09-30. Syskon: {twelve}, 19811218 9876 och {old}."
    )
    found = find(text)
    assert [m.text for m in found] == ["811218-9876", "701063-2391", twelve, "19811218 9876", old]
    assert [m.kind for m in found] == [
        "personnummer",
        "samordningsnummer",
        "personnummer",
        "personnummer",
        "personnummer",
    ]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert [m.masked for m in found] == [
        "811218-****",
        "701063-****",
        "150915-****",
        "811218-****",
        "051230-****",
    ]


def test_today_decides_whether_a_twelve_digit_number_is_in_the_future() -> None:
    number = pnr("251218123", century="20")
    assert find_identity_numbers(number, today=datetime.date(2025, 12, 17)) == []
    assert [m.text for m in find_identity_numbers(number, today=datetime.date(2025, 12, 18))] == [number]


def test_without_today_the_current_date_is_used() -> None:
    assert [m.masked for m in find_identity_numbers("Elev 811218-9876.")] == ["811218-****"]
