import Calc

/// A worked example after the check pass: what was written and what running it gave.
package struct CheckedExample: Sendable {
    package var example: WorkedExample
    package var outcome: ExampleOutcome
}
