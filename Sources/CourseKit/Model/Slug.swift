/// Turns a human title ("Neural Networks", "Non-Linearity") into a stable lower-case slug for
/// file names and fragment ids (`neural-networks`, `non-linearity`).
///
/// ASCII letters and digits are kept (lower-cased; common accented Latin letters fold to their
/// base letter); every other run of characters becomes one hyphen; hyphens at the ends are dropped.
package enum Slug {
    /// The slug of `text`; `fallback` when nothing sluggable is left (a title of only symbols).
    /// A slug stops before its word `maxWords + 1` or once it is `maxLength` characters long
    /// (a quiz id keeps the first words of its question).
    package static func make(_ text: String, fallback: String = "item", maxWords: Int = .max, maxLength: Int = .max) -> String {
        var result = ""
        var words = 1
        var pendingHyphen = false
        for character in text.lowercased() {
            guard let kept = keep(character) else {
                pendingHyphen = !result.isEmpty
                continue
            }
            if pendingHyphen {
                if words >= maxWords || result.count >= maxLength { break }
                result.append("-")
                words += 1
            }
            pendingHyphen = false
            result.append(kept)
        }
        return result.isEmpty ? fallback : result
    }

    /// `text` lower-cased with common accented Latin letters folded to their base letters
    /// (`Élan` → `elan`); other characters stay. For sorting and filing glossary terms.
    package static func folded(_ text: String) -> String {
        String(text.lowercased().flatMap { folded[$0] ?? String($0) })
    }

    private static func keep(_ character: Character) -> String? {
        if character.isASCII {
            return character.isLetter || character.isNumber ? String(character) : nil
        }
        return folded[character]
    }

    private static let folded: [Character: String] = [
        "à": "a", "á": "a", "â": "a", "ã": "a", "ä": "a", "å": "a", "æ": "ae", "ç": "c", "è": "e",
        "é": "e", "ê": "e", "ë": "e", "ì": "i", "í": "i", "î": "i", "ï": "i", "ñ": "n", "ò": "o",
        "ó": "o", "ô": "o", "õ": "o", "ö": "o", "ø": "o", "ù": "u", "ú": "u", "û": "u", "ü": "u",
        "ý": "y", "ÿ": "y", "ß": "ss",
    ]
}
