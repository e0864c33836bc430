/// Work shared by many evaluations: everything one lesson computes (inline values, worked
/// examples, quiz checks, plots) draws from the lesson's share, and every lesson of a build
/// from the build's.
///
/// Work is counted, never timed, so a budget runs out at the same operation on every machine
/// and every run: one unit is one element produced or one multiply-add (see `Limits`). An
/// `Interpreter` carries a budget and spends from it on each `run`; copy the budget out of the
/// interpreter after a lesson to carry it on to the next (`startLesson()` clears the lesson's
/// part and keeps the build's).
///
/// For lessons checked in parallel, give each lesson the same starting budget and fold each
/// lesson's `lessonSpent` into the build's with `spend(_:)` in path order afterwards: the
/// lesson that crosses the build limit is then the same whatever the schedule.
public struct WorkBudget: Hashable, Sendable {
    /// Which limit ran out.
    public enum Scope: String, Hashable, Sendable {
        case lesson, build

        /// The stable diagnostic code for this limit: `calc.lesson-budget` or `calc.build-budget`.
        public var code: String {
            switch self {
            case .lesson: CalcCodes.lessonBudget
            case .build: CalcCodes.buildBudget
            }
        }
    }

    /// Units one lesson may spend.
    public var lessonLimit: Int
    /// Units all lessons of a build may spend together.
    public var buildLimit: Int
    /// Units spent since `startLesson()`.
    public private(set) var lessonSpent = 0
    /// Units spent since the budget was made.
    public private(set) var buildSpent = 0
    /// Set when the lesson's share refused work; cleared by `startLesson()`.
    private var lessonRefused = false
    /// Set when the build's share refused work; it stays set.
    private var buildRefused = false

    /// A budget with nothing spent.
    public init(lessonLimit: Int = 100_000_000, buildLimit: Int = 500_000_000) {
        self.lessonLimit = lessonLimit
        self.buildLimit = buildLimit
    }

    /// The limits every build runs under: about a second of the costliest work for one lesson
    /// and a few seconds for a build, while the busiest lesson of the sample course spends
    /// about 2,500 units (README's Security model section has the figures).
    public static let standard = WorkBudget()

    /// No limit beyond each run's own (the REPL).
    public static let unlimited = WorkBudget(lessonLimit: .max, buildLimit: .max)

    /// Units that may still be spent before one of the limits is passed; 0 once either has
    /// refused work.
    public var remaining: Int {
        guard exhausted == nil else { return 0 }
        return Swift.max(0, Swift.min(lessonLimit - lessonSpent, buildLimit - buildSpent))
    }

    /// The limit that has refused work or been passed, if any (the build's first: it is the
    /// one to raise). Every later request is refused until `startLesson()` (for the lesson's).
    public var exhausted: Scope? {
        if buildRefused || buildSpent > buildLimit { return .build }
        if lessonRefused || lessonSpent > lessonLimit { return .lesson }
        return nil
    }

    /// Starts the next lesson's share; what the build spent is kept.
    public mutating func startLesson() {
        lessonSpent = 0
        lessonRefused = false
    }

    /// Asks for `units` of work before doing it: records them and returns nil when they fit in
    /// both limits; otherwise records nothing, so that refused work never counts against the
    /// build, and returns the limit that refused them.
    @discardableResult
    public mutating func spend(_ units: Int) -> Scope? {
        if let scope = exhausted { return scope }
        let units = Swift.max(units, 0)
        let (build, buildOverflow) = buildSpent.addingReportingOverflow(units)
        if buildOverflow || build > buildLimit {
            buildRefused = true
            return .build
        }
        let (lesson, lessonOverflow) = lessonSpent.addingReportingOverflow(units)
        if lessonOverflow || lesson > lessonLimit {
            lessonRefused = true
            return .lesson
        }
        buildSpent = build
        lessonSpent = lesson
        return nil
    }

    /// Records `units` of work already done (the steps of an evaluation), saturating; past a
    /// limit, later requests are refused.
    mutating func record(_ units: Int) {
        let units = Swift.max(units, 0)
        lessonSpent = lessonSpent.addingReportingOverflow(units).overflow ? .max : lessonSpent + units
        buildSpent = buildSpent.addingReportingOverflow(units).overflow ? .max : buildSpent + units
    }

    /// The error for work past `scope`'s limit, at a node of the source being run.
    func error(_ scope: Scope, offset: Int, length: Int) -> CalcError {
        let limit = scope == .lesson ? lessonLimit : buildLimit
        let whose = scope == .lesson ? "this lesson's" : "the whole build's"
        return CalcError(offset: offset, length: length, code: scope.code,
                         message: "\(whose) computations need more than \(limit) operations, the \(scope.rawValue) budget",
                         notes: ["make vectors and matrices smaller or compute fewer values; README's Security model section says how to raise the limit"])
    }
}
