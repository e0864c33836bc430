/// GitHub-style heading anchors: lower-case, punctuation and symbols dropped, spaces turned
/// into `-`, and repeats numbered `-1`, `-2`, … in document order (as github-slugger does).
struct HeadingSlugger {
    private var occurrences: [String: Int] = [:]

    /// The unique anchor for a heading whose plain text is `text`. A heading with nothing to make
    /// an anchor from (`## `, `## 😀`, `## ***`) is `section`, since an empty `id` is invalid HTML.
    mutating func slug(for text: String) -> String {
        let slug = Self.slug(text)
        let base = slug.isEmpty ? "section" : Self.unreserved(slug)
        var result = base
        while let count = occurrences[result] {
            let next = (occurrences[base] ?? count) + 1
            occurrences[base] = next
            result = "\(base)-\(next)"
        }
        occurrences[result] = 0
        return result
    }

    /// Id prefixes the page itself uses (templates, quizzes, footnotes, plots, glossary tips).
    static let reservedPrefixes = ["lectern-", "quiz-", "fn-", "fnref-", "search-", "site-search-", "not-found-"]

    /// `slug`, with `section-` in front when it starts like one of the page's own ids, so a
    /// heading `## lectern-main` cannot take the id the layout gives the main element. Plot ids
    /// are `plot-` and ten hex digits, so only such slugs are moved ("Plot 1" stays `plot-1`).
    static func unreserved(_ slug: String) -> String {
        let isPlotID = slug.hasPrefix("plot-") && slug.dropFirst(5).prefix(10).count == 10
            && slug.dropFirst(5).prefix(10).allSatisfy(\.isHexDigit)
        return isPlotID || reservedPrefixes.contains(where: slug.hasPrefix) ? "section-" + slug : slug
    }

    /// The anchor for `text` before duplicates are numbered.
    static func slug(_ text: String) -> String {
        // ASCII text needs no Unicode properties: its letters are its alphabetic scalars and its
        // digits its numeric ones, and it has no marks.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "_"): bytes.append(byte)
                case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
                default: break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return slugByProperties(text)
    }

    /// `slug(_:)` for any text, by each scalar's Unicode properties.
    static func slugByProperties(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if scalar == " " {
                result.append("-")
            } else if scalar == "-" || scalar == "_" || properties.isAlphabetic
                || properties.numericType != nil || properties.generalCategory.isMark {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

private extension Unicode.GeneralCategory {
    var isMark: Bool {
        self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
    }
}

/// The plain text of inlines, as a heading anchor needs it.
///
/// Inline values are left out: their text is known only after the Check pass, and an anchor
/// should not change when a computed number does.
enum PlainText {
    /// Concatenates the text of `inlines`: text, code, math source, link texts; breaks become spaces.
    static func of(_ inlines: [Inline<SourceStage>]) -> String {
        var result = ""
        append(inlines, to: &result)
        return result
    }

    private static func append(_ inlines: [Inline<SourceStage>], to result: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text): result += text.text
            case .code(let code): result += code.code
            case .softBreak, .lineBreak: result += " "
            case .html: break
            case .emphasis(let node), .strong(let node), .strikethrough(let node): append(node.inlines, to: &result)
            case .link(let link), .image(let link): append(link.inlines, to: &result)
            case .footnoteReference: break
            case .math(let math): result += math.tex
            case .value: break
            case .glossaryLink(let link): result += link.text ?? link.target
            case .opaque: break
            }
        }
    }
}
