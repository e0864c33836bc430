@testable import Calc
import Testing

@Suite struct ParserTests {
    /// The tree as an S-expression, for checking precedence and associativity.
    private func tree(_ source: String) -> String? {
        guard case .success(let program) = Interpreter().parse(source) else { return nil }
        return program.statements.map { statement in
            switch statement {
            case .assign(let name, _, _, let value): "(= \(name) \(sexp(value)))"
            case .expression(let node): sexp(node)
            }
        }.joined(separator: "; ")
    }

    private func sexp(_ node: Node) -> String {
        switch node.kind {
        case .number(let x): ValuePrinter.repr(x)
        case .boolean(let b): ValuePrinter.repr(b)
        case .string(let s): ValuePrinter.quoted(s)
        case .name(let name): name
        case .list(let elements): "[" + elements.map(sexp).joined(separator: " ") + "]"
        case .negate(let operand): "(neg \(sexp(operand)))"
        case .plus(let operand): "(pos \(sexp(operand)))"
        case .not(let operand): "(not \(sexp(operand)))"
        case .binary(let op, let lhs, let rhs, _, _): "(\(op.rawValue) \(sexp(lhs)) \(sexp(rhs)))"
        case .logical(let isAnd, let lhs, let rhs): "(\(isAnd ? "and" : "or") \(sexp(lhs)) \(sexp(rhs)))"
        case .index(let base, let indices): "(index \(sexp(base)) \(indices.map(sexp).joined(separator: " ")))"
        case .slice(let start, let stop, let step):
            (start.map(sexp) ?? "") + ":" + (stop.map(sexp) ?? "") + (step.map { ":" + sexp($0) } ?? "")
        case .call(_, let name, let arguments, let keywords):
            "(\(name)" + (arguments.map { " " + sexp($0) } + keywords.map { " \($0.name)=\(sexp($0.value))" }).joined() + ")"
        }
    }

    @Test(arguments: [
        ("-2**2", "(neg (** 2 2))"),
        ("2**-1", "(** 2 (neg 1))"),
        ("2**3**2", "(** 2 (** 3 2))"),
        ("-x**-y**2", "(neg (** x (neg (** y 2))))"),
        ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("a @ b + c", "(+ (@ a b) c)"),
        ("-a @ b", "(@ (neg a) b)"),
        ("a + b < c * d", "(< (+ a b) (* c d))"),
        ("not a == b", "(not (== a b))"),
        ("a or b and c", "(or a (and b c))"),
        ("not a and b", "(and (not a) b)"),
        ("a < b < c", "(and (< a b) (< b c))"),
        ("a < b <= c != d", "(and (and (< a b) (<= b c)) (!= c d))"),
        ("m[1][0]", "(index (index m 1) 0)"),
        ("m[1, 0]", "(index m 1 0)"),
        ("m[:, 0]", "(index m : 0)"),
        ("v[1:-1]", "(index v 1:(neg 1))"),
        ("v[::2]", "(index v ::2)"),
        ("v[:n + 1]", "(index v :(+ n 1))"),
        ("-v[0]", "(neg (index v 0))"),
        ("f(x)[0] ** 2", "(** (index (f x) 0) 2)"),
        ("leaky_relu(x, slope=0.2)", "(leaky_relu x slope=0.2)"),
        ("[1, [2, 3],]", "[1 [2 3]]"),
        ("x = 1; y = x\n\nx + y", "(= x 1); (= y x); (+ x y)"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("a // b % c", "(% (// a b) c)"),
        ("True and false", "(and True False)"),
    ])
    func precedenceAndAssociativity(source: String, expected: String) {
        #expect(tree(source) == expected)
    }

    @Test func callsAreResolvedWhenParsed() throws {
        let program = try Interpreter().parse("sigmoid(1); swish_prime(0); sum([1]); nothing(2)").get()
        let callees = program.statements.compactMap { statement -> Callee? in
            guard case .expression(let node) = statement, case .call(let callee, _, _, _) = node.kind else { return nil }
            return callee
        }
        #expect(callees.count == 4)
        if case .library(_, let derivative) = callees[0] { #expect(!derivative) } else { Issue.record("sigmoid") }
        if case .library(_, let derivative) = callees[1] { #expect(derivative) } else { Issue.record("swish_prime") }
        #expect(callees[2] == .builtin(.sum))
        #expect(callees[3] == .unknown)
    }

    @Test func nodesSpanTheirSource() throws {
        let program = try Interpreter().parse("x = 1 + sigmoid(2)").get()
        guard case .assign(_, let nameOffset, let nameLength, let value) = program.statements[0] else {
            Issue.record("not an assignment")
            return
        }
        #expect(nameOffset == 0 && nameLength == 1)
        #expect(value.offset == 4 && value.length == 14)
        guard case .binary(_, _, let rhs, let operatorOffset, _) = value.kind else {
            Issue.record("not binary")
            return
        }
        #expect(operatorOffset == 6)
        #expect(rhs.offset == 8 && rhs.length == 10)
    }
}
