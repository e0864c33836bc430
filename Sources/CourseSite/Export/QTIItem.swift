import CourseKit
import LecternMarkdown

/// One quiz as an IMS QTI 2.1 `assessmentItem` document.
enum QTIItem {
    private static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd"
        """

    /// The item document of `item`, math as MathML.
    static func xml(for item: ExportItem) -> String {
        let esc = ExportXHTML.escape
        var xml = header + " identifier=\"\(esc(item.id))\" title=\"\(esc(item.id))\" adaptive=\"false\" timeDependent=\"false\">\n"
        xml += responseDeclaration(item)
        xml += "  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\">"
        xml += "<defaultValue><value>0</value></defaultValue></outcomeDeclaration>\n"
        xml += "  <outcomeDeclaration identifier=\"FEEDBACK\" cardinality=\"single\" baseType=\"identifier\"/>\n"
        xml += "  <itemBody>\n    " + ExportXHTML.of(item.question, math: .mathML) + "\n"
        xml += interaction(item)
        xml += "  </itemBody>\n"
        xml += responseProcessing(item)
        if let explanation = item.explanation {
            xml += "  <modalFeedback outcomeIdentifier=\"FEEDBACK\" showHide=\"show\" identifier=\"EXPLANATION\">"
            xml += ExportXHTML.of(explanation, math: .mathML) + "</modalFeedback>\n"
        }
        return xml + "</assessmentItem>\n"
    }

    private static func choiceID(_ index: Int) -> String { "choice_\(index + 1)" }

    private static func responseDeclaration(_ item: ExportItem) -> String {
        let (cardinality, baseType, values): (String, String, [String])
        switch item.kind {
        case .singleChoice, .multipleAnswer:
            cardinality = item.kind == .singleChoice ? "single" : "multiple"
            baseType = "identifier"
            values = item.options.indices.filter { item.options[$0].correct }.map(choiceID)
        case .trueFalse:
            (cardinality, baseType, values) = ("single", "identifier", [item.boolean == true ? "true" : "false"])
        case .numeric:
            (cardinality, baseType, values) = ("single", "float", [ExportNumber.text(item.number ?? 0)])
        }
        let correct = values.map { "<value>\($0)</value>" }.joined()
        return "  <responseDeclaration identifier=\"RESPONSE\" cardinality=\"\(cardinality)\" baseType=\"\(baseType)\">"
            + "<correctResponse>\(correct)</correctResponse></responseDeclaration>\n"
    }

    private static func interaction(_ item: ExportItem) -> String {
        switch item.kind {
        case .singleChoice, .multipleAnswer:
            var xml = "    <choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"\(item.kind == .singleChoice ? 1 : 0)\">\n"
            for (index, option) in item.options.enumerated() {
                xml += "      <simpleChoice identifier=\"\(choiceID(index))\">" + ExportXHTML.of(option.blocks, math: .mathML) + "</simpleChoice>\n"
            }
            return xml + "    </choiceInteraction>\n"
        case .trueFalse:
            return "    <choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"1\">\n"
                + "      <simpleChoice identifier=\"true\">True</simpleChoice>\n"
                + "      <simpleChoice identifier=\"false\">False</simpleChoice>\n"
                + "    </choiceInteraction>\n"
        case .numeric:
            return "    <p><textEntryInteraction responseIdentifier=\"RESPONSE\" expectedLength=\"12\"/></p>\n"
        }
    }

    /// Scores 1 for the key and 0 otherwise, and always sets FEEDBACK so the explanation shows after
    /// any answer, as it does on the course's pages.
    private static func responseProcessing(_ item: ExportItem) -> String {
        let test: String
        if item.kind == .numeric {
            let tolerance = ExportNumber.text(item.tolerance ?? 0)
            test = "<equal toleranceMode=\"absolute\" tolerance=\"\(tolerance) \(tolerance)\">"
                + "<variable identifier=\"RESPONSE\"/><correct identifier=\"RESPONSE\"/></equal>"
        } else {
            test = "<match><variable identifier=\"RESPONSE\"/><correct identifier=\"RESPONSE\"/></match>"
        }
        func score(_ value: Int) -> String {
            "<setOutcomeValue identifier=\"SCORE\"><baseValue baseType=\"float\">\(value)</baseValue></setOutcomeValue>"
        }
        var xml = "  <responseProcessing>\n"
        xml += "    <responseCondition><responseIf>\(test)\(score(1))</responseIf><responseElse>\(score(0))</responseElse></responseCondition>\n"
        if item.explanation != nil {
            xml += "    <setOutcomeValue identifier=\"FEEDBACK\"><baseValue baseType=\"identifier\">EXPLANATION</baseValue></setOutcomeValue>\n"
        }
        return xml + "  </responseProcessing>\n"
    }
}
