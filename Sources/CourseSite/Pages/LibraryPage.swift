import Activations
import CourseKit
import Foundation
import TeXMath

/// One function on `library.html`.
package struct LibraryFunctionView: Sendable {
    /// The function's Calc name.
    package var name: HTML
    /// The entry's id, which links to the function use.
    package var anchor: HTML
    /// How a call looks, with defaults: `leaky_relu(x, slope=0.01)`.
    package var signature: HTML
    /// The registry's one-line description.
    package var doc: HTML
    /// Other names Calc accepts, comma-separated, if any.
    package var aliases: HTML?
    /// The formula as display MathML.
    package var formula: HTML
    /// The derivative (or gradient) as display MathML.
    package var derivative: HTML
    /// The Calc name of the derivative (`sigmoid_prime`, `mse_grad`).
    package var derivativeName: HTML
    /// The plot of the function and its derivative (element-wise functions).
    package var plot: HTML?
    /// Why there is no plot (functions of whole vectors, losses, layers).
    package var note: HTML?
}

/// The functions of one kind.
package struct LibraryGroupView: Sendable {
    /// The group's heading.
    package var title: HTML
    /// The group's id (`lectern-kind-elementwise`).
    package var id: HTML
    /// The group's functions in registry order.
    package var functions: [LibraryFunctionView]
}

/// The view of `library.mustache`.
package struct LibraryPageView: Sendable {
    /// The functions grouped by kind.
    package var groups: [LibraryGroupView]
}

/// Writes `library.html` from the Activations registry: every function with its formula and
/// derivative as MathML, its signature, doc line and aliases, and for element-wise functions a
/// plot of the function and its derivative. Each entry's `id` is the registry's anchor, which
/// Calc errors, glossary `see:` links and the lessons' "activations" tab point to.
package struct LibraryPage: PageGenerator {
    /// The library the page documents.
    package var registry: Registry

    /// Creates the generator.
    package init(registry: Registry = .standard) {
        self.registry = registry
    }

    /// `library.html`.
    package func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        ["library.html": try context.page(
            "library.html", template: "library", view: view(), title: "Library reference",
            description: "Every function of the activations library with its formula, derivative and plot.")]
    }

    /// The page's view; separate from `pages` so tests can look at it without templates.
    package func view() -> LibraryPageView {
        var groups: [LibraryGroupView] = []
        for kind in FunctionKind.allCases {
            let functions = registry.functions.filter { $0.kind == kind }
            guard !functions.isEmpty else { continue }
            groups.append(LibraryGroupView(title: .text(Self.title(kind)), id: .text("lectern-kind-\(kind.rawValue)"),
                                           functions: functions.map(functionView)))
        }
        return LibraryPageView(groups: groups)
    }

    /// The entry of one function.
    package func functionView(_ function: RegisteredFunction) -> LibraryFunctionView {
        LibraryFunctionView(
            name: .text(function.name),
            anchor: .text(function.anchor),
            signature: .text(function.signature),
            doc: .text(function.doc),
            aliases: function.aliases.isEmpty ? nil : .text(function.aliases.joined(separator: ", ")),
            formula: Self.math(function.formula),
            derivative: Self.math(function.derivativeFormula),
            derivativeName: .text(function.derivativeName),
            plot: function.kind == .elementwise ? Self.plot(function) : nil,
            note: Self.note(function))
    }

    /// The function and its derivative on −5 … 5.
    package static func plot(_ function: RegisteredFunction) -> HTML {
        let defaults = function.parameters.dropFirst().map { Tensor.scalar($0.defaultValue ?? 0) }
        func scalar(_ body: @escaping @Sendable ([Tensor]) throws(ActivationError) -> Tensor) -> (Double) -> Double? {
            { x in
                guard case .scalar(let y)? = try? body([.scalar(x)] + defaults) else { return nil }
                return y
            }
        }
        let series = [
            PlotSeries(label: "\(function.name)(x)", function: scalar(function.evaluate)),
            PlotSeries(label: "\(function.derivativeName)(x)", function: scalar(function.derivative)),
        ]
        let frame = SampledPlot.Frame(title: "\(function.name) and its derivative", x: .init(-5, 5), xLabel: "x")
        let plot = SampledPlot(frame, series: series)
        return HTML(trusted: "<figure class=\"plot-figure\">" + PlotRenderer().render(plot, id: "plot-library-\(function.anchor)") + "</figure>")
    }

    /// A formula as display MathML, or its source when it does not convert.
    static func math(_ tex: String) -> HTML {
        let result = TeXMath.convert(tex, display: true)
        if result.errors.isEmpty, let mathML = result.mathML { return HTML(trusted: mathML) }
        return HTML(trusted: "<pre class=\"math-source\"><code>\(HTML.escape(tex))</code></pre>")
    }

    static func title(_ kind: FunctionKind) -> String {
        switch kind {
        case .elementwise: "Element-wise activations"
        case .vector: "Vector functions"
        case .loss: "Losses"
        case .layer: "Layers"
        }
    }

    static func note(_ function: RegisteredFunction) -> HTML? {
        switch function.kind {
        case .elementwise: nil
        case .vector: .text("\(function.name) works on a whole vector at once (each output depends on every input), so it has no curve of one variable to draw; its derivative is a Jacobian matrix.")
        case .loss: .text("A loss compares a prediction with a target and averages over the elements; \(function.derivativeName) gives its gradient with respect to the prediction.")
        case .layer: .text("A layer combines a vector with weights and biases, so there is no single curve to draw.")
        }
    }
}

extension LibraryPage: DeclaresPageInputs {
    /// Only the outline, the templates and the course-wide files.
    package var inputs: PageInputs { [] }
}
