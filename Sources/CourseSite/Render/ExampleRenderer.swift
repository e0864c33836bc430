import Calc
import CourseKit

/// Builds the view of a worked example: its statements with prompts and the outputs as written.
package enum ExampleRenderer {
    /// The view of `example`; outputs are shown as the author wrote them (the check proved them).
    package static func view(of example: WorkedExample) -> ExampleView {
        var lines: [ExampleView.Line] = []
        for step in example.steps {
            for (index, line) in step.source.enumerated() {
                lines.append(ExampleView.Line(isInput: true, prompt: HTML(trusted: index == 0 ? "&gt;&gt;&gt;" : "..."), text: .text(line.text)))
            }
            for line in step.expected {
                lines.append(ExampleView.Line(isInput: false, prompt: HTML(trusted: ""), text: .text(line.text)))
            }
        }
        return ExampleView(lines: lines)
    }
}
