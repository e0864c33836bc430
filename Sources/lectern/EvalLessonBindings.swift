import Calc
import CourseKit
import CourseSite
import Diagnostics
import Foundation

/// The bindings a lesson's worked examples leave behind, for `eval --lesson` and `repl --lesson`,
/// from the course driver (`LessonBindings`), so they agree with `build`.
struct EvalLessonBindings {
    /// Checks the lesson at `path` into `interpreter`; returns the rendered diagnostics of its
    /// problems (empty when it checks clean). Throws only when the file cannot be read.
    static func load(path: String, into interpreter: inout Interpreter) throws -> String {
        let result = try LessonBindings.check(path: path)
        interpreter = result.interpreter
        let errors = result.diagnostics.filter { $0.severity == .error }
        return errors.isEmpty ? "" : EvalDiagnosticText.render(errors, sources: result.sources)
    }
}
