/// What Python and NumPy spellings mean in Calc, for messages that say what to write instead.
///
/// Calc reads like Python, so authors type Python: `np.exp(x)`, `x.shape`, `def`, `lambda`,
/// loops, comprehensions, `import`, `print`. Each is refused with its own stable code
/// (`calc.python-…`) and the Calc way to say the same.
enum PythonHabit {
    /// Every habit's code starts with this.
    static let codePrefix = "calc.python-"

    /// Names that are modules in Python code about numbers; `name.member` on one of them is a
    /// module habit, on anything else an attribute habit.
    static let modules: Set<String> = [
        "np", "numpy", "math", "cmath", "scipy", "torch", "tf", "jnp", "jax", "pd", "pandas", "statistics",
    ]

    /// Module members Calc spells differently.
    static let renamedMembers: [String: String] = [
        "maximum": "max", "minimum": "min", "amax": "max", "amin": "min", "absolute": "abs", "fabs": "abs",
        "matmul": "dot", "transpose": "transpose", "allclose": "allclose", "isclose": "isclose",
    ]

    /// Constants Calc has without a module.
    static let constants: Set<String> = ["pi", "e", "inf", "nan"]

    /// Attributes of a NumPy array and the Calc expression for them, `%@` standing for the value.
    static let attributes: [String: String] = [
        "shape": "shape(%@)", "T": "transpose(%@)", "ndim": "len(shape(%@))",
        "size": "len(%@) for a vector, or shape(%@) for a matrix",
    ]

    /// Text shown for a value too long to quote.
    static func quoted(_ text: String) -> String {
        let trimmed = text.trimmingBlanks()
        return trimmed.unicodeScalars.count <= 40 ? trimmed : "…"
    }

    /// `text` with every whole-word use of `variable` replaced by `replacement`.
    static func substitute(_ variable: String, in text: String, with replacement: String) -> String {
        var out = ""
        var word = ""
        func flush() {
            out += word == variable ? replacement : word
            word = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "_" {
                word.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingBlanks() -> String {
        let blanks: Set<Character> = [" ", "\t", "\n", "\r"]
        return String(drop(while: { blanks.contains($0) }).reversed().drop(while: { blanks.contains($0) }).reversed())
    }
}
