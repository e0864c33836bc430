/// The name of a tag's page, `tags/<name>.html`, shared by the page writer and the checks that
/// compare tags by page.
///
/// It is the tag's slug (`Neural Networks` → `neural-networks`). A tag with no letter or digit a
/// slug keeps (`激活`, `Функция`, `😀`, `+++`) would otherwise fall back to one shared name, so
/// every such tag of a course in Chinese or Russian would collide; it gets `tag-` and six hex
/// digits of a stable hash of the tag as tags are compared (case, spaces, `-` and `_` ignored).
package enum TagPageName {
    /// The page name of `tag`, without folder or extension.
    package static func of(_ tag: String) -> String {
        let slug = Slug.make(tag, fallback: "")
        if !slug.isEmpty { return slug }
        return "tag-" + StableHash.hex(StableHash.fnv1a(key(tag), as: UInt32.self)).prefix(6)
    }

    /// What two spellings of one tag share: the folded text without spaces, `-` and `_`
    /// (`ReLU`, `relu` and `Re-LU` are one tag).
    package static func key(_ tag: String) -> String {
        String(Slug.folded(tag).filter { !" \t-_".contains($0) })
    }
}
