import Calc
import Diagnostics
import LecternMarkdown

/// Puts the values of `{= … }` written inside math into the TeX before it is converted, so that
/// `$\sigma(1) \approx {= sigmoid(1) :.3f}$` shows the number as part of the formula.
///
/// Values are found by `InlineValueSyntax`, the rule prose uses, so TeX's own `{=}` groups
/// (`\overset{\text{def}}{=}`) stay TeX.
package enum MathValueSubstitution {
    /// The TeX with every value substituted and a map from the new TeX to the author's file, or
    /// nil when the formula has no value. Values that fail are reported and left as written.
    package static func substitute(_ node: MathNode, interpreter: inout Interpreter) -> (tex: String, map: SnippetMap, diagnostics: [Diagnostic])? {
        // Almost every formula holds no value; finding that takes one scan of its bytes, not
        // the offset tables `values(in:)` builds.
        guard Self.mayHoldValue(node.tex) else { return nil }
        let values = InlineValueSyntax.values(in: node.tex)
        guard !values.isEmpty else { return nil }
        let scalars = Array(node.tex.unicodeScalars)
        var output = String.UnicodeScalarView()
        var segments: [SnippetMap.Segment] = []
        var diagnostics: [Diagnostic] = []
        var outputOffset = 0
        // Copies author text, one segment per line, since a segment counts columns on one line.
        func copy(_ range: Range<Int>) {
            var startsSegment = true
            for index in range {
                if startsSegment {
                    segments.append(SnippetMap.Segment(offset: outputOffset, location: node.map.location(atScalarOffset: index)))
                    startsSegment = false
                }
                output.append(scalars[index])
                outputOffset += 1
                if scalars[index] == "\n" { startsSegment = true }
            }
        }
        var index = 0
        for value in values {
            copy(index..<value.whole.lowerBound)
            let inner = String(String.UnicodeScalarView(scalars[value.inner]))
            let innerMap = SnippetMap(snippet: inner, startingAt: node.map.location(atScalarOffset: value.inner.lowerBound))
            switch InlineValueEvaluator.evaluate(inner: inner, map: innerMap, charging: &interpreter) {
            case .success(let result):
                segments.append(SnippetMap.Segment(offset: outputOffset, location: node.map.location(atScalarOffset: value.whole.lowerBound)))
                output.append(contentsOf: result.text.unicodeScalars)
                outputOffset += result.text.unicodeScalars.count
            case .failure(let failure):
                diagnostics.append(failure.diagnostic)
                copy(value.whole)
            }
            index = value.whole.upperBound
        }
        copy(index..<scalars.count)
        let tex = String(output)
        if segments.isEmpty { segments = [SnippetMap.Segment(offset: 0, location: node.range.start)] }
        return (tex, SnippetMap(snippet: tex, segments: segments), diagnostics)
    }

    /// Whether `tex` contains `{=`, the opening of every inline value.
    static func mayHoldValue(_ tex: String) -> Bool {
        var tex = tex
        return tex.withUTF8 { bytes in
            // Over the buffer, not `String.UTF8View`'s iterator: a tenth of the instructions.
            guard bytes.count > 1 else { return false }
            for index in 1..<bytes.count where bytes[index] == UInt8(ascii: "=") {
                if bytes[index - 1] == UInt8(ascii: "{") { return true }
            }
            return false
        }
    }
}
