#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The escaping cmark-gfm's HTML renderer applies (its `houdini` routines), so that the Swift
/// renderer produces the same bytes.
package enum HTMLEscaping {
    /// Text and attribute values: `&`, `<`, `>` and `"` become entities (cmark's non-secure mode).
    package static func text(_ string: String) -> String {
        guard needsEscaping(string) else { return string }
        var result = ""
        result.reserveCapacity(string.utf8.count + 16)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether any of `&<>"` occurs; memchr keeps long texts cheap even in debug builds.
    private static func needsEscaping(_ string: String) -> Bool {
        var copy = string
        return copy.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return false }
            for byte in [UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\"")]
            where memchr(base, Int32(byte), buffer.count) != nil {
                return true
            }
            return false
        }
    }

    /// Bytes `houdini_escape_href` keeps as they are.
    private static let hrefSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        for byte in "-_.+!*(),%#@?=;:/$~".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// A URL for an `href` or `src` attribute: unsafe bytes percent-encoded, `&` and `'` as entities.
    static func href(_ url: String) -> String {
        var result = ""
        result.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count + 8)
        for byte in url.utf8 {
            if hrefSafe[Int(byte)] {
                bytes.append(byte)
            } else if byte == UInt8(ascii: "&") {
                bytes.append(contentsOf: "&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                bytes.append(contentsOf: "&#x27;".utf8)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            }
        }
        result = String(decoding: bytes, as: UTF8.self)
        return result
    }

    /// Whether cmark's safe mode would drop this link destination (`javascript:` and friends;
    /// `data:` only for images other than png, gif, jpeg and webp).
    static func isDangerous(_ url: String) -> Bool {
        let lower = url.lowercased()
        for prefix in ["javascript:", "vbscript:", "file:"] where lower.hasPrefix(prefix) { return true }
        if lower.hasPrefix("data:") {
            let safe = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !safe.contains { lower.hasPrefix($0) }
        }
        return false
    }

    /// GFM's tag filter: the `<` of `<title>`, `<textarea>`, `<style>`, `<xmp>`, `<iframe>`,
    /// `<noembed>`, `<noframes>`, `<script>` and `<plaintext>` (opening or closing, any case)
    /// becomes `&lt;`.
    static func tagFilter(_ html: String) -> String {
        guard html.utf8.contains(UInt8(ascii: "<")) else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "<"), isFilteredTag(bytes, at: index + 1) {
                output.append(contentsOf: "&lt;".utf8)
            } else {
                output.append(bytes[index])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let filteredTags = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]

    private static func isFilteredTag(_ bytes: [UInt8], at start: Int) -> Bool {
        var index = start
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
        for tag in filteredTags {
            let name = Array(tag.utf8)
            guard index + name.count <= bytes.count else { continue }
            var matches = true
            for (offset, byte) in name.enumerated() where bytes[index + offset] | 0x20 != byte {
                matches = false
                break
            }
            guard matches else { continue }
            let next = index + name.count
            guard next < bytes.count else { return false }
            let after = bytes[next]
            if after == UInt8(ascii: ">") || after == UInt8(ascii: " ") || after == UInt8(ascii: "\t")
                || after == UInt8(ascii: "\n") || after == 0x0B || after == 0x0C || after == UInt8(ascii: "\r") {
                return true
            }
            if after == UInt8(ascii: "/"), next + 1 < bytes.count, bytes[next + 1] == UInt8(ascii: ">") {
                return true
            }
        }
        return false
    }
}
