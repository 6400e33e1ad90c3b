#!/usr/bin/env python3
"""Writes pii_nl.tsv, the labelled Dutch test set of DutchPiiDetectionPrecisionRecall.

The utterances below are written by hand as a caller and an agent would say
them (and as a speech recogniser or a typist would transcribe them); numbers
with checksums (BSN, IBAN) are drawn at random so the set does not rest on a
handful of known-valid examples. Personal data is marked [kind:text].
Run: python3 tests/data/make_pii_nl.py > tests/data/pii_nl.tsv
"""
import random, re

rng = random.Random(8)
UNITS = "nul een twee drie vier vijf zes zeven acht negen".split()
TEENS = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig", 9: "negentig"}

def word2(n):
    if n < 10: return UNITS[n]
    if n < 20: return TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0: return TENS[t]
    unit = UNITS[u]
    return unit + ("ën" if unit.endswith("e") else "en") + TENS[t]

def spoken_digits(d):
    return " ".join(UNITS[int(c)] for c in d)

def spoken_pairs(d):
    out, i = [], 0
    while i < len(d):
        if d[i] == "0" or i + 1 >= len(d): out.append(UNITS[int(d[i])]); i += 1
        else: out.append(word2(int(d[i:i + 2]))); i += 2
    return " ".join(out)

def elf_ok(d):
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0 and s != 0

def bsn():
    while True:
        d = str(rng.randint(100000000, 999999999))
        if elf_ok(d): return d

def bad9():
    while True:
        d = str(rng.randint(100000000, 999999999))
        if not elf_ok(d): return d

BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]
def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)

def nl_iban():
    bban = rng.choice(BANKS) + "%010d" % rng.randint(0, 9999999999)
    return "NL" + iban_check("NL", bban) + bban

def be_iban():
    bban = "%012d" % rng.randint(0, 999999999999)
    return "BE" + iban_check("BE", bban) + bban

def de_iban():
    bban = "%018d" % rng.randint(0, 10**18 - 1)
    return "DE" + iban_check("DE", bban) + bban

def groups(s): return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def bad_iban(i):
    c = int(i[2:4]); c = (c + 1) % 100 if c < 98 else 2
    return i[:2] + "%02d" % c + i[4:]

def mobile(): return "06" + "%08d" % rng.randint(0, 99999999)
def landline(): return "0" + rng.choice(["10", "20", "30", "40", "50", "70", "71", "72", "73", "76", "79", "85", "88"]) + "%07d" % rng.randint(0, 9999999)

F = {
 "BSN": bsn, "BAD9": bad9,
 "BSN_DIGITS": lambda: spoken_digits(bsn()),
 "BAD9_DIGITS": lambda: spoken_digits(bad9()),
 "BSN_DOTS": lambda: (lambda d: d[:4] + "." + d[4:6] + "." + d[6:])(bsn()),
 "BSN_SPACED": lambda: (lambda d: d[:3] + " " + d[3:6] + " " + d[6:])(bsn()),
 "IBAN": nl_iban, "IBAN_G": lambda: groups(nl_iban()), "IBAN_BE": lambda: groups(be_iban()),
 "IBAN_DE": de_iban, "BADIBAN": lambda: groups(bad_iban(nl_iban())),
 "MOB": mobile, "MOB_DASH": lambda: (lambda m: m[:2] + "-" + m[2:])(mobile()),
 "MOB_SPOKEN": lambda: (lambda m: "nul zes " + spoken_pairs(m[2:]))(mobile()),
 "MOB_DIGITS": lambda: spoken_digits(mobile()),
 "LAND": landline, "LAND_SPACED": lambda: (lambda l: l[:3] + " " + l[3:6] + " " + l[6:])(landline()),
 "INTL": lambda: "+31 6 " + "%08d" % rng.randint(0, 99999999),
}

def fill(line):
    return re.sub(r"\{(\w+)\}", lambda m: F[m.group(1)](), line)

LINES = open(__file__.replace("make_pii_nl.py", "pii_nl_utterances.txt"), encoding="utf-8").read().splitlines()
print("# Labelled Dutch utterances for DutchPiiDetectionPrecisionRecall (written by make_pii_nl.py).")
print("# labels<TAB>utterance; labels are kind=text joined by |, or - for none.")
for raw in LINES:
    if not raw.strip() or raw.startswith("#"): continue
    line = fill(raw)
    labels = []
    def strip(m):
        labels.append(m.group(1) + "=" + m.group(2)); return m.group(2)
    text = re.sub(r"\[([a-z\-]+):([^\]]+)\]", strip, line)
    print(("|".join(labels) if labels else "-") + "\t" + text)
