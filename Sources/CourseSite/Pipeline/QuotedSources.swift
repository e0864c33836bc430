import CourseKit
import Diagnostics

extension BuildOutcome {
    /// The files the diagnostics name: the only sources a report quotes lines from.
    package var quotedFiles: Set<String> {
        var files = Set<String>()
        for diagnostic in diagnostics {
            if let range = diagnostic.range { files.insert(range.file) }
            for note in diagnostic.notes { if let range = note.range { files.insert(range.file) } }
            if let fixIt = diagnostic.fixIt { files.insert(fixIt.range.file) }
        }
        return files
    }

    /// Lets go of every author file's text that no diagnostic quotes, both in `sources` and in
    /// the checked lessons, before rendering. Nothing after the Check pass reads a lesson's
    /// text but a report quoting it, and at 10,000 lessons the texts and their line tables are
    /// about 28 MB of the build's peak memory. File names stay, so diagnostics still find theirs.
    package mutating func dropUnquotedSources() {
        let quoted = quotedFiles
        sources.removeAll { !quoted.contains($0.file) }
        guard var checked = course.take() else { return }
        // The loaded course keeps its own copy of each lesson, with the same text.
        for index in checked.lessons.indices {
            checked.lessons[index].lesson.source = Self.unlessQuoted(checked.lessons[index].lesson.source, quoted)
        }
        for index in checked.course.lessons.indices {
            checked.course.lessons[index].source = Self.unlessQuoted(checked.course.lessons[index].source, quoted)
        }
        course = checked
    }

    /// `source`, or an empty text with its name when no diagnostic quotes it.
    private static func unlessQuoted(_ source: SourceText, _ quoted: Set<String>) -> SourceText {
        quoted.contains(source.file) ? source : SourceText(file: source.file, text: "")
    }
}
