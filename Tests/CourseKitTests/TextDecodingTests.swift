import Foundation
import Testing
@testable import CourseKit

@Suite struct TextDecodingTests {
    @Test func onlyTabLineFeedFormFeedAndCarriageReturnAreAllowedControls() {
        let allowed: Set<UInt8> = [0x09, 0x0A, 0x0C, 0x0D]
        for byte in UInt8(0)...UInt8(0x7F) {
            let decoded = TextDecoding.text(Data([UInt8(ascii: "a"), byte, UInt8(ascii: "b")]))
            let isText = byte >= 0x20 && byte != 0x7F || allowed.contains(byte)
            #expect((decoded != nil) == isText, "byte \(byte)")
        }
        #expect(TextDecoding.text(Data("é\r\n→".utf8)) == "é\n→")
        #expect(TextDecoding.text(Data([0xC3])) == nil, "invalid UTF-8")
    }
}
