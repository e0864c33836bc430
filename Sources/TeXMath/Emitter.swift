/// Writes the math tree as MathML Core into one byte buffer, turned into a `String` once.
///
/// Tracks TeX's math style (display, text, script) to place limits as TeX does, and adds an
/// `<mstyle>` only where TeX's style differs from the one MathML Core would infer.
struct Emitter {
    /// TeX's four main styles.
    enum Style: Int, Sendable {
        case display, text, script, scriptScript

        /// Style of sub- and superscripts.
        var script: Style { self.rawValue < 2 ? .script : .scriptScript }
        /// Style of a fraction's numerator and denominator.
        var fraction: Style {
            switch self {
            case .display: return .text
            case .text: return .script
            case .script, .scriptScript: return .scriptScript
            }
        }
    }

    /// The markup so far.
    private var output: OutputBuffer
    private var style: Style
    /// The tree being written.
    private let tree: NodeArena

    init(tree: NodeArena, display: Bool, capacity: Int) {
        self.tree = tree
        style = display ? .display : .text
        output = OutputBuffer(capacity: capacity)
    }

    /// The complete `<math>` element for `node` of `tree` with `tex` as its annotation.
    static func document(_ node: NodeRef, in tree: NodeArena, tex: String, display: Bool) -> String {
        var emitter = Emitter(tree: tree, display: display, capacity: tex.utf8.count * 12 + 160)
        emitter.raw(display
            ? "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics>"
            : "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics>")
        // <semantics> takes exactly one presentation child.
        emitter.emitWrapped(node)
        emitter.raw("<annotation encoding=\"application/x-tex\">")
        emitter.output.appendEscaped(tex, attribute: false)
        emitter.raw("</annotation></semantics></math>")
        return emitter.output.finish()
    }

    // MARK: - Nodes

    /// Emits `node` as exactly one element (an `<mrow>` around several).
    mutating func emitWrapped(_ ref: NodeRef) {
        if case .row(let items) = tree[ref], items.count == 1 {
            emitWrapped(tree.item(items, 0))
        } else {
            emit(ref)
        }
    }

    mutating func emit(_ ref: NodeRef) {
        switch tree[ref] {
        case .identifier(let text, let normal):
            // Several letters are upright in MathML Core anyway; saying so keeps renderers
            // that predate Core from slanting function names.
            raw(normal || text.hasSeveralScalars ? "<mi mathvariant=\"normal\">" : "<mi>")
            appendEscaped(text)
            raw("</mi>")
        case .number(let text):
            raw("<mn>")
            appendEscaped(text)
            raw("</mn>")
        case .op(let op):
            emitOperator(op)
        case .text(let text):
            raw("<mtext>")
            appendEscaped(text)
            raw("</mtext>")
        case .space(let width):
            raw("<mspace width=\"")
            put(width)
            raw("\"/>")
        case .row(let items):
            raw("<mrow>")
            for offset in 0..<Int(items.count) { emit(tree.item(items, offset)) }
            raw("</mrow>")
        case .fraction(let fraction):
            emitFraction(fraction)
        case .root(let radicand, let index):
            if let index {
                raw("<mroot>")
                emitWrapped(radicand)
                let saved = style
                style = .scriptScript
                emitWrapped(index)
                style = saved
                raw("</mroot>")
            } else {
                raw("<msqrt>")
                emitWrapped(radicand)
                raw("</msqrt>")
            }
        case .scripts(let scripts):
            emitScripts(scripts)
        case .underOver(let parts):
            emitUnderOver(parts)
        case .table(let index):
            emitTable(tree.tables[Int(index)])
        case .style(let index, let body):
            emitStyle(tree.styles[Int(index)], body)
        case .phantom(let body):
            raw("<mphantom>")
            emitWrapped(body)
            raw("</mphantom>")
        case .padded(let index, let body):
            emitPadding(tree.paddings[Int(index)], body)
        }
    }

    mutating func emitOperator(_ op: Operator) {
        raw("<mo")
        if let stretchy = op.stretchy { raw(stretchy ? " stretchy=\"true\"" : " stretchy=\"false\"") }
        if op.fence { raw(" fence=\"true\"") }
        if op.separator { raw(" separator=\"true\"") }
        if let size = op.size?.em {
            raw(" minsize=\"")
            put(size)
            raw("\" maxsize=\"")
            put(size)
            raw("\"")
        }
        if let space = op.space?.em {
            raw(" lspace=\"")
            put(space)
            raw("\" rspace=\"")
            put(space)
            raw("\"")
        }
        if let movable = op.movableLimits {
            raw(movable ? " movablelimits=\"true\"" : " movablelimits=\"false\"")
        }
        raw(">")
        appendEscaped(op.text)
        raw("</mo>")
    }

    mutating func emitFraction(_ fraction: Fraction) {
        let saved = style
        var wrapped = false
        if let display = fraction.displayStyle {
            let wanted: Style = display ? .display : .text
            if (style == .display) != display || style.rawValue > Style.text.rawValue {
                raw(display ? "<mstyle displaystyle=\"true\" scriptlevel=\"0\">" : "<mstyle displaystyle=\"false\" scriptlevel=\"0\">")
                wrapped = true
            }
            style = wanted
        }
        let outer = style
        raw("<mfrac")
        if let thickness = fraction.lineThickness {
            raw(" linethickness=\"")
            put(thickness)
            raw("\"")
        }
        raw(">")
        if fraction.continued {
            // `\cfrac` keeps its parts in display style, which MathML would shrink.
            style = .display
            raw("<mstyle displaystyle=\"true\" scriptlevel=\"0\">")
            emitWrapped(fraction.numerator)
            raw("</mstyle><mstyle displaystyle=\"true\" scriptlevel=\"0\">")
            emitWrapped(fraction.denominator)
            raw("</mstyle>")
        } else {
            style = outer.fraction
            emitWrapped(fraction.numerator)
            emitWrapped(fraction.denominator)
        }
        raw("</mfrac>")
        if wrapped { raw("</mstyle>") }
        style = saved
    }

    mutating func emitScripts(_ scripts: Scripts) {
        let underOver: Bool
        switch scripts.placement {
        case .beside: underOver = false
        case .displayOnly: underOver = style == .display
        case .always: underOver = true
        }
        let element: StaticString
        switch (scripts.sub != nil, scripts.sup != nil, underOver) {
        case (true, true, false): element = "msubsup"
        case (true, false, false): element = "msub"
        case (false, _, false): element = "msup"
        case (true, true, true): element = "munderover"
        case (true, false, true): element = "munder"
        case (false, _, true): element = "mover"
        }
        raw("<")
        raw(element)
        raw(">")
        if underOver, style != .display, case .op(var op) = tree[scripts.base], op.limitsInDisplay {
            // `\limits` in text style: stop MathML Core from moving the limits back beside.
            op.movableLimits = false
            emitOperator(op)
        } else {
            emitWrapped(scripts.base)
        }
        let saved = style
        style = style.script
        if let sub = scripts.sub { emitWrapped(sub) }
        if let sup = scripts.sup { emitWrapped(sup) }
        style = saved
        raw("</")
        raw(element)
        raw(">")
    }

    mutating func emitUnderOver(_ parts: UnderOver) {
        let element: StaticString
        switch (parts.under != nil, parts.over != nil) {
        case (true, true): element = "munderover"
        case (true, false): element = "munder"
        default: element = "mover"
        }
        raw("<")
        raw(element)
        if parts.accent { raw(" accent=\"true\"") }
        if parts.accentUnder { raw(" accentunder=\"true\"") }
        raw(">")
        emitWrapped(parts.base)
        let saved = style
        if let under = parts.under {
            if !parts.accentUnder { style = saved.script }
            emitWrapped(under)
            style = saved
        }
        if let over = parts.over {
            if !parts.accent { style = saved.script }
            emitWrapped(over)
            style = saved
        }
        raw("</")
        raw(element)
        raw(">")
    }

    mutating func emitTable(_ table: Table) {
        let fenced = table.open != nil || table.close != nil
        if fenced {
            raw("<mrow>")
            if let open = table.open { emitOperator(Operator(text: open, stretchy: true, fence: true)) }
        }
        let saved = style
        raw("<mtable")
        if table.displayStyle {
            raw(" displaystyle=\"true\"")
            style = .display
        } else {
            style = table.small ? .script : .text
            if table.small { raw(" scriptlevel=\"1\"") }
        }
        if table.columnAlign != ["center"] {
            raw(" columnalign=\"")
            let columns = table.rows.reduce(0) { max($0, $1.count) }
            for column in 0..<max(columns, 1) {
                if column > 0 { raw(" ") }
                output.append(table.columnAlign[column % table.columnAlign.count])
            }
            raw("\"")
        }
        raw(">")
        for row in table.rows {
            raw("<mtr>")
            for (column, cell) in row.enumerated() {
                emitCellStart(column: column, table: table)
                emitWrapped(cell)
                raw("</mtd>")
            }
            raw("</mtr>")
        }
        raw("</mtable>")
        style = saved
        if fenced {
            if let close = table.close { emitOperator(Operator(text: close, stretchy: true, fence: true)) }
            raw("</mrow>")
        }
    }

    /// `<mtd>`, aligned for Chromium and Safari, which ignore `columnalign` but honour
    /// `text-align: -webkit-left|right` on cells (other browsers use `columnalign`). In an
    /// alignment environment the two cells of a pair touch, as `&=` does in TeX.
    mutating func emitCellStart(column: Int, table: Table) {
        switch table.columnAlign[column % table.columnAlign.count] {
        case "right":
            raw(table.alignedPairs
                ? "<mtd style=\"text-align: -webkit-right; padding-right: 0\">"
                : "<mtd style=\"text-align: -webkit-right\">")
        case "left":
            raw(table.alignedPairs
                ? "<mtd style=\"text-align: -webkit-left; padding-left: 0\">"
                : "<mtd style=\"text-align: -webkit-left\">")
        default:
            raw("<mtd>")
        }
    }

    mutating func emitStyle(_ change: StyleChange, _ body: NodeRef) {
        let saved = style
        raw("<mstyle")
        if let display = change.displayStyle {
            raw(display ? " displaystyle=\"true\"" : " displaystyle=\"false\"")
            switch change.scriptLevel ?? 0 {
            case 0: style = display ? .display : .text
            case 1: style = .script
            default: style = .scriptScript
            }
        }
        if let level = change.scriptLevel {
            raw(" scriptlevel=\"")
            output.append(String(level))
            raw("\"")
        }
        if let color = change.color {
            raw(" mathcolor=\"")
            appendEscaped(color, attribute: true)
            raw("\"")
        }
        if let size = change.size {
            raw(" mathsize=\"")
            put(size)
            raw("\"")
        }
        raw(">")
        emitWrapped(body)
        raw("</mstyle>")
        style = saved
    }

    // MARK: - Output

    /// Appends markup written in the source.
    @inline(__always)
    mutating func raw(_ markup: StaticString) {
        output.append(markup)
    }

    /// Appends already-safe text (attribute values chosen by the converter).
    mutating func put(_ text: Text) {
        output.append(text.base, length: text.count)
    }

    /// Appends `text` with `&`, `<`, `>` (and in attributes `"`) escaped.
    mutating func appendEscaped(_ text: Text, attribute: Bool = false) {
        output.appendEscaped(text.bytes, attribute: attribute)
    }
}
