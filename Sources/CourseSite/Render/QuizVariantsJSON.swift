import CourseKit
import Foundation

/// The variants of a parameterised quiz as the page carries them: a JSON array in a
/// `<script type="application/json">`, one object per variant with the HTML the script swaps
/// into the form (legend, further question blocks, option texts, explanation, hint) and the key
/// it grades with. The first element is the variant the page shows without the script.
enum QuizVariantsJSON {
    /// One variant for the script.
    struct Entry: Encodable {
        var legend: String
        var more: String
        var options: [String]
        var key: String
        var tolerance: String
        var explanation: String
        var hint: String
        var answer: String
    }

    /// The JSON text of `views`, safe inside a `<script>` element: `<`, `>` and `&` are written as
    /// `\u003c`, `\u003e` and `\u0026`, so no `</script>` or comment opener can occur in it.
    static func script(for views: [QuizView]) -> String {
        let entries = views.map { view in
            Entry(legend: view.legend.markup, more: view.questionMore?.markup ?? "", options: view.options.map(\.html.markup),
                  key: view.key.markup, tolerance: view.tolerance.markup, explanation: view.explanation?.markup ?? "",
                  hint: view.hint?.markup ?? "", answer: view.answer.markup)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        let json = String(decoding: data, as: UTF8.self)
        return json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
