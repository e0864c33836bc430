import Activations
import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite struct LibraryPageTests {
    @Test func everyRegistryFunctionHasAnEntryAtItsAnchor() throws {
        let html = try ExtrasFixture.page("library.html")
        #expect(!Registry.standard.functions.isEmpty)
        for function in Registry.standard.functions {
            #expect(html.contains("<section class=\"library-function\" id=\"\(function.anchor)\""), "\(function.name)")
            #expect(html.contains("<code>\(HTML.escape(function.signature))</code>"), "\(function.name)")
            #expect(html.contains(HTML.escape(function.doc)), "\(function.name)")
        }
    }

    @Test func elementwiseFunctionsArePlottedWithTheirDerivative() throws {
        let view = LibraryPage().functionView(try #require(Registry.standard.function(named: "sigmoid")))
        let plot = try #require(view.plot?.markup)
        #expect(plot.contains("id=\"plot-library-sigmoid\""))
        #expect(plot.contains(">sigmoid(x)</text>") && plot.contains(">sigmoid_prime(x)</text>"))
        // σ(0) = 1/2 and σ'(0) = 1/4, read back from the description.
        #expect(plot.contains("sigmoid(x): 0.006693 at x = -5, 0.07586 at x = -2.5, 0.5 at x = 0"))
        #expect(plot.contains("sigmoid_prime(x): 0.006648 at x = -5, 0.0701 at x = -2.5, 0.25 at x = 0"))
        #expect(view.note == nil)
    }

    @Test func functionsOfWholeVectorsGetANoteInsteadOfAPlot() throws {
        let view = LibraryPage().functionView(try #require(Registry.standard.function(named: "softmax")))
        #expect(view.plot == nil)
        #expect(view.note?.markup.contains("no curve of one variable") == true)
    }

    @Test func lessonsLinkTheLibraryFromTheirHeader() throws {
        #expect(try ExtrasFixture.page("lessons/alpha.html").contains("<a class=\"source-tab\" href=\"../library.html\""))
    }
}
