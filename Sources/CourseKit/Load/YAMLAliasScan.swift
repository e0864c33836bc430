import Diagnostics

/// Finds YAML anchors (`&name`) and aliases (`*name`) in a text before it is composed.
///
/// Aliases let a few kilobytes name an exponentially large tree ("billion laughs"), and libyaml
/// expands them while composing; course files never need them, so they are refused up front.
/// The scan is a small tokenizer that knows just enough YAML to tell an indicator at the start
/// of a node from the same character inside text: quoted strings, comments, block scalars
/// (`|`, `>`), flow collections and the `key: ` / `- ` separators. Where it is unsure (a plain
/// scalar continued on a line starting with `&`) it reports, which errs towards safety.
package enum YAMLAliasScan {
    /// One anchor or alias: whether it is an alias, its 1-based line and column (characters),
    /// and its length in characters.
    package struct Finding: Hashable, Sendable {
        package var isAlias: Bool
        package var line: Int
        package var column: Int
        package var length: Int
    }

    /// Every anchor and alias in `yaml`, in reading order.
    package static func findings(in yaml: String) -> [Finding] {
        // Only `&` and `*` make findings; most texts (every front matter of the benchmark) have
        // neither, and need no tokenizing.
        guard yaml.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return [] }
        var result: [Finding] = []
        var quote: Character?          // an open quoted scalar, possibly from an earlier line
        var blockIndent: Int?          // the indentation of the line that opened a block scalar
        var flowDepth = 0
        for (lineIndex, rawLine) in yaml.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = Array(rawLine)
            let indent = line.prefix { $0 == " " }.count
            if let parent = blockIndent {
                if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) || indent > parent { continue }
                blockIndent = nil
            }
            var index = quote == nil ? indent : 0
            var atNodeStart = quote == nil
            func isBlank(_ offset: Int) -> Bool { offset >= line.count || line[offset] == " " || line[offset] == "\t" || line[offset] == "\r" }
            while index < line.count {
                let character = line[index]
                if let open = quote {
                    if open == "'" && character == "'" {
                        if index + 1 < line.count, line[index + 1] == "'" { index += 2; continue }
                        quote = nil
                    } else if open == "\"" && character == "\\" {
                        index += 2
                        continue
                    } else if open == "\"" && character == "\"" {
                        quote = nil
                    }
                    index += 1
                    continue
                }
                if character == " " || character == "\t" || character == "\r" {
                    index += 1
                    if index < line.count, line[index] == "#" { break }
                    continue
                }
                if character == "#", index == 0 || isBlank(index - 1) { break }
                if atNodeStart {
                    switch character {
                    case "&", "*":
                        var end = index + 1
                        while end < line.count, !isBlank(end), !(flowDepth > 0 && ",[]{}".contains(line[end])) { end += 1 }
                        result.append(Finding(isAlias: character == "*", line: lineIndex + 1, column: index + 1, length: end - index))
                        index = end
                        atNodeStart = character == "&"
                        continue
                    case "-", "?", ":":
                        guard isBlank(index + 1) else { atNodeStart = false; break }
                        index += 1
                        continue
                    case "!":
                        while index < line.count, !isBlank(index) { index += 1 }
                        continue
                    case "'", "\"":
                        quote = character
                        atNodeStart = false
                        index += 1
                        continue
                    case "[", "{":
                        flowDepth += 1
                        index += 1
                        continue
                    case "|", ">":
                        guard flowDepth == 0 else { atNodeStart = false; break }
                        blockIndent = indent
                        index = line.count
                        continue
                    default:
                        atNodeStart = false
                    }
                }
                switch character {
                case ":" where isBlank(index + 1) || (flowDepth > 0 && index + 1 < line.count && ",]}".contains(line[index + 1])):
                    atNodeStart = true
                case ",", "[", "{":
                    // Inside a flow collection these separate nodes; in block context they are text.
                    guard flowDepth > 0 else { break }
                    if character != "," { flowDepth += 1 }
                    atNodeStart = true
                case "]", "}":
                    if flowDepth > 0 { flowDepth -= 1 }
                default:
                    break
                }
                index += 1
            }
        }
        return result
    }

    /// The findings as diagnostics in `source` (`yaml.anchor`, `yaml.alias`).
    package static func diagnostics(in yaml: String, source: SourceText) -> [Diagnostic] {
        findings(in: yaml).map { finding in
            let range = SourceRange(start: SourceLocation(file: source.file, line: finding.line, column: finding.column),
                                    length: finding.length)
            return finding.isAlias
                ? .error(Codes.yamlAlias, "YAML aliases ('*name') are not supported; write the value out in full", at: range)
                : .error(Codes.yamlAnchor, "YAML anchors ('&name') are not supported; write the value out where it is used", at: range)
        }
    }
}
