import LedgerCore
import LedgerEvents
import Billing
import Reports

/// Everything one run will do: the events to append (in order, ending with
/// `run.completed`) and the documents to write, computed from the stored
/// events alone — so `--dry-run` prints exactly what a real run appends.
///
/// Example: month-end 2026-03 of the public sample plans 3 invoices, 1 late
/// fee, 1 tier evaluation, 2 rebates, 5 statements and a `run.completed`,
/// and writes `statement-R-HANSA-groupdocs-2026-03.html` and `.json` and an
/// HTML page per new invoice.
struct RunPlan {
    struct Document: Sendable {
        let name: String
        let bytes: [UInt8]
        /// Hashed once: a statement's hash goes into its `statement.issued`
        /// and again into `run.completed`, and hashing a page costs more
        /// than rendering it.
        let sha256: String

        init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
            sha256 = SHA256.hexDigest(bytes)
        }
    }

    let run: String
    let period: String
    /// Each program's currency, for the summary's per-currency totals.
    var currencies: [String: Currency] = [:]
    var events: [Event] = []
    var documents: [Document] = []

    var isEmpty: Bool { events.isEmpty }
}

/// Builds run plans from the pure deciders of `Billing` and the documents of `Reports`.
enum RunPlanner {
    static func monthEnd(events: [Event], month: Month, maximumListed: Int = LedgerLimits.maximumListedRunDocuments) -> RunPlan {
        let context = PeriodRuns.monthEnd(events: events, month: month)
        var plan = RunPlan(run: "month-end", period: month.description)
        plan.events = context.decided
        plan.documents = invoiceDocuments(context, events: events)
        addStatements(events: events, context: context, month: month, to: &plan)
        return finish(plan, effective: month.lastDay, watermark: context.watermark, events: events, maximumListed: maximumListed)
    }

    static func quarterClose(events: [Event], quarter: Quarter) -> RunPlan {
        let context = PeriodRuns.quarterClose(events: events, quarter: quarter)
        var plan = RunPlan(run: "quarter-close", period: quarter.description)
        plan.events = context.decided
        return finish(plan, effective: quarter.lastDay, watermark: context.watermark, events: events)
    }

    static func yearClose(events: [Event], year: Year) -> RunPlan {
        let context = PeriodRuns.yearClose(events: events, year: year)
        var plan = RunPlan(run: "year-close", period: year.description)
        plan.events = context.decided
        return finish(plan, effective: year.lastDay, watermark: context.watermark, events: events)
    }

    static func bill(events: [Event], through: CivilDate) -> RunPlan {
        let context = PeriodRuns.bill(events: events, through: through)
        var plan = RunPlan(run: "bill", period: through.description)
        plan.events = context.decided
        // Billing records itself only when it issued something: billing is
        // not a period close, so repeating it must append nothing.
        if plan.events.isEmpty { return plan }
        return finish(plan, effective: through, watermark: context.watermark, events: events)
    }

    /// One HTML page per new invoice and credit note, rendered and hashed
    /// on every core (each page is independent of the others).
    static func invoiceDocuments(_ context: RunContext, events: [Event]) -> [RunPlan.Document] {
        // Every document here is one the run decided: an invoice is found
        // in the state, and a credit note's date in the decided events (its
        // number is new, so the stored events cannot hold it). Searching
        // only those spares a copy of the whole ledger.
        let decided = context.decided
        let numbers = decided.compactMap { event -> String? in
            switch event.payload {
            case .invoiceIssued(let p): p.number
            case .creditNoteIssued(let p): p.number
            default: nil
            }
        }
        return ParallelMap.map(numbers) { number -> RunPlan.Document? in
            guard let document = InvoiceDocument(number: number, events: decided, state: context.state) else { return nil }
            return RunPlan.Document(name: "invoices/\(number).html", bytes: Array(document.html().utf8))
        }.compactMap { $0 }
    }

    /// One statement per reseller and program with activity or open items,
    /// once per month (Docs/Rules.md §9). Each statement is rendered (HTML
    /// and JSON) and hashed on every core: the work of a month-end grows
    /// with its resellers, and no statement depends on another.
    static func addStatements(events: [Event], context: RunContext, month: Month, to plan: inout RunPlan) {
        // Statements read only the month's own events (the replayed state
        // gives the rest), so only those are passed, not the whole ledger.
        let first = month.firstDay, last = month.lastDay
        let visible = events.filter { $0.effective >= first && $0.effective <= last } + context.decided
        let statements = Statement.statements(events: visible, state: context.state, month: month).filter { statement in
            let key = EnrolmentKey(reseller: statement.reseller, program: statement.program)
            return context.state.enrolments[key]?.statements.contains(month.description) != true
        }
        let rendered = ParallelMap.map(statements) { statement in
            (html: RunPlan.Document(name: "\(statement.documentName).html", bytes: Array(statement.html().utf8)),
             json: RunPlan.Document(name: "\(statement.documentName).json", bytes: Array(statement.json().utf8)))
        }
        for (statement, documents) in zip(statements, rendered) {
            plan.documents += [documents.html, documents.json]
            plan.events.append(Event(id: "statement:\(statement.program):\(statement.reseller):\(month)", effective: month.lastDay,
                                     payload: .statementIssued(statement.statementIssuedPayload(sha256: documents.html.sha256))))
        }
    }

    /// Appends `run.completed` when there is something to record, and
    /// resets the placeholder seqs (the store assigns the real ones).
    ///
    /// It lists every document with its SHA-256, up to `maximumListed`;
    /// past that (a month-end of 10,000 resellers writes about 20,000
    /// documents, a 2.7 MB line, past the 1 MiB line limit) it adds the
    /// document index `documents-<run>-<period>.json` — every document's
    /// name and SHA-256, one per line — and lists only the index, whose
    /// SHA-256 fixes every hash in it.
    static func finish(_ plan: RunPlan, effective: CivilDate, watermark: Int, events: [Event],
                       maximumListed: Int = LedgerLimits.maximumListedRunDocuments) -> RunPlan {
        var plan = plan
        plan.events = plan.events.map { var event = $0; event.seq = 0; return event }
        plan.currencies = Projection.replay(events.filter { $0.type == .programTerms }).terms.mapValues { $0[0].value.currency }
        guard RunRecord.shouldRecord(run: plan.run, period: plan.period, decided: plan.events.count, events: events) else { return plan }
        var listed = plan.documents
        if listed.count > maximumListed {
            let index = documentIndex(plan)
            plan.documents.append(index)
            listed = [index]
        }
        let documents = listed.map { RunCompletedPayload.Document(name: $0.name, sha256: $0.sha256) }
        plan.events.append(RunRecord.event(run: plan.run, period: plan.period, effective: effective, watermark: watermark,
                                           appended: plan.events.count, documents: documents))
        return plan
    }

    /// `documents-month-end-2027-01.json`: `{"name":…,"sha256":…}` per
    /// document, one per line, in the order the run wrote them.
    static func documentIndex(_ plan: RunPlan) -> RunPlan.Document {
        let lines = plan.documents.map { document in
            // Document names are built from checked ids and numbers: nothing to escape.
            #"{"name":"\#(document.name)","sha256":"\#(document.sha256)"}"#
        }
        return RunPlan.Document(name: documentIndexName(run: plan.run, period: plan.period),
                                bytes: Array((lines.joined(separator: "\n") + "\n").utf8))
    }

    static func documentIndexName(run: String, period: String) -> String { "documents-\(run)-\(period).json" }
}
