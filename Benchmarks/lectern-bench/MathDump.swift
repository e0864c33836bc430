import Foundation
import TeXMath

/// `lectern-bench math-dump FILE.json…`: prints TeXMath's result for every formula of each
/// corpus (`formulas` or `invalid` arrays of `{tex, display}`), one line per formula and mode, so
/// that two builds of the converter can be compared with `diff` before and after a change.
///
/// Each formula is converted both in display and in inline mode; a failure prints every error's
/// code, offset and length, which is what the tests on invalid input hold fixed.
enum MathDump {
    static func run(_ paths: [String]) {
        var out = ""
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                print("math-dump: cannot read \(path)")
                continue
            }
            let items = (object["formulas"] as? [[String: Any]] ?? []) + (object["invalid"] as? [[String: Any]] ?? [])
            for item in items {
                guard let tex = item["tex"] as? String else { continue }
                for display in [true, false] {
                    let result = TeXMath.convert(tex, display: display)
                    if let mathML = result.mathML {
                        out += mathML
                    } else {
                        out += result.errors.map { "error \($0.code) at \($0.offset)+\($0.length): \($0.message)" }
                            .joined(separator: "; ")
                    }
                    out += "\n"
                }
                if out.utf8.count > 1 << 20 {
                    FileHandle.standardOutput.write(Data(out.utf8))
                    out = ""
                }
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
