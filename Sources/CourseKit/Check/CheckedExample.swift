import Calc

/// A worked example after the check pass: what was written and what running it gave.
package struct CheckedExample: Sendable {
    /// The example as parsed from its fence.
    package var example: WorkedExample
    /// Each step's result and the diagnostics.
    package var outcome: ExampleOutcome
}
