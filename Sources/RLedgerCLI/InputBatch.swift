import LedgerEvents

/// The events of one input file for `append`, each with the line it came
/// from. Blank lines are skipped; the first bad line refuses the whole file,
/// and so does an event past `LedgerLimits.maximumAppendEvents`.
///
/// Example: a file `orders.jsonl` whose third line has `"quantity":0`
/// throws the `LocatedError` printed as
/// `orders.jsonl:3: lines[0].quantity: must be an integer of at least 1, got 0`;
/// a good file gives its events in file order and `location(of: "ord-1")`
/// is `orders.jsonl:1`.
struct InputBatch {
    let events: [Event]
    private let locations: [String: SourceLocation]

    init(decoding bytes: [UInt8], file: String, maximumEvents: Int = LedgerLimits.maximumAppendEvents) throws(LocatedError) {
        var events: [Event] = []
        var locations: [String: SourceLocation] = [:]
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(Self.isWhitespace) {
            let location = SourceLocation(file: file, line: index + 1)
            guard events.count < maximumEvents else {
                throw LocatedError(location: location, error: DecodeError(
                    field: "", message: "one append may carry at most \(maximumEvents) events; this is event \(events.count + 1) (split the input into several files)"))
            }
            let event: Event
            do {
                event = try EventCodec.decode(line: Array(line), form: .input).event
            } catch {
                throw LocatedError(location: location, error: error as? DecodeError ?? DecodeError(field: "", message: "\(error)"))
            }
            if let first = locations[event.id] {
                throw LocatedError(location: location, error: DecodeError(
                    field: "id", message: "\"\(event.id)\" already appears on line \(first.line) (ids are idempotency keys: each may appear once)"))
            }
            locations[event.id] = location
            events.append(event)
        }
        self.events = events
        self.locations = locations
    }

    func location(of id: String) -> SourceLocation? { locations[id] }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}
