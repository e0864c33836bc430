import Diagnostics

/// The `key: value` fields a quiz body may contain.
package enum QuizFieldName: String, CaseIterable, Sendable {
    case answer, check, tolerance, id, hint, params, constraint, variants

    /// The known field closest to a misspelt `name`, if it is close enough to be a likely typo.
    ///
    /// Case-insensitive, allowing about one edit per three letters of the field so that ordinary
    /// words (`Note:`) are not taken for fields.
    package static func suggestion(for name: String) -> QuizFieldName? {
        Suggestion.closest(to: name, among: allCases.map(\.rawValue), limit: .thirdOfCandidate)
            .flatMap(QuizFieldName.init(rawValue:))
    }
}
