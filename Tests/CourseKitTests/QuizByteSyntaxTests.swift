import Diagnostics
import Foundation
import Testing
@testable import CourseKit

/// The quiz parser's byte reading of plain ASCII lines against its `Character` reading, line by
/// line and on whole quizzes: same quiz, same diagnostics at the same places.
@Suite("Quiz lines read on bytes match the character reading")
struct QuizByteSyntaxTests {
    /// Lines that make quizzes of every shape, well formed or not, and lines that keep the byte
    /// reading out (non-ASCII text, combining marks, lone CRs).
    static let pool = [
        "What is 2 + 2?", "Note: this is a question?", "Quelle est la dérivée de e\u{301}?", "", "  ", "\t",
        "- [ ] 3", "- [x] 4", "* [X] four", "+ [ ] five", "-  [ ]  spaced", "-\t[ ] tab", "- [y] bad", "- [x]",
        "- [ ]\tx", "- [x]é", "- [ ] é option", "- [ ] {= 2 + 2}", "- [x] 0.5", "- [", "- [x", "-", "*  [X]",
        "  continued", "\tcontinued with tab", "   more é", "> because", ">no space", ">", " > indented",
        "> e\u{301} done", "answer: 4", "answer:\t4 ", "answer: true", "answer:", "answer:   ", "answr: 4",
        "Answer: 4", "anwser: 4", "tolerance: 1e-3", "tolerance: 5%", "id: my-quiz", "id: é", "hint: think",
        "hint:", "check: x = 2 + 2", "check: x = (", "check:", "params: x = randint(1, 3)", "variants: 3",
        "constraint: x != 0", "foo_bar-1: z", "x1: y", "9lives: no", "key:value", "key :value", "a\rb: c",
        "é: x", "k\u{301}ey: v", "-\u{301} [ ] x", "- [x\u{301}] y", ">\u{301} x", "answer: {= 3 + 1}",
        "id: a.b_c-1", "explanation: nope", "What is $\\frac{1}{2}$?", ":", "a:", "a:b", "_x: y", "a-b_c9:",
    ]

    /// A quiz body from `pool`, some lines indented or with trailing blanks, some ending in CR
    /// (a CR LF pair in the body) or in a lone CR.
    static func body(_ seed: UInt64) -> String {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var lines: [String] = []
        for _ in 0..<(1 + next(10)) {
            var line = pool[next(pool.count)]
            switch next(12) {
            case 0: line = " " + line
            case 1: line = "\t" + line
            case 2: line = "  \t" + line
            case 3: line += "  "
            case 4: line += "\t"
            case 5: line += "\r"
            default: break
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + (next(4) == 0 ? "" : "\n")
    }

    static let bodies = (0..<4000).map { body(UInt64($0)) }

    static func parse(_ body: String, byCharacters: Bool) -> (quiz: String, diagnostics: [Diagnostic]) {
        let start = SourceLocation(file: "lesson.md", line: 4, column: 1)
        let fence = SourceRange(start: SourceLocation(file: "lesson.md", line: 3, column: 1), length: 3)
        let (quiz, diagnostics) = QuizParser().parse(
            body: body, bodyMap: SnippetMap(snippet: body, startingAt: start), fenceRange: fence, byCharacters: byCharacters
        )
        var dumped = ""
        dump(quiz, to: &dumped)
        return (dumped, diagnostics)
    }

    @Test func wholeQuizzesMatch() {
        for body in Self.bodies {
            let bytes = Self.parse(body, byCharacters: false)
            let characters = Self.parse(body, byCharacters: true)
            #expect(bytes.quiz == characters.quiz, "\(body.debugDescription)")
            #expect(bytes.diagnostics == characters.diagnostics, "\(body.debugDescription)")
        }
    }

    /// The comparison above is only worth something if the bodies reach both readings and make
    /// valid quizzes as well as most of the parser's errors.
    @Test func bodiesCoverBothReadingsAndManyOutcomes() {
        var plain = 0, other = 0, valid = 0
        var codes: Set<String> = []
        for body in Self.bodies {
            for line in FenceBodyLine.lines(of: body) {
                if QuizLineSyntax.isPlainASCII(line.text) { plain += 1 } else { other += 1 }
            }
            let (quiz, diagnostics) = Self.parse(body, byCharacters: false)
            if quiz != "- nil\n" { valid += 1 }
            codes.formUnion(diagnostics.map(\.code))
        }
        #expect(plain > 10_000)
        #expect(other > 2_000)
        #expect(valid > 100)
        for code in [Codes.quizStrayText, Codes.quizUnknownField, Codes.quizDuplicateField, Codes.quizNoQuestion,
                     Codes.quizEmptyOption, Codes.quizBadAnswer, Codes.quizBadTolerance, Codes.quizCheckSyntax] {
            #expect(codes.contains(code), "\(code)")
        }
    }

    /// Every pool line, bare and after leading blanks, through each syntax reading.
    @Test func lineSyntaxMatches() {
        var checked = 0
        for base in Self.pool {
            for text in [base, "  " + base, "\t" + base, base + " \t", "- [x] " + base] {
                let line = Substring(text)
                guard QuizLineSyntax.isPlainASCII(line) else { continue }
                checked += 1
                let content = line[QuizLineSyntax.blanksEndBytes(line)...]
                #expect(content == line.drop { $0 == " " || $0 == "\t" })
                let byteOption = QuizLineSyntax.optionMarkerBytes(content)
                let characterOption = QuizLineSyntax.optionMarker(content)
                #expect(byteOption?.marked == characterOption?.marked, "\(text.debugDescription)")
                #expect(byteOption?.textStart == characterOption?.textStart, "\(text.debugDescription)")
                let byteField = QuizLineSyntax.fieldSyntaxBytes(content)
                let characterField = QuizLineSyntax.fieldSyntax(content)
                #expect(byteField?.name == characterField?.name, "\(text.debugDescription)")
                #expect(byteField?.valueStart == characterField?.valueStart, "\(text.debugDescription)")
                let trimmed = line.lastIndex { $0 != " " && $0 != "\t" }.map { line.index(after: $0) } ?? line.startIndex
                #expect(QuizLineSyntax.trimmedEndBytes(line) == trimmed, "\(text.debugDescription)")
            }
        }
        #expect(checked > 200)
    }

    /// Option texts are trimmed on bytes when plain: the same as Foundation's whitespace trimming.
    @Test func trimmingMatchesFoundation() {
        var checked = 0
        for body in Self.bodies.prefix(1000) {
            for text in [body, " \t" + body + " ", "\n " + body + "\t\n", "   ", ""] {
                guard QuizLineSyntax.isPlainASCII(Substring(text)) else { continue }
                checked += 1
                #expect(String(QuizLineSyntax.trimmedBytes(Substring(text))) == text.trimmingCharacters(in: .whitespaces),
                        "\(text.debugDescription)")
            }
        }
        #expect(checked > 500)
    }

    @Test func crAndNonASCIILinesAreNotPlain() {
        #expect(QuizLineSyntax.isPlainASCII("- [x] 4"))
        #expect(!QuizLineSyntax.isPlainASCII("- [x] 4\r"))
        #expect(!QuizLineSyntax.isPlainASCII("a\rb: c"))
        #expect(!QuizLineSyntax.isPlainASCII("- [x\u{301}] y"))
        #expect(!QuizLineSyntax.isPlainASCII("é: x"))
    }

    /// Columns on an ASCII line next to a non-ASCII one: the byte reading's offsets are scalar columns.
    @Test func columnsAfterANonASCIILine() throws {
        let body = "Quelle dérivée ?\n- [x] é\n  - [ ] 2\nanswr: 4\nstray é\n"
        let (_, diagnostics) = Self.parse(body, byCharacters: false)
        #expect(diagnostics.map(\.where_) == ["quiz.unknown-field@7:1", "quiz.stray-text@8:1"])
        let unknown = try #require(diagnostics.first?.range)
        #expect(unknown.end == SourceLocation(file: "lesson.md", line: 7, column: 6))
        #expect(diagnostics == Self.parse(body, byCharacters: true).diagnostics)
    }
}
