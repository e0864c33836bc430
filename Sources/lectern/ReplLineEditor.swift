#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Minimal line editing with history for the REPL on an interactive terminal: typing and
/// deleting anywhere in the line, ←/→, Home/End (also Ctrl-A/Ctrl-E), ↑/↓ through earlier
/// lines, Ctrl-U/Ctrl-K to delete to the start/end, Ctrl-C to drop the line, Ctrl-D on an empty
/// line to leave.
///
/// The terminal is in raw mode only while a line is read, and restored before `readLine`
/// returns. Output processing stays on, so `\n` still starts a new line for `print`.
struct ReplLineEditor {
    private var history: [String] = []
    /// Set when the last line was dropped with Ctrl-C.
    private(set) var interrupted = false

    /// Whether standard input and output are a terminal that understands cursor movement.
    static var isAvailable: Bool {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { return false }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        return !term.isEmpty && term != "dumb"
    }

    /// One edited line, or nil at end of input (Ctrl-D on an empty line, or a closed terminal).
    mutating func readLine(prompt: String) -> String? {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return Swift.readLine() }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSADRAIN, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSADRAIN, &original) }

        interrupted = false
        var line: [Character] = []
        var cursor = 0
        var historyIndex = history.count
        var draft: [Character] = []

        func redraw() {
            var text = "\r" + prompt + String(line) + "\u{1B}[K"
            if cursor < line.count { text += "\u{1B}[\(line.count - cursor)D" }
            emit(text)
        }
        func recall(_ index: Int) {
            if historyIndex == history.count { draft = line }
            historyIndex = index
            line = index == history.count ? draft : Array(history[index])
            cursor = line.count
        }

        redraw()
        while let byte = readByte() {
            switch byte {
            case 13, 10:
                emit("\r\n")
                let text = String(line)
                if !text.allSatisfy(\.isWhitespace), history.last != text { history.append(text) }
                return text
            case 127, 8:
                if cursor > 0 {
                    line.remove(at: cursor - 1)
                    cursor -= 1
                }
            case 4:
                if line.isEmpty {
                    emit("\r\n")
                    return nil
                }
                if cursor < line.count { line.remove(at: cursor) }
            case 3:
                emit("^C\r\n")
                interrupted = true
                return ""
            case 1: cursor = 0
            case 5: cursor = line.count
            case 21:
                line.removeSubrange(0..<cursor)
                cursor = 0
            case 11: line.removeSubrange(cursor...)
            case 27:
                guard let next = readByte(), next == UInt8(ascii: "[") || next == UInt8(ascii: "O"),
                      let key = readByte() else { break }
                switch key {
                case UInt8(ascii: "A"): if historyIndex > 0 { recall(historyIndex - 1) }
                case UInt8(ascii: "B"): if historyIndex < history.count { recall(historyIndex + 1) }
                case UInt8(ascii: "C"): cursor = min(cursor + 1, line.count)
                case UInt8(ascii: "D"): cursor = max(cursor - 1, 0)
                case UInt8(ascii: "H"): cursor = 0
                case UInt8(ascii: "F"): cursor = line.count
                case UInt8(ascii: "3"):
                    if readByte() == UInt8(ascii: "~"), cursor < line.count { line.remove(at: cursor) }
                default: break
                }
            case 32...126:
                line.insert(Character(Unicode.Scalar(byte)), at: cursor)
                cursor += 1
            case 0xC0...0xF7:
                // A multi-byte UTF-8 scalar: its leading byte says how many bytes follow.
                let count = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
                var bytes = [byte]
                for _ in 0..<count { if let more = readByte() { bytes.append(more) } }
                for character in String(decoding: bytes, as: UTF8.self) {
                    line.insert(character, at: cursor)
                    cursor += 1
                }
            default:
                break
            }
            redraw()
        }
        emit("\r\n")
        return line.isEmpty ? nil : String(line)
    }

    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 { return byte }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }

    private func emit(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                write(STDOUT_FILENO, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}
