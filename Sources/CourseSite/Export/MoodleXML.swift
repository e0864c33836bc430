import CourseKit
import LecternMarkdown

/// Quizzes as Moodle XML, for Moodle's question bank (Question bank → Import, format "Moodle XML").
///
/// One `category` question per module puts its quizzes in a category named after the course and
/// the module. Single choice is `multichoice` with `<single>true</single>` (the key 100, the rest 0);
/// multiple answer is `multichoice` with `<single>false</single>`, each marked option 100/k for k
/// marked options and each other option −100/w for w unmarked ones, so choosing every option scores
/// nothing; true/false is `truefalse`; numeric is `numerical` with the quiz's absolute tolerance.
/// Texts are HTML in CDATA with math as TeX in `\( … \)` for Moodle's MathJax filter, and the
/// explanation is the general feedback.
package enum MoodleXML {
    /// The Moodle XML document of `items`; `course` names the top category.
    package static func document(for items: [ExportItem], course: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
        var module: String?
        for item in items {
            if item.module != module {
                module = item.module
                xml += "  <question type=\"category\">\n    <category><text>"
                xml += ExportXHTML.escape(category(course: course, module: item.module)) + "</text></category>\n  </question>\n"
            }
            xml += question(item)
        }
        return xml + "</quiz>\n"
    }

    /// Moodle's category path; a `/` inside a name is written `//`, as Moodle's exporter does.
    package static func category(course: String, module: String) -> String {
        func part(_ name: String) -> String { name.replacingOccurrences(of: "/", with: "//") }
        return "$course$/top/\(part(course))/\(part(module))"
    }

    /// A fraction as Moodle lists its grades: at most five decimals, no trailing zeros.
    package static func fraction(_ value: Double) -> String {
        let rounded = (value * 100_000).rounded() / 100_000
        return ExportNumber.text(rounded)
    }

    private static func cdata(_ text: String) -> String {
        "<![CDATA[" + text.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    private static func html(_ blocks: [Block<CheckedStage>]) -> String {
        "<text>" + cdata(ExportXHTML.of(blocks, math: .tex)) + "</text>"
    }

    private static func answer(_ fraction: String, _ text: String, extra: String = "") -> String {
        "    <answer fraction=\"\(fraction)\" format=\"html\">\(text)\(extra)<feedback format=\"html\"><text></text></feedback></answer>\n"
    }

    private static func question(_ item: ExportItem) -> String {
        let type = switch item.kind {
        case .singleChoice, .multipleAnswer: "multichoice"
        case .trueFalse: "truefalse"
        case .numeric: "numerical"
        }
        var xml = "  <question type=\"\(type)\">\n"
        xml += "    <name><text>\(ExportXHTML.escape(item.id))</text></name>\n"
        xml += "    <questiontext format=\"html\">\(html(item.question))</questiontext>\n"
        xml += "    <generalfeedback format=\"html\">\(html(item.explanation ?? []))</generalfeedback>\n"
        xml += "    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n"
        xml += "    <idnumber>\(ExportXHTML.escape(item.id))</idnumber>\n"
        switch item.kind {
        case .singleChoice, .multipleAnswer:
            let single = item.kind == .singleChoice
            let right = item.options.filter(\.correct).count
            let wrong = item.options.count - right
            xml += "    <single>\(single)</single>\n    <shuffleanswers>false</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n"
            for option in item.options {
                let value: Double = if single { option.correct ? 100 : 0 } else { option.correct ? 100 / Double(right) : -100 / Double(wrong) }
                xml += answer(fraction(value), html(option.blocks))
            }
        case .trueFalse:
            let key = item.boolean ?? true
            xml += answer(key ? "100" : "0", "<text>true</text>")
            xml += answer(key ? "0" : "100", "<text>false</text>")
        case .numeric:
            let tolerance = "<tolerance>\(ExportNumber.text(item.tolerance ?? 0))</tolerance>"
            xml += answer("100", "<text>\(ExportNumber.text(item.number ?? 0))</text>", extra: tolerance)
            xml += "    <unitgradingtype>0</unitgradingtype>\n    <showunits>3</showunits>\n"
        }
        return xml + "  </question>\n"
    }
}
