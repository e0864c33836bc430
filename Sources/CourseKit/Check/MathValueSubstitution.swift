import Calc
import Diagnostics

/// Puts the values of `{= … }` written inside math into the TeX before it is converted, so that
/// `$\sigma(1) \approx {= sigmoid(1) :.3f}$` shows the number as part of the formula.
package enum MathValueSubstitution {
    /// The TeX with every value substituted and a map from the new TeX to the author's file, or
    /// nil when the formula has no `{=`. Values that fail are reported and left as written.
    package static func substitute(_ node: MathNode, interpreter: Interpreter) -> (tex: String, map: SnippetMap, diagnostics: [Diagnostic])? {
        guard node.tex.contains("{=") else { return nil }
        let scalars = Array(node.tex.unicodeScalars)
        var output = String.UnicodeScalarView()
        var segments: [SnippetMap.Segment] = []
        var diagnostics: [Diagnostic] = []
        var outputOffset = 0
        var startNewSegment = true
        var index = 0
        func append(_ text: String.UnicodeScalarView, from original: Int) {
            segments.append(SnippetMap.Segment(offset: outputOffset, location: node.map.location(atScalarOffset: original)))
            output.append(contentsOf: text)
            outputOffset += text.count
            startNewSegment = true
        }
        while index < scalars.count {
            if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "=",
               let close = scalars[(index + 2)...].firstIndex(of: "}") {
                let inner = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
                let innerMap = SnippetMap(snippet: inner, startingAt: node.map.location(atScalarOffset: index + 2))
                switch InlineValueEvaluator.evaluate(inner: inner, map: innerMap, interpreter: interpreter) {
                case .success(let result):
                    append(result.text.unicodeScalars, from: index)
                case .failure(let failure):
                    diagnostics.append(failure.diagnostic)
                    append(String.UnicodeScalarView(scalars[index...close]), from: index)
                }
                index = close + 1
                continue
            }
            if startNewSegment {
                segments.append(SnippetMap.Segment(offset: outputOffset, location: node.map.location(atScalarOffset: index)))
                startNewSegment = false
            }
            output.append(scalars[index])
            outputOffset += 1
            // Each line of the formula starts a segment, since a segment counts columns on one line.
            if scalars[index] == "\n" { startNewSegment = true }
            index += 1
        }
        let tex = String(output)
        if segments.isEmpty { segments = [SnippetMap.Segment(offset: 0, location: node.range.start)] }
        return (tex, SnippetMap(snippet: tex, segments: segments), diagnostics)
    }
}
