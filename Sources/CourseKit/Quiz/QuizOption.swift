import Diagnostics

/// One `- [ ]` / `- [x]` option of a choice quiz.
package struct QuizOption: Sendable {
    /// The option's text (Markdown).
    package var text: QuizText
    /// Whether the author marked it correct (`[x]`).
    package var isMarked: Bool
    /// The option's number, when its whole text is a number or one `{= …}` value.
    package var value: OptionValue?
    /// The option's text in the author's file (from the first character after `] `).
    package var textRange: SourceRange
    /// The whole option line from its list marker.
    package var range: SourceRange
}

/// The number an option stands for, which the checker compares with the check value.
package enum OptionValue: Sendable {
    /// A number written out (`- [x] 0.5`).
    case written(QuizNumber)
    /// A computed value (`- [x] {= sigmoid(0) :.2f}`).
    case computed(InlineValueSource)
}
