/// What each `\begin{…}` environment draws.
struct EnvironmentSpec: Sendable {
    /// How columns are aligned.
    enum Columns: Sendable {
        /// Every column the same.
        case all(String)
        /// `aligned`: right, left, right, left…
        case alternating
        /// `array`: from the mandatory column argument.
        case fromArgument
    }

    var columns: Columns
    var open: Text? = nil
    var close: Text? = nil
    /// Cells in display style (alignment environments) instead of text style (matrices).
    var displayStyle = false
    /// `matrix*` takes an optional `[l|c|r]` alignment.
    var starOption = false
    /// `alignat` takes the number of column pairs in braces.
    var countArgument = false
    var small = false
}

enum Environments {
    static let specs: [String: EnvironmentSpec] = {
        var specs: [String: EnvironmentSpec] = [:]
        let fences: [(String, Text?, Text?)] = [
            ("matrix", nil, nil), ("pmatrix", "(", ")"), ("bmatrix", "[", "]"), ("Bmatrix", "{", "}"),
            ("vmatrix", "|", "|"), ("Vmatrix", "\u{2016}", "\u{2016}"),
        ]
        for (name, open, close) in fences {
            specs[name] = EnvironmentSpec(columns: .all("center"), open: open, close: close)
            specs[name + "*"] = EnvironmentSpec(columns: .all("center"), open: open, close: close, starOption: true)
        }
        specs["smallmatrix"] = EnvironmentSpec(columns: .all("center"), small: true)
        specs["cases"] = EnvironmentSpec(columns: .all("left"), open: "{")
        specs["dcases"] = EnvironmentSpec(columns: .all("left"), open: "{", displayStyle: true)
        specs["rcases"] = EnvironmentSpec(columns: .all("left"), close: "}")
        specs["drcases"] = EnvironmentSpec(columns: .all("left"), close: "}", displayStyle: true)
        for name in ["aligned", "align", "align*", "split", "flalign", "flalign*"] {
            specs[name] = EnvironmentSpec(columns: .alternating, displayStyle: true)
        }
        for name in ["alignat", "alignat*", "alignedat"] {
            specs[name] = EnvironmentSpec(columns: .alternating, displayStyle: true, countArgument: true)
        }
        for name in ["gathered", "gather", "gather*", "equation", "equation*", "multline", "multline*"] {
            specs[name] = EnvironmentSpec(columns: .all("center"), displayStyle: true)
        }
        specs["array"] = EnvironmentSpec(columns: .fromArgument)
        specs["darray"] = EnvironmentSpec(columns: .fromArgument, displayStyle: true)
        specs["subarray"] = EnvironmentSpec(columns: .fromArgument, small: true)
        return specs
    }()

    static let names: [String] = specs.keys.sorted()
}
