import CourseKit
import Foundation

/// A zip archive whose entries are stored uncompressed: what a QTI content package needs, with
/// no compression library. Entries keep the order they are added in and a fixed date
/// (1980-01-01 00:00, the earliest a zip can hold), so the same files give the same bytes.
package struct ZipArchive: Sendable {
    private var entries: [(name: String, data: Data)] = []

    /// An empty archive.
    package init() {}

    /// Adds a file; `name` uses `/` between folders.
    package mutating func add(_ name: String, _ data: Data) {
        entries.append((name, data))
    }

    /// The archive's bytes: local headers with the data, the central directory, its end record.
    package var data: Data {
        var body = Data()
        var directory = Data()
        for entry in entries {
            let name = Data(entry.name.utf8)
            let crc = CRC32.checksum(entry.data)
            let offset = UInt32(body.count)
            // Local file header: signature, version 2.0, no flags, stored, DOS time 0, DOS date 1980-01-01.
            body.appendLittleEndian(UInt32(0x0403_4b50))
            body.appendLittleEndian(UInt16(20), UInt16(0), UInt16(0), UInt16(0), UInt16(0x0021))
            body.appendLittleEndian(crc, UInt32(entry.data.count), UInt32(entry.data.count))
            body.appendLittleEndian(UInt16(name.count), UInt16(0))
            body.append(name)
            body.append(entry.data)
            // Central directory header: the same fields plus where the local header starts.
            directory.appendLittleEndian(UInt32(0x0201_4b50))
            directory.appendLittleEndian(UInt16(20), UInt16(20), UInt16(0), UInt16(0), UInt16(0), UInt16(0x0021))
            directory.appendLittleEndian(crc, UInt32(entry.data.count), UInt32(entry.data.count))
            directory.appendLittleEndian(UInt16(name.count), UInt16(0), UInt16(0), UInt16(0), UInt16(0))
            directory.appendLittleEndian(UInt32(0), offset)
            directory.append(name)
        }
        var end = Data()
        end.appendLittleEndian(UInt32(0x0605_4b50))
        end.appendLittleEndian(UInt16(0), UInt16(0), UInt16(entries.count), UInt16(entries.count))
        end.appendLittleEndian(UInt32(directory.count), UInt32(body.count))
        end.appendLittleEndian(UInt16(0))
        return body + directory + end
    }
}

/// The CRC-32 of zip and PNG (reflected polynomial 0xEDB88320, initial and final value all ones).
package enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { byte in
        var value = UInt32(byte)
        for _ in 0..<8 { value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1 }
        return value
    }

    /// The checksum of `data`.
    package static func checksum(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Data {
    fileprivate mutating func appendLittleEndian(_ values: UInt16...) {
        for value in values { append(UInt8(value & 0xFF)); append(UInt8(value >> 8)) }
    }

    fileprivate mutating func appendLittleEndian(_ values: UInt32...) {
        for value in values { for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) } }
    }
}
