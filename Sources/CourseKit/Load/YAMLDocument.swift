import Diagnostics
import Yams

/// A YAML text (course.yml or a lesson's front matter) composed into Yams nodes, with each
/// node's position mapped to the author's file.
///
/// The YAML text handed to Yams must have the same line numbers as `source` (front matter is
/// passed with its opening `---` line blanked), so a Yams mark's line is a file line.
package struct YAMLDocument {
    /// The root node, nil when the text is empty or does not parse.
    package let root: Node?
    /// Syntax errors (at most one: libyaml stops at the first), or every anchor and alias.
    package let diagnostics: [Diagnostic]
    private let source: SourceText

    /// Composes `yaml`, reporting syntax errors and duplicate keys at their line and column in `source`.
    package init(yaml: String, source: SourceText) {
        self.source = source
        // Refused before composing: expanding aliases is what makes a small file huge.
        let refused = YAMLAliasScan.diagnostics(in: yaml, source: source)
        guard refused.isEmpty else {
            root = nil
            diagnostics = refused
            return
        }
        do {
            root = try Yams.compose(yaml: yaml, .default, Constructor.default, Self.readsUTF8 ? .utf8 : .utf16)
            diagnostics = []
        } catch let error as YamlError {
            root = nil
            diagnostics = [Self.diagnostic(for: error, in: source)]
        } catch {
            root = nil
            diagnostics = [.error(Codes.yamlSyntax, "cannot read YAML: \(error)", at: SourceRange(start: .init(file: source.file, line: 1, column: 1)))]
        }
    }

    /// Makes Yams' process-wide defaults now: the resolver compiles its regular expressions the
    /// first time it is used (a few milliseconds), which otherwise happens at the start of the
    /// Load pass, when course.yml is read with every other core idle. A driver with a thread to
    /// spare calls this beside the Read pass; what any document composes to is the same.
    package static func prepare() {
        _ = Resolver.default
        _ = readsUTF8
    }

    /// Yams' default encoding, read once: `Parser.Encoding.default` reads the whole process
    /// environment on every call, which was 40 % of composing a lesson's front matter.
    /// (Kept as a `Bool`: Yams' `Encoding` is not `Sendable`.)
    private static let readsUTF8 = Parser.Encoding.default == .utf8

    /// The author's range of `node`: its start mark, as wide as a plain scalar's text.
    package func range(of node: Node) -> SourceRange {
        let start = location(of: node.mark)
        let width = node.scalar.map { max($0.string.count, 1) } ?? 1
        return SourceRange(start: start, length: width)
    }

    /// The author's location of a Yams mark (line 1-based; column in Unicode scalars, 1-based).
    package func location(of mark: Mark?) -> SourceLocation {
        Self.location(of: mark, in: source)
    }

    private static func location(of mark: Mark?, in source: SourceText) -> SourceLocation {
        guard let mark, mark.line >= 1 else { return SourceLocation(file: source.file, line: 1, column: 1) }
        // libyaml counts columns in Unicode scalars; diagnostics count characters.
        let column: Int
        if let line = source.line(mark.line) {
            let scalars = line.unicodeScalars
            let end = scalars.index(scalars.startIndex, offsetBy: max(mark.column - 1, 0), limitedBy: scalars.endIndex) ?? scalars.endIndex
            column = String(scalars[scalars.startIndex..<end]).count + 1 + max(0, mark.column - 1 - scalars.count)
        } else {
            column = mark.column
        }
        return SourceLocation(file: source.file, line: mark.line, column: column)
    }

    private static func diagnostic(for error: YamlError, in source: SourceText) -> Diagnostic {
        func at(_ mark: Mark) -> SourceRange { SourceRange(start: location(of: mark, in: source)) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let notes = context.map { [DiagnosticNote("\($0.text)", range: at($0.mark))] } ?? []
            return .error(Codes.yamlSyntax, "invalid YAML: \(problem)", at: at(mark), notes: notes)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = Array(Set(duplicates)).sorted().map { "'\($0)'" }.joined(separator: ", ")
            // Yams marks the first occurrence of the first key; the mistake is where it comes again.
            let first = duplicates.first
            if let first, let repeated = DuplicateKeyLocator.repetition(of: first, line: context.mark.line,
                                                                        scalarColumn: context.mark.column, in: source) {
                return .error(Codes.yamlDuplicateKey, "duplicate key \(keys); keep one of them",
                              at: SourceRange(start: repeated, length: first.count),
                              notes: [DiagnosticNote("'\(first)' first given here", range: at(context.mark))])
            }
            return .error(Codes.yamlDuplicateKey, "duplicate key \(keys); keep one of them", at: at(context.mark))
        case let .reader(problem, _, _, _):
            return .error(Codes.yamlSyntax, "cannot read YAML: \(problem)", at: SourceRange(start: SourceLocation(file: source.file, line: 1, column: 1)))
        default:
            return .error(Codes.yamlSyntax, "cannot read YAML: \(error)", at: SourceRange(start: SourceLocation(file: source.file, line: 1, column: 1)))
        }
    }
}
