import Calc
import Diagnostics
import Foundation

/// One parameter of a quiz and the values it is drawn from: `choice(list)`, `randint(a, b)`
/// (both ends included) or `uniform(a, b, step)` (a, a + step, … up to b).
///
/// Domains stay lazy (a count and a value at an index) so that `randint(0, 10**9)` costs nothing
/// until a variant is drawn from it.
package struct ParameterDraw: Sendable {
    /// The values a parameter can take.
    package enum Domain: Sendable {
        /// `choice(list)`: the list's elements.
        case values([Value])
        /// `randint(lower, lower + count - 1)`.
        case integers(lower: Int, count: Int)
        /// `uniform(start, …, step)`: `count` values, each rounded to `decimals` places so that
        /// `0.1 * 3` reads `0.3`.
        case grid(start: Double, step: Double, count: Int, decimals: Int)

        /// How many values there are.
        package var count: Int {
            switch self {
            case .values(let values): values.count
            case .integers(_, let count), .grid(_, _, let count, _): count
            }
        }

        /// The value at `index` (0 ≤ index < count), in increasing order for ranges.
        package func value(at index: Int) -> Value {
            switch self {
            case .values(let values): return values[index]
            case .integers(let lower, _): return .number(Double(lower + index))
            case .grid(let start, let step, _, let decimals):
                let raw = start + Double(index) * step
                let scale = pow(10, Double(decimals))
                return .number((raw * scale).rounded() / scale)
            }
        }
    }

    /// The draw functions, for "did you mean" and the README.
    package static let functions = ["choice", "randint", "uniform"]
    /// The largest domain one draw may have; beyond it the author surely meant something else.
    package static let maxDomain = 1 << 40

    /// The parameter's name.
    package var name: String
    /// Its values.
    package var domain: Domain
    /// Where its name is written.
    package var range: SourceRange

    /// Reads `params:` with the lesson's bindings (arguments are Calc values); nil and
    /// diagnostics when some draw is wrong. Argument work is charged to `interpreter`.
    package static func read(_ statements: QuizCheck, interpreter: inout Interpreter) -> ([ParameterDraw]?, [Diagnostic]) {
        let map = statements.map
        let assignments: [CallAssignment]
        switch interpreter.callAssignments(statements.source) {
        case .failure(let error):
            var diagnostic = error.diagnostic(in: map)
            diagnostic.code = Codes.quizParamSyntax
            return (nil, [diagnostic])
        case .success(let parsed):
            assignments = parsed
        }
        var draws: [ParameterDraw] = []
        var diagnostics: [Diagnostic] = []
        var declared: [String] = []
        for assignment in assignments {
            // A draw that failed still declares its name, so a later draw using it is told so.
            defer { if let name = assignment.name { declared.append(name) } }
            switch read(assignment, earlier: draws, declared: declared, map: map, interpreter: &interpreter) {
            case .success(let draw): draws.append(draw)
            case .failure(let problem): diagnostics.append(problem.diagnostic)
            }
        }
        return (diagnostics.isEmpty ? draws : nil, diagnostics)
    }

    private struct Problem: Error {
        var diagnostic: Diagnostic
    }

    private static func read(_ assignment: CallAssignment, earlier: [ParameterDraw], declared: [String], map: SnippetMap,
                             interpreter: inout Interpreter) -> Result<ParameterDraw, Problem> {
        let nameRange = map.range(atScalarOffset: assignment.nameOffset, length: assignment.nameLength)
        let valueRange = map.range(atScalarOffset: assignment.valueOffset, length: assignment.valueLength)
        func problem(_ code: String, _ message: String, at range: SourceRange, notes: [DiagnosticNote] = []) -> Result<ParameterDraw, Problem> {
            .failure(Problem(diagnostic: .error(code, message, at: range, notes: notes)))
        }
        guard let name = assignment.name else {
            return problem(Codes.quizParamSyntax, "a parameter is drawn as 'name = choice([…])', 'name = randint(a, b)' or 'name = uniform(a, b, step)'", at: nameRange)
        }
        if let first = earlier.first(where: { $0.name == name }) {
            return problem(Codes.quizParamSyntax, "parameter '\(name)' is drawn twice; keep one draw",
                           at: nameRange, notes: [DiagnosticNote("first drawn here", range: first.range)])
        }
        guard let function = assignment.function else {
            return problem(Codes.quizParamSyntax, "'\(name)' must be drawn with choice, randint or uniform", at: valueRange)
        }
        let functionRange = map.range(atScalarOffset: assignment.valueOffset, length: function.unicodeScalars.count)
        guard functions.contains(function) else {
            let suggestion = Suggestion.closest(to: function, among: functions, limit: .thirdOfCandidate)
            return problem(Codes.quizParamUnknownDraw,
                           "unknown draw function '\(function)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                           at: functionRange, notes: [DiagnosticNote("parameters are drawn with choice(list), randint(a, b) or uniform(a, b, step)")])
        }
        let arity = function == "choice" ? 1 : function == "randint" ? 2 : 3
        guard assignment.arguments.count == arity, !assignment.hasKeywordArguments else {
            return problem(Codes.quizParamSyntax, "\(function) takes \(arity) positional argument\(arity == 1 ? "" : "s"), as in \(example(function))", at: valueRange)
        }
        var values: [Value] = []
        for argument in assignment.arguments {
            let argumentRange = map.range(atScalarOffset: argument.offset, length: argument.length)
            if let used = declared.first(where: { argument.names.contains($0) }) {
                return problem(Codes.quizParamDepends,
                               "the draw of '\(name)' uses parameter '\(used)'; each parameter is drawn on its own, so use a constant here and relate the parameters in 'constraint:'",
                               at: argumentRange)
            }
            let text = String(String.UnicodeScalarView(Array(map.snippet.unicodeScalars)[argument.offset..<argument.offset + argument.length]))
            switch interpreter.evaluateAndCharge(text) {
            case .failure(var error):
                error.offset += argument.offset
                return .failure(Problem(diagnostic: error.diagnostic(in: map)))
            case .success(let value):
                values.append(value)
            }
        }
        return domain(function, values, name: name, at: valueRange).map { ParameterDraw(name: name, domain: $0, range: nameRange) }
            .mapError { Problem(diagnostic: $0.diagnostic) }
    }

    private static func example(_ function: String) -> String {
        switch function {
        case "choice": "choice([0.5, 1, 2])"
        case "randint": "randint(-3, 3)"
        default: "uniform(0, 1, 0.25)"
        }
    }

    private static func domain(_ function: String, _ arguments: [Value], name: String, at range: SourceRange) -> Result<Domain, Problem> {
        func bad(_ message: String) -> Result<Domain, Problem> {
            .failure(Problem(diagnostic: .error(Codes.quizParamBadRange, message, at: range)))
        }
        switch function {
        case "choice":
            let values: [Value]
            switch arguments[0] {
            case .vector(let numbers): values = numbers.map(Value.number)
            case .booleanVector(let truths): values = truths.map(Value.boolean)
            default: return bad("choice needs a list of numbers, as in choice([0.5, 1, 2]), not \(arguments[0].kindDescription)")
            }
            guard !values.isEmpty else { return bad("choice([]) has nothing to choose from; list the values '\(name)' can take") }
            return .success(.values(values))
        case "randint":
            guard case .number(let low) = arguments[0], case .number(let high) = arguments[1],
                  low == low.rounded(), high == high.rounded(), abs(low) < 1e15, abs(high) < 1e15 else {
                return bad("randint needs two whole numbers, as in randint(-3, 3)")
            }
            guard low <= high else { return bad("randint(\(Value.number(low)), \(Value.number(high))) is empty: the first bound is above the second") }
            guard high - low < Double(maxDomain) else { return bad("randint(\(Value.number(low)), \(Value.number(high))) has too many values; narrow the range") }
            return .success(.integers(lower: Int(low), count: Int(high - low) + 1))
        default:
            guard case .number(let start) = arguments[0], case .number(let stop) = arguments[1], case .number(let step) = arguments[2],
                  start.isFinite, stop.isFinite, step.isFinite else {
                return bad("uniform needs three finite numbers, as in uniform(0, 1, 0.25)")
            }
            guard step > 0 else { return bad("uniform's step \(Value.number(step)) must be positive") }
            guard start <= stop else { return bad("uniform(\(Value.number(start)), \(Value.number(stop)), …) is empty: the start is above the stop") }
            // A little slack so that uniform(0, 1, 0.1) includes 1 despite binary rounding.
            let steps = ((stop - start) / step * (1 + 1e-12)).rounded(.down)
            guard steps < Double(maxDomain) else { return bad("uniform with step \(Value.number(step)) has too many values; use a larger step") }
            let decimals = max(decimalPlaces(start), decimalPlaces(step))
            return .success(.grid(start: start, step: step, count: Int(steps) + 1, decimals: decimals))
        }
    }

    /// Digits after the point in the shortest form of `x` (`0.25` ⇒ 2, `1e-3` ⇒ 3), at most 12.
    private static func decimalPlaces(_ x: Double) -> Int {
        for places in 0...12 {
            let scale = pow(10, Double(places))
            if ((x * scale).rounded() / scale) == x { return places }
        }
        return 12
    }
}
