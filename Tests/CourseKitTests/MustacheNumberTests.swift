import Mustache
import Testing
@testable import CourseSite

/// A number handed to templates as `MustacheNumber` renders what swift-mustache renders for the
/// `Int` itself, in every way a template can use it.
@Suite struct MustacheNumberTests {
    /// Tags that print, test, open, transform and look inside a number, and look past it.
    private static let template = """
        [{{n}}|{{{n}}}|{{&n}}|{{#n}}<{{.}}|{{{.}}}|{{outer}}|{{n}}>{{/n}}|{{^n}}none{{/n}}|\
        {{plusone(n)}}|{{minusone(n)}}|{{#even(n)}}even{{/even(n)}}{{#odd(n)}}odd{{/odd(n)}}|\
        {{#equalzero(n)}}zero{{/equalzero(n)}}|{{n.value}}|{{n.foo}}|{{#n}}{{value}}{{/n}}]
        """

    @Test(arguments: [0, 1, 2, 7, -3, 1_234_567, Int.max - 1])
    func rendersLikeTheInt(_ value: Int) throws {
        let template = try MustacheTemplate(string: Self.template)
        let asInt = template.render(["n": value, "outer": "o"] as [String: Any])
        let asNumber = template.render(["n": MustacheNumber(value), "outer": "o"] as [String: Any])
        #expect(asNumber == asInt)
        // The comparison is not vacuous: the digits and the section are in the output.
        #expect(asInt.hasPrefix("[\(value)|\(value)|\(value)|<\(value)|\(value)|o|\(value)>|"))
    }

    @Test func aViewHandsOutItsNumbersWrapped() {
        let step = QuizStepsView.Step(number: 3, anchor: HTML(trusted: "a"), id: HTML(trusted: "i"))
        #expect((step.child(named: "number") as? MustacheNumber)?.value == 3)
    }
}
