import LedgerCore

/// A statement as a printable HTML page: A4, inline CSS, no scripts, no
/// external resources, escaped text, amounts right-aligned in the
/// statement's currency. Nothing on it depends on when it was rendered.
///
/// Example: R-HANSA groupdocs 2026-03 renders "Statement — Hansa (R-HANSA) —
/// GroupDocs Reseller Policy — March 2026" with an opening balance of
/// 2,250.00 USD, one late-fee line of 2.96, a closing balance of 2,252.96
/// USD, two open items and the aging 2.96 current / 2,250.00 in 1–30 days.
extension Statement {
    public func html() -> String {
        HTMLPage.render(title: title, body: [htmlHeader, htmlSummary, htmlActivity, htmlOpenItems, htmlAging, htmlFooter]
            .joined(separator: "\n"))
    }

    var htmlHeader: String {
        let meta = [("Statement date", asOf.description), ("Period", "\(month.firstDay) to \(month.lastDay)"),
                    ("Currency", currency.code), ("Document", documentName)]
        let rows = meta.map { "<tr><td>\($0.0)</td><td class=\"nowrap\">\(HTML.escape($0.1))</td></tr>" }.joined()
        return """
            <header class="top">
            <div class="issuer">\(HTML.escape(programName))<small>Program \(HTML.escape(program))</small></div>
            <div><h1>Statement of account<small>\(DateText.month(month))</small></h1>
            <table class="meta">\(rows)</table></div>
            </header>
            """
    }

    var htmlSummary: String {
        let overdue = aging.total - aging[.current]
        let rows = [("Opening balance, \(DateText.long(month.firstDay))", opening.withCode, ""),
                    ("Charges", charges.withCode, ""),
                    ("Payments and credits", (-credits).withCode, ""),
                    ("Closing balance, \(DateText.long(month.lastDay))", closing.withCode, " class=\"grand\""),
                    ("Of which overdue", overdue.withCode, "")]
        let body = rows.map { "<tr\($0.2)><td>\($0.0)</td><td class=\"num\">\($0.1)</td></tr>" }.joined(separator: "\n")
        return """
            <section class="parties"><div>\(billTo.html)</div>
            <div><div class="label">Summary</div><table class="totals summary">
            \(body)
            </table></div></section>
            """
    }

    var htmlActivity: String {
        let code = currency.code
        let head = "<tr><th>Date</th><th>Document</th><th>Description</th><th class=\"num\">Charges</th>"
            + "<th class=\"num\">Credits</th><th class=\"num\">Balance (\(code))</th></tr>"
        var rows = ["<tr class=\"balance\"><td class=\"nowrap\">\(month.firstDay)</td><td></td><td>Opening balance</td>"
            + "<td></td><td></td><td class=\"num\">\(opening.grouped)</td></tr>"]
        for m in movements {
            let charge = m.amount.isPositive ? m.amount.grouped : ""
            let credit = m.amount.isNegative ? (-m.amount).grouped : ""
            rows.append("""
                <tr><td class="nowrap">\(m.date)</td><td>\(Self.documentCell(m.document))</td>\
                <td>\(HTML.escape(m.description))</td><td class="num">\(charge)</td><td class="num">\(credit)</td>\
                <td class="num">\(m.balance.grouped)</td></tr>
                """)
        }
        if movements.isEmpty {
            rows.append("<tr><td></td><td></td><td class=\"muted\">No movements this month</td><td></td><td></td><td></td></tr>")
        }
        rows.append("<tr class=\"total\"><td class=\"nowrap\">\(month.lastDay)</td><td></td><td>Closing balance</td>"
            + "<td class=\"num\">\(charges.grouped)</td><td class=\"num\">\(credits.grouped)</td><td class=\"num\">\(closing.grouped)</td></tr>")
        return "<h2>Account activity, \(DateText.month(month))</h2>\n<table><thead>\(head)</thead><tbody>\n"
            + rows.joined(separator: "\n") + "\n</tbody></table>"
    }

    var htmlOpenItems: String {
        let heading = "<h2>Open items at \(DateText.long(asOf))</h2>"
        guard !openItems.isEmpty else { return heading + "\n<p class=\"muted\">No open items.</p>" + unappliedNote }
        let head = "<tr><th>Document</th><th>Description</th><th>Date</th><th>Due</th><th class=\"num\">Days overdue</th>"
            + "<th>Aging</th><th class=\"num\">Open (\(currency.code))</th></tr>"
        // One interpolation per row (the same text as joining its pieces):
        // a statement can list hundreds of open items.
        var rows = openItems.map { item in
            """
            <tr><td>\(Self.documentCell(item.document))</td><td>\(HTML.escape(item.description))</td>\
            <td class="nowrap">\(item.date)</td><td class="nowrap">\(item.due)</td><td class="num">\(item.daysPastDue)</td>\
            <td class="nowrap">\(item.bucket.label)</td><td class="num">\(item.open.grouped)</td></tr>
            """
        }
        rows.append("<tr class=\"total\"><td colspan=\"6\">Total open</td><td class=\"num\">\(aging.total.grouped)</td></tr>")
        return heading + "\n<table><thead>\(head)</thead><tbody>\n" + rows.joined(separator: "\n") + "\n</tbody></table>" + unappliedNote
    }

    /// Credit not yet taken by a document explains why the open items and
    /// the closing balance differ.
    var unappliedNote: String {
        guard !unappliedCredit.isZero else { return "" }
        let text = unappliedCredit.isPositive
            ? "Unapplied credit of \(unappliedCredit.withCode) is held for you and will be applied to your next documents."
            : "\((-unappliedCredit).withCode) is owed without an open document (a credit taken back)."
        return "\n<p>\(text)</p>"
    }

    /// A document id that may break after its colons (a late fee's
    /// `fee:GD-2026-000004:2026-03`) but never inside a number.
    static func documentCell(_ document: String) -> String {
        let escaped = HTML.escape(document)
        if let ascii = asciiDocumentCell(escaped) { return ascii }
        return "<span class=\"nowrap\">" + escaped.split(separator: ":", omittingEmptySubsequences: false)
            .joined(separator: ":</span><wbr><span class=\"nowrap\">") + "</span>"
    }

    /// `documentCell` of ASCII text (every document id): in ASCII each byte
    /// is its own character, so replacing the colon bytes is splitting at
    /// the colons and joining, without going through `Character`.
    static func asciiDocumentCell(_ escaped: String) -> String? {
        let utf8 = escaped.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let open = "<span class=\"nowrap\">".utf8, close = "</span>".utf8, colon = ":</span><wbr><span class=\"nowrap\">".utf8
        var bytes: [UInt8] = []
        bytes.reserveCapacity(open.count + utf8.count + close.count + 2 * colon.count)
        bytes.append(contentsOf: open)
        for byte in utf8 {
            if byte == 0x3A { bytes.append(contentsOf: colon) } else { bytes.append(byte) }
        }
        bytes.append(contentsOf: close)
        return String(decoding: bytes, as: UTF8.self)
    }

    var htmlAging: String {
        let buckets = AgingBucket.allCases
        let head = buckets.map { "<th class=\"num\">\($0.label)</th>" }.joined() + "<th class=\"num\">Total (\(currency.code))</th>"
        let cells = buckets.map { "<td class=\"num\">\(aging[$0].grouped)</td>" }.joined() + "<td class=\"num\">\(aging.total.grouped)</td>"
        return "<h2>Aging at \(DateText.long(asOf))</h2>\n<table><thead><tr>\(head)</tr></thead><tbody><tr>\(cells)</tr></tbody></table>"
    }

    var htmlFooter: String {
        "<footer>A positive balance is the amount you owe; a negative balance is credit in your favour. "
            + "Please quote the document number with each payment. All amounts in \(currency.code). "
            + "Days overdue are counted to \(asOf).</footer>"
    }
}
