/// The sandbox bounds of one `Interpreter`: each limit hit is a diagnostic with a stable code,
/// never a crash, a hang or a runaway allocation.
///
/// Work is counted in units of one element produced or one multiply-add: `a + b` costs the
/// result's size, `A @ B` and `dense(X, W)` cost m·n·k, a reduction such as `sum(v)` or a loss
/// costs its inputs' size, a library function its inputs' size times how many operations it
/// does per element. What a whole lesson or build may spend is a `WorkBudget`.
public struct Limits: Hashable, Sendable {
    /// Expression nodes evaluated per run (`calc.step-limit`).
    public var maxSteps: Int
    /// Units of work per run, summed over every operation (`calc.step-limit`), charged before
    /// the operation runs.
    public var maxWork: Int
    /// Elements in one value (`calc.too-large`), checked before anything is allocated.
    public var maxElements: Int
    /// Nesting of brackets, operators and calls (`calc.too-deep`).
    public var maxNesting: Int
    /// Elements held by all names bound in one interpreter together (`calc.memory-limit`);
    /// 8 bytes each, so the standard 4,000,000 is 32 MB.
    public var maxBoundElements: Int
    /// Elements of intermediate values one statement keeps alive at once, such as the left
    /// operands of a deeply nested product (`calc.memory-limit`); 32 MB in the standard limits.
    public var maxHeldElements: Int
    /// Characters (UTF-8 bytes) of one printed or formatted value (`calc.output-too-large`).
    public var maxOutputLength: Int

    /// Limits with the standard values unless given.
    public init(maxSteps: Int = 1_000_000, maxWork: Int = 100_000_000, maxElements: Int = 1_000_000, maxNesting: Int = 200,
                maxBoundElements: Int = 4_000_000, maxHeldElements: Int = 4_000_000, maxOutputLength: Int = 100_000) {
        self.maxSteps = maxSteps
        self.maxWork = maxWork
        self.maxElements = maxElements
        self.maxNesting = maxNesting
        self.maxBoundElements = maxBoundElements
        self.maxHeldElements = maxHeldElements
        self.maxOutputLength = maxOutputLength
    }

    /// The limits every lesson runs under.
    public static let standard = Limits()
}
