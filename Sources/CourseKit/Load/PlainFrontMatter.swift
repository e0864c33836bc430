import Diagnostics

/// A lesson's front matter read directly when it has the plain shape nearly every lesson's has:
/// `title`, `summary`, `tags` and `faq` lines, each value a one-line plain or quoted text or a
/// one-line `[a, b]` list, all ASCII. Composing such a few lines with Yams cost about 200,000
/// instructions per lesson (a tenth of loading a course), most of it resolving tags for its
/// duplicate-key check.
///
/// The shape is kept narrow, so that anything in it means to YAML exactly what is read here:
/// no escapes, comments, anchors, tags, block scalars, continuation lines, empty or null values,
/// unknown or repeated keys, tabs or carriage returns. Front matter of any other shape (and any
/// with a problem to report) is nil here and goes through `YAMLDocument` as before.
enum PlainFrontMatter {
    /// The front matter in `yaml` (the YAML half of `FrontMatter`, whose lines are file lines),
    /// or nil when it is not of the plain shape.
    static func read(_ yaml: String, file: String) -> LessonFrontMatter? {
        var yaml = yaml
        return yaml.withUTF8 { read(bytes: $0, file: file) }
    }

    private static func read(bytes: UnsafeBufferPointer<UInt8>, file: String) -> LessonFrontMatter? {
        guard bytes.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "&") && $0 != UInt8(ascii: "*")
                                    && $0 != UInt8(ascii: "\\")) || $0 == UInt8(ascii: "\n") }) else { return nil }
        var title: String?
        var summary: String?
        var tags: [Located<String>]?
        var faq: [Located<String>]?
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            lineNumber += 1
            defer { start = end + 1 }
            guard end > start else { continue }
            // `key:`, at least one space, a value without trailing spaces.
            var colon = start
            while colon < end, bytes[colon] >= UInt8(ascii: "a"), bytes[colon] <= UInt8(ascii: "z") { colon += 1 }
            guard colon > start, colon < end, bytes[colon] == UInt8(ascii: ":") else { return nil }
            var valueStart = colon + 1
            while valueStart < end, bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
            guard valueStart > colon + 1, valueStart < end, bytes[end - 1] != UInt8(ascii: " ") else { return nil }
            let value = UnsafeBufferPointer(rebasing: bytes[valueStart..<end])
            let location = SourceLocation(file: file, line: lineNumber, column: valueStart - start + 1)
            switch String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self) {
            case "title" where title == nil:
                guard let text = scalar(value) else { return nil }
                title = text
            case "summary" where summary == nil:
                guard let text = scalar(value) else { return nil }
                summary = text
            case "tags" where tags == nil:
                guard let items = list(value, at: location) else { return nil }
                tags = items
            case "faq" where faq == nil:
                guard let items = list(value, at: location) else { return nil }
                faq = items
            default:
                return nil
            }
        }
        guard let title else { return nil }
        return LessonFrontMatter(title: title, summary: summary, tags: tags ?? [], faq: faq ?? [])
    }

    /// A one-line text: `"…"` without `"` inside, `'…'` without `'` inside, or a plain scalar
    /// that starts with a letter or digit and holds none of YAML's indicators. Blank quoted texts
    /// (a required title would be missing) and the plain words YAML reads as null are nil.
    private static func scalar(_ value: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = value.first, let last = value.last else { return nil }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard value.count >= 2, last == first else { return nil }
            let inner = UnsafeBufferPointer(rebasing: value[1..<(value.count - 1)])
            guard !inner.contains(first), inner.contains(where: { $0 != UInt8(ascii: " ") }) else { return nil }
            return String(decoding: inner, as: UTF8.self)
        }
        guard isAlphanumeric(first), value.allSatisfy({ isAlphanumeric($0) || plainPunctuation.contains($0) }) else { return nil }
        let text = String(decoding: value, as: UTF8.self)
        return nullWords.contains(text) ? nil : text
    }

    /// A one-line flow list `[a, b]` whose items are words of letters, digits, `-`, `_`, `.`
    /// and inner spaces, each located at its first character; `[]` is empty.
    private static func list(_ value: UnsafeBufferPointer<UInt8>, at location: SourceLocation) -> [Located<String>]? {
        guard value.count >= 2, value.first == UInt8(ascii: "["), value.last == UInt8(ascii: "]") else { return nil }
        var items: [Located<String>] = []
        var index = 1
        let close = value.count - 1
        while index < close {
            while index < close, value[index] == UInt8(ascii: " ") { index += 1 }
            var end = index
            while end < close, value[end] != UInt8(ascii: ",") { end += 1 }
            var itemEnd = end
            while itemEnd > index, value[itemEnd - 1] == UInt8(ascii: " ") { itemEnd -= 1 }
            let item = UnsafeBufferPointer(rebasing: value[index..<itemEnd])
            // An empty item (`[a, ]`, `[,]`), or one YAML would read otherwise, sends the whole
            // front matter to Yams; `[ ]` is an empty list there too, but rare enough to leave.
            guard let first = item.first, isAlphanumeric(first),
                  item.allSatisfy({ isAlphanumeric($0) || listPunctuation.contains($0) }) else { return nil }
            let text = String(decoding: item, as: UTF8.self)
            guard !nullWords.contains(text) else { return nil }
            var start = location
            start.column += index
            items.append(Located(text, at: SourceRange(start: start, length: item.count)))
            index = end + 1
            if end < close, index >= close { return nil }  // a trailing comma
        }
        return items
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Characters a plain value may hold after its first: none of them starts a comment, a
    /// mapping value or a flow collection inside a block plain scalar.
    private static let plainPunctuation = Set(" .,;()?'\"/+=_-$^<>~".utf8)
    /// Characters a list item may hold after its first.
    private static let listPunctuation = Set(" ._-".utf8)
    /// The plain scalars YAML's core schema reads as null (`~` cannot start a plain value here).
    private static let nullWords: Set<String> = ["null", "Null", "NULL"]
}
