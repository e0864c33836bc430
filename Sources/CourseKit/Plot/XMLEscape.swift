/// Escaping of text for HTML and SVG, shared by the extra pages and the plot renderer.
package enum XMLEscape {
    /// `text` made safe inside an element or a double-quoted attribute.
    package static func text(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
