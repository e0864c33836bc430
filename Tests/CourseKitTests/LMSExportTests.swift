import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The QTI, Moodle XML and GIFT exports, checked against the QTI 2.1 schema (with `xmllint`),
/// Moodle's import rules, `unzip` and the CRC-32 check value.
@Suite struct LMSExportTests {
    static let schemaFolder = "/work/shared/testdata/qti"

    static func items(_ content: String) throws -> (items: [ExportItem], title: String, modules: Int) {
        let outcome = try CoursePipeline(contentDirectory: content, templatesDirectory: Repository.templates).check()
        #expect(outcome.diagnostics.filter { $0.severity == .error }.isEmpty)
        let course = try #require(outcome.course)
        let modules = Set(course.lessons.filter { !$0.quizzes.isEmpty }.map(\.lesson.moduleIndex)).count
        return (ExportItem.all(in: course), course.config.title, modules)
    }

    static var shipped: String { "\(Repository.root)/content" }
    static var fixture: String { Repository.fixture("quiz-course") }

    /// Runs a tool and returns its exit status and standard error.
    static func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-lms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Validates each file against the QTI 2.1 schema offline; returns the names that failed.
    static func invalidItems(_ files: [(path: String, xml: String)]) throws -> [String] {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        var failed: [String] = []
        for file in files {
            let url = folder.appendingPathComponent(file.path.replacingOccurrences(of: "/", with: "_"))
            try Data(file.xml.utf8).write(to: url)
            let (status, errors) = try run("/usr/bin/xmllint",
                                           ["--noout", "--nonet", "--schema", "\(schemaFolder)/imsqti_v2p1p2.xsd", url.path],
                                           environment: ["XML_CATALOG_FILES": "\(schemaFolder)/catalog.xml"])
            if status != 0 { failed.append("\(file.path): \(errors)") }
        }
        return failed
    }

    // MARK: QTI

    @Test(arguments: [shipped, fixture]) func everyQTIItemValidatesAgainstTheSchema(content: String) throws {
        let (items, title, _) = try Self.items(content)
        let files = QTIPackage.files(for: items, course: title)
        #expect(files.count == items.count + 1)
        #expect(files[0].path == "imsmanifest.xml")
        #expect(try Self.invalidItems(Array(files.dropFirst())) == [])
        // The manifest is IMS Content Packaging, which this schema does not cover: check it is
        // well-formed and lists every item.
        let manifest = try XMLDocument(xmlString: files[0].xml)
        let hrefs = try manifest.nodes(forXPath: "//*[local-name()='resource']/@href").compactMap(\.stringValue)
        #expect(hrefs == files.dropFirst().map(\.path))
        #expect(Set(hrefs).count == items.count)
    }

    @Test func theSchemaCheckCanFail() throws {
        let (items, title, _) = try Self.items(Self.fixture)
        let item = try #require(QTIPackage.files(for: items, course: title).last)
        // An item with its interaction outside a block, and one with an unknown attribute value.
        let broken = [
            (path: "items/a.xml", xml: item.xml.replacingOccurrences(of: "maxChoices=\"1\"", with: "maxChoices=\"one\"")),
            (path: "items/b.xml", xml: item.xml.replacingOccurrences(of: "<itemBody>", with: "<itemBody><simpleChoice identifier=\"x\"/>")),
        ]
        #expect(try Self.invalidItems(broken).count == 2)
    }

    @Test func qtiItemsCarryTheProvenKeys() throws {
        let (items, title, _) = try Self.items(Self.fixture)
        let xml = QTIPackage.files(for: items, course: title).dropFirst().map(\.xml)
        #expect(xml.count == 5)
        // Single choice: first option; multiple answer: the first two, any number may be chosen.
        #expect(xml[0].contains("<correctResponse><value>choice_1</value></correctResponse>"))
        #expect(xml[0].contains("maxChoices=\"1\""))
        #expect(xml[1].contains("cardinality=\"multiple\""))
        #expect(xml[1].contains("<correctResponse><value>choice_1</value><value>choice_2</value></correctResponse>"))
        #expect(xml[1].contains("maxChoices=\"0\""))
        // Numeric: 6 within the implied tolerance 0.5, as a float typed in.
        #expect(xml[2].contains("baseType=\"float\"><correctResponse><value>6</value>"))
        #expect(xml[2].contains("<equal toleranceMode=\"absolute\" tolerance=\"0.5 0.5\">"))
        #expect(xml[2].contains("<textEntryInteraction"))
        #expect(xml[2].contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\""))
        #expect(xml[3].contains("<correctResponse><value>true</value></correctResponse>"))
        #expect(xml[0].contains("<modalFeedback outcomeIdentifier=\"FEEDBACK\" showHide=\"show\" identifier=\"EXPLANATION\"><p>ReLU clips negatives to zero.</p></modalFeedback>"))
        // Raw HTML in a question is text, never markup.
        #expect(xml[4].contains("&lt;b&gt;with markup&lt;/b&gt;"))
    }

    @Test func theZipHoldsEveryFileByteForByte() throws {
        let (items, title, _) = try Self.items(Self.fixture)
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let zip = folder.appendingPathComponent("q.zip")
        try QTIPackage.zip(for: items, course: title).write(to: zip)
        // `unzip -t` checks every entry's CRC-32; extracting compares the bytes with what was packed.
        #expect(try Self.run("/usr/bin/unzip", ["-tq", zip.path]).0 == 0)
        #expect(try Self.run("/usr/bin/unzip", ["-q", zip.path, "-d", folder.appendingPathComponent("out").path]).0 == 0)
        for file in QTIPackage.files(for: items, course: title) {
            let data = try Data(contentsOf: folder.appendingPathComponent("out/\(file.path)"))
            #expect(String(decoding: data, as: UTF8.self) == file.xml)
        }
    }

    @Test func crc32MatchesTheStandardCheckValues() {
        #expect(CRC32.checksum(Data("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Data()) == 0)
        #expect(CRC32.checksum(Data("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    // MARK: Moodle XML

    @Test(arguments: [shipped, fixture]) func moodleXMLHasTheStructureMoodleImports(content: String) throws {
        let (items, title, modules) = try Self.items(content)
        let document = try XMLDocument(xmlString: MoodleXML.document(for: items, course: title))
        let questions = try document.nodes(forXPath: "/quiz/question").compactMap { $0 as? XMLElement }
        let types = questions.compactMap { $0.attribute(forName: "type")?.stringValue }
        #expect(types.filter { $0 == "category" }.count == modules)
        let expected = items.map { item -> String in
            switch item.kind {
            case .singleChoice, .multipleAnswer: "multichoice"
            case .trueFalse: "truefalse"
            case .numeric: "numerical"
            }
        }
        #expect(types.filter { $0 != "category" } == expected)
        for question in questions where question.attribute(forName: "type")?.stringValue != "category" {
            let name = try question.nodes(forXPath: "name/text").first?.stringValue ?? ""
            let fractions = try question.nodes(forXPath: "answer/@fraction").compactMap { Double($0.stringValue ?? "") }
            #expect(try !question.nodes(forXPath: "questiontext/text").isEmpty, "\(name)")
            #expect(try !question.nodes(forXPath: "generalfeedback").isEmpty, "\(name)")
            switch question.attribute(forName: "type")?.stringValue {
            case "multichoice":
                let single = try question.nodes(forXPath: "single").first?.stringValue
                let positive = fractions.filter { $0 > 0 }
                #expect(abs(positive.reduce(0, +) - 100) < 0.001, "\(name): \(fractions)")
                if single == "true" {
                    #expect(positive == [100], "\(name)")
                    #expect(fractions.filter { $0 != 100 }.allSatisfy { $0 == 0 }, "\(name)")
                } else {
                    #expect(single == "false", "\(name)")
                    let negative = fractions.filter { $0 <= 0 }
                    #expect(negative.isEmpty || abs(negative.reduce(0, +) + 100) < 0.001, "\(name): \(fractions)")
                }
            case "truefalse":
                let texts = try question.nodes(forXPath: "answer/text").compactMap(\.stringValue)
                #expect(texts == ["true", "false"], "\(name)")
                #expect(fractions.sorted() == [0, 100], "\(name)")
            case "numerical":
                let tolerance = try question.nodes(forXPath: "answer/tolerance").first?.stringValue
                #expect(Double(tolerance ?? "") != nil, "\(name)")
                #expect(fractions == [100], "\(name)")
            default:
                Issue.record("unexpected question type in \(name)")
            }
        }
    }

    @Test func moodleXMLCarriesKeysAndMathAsTeX() throws {
        let (items, title, _) = try Self.items(Self.fixture)
        let document = try XMLDocument(xmlString: MoodleXML.document(for: items, course: title))
        func strings(_ path: String) throws -> [String] { try document.nodes(forXPath: path).compactMap(\.stringValue) }
        #expect(try strings("/quiz/question[@type='category']/category/text") == ["$course$/top/Quiz Fixture/Only module"])
        #expect(try strings("/quiz/question[3]/answer/@fraction") == ["50", "50", "-100"])
        #expect(try strings("/quiz/question[@type='numerical']/answer/text") == ["6"])
        #expect(try strings("/quiz/question[@type='numerical']/answer/tolerance") == ["0.5"])
        #expect(try strings("/quiz/question[@type='numerical']/questiontext/text") == ["<p>What is \\(w \\cdot 3\\)?</p>"])
        #expect(try strings("/quiz/question[2]/generalfeedback/text") == ["<p>ReLU clips negatives to zero.</p>"])
        #expect(try strings("/quiz/question[@type='truefalse']/answer[@fraction='100']/text") == ["true"])
    }

    @Test func moodleFractionsAndCategoriesFollowMoodlesForms() {
        #expect(MoodleXML.fraction(100.0 / 3) == "33.33333")
        #expect(MoodleXML.fraction(-100.0 / 7) == "-14.28571")
        #expect(MoodleXML.category(course: "A/B", module: "M") == "$course$/top/A//B/M")
    }

    // MARK: GIFT

    @Test func giftEscapesEverySpecialAndBackslash() {
        #expect(GIFT.escape("a~b=c#d{e}f:g\\h\ni") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni")
        #expect(GIFT.escape("plain text") == "plain text")
    }

    /// The text with every escaped pair removed: what GIFT's parser sees as structure.
    static func unescaped(_ text: Substring) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping { escaping = false; continue }
            if character == "\\" { escaping = true; continue }
            result.append(character)
        }
        return result
    }

    @Test(arguments: [shipped, fixture]) func giftQuestionsHaveOneAnswerBlockAndNoStraySpecials(content: String) throws {
        let (items, title, modules) = try Self.items(content)
        let gift = GIFT.document(for: items, course: title)
        let blocks = gift.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(blocks.filter { $0.hasPrefix("$CATEGORY: ") }.count == modules)
        let questions = blocks.filter { !$0.hasPrefix("$CATEGORY: ") }
        #expect(questions.count == items.count)
        for (question, item) in zip(questions, items) {
            let structure = Self.unescaped(Substring(question))
            #expect(structure.hasPrefix("::\(item.id)::[html]"), "\(item.id)")
            // After the title, the only unescaped braces are the one answer block at the end.
            let body = structure.dropFirst("::\(item.id)::".count)
            #expect(body.filter { $0 == "{" }.count == 1 && body.hasSuffix("}"), "\(item.id)")
            let questionText = body.prefix { $0 != "{" }
            #expect(!questionText.contains { "~=#}:".contains($0) }, "\(item.id): \(questionText)")
            let answers = body.drop { $0 != "{" }.dropFirst().dropLast()
            let beforeFeedback = answers.components(separatedBy: "####")[0]
            switch item.kind {
            case .singleChoice:
                #expect(beforeFeedback.filter { $0 == "=" }.count == 1, "\(item.id)")
                #expect(beforeFeedback.filter { $0 == "~" }.count == item.options.count - 1, "\(item.id)")
            case .multipleAnswer:
                let weights = question.components(separatedBy: "\t~%").dropFirst().compactMap { Double($0.prefix { $0 != "%" }) }
                #expect(weights.count == item.options.count, "\(item.id)")
                #expect(abs(weights.filter { $0 > 0 }.reduce(0, +) - 100) < 0.001, "\(item.id): \(weights)")
            case .trueFalse:
                #expect(beforeFeedback == (item.boolean == true ? "T" : "F"), "\(item.id)")
            case .numeric:
                let parts = beforeFeedback.dropFirst().split(separator: ":").compactMap { Double($0) }
                #expect(beforeFeedback.hasPrefix("#") && parts == [item.number, item.tolerance].compactMap { $0 }, "\(item.id)")
            }
        }
    }

    @Test func giftWritesTheFixtureKeys() throws {
        let (items, title, _) = try Self.items(Self.fixture)
        let gift = GIFT.document(for: items, course: title)
        #expect(gift.hasPrefix("$CATEGORY: $course$/top/Quiz Fixture/Only module\n\n"))
        #expect(gift.contains("::what-is-w-cdot-3-"))
        #expect(gift.contains("[html]<p>What is \\\\(w \\\\cdot 3\\\\)?</p>{#6:0.5}"))
        #expect(gift.contains("{\n\t~%50%<p>3</p>\n\t~%50%<p>5</p>\n\t~%-100%<p>1</p>\n}"))
        #expect(gift.contains("{\n\t=<p>0</p>\n\t~<p>-1</p>\n####<p>ReLU clips negatives to zero.</p>}"))
        #expect(gift.contains("</p>{T}"))
    }
}
