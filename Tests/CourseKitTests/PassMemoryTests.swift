import Diagnostics
import Foundation
import Testing
@testable import CourseKit

/// What the passes let go of as they run, so that a 10,000-lesson course fits its memory
/// target: each parsed element is freed once transformed, a lesson's body once parsed, and a
/// lesson checked again after the build budget ran out parses back to the same tree.
@Suite struct PassMemoryTests {
    /// An element whose release can be observed through a weak reference.
    private final class Box: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    /// Weak references to boxes, read and written under a lock by the map's threads.
    private final class Watch: @unchecked Sendable {
        private let lock = NSLock()
        private var boxes: [Int: () -> Box?] = [:]

        func watch(_ boxes: [Box]) {
            for box in boxes {
                self.boxes[box.value] = { [weak box] in box }
            }
        }

        func alive(_ index: Int) -> Bool { lock.withLock { boxes[index]?() != nil } }
    }

    private func makeBoxes(_ count: Int, watch: Watch) -> [Box] {
        let boxes = (0..<count).map(Box.init)
        watch.watch(boxes)
        return boxes
    }

    @Test(arguments: [1, 2, 3, 8])
    func consumingMapGivesWhatMapGives(width: Int) {
        let items = Array(0..<257).map { "item \($0)" }
        let expected = ParallelMap.map(items, width: 1) { $0.uppercased() + "!" }
        #expect(ParallelMap.consumingMap(items, width: width) { $0.uppercased() + "!" } == expected)
        #expect(ParallelMap.consumingMap([String](), width: width) { $0 }.isEmpty)
    }

    /// On one thread the order is the array's, so while element `i` is transformed every
    /// earlier element has already been freed, and the later ones are still alive.
    @Test func consumingMapFreesEachElementOnceTransformed() {
        let watch = Watch()
        let seen = ParallelMap.consumingMap(makeBoxes(50, watch: watch), width: 1) { box in
            (earlierFreed: (0..<box.value).allSatisfy { !watch.alive($0) },
             laterAlive: (box.value + 1..<50).allSatisfy { watch.alive($0) })
        }
        #expect(seen.count == 50)
        #expect(seen.allSatisfy { $0.earlierFreed })
        #expect(seen.allSatisfy { $0.laterAlive })
        #expect((0..<50).allSatisfy { !watch.alive($0) })
    }

    @Test func consumingMapOnManyThreadsFreesEveryElement() {
        let watch = Watch()
        let values = ParallelMap.consumingMap(makeBoxes(300, watch: watch), width: 4) { $0.value * 2 }
        #expect(values == (0..<300).map { $0 * 2 })
        #expect((0..<300).allSatisfy { !watch.alive($0) })
    }

    @Test func theBodyRebuiltFromTheSourceIsTheLoadersBody() throws {
        let lessons = ["a": "---\ntitle: A\ntags: [x]\n---\n# Heading\n\nText $x$.\n",
                       "b": "no front matter\n",
                       "c": "---\ntitle: C\nunterminated\n"]
        let files = ContentFiles.inMemory(courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [a, b, c]\n", lessons: lessons)
        let course = try #require(CourseLoader.load(files).0)
        #expect(course.lessons.count == 3)
        for lesson in course.lessons {
            #expect(Lesson.body(of: lesson.source).text == lesson.body.text)
            #expect(!lesson.body.text.isEmpty)
        }
        let (parsed, _) = ParsePass.run(course)
        #expect(parsed.lessons.allSatisfy { $0.lesson.body.text.isEmpty })
        #expect(parsed.course.lessons.allSatisfy { $0.body.text.isEmpty && !$0.source.text.isEmpty })
    }

    @Test func aFileTooLargeToParseGetsAnEmptyBodyBothWays() throws {
        let huge = "---\ntitle: H\n---\n" + String(repeating: "word ", count: 250_000)
        let files = ContentFiles.inMemory(courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [h]\n", lessons: ["h": huge])
        let lesson = try #require(CourseLoader.load(files).0?.lessons.first)
        #expect(lesson.body.text.isEmpty)
        #expect(Lesson.body(of: lesson.source).text.isEmpty)
    }
}
