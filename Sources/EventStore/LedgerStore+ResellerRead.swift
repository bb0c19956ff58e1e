import LedgerEvents

/// One reseller's history without reading the whole ledger: the lines the
/// derived index lists under the reseller (`IndexedReader`), the events that
/// concern no reseller (program terms, tax rates, run records), and
/// whatever was committed after the index's coverage, fully checked.
///
/// Example: `readResellerEvents("R-HANSA")` on the public sample returns
/// the program terms, tax rates and run records and R-HANSA's events, in
/// seq order; with `derived/` deleted it returns nil and the caller reads
/// the whole ledger (`readAll`), which gives the same trail.
extension LedgerStore {
    /// The reseller's events and every event that concerns no reseller, in
    /// seq order; nil when the derived index is missing or does not match
    /// the files (the caller then reads everything). A line the index points
    /// to that fails its check throws `StoreError.damaged`, as a full read would.
    public func readResellerEvents(_ reseller: String) throws -> [Event]? {
        let manifest = try manifest()
        do {
            guard let reader = try IndexedReader(layout, manifest) else { return nil }
            var events = try reader.sharedEvents()
            events += try reader.events(under: [reseller]).filter { $0.payload.reseller == reseller }
            events += try reader.tail { $0.payload.reseller == reseller }
            events.sort { $0.seq < $1.seq }
            return events
        } catch is DerivedIndexUnusable {
            return nil
        }
    }
}
