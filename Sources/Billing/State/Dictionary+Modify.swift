extension Dictionary {
    /// Changes the value of `key` in place, when there is one: `body`'s
    /// result, or nil.
    ///
    /// Example: `state.enrolments.modifyValue(forKey: key) { $0.receivable += amount }`.
    ///
    /// The projection changes records several times an event;
    /// `dictionary[key]?.change()` goes through the optional subscript's
    /// accessor, which allocated its frame on the heap at every call
    /// (callgrind: one `malloc` and `free` per change), where a change
    /// through the position found once does not.
    @inline(__always)
    mutating func modifyValue<Result>(forKey key: Key, _ body: (inout Value) -> Result) -> Result? {
        guard let index = index(forKey: key) else { return nil }
        return body(&values[index])
    }
}
