import Diagnostics

/// Gives the Markdown renderer the HTML of each Lectern construct of one lesson: pre-rendered
/// fragments first, then the checks' results, then a plain escaped placeholder for constructs
/// whose checks are not part of this build.
package struct LessonNodeRenderer: LecternNodeRenderer {
    /// The lesson's check results.
    package var results: LessonResults
    /// HTML rendered ahead of time by `LessonFragmentRenderer`s.
    package var fragments: [SourceRange: HTML]

    /// Creates a renderer for one lesson.
    package init(results: LessonResults, fragments: [SourceRange: HTML] = [:]) {
        self.results = results
        self.fragments = fragments
    }

    /// The HTML of `node`.
    package func html(for node: LecternNode) -> String {
        if let range = Self.range(of: node), let html = fragments[range] ?? results.nodeHTML[range] {
            return html.markup
        }
        switch node {
        case .math(let math):
            if let mathML = results.mathML[math.range] { return mathML }
            // The formula's error is reported; the page shows its source instead of a guess.
            return "<code class=\"math-source\">\(HTML.escape(math.tex))</code>"
        case .value(let value):
            return "<code class=\"value-source\">{= \(HTML.escape(value.expression))\(value.format.map { " :\(HTML.escape($0))" } ?? "")}</code>"
        case .glossaryLink(let link):
            return "<span class=\"term\">\(HTML.escape(link.text ?? link.target))</span>"
        case .fence(let fence):
            return "<pre class=\"fence fence-\(fence.kind.rawValue)\"><code>\(HTML.escape(fence.body))</code></pre>\n"
        case .alert(let alert, let titleHTML, let contentHTML):
            // GitHub's alert markup, so styles written for GitHub-flavoured pages apply.
            let title = titleHTML ?? Self.defaultTitle(alert.kind)
            return "<div class=\"markdown-alert markdown-alert-\(alert.kind.rawValue)\" role=\"note\">\n"
                + "<p class=\"markdown-alert-title\">\(title)</p>\n\(contentHTML)</div>\n"
        }
    }

    /// The title of an alert without one: its kind, capitalised.
    package static func defaultTitle(_ kind: AlertNode.Kind) -> String {
        switch kind {
        case .note: "Note"
        case .tip: "Tip"
        case .important: "Important"
        case .warning: "Warning"
        case .caution: "Caution"
        }
    }

    private static func range(of node: LecternNode) -> SourceRange? {
        switch node {
        case .math(let node): node.range
        case .value(let node): node.range
        case .glossaryLink(let node): node.range
        case .fence(let node): node.range
        case .alert(let node, _, _): node.range
        }
    }
}
