/// Turns a run's diagnostics into the text one output format prints.
///
/// Renderers are pure: they return the whole output as a string and the CLI prints it.
/// Every output ends with a newline unless there is nothing to say.
public protocol DiagnosticRenderer: Sendable {
    /// The output for `diagnostics`, in the order given (pass `DiagnosticBag.sorted`).
    func render(_ diagnostics: [Diagnostic]) -> String
}
