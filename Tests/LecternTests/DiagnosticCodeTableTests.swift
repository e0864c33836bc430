import Calc
import CourseKit
import Foundation
import LecternMarkdown
import TeXMath
import Testing

@testable import lectern

/// The README's code tables and the modules' code enums name the same codes, so a new code
/// cannot ship undocumented and a renamed one cannot linger in the tables.
@Suite struct DiagnosticCodeTableTests {
    /// Every code the modules declare, by enum.
    static let declared: [String: [String]] = [
        "CalcCodes": CalcCodes.all,
        "MathErrorCode": MathErrorCode.all,
        "MarkdownCodes": MarkdownCodes.all,
        "Codes": Codes.all,
        "LecternCodes": LecternCodes.all,
    ]

    /// The dotted codes in the columns headed `code…` of every Markdown table in `markdown`.
    static func tableCodes(in markdown: String) -> Set<String> {
        var codes: Set<String> = []
        var codeColumns: [Int]? = nil  // nil outside a table
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                codeColumns = nil
                continue
            }
            let cells = line.dropFirst().split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let columns = codeColumns else {
                codeColumns = cells.indices.filter { cells[$0].hasPrefix("code") }
                continue
            }
            for index in columns where index < cells.count {
                for match in cells[index].matches(of: /`([a-z]+\.[a-z][a-z0-9-]*)`/) {
                    codes.insert(String(match.output.1))
                }
            }
        }
        return codes
    }

    @Test func tablesAreReadFromCodeColumnsOnly() {
        let sample = """
            | option | code |
            |---|---|
            | `x.not-a-code` | `quiz.one`, `quiz.two` |

            | code | when |
            |---|---|
            | `plot.three` | see `faq.elsewhere` |
            `yaml.outside` a table
            """
        #expect(Self.tableCodes(in: sample) == ["quiz.one", "quiz.two", "plot.three"])
    }

    @Test func everyDeclaredCodeIsInTheReadmeTablesAndBack() throws {
        let readme = try String(
            contentsOf: LecternProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let documented = Self.tableCodes(in: readme)
        var declared: Set<String> = []
        for (name, codes) in Self.declared {
            #expect(Set(codes).count == codes.count, "\(name).all lists a code twice")
            let missing = Set(codes).subtracting(documented)
            #expect(missing.isEmpty, "codes of \(name) missing from the README's code tables: \(missing.sorted())")
            declared.formUnion(codes)
        }
        let unknown = documented.subtracting(declared)
        #expect(unknown.isEmpty, "README code tables name codes no module declares: \(unknown.sorted())")
    }

    @Test func codesAreDottedLowerCaseWords() {
        for codes in Self.declared.values {
            for code in codes {
                #expect(code.wholeMatch(of: /[a-z]+\.[a-z][a-z0-9]*(-[a-z0-9]+)*/) != nil, "\(code)")
            }
        }
    }
}
