import Foundation

/// `MathText`'s reading of a formula, Character by Character: the exact one for MathML whose
/// scalars may join their neighbours into one grapheme cluster (combining marks such as the
/// slash of `\not`, Hangul, emoji modifiers), where a byte is not a character. `MathText`
/// reads everything else on bytes, with the same result (its tests compare the two).
enum GraphemeMathText {
    /// The linear form of a `<math>` element.
    static func linear(mathML: String) -> String {
        var parser = Parser(bytes: Array(mathML.utf8))
        let nodes = parser.children(until: nil)
        var result = ""
        var previous: Character = " "
        // Invisible operators (function application, times) read as nothing; runs of spaces
        // collapse, and a minus that opens a group or follows an operator is a sign, not `a − b`.
        for character in nodes.map(text).joined() where !("\u{2061}"..."\u{2064}").contains(character) {
            if character == " ", previous == " " || previous == "(" { continue }
            result.append(character)
            previous = character
        }
        for (spaced, sign) in [("( − ", "(−"), ("= − ", "= −"), ("^(− ", "^(−"), (", − ", ", −")] {
            result = result.replacingOccurrences(of: spaced, with: sign)
        }
        if result.hasPrefix("− ") { result = "−" + result.dropFirst(2) }
        return result.replacingOccurrences(of: " )", with: ")").trimmingCharacters(in: " ")
    }

    /// An element or a run of text.
    private indirect enum Node {
        case text(String)
        case element(name: String, children: [Node])
    }

    private static func text(_ node: Node) -> String {
        switch node {
        case .text(let text):
            return text
        case .element(let name, let children):
            let parts = children.filter { if case .text(let t) = $0 { !t.allSatisfy(\.isWhitespace) } else { true } }.map(text)
            switch name {
            case "annotation", "annotation-xml": return ""
            case "mfrac" where parts.count == 2: return group(parts[0]) + "/" + group(parts[1])
            case "msup" where parts.count == 2:
                return parts[1].allSatisfy({ "′″‴".contains($0) }) ? parts[0] + parts[1] : parts[0] + "^" + group(parts[1])
            case "msub" where parts.count == 2: return parts[0] + "_" + group(parts[1])
            case "msubsup" where parts.count == 3: return parts[0] + "_" + group(parts[1]) + "^" + group(parts[2])
            case "munder" where parts.count == 2, "mover" where parts.count == 2: return parts[0] + group(parts[1])
            case "munderover" where parts.count == 3: return parts[0] + "_" + group(parts[1]) + "^" + group(parts[2]) + " "
            case "msqrt": return "√" + group(parts.joined())
            case "mroot" where parts.count == 2: return group(parts[1]) + "√" + group(parts[0])
            case "mo":
                let op = parts.joined()
                return ["=", "+", "−", "-", "<", ">", "≤", "≥", "≈", "→", "×", "·", ","].contains(op)
                    ? (op == "," ? ", " : " \(op) ") : op
            case "mspace": return " "
            case "mtr": return parts.joined(separator: ", ") + "; "
            default:
                // Neighbouring symbols stay apart: `w_i x_i`, not `w_ix_i`.
                var joined = ""
                for part in parts {
                    if let last = joined.last, let first = part.first, last.isLetter || last.isNumber || last == ")",
                       first.isLetter || first.isNumber { joined += " " }
                    joined += part
                }
                return joined
            }
        }
    }

    /// `x` as one operand: bare when it is one symbol or number, else in parentheses.
    private static func group(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: " ")
        return trimmed.count <= 1 || trimmed.allSatisfy({ $0.isNumber || $0 == "." }) ? trimmed : "(\(trimmed))"
    }

    /// Reads the well-formed MathML that TeXMath writes: elements, attributes, text, entities.
    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func children(until closing: String?) -> [Node] {
            var nodes: [Node] = []
            var text: [UInt8] = []
            func flush() {
                if !text.isEmpty { nodes.append(.text(Self.decode(text))); text = [] }
            }
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    text.append(bytes[index])
                    index += 1
                    continue
                }
                flush()
                guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { index = bytes.count; break }
                let tag = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                index = end + 1
                if tag.hasPrefix("/") { return nodes }
                let name = String(tag.prefix { $0 != " " && $0 != "/" })
                if tag.hasSuffix("/") {
                    nodes.append(.element(name: name, children: []))
                } else {
                    nodes.append(.element(name: name, children: children(until: name)))
                }
            }
            flush()
            return nodes
        }

        static func decode(_ bytes: [UInt8]) -> String {
            let text = String(decoding: bytes, as: UTF8.self)
            guard text.contains("&") else { return text }
            return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        var slice = Substring(self)
        while slice.first == set { slice = slice.dropFirst() }
        while slice.last == set { slice = slice.dropLast() }
        return String(slice)
    }
}
