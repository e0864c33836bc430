import CourseKit
import Foundation

/// Quizzes as an IMS QTI 2.1 content package: one `assessmentItem` file per quiz under `items/`
/// and an `imsmanifest.xml` listing them, zipped. Canvas, Blackboard and Moodle (with its QTI
/// plugin) import such a package.
///
/// Choice quizzes become a `choiceInteraction` (`maxChoices` 1 for single choice, 0 for multiple
/// answer with every marked option in the correct response), true/false a two-choice interaction,
/// numeric quizzes a `textEntryInteraction` whose float answer is compared with `equal` and the
/// quiz's absolute tolerance; the explanation is `modalFeedback` shown after any answer.
package enum QTIPackage {
    /// The item file of every quiz, in course order, keyed by path in the package.
    package static func files(for items: [ExportItem], course: String) -> [(path: String, xml: String)] {
        let itemFiles = items.map { item in (path: "items/\(fileName(item.id)).xml", xml: QTIItem.xml(for: item)) }
        return [(path: "imsmanifest.xml", xml: manifest(itemFiles.map(\.path), course: course))] + itemFiles
    }

    /// The zipped package.
    package static func zip(for items: [ExportItem], course: String) -> Data {
        var archive = ZipArchive()
        for file in files(for: items, course: course) { archive.add(file.path, Data(file.xml.utf8)) }
        return archive.data
    }

    /// A name safe in a zip, a URL and an XML id: letters, digits and `-`; anything else becomes `-`.
    static func fileName(_ id: String) -> String {
        String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "-" })
    }

    private static func manifest(_ paths: [String], course: String) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd" \
            identifier="lectern-\(fileName(Slug.make(course)))">
              <metadata>
                <schema>QTIv2.1 Package</schema>
                <schemaversion>1.0.0</schemaversion>
              </metadata>
              <organizations/>
              <resources>

            """
        for path in paths {
            let name = String(path.dropFirst("items/".count).dropLast(".xml".count))
            xml += "    <resource identifier=\"item-\(name)\" type=\"imsqti_item_xmlv2p1\" href=\"\(path)\">\n"
            xml += "      <file href=\"\(path)\"/>\n"
            xml += "    </resource>\n"
        }
        return xml + "  </resources>\n</manifest>\n"
    }
}
