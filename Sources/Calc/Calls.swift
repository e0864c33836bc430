import Activations

/// An evaluated argument and the node it came from (for error positions).
struct Argument {
    var value: Value
    var node: Node
}

extension Evaluator {
    mutating func call(_ callee: Callee, name: String, _ argumentNodes: [Node], _ keywordNodes: [KeywordArgument],
                       at node: Node) throws(CalcError) -> Value {
        let nameSite = Node(kind: .name(name), offset: node.offset, length: name.unicodeScalars.count, height: 1)
        switch callee {
        case .unknown:
            if bindings[name] != nil || Self.constants[name] != nil {
                throw CalcError(offset: nameSite.offset, length: nameSite.length, code: CalcCodes.notCallable,
                                message: "'\(name)' is a value, not a function")
            }
            throw unknownName(name, at: nameSite, lookingForFunction: true)
        case .builtin(let builtin):
            let shape = builtin.shape
            let arguments = try bind(argumentNodes, keywordNodes, parameters: shape.names, required: shape.required,
                                     signature: builtin.signature, at: nameSite)
            if builtin.readsEveryElement {
                var units = 0
                for case let argument? in arguments { units += Cost.elements(of: argument.value) }
                try charge(units, at: node)
            }
            let result = try callBuiltin(builtin, arguments, at: nameSite)
            try count(result, at: node)
            return result
        case .library(let index, let derivative):
            let library = functions.library
            guard library.indices.contains(index) else { throw unknownName(name, at: nameSite, lookingForFunction: true) }
            let result = try callLibrary(library[index], calledAs: name, derivative: derivative,
                                         argumentNodes, keywordNodes, at: nameSite, call: node)
            try count(result, at: node)
            return result
        }
    }

    /// Matches positional and keyword arguments to parameters; nil slots are optional ones not given.
    mutating func bind(_ argumentNodes: [Node], _ keywordNodes: [KeywordArgument], parameters: [String],
                       required: Int, signature: @autoclosure () -> String, at site: Node) throws(CalcError) -> [Argument?] {
        let given = argumentNodes.count + keywordNodes.count
        func arityError() -> CalcError {
            let expected = required == parameters.count
                ? "\(required) argument\(required == 1 ? "" : "s")"
                : "\(required) to \(parameters.count) arguments"
            return CalcError(offset: site.offset, length: site.length, code: CalcCodes.arity,
                             message: "\(signature()) takes \(expected), got \(given)")
        }
        guard argumentNodes.count <= parameters.count else { throw arityError() }
        var slots = [Argument?](repeating: nil, count: parameters.count)
        // `None` for an optional argument means "not given", as in `sum(m, axis=None)`.
        func isNone(_ node: Node) -> Bool {
            if case .name("None") = node.kind, bindings["None"] == nil { return true }
            return false
        }
        // Earlier arguments stay alive while later ones are computed.
        var heldHere = 0
        defer { held -= heldHere }
        for (position, argumentNode) in argumentNodes.enumerated() where !(position >= required && isNone(argumentNode)) {
            let value = try evaluate(argumentNode)
            heldHere += try hold(value, at: argumentNode)
            slots[position] = Argument(value: value, node: argumentNode)
        }
        for keyword in keywordNodes {
            guard let position = parameters.firstIndex(of: keyword.name) else {
                throw CalcError(offset: keyword.nameOffset, length: keyword.name.unicodeScalars.count,
                                code: CalcCodes.unknownKeyword,
                                message: "\(signature()) has no argument '\(keyword.name)'")
            }
            if position >= required, isNone(keyword.value) { continue }
            guard slots[position] == nil else {
                throw CalcError(offset: keyword.nameOffset, length: keyword.name.unicodeScalars.count,
                                code: CalcCodes.arity, message: "argument '\(keyword.name)' of \(signature()) is given twice")
            }
            let value = try evaluate(keyword.value)
            heldHere += try hold(value, at: keyword.value)
            slots[position] = Argument(value: value, node: keyword.value)
        }
        for position in 0..<required where slots[position] == nil { throw arityError() }
        return slots
    }

    // MARK: Library functions

    private mutating func callLibrary(_ entry: LibraryEntry, calledAs name: String,
                                      derivative: Bool, _ argumentNodes: [Node], _ keywordNodes: [KeywordArgument],
                                      at site: Node, call node: Node) throws(CalcError) -> Value {
        // Built only when an error message needs it.
        var signature: String { Self.signature(of: entry.function, calledAs: name) }
        let slots = try bind(argumentNodes, keywordNodes, parameters: entry.parameterNames,
                             required: entry.required, signature: signature, at: site)
        var tensors: [Tensor] = []
        tensors.reserveCapacity(slots.count)
        for (position, slot) in slots.enumerated() {
            guard let slot else {
                tensors.append(.scalar(entry.function.parameters[position].defaultValue ?? 0))
                continue
            }
            guard let tensor = slot.value.tensor else {
                throw CalcError(offset: slot.node.offset, length: slot.node.length, code: CalcCodes.typeError,
                                message: "\(signature) needs numbers, but '\(entry.parameterNames[position])' is \(slot.value.kindDescription)")
            }
            tensors.append(tensor)
        }
        // Charged and sized before the call: a dense layer of big matrices or the Jacobian of a
        // long vector is refused before any of it is computed or allocated.
        if let size = Cost.libraryResultSize(entry.function.kind, derivative: derivative, tensors), size > limits.maxElements {
            throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.tooLarge,
                            message: "\(signature) would give more than \(limits.maxElements) elements")
        }
        try charge(Cost.library(entry.function.kind, derivative: derivative, tensors), at: node)
        let body = derivative ? entry.function.derivative : entry.function.evaluate
        func run(_ arguments: [Tensor]) throws(CalcError) -> Tensor {
            do {
                return try body(arguments)
            } catch {
                throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.badArgument,
                                message: "\(signature): \(error.message)")
            }
        }
        switch entry.function.kind {
        case .elementwise:
            for position in tensors.indices.dropFirst() {
                guard case .scalar = tensors[position] else {
                    let node = slots[position]?.node ?? site
                    throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.typeError,
                                    message: "'\(entry.parameterNames[position])' of \(signature) must be a number")
                }
            }
            guard let first = tensors.first else { return Value(try run(tensors)) }
            // The standard library maps over tensors itself; a function that does not (its
            // result has another shape) is applied element by element.
            let whole = try run(tensors)
            if whole.shape == first.shape { return Value(whole) }
            var arguments = tensors
            func apply(_ x: Double) throws(CalcError) -> Double {
                arguments[0] = .scalar(x)
                guard case .scalar(let y) = try run(arguments) else {
                    throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.badArgument,
                                    message: "\(signature) did not give a number")
                }
                return y
            }
            switch first {
            case .scalar(let x):
                return .number(try apply(x))
            case .vector(let v):
                var out = [Double]()
                out.reserveCapacity(v.count)
                for x in v { out.append(try apply(x)) }
                return .vector(out)
            case .matrix(let m):
                var out = [Double]()
                out.reserveCapacity(m.elements.count)
                for x in m.elements { out.append(try apply(x)) }
                return .matrix(Matrix(rows: m.rows, columns: m.columns, elements: out))
            }
        case .vector:
            // NaN propagates, as in NumPy; answering here also keeps a library function that
            // mishandles NaN (log_softmax of a NaN scalar once trapped) from ever being reached.
            if let first = tensors.first, first.shape.count < 2, first.elements.contains(where: \.isNaN) {
                return Self.nanResult(like: first, jacobian: derivative)
            }
            guard case .matrix(let m) = tensors.first else {
                let result = try run(tensors)
                let expected = derivative ? (tensors.first?.shape.first).map { [$0, $0] } ?? [] : tensors.first?.shape ?? []
                guard result.shape == expected else {
                    throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.badArgument,
                                    message: "\(signature) gave shape \(result.shape) instead of \(expected)")
                }
                return Value(result)
            }
            if derivative {
                throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.unsupportedRank,
                                message: "\(signature) of a matrix would have 3 dimensions; apply it to one row")
            }
            // Row-wise, as `softmax(z, axis=-1)` in NumPy code.
            var out = [Double]()
            out.reserveCapacity(m.elements.count)
            var arguments = tensors
            for row in 0..<m.rows {
                let values = m.row(row)
                if values.contains(where: \.isNaN) {
                    out.append(contentsOf: [Double](repeating: .nan, count: m.columns))
                    continue
                }
                arguments[0] = .vector(values)
                guard case .vector(let result) = try run(arguments), result.count == m.columns else {
                    throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.badArgument,
                                    message: "\(signature) did not give a row of length \(m.columns)")
                }
                out.append(contentsOf: result)
            }
            return .matrix(Matrix(rows: m.rows, columns: m.columns, elements: out))
        case .loss, .layer:
            return Value(try run(tensors))
        }
    }

    /// All-NaN output of a vector function (or its Jacobian) for an input holding NaN.
    static func nanResult(like input: Tensor, jacobian: Bool) -> Value {
        switch input {
        case .scalar: return .number(.nan)
        case .vector(let v):
            return jacobian
                ? .matrix(Matrix(rows: v.count, columns: v.count, elements: [Double](repeating: .nan, count: v.count * v.count)))
                : .vector([Double](repeating: .nan, count: v.count))
        case .matrix(let m):
            return .matrix(Matrix(rows: m.rows, columns: m.columns, elements: [Double](repeating: .nan, count: m.elements.count)))
        }
    }

    /// The signature as the author called it: `swish_prime(x)` for an alias's derivative.
    static func signature(of function: RegisteredFunction, calledAs name: String) -> String {
        let full = function.signature
        guard let open = full.firstIndex(of: "(") else { return full }
        return name + full[open...]
    }
}
