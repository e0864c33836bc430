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
        /// 0-based line index in the body.
        public var index: Int
        /// 0-based character column where `text` starts.
        public var column: Int
        /// The text, without prompt or `# tol=` comment.
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
        public var statement: String {
            source.count == 1 ? source[0].text : source.map(\.text).joined(separator: "\n")
        }

        /// The expected output as written, or nil.
        public var expectedText: String? {
            switch expected.count {
            case 0: nil
            case 1: expected[0].text
            default: expected.map(\.text).joined(separator: "\n")
            }
        }
    }

    /// The statements in order.
    public var steps: [Step]
    /// Output lines with no statement before them.
    public var strayLines: [Line]
    /// `# tol=` comments whose value is not a number.
    public var badTolerances: [Line]

    /// Parses the body of an example block (the lines between the fences).
    public init(body: String) {
        steps = []
        strayLines = []
        badTolerances = []
        var current: Step?
        var inOutput = false
        // Work on UTF-8 bytes: prompts and indentation are ASCII, so byte counts are columns there.
        let lines = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            var line = rawLine
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            let indent = line.prefix { $0 == 32 || $0 == 9 }.count
            let content = line.dropFirst(indent)
            if content.starts(with: ">>>".utf8) {
                if let step = current { steps.append(step) }
                let (text, column) = Self.afterPrompt(content, column: indent)
                let (statement, tolerance) = tolComment(text, at: Line(index: index, column: column, text: text))
                current = Step(source: [Line(index: index, column: column, text: statement)], expected: [], tolerance: tolerance)
                inOutput = false
            } else if content.starts(with: "...".utf8), !inOutput, current != nil {
                let (text, column) = Self.afterPrompt(content, column: indent)
                let (statement, tolerance) = tolComment(text, at: Line(index: index, column: column, text: text))
                current?.source.append(Line(index: index, column: column, text: statement))
                if let tolerance { current?.tolerance = tolerance }
            } else if content.allSatisfy({ $0 == 32 || $0 == 9 }) {
                // A blank line ends the step, as in doctest.
                if let step = current { steps.append(step) }
                current = nil
            } else if current != nil {
                inOutput = true
                let text = String(Substring(content))
                let (expected, tolerance) = tolComment(text, at: Line(index: index, column: indent, text: text))
                if let tolerance { current?.tolerance = tolerance }
                if !expected.isEmpty { current?.expected.append(Line(index: index, column: indent, text: expected)) }
            } else {
                strayLines.append(Line(index: index, column: indent, text: String(Substring(content))))
            }
        }
        if let step = current { steps.append(step) }
    }

    /// The text after `>>>` or `...` and one optional space, with its column.
    private static func afterPrompt(_ content: Substring.UTF8View, column: Int) -> (String, Int) {
        var text = content.dropFirst(3)
        var column = column + 3
        if text.first == 32 {
            text = text.dropFirst()
            column += 1
        }
        return (String(Substring(text)), column)
    }

    /// Splits a trailing `# tol=…` comment off `text`; the statement keeps other comments.
    private mutating func tolComment(_ text: String, at line: Line) -> (String, Double?) {
        guard text.utf8.contains(UInt8(ascii: "#")), let hash = text.lastIndex(of: "#") else { return (text, nil) }
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
