import ArgumentParser
import Calc
import Diagnostics
import Foundation

/// `lectern eval EXPR`: prints the value of a Calc expression.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate Calc statements and print the value of the last one.",
        discussion: """
            Statements are separated by ';' or new lines; the value of the last one is printed the \
            way NumPy users read it. Add ':FORMAT' after the expression to format it, as in \
            'sigmoid(1) :.4f'. Exit status: 0 on success, 1 when the expression is wrong, 2 when \
            the lesson cannot be read.

            Examples:
              lectern eval 'softmax([1, 2, 3])'
              lectern eval 'sigmoid(1) :.4f'
              lectern eval --lesson relu 'relu(z)'
            """
    )

    @Option(name: .long, help: "Start from the bindings of this lesson's worked examples.")
    var lesson: String?

    // `.allUnrecognized` lets an expression start with '-' (`lectern eval '-2**2'`).
    @Argument(parsing: .allUnrecognized, help: "The Calc source to evaluate, for example 'softmax([1, 2, 3])'.")
    var words: [String] = []

    /// The words of the command line joined, so that `lectern eval 1 + 2` works unquoted.
    var expression: String { words.joined(separator: " ") }

    func validate() throws {
        guard !words.isEmpty else { throw ValidationError("Give an expression to evaluate, for example 'sigmoid(1)'.") }
    }

    func run() throws {
        var interpreter = Interpreter()
        if let lesson {
            do {
                let problems = try EvalLessonBindings.load(path: lesson, into: &interpreter)
                FileHandle.standardError.write(Data(problems.utf8))
            } catch {
                FileHandle.standardError.write(Data("error: cannot read lesson '\(lesson)'\n".utf8))
                throw ExitCode(2)
            }
        }
        let result = InlineValue.run(expression, in: &interpreter)
        switch result {
        case .success(let text):
            if let text { print(text) }
        case .failure(let error):
            FileHandle.standardError.write(Data(EvalDiagnosticText.render(error, in: expression, file: "<expression>").utf8))
            throw ExitCode(1)
        }
    }
}
