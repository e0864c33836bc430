/// One line of a Lectern fence's body with the Unicode scalar offset of its first character in
/// the body: the unit the fence's `bodyMap` takes, so a problem on the line maps to the lesson.
struct FenceBodyLine: Sendable {
    /// The line without its line break (a `\r` before the `\n` is dropped too).
    var text: Substring
    /// The scalar offset of the line's first character in the body.
    var offset: Int

    /// Every line of `body`, in order; a body ending in a newline ends with an empty line.
    static func lines(of body: String) -> [FenceBodyLine] {
        var result: [FenceBodyLine] = []
        var offset = 0
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            result.append(FenceBodyLine(text: raw.hasSuffix("\r") ? raw.dropLast() : raw, offset: offset))
            offset += raw.unicodeScalars.count + 1
        }
        return result
    }
}
