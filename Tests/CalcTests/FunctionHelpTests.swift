@testable import Calc
import Testing

@Suite struct FunctionHelpTests {
    @Test func describesBuiltinsLibraryFunctionsAndDerivatives() throws {
        let interpreter = Interpreter()
        #expect(try #require(interpreter.help(for: "round")).hasPrefix("round(x, ndigits=0)\n"))
        #expect(try #require(interpreter.help(for: "leaky_relu")).hasPrefix("leaky_relu(x, slope=0.01)\n"))
        #expect(try #require(interpreter.help(for: "swish_prime")).contains("the derivative of silu"))
        #expect(try #require(interpreter.help(for: "mse_grad")).contains("gradient of mse"))
        #expect(interpreter.help(for: "nothing") == nil)
    }
}
