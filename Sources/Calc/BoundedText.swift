/// Text built piece by piece that refuses to grow past a length (`calc.output-too-large`), so
/// that printing a large value stops at the limit instead of building megabytes first.
struct BoundedText {
    private(set) var text = ""
    /// UTF-8 bytes appended so far: the same as characters for printed numbers, and cheap to
    /// count where `String.count` would walk every grapheme.
    private(set) var length = 0
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    mutating func append(_ piece: String) throws(CalcError) {
        length += piece.utf8.count
        guard length <= limit else { throw Self.error(limit: limit) }
        text += piece
    }

    /// Refuses at once when even the shortest printing of `elements` elements, each at least
    /// `minimumWidth` characters between `[`, `, ` and `]`, is past the limit.
    static func precheck(elements: Int, minimumWidth: Int, limit: Int) throws(CalcError) {
        let perElement = Swift.max(minimumWidth, 1) + 2
        let (shortest, overflow) = elements.multipliedReportingOverflow(by: perElement)
        if overflow || shortest > limit + 2 { throw error(limit: limit) }
    }

    static func error(limit: Int) -> CalcError {
        CalcError(offset: 0, code: CalcCodes.outputTooLarge,
                  message: "the value would print as more than \(limit) characters",
                  notes: ["show part of it, as in v[:10], or a summary such as sum(v) or shape(v)"])
    }
}
