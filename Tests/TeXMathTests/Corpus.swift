import Foundation
import Testing

/// The shared math corpus, loaded from the test bundle's fixtures.
enum Corpus {
    struct Formula: Sendable, CustomTestStringConvertible {
        let id: String
        let tex: String
        let display: Bool
        var testDescription: String { "\(id): \(tex)" }
    }

    struct Invalid: Sendable, CustomTestStringConvertible {
        let id: String
        let kind: String
        let offset: Int
        let tex: String
        var testDescription: String { "\(id) \(kind)@\(offset): \(tex)" }
    }

    static func url(_ name: String) -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            fatalError("missing fixture \(name)")
        }
        return url
    }

    static func text(_ name: String) -> String {
        (try? String(contentsOf: url(name), encoding: .utf8)) ?? ""
    }

    /// formulas.txt lines with the display flags of formulas.json (same order).
    static let formulas: [Formula] = {
        let lines = text("formulas.txt").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.isEmpty }
        var displays: [Bool] = []
        if let data = try? Data(contentsOf: url("formulas.json")),
           let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let items = object["formulas"] as? [[String: Any]] {
            displays = items.map { ($0["display"] as? Bool) ?? true }
        }
        return lines.enumerated().map { index, tex in
            Formula(id: String(format: "m%03d", index + 1), tex: tex,
                    display: index < displays.count ? displays[index] : true)
        }
    }()

    static let invalid: [Invalid] = text("invalid.txt").split(separator: "\n").compactMap { line in
        if line.hasPrefix("#") { return nil }
        let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4, let offset = Int(fields[2]) else { return nil }
        return Invalid(id: String(fields[0]), kind: String(fields[1]), offset: offset, tex: String(fields[3]))
    }

    /// KaTeX's MathML by formula id.
    static let katex: [String: String] = {
        guard let data = try? Data(contentsOf: url("expected.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let items = object["expected"] as? [[String: Any]] else { return [:] }
        var result: [String: String] = [:]
        for item in items {
            if let id = item["id"] as? String, let mathML = item["katex"] as? String { result[id] = mathML }
        }
        return result
    }()
}
