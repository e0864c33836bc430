/// The line syntax of a quiz body (option boxes, `name:` fields, indentation), read two ways:
/// on `Character`s for any line, and on UTF-8 bytes for a line of ASCII without a CR.
///
/// On such a line every character is one byte, so byte offsets are the scalar columns the body
/// map takes and both readings agree; the byte one skips grapheme breaking, which was most of
/// the cost of parsing a quiz. A CR is excluded because CR LF is one character of two bytes.
enum QuizLineSyntax {
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// Whether every byte of `text` is ASCII and none is a CR: the lines the byte reading may take.
    static func isPlainASCII(_ text: Substring) -> Bool {
        let plain: (UInt8) -> Bool = { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
        // Native strings are contiguous: a loop over a buffer, not over string indices.
        return text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(plain) } ?? text.utf8.allSatisfy(plain)
    }

    /// Where `text` continues after its leading spaces and tabs, found on bytes.
    static func blanksEndBytes(_ text: Substring) -> Substring.Index {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex, utf8[index] == space || utf8[index] == tab { utf8.formIndex(after: &index) }
        return index
    }

    /// Where `text` ends without its trailing spaces and tabs, found on bytes.
    static func trimmedEndBytes(_ text: Substring) -> Substring.Index {
        let utf8 = text.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == space || utf8[before] == tab else { break }
            end = before
        }
        return end
    }

    /// `text` without leading and trailing spaces and tabs, found on bytes: on plain ASCII, what
    /// `trimmingCharacters(in: .whitespaces)` leaves (its other blanks are not ASCII).
    static func trimmedBytes(_ text: Substring) -> Substring {
        let start = blanksEndBytes(text)
        let end = trimmedEndBytes(text)
        return start < end ? text[start..<end] : text[start..<start]
    }

    // MARK: option boxes

    /// `- [ ] text`, `* [x] text`, `+ [X] text`: whether marked and where the text starts.
    static func optionMarker(_ content: Substring) -> (marked: Bool, textStart: Substring.Index)? {
        var index = content.startIndex
        guard index < content.endIndex, "-*+".contains(content[index]) else { return nil }
        index = content.index(after: index)
        guard index < content.endIndex, content[index] == " " else { return nil }
        while index < content.endIndex, content[index] == " " { index = content.index(after: index) }
        let box = content[index...].prefix(3)
        guard box.count == 3, box.first == "[", box.last == "]" else { return nil }
        let mark = box[box.index(after: box.startIndex)]
        guard mark == " " || mark == "x" || mark == "X" else { return nil }
        index = box.endIndex
        guard index == content.endIndex || content[index] == " " || content[index] == "\t" else { return nil }
        while index < content.endIndex, content[index] == " " || content[index] == "\t" { index = content.index(after: index) }
        return (mark != " ", index)
    }

    /// `optionMarker` on the bytes of a plain ASCII line.
    static func optionMarkerBytes(_ content: Substring) -> (marked: Bool, textStart: Substring.Index)? {
        let utf8 = content.utf8
        var index = utf8.startIndex
        guard index < utf8.endIndex else { return nil }
        let bullet = utf8[index]
        guard bullet == UInt8(ascii: "-") || bullet == UInt8(ascii: "*") || bullet == UInt8(ascii: "+") else { return nil }
        utf8.formIndex(after: &index)
        guard index < utf8.endIndex, utf8[index] == space else { return nil }
        while index < utf8.endIndex, utf8[index] == space { utf8.formIndex(after: &index) }
        guard utf8.distance(from: index, to: utf8.endIndex) >= 3 else { return nil }
        let open = utf8[index]
        let mark = utf8[utf8.index(index, offsetBy: 1)]
        let close = utf8[utf8.index(index, offsetBy: 2)]
        guard open == UInt8(ascii: "["), close == UInt8(ascii: "]") else { return nil }
        guard mark == space || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X") else { return nil }
        index = utf8.index(index, offsetBy: 3)
        guard index == utf8.endIndex || utf8[index] == space || utf8[index] == tab else { return nil }
        while index < utf8.endIndex, utf8[index] == space || utf8[index] == tab { utf8.formIndex(after: &index) }
        return (mark != space, index)
    }

    // MARK: fields

    /// `name: value` where name is a word: the name and where the value starts.
    static func fieldSyntax(_ content: Substring) -> (name: Substring, valueStart: Substring.Index)? {
        guard let first = content.first, first.isASCII, first.isLetter else { return nil }
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let name = content[..<colon]
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else { return nil }
        var index = content.index(after: colon)
        guard index == content.endIndex || content[index] == " " || content[index] == "\t" else { return nil }
        while index < content.endIndex, content[index] == " " || content[index] == "\t" { index = content.index(after: index) }
        return (name, index)
    }

    /// `fieldSyntax` on the bytes of a plain ASCII line.
    static func fieldSyntaxBytes(_ content: Substring) -> (name: Substring, valueStart: Substring.Index)? {
        let utf8 = content.utf8
        guard let first = utf8.first, isLetter(first) else { return nil }
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        // ASCII letters and digits are exactly what `isLetter` and `isNumber` accept below 0x80.
        guard utf8[..<colon].allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) else {
            return nil
        }
        var index = utf8.index(after: colon)
        guard index == utf8.endIndex || utf8[index] == space || utf8[index] == tab else { return nil }
        while index < utf8.endIndex, utf8[index] == space || utf8[index] == tab { utf8.formIndex(after: &index) }
        return (content[..<colon], index)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
