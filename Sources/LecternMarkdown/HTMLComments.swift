/// HTML comments in a lesson (`<!-- TODO: … -->`) are notes to co-authors. With raw HTML off,
/// other raw HTML is shown as escaped text, but a comment would then publish the note; so
/// comments are removed before escaping.
enum HTMLComments {
    /// `html` without its complete `<!-- … -->` comments; an unterminated comment runs to the
    /// end, as in a browser.
    static func removing(from html: String) -> String {
        guard html.contains("<!--") else { return html }
        var result = ""
        var rest = html[...]
        while let open = rest.firstRange(of: "<!--") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "-->") else { return result }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
