import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks that converter output is well-formed XML made only of MathML Core elements.
enum MathMLChecker {
    static let coreElements: Set<String> = [
        "math", "semantics", "annotation", "mrow", "mi", "mn", "mo", "mtext", "mspace", "ms",
        "msub", "msup", "msubsup", "munder", "mover", "munderover", "mfrac", "msqrt", "mroot",
        "mstyle", "mpadded", "mphantom", "mtable", "mtr", "mtd", "merror", "mmultiscripts",
        "mprescripts", "none",
    ]

    /// Problems found in `xml`; empty when it is well-formed and uses only MathML Core.
    static func problems(_ xml: String) -> [String] {
        let document: XMLDocument
        do {
            document = try XMLDocument(xmlString: xml, options: [])
        } catch {
            return ["not well-formed: \(error)"]
        }
        guard let root = document.rootElement() else { return ["no root element"] }
        var problems: [String] = []
        if root.name != "math" { problems.append("root is <\(root.name ?? "")>") }
        visit(root, &problems)
        return problems
    }

    /// The element tree as `name(child, child)`, for structural comparisons.
    static func structure(_ xml: String) -> String {
        guard let document = try? XMLDocument(xmlString: xml, options: []), let root = document.rootElement() else {
            return "<invalid>"
        }
        return describe(root)
    }

    private static func describe(_ element: XMLElement) -> String {
        let children = (element.children ?? []).compactMap { $0 as? XMLElement }
        let name = element.name ?? "?"
        if children.isEmpty { return name }
        return name + "(" + children.map(describe).joined(separator: ",") + ")"
    }

    private static func visit(_ element: XMLElement, _ problems: inout [String]) {
        let name = element.name ?? ""
        if !coreElements.contains(name) { problems.append("<\(name)> is not a MathML Core element") }
        let children = (element.children ?? []).compactMap { $0 as? XMLElement }
        let arity: [String: Int] = [
            "msub": 2, "msup": 2, "msubsup": 3, "munder": 2, "mover": 2, "munderover": 3,
            "mfrac": 2, "mroot": 2,
        ]
        if let expected = arity[name], children.count != expected {
            problems.append("<\(name)> has \(children.count) children, expected \(expected)")
        }
        for child in children { visit(child, &problems) }
    }
}

extension MathMLChecker {
    /// The element tree with the differences that do not change layout removed: `<mstyle>`
    /// and `<mrow>` wrappers are flattened into enclosing rows, single-child rows unwrapped,
    /// and empty `<mspace>`/`<mtext>` both read as `space`. Two converters agree on structure
    /// when these strings are equal.
    static func normalizedStructure(_ xml: String) -> String {
        guard let document = try? XMLDocument(xmlString: xml, options: []), let root = document.rootElement() else {
            return "<invalid>"
        }
        return show(normalize(root))
    }

    private struct Tree {
        var name: String
        var children: [Tree]
    }

    private static func normalize(_ element: XMLElement) -> Tree {
        let name = element.name ?? "?"
        let rowLike: Set<String> = ["mrow", "mstyle", "mtd", "math", "semantics", "msqrt"]
        var children: [Tree] = []
        for child in (element.children ?? []).compactMap({ $0 as? XMLElement }) {
            var tree = normalize(child)
            if (tree.name == "mrow" || tree.name == "mstyle") && rowLike.contains(name) {
                children += tree.children
                continue
            }
            if (tree.name == "mrow" || tree.name == "mstyle") && tree.children.count == 1 { tree = tree.children[0] }
            if (tree.name == "mspace" || tree.name == "mtext") && tree.children.isEmpty { tree.name = "space" }
            children.append(tree)
        }
        return Tree(name: name == "mstyle" ? "mrow" : name, children: children)
    }

    private static func show(_ tree: Tree) -> String {
        tree.children.isEmpty ? tree.name : tree.name + "(" + tree.children.map(show).joined(separator: ",") + ")"
    }
}
