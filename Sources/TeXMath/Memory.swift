#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain `malloc` and `free` for the converter's per-formula blocks.
///
/// `UnsafeMutablePointer.allocate` asks the Swift runtime for "default" alignment, which on
/// Linux goes through `posix_memalign`: about twice the instructions of `malloc` for the same
/// block, and the converter allocates a few blocks per formula. `malloc` already aligns for
/// every type these blocks hold.
enum Memory {
    /// `byteCount` bytes (at least one), never nil: running out of memory stops the process, as
    /// Swift's own allocation would.
    static func allocate(_ byteCount: Int) -> UnsafeMutableRawPointer {
        guard let block = malloc(max(byteCount, 1)) else { fatalError("out of memory") }
        return block
    }

    static func free(_ block: UnsafeMutableRawPointer) {
        #if canImport(Glibc)
        Glibc.free(block)
        #else
        Darwin.free(block)
        #endif
    }
}
