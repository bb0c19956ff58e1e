import LedgerCore

/// An invoice as plain text for terminals and e-mail.
///
/// Example (GD-2026-000005, abbreviated):
/// ```
/// GroupDocs Reseller Policy
/// Invoice GD-2026-000005
///
/// Invoice date       2026-03-03
/// Due date           2026-03-03
/// Bill to            Pacific (R-PACIFIC), CA, US
/// End customer       Customer of PC-01 (DE)
/// Currency           USD
///
/// Ref    Description  Category  Qty  Unit price  Discount     Net
/// PC-01  GR-LICENSE   license     2      500.00       10%  900.00
///
///                                   Subtotal  900.00 USD
///                      Sales tax US-CA 7.25%   65.25 USD
///                                      Total  965.25 USD
/// ```
extension InvoiceDocument {
    public func text() -> String {
        var facts: [(String, String)] = [(kind == .invoice ? "Invoice date" : "Date", date.description)]
        if let due { facts.append(("Due date", due.description)) }
        if let originalInvoice { facts.append(("Credits invoice", originalInvoice)) }
        if let reason { facts.append(("Reason", reason)) }
        facts.append(("Bill to", "\(billTo.name) (\(billTo.reseller)), \(billTo.location)"))
        for customer in endCustomers { facts.append(("End customer", Self.customerLabel(customer))) }
        facts.append(("Currency", currency.code))
        var closing: [(String, String)] = []
        if kind == .invoice { closing.append(("Payment reference", paymentReference)) }
        if let methods = paymentMethodsLabel { closing.append(("Payment by", methods)) }
        if let statusLabel { closing.append(("Status", statusLabel)) }
        // One label column for both blocks, so the page reads as one form.
        let labelWidth = (facts + closing).map(\.0.count).max() ?? 0

        var table = TextTable(columns: [.left("Ref"), .left("Description"), .left("Category"), .right("Qty"),
                                        .right("Unit price"), .right("Discount"), .right("Net")])
        for line in lines {
            table.add([line.ref, line.description, line.category, String(line.quantity), line.unitPrice.grouped,
                       "\(line.discountPercent)%", line.net.grouped])
        }
        let lineTable = table.render()
        let tableWidth = lineTable.split(separator: "\n").map(\.count).max() ?? 0
        let totals = [("Subtotal", subtotal.grouped), (taxLabel, tax.amount.grouped), ("Total", total.grouped)]

        var out = "\(issuer)\n\(title)\n\n" + Self.labelled(facts, labelWidth) + "\n" + lineTable + "\n"
        out += Self.rightAligned(totals, width: tableWidth, suffix: " " + currency.code)
        if !closing.isEmpty { out += "\n" + Self.labelled(closing, labelWidth) }
        return out
    }

    /// Label/value lines with the values in one column.
    static func labelled(_ pairs: [(String, String)], _ labelWidth: Int) -> String {
        pairs.map { label, value in label + String(repeating: " ", count: labelWidth - label.count + 2) + value + "\n" }.joined()
    }

    /// Totals under the line table: amounts right-aligned with the Net
    /// column (the currency code after them), labels against the amounts.
    static func rightAligned(_ pairs: [(String, String)], width: Int, suffix: String) -> String {
        let valueWidth = pairs.map(\.1.count).max() ?? 0
        return pairs.map { label, value in
            let line = label + "  " + String(repeating: " ", count: valueWidth - value.count) + value
            return String(repeating: " ", count: max(0, width - line.count)) + line + suffix + "\n"
        }.joined()
    }
}
