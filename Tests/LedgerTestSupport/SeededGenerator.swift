/// A small, fast random number generator with a seed, so a fuzz or crash
/// test that fails can be run again with the same choices: the generator
/// of `rledger generate` (`SplitMix64`), under the name the reliability
/// tests use.
///
/// Example: `var random = SeededGenerator(seed: 42)`; then
/// `Int.random(in: 0..<10, using: &random)` gives the same sequence of
/// numbers on every run and every platform.
public typealias SeededGenerator = SplitMix64
