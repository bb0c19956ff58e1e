import LedgerCore

/// An invoice or credit note as a printable HTML page (A4, inline CSS, no
/// scripts, every ledger string escaped).
///
/// Example: GD-2026-000005 renders a page titled "Invoice GD-2026-000005 —
/// GroupDocs Reseller Policy" with a line table (PC-01, GR-LICENSE, license,
/// 2 × 500.00, 10%, 900.00), totals 900.00 / 65.25 / 965.25 USD and a
/// payment box quoting the reference GD-2026-000005.
extension InvoiceDocument {
    public func html() -> String {
        HTMLPage.render(title: "\(title) — \(issuer)", body: [header, parties, lineTable, totalsTable, paymentBox, footer].joined(separator: "\n"))
    }

    var header: String {
        var meta: [(String, String)] = [(kind == .invoice ? "Invoice date" : "Date", date.description)]
        if let due { meta.append(("Due date", due.description)) }
        if let originalInvoice { meta.append(("Credits invoice", originalInvoice)) }
        if kind == .invoice { meta.append(("Payment reference", paymentReference)) }
        meta.append(("Currency", currency.code))
        if let statusLabel { meta.append(("Status", statusLabel)) }
        let rows = meta.map { "<tr><td>\(HTML.escape($0.0))</td><td class=\"nowrap\">\(HTML.escape($0.1))</td></tr>" }
        return """
            <header class="top">
            <div class="issuer">\(HTML.escape(issuer))<small>Program \(HTML.escape(program))</small></div>
            <div><h1>\(kindLabel)<small>\(HTML.escape(number))</small></h1>
            <table class="meta">\(rows.joined())</table></div>
            </header>
            """
    }

    var parties: String {
        var customers = ""
        if !endCustomers.isEmpty {
            let names = endCustomers.map { "<div>\(HTML.escape(Self.customerLabel($0)))</div>" }.joined()
            customers = "<div><div class=\"label\">End customer</div>\(names)</div>"
        }
        return "<section class=\"parties\"><div>\(billTo.html)</div>\(customers)</section>"
    }

    var lineTable: String {
        let head = "<tr><th>Ref</th><th>Description</th><th>Category</th><th class=\"num\">Qty</th>"
            + "<th class=\"num\">Unit price</th><th class=\"num\">Discount</th><th class=\"num\">Net (\(currency.code))</th></tr>"
        // One interpolation per line (the same text as joining its pieces):
        // a subscription invoice has a line per account.
        let rows = lines.map { line in
            """
            <tr><td class="nowrap">\(HTML.escape(line.ref))</td><td>\(HTML.escape(line.description))</td>\
            <td>\(HTML.escape(line.category))</td><td class="num">\(line.quantity)</td>\
            <td class="num">\(line.unitPrice.grouped)</td><td class="num">\(line.discountPercent)%</td>\
            <td class="num">\(line.net.grouped)</td></tr>
            """
        }
        return "<table class=\"lines\"><thead>\(head)</thead><tbody>\n\(rows.joined(separator: "\n"))\n</tbody></table>"
    }

    var totalsTable: String {
        """
        <table class="totals">
        <tr><td>Subtotal</td><td class="num">\(subtotal.withCode)</td></tr>
        <tr><td>\(HTML.escape(taxLabel))</td><td class="num">\(tax.amount.withCode)</td></tr>
        <tr class="grand"><td>\(kind == .invoice ? "Total" : "Total credited")</td><td class="num">\(total.withCode)</td></tr>
        </table>
        """
    }

    var paymentBox: String {
        guard kind == .invoice, let due else {
            let reasonText = reason.map { ": \(HTML.escape($0))" } ?? ""
            return """
                <div class="box">This credit note credits invoice <strong>\(HTML.escape(originalInvoice ?? ""))</strong>\(reasonText).
                The credit is applied to that invoice first, then to your other open items.</div>
                """
        }
        let methods = paymentMethodsLabel.map { " by \(HTML.escape($0))" } ?? ""
        let reference = "quoting the reference <strong class=\"nowrap\">\(HTML.escape(paymentReference))</strong>"
        switch status {
        case "paid":
            return "<div class=\"box\">Paid in full. Thank you.</div>"
        case "partiallyPaid":
            let open = self.open ?? total
            return """
                <div class="box"><strong class="nowrap">\(open.withCode)</strong> of \(total.withCode) is still open. Please pay it\(methods)
                no later than <strong class="nowrap">\(due)</strong>, \(reference).</div>
                """
        default:
            return """
                <div class="box">Please pay <strong class="nowrap">\(total.withCode)</strong>\(methods) no later than <strong class="nowrap">\(due)</strong>,
                \(reference).</div>
                """
        }
    }

    var footer: String {
        "<footer>Unit prices are retail prices; the discount is the reseller discount of \(HTML.escape(issuer)) "
            + "for your tier and the line's category. All amounts in \(currency.code).</footer>"
    }
}
