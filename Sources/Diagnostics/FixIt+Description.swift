extension FixIt {
    /// The edit in words for formats that cannot quote the source: `insert '}' at 3:7`,
    /// `delete 3:7-3:8`, `replace 3:7-3:13 with '\frac'` (line:column, end exclusive).
    var plainDescription: String {
        let start = "\(range.start.line):\(range.start.column)"
        let span = "\(start)-\(range.end.line):\(range.end.column)"
        if range.start == range.end { return "insert '\(replacement)' at \(start)" }
        if replacement.isEmpty { return "delete \(span)" }
        return "replace \(span) with '\(replacement)'"
    }
}
