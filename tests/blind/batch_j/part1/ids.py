"""Fictitious identity numbers and look-alike decoys used in batch j part 1.

Check digits are computed (Luhn, modulus 10 on the ten-digit form), so every
identity number is structurally valid; samordningsnummer use day + 60.
"""


def luhn(nine: str) -> int:
    s = 0
    for i, ch in enumerate(nine):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10


def ten(yymmdd: str, nnn: str) -> str:
    return yymmdd + nnn + str(luhn(yymmdd + nnn))


def pnr(yymmdd, nnn, sep="-", century=""):
    t = ten(yymmdd, nnn)
    return f"{century}{t[:6]}{sep}{t[6:]}"


# identity numbers (exact strings as written in the documents)
J02_TABLE = pnr("090314", "238", "-", "20")        # 20090314-2388  12 digits
J02_BODY = pnr("090521", "237", "", "")            # 0905212379     10 digits, no separator
J07_FOOTNOTE = pnr("180522", "462", "-")           # 180522-4621
J07_ENDNOTE = pnr("180911", "384", "-", "20")      # 20180911-3846
J10_TEXTBOX = pnr("130471", "522", "-")            # 130471-5228    samordningsnummer (day 11 + 60)
J13_COMMENT = pnr("210917", "361", "-")            # 210917-3613
J13_DELETED = pnr("210605", "428", "", "20")       # 202106054287   12 digits, no separator
J16_HEADER = pnr("160229", "504", "-", "20")       # 20160229-5048  leap day
J16_COMMENT = pnr("191203", "917", "+")            # 191203+9177    100+ years, plus sign

# decoys that are Luhn-valid on purpose
ORG_EKBACKA = pnr("212000", "216")                 # 212000-2163 organisationsnummer (month 20)
ORG_SJOVIK = pnr("212000", "191")                  # 212000-1918
ORG_RONNBY = pnr("212000", "144")                  # 212000-1447
ORG_KVARNBY = pnr("212000", "243")                 # 212000-2437
MOBILE_HAGA = ten("070612", "345")                 # 0706123452 bare mobile number (parses as 2007-06-12!)
