import TeXMath

/// libFuzzer entry: one formula, converted inline and as a display.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let tex = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for display in [false, true] {
        let result = TeXMath.convert(tex, display: display)
        // Exactly one of MathML and errors is meaningful; anything else is a bug worth a crash.
        precondition((result.mathML == nil) != result.errors.isEmpty, "result must have MathML or errors")
        for error in result.errors {
            precondition(error.offset >= 0 && error.offset <= tex.unicodeScalars.count, "error offset outside the formula")
        }
    }
    return 0
}
