import CourseKit

/// JSON string literals safe to embed in HTML `<script>` elements and in `.js` files.
package enum JSONText {
    /// `text` as a quoted JSON string. Besides JSON's own escapes, `<`, `>` and `&` become
    /// `\u003c`, `\u003e` and `\u0026` so that `</script>` or `<!--` can never appear raw, and
    /// U+2028/U+2029 are escaped because older JavaScript parsers treat them as line ends.
    package static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
