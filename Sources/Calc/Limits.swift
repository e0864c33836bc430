/// The sandbox bounds of one `Interpreter.run`: each limit hit is a diagnostic, never a crash
/// or a hang.
public struct Limits: Hashable, Sendable {
    /// Expression nodes evaluated per run (`calc.step-limit`).
    public var maxSteps: Int
    /// Elements computed per run, summed over every intermediate value (`calc.step-limit`).
    public var maxWork: Int
    /// Elements in one value (`calc.too-large`), checked before anything is allocated.
    public var maxElements: Int
    /// Nesting of brackets, operators and calls (`calc.too-deep`).
    public var maxNesting: Int

    /// Limits with the standard values unless given.
    public init(maxSteps: Int = 1_000_000, maxWork: Int = 100_000_000, maxElements: Int = 1_000_000, maxNesting: Int = 200) {
        self.maxSteps = maxSteps
        self.maxWork = maxWork
        self.maxElements = maxElements
        self.maxNesting = maxNesting
    }

    /// The limits every lesson runs under.
    public static let standard = Limits()
}
