import Calc
import Foundation

/// Formats a Calc value for a page with a Python-style format spec (`.4f`, `.3e`, `.1%`, `g`).
///
/// Without a spec the value prints as Calc prints it (`0.7310585786300049`, `[0, 3.5]`).
package enum ValueFormat {
    /// The text of `value` under `spec`, or a message saying why the spec does not apply.
    package static func format(_ value: Value, spec: String?) -> Result<String, FormatError> {
        guard let spec, !spec.isEmpty else { return .success(value.description) }
        guard let parsed = Spec(spec) else {
            return .failure(FormatError(message: "unknown format spec '\(spec)'; use e.g. '.4f', '.3e', '.1%' or 'g'"))
        }
        switch value {
        case .number(let x):
            return .success(parsed.apply(x))
        case .vector(let v):
            return .success("[" + v.map(parsed.apply).joined(separator: ", ") + "]")
        case .matrix(let m):
            let rows = (0..<m.rows).map { r in "[" + m.row(r).map(parsed.apply).joined(separator: ", ") + "]" }
            return .success("[" + rows.joined(separator: ", ") + "]")
        default:
            return .failure(FormatError(message: "format spec '\(spec)' needs a number, not \(value.kindDescription)"))
        }
    }

    /// Why a format spec could not be applied.
    package struct FormatError: Error, Sendable {
        package var message: String
    }

    /// `[.precision](f|e|g|%)` or a bare precision-less type.
    private struct Spec {
        var precision: Int?
        var type: Character

        init?(_ text: String) {
            var rest = Substring(text)
            guard let type = rest.popLast(), "fFeEgG%".contains(type) else { return nil }
            if rest.hasPrefix(".") {
                guard let digits = Int(rest.dropFirst()), digits >= 0, digits <= 17 else { return nil }
                precision = digits
            } else if !rest.isEmpty {
                return nil
            }
            self.type = type
        }

        func apply(_ x: Double) -> String {
            if !x.isFinite { return x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf") }
            switch type {
            case "%": return String(format: "%.\(precision ?? 6)f", x * 100) + "%"
            case "e", "E": return pythonExponent(String(format: "%.\(precision ?? 6)\(type)", x))
            case "g", "G": return pythonExponent(String(format: "%.\(max(precision ?? 6, 1))\(type)", x))
            default: return String(format: "%.\(precision ?? 6)f", x)
            }
        }

        /// C prints `1.0e-05`; Python prints the same. Only a three-digit exponent differs; keep C's.
        func pythonExponent(_ text: String) -> String { text }
    }
}
