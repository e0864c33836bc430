import Foundation
import Calc
import Diagnostics

/// Reads the body of a ```` ```quiz ```` fence into a `Quiz`, line by line.
///
/// The body's structure is simple enough to read by lines: question paragraphs first, then a task
/// list of options (`- [ ]` / `- [x]`), `> ` explanation lines and `key: value` fields in any order,
/// a field continued by indented lines. Texts stay Markdown with maps back to the author's file;
/// the renderer parses them as Markdown later. Every mistake is a diagnostic at the author's line.
package struct QuizParser: Sendable {
    /// Creates a parser.
    package init() {}

    /// Parses one quiz. Returns nil (and at least one error) when the quiz is malformed.
    ///
    /// - Parameters:
    ///   - body: the fence's content without the fence lines.
    ///   - bodyMap: maps scalar offsets in `body` to the author's file.
    ///   - fenceRange: the whole fence, for errors about the quiz as a whole.
    package func parse(body: String, bodyMap: SnippetMap, fenceRange: SourceRange) -> (Quiz?, [Diagnostic]) {
        parse(body: body, bodyMap: bodyMap, fenceRange: fenceRange, byCharacters: false)
    }

    /// `parse`, reading every line on `Character`s when `byCharacters` is set (for the tests
    /// that compare it with the byte reading of ASCII lines).
    func parse(body: String, bodyMap: SnippetMap, fenceRange: SourceRange, byCharacters: Bool) -> (Quiz?, [Diagnostic]) {
        var state = State(lines: Self.lines(of: body), map: bodyMap, fenceRange: fenceRange, byCharacters: byCharacters)
        state.readLines()
        return state.finish()
    }

    /// The body's lines with the scalar offset where each starts.
    private static func lines(of body: String) -> [Line] {
        var result = FenceBodyLine.lines(of: body)
        // A body ending in a newline has an empty last piece that is not a line.
        if body.hasSuffix("\n"), result.last?.text.isEmpty == true { result.removeLast() }
        return result
    }
}

/// One line of the body and the scalar offset of its first character in the body.
private typealias Line = FenceBodyLine

extension FenceBodyLine {
    fileprivate var isBlank: Bool { text.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } }
    fileprivate func isIndented(ascii: Bool) -> Bool {
        guard ascii else { return text.first == " " || text.first == "\t" }
        return text.utf8.first == UInt8(ascii: " ") || text.utf8.first == UInt8(ascii: "\t")
    }
}

/// What an indented line continues.
private enum Continuation {
    case none
    case option(Int)
    case field(QuizFieldName)
}

private struct State {
    let lines: [Line]
    let map: SnippetMap
    let fenceRange: SourceRange
    /// Reads every line on `Character`s, even plain ASCII ones (for the tests).
    let byCharacters: Bool
    var diagnostics: [Diagnostic] = []

    var questionLines: [(text: Substring, location: SourceLocation)] = []
    var inQuestion = true
    var options: [(marked: Bool, marker: SourceRange, textLines: [(text: Substring, location: SourceLocation)])] = []
    var explanationLines: [(text: Substring, location: SourceLocation)] = []
    var lastExplanationLine = -2
    var fields = QuizFieldTable()
    var continuation = Continuation.none
    /// Set by an unknown field, which is likely a misspelt `answer:`; the "no answer" error would only repeat it.
    var sawUnknownField = false

    init(lines: [Line], map: SnippetMap, fenceRange: SourceRange, byCharacters: Bool) {
        self.lines = lines
        self.map = map
        self.fenceRange = fenceRange
        self.byCharacters = byCharacters
    }

    // MARK: positions

    func location(_ line: Line, _ scalarColumn: Int) -> SourceLocation {
        map.location(atScalarOffset: line.offset + scalarColumn)
    }

    func range(_ line: Line, from start: Int, to end: Int) -> SourceRange {
        map.range(atScalarOffset: line.offset + start, length: max(end - start, 1))
    }

    func scalarOffset(_ line: Line, _ index: Substring.Index) -> Int {
        line.text.unicodeScalars[line.text.startIndex..<index].count
    }

    /// `scalarOffset` on a plain ASCII line, where a byte is a scalar.
    func column(_ line: Line, _ index: Substring.Index, ascii: Bool) -> Int {
        ascii ? line.text.utf8.distance(from: line.text.startIndex, to: index) : scalarOffset(line, index)
    }

    /// The line without its leading spaces and tabs.
    func content(of line: Line, ascii: Bool) -> Substring {
        ascii ? line.text[QuizLineSyntax.blanksEndBytes(line.text)...] : line.text.drop { $0 == " " || $0 == "\t" }
    }

    // MARK: reading

    mutating func readLines() {
        for (number, line) in lines.enumerated() {
            read(line, number: number)
        }
    }

    mutating func read(_ line: Line, number: Int) {
        if line.isBlank {
            continuation = .none
            if inQuestion, !questionLines.isEmpty { questionLines.append(("", location(line, 0))) }
            return
        }
        let ascii = !byCharacters && QuizLineSyntax.isPlainASCII(line.text)
        if line.isIndented(ascii: ascii), continueBlock(with: line, ascii: ascii) { return }
        let text = line.text
        let content = content(of: line, ascii: ascii)
        let indent = column(line, content.startIndex, ascii: ascii)

        if let option = ascii ? QuizLineSyntax.optionMarkerBytes(content) : QuizLineSyntax.optionMarker(content) {
            inQuestion = false
            let textStart = column(line, option.textStart, ascii: ascii)
            options.append((
                marked: option.marked,
                marker: range(line, from: indent, to: indent + 1),
                textLines: [(content[option.textStart...], location(line, textStart))]
            ))
            continuation = .option(options.count - 1)
            return
        }
        if ascii ? content.utf8.first == UInt8(ascii: ">") : content.first == ">" {
            inQuestion = false
            continuation = .none
            var rest = ascii ? content[content.utf8.index(after: content.startIndex)...] : content.dropFirst()
            if ascii ? rest.utf8.first == UInt8(ascii: " ") : rest.first == " " {
                rest = ascii ? rest[rest.utf8.index(after: rest.startIndex)...] : rest.dropFirst()
            }
            if !explanationLines.isEmpty, lastExplanationLine != number - 1 {
                explanationLines.append(("", location(line, indent)))
            }
            explanationLines.append((rest, location(line, column(line, rest.startIndex, ascii: ascii))))
            lastExplanationLine = number
            return
        }
        if let field = ascii ? QuizLineSyntax.fieldSyntaxBytes(content) : QuizLineSyntax.fieldSyntax(content) {
            let nameStart = indent
            // The name is ASCII either way.
            let nameEnd = nameStart + field.name.utf8.count
            if let known = QuizFieldName(rawValue: String(field.name)) {
                inQuestion = false
                readField(known, line: line, nameRange: range(line, from: nameStart, to: nameEnd), valueStart: field.valueStart, ascii: ascii)
                return
            }
            let suggestion = QuizFieldName.suggestion(for: String(field.name))
            if !inQuestion || suggestion != nil {
                inQuestion = false
                continuation = .none
                unknownField(String(field.name), range: range(line, from: nameStart, to: nameEnd), suggestion: suggestion)
                return
            }
        }
        if inQuestion {
            questionLines.append((text, location(line, 0)))
            return
        }
        // A line right after an option's line continues it lazily, as in Markdown.
        if case .option(let index) = continuation {
            options[index].textLines.append((content, location(line, indent)))
            return
        }
        // So does a line right after an explanation line (a lazy block-quote continuation).
        if lastExplanationLine == number - 1 {
            explanationLines.append((content, location(line, indent)))
            lastExplanationLine = number
            return
        }
        continuation = .none
        diagnostics.append(.error(
            Codes.quizStrayText,
            "text after the options is not part of the quiz; put the question first, options as '- [ ]' lines and the explanation after '> '",
            at: range(line, from: indent, to: indent + (ascii ? content.utf8.count : content.unicodeScalars.count))
        ))
    }

    /// Appends an indented line to the option or field it continues; false when there is none.
    mutating func continueBlock(with line: Line, ascii: Bool) -> Bool {
        let content = content(of: line, ascii: ascii)
        let start = location(line, column(line, content.startIndex, ascii: ascii))
        switch continuation {
        case .none:
            return false
        case .option(let index):
            options[index].textLines.append((content, start))
        case .field(let name):
            fields.append((content, start), to: name)
        }
        return true
    }

    mutating func readField(_ name: QuizFieldName, line: Line, nameRange: SourceRange, valueStart: Substring.Index, ascii: Bool) {
        let value = line.text[valueStart...]
        let trimmedEnd = ascii
            ? QuizLineSyntax.trimmedEndBytes(value)
            : value.lastIndex { $0 != " " && $0 != "\t" }.map { value.index(after: $0) } ?? value.startIndex
        let valueText = value[..<trimmedEnd]
        let start = column(line, valueStart, ascii: ascii)
        let valueRange = range(line, from: start, to: start + (ascii ? valueText.utf8.count : valueText.unicodeScalars.count))
        if let earlier = fields[name] {
            diagnostics.append(.error(
                Codes.quizDuplicateField,
                "'\(name.rawValue):' is given twice; keep one",
                at: nameRange,
                notes: [DiagnosticNote("first given here", range: earlier.name)]
            ))
            continuation = .none
            return
        }
        let pieces = valueText.isEmpty ? [] : [(text: valueText, location: location(line, start))]
        fields[name] = (pieces, nameRange, valueRange)
        continuation = .field(name)
    }

    mutating func unknownField(_ name: String, range: SourceRange, suggestion: QuizFieldName?) {
        sawUnknownField = true
        let known = QuizFieldName.allCases.map { "'\($0.rawValue):'" }.joined(separator: ", ")
        if let suggestion {
            diagnostics.append(.error(
                Codes.quizUnknownField,
                "unknown quiz field '\(name):'; did you mean '\(suggestion.rawValue):'?",
                at: range,
                fixIt: FixIt(range: range, replacement: suggestion.rawValue)
            ))
        } else {
            diagnostics.append(.error(
                Codes.quizUnknownField,
                "unknown quiz field '\(name):'",
                at: range,
                notes: [DiagnosticNote("quiz fields are \(known)")]
            ))
        }
    }
}

// MARK: assembling the quiz

extension State {
    mutating func finish() -> (Quiz?, [Diagnostic]) {
        while questionLines.last?.text.isEmpty == true { questionLines.removeLast() }
        let question = QuizText(lines: questionLines)
        let fenceStart = SourceRange(start: fenceRange.start, length: 3)
        if questionLines.isEmpty {
            diagnostics.append(.error(Codes.quizNoQuestion, "the quiz has no question; write it as the first paragraph of the fence", at: fenceStart))
        }

        let answer = readAnswer()
        let tolerance = readTolerance()
        let check = readCheck()
        let parameters = readParameters()
        let id = readID(question: question)
        let hint = fields[.hint].flatMap { $0.value.isEmpty ? nil : QuizText(lines: $0.value) }
        let explanation = explanationLines.isEmpty ? nil : QuizText(lines: explanationLines)

        var kind: QuizKind?
        if options.isEmpty {
            switch answer?.value {
            case .number?, .computed?: kind = .numeric
            case .boolean?: kind = .trueFalse
            case nil:
                if fields[.answer] == nil, !sawUnknownField {
                    diagnostics.append(.error(
                        Codes.quizNoOptionsOrAnswer,
                        "the quiz has neither options nor an answer; add '- [x]' options or an 'answer:' field",
                        at: fenceStart
                    ))
                }
            }
        } else {
            if let field = fields[.answer] {
                diagnostics.append(.error(
                    Codes.quizOptionsAndAnswer,
                    "a quiz has either options or an 'answer:', not both; remove one",
                    at: field.name
                ))
            }
            let marked = options.filter(\.marked).count
            if marked == 0 {
                diagnostics.append(.error(
                    Codes.quizNoOptionMarked,
                    "no option is marked correct; mark the right one(s) with '[x]'",
                    at: options[0].marker
                ))
            }
            kind = marked > 1 ? .multipleAnswer : .singleChoice
        }
        for option in options where option.textLines.allSatisfy({ $0.text.allSatisfy { $0 == " " || $0 == "\t" } }) {
            diagnostics.append(.error(Codes.quizEmptyOption, "the option has no text; write it after the box, as in '- [ ] 0.5'", at: option.marker))
        }
        if kind == .trueFalse, let tolerance {
            diagnostics.append(.error(Codes.quizUnusedTolerance, "a true/false quiz has no use for 'tolerance:'; remove it", at: tolerance.range))
        }

        guard let kind, !diagnostics.contains(where: { $0.severity == .error }) else {
            return (nil, diagnostics)
        }
        let quizOptions = options.map { option -> QuizOption in
            let text = QuizText(lines: option.textLines)
            let start = option.textLines[0].location
            let textLength = text.markdown.prefix { $0 != "\n" }.count
            return QuizOption(
                text: text,
                isMarked: option.marked,
                value: Self.optionValue(text),
                textRange: SourceRange(start: start, length: max(textLength, 1)),
                range: SourceRange(start: option.marker.start, end: SourceRange(start: start, length: max(textLength, 1)).end)
            )
        }
        let quiz = Quiz(
            id: id.value, idRange: id.range, kind: kind, question: question, options: quizOptions,
            answer: answer, check: check, tolerance: tolerance, explanation: explanation, hint: hint,
            range: fenceRange, parameters: parameters
        )
        return (quiz, diagnostics)
    }

    mutating func readAnswer() -> QuizAnswer? {
        guard let field = fields[.answer] else { return nil }
        let text = field.value.map { String($0.text) }.joined(separator: " ")
        switch text.lowercased() {
        case "true": return QuizAnswer(value: .boolean(true), range: field.valueRange)
        case "false": return QuizAnswer(value: .boolean(false), range: field.valueRange)
        default: break
        }
        if let number = QuizNumber(text) {
            return QuizAnswer(value: .number(number), range: field.valueRange)
        }
        // `answer: {= relu(w * x)}`: computed for each variant, then read back as the reader sees it.
        if field.value.count == 1, case .computed(let source)? = Self.optionValue(QuizText(lines: field.value)) {
            return QuizAnswer(value: .computed(source), range: field.valueRange)
        }
        diagnostics.append(.error(
            Codes.quizBadAnswer,
            text.isEmpty
                ? "'answer:' is empty; write a number or true/false"
                : "answer '\(text)' is neither a number, true/false nor one '{= …}' value",
            at: text.isEmpty ? field.name : field.valueRange
        ))
        return nil
    }

    mutating func readTolerance() -> QuizField<Double>? {
        guard let field = fields[.tolerance] else { return nil }
        let text = field.value.map { String($0.text) }.joined(separator: " ")
        if let number = QuizNumber(text), !text.hasSuffix("%"), number.value > 0 {
            return QuizField(value: number.value, range: field.valueRange)
        }
        diagnostics.append(.error(
            Codes.quizBadTolerance,
            "tolerance '\(text)' is not a positive number; write e.g. 'tolerance: 1e-6'",
            at: text.isEmpty ? field.name : field.valueRange
        ))
        return nil
    }

    mutating func readCheck() -> QuizCheck? {
        guard let field = fields[.check] else { return nil }
        guard !field.value.isEmpty else {
            diagnostics.append(.error(Codes.quizEmptyCheck, "'check:' is empty; write the Calc statements that prove the key", at: field.name))
            return nil
        }
        return calcText(field, name: .check)
    }

    /// The Calc text of `field` when it parses; otherwise nil and a diagnostic at the column.
    mutating func calcText(_ field: QuizFieldTable.Field, name: QuizFieldName) -> QuizCheck? {
        let text = QuizText(lines: field.value)
        // Syntax is checked here, with the rest of the quiz's form; names are resolved when it runs.
        if case .failure(let error) = Interpreter().parse(text.markdown) {
            diagnostics.append(.error(
                name == .check ? Codes.quizCheckSyntax : Codes.quizParamSyntax,
                "'\(name.rawValue):' does not parse: \(error.message)",
                at: text.map.range(atScalarOffset: error.offset, length: error.length),
                notes: error.notes.map { DiagnosticNote($0) }
            ))
            return nil
        }
        return QuizCheck(source: text.markdown, map: text.map, range: field.name)
    }

    /// `params:`, `constraint:` and `variants:`; the draws themselves are read when the quiz is
    /// checked, since their arguments are Calc values.
    mutating func readParameters() -> QuizParameters? {
        guard let params = fields[.params] else {
            for name in [QuizFieldName.constraint, .variants] {
                guard let field = fields[name] else { continue }
                diagnostics.append(.error(Codes.quizParamSyntax, "'\(name.rawValue):' needs 'params:' to draw the variants from", at: field.name))
            }
            return nil
        }
        guard !params.value.isEmpty else {
            diagnostics.append(.error(Codes.quizParamSyntax, "'params:' is empty; write draws such as 'x = randint(-3, 3)'", at: params.name))
            return nil
        }
        guard let statements = calcText(params, name: .params) else { return nil }
        var constraint: QuizCheck?
        if let field = fields[.constraint] {
            guard !field.value.isEmpty else {
                diagnostics.append(.error(Codes.quizParamSyntax, "'constraint:' is empty; write a condition such as 'x != 0'", at: field.name))
                return nil
            }
            guard let text = calcText(field, name: .constraint) else { return nil }
            constraint = text
        }
        var count: QuizField<Int>?
        if let field = fields[.variants] {
            let text = field.value.map { String($0.text) }.joined(separator: " ")
            guard let number = Int(text), (1...QuizParameters.maxSample).contains(number) else {
                diagnostics.append(.error(
                    Codes.quizBadVariants, "variants '\(text)' is not a whole number from 1 to \(QuizParameters.maxSample)",
                    at: text.isEmpty ? field.name : field.valueRange))
                return nil
            }
            count = QuizField(value: number, range: field.valueRange)
        }
        return QuizParameters(statements: statements, constraint: constraint, sampleSize: count)
    }

    mutating func readID(question: QuizText) -> (value: String, range: SourceRange?) {
        guard let field = fields[.id] else { return (QuizID.derived(fromQuestion: question), nil) }
        let text = field.value.map { String($0.text) }.joined(separator: " ")
        if !QuizID.isValid(text) {
            diagnostics.append(.error(
                Codes.quizBadId,
                "quiz id '\(text)' may contain only letters, digits, '-', '_' and '.', starting with a letter or digit",
                at: text.isEmpty ? field.name : field.valueRange
            ))
        }
        return (text, field.valueRange)
    }

    /// The number an option's whole text stands for, if it is one.
    static func optionValue(_ text: QuizText) -> OptionValue? {
        let markdown = Substring(text.markdown)
        let trimmed = QuizLineSyntax.isPlainASCII(markdown)
            ? String(QuizLineSyntax.trimmedBytes(markdown)) : text.markdown.trimmingCharacters(in: .whitespaces)
        if let number = QuizNumber(trimmed) { return .written(number) }
        guard trimmed.hasPrefix("{="), trimmed.hasSuffix("}"), !trimmed.contains("\n") else { return nil }
        let leading = text.markdown.prefix { $0 == " " }.unicodeScalars.count
        let inner = trimmed.dropFirst(2).dropLast()
        guard !inner.contains("{"), !inner.contains("}") else { return nil }
        let start = text.map.location(atScalarOffset: leading)
        return .computed(InlineValueSource(
            inner: String(inner),
            innerStart: text.map.location(atScalarOffset: leading + 2),
            range: SourceRange(start: start, length: trimmed.count)
        ))
    }
}
