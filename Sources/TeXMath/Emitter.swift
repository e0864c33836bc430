/// Writes the math tree as MathML Core into one string buffer.
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

    private(set) var output = ""
    private var style: Style

    init(display: Bool, capacity: Int) {
        style = display ? .display : .text
        output.reserveCapacity(capacity)
    }

    /// The complete `<math>` element for `node` with `tex` as its annotation.
    static func document(_ node: Node, tex: String, display: Bool) -> String {
        var emitter = Emitter(display: display, capacity: tex.utf8.count * 12 + 160)
        emitter.output += display
            ? "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics>"
            : "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics>"
        // <semantics> takes exactly one presentation child.
        emitter.emitWrapped(node)
        emitter.output += "<annotation encoding=\"application/x-tex\">"
        emitter.appendEscaped(tex)
        emitter.output += "</annotation></semantics></math>"
        return emitter.output
    }

    // MARK: - Nodes

    /// Emits `node` as exactly one element (an `<mrow>` around several).
    mutating func emitWrapped(_ node: Node) {
        if case .row(let items) = node, items.count == 1 {
            emitWrapped(items[0])
        } else {
            emit(node)
        }
    }

    mutating func emit(_ node: Node) {
        switch node {
        case .identifier(let text, let normal):
            output += normal ? "<mi mathvariant=\"normal\">" : "<mi>"
            appendEscaped(text)
            output += "</mi>"
        case .number(let text):
            output += "<mn>"
            appendEscaped(text)
            output += "</mn>"
        case .op(let op):
            emitOperator(op)
        case .text(let text):
            output += "<mtext>"
            appendEscaped(text)
            output += "</mtext>"
        case .space(let width):
            output += "<mspace width=\""
            output += width
            output += "\"/>"
        case .row(let items):
            output += "<mrow>"
            for item in items { emit(item) }
            output += "</mrow>"
        case .fraction(let fraction):
            emitFraction(fraction)
        case .root(let radicand, let index):
            if let index {
                output += "<mroot>"
                emitWrapped(radicand)
                let saved = style
                style = .scriptScript
                emitWrapped(index)
                style = saved
                output += "</mroot>"
            } else {
                output += "<msqrt>"
                emitWrapped(radicand)
                output += "</msqrt>"
            }
        case .scripts(let scripts):
            emitScripts(scripts)
        case .underOver(let parts):
            emitUnderOver(parts)
        case .table(let table):
            emitTable(table)
        case .style(let change, let body):
            emitStyle(change, body)
        case .phantom(let body):
            output += "<mphantom>"
            emitWrapped(body)
            output += "</mphantom>"
        }
    }

    mutating func emitOperator(_ op: Operator) {
        output += "<mo"
        if let stretchy = op.stretchy { output += stretchy ? " stretchy=\"true\"" : " stretchy=\"false\"" }
        if op.fence { output += " fence=\"true\"" }
        if op.separator { output += " separator=\"true\"" }
        if let size = op.size?.em {
            output += " minsize=\""
            output += size
            output += "\" maxsize=\""
            output += size
            output += "\""
        }
        if let space = op.space?.em {
            output += " lspace=\""
            output += space
            output += "\" rspace=\""
            output += space
            output += "\""
        }
        if let movable = op.movableLimits {
            output += movable ? " movablelimits=\"true\"" : " movablelimits=\"false\""
        }
        output += ">"
        appendEscaped(op.text)
        output += "</mo>"
    }

    mutating func emitFraction(_ fraction: Fraction) {
        let saved = style
        var wrapped = false
        if let display = fraction.displayStyle {
            let wanted: Style = display ? .display : .text
            if (style == .display) != display || style.rawValue > Style.text.rawValue {
                output += display ? "<mstyle displaystyle=\"true\" scriptlevel=\"0\">" : "<mstyle displaystyle=\"false\" scriptlevel=\"0\">"
                wrapped = true
            }
            style = wanted
        }
        let outer = style
        output += "<mfrac"
        if let thickness = fraction.lineThickness {
            output += " linethickness=\""
            output += thickness
            output += "\""
        }
        output += ">"
        if fraction.continued {
            // `\cfrac` keeps its parts in display style, which MathML would shrink.
            style = .display
            output += "<mstyle displaystyle=\"true\" scriptlevel=\"0\">"
            emitWrapped(fraction.numerator)
            output += "</mstyle><mstyle displaystyle=\"true\" scriptlevel=\"0\">"
            emitWrapped(fraction.denominator)
            output += "</mstyle>"
        } else {
            style = outer.fraction
            emitWrapped(fraction.numerator)
            emitWrapped(fraction.denominator)
        }
        output += "</mfrac>"
        if wrapped { output += "</mstyle>" }
        style = saved
    }

    mutating func emitScripts(_ scripts: Scripts) {
        let underOver: Bool
        switch scripts.placement {
        case .beside: underOver = false
        case .displayOnly: underOver = style == .display
        case .always: underOver = true
        }
        var base = scripts.base
        if underOver, style != .display, case .op(var op) = base, op.limitsInDisplay {
            // `\limits` in text style: stop MathML Core from moving the limits back beside.
            op.movableLimits = false
            base = .op(op)
        }
        let element: String
        switch (scripts.sub != nil, scripts.sup != nil, underOver) {
        case (true, true, false): element = "msubsup"
        case (true, false, false): element = "msub"
        case (false, _, false): element = "msup"
        case (true, true, true): element = "munderover"
        case (true, false, true): element = "munder"
        case (false, _, true): element = "mover"
        }
        output += "<"
        output += element
        output += ">"
        emitWrapped(base)
        let saved = style
        style = style.script
        if let sub = scripts.sub { emitWrapped(sub) }
        if let sup = scripts.sup { emitWrapped(sup) }
        style = saved
        output += "</"
        output += element
        output += ">"
    }

    mutating func emitUnderOver(_ parts: UnderOver) {
        let element: String
        switch (parts.under != nil, parts.over != nil) {
        case (true, true): element = "munderover"
        case (true, false): element = "munder"
        default: element = "mover"
        }
        output += "<"
        output += element
        if parts.accent { output += " accent=\"true\"" }
        if parts.accentUnder { output += " accentunder=\"true\"" }
        output += ">"
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
        output += "</"
        output += element
        output += ">"
    }

    mutating func emitTable(_ table: Table) {
        let fenced = table.open != nil || table.close != nil
        if fenced {
            output += "<mrow>"
            if let open = table.open { emitOperator(Operator(text: open, stretchy: true, fence: true)) }
        }
        let saved = style
        output += "<mtable"
        if table.displayStyle {
            output += " displaystyle=\"true\""
            style = .display
        } else {
            style = table.small ? .script : .text
            if table.small { output += " scriptlevel=\"1\"" }
        }
        if table.columnAlign != ["center"] {
            output += " columnalign=\""
            let columns = table.rows.reduce(0) { max($0, $1.count) }
            for column in 0..<max(columns, 1) {
                if column > 0 { output += " " }
                output += table.columnAlign[column % table.columnAlign.count]
            }
            output += "\""
        }
        output += ">"
        for row in table.rows {
            output += "<mtr>"
            for cell in row {
                output += "<mtd>"
                emitWrapped(cell)
                output += "</mtd>"
            }
            output += "</mtr>"
        }
        output += "</mtable>"
        style = saved
        if fenced {
            if let close = table.close { emitOperator(Operator(text: close, stretchy: true, fence: true)) }
            output += "</mrow>"
        }
    }

    mutating func emitStyle(_ change: StyleChange, _ body: Node) {
        let saved = style
        output += "<mstyle"
        if let display = change.displayStyle {
            output += display ? " displaystyle=\"true\"" : " displaystyle=\"false\""
            switch change.scriptLevel ?? 0 {
            case 0: style = display ? .display : .text
            case 1: style = .script
            default: style = .scriptScript
            }
        }
        if let level = change.scriptLevel {
            output += " scriptlevel=\""
            output += String(level)
            output += "\""
        }
        if let color = change.color {
            output += " mathcolor=\""
            appendEscaped(color, attribute: true)
            output += "\""
        }
        if let size = change.size {
            output += " mathsize=\""
            output += size
            output += "\""
        }
        output += ">"
        emitWrapped(body)
        output += "</mstyle>"
        style = saved
    }

    // MARK: - Escaping

    /// Appends `text` with `&`, `<`, `>` (and in attributes `"`) escaped.
    mutating func appendEscaped(_ text: String, attribute: Bool = false) {
        var needsEscape = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 {
            needsEscape = true
            break
        }
        guard needsEscape else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
