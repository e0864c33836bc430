import CourseKit

// The getter tables of the views of the pages around the lessons (`MustacheFields`): without
// them swift-mustache reflects the view with a `Mirror` for every name, and again for every
// name that misses a view above it on the stack (issue 13). `ViewFieldTableTests` checks each
// table names every stored property.

extension IndexView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (IndexView) -> Any?] = [
        "title": { $0.title },
        "tagline": { $0.tagline },
        "tags": { $0.tags },
        "modules": { $0.modules },
        "lessonCount": { MustacheNumber($0.lessonCount) },
        "start": { $0.start },
    ]
}

extension GlossaryTermView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (GlossaryTermView) -> Any?] = [
        "term": { $0.term },
        "slug": { $0.slug },
        "aliases": { $0.aliases },
        "definition": { $0.definition },
        "see": { $0.see },
        "lessons": { $0.lessons },
    ]
}

extension GlossaryLetterView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (GlossaryLetterView) -> Any?] = [
        "letter": { $0.letter },
        "id": { $0.id },
        "present": { $0.present },
    ]
}

extension GlossaryGroupView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (GlossaryGroupView) -> Any?] = [
        "letter": { $0.letter },
        "id": { $0.id },
        "entries": { $0.entries },
    ]
}

extension GlossaryPageView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (GlossaryPageView) -> Any?] = [
        "letters": { $0.letters },
        "groups": { $0.groups },
    ]
}

extension LibraryFunctionView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (LibraryFunctionView) -> Any?] = [
        "name": { $0.name },
        "anchor": { $0.anchor },
        "signature": { $0.signature },
        "doc": { $0.doc },
        "aliases": { $0.aliases },
        "formula": { $0.formula },
        "derivative": { $0.derivative },
        "derivativeName": { $0.derivativeName },
        "plot": { $0.plot },
        "note": { $0.note },
    ]
}

extension LibraryGroupView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (LibraryGroupView) -> Any?] = [
        "title": { $0.title },
        "id": { $0.id },
        "functions": { $0.functions },
    ]
}

extension LibraryPageView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (LibraryPageView) -> Any?] = [
        "groups": { $0.groups },
    ]
}

extension TagPageView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (TagPageView) -> Any?] = [
        "name": { $0.name },
        "lessons": { $0.lessons },
    ]
}

extension FAQEntryView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (FAQEntryView) -> Any?] = [
        "id": { $0.id },
        "question": { $0.question },
        "answer": { $0.answer },
    ]
}

extension FAQPageView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (FAQPageView) -> Any?] = [
        "entries": { $0.entries },
        "structuredData": { $0.structuredData },
    ]
}

extension NotFoundView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (NotFoundView) -> Any?] = [
        "courseTitle": { $0.courseTitle },
        "root": { $0.root },
    ]
}
