/// Failures of the environment, as opposed to mistakes in the course (which are diagnostics).
/// The CLI maps every case to exit status 2.
package enum LecternError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A file or folder could not be read or written.
    case io(path: String, reason: String)
    /// The templates folder lacks a template a page needs.
    case missingTemplate(name: String, directory: String)
    /// A template does not parse.
    case templateSyntax(path: String, line: Int, column: Int, reason: String)
    /// The output folder has files but no marker saying Lectern wrote it.
    case notALecternSite(path: String, marker: String)

    /// A one-line explanation for the terminal.
    package var description: String {
        switch self {
        case let .io(path, reason):
            "\(path): \(reason)"
        case let .missingTemplate(name, directory):
            "\(directory)/\(name).mustache: missing template '\(name)'"
        case let .templateSyntax(path, line, column, reason):
            "\(path):\(line):\(column): template error: \(reason)"
        case let .notALecternSite(path, marker):
            "\(path): refusing to replace a folder Lectern did not create (it has files but no '\(marker)'); "
                + "choose another --output or empty the folder"
        }
    }
}
