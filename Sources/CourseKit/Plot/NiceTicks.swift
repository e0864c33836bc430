import Foundation

/// Axis ticks at "nice" steps — 1, 2 or 5 times a power of ten — as people draw them by hand.
package struct NiceTicks: Hashable, Sendable {
    /// Distance between neighbouring ticks.
    package let step: Double
    /// Tick positions inside the range, ascending; multiples of `step`.
    package let values: [Double]

    /// The ticks for `lower ... upper` with the smallest nice step that gives at most
    /// `maxCount` ticks (at least two ticks when the range allows).
    package init(lower: Double, upper: Double, maxCount: Int = 8) {
        let span = upper - lower
        guard Self.isDrawable(lower: lower, upper: upper, maxCount: maxCount) else {
            step = 1
            values = lower.isFinite ? [lower] : []
            return
        }
        let step = Self.step(span: span, maxCount: max(maxCount, 2))
        self.step = step
        // Ticks are computed as integer multiples of the step so that no error accumulates.
        let slack = step * 1e-9
        let first = (lower / step - 1e-9).rounded(.up)
        let last = (upper / step + 1e-9).rounded(.down)
        var values: [Double] = []
        if first <= last {
            for k in stride(from: first, through: last, by: 1) {
                let value = k * step
                if value >= lower - slack, value <= upper + slack { values.append(value == 0 ? 0 : value) }
            }
        }
        self.values = values
    }

    /// The smallest step in {1, 2, 5} × 10^k for which `span` holds at most `maxCount` ticks.
    package static func step(span: Double, maxCount: Int) -> Double {
        // Intervals, not ticks: n ticks cover n - 1 steps (plus at most one partial step at each end).
        let raw = span / Double(max(maxCount - 1, 1))
        guard raw.isNormal else { return span.isNormal ? span : 1 }
        var exponent = floor(log10(raw))
        while true {
            let power = pow(10, exponent)
            for multiplier in [1.0, 2.0, 5.0] {
                let candidate = multiplier * power
                if candidate >= raw * (1 - 1e-12), tickCount(span: span, step: candidate) <= maxCount {
                    return candidate
                }
            }
            exponent += 1
        }
    }

    /// The range widened outward to the nearest multiples of a nice step, for axes the data
    /// decides (the y axis without `y-range:`).
    package static func widened(lower: Double, upper: Double, maxCount: Int = 8) -> (lower: Double, upper: Double) {
        let span = upper - lower
        guard isDrawable(lower: lower, upper: upper, maxCount: maxCount) else { return (lower, upper) }
        let step = step(span: span, maxCount: maxCount)
        let low = (lower / step + 1e-9).rounded(.down) * step
        let high = (upper / step - 1e-9).rounded(.up) * step
        return (low, high)
    }

    /// Whether `lower ... upper` is wide enough for distinct ticks: a finite, positive span
    /// that stays a normal number when divided into `maxCount` steps and is more than a
    /// billionth of the ends' size. A subnormal span (`0 .. 5e-324`) would make the step zero.
    package static func isDrawable(lower: Double, upper: Double, maxCount: Int = 8) -> Bool {
        let span = upper - lower
        return span > 0 && span.isFinite && (span / Double(max(maxCount, 2))).isNormal
            && span > 1e-9 * max(abs(lower), abs(upper))
    }

    private static func tickCount(span: Double, step: Double) -> Int {
        let count = (span / step + 1e-9).rounded(.down)
        // Converting a huge or non-finite count to Int would trap; such a step is just too small.
        guard count.isFinite, count < 1e15 else { return Int.max }
        return Int(count) + 1
    }
}
