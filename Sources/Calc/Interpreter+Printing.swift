extension Interpreter {
    /// `value` as the REPL and worked examples print it, its cost charged to `budget`:
    /// a value longer than `Limits.maxOutputLength` is `calc.output-too-large` before anything
    /// is charged, a character an element is asked for first (`calc.lesson-budget` /
    /// `calc.build-budget` when refused), and the rest of the text's cost is recorded once its
    /// length is known. Errors are at offset 0.
    mutating func printed(_ value: Value) -> Result<String, CalcError> {
        do {
            try BoundedText.precheck(elements: Cost.elements(of: value), minimumWidth: 1, limit: limits.maxOutputLength)
            let least = Cost.product(Cost.elements(of: value), Cost.formattingWeight)
            if let scope = budget.spend(least) { return .failure(budget.error(scope, offset: 0, length: 1)) }
            let text = try ValuePrinter.repr(value, maxLength: limits.maxOutputLength)
            budget.record(Cost.formatting(text) - least)
            return .success(text)
        } catch {
            return .failure(error)
        }
    }
}
