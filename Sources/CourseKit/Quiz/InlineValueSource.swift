import Foundation
import Diagnostics

/// The parts of a `{= expression :format}` value as written, with a map for the expression.
package struct InlineValueSource: Sendable, Hashable {
    /// The Calc expression, trimmed.
    package var expression: String
    /// The format spec after ` :`, without the colon (`.4f`), if any.
    package var format: String?
    /// Maps offsets in `expression` to the author's file.
    package var expressionStart: SourceLocation
    /// The whole `{= … }` in the author's file.
    package var range: SourceRange

    /// The expression's map (it is always on one line of the author's file).
    package var map: SnippetMap {
        SnippetMap(snippet: expression, startingAt: expressionStart)
    }

    /// Splits the inside of `{= … }` (without braces) into expression and format.
    ///
    /// The format is the part after the last ` :` whose remainder has no space and looks like a
    /// spec (`.4f`, `g`, `.1%`); Calc has no `:` operator, so this cannot cut an expression.
    package static func split(_ inner: Substring) -> (expression: Substring, expressionOffset: Int, format: String?) {
        var expressionPart = inner
        var format: String?
        if let colon = inner.lastIndex(of: ":") {
            let spec = inner[inner.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !spec.contains(" ") {
                expressionPart = inner[..<colon]
                format = spec
            }
        }
        let leading = expressionPart.prefix { $0 == " " || $0 == "\t" }
        let trimmed = expressionPart.dropFirst(leading.count)
        let end = trimmed.lastIndex { $0 != " " && $0 != "\t" }.map { trimmed.index(after: $0) } ?? trimmed.startIndex
        return (trimmed[..<end], leading.unicodeScalars.count, format)
    }
}
