import Foundation
import Calc
import Diagnostics

/// A `{= expression :format}` value as written in a quiz option, with where it was written.
package struct InlineValueSource: Sendable, Hashable {
    /// The text between `{=` and `}`.
    package var inner: String
    /// Where the first character of `inner` is in the author's file (it is always on one line).
    package var innerStart: SourceLocation
    /// The whole `{= … }` in the author's file.
    package var range: SourceRange

    /// Maps offsets in `inner` to the author's file.
    package var map: SnippetMap { SnippetMap(snippet: inner, startingAt: innerStart) }

    /// The Calc expression, without the format spec.
    package var expression: String {
        InlineValue.split(inner).expression.trimmingCharacters(in: .whitespaces)
    }

    /// The format spec (`.4f`), if any.
    package var format: String? { InlineValue.split(inner).spec }
}
