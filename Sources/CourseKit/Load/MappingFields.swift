import Foundation
import Diagnostics
import Yams

/// Typed access to the keys of one YAML mapping, reporting unknown keys (with a "did you
/// mean"), wrong types and missing required keys as diagnostics at the author's position.
package struct MappingFields {
    private let document: YAMLDocument
    private let codes: MappingCodes
    private var entries: [String: (key: Node, value: Node)] = [:]
    /// Where the mapping starts: missing keys are reported here.
    package let range: SourceRange
    /// Problems found while reading.
    package private(set) var diagnostics: [Diagnostic] = []

    /// Reads `node` as a mapping whose keys must be among `allowed`, reporting with `codes`
    /// (`.course` or `.lesson`, giving codes like `course.unknown-key`). A node that is not a mapping is
    /// reported and read as empty.
    package init(_ node: Node?, in document: YAMLDocument, allowed: [String], codes: MappingCodes,
                 fallback: SourceRange, what: String) {
        self.document = document
        self.codes = codes
        range = node.map { document.range(of: $0) } ?? fallback
        guard let node else { return }
        guard let mapping = node.mapping else {
            if node.null == nil {
                diagnostics.append(.error(codes.badType, "\(what) must be a mapping of 'key: value' lines", at: range))
            }
            return
        }
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            if !allowed.contains(name) {
                let suggestion = Suggestion.closest(to: name, among: allowed)
                let notes = [DiagnosticNote(suggestion.map(Suggestion.note)
                    ?? "known keys: \(allowed.joined(separator: ", "))")]
                diagnostics.append(.error(codes.unknownKey, "unknown key '\(name)' in \(what)",
                                          at: document.range(of: key), notes: notes))
                continue
            }
            entries[name] = (key, value)
        }
    }

    /// The value node of `key`, nil when absent or null.
    package func node(_ key: String) -> Node? {
        guard let value = entries[key]?.value, value.null == nil else { return nil }
        return value
    }

    /// The range of the key itself (for "listed twice" and similar notes).
    package func keyRange(_ key: String) -> SourceRange? {
        entries[key].map { document.range(of: $0.key) }
    }

    /// A text value; any scalar (also `1984` or `true`) reads as its text.
    package mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard let scalar = value.scalar else {
            badType(key, value, expected: "text")
            return nil
        }
        if required, scalar.string.trimmingCharacters(in: .whitespaces).isEmpty {
            missing(key)
            return nil
        }
        return scalar.string
    }

    /// An address `AuthorURL` accepts as `kind`; anything else is reported at the value
    /// (`<prefix>.bad-url`) and read as absent, so it can never reach a page.
    package mutating func url(_ key: String, as kind: AuthorURL.Kind) -> String? {
        guard let text = string(key), let value = node(key) else { return nil }
        guard let problem = AuthorURL.problem(with: text, as: kind) else { return text }
        diagnostics.append(.error(codes.badURL, "'\(key)' \(problem); \(AuthorURL.allowed(for: kind))",
                                  at: document.range(of: value), notes: [DiagnosticNote(AuthorURL.advice(for: kind))]))
        return nil
    }

    /// A boolean value (`true`/`false`).
    package mutating func bool(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        guard let bool = value.bool, value.scalar != nil else {
            badType(key, value, expected: "true or false")
            return nil
        }
        return bool
    }

    /// A list of texts (`[a, b]` or one `- item` per line), each with its position.
    package mutating func strings(_ key: String) -> [Located<String>] {
        guard let value = node(key) else { return [] }
        guard let sequence = value.sequence else {
            badType(key, value, expected: "a list such as [a, b]")
            return []
        }
        var result: [Located<String>] = []
        for item in sequence {
            guard let scalar = item.scalar, item.null == nil else {
                diagnostics.append(.error(codes.badType, "each item of '\(key)' must be text",
                                          at: document.range(of: item)))
                continue
            }
            result.append(Located(scalar.string, at: document.range(of: item)))
        }
        return result
    }

    /// Reports `key` as missing.
    package mutating func missing(_ key: String) {
        diagnostics.append(.error(codes.missingKey, "missing required key '\(key)'",
                                  at: keyRange(key) ?? range))
    }

    /// Reports a value of the wrong kind.
    package mutating func badType(_ key: String, _ value: Node, expected: String) {
        diagnostics.append(.error(codes.badType, "'\(key)' must be \(expected)", at: document.range(of: value)))
    }

    /// Adds a diagnostic found by the caller (e.g. in a nested mapping).
    package mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}

/// The codes one kind of YAML mapping reports, `course.…` for `course.yml` and `lesson.…` for
/// front matter.
package struct MappingCodes: Sendable {
    /// A value of the wrong YAML type.
    let badType: String
    /// A key the mapping does not allow.
    let unknownKey: String
    /// An address with a scheme authors may not use.
    let badURL: String
    /// A required key that is absent.
    let missingKey: String

    /// The codes of `course.yml` and its modules.
    package static let course = MappingCodes(
        badType: Codes.courseBadType, unknownKey: Codes.courseUnknownKey, badURL: Codes.courseBadURL,
        missingKey: Codes.courseMissingKey)
    /// The codes of a lesson's front matter.
    package static let lesson = MappingCodes(
        badType: Codes.lessonBadType, unknownKey: Codes.lessonUnknownKey, badURL: Codes.lessonBadURL,
        missingKey: Codes.lessonMissingKey)
}
