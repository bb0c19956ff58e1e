/// The frame shared by printable documents (invoices, statements): one
/// self-contained page with inline CSS, no scripts, no external resources,
/// sized for A4.
///
/// Example: `HTMLPage.render(title: "Invoice GD-2026-000005", body: "<h1>…</h1>")`
/// gives `<!DOCTYPE html>\n<html lang="en">…<title>Invoice GD-2026-000005</title>…`.
/// The title is escaped here; the body is HTML the caller built (with its
/// text escaped).
enum HTMLPage {
    static func render(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// Plain and printable: system fonts, black on white, thin rules,
    /// amounts in tabular figures so their digits line up.
    static let style = """
        @page { size: A4; margin: 16mm 15mm; }
        * { box-sizing: border-box; }
        html { background: #fff; }
        body { margin: 0 auto; padding: 12mm 0; max-width: 180mm; color: #1a1a1a;
               font: 10pt/1.45 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
        @media print { body { padding: 0; } }
        header.top { display: flex; justify-content: space-between; align-items: flex-start;
                     border-bottom: 2px solid #1a1a1a; padding-bottom: 4mm; margin-bottom: 6mm; }
        .issuer { font-size: 13pt; font-weight: 700; }
        .issuer small { display: block; font-size: 9pt; font-weight: 400; color: #555; }
        h1 { margin: 0; font-size: 18pt; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; text-align: right; }
        h1 small { display: block; margin-top: 1mm; font-size: 12pt; font-weight: 600; letter-spacing: 0; text-transform: none; }
        h2 { font-size: 11pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #bbb; }
        .parties { display: flex; justify-content: space-between; gap: 8mm; margin-bottom: 4mm; }
        .parties > div { flex: 1; }
        .label { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.06em; color: #666; margin-bottom: 1mm; }
        .party-name { font-weight: 700; }
        table { border-collapse: collapse; width: 100%; }
        th { text-align: left; font-size: 8.5pt; font-weight: 600; color: #444; border-bottom: 1px solid #1a1a1a; padding: 1.5mm 2mm; }
        td { padding: 1.5mm 2mm; border-bottom: 1px solid #e2e2e2; vertical-align: top; }
        th:first-child, td:first-child { padding-left: 0; }
        th:last-child, td:last-child { padding-right: 0; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .nowrap { white-space: nowrap; }
        tr { page-break-inside: avoid; }
        thead { display: table-header-group; }
        table.meta { width: auto; margin: 2mm 0 0 auto; }
        table.meta td { border: 0; padding: 0.4mm 0 0.4mm 6mm; }
        table.meta td:first-child { color: #666; }
        table.totals { width: 85mm; margin: 3mm 0 0 auto; }
        table.totals td { border: 0; padding: 0.8mm 0; }
        table.totals tr.grand td { border-top: 1px solid #1a1a1a; font-weight: 700; padding-top: 1.5mm; }
        tr.balance td { font-weight: 700; border-bottom: 1px solid #1a1a1a; }
        tr.total td { font-weight: 700; border-top: 1px solid #1a1a1a; border-bottom: 0; }
        .muted { color: #666; }
        .box { border: 1px solid #bbb; padding: 3mm 4mm; margin-top: 6mm; }
        footer { margin-top: 8mm; padding-top: 3mm; border-top: 1px solid #bbb; font-size: 8.5pt; color: #555; }
        """
}
