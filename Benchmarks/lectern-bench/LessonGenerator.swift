import Foundation

/// One synthetic lesson of the benchmark course, drawn from a generator seeded by its index.
///
/// Quiz keys and worked-example outputs are computed here with Foundation's `exp` and `tanh`, so
/// `lectern build` proves them right exactly as it would an author's.
struct Lesson {
    let index: Int
    private var random: SeededGenerator
    /// Every formula written so far, in order, with its display flag.
    private(set) var formulas: [(tex: String, display: Bool)] = []
    private(set) var quizzes = 0
    private(set) var examples = 0

    init(index: Int) {
        self.index = index
        random = SeededGenerator(state: UInt64(index) &* 0x2545_F491_4F6C_DD1D &+ 1)
    }

    /// The whole lesson file.
    mutating func text() -> String {
        let inlineCount = Int.random(in: 10...20, using: &random)
        let displayCount = Int.random(in: 2...4, using: &random)
        let z = Double(Int.random(in: -12...12, using: &random)) / 4
        let fence = "```"
        var out = """
        ---
        title: "Lesson \(index + 1): \(CourseGenerator.terms[index % 100].lowercased()) at \(Self.number(z))"
        summary: What a layer does with the input \(Self.number(z)), and how to check it.
        tags: [benchmark, module-\(index / CourseGenerator.moduleSize + 1)]
        ---

        This lesson follows [[\(term())]] through one layer. \(sentence()) \(sentence())
        The logistic value at the input is {= sigmoid(\(Self.number(z))) :.4f}.

        ## The idea

        """
        // Inline formulas: two in the table header, three in the list, the rest in paragraphs.
        let paragraphFormulas = inlineCount - 5
        for step in 0..<paragraphFormulas {
            out += sentence()
            out += step % 3 == 2 ? "\n\n" : " "
            if step == paragraphFormulas / 2 {
                out += "\n\n$$\n\(displayFormula())\n$$\n\n"
            }
        }
        out += "\n\nSee also [[\(term())|\(term().lowercased())]].\n\n## Three facts\n\n"
        for _ in 0..<3 { out += "- \(sentence())\n" }
        let left = inline("\\operatorname{relu}(z)")
        let right = inline("\\tanh(z)")
        out += """

        ## A few values

        | input | \(left) | \(right) |
        |---:|---:|---:|

        """
        for offset in [-1.0, 0.0, 1.0] {
            let x = z + offset
            out += "| \(Self.number(x)) | \(Self.number(max(0, x))) | \(String(format: "%.4f", tanh(x))) |\n"
        }
        for _ in 1..<displayCount {
            out += "\n$$\n\(displayFormula())\n$$\n"
        }
        out += """

        The same in Python:

        \(fence)python
        import math

        def sigmoid(z):
            return 1 / (1 + math.exp(-z))

        print(sigmoid(\(Self.number(z))))
        \(fence)

        ## Worked example

        """
        examples = Int.random(in: 1...2, using: &random)
        for number in 0..<examples { out += example(number, z: z, fence: fence) }
        out += "\n## Check yourself\n"
        quizzes = Int.random(in: 1...3, using: &random)
        for number in 0..<quizzes { out += quiz(number, z: z, fence: fence) }
        out += "\nNext, [[\(term())]] comes back in a new setting.\n"
        return out
    }

    // MARK: - Prose and formulas

    private mutating func term() -> String {
        CourseGenerator.terms[Int.random(in: 0..<CourseGenerator.terms.count, using: &random)]
    }

    /// `$tex$`, recorded as an inline formula.
    private mutating func inline(_ tex: String) -> String {
        formulas.append((tex, false))
        return "$\(tex)$"
    }

    private mutating func sentence() -> String {
        let openings = ["Here", "In this layer", "For the example", "Written out", "By definition", "In short"]
        let opening = openings[Int.random(in: 0..<openings.count, using: &random)]
        return "\(opening), \(inline(inlineFormula())) holds."
    }

    private mutating func inlineFormula() -> String {
        let i = Int.random(in: 1...9, using: &random)
        let n = Int.random(in: 2...64, using: &random)
        let a = Double(Int.random(in: -16...16, using: &random)) / 4
        let x = Self.number(a)
        switch Int.random(in: 0..<20, using: &random) {
        case 0: return "z_{\(i)} = W_{\(i)} x + b_{\(i)}"
        case 1: return "\\sigma(\(x)) = \\frac{1}{1 + e^{-(\(x))}}"
        case 2: return "\\sigma'(z) = \\sigma(z)\\,(1 - \\sigma(z))"
        case 3: return "x_{\(i)}^{2} + x_{\(i + 1)}^{2}"
        case 4: return "\\alpha = \(x)"
        case 5: return "\\operatorname{relu}(\(x)) = \(Self.number(max(0, a)))"
        case 6: return "\\tanh(\(x)) \\approx \(String(format: "%.3f", tanh(a)))"
        case 7: return "\\sum_{k=1}^{\(n)} w_k x_k"
        case 8: return "\\|W\\|_2 \\le \(n)"
        case 9: return "f'(x) = \(n) x^{\(n - 1)}"
        case 10: return "\\hat{y}_{\(i)} = \\operatorname{softmax}(z)_{\(i)}"
        case 11: return "L = -\\sum_{k} y_k \\log p_k"
        case 12: return "\\mathbb{E}[x_{\(i)}] = \\mu"
        case 13: return "\\sqrt{\(n)} \\approx \(String(format: "%.3f", Double(n).squareRoot()))"
        case 14: return "\\lambda \\in (0, 1)"
        case 15: return "\\nabla_{W} L"
        case 16: return "x \\mapsto \\max(0, x)"
        case 17: return "\\mathbf{x} \\in \\mathbb{R}^{\(n)}"
        case 18: return "e^{\(x)} \\approx \(String(format: "%.3f", exp(a)))"
        default: return "\\frac{\\partial L}{\\partial z_{\(i)}}"
        }
    }

    private mutating func displayFormula() -> String {
        let n = Int.random(in: 2...32, using: &random)
        let a = Int.random(in: -9...9, using: &random)
        let b = Int.random(in: -9...9, using: &random)
        let tex: String
        switch Int.random(in: 0..<7, using: &random) {
        case 0: tex = "\\sigma'(z) = \\sigma(z)\\,\\bigl(1 - \\sigma(z)\\bigr), \\qquad \\operatorname{relu}(z) = \\max(0, z)"
        case 1: tex = "\\operatorname{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_{j=1}^{\(n)} e^{z_j}}"
        case 2: tex = "\\operatorname{relu}'(x) = \\begin{cases} 1 & x > \(min(a, 0)) \\\\ 0 & \\text{otherwise} \\end{cases}"
        case 3: tex = "\\begin{aligned} z &= W x + b \\\\ a &= \\sigma(z) + \(n) \\end{aligned}"
        case 4: tex = "W = \\begin{pmatrix} \(a) & \(b) \\\\ \(b) & \(a) \\end{pmatrix}"
        case 5: tex = "L(\\theta) = \\frac{1}{\(n)} \\sum_{k=1}^{\(n)} \\left( y_k - \\hat{y}_k \\right)^2"
        default: tex = "\\Phi(\(a)) = \\int_{-\\infty}^{\(a)} \\frac{1}{\\sqrt{2\\pi}} e^{-t^2/2} \\, dt"
        }
        formulas.append((tex, true))
        return tex
    }

    // MARK: - Examples and quizzes

    private mutating func example(_ number: Int, z: Double, fence: String) -> String {
        if number == 0 {
            return """

            \(fence)example
            >>> z = dense([1.0, 2.0], [[0.5, -1], [1, 1]], [0, 0.5])
            >>> relu(z)
            [0, 3.5]
            >>> sigmoid(\(Self.number(z)))
            \(String(format: "%.4f", 1 / (1 + exp(-z))))
            \(fence)

            """
        }
        let a = Int.random(in: -5...5, using: &random)
        let b = Int.random(in: 1...5, using: &random)
        return """

        A second run, with integers:

        \(fence)example
        >>> relu([\(a), \(b)])
        [\(max(0, a)), \(b)]
        >>> tanh(\(Self.number(z)))
        \(String(format: "%.4f", tanh(z)))
        \(fence)

        """
    }

    private mutating func quiz(_ number: Int, z: Double, fence: String) -> String {
        let k = Int.random(in: 1...9, using: &random)
        switch number {
        case 0:
            return """

            \(fence)quiz
            What is $\\sigma(\(Self.number(z)))$, to four decimals?

            answer: \(String(format: "%.4f", 1 / (1 + exp(-z))))
            check: sigmoid(\(Self.number(z)))
            tolerance: 0.0001
            id: sigmoid-\(index)
            > The logistic function maps \(Self.number(z)) into the interval $(0, 1)$.
            \(fence)

            """
        case 1:
            return """

            \(fence)quiz
            Which number is $\\operatorname{relu}(-\(k))$?

            - [x] 0
            - [ ] \(k)
            - [ ] -\(k)

            check: relu(-\(k))
            id: relu-\(index)
            > A rectifier sends every negative input to 0.
            \(fence)

            """
        default:
            return """

            \(fence)quiz
            True or false: the slope of ReLU at $x = \(k)$ is 1.

            answer: true
            check: relu_prime(\(k)) == 1
            id: slope-\(index)
            > For positive inputs ReLU is the identity, whose slope is 1.
            \(fence)

            """
        }
    }

    /// `1.5`, `-2`, `0`: the shortest decimal form, as an author would type it.
    static func number(_ value: Double) -> String {
        String(format: "%g", value == 0 ? 0 : value)
    }
}
