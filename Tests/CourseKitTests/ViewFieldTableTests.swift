import Mustache
import Testing
@testable import CourseKit
@testable import CourseSite

/// Each view's getter table must name every stored property, or a template would silently
/// lose a field that reflection used to find.
@Suite struct ViewFieldTableTests {
    private static let html = HTML(trusted: "<b>x</b>")
    private static let link = LinkView(title: html, href: html)
    private static let lessonLink = LessonLinkView(title: html, href: html, slug: html, summary: nil, number: 1, current: false)
    private static let module = ModuleView(title: html, number: 1, lessons: [lessonLink])
    private static let tag = TagView(name: html)
    private static let option = QuizView.Option(inputType: html, anchor: html, value: html, html: html)
    private static let line = ExampleView.Line(isInput: true, prompt: html, text: html)
    private static let step = QuizStepsView.Step(number: 1, anchor: html, id: html)
    private static let term = GlossaryTermView(term: html, slug: html, aliases: nil, definition: html, see: link, lessons: [link])
    private static let letter = GlossaryLetterView(letter: html, id: html, present: true)
    private static let group = GlossaryGroupView(letter: html, id: html, entries: [term])
    private static let function = LibraryFunctionView(name: html, anchor: html, signature: html, doc: html, aliases: nil,
                                                      formula: html, derivative: html, derivativeName: html, plot: nil, note: html)
    private static let functions = LibraryGroupView(title: html, id: html, functions: [function])
    private static let question = FAQEntryView(id: html, question: html, answer: html)

    /// Pairs of a sample value and its table's names.
    private static let samples: [(String, any Sendable, Set<String>)] = [
        ("LinkView", link, Set(LinkView.mustacheFields.keys)),
        ("LessonLinkView", lessonLink, Set(LessonLinkView.mustacheFields.keys)),
        ("ModuleView", module, Set(ModuleView.mustacheFields.keys)),
        ("TagView", tag, Set(TagView.mustacheFields.keys)),
        ("NavigationView", NavigationView(root: html, modules: [module], moduleCount: 1, hasHiddenModules: false), Set(NavigationView.mustacheFields.keys)),
        ("LayoutView", LayoutView(lang: html, pageTitle: html, description: nil, root: html, courseTitle: html,
                                  isIndex: false, modules: [module], stylesheets: [], scripts: [], canonical: nil,
                                  content: html), Set(LayoutView.mustacheFields.keys)),
        ("LessonView", LessonView(title: html, summary: nil, moduleTitle: html, moduleNumber: 1, position: 1, total: 1,
                                  slug: html, tags: [tag], previous: nil, next: link, body: html, quizSteps: nil,
                                  addOns: [], discussion: nil), Set(LessonView.mustacheFields.keys)),
        ("QuizView", QuizView(anchor: html, id: html, kind: html, key: html, tolerance: html, number: 1, count: 1,
                              legend: html, questionMore: nil, options: [option], hasOptions: true, numeric: false,
                              hint: nil, explanation: html, answer: html), Set(QuizView.mustacheFields.keys)),
        ("QuizView.Option", option, Set(QuizView.Option.mustacheFields.keys)),
        ("ExampleView", ExampleView(lines: [line]), Set(ExampleView.mustacheFields.keys)),
        ("ExampleView.Line", line, Set(ExampleView.Line.mustacheFields.keys)),
        ("QuizStepsView", QuizStepsView(steps: [step]), Set(QuizStepsView.mustacheFields.keys)),
        ("QuizStepsView.Step", step, Set(QuizStepsView.Step.mustacheFields.keys)),
        ("LessonProgressAddOn.View", LessonProgressAddOn.View(quizCount: 1, quizNoun: html),
         Set(LessonProgressAddOn.View.mustacheFields.keys)),
        ("IndexView", IndexView(title: html, tagline: nil, tags: [tag], modules: [module], lessonCount: 1, start: link),
         Set(IndexView.mustacheFields.keys)),
        ("GlossaryTermView", term, Set(GlossaryTermView.mustacheFields.keys)),
        ("GlossaryLetterView", letter, Set(GlossaryLetterView.mustacheFields.keys)),
        ("GlossaryGroupView", group, Set(GlossaryGroupView.mustacheFields.keys)),
        ("GlossaryPageView", GlossaryPageView(letters: [letter], groups: [group]), Set(GlossaryPageView.mustacheFields.keys)),
        ("LibraryFunctionView", function, Set(LibraryFunctionView.mustacheFields.keys)),
        ("LibraryGroupView", functions, Set(LibraryGroupView.mustacheFields.keys)),
        ("LibraryPageView", LibraryPageView(groups: [functions]), Set(LibraryPageView.mustacheFields.keys)),
        ("TagPageView", TagPageView(name: html, lessons: [lessonLink]), Set(TagPageView.mustacheFields.keys)),
        ("FAQEntryView", question, Set(FAQEntryView.mustacheFields.keys)),
        ("FAQPageView", FAQPageView(entries: [question], structuredData: html), Set(FAQPageView.mustacheFields.keys)),
        ("NotFoundView", NotFoundView(courseTitle: html, root: html), Set(NotFoundView.mustacheFields.keys)),
    ]

    @Test(arguments: samples.indices)
    func tableNamesEveryStoredProperty(_ index: Int) {
        let (name, value, table) = Self.samples[index]
        let stored = Set(Mirror(reflecting: value).children.compactMap(\.label))
        #expect(table == stored, "\(name)")
    }

    @Test func anAbsentOptionalIsNilAndAPresentOneIsUnwrapped() throws {
        let view = LessonView(title: Self.html, summary: nil, moduleTitle: Self.html, moduleNumber: 2, position: 1,
                              total: 1, slug: Self.html, tags: [], previous: nil, next: Self.link, body: Self.html,
                              quizSteps: nil, addOns: [], discussion: HTML(trusted: "d"))
        #expect(view.child(named: "summary") == nil)
        #expect(view.child(named: "previous") == nil)
        #expect((view.child(named: "discussion") as? HTML)?.markup == "d")
        #expect(view.child(named: "next") is LinkView)
        #expect((view.child(named: "moduleNumber") as? MustacheNumber)?.value == 2)
        #expect(view.child(named: "noSuchField") == nil)
    }

    @Test func templatesSeeTheSameValuesAsThroughReflection() throws {
        let template = try MustacheTemplate(string: "{{{title}}}|{{number}}|{{#summary}}S{{/summary}}{{^summary}}none{{/summary}}|{{#current}}C{{/current}}")
        let view = LessonLinkView(title: HTML(trusted: "<i>t</i>"), href: Self.html, slug: Self.html, summary: nil,
                                  number: 7, current: true)
        #expect(template.render(view) == "<i>t</i>|7|none|C")
    }
}
