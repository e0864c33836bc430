import Activations
@testable import Calc
import Testing

@Suite struct ValuePrinterTests {
    @Test(arguments: [
        (Value.number(0.7310585786300049), "0.7310585786300049"),
        (.number(3), "3"), (.number(-2), "-2"), (.number(0), "0"), (.number(3.5), "3.5"),
        (.number(1.9287498479639178e-22), "1.9287498479639178e-22"), (.number(1e-5), "1e-05"),
        (.number(0.0001), "0.0001"), (.number(1e16), "1e+16"), (.number(123456789012345.0), "123456789012345"),
        (.number(0.1 + 0.2), "0.30000000000000004"), (.number(.infinity), "inf"), (.number(-.infinity), "-inf"),
        (.number(.nan), "nan"), (.boolean(true), "True"), (.boolean(false), "False"),
        (.vector([0, 3.5]), "[0, 3.5]"), (.vector([]), "[]"),
        (.matrix(Matrix(rows: 2, columns: 2, elements: [1, 2, 3, 4])), "[[1, 2], [3, 4]]"),
        (.booleanVector([true, false]), "[True, False]"), (.string("hi"), "'hi'"), (.string("it's"), "\"it's\""),
    ])
    func printsLikeNumPy(value: Value, expected: String) {
        #expect(value.description == expected)
    }

    @Test func printedNumbersReadBack() {
        for x in [0.1, 1.0 / 3, 2.0 / 3 * 1e-300, 123.456e200, Double.leastNonzeroMagnitude, 0.7310585786300049] {
            #expect(Double(Value.number(x).description) == x)
        }
    }
}
