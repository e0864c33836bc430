/// The names a Calc source that does not parse meant to bind: the `name =` at the start of each
/// of its statements, found without the parser, which has just refused the source.
enum FailedAssignments {
    /// Each statement's leading `name =` (not `==`), statements split at `;` and line breaks.
    static func names(in source: String) -> Set<String> {
        var names: Set<String> = []
        for statement in source.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            let text = statement.drop { $0 == " " || $0 == "\t" }
            let name = text.prefix { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
            guard let first = name.first, !first.isNumber else { continue }
            let rest = text.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("="), !rest.hasPrefix("==") { names.insert(String(name)) }
        }
        return names
    }
}
