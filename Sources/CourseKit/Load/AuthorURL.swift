/// The rules for addresses an author writes into `course.yml` or front matter.
///
/// A course repository takes pull requests from strangers, so an address is treated as
/// hostile: a `javascript:` or `data:` link would run script on every page that shows it, and a
/// `base_url` on another origin would make the 404 page load its styles and scripts from there.
/// Only web and mail links pass; anything a browser might read differently (a control character,
/// a space, a relative path) is refused rather than repaired.
package enum AuthorURL {
    /// What a field accepts.
    package enum Kind: Sendable {
        /// A link for readers to follow: `https:`, `http:` or `mailto:`.
        case link
        /// The course's public address: an absolute `https:` or `http:` URL with a host.
        case base
    }

    /// Why `text` is not acceptable as `kind`, as a message fragment; nil when it is.
    package static func problem(with text: String, as kind: Kind) -> String? {
        // Browsers drop tabs and line breaks inside a URL and trim spaces around it, so
        // "java\tscript:" would still run; refuse every control character and space outright.
        if text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\u{A0}" }) {
            return "contains a space or control character"
        }
        guard let colon = text.firstIndex(of: ":"), isScheme(text[..<colon]) else {
            return kind == .base ? "is not an absolute address" : "has no scheme"
        }
        let scheme = text[..<colon].lowercased()
        let rest = text[text.index(after: colon)...]
        switch (kind, scheme) {
        case (_, "https"), (_, "http"):
            guard rest.hasPrefix("//"), let host = rest.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false).first,
                  !host.isEmpty, !host.hasPrefix("?"), !host.hasPrefix("#") else {
                return "has no host after '\(scheme)://'"
            }
            return nil
        case (.link, "mailto"):
            return rest.isEmpty ? "has no address after 'mailto:'" : nil
        default:
            return "uses the scheme '\(scheme):'"
        }
    }

    /// What the field accepts, for the diagnostic's message.
    package static func allowed(for kind: Kind) -> String {
        switch kind {
        case .link: "only web and mail addresses are allowed"
        case .base: "only an absolute web address is allowed"
        }
    }

    /// What to write instead, for the diagnostic's note.
    package static func advice(for kind: Kind) -> String {
        switch kind {
        case .link: "write an address starting with 'https://', 'http://' or 'mailto:'"
        case .base: "write the course's public address, such as 'https://example.org/course/'"
        }
    }

    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return false
        }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == "."
        }
    }
}
