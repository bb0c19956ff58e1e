#!/usr/bin/env python3
"""Builds the shipped demo ledger in EventLogs/ through the real rledger CLI.

A year of a channel-finance team's facts, January to October 2026, for a
dozen resellers across the four program presets: orders, ByteKast account
set-ups and cancellations, payments on time, late and partial, a tier
review, a tax exemption, a credit restore, an award. January to September
are month-ended; October's facts are recorded but October is not run, so a
newcomer's first `rledger month-end --period 2026-10` does real work.

Deterministic: every recorded timestamp is pinned with RLEDGER_NOW, every
choice comes from a seeded generator. Usage:

    swift build -c release
    python3 Scripts/build-demo-ledger.py .build/release/rledger EventLogs
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

RLEDGER, LEDGER = sys.argv[1], sys.argv[2]
SHARED_PROGRAMS = os.path.join(os.path.dirname(__file__), "demo", "programs.jsonl")
rng = random.Random(20260101)


def run(*args, now, stdin=None, check=True):
    env = dict(os.environ, RLEDGER_NOW=now)
    result = subprocess.run([RLEDGER, "--ledger", LEDGER, *args], input=stdin, env=env,
                            capture_output=True, text=True)
    if check and result.returncode != 0:
        sys.exit(f"rledger {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def append(events, now):
    if events:
        run("append", "-", now=now, stdin="".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in events))


def month_end_day(month):
    year, m = map(int, month.split("-"))
    days = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"{month}-{days:02d}"


def next_day_instant(date, hour):
    year, m, d = map(int, date.split("-"))
    import datetime
    day = datetime.date(year, m, d) + datetime.timedelta(days=1)
    return f"{day.isoformat()}T{hour:02d}:00:00Z"


RESELLERS = [
    # id, program, name, country, region, kind, tier
    ("R-ORBIT", "bytekast", "Orbit Cloud B.V.", "NL", None, "retail", "silver"),
    ("R-NIMBUS", "bytekast", "Nimbus Apps LLC", "US", "TX", "retail", "none"),
    ("R-KESTREL", "bytekast", "Kestrel Digital Ltd", "GB", None, "retail", "gold"),
    ("R-HANSA", "groupdocs", "Hansa Software GmbH", "DE", None, "retail", "reseller"),
    ("R-PACIFIC", "groupdocs", "Pacific Docs Inc.", "US", "CA", "retail", "reseller"),
    ("R-EMPIRE", "groupdocs", "Empire Document Systems", "US", "NY", "retail", "reseller"),
    ("R-BRIDGE", "groupdocs", "Bridge Consulting AG", "DE", None, "consulting", "reseller"),
    ("R-ALTAI", "smartsoft", "ООО «Алтай Софт»", "RU", None, "retail", "privileged"),
    ("R-URAL", "smartsoft", "Урал Интеграция", "RU", None, "retail", "certified"),
    ("R-NEVA", "smartsoft", "Нева Системс", "RU", None, "retail", "authorized"),
    ("R-ANDES", "rsupport", "Andes Remote SpA", "CL", None, "retail", "gold"),
    ("R-SAKURA", "rsupport", "Sakura Support KK", "JP", None, "retail", "silver"),
]
LATE_ENROLMENT = ("R-NEWCO", "groupdocs", "Newco Documents SARL", "FR", None, "retail", "reseller")

counter = {"n": 0}


def eid(prefix):
    counter["n"] += 1
    return f"{prefix}-{counter['n']:05d}"


def enrol(r, date):
    rid, program, name, country, region, kind, tier = r
    e = {"id": f"enrol-{rid}-{program}", "type": "reseller.enrolled", "effective": date, "reseller": rid,
         "program": program, "name": name, "country": country, "kind": kind, "tier": tier}
    if region:
        e["region"] = region
    return e


def day(month, d):
    return f"{month}-{d:02d}"


def order(rid, program, oid, date, lines, **extra):
    e = {"id": f"ord-{oid}", "type": "order.placed", "effective": date, "reseller": rid, "program": program,
         "order": oid, "lines": lines}
    e.update(extra)
    return e


def line(sku, category, qty, price, users=None):
    out = {"sku": sku, "category": category, "quantity": qty, "unitPrice": f"{price:.2f}"}
    if users:
        out["users"] = users
    return out


def customer(i):
    names = ["Nordwind GmbH", "Acme Logistics", "Bluewave Media", "Carta Legal", "Delta Health", "Evergreen Bank",
             "Fjord Shipping", "Granite Insurance", "Helios Energy", "Iris Publishing"]
    countries = ["DE", "US", "GB", "FR", "NL", "US", "NO", "US", "ES", "IT"]
    return {"name": names[i % len(names)], "country": countries[i % len(countries)]}


def facts_for(month, m_index):
    """The non-payment facts of one month."""
    out = []
    if month == "2026-01":
        for r in RESELLERS:
            out.append(enrol(r, "2026-01-01"))
    # ByteKast: set-ups with a setup order, and a few cancellations.
    accounts = {"R-ORBIT": (12, 3, "90.00"), "R-NIMBUS": (4, 2, "60.00"), "R-KESTREL": (18, 1, "120.00")}
    for rid, (initial, monthly, fee) in accounts.items():
        n = initial if month == "2026-01" else rng.randint(0, monthly)
        date = day(month, rng.randint(3, 20))
        if n:
            out.append(order(rid, "bytekast", f"{rid[2:5]}-SETUP-{month}", date, [line("BY-SETUP", "setup", n, 200.0)]))
            for k in range(n):
                acct = f"{rid[2:5]}-{month[5:]}-{k + 1:02d}"
                out.append({"id": f"setup-{acct}", "type": "account.setUp", "effective": date, "reseller": rid,
                            "program": "bytekast", "account": acct, "monthlyFee": fee})
    if month in ("2026-04", "2026-07"):
        for acct in (["ORB-01-01", "ORB-01-02"] if month == "2026-04" else ["KES-01-03"]):
            rid = "R-ORBIT" if acct.startswith("ORB") else "R-KESTREL"
            out.append({"id": f"cancel-{acct}", "type": "account.cancelled", "effective": day(month, 1),
                        "reseller": rid, "program": "bytekast", "account": acct})
    # GroupDocs orders.
    gd = ["R-HANSA", "R-PACIFIC", "R-EMPIRE", "R-BRIDGE"] + (["R-NEWCO"] if month >= "2026-07" else [])
    if month == "2026-07":
        out.append(enrol(LATE_ENROLMENT, "2026-07-01"))
    for rid in gd:
        for k in range(rng.randint(1, 2)):
            oid = f"{rid[2:5]}-{month[5:]}{k + 1}"
            qty = rng.randint(1, 3)
            price = rng.choice([450.0, 900.0, 1200.0, 2500.0])
            out.append(order(rid, "groupdocs", oid, day(month, rng.randint(2, 26)),
                             [line("GD-TOTAL-" + rng.choice(["NET", "JAVA", "CLOUD"]), "license", qty, price)],
                             endCustomer=customer(m_index * 3 + k)))
    if month == "2026-06":
        out.append({"id": "exempt-EMPIRE-1", "type": "tax.exemption", "effective": "2026-06-01", "reseller": "R-EMPIRE",
                    "certificate": "NY-EX-4471", "validFrom": "2026-06-01", "validTo": "2027-05-31"})
    # Smart-Soft orders.
    for rid in ["R-ALTAI", "R-URAL", "R-NEVA"]:
        lines = [line("SS-TI-PRO", "software", rng.randint(5, 40), 10000.0)]
        if rng.random() < 0.5:
            lines.append(line("SS-TING-A1", "ting", rng.randint(1, 3), 85000.0))
        if rng.random() < 0.3:
            lines.append(line("SS-DEPO-S", "depo", 1, 150000.0))
        if month == "2026-03" and rid == "R-ALTAI":
            lines.append(line("SS-TI-PRO", "internal", 20, 10000.0, users=20))
        out.append(order(rid, "smartsoft", f"{rid[2:5]}-{month[5:]}", day(month, rng.randint(2, 25)), lines))
    if month == "2026-07":
        out.append({"id": "review-NEVA-2026", "type": "tier.assigned", "effective": "2026-07-01", "reseller": "R-NEVA",
                    "program": "smartsoft", "tier": "certified", "source": "review",
                    "basis": {"annualSales": "512000.00", "asOf": "2026-06-30"}})
    # RSUPPORT: registered deals and an unregistered one.
    for rid in ["R-ANDES", "R-SAKURA"]:
        opp = f"OPP-{rid[2:5]}-{month[5:]}"
        date = day(month, rng.randint(2, 10))
        out.append({"id": f"opp-{opp}", "type": "opportunity.registered", "effective": date, "reseller": rid,
                    "program": "rsupport", "opportunity": opp, "customer": customer(m_index)["name"]})
        out.append(order(rid, "rsupport", f"{rid[2:5]}-{month[5:]}A", day(month, rng.randint(11, 20)),
                         [line("RS-REMOTEVIEW", "license", rng.randint(2, 10), 1500.0)], opportunity=opp))
        if rng.random() < 0.5:
            out.append(order(rid, "rsupport", f"{rid[2:5]}-{month[5:]}B", day(month, rng.randint(21, 27)),
                             [line("RS-REMOTECALL", "license", 1, 2000.0)]))
    if month == "2026-06":
        out.append({"id": "award-ANDES-H1", "type": "award.granted", "effective": "2026-06-30", "reseller": "R-ANDES",
                    "program": "rsupport", "kind": "bestPartner", "amount": "500.00", "note": "best partner H1 2026"})
    if month == "2026-05":
        out.append({"id": "restore-HANSA-1", "type": "credit.restored", "effective": "2026-05-04", "reseller": "R-HANSA",
                    "program": "groupdocs", "note": "reviewed after the April payment"})
    return out


# How each reseller pays: on time, late (days after due), or partly.
BEHAVIOUR = {"R-HANSA": ("late", 9), "R-EMPIRE": ("partial", 25), "R-NIMBUS": ("late", 12), "R-URAL": ("late", 20),
             "R-PACIFIC": ("late", 6), "R-SAKURA": ("late", 15)}


def payments_for(month, invoices, paid):
    """Pays the open invoices whose payment day falls in `month`; a partial
    payer pays 60% on the due date and the rest some weeks later."""
    out = []
    last = month_end_day(month)
    import datetime
    for inv in invoices:
        if inv["open"] == "0.00" or inv.get("kind") == "creditNote":
            continue
        if inv["number"] in paid:
            rid = inv["reseller"]
            kind, days = BEHAVIOUR.get(rid, ("onTime", 0))
            rest_date = datetime.date.fromisoformat(inv["due"]) + datetime.timedelta(days=days)
            if kind == "partial" and f"{month}-01" <= rest_date.isoformat() <= last:
                out.append({"id": eid("pay"), "type": "payment.received", "effective": rest_date.isoformat(), "reseller": rid,
                            "program": inv["program"], "payment": f"BT-{counter['n']:05d}", "amount": inv["open"],
                            "currency": inv["currency"], "method": "bankTransfer", "reference": inv["number"]})
            continue
        rid, program = inv["reseller"], inv["program"]
        kind, days = BEHAVIOUR.get(rid, ("onTime", 0))
        import datetime
        due = datetime.date.fromisoformat(inv["due"])
        date = due + datetime.timedelta(days=days) if kind == "late" else due - datetime.timedelta(days=rng.randint(0, 3))
        invoice_date = datetime.date.fromisoformat(inv["date"])
        date = max(date, invoice_date)
        if not (f"{month}-01" <= date.isoformat() <= last):
            continue
        amount = Decimal(inv["open"])
        if kind == "partial" and amount > 100:
            amount = (amount * Decimal("0.6")).quantize(Decimal("0.01"))
        paid.add(inv["number"])
        out.append({"id": eid("pay"), "type": "payment.received", "effective": date.isoformat(), "reseller": rid,
                    "program": program, "payment": f"BT-{counter['n']:05d}", "amount": f"{amount:.2f}",
                    "currency": inv["currency"], "method": "bankTransfer", "reference": inv["number"]})
    return out


def main():
    if os.path.exists(LEDGER):
        shutil.rmtree(LEDGER)
    run("init", LEDGER, now="2026-01-01T08:00:00Z")
    with open(SHARED_PROGRAMS) as f:
        run("append", "-", now="2026-01-01T08:00:00Z", stdin=f.read())
    paid = set()
    months = [f"2026-{m:02d}" for m in range(1, 11)]
    for index, month in enumerate(months):
        end = month_end_day(month)
        append(facts_for(month, index), now=next_day_instant(end, 7))
        if month != "2026-10":
            # Bill first so prepaid invoices can be paid on their order dates.
            run("bill", "--through", end, now=next_day_instant(end, 7))
        invoices = json.loads(run("invoices", "--format", "json", now=next_day_instant(end, 7)))["invoices"]
        append(payments_for(month, invoices, paid), now=next_day_instant(end, 8))
        if month != "2026-10":
            run("month-end", "--period", month, "--out", tempfile.mkdtemp(), now=next_day_instant(end, 9))
    run("verify", now="2026-11-01T10:00:00Z")
    print(run("balances", "--as-of", "2026-10-31", now="2026-11-01T10:00:00Z"))


main()
