/// The tolerance a written number implies; quizzes use it for `answer:` keys.
public enum ImpliedTolerance {
    /// Half a unit in the last written digit of `literal`, or nil when it is not a number.
    public static func of(_ literal: some StringProtocol) -> Double? {
        WrittenNumber(literal)?.tolerance
    }
}

extension ImpliedTolerance {
    /// Whether `literal`'s implied tolerance is too loose to check `actual` (see
    /// `WrittenNumber.isTooLoose(for:)`); nil when it is not a number.
    public static func isTooLoose(_ literal: some StringProtocol, for actual: Double) -> Bool? {
        WrittenNumber(literal)?.isTooLoose(for: actual)
    }
}
