import Testing
@testable import WBCore

/// The findings' lines, written from the last line's digits: the same digits as
/// `String(n)` for numbers that rise by a little (carrying through 9s, 99 → 100),
/// jump, or fall.
struct DecimalCounterTests {
    @Test func digitsAreStringsDigitsHoweverTheNumbersCome() {
        let counter = DecimalCounter()
        func check(_ n: Int) {
            let got = String(decoding: counter.digits(of: n), as: UTF8.self)
            #expect(got == String(n), "\(n): \(got)")
        }
        for n in [0, 1, 9, 10, 11, 98, 99, 100, 101, 999, 1005, 9999, 10000, 3, 3, 12, 7] { check(n) }
        var rng = RoundTripProperties.RNG(state: 20261203)
        func next(_ n: Int) -> Int { Int.random(in: 0..<n, using: &rng) }
        var n = 0
        for _ in 0..<100_000 {
            switch next(20) {
            case 0: n = next(2_000_000)                 // a jump, up or down
            case 1: n = max(0, n - next(5))             // back a little
            default: n += next(10)                      // on by 0 to 9, most often
            }
            check(n)
        }
        check(Int.max)
        check(Int.max - 9)
    }
}
