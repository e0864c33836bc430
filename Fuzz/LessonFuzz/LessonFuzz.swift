import Calc
import CourseKit
import CourseSite
import Diagnostics
import Foundation

/// The templates every input renders through, read once: `$LECTERN_TEMPLATES`, else
/// `templates/` under the current folder (`Fuzz/run.sh` runs from the repository root).
/// Made with LeakSanitizer paused: Swift stores some pointers with flag bits set (strings,
/// `Data`), so a global holding them looks unreachable and every run reported it as a leak.
let templates: TemplateSet = {
    let directory = ProcessInfo.processInfo.environment["LECTERN_TEMPLATES"] ?? "templates"
    lsanDisable()
    defer { lsanEnable() }
    do {
        return try TemplateSet.load(from: directory)
    } catch {
        fatalError("fuzz-lesson needs the templates folder: \(error)")
    }
}()

@_silgen_name("__lsan_disable") func lsanDisable()
@_silgen_name("__lsan_enable") func lsanEnable()

/// A small course around the input: one module listing the lesson, a glossary with a term the
/// lesson may link to.
let courseYAML = """
    title: Fuzz
    modules:
      - title: Only
        lessons: [fuzz, other]
    """
let glossary = """
    # Glossary

    ## Neuron

    A unit that sums its inputs and applies $f$.
    """
let other = """
    ---
    title: Other
    ---
    Links to [[neuron]].
    """

/// The pages whose content comes from a lesson: the lesson page (with its add-ons), the index,
/// the search index, tag pages and the sitemap. The library, glossary, FAQ and 404 pages do not
/// depend on the input, and rendering them for every input took seconds under the sanitizers.
let renderer = SiteRenderer(generators: [
    IndexPage(), LessonPages(addOns: SiteRenderer.standardLessonAddOns), SearchPage(), TagPages(), SitemapPage(),
])

/// libFuzzer entry: the input as a lesson file (front matter and Markdown) taken through
/// Load → Parse → Check (with a small work budget) → Render, all in memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let lesson = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let files = ContentFiles.inMemory(courseYAML: courseYAML, lessons: ["fuzz": lesson, "other": other], glossary: glossary)
    let (loaded, _) = CourseLoader.load(files)
    guard let course = loaded else { return 0 }
    let (parsed, _) = ParsePass.run(course)
    let checks = CheckPass(budget: WorkBudget(lessonLimit: 2_000_000, buildLimit: 4_000_000))
    let (checked, _) = checks.run(parsed)
    do {
        _ = try renderer.render(checked, templates: templates)
    } catch {
        // Templates are fixed, so a render that throws means content reached a template error.
        fatalError("render threw: \(error)")
    }
    return 0
}
