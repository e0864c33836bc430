import CourseKit
import Diagnostics

/// libFuzzer entry: the input as a whole lesson file (front matter and body, line endings
/// normalised as `ContentReader` does) and as `course.yml`, read by the two YAML readers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = TextDecoding.normalized(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    _ = FrontMatterReader.read(SourceText(file: "lessons/fuzz.md", text: text), slug: "fuzz")
    _ = CourseConfigReader.read(SourceText(file: "course.yml", text: text))
    return 0
}
