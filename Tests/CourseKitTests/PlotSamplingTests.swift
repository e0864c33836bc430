import Foundation
import Testing
@testable import CourseKit

@Suite struct AdaptiveSamplerTests {
    private func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    @Test func includesReLUsKinkAtZeroExactly() {
        for (lower, upper) in [(-6.0, 6.0), (-5.0, 7.0), (-0.3, 11.0)] {
            let points = AdaptiveSampler().sample({ max(0, $0) }, from: lower, to: upper, tolerance: 0.01)
            #expect(points.contains { $0.x == 0 && $0.y == 0 })
        }
    }

    @Test func homesInOnAKinkAwayFromZero() {
        // The kink of max(0, x - 1) is not on the grid; bisection must come within
        // 12 / 64 / 2^10 of it.
        let points = AdaptiveSampler().sample({ max(0, $0 - 1) }, from: -5, to: 7, tolerance: 0.01)
        #expect(points.contains { abs($0.x - 1) < 2e-4 })
    }

    @Test func straightPiecesNeedNoExtraPoints() {
        let points = AdaptiveSampler().sample({ 2 * $0 + 1 }, from: -6, to: 6, tolerance: 1e-6)
        #expect(points.count == 65)   // 64 intervals, 0 already on the grid
    }

    @Test func smoothCurveStaysWithinToleranceOfItsPolyline() {
        let tolerance = 0.001
        let points = AdaptiveSampler().sample(sigmoid, from: -6, to: 6, tolerance: tolerance)
        #expect(points.count < 400)
        for (a, b) in zip(points, points.dropFirst()) {
            guard let ya = a.y, let yb = b.y else { Issue.record("sigmoid is finite everywhere"); continue }
            let mid = (a.x + b.x) / 2
            #expect(abs(sigmoid(mid) - (ya + yb) / 2) <= tolerance)
        }
        let xs = points.map(\.x)
        #expect(xs == xs.sorted())
        #expect(xs.first == -6 && xs.last == 6)
    }

    @Test func nonFiniteValuesBreakTheLine() {
        // 1/x is undefined near 0 and log of a negative number is NaN.
        let gap: (Double) -> Double? = { abs($0) < 1 ? nil : 1 / $0 }
        let points = AdaptiveSampler().sample(gap, from: -4, to: 4, tolerance: 0.01)
        let segments = AdaptiveSampler.segments(points)
        #expect(segments.count == 2)
        #expect(segments[0].allSatisfy { $0.x <= -1 } && segments[1].allSatisfy { $0.x >= 1 })
        // Bisection finds the edge of each run closely.
        #expect(segments[0].last.map { $0.x > -1.01 } == true)

        let logPoints = AdaptiveSampler().sample({ log($0) }, from: -2, to: 2, tolerance: 0.01)
        let logSegments = AdaptiveSampler.segments(logPoints)
        #expect(logSegments.count == 1)
        #expect(logSegments[0].allSatisfy { $0.x > 0 && $0.y.isFinite })
    }

    @Test func jumpsBreakTheLineInsteadOfDrawingAConnector() {
        // The derivative of ReLU steps from 0 to 1 at 0; a step at 0.3 is off the grid.
        for jump in [0.0, 0.3] {
            let points = AdaptiveSampler().sample({ $0 <= jump ? 0 : 1 }, from: -5, to: 5, tolerance: 0.01)
            let segments = AdaptiveSampler.segments(points)
            #expect(segments.count == 2)
            #expect(segments.first?.allSatisfy { $0.y == 0 } == true)
            #expect(segments.last?.allSatisfy { $0.y == 1 } == true)
            #expect(segments.first?.last.map { abs($0.x - jump) < 2e-3 } == true)
        }
    }
}
