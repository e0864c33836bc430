import Diagnostics

/// The Lectern constructs of a document in reading order, found once for every check.
package enum LecternNodeWalk {
    /// One construct a check may look at. Alerts are not listed; their contents are.
    package enum Item: Sendable {
        case math(MathNode)
        case value(InlineValueNode)
        case glossaryLink(GlossaryLinkNode)
        case fence(FenceNode)

        /// Where the construct is; the key of its results.
        package var range: SourceRange {
            switch self {
            case .math(let node): node.range
            case .value(let node): node.range
            case .glossaryLink(let node): node.range
            case .fence(let node): node.range
            }
        }
    }

    /// Every construct of `document`, in source order.
    package static func items(in document: MarkdownDocument) -> [Item] {
        document.allBlocks.flatMap { block in
            var items: [Item] = []
            switch block {
            case .math(let node): items.append(.math(node))
            case .fence(let node): items.append(.fence(node))
            default: break
            }
            for inline in block.nestedInlines {
                switch inline {
                case .math(let node): items.append(.math(node))
                case .value(let node): items.append(.value(node))
                case .glossaryLink(let node): items.append(.glossaryLink(node))
                default: break
                }
            }
            return items
        }
    }
}
