import Activations
import CourseKit
import Foundation

/// One entry on `glossary.html`.
package struct GlossaryTermView: Sendable {
    /// The term, escaped.
    package var term: HTML
    /// The entry's id on the page.
    package var slug: HTML
    /// "also: a, b" text, when the term has aliases.
    package var aliases: HTML?
    /// The rendered definition.
    package var definition: HTML
    /// The related library function (`see:`), linking to its library entry.
    package var see: LinkView?
    /// The lessons that link the term, in reading order.
    package var lessons: [LinkView]
}

/// A letter of the index strip: a link when some term starts with it.
package struct GlossaryLetterView: Sendable {
    /// The letter (`#` for terms starting with a digit or symbol).
    package var letter: HTML
    /// The letter's fragment id (`lectern-letter-a`).
    package var id: HTML
    /// Whether some term files under the letter.
    package var present: Bool
}

/// The terms under one letter.
package struct GlossaryGroupView: Sendable {
    /// The letter (`#` for terms starting with a digit or symbol).
    package var letter: HTML
    /// The id of the group's heading (`lectern-letter-a`).
    package var id: HTML
    /// The letter's terms, alphabetically.
    package var entries: [GlossaryTermView]
}

/// The view of `glossary.mustache`.
package struct GlossaryPageView: Sendable {
    /// The index strip: A to Z, with `#` first when used.
    package var letters: [GlossaryLetterView]
    /// The terms grouped by letter.
    package var groups: [GlossaryGroupView]
}

/// Writes `glossary.html`: the terms in alphabetical order under a letter index, each with its
/// definition, its library function and the lessons that use it.
package struct GlossaryPage: PageGenerator {
    /// The library `see:` links point into.
    package var registry: Registry

    /// Creates the generator.
    package init(registry: Registry = .standard) {
        self.registry = registry
    }

    /// `glossary.html`, or nothing when the course has no `glossary.md`.
    package func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        guard context.course.hasGlossary else { return [:] }
        let lessons = context.course.lessons
        let writer = context.html(forPage: "glossary.html", links: .links)
        var byLetter: [String: [GlossaryTermView]] = [:]
        for checked in context.course.glossaryEntries {
            let entry = checked.entry
            let letter = String(entry.indexLetter)
            let view = GlossaryTermView(
                term: .text(entry.term),
                slug: .text(entry.slug),
                aliases: entry.aliases.isEmpty ? nil : .text(entry.aliases.joined(separator: ", ")),
                definition: writer.render(checked.definition),
                see: entry.see.flatMap { registry.function(named: $0) }.map {
                    LinkView(title: .text($0.name), href: .text("library.html#\($0.anchor)"))
                },
                lessons: checked.lessons.map { position in
                    let lesson = lessons[position].lesson
                    return LinkView(title: .text(lesson.frontMatter.title), href: .text(RenderContext.lessonPath(lesson.slug)))
                })
            // Entries come sorted, so each letter's list stays in alphabetical order.
            byLetter[letter, default: []].append(view)
        }
        // Symbols and digits (`#`) file before the letters, in the index and on the page.
        let order = (byLetter["#"] == nil ? [] : ["#"]) + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".map(String.init)
        let letters = order.map { letter in
            GlossaryLetterView(letter: .text(letter), id: .text(Self.letterID(letter)), present: byLetter[letter] != nil)
        }
        let groups = order.compactMap { letter in
            byLetter[letter].map { GlossaryGroupView(letter: .text(letter), id: .text(Self.letterID(letter)), entries: $0) }
        }
        let view = GlossaryPageView(letters: letters, groups: groups)
        return ["glossary.html": try context.page(
            "glossary.html", template: "glossary", view: view, title: "Glossary",
            description: "Definitions of the terms used in \(context.course.config.title), with the lessons that use them.")]
    }

    /// `lectern-letter-a`, or `lectern-letter-symbols` for `#`; prefixed so that no term slug can clash.
    static func letterID(_ letter: String) -> String {
        letter == "#" ? "lectern-letter-symbols" : "lectern-letter-\(letter.lowercased())"
    }
}

extension GlossaryPage: DeclaresPageInputs {
    /// The definitions come from the glossary file; each term lists the lessons that link it.
    package var inputs: PageInputs { [.glossaryUse] }
}
