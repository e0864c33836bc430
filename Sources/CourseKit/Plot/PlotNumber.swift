import CFixedFormat
import Foundation

/// Fixed, locale-independent number formatting for plots, so the same input always gives the
/// same SVG bytes.
package enum PlotNumber {
    /// `value` with exactly `decimals` digits after the point; never prints `-0`.
    package static func fixed(_ value: Double, decimals: Int) -> String {
        let text = printed(value, decimals: max(decimals, 0))
        return isNegativeZero(text) ? String(text.dropFirst()) : text
    }

    /// C's `%.*f`, which rounds the exact binary value correctly. Foundation's `String(format:)`
    /// and then `vsnprintf` through `withVaList` each cost more than the printing: the plots of
    /// the library page alone make thousands of these calls (issue 13). Swift never sets a C
    /// locale, so the point is always `.`.
    private static func printed(_ value: Double, decimals: Int) -> String {
        let places = Int32(clamping: decimals)
        let text = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> String? in
            let count = Int(lectern_format_fixed(buffer.baseAddress!, buffer.count, places, value))
            guard count < buffer.count else { return nil }
            return buffer.withMemoryRebound(to: UInt8.self) { String(decoding: $0[..<max(count, 0)], as: UTF8.self) }
        }
        if let text { return text }
        let count = Int(lectern_format_fixed(nil, 0, places, value))
        var bytes = [UInt8](repeating: 0, count: count + 1)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = lectern_format_fixed($0.baseAddress!, $0.count, places, value) }
        }
        return String(decoding: bytes[..<count], as: UTF8.self)
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

    /// `text` without trailing zeros after its point, nor the point itself when nothing follows.
    /// On bytes: with Foundation imported, `String.contains` and `hasSuffix` went through
    /// `NSString`, about 4,000 instructions a number on the library page's plots (issue 13).
    static func trimmed(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: ".")) else { return text }
        var end = bytes.count
        while bytes[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        let result = String(decoding: bytes[..<end], as: UTF8.self)
        return result == "-0" ? "0" : result
    }

    private static func isNegativeZero(_ text: String) -> Bool {
        text.utf8.first == UInt8(ascii: "-")
            && text.utf8.dropFirst().allSatisfy { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") }
    }
}
