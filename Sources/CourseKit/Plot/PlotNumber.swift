import Foundation

/// Fixed, locale-independent number formatting for plots, so the same input always gives the
/// same SVG bytes.
package enum PlotNumber {
    /// `value` with exactly `decimals` digits after the point; never prints `-0`.
    package static func fixed(_ value: Double, decimals: Int) -> String {
        let text = printed(value, decimals: max(decimals, 0))
        return isNegativeZero(text) ? String(text.dropFirst()) : text
    }

    /// C's `%.*f`, which rounds the exact binary value correctly. Called through `vsnprintf`
    /// rather than Foundation's `String(format:)`: the plots of the library page alone made
    /// thousands of these calls, 8 % of a 100-lesson build's instructions (issue 13). Swift never
    /// sets a C locale, so the point is always `.`.
    private static func printed(_ value: Double, decimals: Int) -> String {
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = Int(buffer.withUnsafeMutableBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { text in
                    withVaList([Int32(clamping: decimals), value]) { vsnprintf(text.baseAddress!, text.count, "%.*f", $0) }
                }
            })
            if count < buffer.count { return String(decoding: buffer[..<max(count, 0)], as: UTF8.self) }
            buffer = [UInt8](repeating: 0, count: count + 1)
        }
    }

    /// A pixel coordinate: two decimals, trailing zeros trimmed (`12.5`, `40`).
    package static func coordinate(_ value: Double) -> String {
        trimmed(fixed(value, decimals: 2))
    }

    /// A value for prose (the plot's description): at most `significant` significant digits,
    /// trailing zeros trimmed, plain notation between 1e-4 and 1e6.
    package static func readable(_ value: Double, significant: Int = 4) -> String {
        guard value.isFinite else { return value.isNaN ? "undefined" : (value > 0 ? "infinity" : "minus infinity") }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e6 || magnitude < 1e-4 {
            let text = String(format: "%.\(significant - 1)e", value)
            guard let e = text.firstIndex(of: "e") else { return text }
            let mantissa = trimmed(String(text[..<e]))
            let exponent = Int(text[text.index(after: e)...]) ?? 0
            return "\(mantissa)e\(exponent)"
        }
        let digitsBeforePoint = Int(floor(log10(magnitude))) + 1
        let decimals = max(significant - digitsBeforePoint, 0)
        return trimmed(fixed(value, decimals: decimals))
    }

    /// A tick label for a multiple of `step`: as many decimals as the step needs, with a
    /// typographic minus sign (U+2212) as printed axes use.
    package static func tick(_ value: Double, step: Double) -> String {
        let text = fixed(value, decimals: decimals(forStep: step))
        return text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }

    /// Decimals needed to print multiples of `step` exactly (0.5 → 1, 0.25 → 2, 2 → 0).
    package static func decimals(forStep step: Double) -> Int {
        var decimals = 0
        var scaled = abs(step)
        while decimals < 12, abs(scaled - scaled.rounded()) > 1e-9 * max(1, scaled) {
            scaled *= 10
            decimals += 1
        }
        return decimals
    }

    static func trimmed(_ text: String) -> String {
        // The text is printf's ASCII, trimmed on its bytes: Foundation's `contains` of a string
        // and `hasSuffix` on characters were 3.4 % of a 100-lesson build's instructions.
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: ".")) else { return text }
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return trimmedByCharacters(text) }
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if end > 0, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        let result = String(decoding: bytes[..<end], as: UTF8.self)
        return result == "-0" ? "0" : result
    }

    /// `trimmed(_:)` on characters, for a text that is not ASCII (printf never gives one).
    static func trimmedByCharacters(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.hasSuffix("0") { result = result.dropLast() }
        if result.hasSuffix(".") { result = result.dropLast() }
        return result == "-0" ? "0" : String(result)
    }

    private static func isNegativeZero(_ text: String) -> Bool {
        text.hasPrefix("-") && text.dropFirst().allSatisfy { $0 == "0" || $0 == "." }
    }
}
