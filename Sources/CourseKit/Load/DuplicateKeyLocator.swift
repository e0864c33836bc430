import Diagnostics

/// Finds the line that repeats a key of a block mapping, for `yaml.duplicate-key`.
///
/// Yams reports a duplicated key at its first occurrence, but the line the author has to fix is
/// the repetition, as yamllint and PyYAML point out. The repetition is the next line of the same
/// mapping that starts with the key at the same indentation, before a line indented less (which
/// ends the mapping). Keys of flow mappings (`{a: 1, a: 2}`) are not searched: nil.
enum DuplicateKeyLocator {
    /// The location of the first repetition of `key` after its first occurrence at `line` and
    /// `scalarColumn` (1-based, in Unicode scalars, as libyaml counts) of `source`, or nil.
    static func repetition(of key: String, line: Int, scalarColumn: Int, in source: SourceText) -> SourceLocation? {
        let indent = scalarColumn - 1
        guard line >= 1, indent >= 0, !key.isEmpty else { return nil }
        var number = line + 1
        while number <= source.lineCount, let text = source.line(number) {
            defer { number += 1 }
            let spaces = text.prefix { $0 == " " }.count
            let rest = text.dropFirst(spaces)
            if rest.isEmpty || rest.first == "#" { continue }
            if spaces < indent { return nil }
            if spaces == indent, startsWithKey(rest, key) {
                return SourceLocation(file: source.file, line: number, column: spaces + 1)
            }
        }
        return nil
    }

    /// Whether `text` starts with `key` (plain, or in single or double quotes) followed by `:`.
    private static func startsWithKey(_ text: Substring, _ key: String) -> Bool {
        for form in [key, "\"\(key)\"", "'\(key)'"] where text.hasPrefix(form) {
            if text.dropFirst(form.count).drop(while: { $0 == " " }).first == ":" { return true }
        }
        return false
    }
}
