import Testing
@testable import TeXMath

/// Inputs the fuzzer (`Fuzz/run.sh texmath`) found, kept as tests; the same inputs are seeds in
/// `Fuzz/regressions/texmath/`.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// A formula of many unknown commands once spent seconds in "did you mean" searches (the
    /// fuzzer's 5 s limit caught a 35-byte one under AddressSanitizer): only the first
    /// `maxSuggestions` get a suggestion; every one is still reported.
    @Test func manyUnknownCommandsAreAllReportedButOnlyTheFirstGetSuggestions() {
        let tex = String(repeating: "\\alphaa ", count: 30)
        let result = TeXMath.convert(tex, display: false)
        #expect(result.mathML == nil)
        #expect(result.errors.count == 30)
        #expect(result.errors.allSatisfy { $0.code == MathErrorCode.unknownCommand })
        #expect(result.errors.prefix(Parser.maxSuggestions).allSatisfy { $0.notes == ["did you mean '\\alpha'?"] })
        #expect(result.errors.dropFirst(Parser.maxSuggestions).allSatisfy { $0.notes.isEmpty })
        #expect(Parser.maxSuggestions == 20)
    }

    /// The fuzzer's input, bytes as found (0xFF and control bytes read as U+FFFD and controls).
    @Test func theFuzzedUnknownCommandRunConvertsOrReports() {
        let bytes: [UInt8] = [0x4c, 0x74, 0xff, 0x5c, 0x6d, 0x68, 0x6d, 0x4c, 0x74, 0xff, 0x5c, 0x6d, 0x68, 0x6d, 0x74, 0xff,
                              0x5c, 0x6d, 0x68, 0x4c, 0x6d, 0x74, 0xff, 0x5c, 0x6d, 0x68, 0x6a, 0x2e, 0x01, 0x11, 0x00, 0x00,
                              0x6a, 0x2e, 0x66]
        let tex = String(decoding: bytes, as: UTF8.self)
        let result = TeXMath.convert(tex, display: true)
        #expect(result.mathML == nil)
        #expect(result.errors.map(\.code).filter { $0 == MathErrorCode.unknownCommand }.count == 4)
    }
}
