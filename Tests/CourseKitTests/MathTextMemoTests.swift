import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite
import LecternMarkdown

/// The memo of formulas' linear forms (`MathTextMemo`) changes how often MathML is read, never
/// a byte of the search text.
@Suite struct MathTextMemoTests {
    /// Every formula of `document`, display and inline, in reading order.
    private func formulas(in blocks: [Block<CheckedStage>]) -> [CheckedMath] {
        var found: [CheckedMath] = []
        func inlines(_ list: [Inline<CheckedStage>]) {
            for inline in list {
                switch inline {
                case .math(let math): found.append(math)
                case .emphasis(let node), .strong(let node), .strikethrough(let node): inlines(node.inlines)
                case .link(let node), .image(let node): inlines(node.inlines)
                default: break
                }
            }
        }
        for block in blocks {
            switch block {
            case .math(let math): found.append(math)
            case .paragraph(let node): inlines(node.inlines)
            case .heading(let node): inlines(node.inlines)
            case .list(let node): for item in node.items { found += formulas(in: item.blocks) }
            case .blockQuote(let node): found += formulas(in: node.blocks)
            default: break
            }
        }
        return found
    }

    @Test func aRepeatedFormulaIsReadOnceAndGivesTheSameText() throws {
        let (run, _, _) = runLesson("""
            First $x^2 + 1$, then $\\frac{a}{b}$, again $x^2 + 1$.

            - In a list, $x^2 + 1$ once more and $\\sqrt{2}$.

            $$
            \\frac{a}{b}
            $$
            """)
        let all = formulas(in: run.lesson.document.blocks)
        #expect(all.count == 6)
        let memo = MathTextMemo()
        let texts = all.map(memo.linear)
        #expect(texts == all.map(MathText.linear))
        #expect(texts.first == "x^2 + 1")
        // Distinct MathML: `x^2 + 1`, inline `a/b`, `√2` and the display `a/b`.
        #expect(memo.count == Set(all.compactMap(\.mathML)).count)
        #expect(memo.count == 4)
        // A hit gives what a second reading would.
        #expect(all.map(memo.linear) == texts)
    }

    @Test func aFormulaWithAnErrorReadsAsItsTeXAndIsNotKept() throws {
        let (run, _, _) = runLesson("Broken $\\frac{1}$ here.")
        let all = formulas(in: run.lesson.document.blocks)
        let math = try #require(all.first)
        #expect(math.mathML == nil)
        let memo = MathTextMemo()
        #expect(memo.linear(math) == math.node.tex)
        #expect(memo.count == 0)
    }

    @Test func theCourseSearchDocumentsAreTheSameWithAndWithoutTheMemo() throws {
        let pipeline = CoursePipeline(contentDirectory: "\(Repository.root)/content", templatesDirectory: Repository.templates)
        let (outcome, _) = try pipeline.checkForBuild()
        let course = try #require(outcome.course)
        let memo = MathTextMemo()
        for lesson in course.lessons {
            #expect(SearchPage.documents(of: lesson, memo: memo) == SearchPage.documents(of: lesson))
        }
        let kept = memo.count
        #expect(kept > 0)
        // A second pass finds every formula known: the same documents, no new entry.
        for lesson in course.lessons {
            #expect(SearchPage.documents(of: lesson, memo: memo) == SearchPage.documents(of: lesson))
        }
        #expect(memo.count == kept)
    }

    @Test func aFullMemoReadsTheRestWithoutKeepingThem() throws {
        let (run, _, _) = runLesson("One $a+b$ and two $c-d$ and three $e f$.")
        let all = formulas(in: run.lesson.document.blocks)
        let memo = MathTextMemo(capacity: 1)
        #expect(all.map(memo.linear) == all.map(MathText.linear))
        #expect(memo.count == 1)
    }
}
