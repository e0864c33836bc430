@testable import Calc
import Testing

@Suite struct ExpectedOutputTests {
    @Test func deeplyNestedExpectedTextIsComparedAsText() {
        let text = String(repeating: "[", count: 100_000)
        #expect(ExpectedOutput(text) == .text(text))
    }

    @Test(arguments: [
        ("[0, 3.5]", Value.vector([0, 3.5]), true), ("[0, 3.5]", .vector([0, 3.56]), false),
        ("[0, 3.5]", .vector([0.04, 3.54]), true), ("[[1, 2], [3, 4]]", .matrix(.init(rows: 2, columns: 2, elements: [1, 2, 3, 4])), true),
        ("[[1, 2], [3, 4]]", .vector([1, 2, 3, 4]), false), ("True", .boolean(true), true), ("1", .boolean(true), false),
        ("'hi'", .string("hi"), true), ("hi", .string("hi"), true), ("nan", .number(.nan), true), ("[inf, -inf]", .vector([.infinity, -.infinity]), true),
        ("np.float64(0.7311)", .number(0.7310585786300049), true), ("np.True_", .boolean(true), true),
        ("array([[1., 2.],\n       [3., 4.]])", .matrix(.init(rows: 2, columns: 2, elements: [1, 2, 3, 4])), true),
        ("3", .number(3.49), true), ("3", .number(3.51), false), ("1.9e-22", .number(1.9287498479639178e-22), true),
    ])
    func matches(expected: String, actual: Value, result: Bool) {
        #expect(ExpectedOutput(expected).matches(actual, tolerance: nil) == result)
    }
}

@Suite struct WrittenValueTests {
    @Test func quizOptionsCompareByTheirDigits() {
        let p = value("softmax([1, 2, 3])[2]")
        #expect(p?.matches(written: "0.665") == true)
        #expect(p?.matches(written: "0.666") == false)
        #expect(p?.matches(written: "0.7", tolerance: 0.05) == true)
        #expect(value("[1, 2] == [1, 2]")?.matches(written: "[True, True]") == true)
    }
}
