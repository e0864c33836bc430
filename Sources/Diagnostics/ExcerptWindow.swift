/// The part of a long source line a text diagnostic quotes: a window around the marked
/// columns, with `...` where the line goes on.
///
/// A minified or generated line can be tens of kilobytes; quoting it whole for each of its
/// errors turned one 20 KB line with 5,000 errors into 150 MB of output. The window keeps the
/// excerpt a screen wide and also replaces control characters (terminal escapes, NUL) with
/// U+FFFD, so a quoted file cannot drive the terminal. Columns shift with the clipped text, so
/// the caret still points at the same character.
struct ExcerptWindow {
    /// The longest quoted line, in characters, before clipping starts.
    static let width = 120
    /// How many characters of context to keep before the marked column.
    static let lead = 40
    private static let ellipsis = "..."

    /// The text to quote.
    var text: Substring
    /// The 1-based column in `text` where the marks start.
    var from: Int
    /// The 1-based column in `text` just past the marks.
    var to: Int

    /// The window of `line` around columns `from ..< to`.
    init(_ line: Substring, from: Int, to: Int) {
        let characters = Array(line)
        guard characters.count > Self.width else {
            self.init(text: Self.sanitized(characters[...]), from: from, to: to)
            return
        }
        let start = max(0, min(from - 1 - Self.lead, characters.count - Self.width))
        let end = min(characters.count, start + Self.width)
        let prefix = start > 0 ? Self.ellipsis : ""
        let suffix = end < characters.count ? Self.ellipsis : ""
        let shift = prefix.count - start
        let newFrom = from + shift
        self.init(text: Substring(prefix + Self.sanitized(characters[start..<end]) + suffix),
                  from: newFrom, to: max(min(to, end + 1) + shift, newFrom))
    }

    private init(text: Substring, from: Int, to: Int) {
        self.text = text
        self.from = from
        self.to = to
    }

    /// The characters with every control character except the tab shown as U+FFFD.
    private static func sanitized(_ characters: ArraySlice<Character>) -> Substring {
        guard characters.contains(where: isControl) else { return Substring(String(characters)) }
        return Substring(String(characters.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    private static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
        }
    }
}
