/// A number's decimal digits kept from one call to the next, for numbers written in
/// rising order (the line of each of a million findings): a line a few after the last
/// is the last's digits with a few added, cheaper than writing a number anew; any
/// other is written anew. Digits in a buffer of its own, valid until the next call.
final class DecimalCounter {
    private static let size = 20
    private let digits = UnsafeMutablePointer<UInt8>.allocate(capacity: DecimalCounter.size)
    /// The digits are `digits[start..<size]`; `value` is what they say (-1: none yet).
    private var start = DecimalCounter.size
    private var value = -1

    init() { digits.initialize(repeating: 0x30, count: Self.size) }
    deinit { digits.deallocate() }

    /// `n`'s digits (`n` ≥ 0), as `String(n)` writes them.
    func digits(of n: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(n >= 0, "DecimalCounter counts from 0")
        var step = n &- value
        if value >= 0 && step >= 0 && step < 10 {
            var i = Self.size - 1
            while step > 0 {
                if i < start { start = i; digits[i] = 0x30 }
                let d = Int(digits[i] &- 0x30) &+ step
                digits[i] = 0x30 &+ UInt8(truncatingIfNeeded: d % 10)
                step = d / 10
                i -= 1
            }
        } else {
            var v = n, i = Self.size
            repeat {
                i -= 1
                digits[i] = 0x30 &+ UInt8(truncatingIfNeeded: v % 10)
                v /= 10
            } while v > 0
            start = i
        }
        value = n
        return UnsafeBufferPointer(start: digits + start, count: Self.size - start)
    }
}
