import Calc
import CourseKit
import Foundation

/// Builds the view models of a page's quizzes from their checked form and rendered texts.
package enum QuizRenderer {
    /// How many variants of one quiz a page carries: enough for practice, while a quiz with
    /// 1,000 proven variants does not make its page a megabyte heavier.
    package static let pageVariantLimit = 30

    /// The view of one quiz.
    ///
    /// - Parameters:
    ///   - number: the quiz's 1-based position on its page; `count`: how many quizzes the page has.
    ///   - html: renders one of the quiz's texts (question, option, explanation, hint) to HTML.
    package static func view(of checked: CheckedQuiz, number: Int, count: Int, html: (CheckedDocument) -> String) -> QuizView {
        var view = singleView(of: checked, number: number, count: count, html: html)
        if checked.variants.count > 1 {
            // The page shows the first variant; the script swaps in another from this list. Every
            // variant is proven, but a page carries at most `pageVariantLimit` of them.
            let views = checked.variants(upTo: pageVariantLimit).map { variant in
                singleView(of: CheckedQuiz(quiz: variant.quiz, status: variant.status, texts: variant.texts),
                           number: number, count: count, html: html)
            }
            view.variants = HTML(trusted: QuizVariantsJSON.script(for: views))
        }
        return view
    }

    /// The view of one quiz or variant, as the page shows it without the script.
    private static func singleView(of checked: CheckedQuiz, number: Int, count: Int, html: (CheckedDocument) -> String) -> QuizView {
        let quiz = checked.quiz
        let anchor = anchor(for: quiz.id)
        let question = html(checked.texts.question)
        let (legend, more) = splitFirstParagraph(question)
        var options: [QuizView.Option] = []
        var key = ""
        var answer = ""
        switch quiz.kind {
        case .singleChoice, .multipleAnswer:
            let inputType = HTML(trusted: quiz.kind == .singleChoice ? "radio" : "checkbox")
            var correct: [String] = []
            for (index, option) in quiz.options.enumerated() {
                let rendered = html(checked.texts.options[index])
                let inline = unwrapSingleParagraph(rendered)
                options.append(QuizView.Option(inputType: inputType, anchor: anchor, value: HTML(trusted: String(index)), html: HTML(trusted: inline)))
                if option.isMarked { correct.append(inline) }
            }
            key = quiz.options.indices.filter { quiz.options[$0].isMarked }.map(String.init).joined(separator: ",")
            answer = correct.joined(separator: "; ")
        case .trueFalse:
            options = ["true", "false"].map {
                QuizView.Option(inputType: HTML(trusted: "radio"), anchor: anchor, value: HTML(trusted: $0), html: HTML(trusted: $0 == "true" ? "True" : "False"))
            }
            key = checked.keyText ?? ""
            answer = key == "true" ? "True" : "False"
        case .numeric:
            // The script reads the key with parseFloat: give it the value (`73.1%` is 0.731).
            if case .number(let number)? = quiz.answer?.value { key = "\(Value.number(number.value))" }
            answer = HTML.escape(checked.keyText ?? "")
        }
        let tolerance = quiz.kind == .numeric ? quiz.effectiveTolerance.map { "\($0)" } ?? "" : ""
        return QuizView(
            anchor: anchor, id: .text(quiz.id), kind: HTML(trusted: quiz.kind.rawValue), key: .text(key),
            tolerance: .text(tolerance), number: number, count: count, legend: HTML(trusted: legend),
            questionMore: more.map(HTML.init(trusted:)),
            options: options, hasOptions: !options.isEmpty, numeric: quiz.kind == .numeric,
            hint: checked.texts.hint.map { HTML(trusted: html($0)) },
            explanation: checked.texts.explanation.map { HTML(trusted: html($0)) },
            answer: HTML(trusted: answer)
        )
    }

    /// The step strip of a page's quizzes.
    package static func steps(of quizzes: [CheckedQuiz]) -> QuizStepsView {
        QuizStepsView(steps: quizzes.enumerated().map { index, checked in
            QuizStepsView.Step(number: index + 1, anchor: anchor(for: checked.quiz.id), id: .text(checked.quiz.id))
        })
    }

    /// The form's element id: the quiz id, prefixed so it cannot clash with heading anchors.
    package static func anchor(for id: String) -> HTML {
        .text("quiz-" + id)
    }

    /// The content of a lone `<p>…</p>`; other markup unchanged.
    static func unwrapSingleParagraph(_ html: String) -> String {
        let (first, rest) = splitFirstParagraph(html)
        return rest == nil && html.hasPrefix("<p>") ? first : html
    }

    /// The inline content of a leading paragraph and the blocks after it (nil when none).
    /// Markup that does not start with a paragraph stays whole in the second part.
    ///
    /// On UTF-8 bytes when every scalar is a character of its own (then a byte match of the
    /// ASCII tags is a character match); else `Character` by `Character`. The `Substring`
    /// search cost about 65,000 instructions per quiz text (issue 13).
    static func splitFirstParagraph(_ html: String) -> (String, String?) {
        var html = html
        let split = html.withUTF8 { bytes -> (String, String?)? in
            guard StandAloneScalars.all(in: bytes) else { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
            let open = Array("<p>".utf8), close = Array("</p>".utf8)
            guard end >= open.count, bytes[0..<open.count].elementsEqual(open),
                  let closeStart = UTF8Search.find(bytes[0..<end], "</p>", from: 0) else {
                return ("Question", end == 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self))
            }
            let first = closeStart >= open.count
                ? String(decoding: UnsafeBufferPointer(rebasing: bytes[open.count..<closeStart]), as: UTF8.self) : ""
            var restStart = closeStart + close.count
            while restStart < end, bytes[restStart] == UInt8(ascii: "\n") { restStart += 1 }
            return (first, restStart == end ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[restStart..<end]), as: UTF8.self))
        }
        return split ?? characterSplitFirstParagraph(html)
    }

    /// `splitFirstParagraph` by `Character`: the reference the byte path is tested against.
    static func characterSplitFirstParagraph(_ html: String) -> (String, String?) {
        var trimmed = Substring(html)
        while trimmed.last == "\n" { trimmed = trimmed.dropLast() }
        guard trimmed.hasPrefix("<p>"), let close = trimmed.range(of: "</p>") else {
            return ("Question", trimmed.isEmpty ? nil : String(trimmed))
        }
        let first = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 3)..<close.lowerBound])
        let rest = trimmed[close.upperBound...].drop { $0 == "\n" }
        return (first, rest.isEmpty ? nil : String(rest))
    }
}
