import Testing
@testable import Diagnostics

/// `SourceRange` is stored compactly (issue 13: every tree node has one); it must still read
/// and write like two `Diagnostics.SourceLocation`s in one file.
@Suite struct SourceRangeStorageTests {
    private let start = Diagnostics.SourceLocation(file: "lessons/a.md", line: 12, column: 5)
    private let end = Diagnostics.SourceLocation(file: "lessons/a.md", line: 14, column: 2)

    @Test func isHalfTheSizeOfTwoLocations() {
        #expect(MemoryLayout<SourceRange>.size == 32)
        #expect(MemoryLayout<Diagnostics.SourceLocation>.size * 2 == 64)
    }

    @Test func givesBackTheLocationsItWasMadeFrom() {
        let range = SourceRange(start: start, end: end)
        #expect(range.start == start && range.end == end && range.file == "lessons/a.md")
        #expect(range.description == "lessons/a.md:12:5-14:2")
        #expect(SourceRange(start: start, length: 3).end == Diagnostics.SourceLocation(file: "lessons/a.md", line: 12, column: 8))
    }

    @Test func settingAPartChangesOnlyThatPart() {
        var range = SourceRange(start: start, end: end)
        range.start.column = 9
        range.end.line += 1
        #expect(range.start == Diagnostics.SourceLocation(file: "lessons/a.md", line: 12, column: 9))
        #expect(range.end == Diagnostics.SourceLocation(file: "lessons/a.md", line: 15, column: 2))
        range.start = Diagnostics.SourceLocation(file: "b.md", line: 1, column: 1)
        #expect(range.file == "b.md" && range.end == Diagnostics.SourceLocation(file: "b.md", line: 15, column: 2))
    }

    @Test func comparesAndHashesByItsLocations() {
        let one = SourceRange(start: start, end: end)
        let later = SourceRange(start: start, end: Diagnostics.SourceLocation(file: "lessons/a.md", line: 14, column: 3))
        #expect(one < later && !(later < one))
        #expect(Set([one, SourceRange(start: start, end: end), later]).count == 2)
    }

    @Test func numbersBeyond32BitsAreClampedNotATrap() {
        let huge = Diagnostics.SourceLocation(file: "x", line: Int(Int32.max) + 10, column: Int(Int32.min) - 10)
        let range = SourceRange(start: huge, end: huge)
        #expect(range.start.line == Int(Int32.max) && range.start.column == Int(Int32.min))
    }
}
