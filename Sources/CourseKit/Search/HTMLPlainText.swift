/// The readable text of rendered HTML, for search entries, descriptions and JSON-LD.
///
/// Tags are dropped, a few block boundaries become spaces, entities that the renderer emits
/// are decoded, and each `<math>` element is replaced by its TeX annotation (the MathML
/// presentation would otherwise read as run-together symbols).
package enum HTMLPlainText {
    /// The text of `html`, white space collapsed.
    package static func from(html: String) -> String {
        var text = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<" {
                if html[index...].hasPrefix("<math"), let end = html[index...].range(of: "</math>") {
                    let element = html[index..<end.lowerBound]
                    if let open = element.range(of: "<annotation encoding=\"application/x-tex\">"),
                       let close = element[open.upperBound...].range(of: "</annotation>") {
                        text += decodeEntities(String(element[open.upperBound..<close.lowerBound]))
                    }
                    index = end.upperBound
                    continue
                }
                if html[index...].hasPrefix("<script") || html[index...].hasPrefix("<style") || html[index...].hasPrefix("<svg") {
                    let name = html[index...].hasPrefix("<script") ? "script" : (html[index...].hasPrefix("<style") ? "style" : "svg")
                    if let end = html[index...].range(of: "</\(name)>") {
                        index = end.upperBound
                        continue
                    }
                }
                guard let close = html[index...].firstIndex(of: ">") else { break }
                // Block boundaries separate words; inline tags (a, em, code, span) do not.
                if isBlockBoundary(html[index...close]) { text += " " }
                index = html.index(after: close)
                continue
            }
            text.append(character)
            index = html.index(after: index)
        }
        return collapse(decodeEntities(text))
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
        "blockquote", "table", "thead", "tbody", "tr", "td", "th", "section", "article", "aside", "details",
        "summary", "figure", "figcaption", "hr", "header", "footer", "nav", "main", "img", "input", "label",
    ]

    private static func isBlockBoundary(_ tag: Substring) -> Bool {
        let name = tag.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        return blockTags.contains(name)
    }

    /// Decodes the named entities an HTML renderer emits and numeric references.
    package static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") {
                let name = text[text.index(after: index)..<semicolon]
                if let decoded = decode(entity: name) {
                    result += decoded
                    index = text.index(after: semicolon)
                    continue
                }
            }
            result.append(text[index])
            index = text.index(after: index)
        }
        return result
    }

    private static func decode(entity name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            let isHex = name.hasPrefix("#x") || name.hasPrefix("#X")
            guard name.hasPrefix("#"),
                  let value = UInt32(name.dropFirst(isHex ? 2 : 1), radix: isHex ? 16 : 10),
                  let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
    }

    /// Runs of white space become one space; ends are trimmed.
    package static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
