/// Whether the store proves, before writing, that each new line reads
/// back: decoded, then encoded again to the same bytes (`BatchEncoder`).
///
/// `append` always proves it: input comes from people and programs, and a
/// value the decoder refuses must never reach a file. A bulk writer whose
/// events are all built by its own code from values it drew itself
/// (`rledger generate`) may skip the proof, which costs about as much as
/// encoding the line; its tests then carry the guarantee — every line of a
/// generated ledger decodes to the event that was written and encodes back
/// to the same bytes, and the ledger verifies.
///
/// Example: `session.append(batch, now: now, proof: .encoderTrusted) { _ in }`.
public enum LineProof: Sendable, Equatable {
    /// Every line is decoded and encoded again before it is written.
    case readBack
    /// The lines are written as encoded; the writer's tests prove they read back.
    case encoderTrusted
}
