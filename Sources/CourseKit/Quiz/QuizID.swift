import Diagnostics

/// Quiz ids: the default id derived from the question, and the course-wide uniqueness rule.
package enum QuizID {
    /// A readable, stable id: up to six words of the question as a slug plus a short hash of its
    /// full text, so that editing the question changes the id but reordering lessons does not.
    package static func derived(fromQuestion question: QuizText) -> String {
        var slug = ""
        var words = 0
        var pendingHyphen = false
        for scalar in question.plainText.lowercased().unicodeScalars {
            let isAlphanumeric = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isAlphanumeric {
                if pendingHyphen, !slug.isEmpty {
                    if words >= 5 || slug.count >= 40 { break }
                    slug.append("-")
                    words += 1
                }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        let hash = fnv1a(question.markdown)
        let hex = String(hash, radix: 16)
        let suffix = String(repeating: "0", count: max(0, 8 - hex.count)) + hex
        return (slug.isEmpty ? "quiz" : slug) + "-" + suffix.prefix(6)
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
                    "quiz.duplicate-id",
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

    /// 32-bit FNV-1a over UTF-8: tiny, stable across platforms and releases (unlike `Hasher`).
    private static func fnv1a(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }
}
