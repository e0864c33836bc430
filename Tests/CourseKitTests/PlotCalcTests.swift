import Calc
import Diagnostics
import Foundation
import Testing
@testable import CourseKit

@Suite struct CalcSeriesTests {
    private let series = CalcSeries()

    @Test func compilesLibraryCallsInX() throws {
        let sigmoid = try series.compile("sigmoid(x)").get()
        #expect(sigmoid(0) == 0.5)
        // σ(2) = 1 / (1 + e^-2)
        #expect(abs((sigmoid(2) ?? 0) - 1 / (1 + exp(-2.0))) < 1e-15)
        let combined = try series.compile("2 * relu(x) - 1").get()
        #expect(combined(-3) == -1 && combined(1.5) == 2)
        let derivative = try series.compile("sigmoid_prime(x)").get()
        #expect(derivative(0) == 0.25)
    }

    @Test func pointsWithoutAValueAreGaps() throws {
        let log = try series.compile("log(x)").get()
        #expect(log(1) == 0)
        #expect(log(-1).map { $0.isNaN } ?? true)
    }

    @Test func unknownFunctionsFailWithCalcsOwnError() {
        guard case .failure(let error) = series.compile("relu(x) + nosuch(x)") else {
            Issue.record("expected an error"); return
        }
        #expect(error.code == "calc.unknown-name")
        #expect(error.offset == 10 && error.length == 6)
    }

    @Test func expensiveExpressionsHitThePlotLimitInsteadOfSlowingTheBuild() {
        guard case .failure(let error) = series.compile("sum(linspace(0, x, 100000))") else {
            Issue.record("expected an error"); return
        }
        #expect(["calc.step-limit", "calc.too-large"].contains(error.code))
    }

    @Test func vectorValuedExpressionsAreRejected() {
        guard case .failure(let error) = series.compile("softmax([x, 1])") else {
            Issue.record("expected an error"); return
        }
        #expect(error.code == "plot.not-a-number")
        #expect(error.message == "'softmax([x, 1])' gives a vector, but a plot needs one number for each x")
        #expect(error.offset == 0 && error.length == 15)
    }
}

@Suite struct PlotCheckTests {
    @Test func theSamePlotTwiceGetsTwoIDs() throws {
        let plot = "```plot\ny: relu(x)\nx: -1 .. 1\n```\n"
        let (run, _, diagnostics) = runLesson(plot + "\n" + plot)
        #expect(diagnostics.isEmpty)
        #expect(run.plots.count == 2)
        let ids = run.plots.compactMap { $0.components(separatedBy: "class=\"plot\" id=\"").last?.prefix { $0 != "\"" } }.sorted()
        #expect(ids.count == 2 && ids[0] != ids[1])
        #expect(ids[1] == ids[0] + "-2")
    }

    @Test func errorsPointIntoTheLessonFile() throws {
        let (run, _, diagnostics) = runLesson("---\ntitle: A\n---\n\nText.\n\n```plot\ny: relu(x), softmax([x, 1])\nx: 2 .. -2\n```\n")
        #expect(run.plots.isEmpty)
        #expect(DiagnosticBag(diagnostics).sorted.map { "\($0.code) \($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0)" }
            == ["plot.not-a-number 8:13", "plot.inverted-range 9:4"])
        let (_, _, calc) = runLesson("---\ntitle: A\n---\n\n```plot\ny: relu(x), softmax([x, 1])\nx: -2 .. 2\n```\n")
        #expect(calc.map { "\($0.code) \($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0)" }
            == ["plot.not-a-number 6:13"])
    }
}
