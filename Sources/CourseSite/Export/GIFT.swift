import CourseKit
import LecternMarkdown

/// Quizzes in Moodle's GIFT text format (Question bank → Import, format "GIFT").
///
/// Each quiz is `::id::[html]question{answers####explanation}`: single choice `=key ~other`,
/// multiple answer `~%w%option` with the marked options' weights summing to 100 and the others
/// negative (as in `MoodleXML`), true/false `{T}` or `{F}`, numeric `{#value:tolerance}`. Texts are
/// the same HTML as the Moodle XML export, math as TeX in `\( … \)`, and every backslash and every
/// GIFT special (`~ = # { } :`) in them is escaped with a backslash, newlines as `\n`, as Moodle's
/// own GIFT exporter writes them. A `$CATEGORY:` line per module names the category (Moodle
/// reads that line as it is, so it is not escaped; line breaks in names become spaces).
package enum GIFT {
    /// The GIFT file of `items`; `course` names the top category.
    package static func document(for items: [ExportItem], course: String) -> String {
        var text = ""
        var module: String?
        for item in items {
            if item.module != module {
                module = item.module
                let path = MoodleXML.category(course: course, module: item.module)
                text += "$CATEGORY: " + path.replacingOccurrences(of: "\n", with: " ") + "\n\n"
            }
            text += question(item) + "\n\n"
        }
        return text
    }

    /// `text` with GIFT's specials, backslashes and line breaks escaped.
    package static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "~", "=", "#", "{", "}", ":": result += "\\" + String(character)
            case "\n": result += "\\n"
            case "\r": break
            default: result.append(character)
            }
        }
        return result
    }

    private static func html(_ blocks: [Block<CheckedStage>]) -> String {
        escape(ExportXHTML.of(blocks, math: .tex))
    }

    private static func question(_ item: ExportItem) -> String {
        var text = "::\(escape(item.id))::[html]\(html(item.question)){"
        switch item.kind {
        case .singleChoice:
            for option in item.options { text += "\n\t\(option.correct ? "=" : "~")\(html(option.blocks))" }
            text += "\n"
        case .multipleAnswer:
            let right = item.options.filter(\.correct).count
            let wrong = item.options.count - right
            for option in item.options {
                let weight = option.correct ? 100 / Double(right) : -100 / Double(wrong)
                text += "\n\t~%\(MoodleXML.fraction(weight))%\(html(option.blocks))"
            }
            text += "\n"
        case .trueFalse:
            text += item.boolean == false ? "F" : "T"
        case .numeric:
            text += "#\(ExportNumber.text(item.number ?? 0)):\(ExportNumber.text(item.tolerance ?? 0))"
        }
        if let explanation = item.explanation { text += "####" + html(explanation) }
        return text + "}"
    }
}
