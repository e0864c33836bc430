/// Samples a function of one variable densely where it bends and sparsely where it is straight.
///
/// A uniform grid (plus x = 0 when it is inside the range, where kinks such as ReLU's live) is
/// refined by bisection wherever the midpoint strays from the chord by more than the tolerance,
/// or wherever the function stops or starts being finite, so a curve looks smooth at print size
/// and a gap is located closely.
package struct AdaptiveSampler: Sendable {
    /// One sample; `y` is nil where the function has no finite value.
    package struct Point: Hashable, Sendable {
        /// Where the function was evaluated.
        package var x: Double
        /// Its value, nil when not finite.
        package var y: Double?
    }

    /// Number of uniform intervals before refinement.
    package var initialIntervals = 64
    /// How many times an interval may be halved.
    package var maxDepth = 10
    /// Upper bound on the points of one series, whatever the function does.
    package var maxPoints = 4000

    /// A sampler with the default grid, depth and point budget.
    package init() {}

    /// Samples `function` on `lower ... upper`, refining until the curve deviates from its
    /// polyline by at most `tolerance` (in y units).
    package func sample(
        _ function: (Double) -> Double?, from lower: Double, to upper: Double, tolerance: Double
    ) -> [Point] {
        withoutActuallyEscaping(function) { function in
            sampleRefined(function, from: lower, to: upper, tolerance: tolerance)
        }
    }

    private func sampleRefined(
        _ function: @escaping (Double) -> Double?, from lower: Double, to upper: Double, tolerance: Double
    ) -> [Point] {
        let evaluate: (Double) -> Point = { x in
            let y = function(x)
            return Point(x: x, y: y.flatMap { $0.isFinite ? $0 : nil })
        }
        let grid = Self.grid(from: lower, to: upper, intervals: initialIntervals)
        var points = [evaluate(grid[0])]
        var budget = maxPoints - grid.count
        for index in 1..<grid.count {
            let right = evaluate(grid[index])
            refine(points[points.count - 1], right, depth: 0, tolerance: tolerance,
                   evaluate: evaluate, budget: &budget, into: &points)
            points.append(right)
        }
        return points
    }

    /// Samples at the uniform grid only; used to learn the y extent before refining.
    package func coarse(_ function: (Double) -> Double?, from lower: Double, to upper: Double) -> [Point] {
        Self.grid(from: lower, to: upper, intervals: initialIntervals).map { x in
            Point(x: x, y: function(x).flatMap { $0.isFinite ? $0 : nil })
        }
    }

    /// Splits the points into runs of finite values: each run becomes one path segment.
    package static func segments(_ points: [Point]) -> [[(x: Double, y: Double)]] {
        var segments: [[(x: Double, y: Double)]] = []
        var current: [(x: Double, y: Double)] = []
        for point in points {
            if let y = point.y {
                current.append((point.x, y))
            } else if !current.isEmpty {
                segments.append(current)
                current = []
            }
        }
        if !current.isEmpty { segments.append(current) }
        return segments
    }

    /// Uniform points from `lower` to `upper` (both included), with 0 added when inside.
    package static func grid(from lower: Double, to upper: Double, intervals: Int) -> [Double] {
        let count = max(intervals, 1)
        var xs = (0...count).map { i in
            i == count ? upper : lower + (upper - lower) * Double(i) / Double(count)
        }
        if lower < 0, upper > 0, !xs.contains(0) {
            xs.append(0)
            xs.sort()
        }
        return xs
    }

    /// Whether the values at the ends of a tiny interval stay apart however far it is halved
    /// (following the half that changes more): a jump. A steep but continuous piece (log near
    /// 0) closes the gap instead.
    static func isJump(_ left: Point, _ right: Point, tolerance: Double, evaluate: (Double) -> Point) -> Bool {
        guard var low = left.y, var high = right.y else { return false }
        var a = left.x, b = right.x
        for _ in 0..<60 {
            guard abs(high - low) > tolerance else { return false }
            let m = (a + b) / 2
            guard m > a, m < b, let y = evaluate(m).y else { return abs(high - low) > tolerance }
            if abs(y - low) >= abs(high - y) { b = m; high = y } else { a = m; low = y }
        }
        return abs(high - low) > tolerance
    }

    private func refine(
        _ left: Point, _ right: Point, depth: Int, tolerance: Double,
        evaluate: (Double) -> Point, budget: inout Int, into points: inout [Point]
    ) {
        guard budget > 0 else { return }
        let middleX = (left.x + right.x) / 2
        guard middleX > left.x, middleX < right.x else { return }
        let middle = evaluate(middleX)
        let needsSplit: Bool
        switch (left.y, middle.y, right.y) {
        case let (l?, m?, r?):
            needsSplit = abs(m - (l + r) / 2) > tolerance
        case (nil, nil, nil):
            needsSplit = false
        default:
            // A boundary between defined and undefined values: narrow it down.
            needsSplit = true
        }
        guard needsSplit else { return }
        guard depth < maxDepth else {
            // Still bending after every halving: a jump (a step, a pole), not a curve. Break
            // the line there instead of drawing a vertical connector.
            if Self.isJump(left, right, tolerance: tolerance, evaluate: evaluate) {
                points.append(Point(x: middleX, y: nil))
            }
            return
        }
        budget -= 1
        refine(left, middle, depth: depth + 1, tolerance: tolerance, evaluate: evaluate, budget: &budget, into: &points)
        points.append(middle)
        refine(middle, right, depth: depth + 1, tolerance: tolerance, evaluate: evaluate, budget: &budget, into: &points)
    }
}
