/// A doctest-style worked example, parsed from the body of an ```` ```example ```` block:
///
/// ```
/// >>> z = dense([1.0, 2.0], [[0.5, -1], [1, 1]], [0, 0.5])
/// >>> relu(z)
/// [0, 3.5]
/// >>> sigmoid(1)  # tol=1e-9
/// 0.7310585786
/// ```
///
/// `>>> ` starts a statement, `... ` continues it, and the lines after it up to the next
/// statement or blank line are its expected output. `# tol=…` on the statement or on an
/// output line sets an absolute tolerance instead of the one implied by the written digits.
public struct WorkedExample: Hashable, Sendable {
    /// A piece of one body line: its 0-based line index in the body, the 0-based character
    /// column where `text` starts, and the text.
    public struct Line: Hashable, Sendable {
        public var index: Int
        public var column: Int
        public var text: String
    }

    /// One statement with its expected output.
    public struct Step: Hashable, Sendable {
        /// The statement's lines, without prompts.
        public var source: [Line]
        /// Expected output lines, without any `# tol=` comment; empty when nothing is expected.
        public var expected: [Line]
        /// Absolute tolerance from a `# tol=` comment.
        public var tolerance: Double?

        /// The statement as Calc runs it (continuation lines joined by newlines).
        public var statement: String { source.map(\.text).joined(separator: "\n") }

        /// The expected output as written, or nil.
        public var expectedText: String? {
            expected.isEmpty ? nil : expected.map(\.text).joined(separator: "\n")
        }
    }

    public var steps: [Step]
    /// Output lines with no statement before them.
    public var strayLines: [Line]
    /// `# tol=` comments whose value is not a number.
    public var badTolerances: [Line]

    public init(body: String) {
        steps = []
        strayLines = []
        badTolerances = []
        var current: Step?
        var inOutput = false
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let content = line.dropFirst(indent)
            if content.hasPrefix(">>>") {
                if let step = current { steps.append(step) }
                let (text, column) = Self.afterPrompt(content, column: indent)
                let (statement, tolerance) = tolComment(text, at: Line(index: index, column: column, text: text))
                current = Step(source: [Line(index: index, column: column, text: statement)], expected: [], tolerance: tolerance)
                inOutput = false
            } else if content.hasPrefix("..."), !inOutput, current != nil {
                let (text, column) = Self.afterPrompt(content, column: indent)
                let (statement, tolerance) = tolComment(text, at: Line(index: index, column: column, text: text))
                current?.source.append(Line(index: index, column: column, text: statement))
                if let tolerance { current?.tolerance = tolerance }
            } else if content.allSatisfy({ $0 == " " || $0 == "\t" }) {
                // A blank line ends the step, as in doctest.
                if let step = current { steps.append(step) }
                current = nil
            } else if current != nil {
                inOutput = true
                let (text, tolerance) = tolComment(String(content), at: Line(index: index, column: indent, text: String(content)))
                if let tolerance { current?.tolerance = tolerance }
                if !text.isEmpty { current?.expected.append(Line(index: index, column: indent, text: text)) }
            } else {
                strayLines.append(Line(index: index, column: indent, text: String(content)))
            }
        }
        if let step = current { steps.append(step) }
    }

    /// The text after `>>>` or `...` and one optional space, with its column.
    private static func afterPrompt(_ content: Substring, column: Int) -> (String, Int) {
        var text = content.dropFirst(3)
        var column = column + 3
        if text.first == " " {
            text = text.dropFirst()
            column += 1
        }
        return (String(text), column)
    }

    /// Splits a trailing `# tol=…` comment off `text`; the statement keeps other comments.
    private mutating func tolComment(_ text: String, at line: Line) -> (String, Double?) {
        guard let hash = text.lastIndex(of: "#") else { return (text, nil) }
        let comment = text[text.index(after: hash)...].drop { $0 == " " }
        guard comment.hasPrefix("tol") else { return (text, nil) }
        let afterKey = comment.dropFirst(3).drop { $0 == " " }
        guard afterKey.first == "=" else { return (text, nil) }
        let valueText = afterKey.dropFirst().trimmingSpaces()
        let kept = String(text[..<hash]).trimmingTrailingSpaces()
        guard let tolerance = Double(valueText), tolerance >= 0, tolerance.isFinite else {
            badTolerances.append(Line(index: line.index, column: line.column + text.distance(from: text.startIndex, to: hash),
                                      text: String(text[hash...])))
            return (kept, nil)
        }
        return (kept, tolerance)
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }).trimmingTrailingSpaces()
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " || copy.last == "\t" { copy.removeLast() }
        return copy
    }
}
