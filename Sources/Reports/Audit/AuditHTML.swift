/// The trail as a plain printable HTML page: one table row per event and
/// its explanations in a list under it. Every text is escaped.
///
/// Example: an explanation `net 60.30 = 1 × 90.00 − 33% (tier <gold>)`
/// is written `<li>net 60.30 = 1 × 90.00 − 33% (tier &lt;gold&gt;)</li>`.
enum AuditHTML {
    /// The shared escaping of every page (`HTML.escape`).
    static func escape(_ text: String) -> String { HTML.escape(text) }

    static let style = """
        body{font-family:system-ui,sans-serif;font-size:10pt;margin:2em;color:#111}
        h1{font-size:14pt}table{border-collapse:collapse;width:100%}
        th,td{text-align:left;padding:2px 6px;vertical-align:top}th{border-bottom:2px solid #444}
        td.number{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        tr.event td{border-top:1px solid #bbb}tr.why ul{margin:0 0 4px 0;padding-left:1.5em;color:#333}
        @media print{body{margin:0}tr{page-break-inside:avoid}}
        """

    static func page(_ trail: AuditTrail) -> String {
        var html = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
                    "<title>\(escape(trail.title))</title>", "<style>\n\(style)\n</style>", "</head>", "<body>",
                    "<h1>\(escape(trail.title))</h1>", "<table>",
                    "<thead><tr><th>Date</th><th>Seq</th><th>Type</th><th>Program</th><th>Description</th>"
                        + "<th>Effect</th><th>Balance</th></tr></thead>", "<tbody>"]
        for entry in trail.entries {
            let cells = [entry.date.description, String(entry.seq), entry.type.rawValue, entry.program ?? "", entry.description]
                .map { "<td>\(escape($0))</td>" }.joined()
            let effect = entry.effect.map(AuditText.signed) ?? ""
            html.append("<tr class=\"event\">\(cells)<td class=\"number\">\(escape(effect))</td>"
                        + "<td class=\"number\">\(escape(AuditTrail.balanceText(entry.balances)))</td></tr>")
            if !entry.explanations.isEmpty {
                let items = entry.explanations.map { "<li>\(escape($0))</li>" }.joined()
                html.append("<tr class=\"why\"><td></td><td colspan=\"6\"><ul>\(items)</ul></td></tr>")
            }
        }
        html += ["</tbody>", "</table>", "</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }
}
