import Diagnostics

extension WorkedExample {
    /// Runs every statement in order on `interpreter` (bindings carry over to later examples of
    /// the lesson) and compares values with the expected output.
    ///
    /// Each body line is placed with `bodyMap`, the map of the body text this example was
    /// parsed from (a fence inside a list or quote has its own column on every line).
    ///
    /// A value that differs is `example.mismatch` at the expected output, naming both values;
    /// a statement that fails reports its Calc error at the statement's column.
    public func run(in interpreter: inout Interpreter, bodyMap: SnippetMap) -> ExampleOutcome {
        // Scalar offset of the start of each body line; prompts and indentation are ASCII, so a
        // line's column is also a scalar count.
        var lineStarts = [0]
        for (offset, scalar) in bodyMap.snippet.unicodeScalars.enumerated() where scalar == "\n" {
            lineStarts.append(offset + 1)
        }
        return run(in: &interpreter) { line in
            let start = line.index < lineStarts.count ? lineStarts[line.index] : lineStarts[lineStarts.count - 1]
            return bodyMap.location(atScalarOffset: start + line.column)
        }
    }

    private func run(in interpreter: inout Interpreter, location: (Line) -> SourceLocation) -> ExampleOutcome {
        var diagnostics: [Diagnostic] = []
        for line in strayLines {
            diagnostics.append(.error(CalcCodes.exampleStrayOutput, "output line without a '>>>' statement before it",
                                      at: SourceRange(start: location(line), length: line.text.count),
                                      notes: [DiagnosticNote("start statements with '>>> '")]))
        }
        for line in badTolerances {
            diagnostics.append(.error(CalcCodes.exampleBadTolerance, "a tolerance must be a non-negative number, as in # tol=1e-9",
                                      at: SourceRange(start: location(line), length: line.text.count)))
        }
        var outcomes: [StepOutcome] = []
        for step in steps {
            let statement = step.statement
            switch interpreter.run(statement) {
            case .failure(let error):
                // Each statement line starts a segment at its own place in the lesson.
                var segments: [SnippetMap.Segment] = []
                var offset = 0
                for line in step.source {
                    segments.append(SnippetMap.Segment(offset: offset, location: location(line)))
                    offset += line.text.unicodeScalars.count + 1
                }
                let map = SnippetMap(snippet: statement, segments: segments)
                if !interpreter.isEcho(error, in: statement) { diagnostics.append(error.diagnostic(in: map)) }
                outcomes.append(StepOutcome(statement: statement, expected: step.expectedText, actual: nil, passed: false))
            case .success(let value):
                // Printing is charged like computing: a value too long to print, or a budget
                // already spent, is an error rather than megabytes in the page.
                var actual: String?
                if let value {
                    switch interpreter.printed(value) {
                    case .success(let text): actual = text
                    case .failure(var error):
                        let map = SnippetMap(snippet: statement, segments: [SnippetMap.Segment(offset: 0, location: location(step.source[0]))])
                        error.length = max(step.source[0].text.unicodeScalars.count, 1)
                        diagnostics.append(error.diagnostic(in: map))
                        outcomes.append(StepOutcome(statement: statement, expected: step.expectedText, actual: nil, passed: false))
                        continue
                    }
                }
                guard let expectedText = step.expectedText, let first = step.expected.first else {
                    outcomes.append(StepOutcome(statement: statement, expected: nil, actual: actual, passed: true))
                    continue
                }
                // Locating a line walks the body text, so it is done only for a failure.
                func range() -> SourceRange { SourceRange(start: location(first), length: first.text.count) }
                guard let value, let actual else {
                    let shown = ExpectedOutput.normalized(expectedText)
                    diagnostics.append(.error(CalcCodes.exampleMismatch, "expected \(shown), got no value",
                                              at: range(), notes: [DiagnosticNote("an assignment prints nothing; write the name on its own line to show it")]))
                    outcomes.append(StepOutcome(statement: statement, expected: expectedText, actual: nil, passed: false))
                    continue
                }
                let expected = ExpectedOutput(expectedText)
                let passed = expected.matches(value, tolerance: step.tolerance)
                if passed, step.tolerance == nil, let loose = expected.firstLooseNumber(against: value) {
                    diagnostics.append(.warning(CalcCodes.exampleLooseTolerance,
                                                "expected output " + loose.written.looseToleranceMessage(for: loose.actual),
                                                at: range(),
                                                notes: [DiagnosticNote("or add '# tol=…' to the statement to choose the tolerance")]))
                }
                if !passed {
                    let shown = ExpectedOutput.normalized(expectedText)
                    var notes: [DiagnosticNote] = []
                    if let tolerance = step.tolerance {
                        notes.append(DiagnosticNote("compared with tolerance \(ValuePrinter.repr(tolerance))"))
                    } else {
                        notes.append(DiagnosticNote("numbers are compared to half a unit in their last written digit; add '# tol=…' to choose a tolerance"))
                    }
                    diagnostics.append(.error(CalcCodes.exampleMismatch, "expected \(shown), got \(actual)", at: range(), notes: notes))
                }
                outcomes.append(StepOutcome(statement: statement, expected: expectedText, actual: actual, passed: passed))
            }
        }
        return ExampleOutcome(steps: outcomes, diagnostics: diagnostics)
    }
}
