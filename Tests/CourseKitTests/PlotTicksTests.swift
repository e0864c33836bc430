import Testing
@testable import CourseKit

@Suite struct NiceTicksTests {
    @Test(arguments: [
        (-6.0, 6.0, 9, 2.0, [-6.0, -4, -2, 0, 2, 4, 6]),
        (0.0, 1.0, 7, 0.2, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (-1.0, 1.0, 7, 0.5, [-1.0, -0.5, 0, 0.5, 1]),
        (-0.3, 0.7, 7, 0.2, [-0.2, 0, 0.2, 0.4, 0.6]),
        (0.0, 1000.0, 7, 200.0, [0.0, 200, 400, 600, 800, 1000]),
        (-5.0, 5.0, 9, 2.0, [-4.0, -2, 0, 2, 4]),
        (2.0, 3.0, 9, 0.2, [2.0, 2.2, 2.4, 2.6, 2.8, 3.0]),
    ])
    func picksOneTwoFiveSteps(lower: Double, upper: Double, maxCount: Int, step: Double, values: [Double]) {
        let ticks = NiceTicks(lower: lower, upper: upper, maxCount: maxCount)
        #expect(abs(ticks.step - step) < 1e-12)
        #expect(ticks.values.count == values.count)
        for (got, want) in zip(ticks.values, values) { #expect(abs(got - want) < 1e-9) }
    }

    @Test(arguments: [(0.0, Double.leastNonzeroMagnitude), (0.0, Double.leastNormalMagnitude / 4), (1.0, 1.0000000000000002), (-Double.leastNonzeroMagnitude, 0.0)])
    func aSubnormalOrNegligibleSpanGivesOneTickInsteadOfTrapping(lower: Double, upper: Double) {
        let ticks = NiceTicks(lower: lower, upper: upper, maxCount: 9)
        #expect(ticks.values == [lower])
        #expect(NiceTicks.widened(lower: lower, upper: upper) == (lower, upper))
        #expect(!NiceTicks.isDrawable(lower: lower, upper: upper, maxCount: 9))
        #expect(NiceTicks.step(span: upper - lower, maxCount: 9) > 0)
    }

    @Test func widensDataRangeToNiceMultiples() {
        let widened = NiceTicks.widened(lower: 0.0024726, upper: 0.9975274, maxCount: 7)
        #expect(widened.lower == 0)
        #expect(abs(widened.upper - 1) < 1e-12)
    }

    @Test func tickLabelsUseTheStepsDecimalsAndATypographicMinus() {
        #expect(PlotNumber.tick(-4, step: 2) == "\u{2212}4")
        #expect(PlotNumber.tick(0.6000000000000001, step: 0.2) == "0.6")
        #expect(PlotNumber.tick(-0.0, step: 0.5) == "0.0")
        #expect(PlotNumber.decimals(forStep: 0.25) == 2)
        #expect(PlotNumber.decimals(forStep: 200) == 0)
    }

    @Test func numbersFormatDeterministically() {
        #expect(PlotNumber.coordinate(12.5) == "12.5")
        #expect(PlotNumber.coordinate(40.004) == "40")
        #expect(PlotNumber.coordinate(-0.001) == "0")
        #expect(PlotNumber.readable(0.0024726231566347743) == "0.002473")
        #expect(PlotNumber.readable(0.5) == "0.5")
        #expect(PlotNumber.readable(-3) == "-3")
        #expect(PlotNumber.readable(1.9287498479639178e-22) == "1.929e-22")
        #expect(PlotNumber.readable(.nan) == "undefined")
    }
}
