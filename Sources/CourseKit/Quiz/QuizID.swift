import Diagnostics

/// Quiz ids: the default id derived from the question, and the course-wide uniqueness rule.
package enum QuizID {
    /// A readable, stable id: up to six words of the question as a slug plus a short hash of its
    /// full text, so that editing the question changes the id but reordering lessons does not.
    package static func derived(fromQuestion question: QuizText) -> String {
        let slug = Slug.make(question.plainText, fallback: "quiz", maxWords: 6, maxLength: 40)
        return slug + "-" + StableHash.hex(StableHash.fnv1a(question.markdown, as: UInt32.self)).prefix(6)
    }

    /// Whether `id` is acceptable as an explicit id: letters, digits, `-`, `_` and `.`, starting
    /// with a letter or digit (it becomes part of storage keys and URL fragments).
    package static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isWordScalar(first) else { return false }
        return id.unicodeScalars.allSatisfy { isWordScalar($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// One error per quiz whose id was already used by an earlier quiz of the course, pointing at
    /// the later quiz with a note at the first.
    package static func duplicates(in quizzes: [Quiz]) -> [Diagnostic] {
        var first: [String: Quiz] = [:]
        var diagnostics: [Diagnostic] = []
        for quiz in quizzes {
            if let earlier = first[quiz.id] {
                let how = quiz.idRange == nil ? " (derived from the question; add an 'id:' field)" : ""
                diagnostics.append(.error(
                    Codes.quizDuplicateId,
                    "quiz id '\(quiz.id)' is already used by another quiz in the course\(how)",
                    at: quiz.idRange ?? SourceRange(start: quiz.range.start, length: 3),
                    notes: [DiagnosticNote("first used here", range: earlier.idRange ?? SourceRange(start: earlier.range.start, length: 3))]
                ))
            } else {
                first[quiz.id] = quiz
            }
        }
        return diagnostics
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
