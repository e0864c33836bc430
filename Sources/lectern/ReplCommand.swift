import ArgumentParser
import Calc
import CourseKit
import CourseSite
import Diagnostics
import Foundation

/// `lectern repl`: an interactive Calc session.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Start an interactive Calc session.",
        discussion: """
            Type statements at the '>>> ' prompt; a line with an open bracket or ending in '\\' \
            continues at '... '. Commands: :help, :help NAME, :vars, :quit. On a terminal, the \
            arrows move in the line and through earlier lines, Ctrl-C drops the line and Ctrl-D \
            on an empty line leaves. Input from a pipe is read without prompts, and the exit \
            status is 1 when a statement failed.

            Examples:
              lectern repl
              lectern repl --lesson forward-pass
              echo 'tanh(0.5)' | lectern repl
            """
    )

    @Option(name: .long, help: "Start from the bindings of this lesson's worked examples.")
    var lesson: String?

    func run() throws {
        var session = ReplSession(interactive: isatty(STDIN_FILENO) != 0)
        if let lesson {
            do {
                let problems = try EvalLessonBindings.load(path: lesson, into: &session.interpreter)
                session.writeError(problems)
            } catch {
                session.writeError("error: cannot read lesson '\(lesson)'\n")
                throw ExitCode(2)
            }
        }
        if session.interactive {
            print("Calc (lectern \(lecternVersion)) — :help for help, :quit to leave")
        }
        session.loop()
        if session.failed, !session.interactive { throw ExitCode(1) }
    }
}

/// The state of one REPL session: bindings and whether anything failed.
struct ReplSession {
    /// Each statement is still bounded by `Limits`; a session is not a lesson, so it has no
    /// lesson or build budget to run out of.
    var interpreter = Interpreter(budget: .unlimited)
    let interactive: Bool
    var failed = false

    init(interactive: Bool) {
        self.interactive = interactive
    }

    func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private func prompt(_ text: String) {
        guard interactive else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    mutating func loop() {
        var buffer: [String] = []
        var editor = interactive && ReplLineEditor.isAvailable ? ReplLineEditor() : nil
        while true {
            let promptText = buffer.isEmpty ? ">>> " : "... "
            let input: String?
            if var active = editor {
                input = active.readLine(prompt: promptText)
                editor = active
                if active.interrupted {
                    buffer = []
                    continue
                }
            } else {
                prompt(promptText)
                input = readLine(strippingNewline: true)
            }
            guard let line = input else { break }
            if buffer.isEmpty, line.hasPrefix(":") {
                if !command(line.trimmingCharacters(in: .whitespaces)) { return }
                continue
            }
            // The backslash stays: Calc's lexer joins a line ending in '\' with the next.
            let continued = line.hasSuffix("\\")
            buffer.append(line)
            let source = buffer.joined(separator: "\n")
            if continued || Self.openBrackets(source) > 0 { continue }
            buffer = []
            execute(source)
        }
        if !buffer.isEmpty { execute(buffer.joined(separator: "\n")) }
        if interactive { print("") }
    }

    private mutating func execute(_ source: String) {
        guard !source.allSatisfy({ $0.isWhitespace }) else { return }
        switch InlineValue.run(source, in: &interpreter) {
        case .success(let text):
            if let text { print(text) }
        case .failure(let error):
            report(error, in: source)
        }
    }

    private mutating func report(_ error: CalcError, in source: String) {
        failed = true
        writeError(EvalDiagnosticText.render(error, in: source, file: "<input>"))
    }

    /// Handles a `:command`; false to leave.
    private mutating func command(_ line: String) -> Bool {
        switch line {
        case ":quit", ":q", ":exit":
            return false
        case ":vars":
            for (name, value) in interpreter.bindings.sorted(by: { $0.key < $1.key }) {
                print("\(name) = \(value)")
            }
        case ":help":
            print("""
                Calc statements: numbers, [vectors], [[matrices]], + - * / // % ** @, comparisons,
                and/or/not, indexing v[0] and m[1][0], assignment x = …, ';' between statements.
                Add ':FORMAT' to format a value, as in sigmoid(1) :.4f
                Commands: :help, :help NAME (one function), :vars (list bindings), :quit
                Functions: \(interpreter.functionNames.joined(separator: " "))
                Constants: e pi inf nan
                """)
        case let command where command.hasPrefix(":help "):
            let name = command.dropFirst(6).trimmingCharacters(in: .whitespaces)
            print(interpreter.help(for: name) ?? "no function named '\(name)'")
        default:
            print("unknown command '\(line)'; try :help")
        }
        return true
    }

    /// Brackets opened and not yet closed, outside strings and comments.
    static func openBrackets(_ source: String) -> Int {
        var depth = 0
        var quote: Character?
        var comment = false
        var escaped = false
        for c in source {
            if c == "\n" { comment = false; quote = nil; continue }
            if comment { continue }
            if let open = quote {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == open { quote = nil }
                continue
            }
            switch c {
            case "#": comment = true
            case "'", "\"": quote = c
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            default: break
            }
        }
        return depth
    }
}
