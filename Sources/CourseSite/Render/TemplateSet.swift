import CourseKit
import Foundation
import Mustache

/// The templates and static assets of a site, read from a templates folder.
///
/// Templates are `*.mustache` files, named by their path without the extension (`lesson`,
/// `partials/header`); assets are every file under `assets/`, copied as they are.
package struct TemplateSet: Sendable {
    /// The folder the templates came from, for error messages.
    package var directory: String
    /// Template sources by name.
    package var templates: [String: String]
    /// Asset files by path relative to `assets/` (`site.css`).
    package var assets: [String: Data]
    /// Files and folders not read because a symbolic link takes them out of the templates
    /// folder; the drivers report them as content mistakes (`course.outside-folder`).
    package var refused: [RefusedPath] = []
    /// The library being parsed on a thread of its own (`compilingAhead()`), if it is.
    private var ahead: LibraryAhead?

    /// Creates a set from sources in memory (tests).
    package init(directory: String = "templates", templates: [String: String], assets: [String: Data] = [:]) {
        self.directory = directory
        self.templates = templates
        self.assets = assets
    }

    /// Reads `directory`. A file or folder whose symbolic link leads outside it is skipped and
    /// listed in `refused` (publishing it as an asset would publish any readable file).
    /// - Throws: `LecternError.io` when the folder or a file cannot be read.
    package static func load(from directory: String) throws(LecternError) -> TemplateSet {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .io(path: directory, reason: "no such templates folder")
        }
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        var refused: [RefusedPath] = []
        guard let resolvedRoot = ContainedPath.resolved(directory) else { throw .io(path: directory, reason: "cannot resolve the folder") }
        for relative in try files(under: root, resolvedRoot: resolvedRoot, named: directory, refused: &refused).sorted() {
            let path = root.appendingPathComponent(relative).path
            guard ContainedPath.isInside(path, folder: resolvedRoot) else {
                refused.append(RefusedPath(path: "\(directory)/\(relative)", folder: directory))
                continue
            }
            guard ContainedPath.isRegularFile(path) else {
                throw .io(path: "\(directory)/\(relative)", reason: "not a regular file")
            }
            guard let data = manager.contents(atPath: path) else {
                throw .io(path: "\(directory)/\(relative)", reason: "cannot read the file")
            }
            if relative.hasPrefix("assets/") {
                assets[String(relative.dropFirst("assets/".count))] = data
            } else if relative.hasSuffix(".mustache") {
                guard let text = String(data: data, encoding: .utf8) else {
                    throw .io(path: "\(directory)/\(relative)", reason: "the template is not UTF-8 text")
                }
                templates[String(relative.dropLast(".mustache".count))] = text
            }
        }
        var set = TemplateSet(directory: directory, templates: templates, assets: assets)
        set.refused = refused
        return set
    }

    /// Relative paths of the regular files below `root`, skipping hidden files.
    private static func files(under root: URL, resolvedRoot: String, named directory: String,
                              refused: inout [RefusedPath]) throws(LecternError) -> [String] {
        let manager = FileManager.default
        var result: [String] = []
        var pending = [""]
        while let folder = pending.popLast() {
            let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
            let names: [String]
            do { names = try manager.contentsOfDirectory(atPath: url.path) } catch {
                throw .io(path: url.path, reason: "cannot list the folder")
            }
            for name in names where !name.hasPrefix(".") {
                let relative = folder.isEmpty ? name : "\(folder)/\(name)"
                var isDirectory: ObjCBool = false
                _ = manager.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory)
                if isDirectory.boolValue {
                    guard ContainedPath.isInside(root.appendingPathComponent(relative).path, folder: resolvedRoot) else {
                        refused.append(RefusedPath(path: "\(directory)/\(relative)", folder: directory))
                        continue
                    }
                    pending.append(relative)
                } else { result.append(relative) }
            }
        }
        return result
    }

    /// This set, its templates already being parsed into a library on a thread of their own,
    /// so that a build's `library()` (at the start of rendering, with every core otherwise
    /// idle but one) finds it made while the course was read, parsed and checked. The library
    /// and any error are what `library()` gives without it.
    package func compilingAhead() -> TemplateSet {
        if let ahead, ahead.isFor(self) { return self }
        var set = self
        set.ahead = nil
        set.ahead = LibraryAhead(set)
        return set
    }

    /// Parses every template into a library.
    /// - Throws: `LecternError.templateSyntax` for a template that does not parse.
    package func library() throws(LecternError) -> MustacheLibrary {
        // A set changed since `compilingAhead()` parses its own templates.
        if let ahead, ahead.isFor(self) { return try ahead.result.get() }
        return try parsed()
    }

    /// `library()`, parsed now.
    private func parsed() throws(LecternError) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, source) in templates.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: source), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .templateSyntax(path: "\(directory)/\(name).mustache", line: error.context.lineNumber,
                                      column: error.context.columnNumber, reason: "\(error.error)")
            } catch {
                throw .templateSyntax(path: "\(directory)/\(name).mustache", line: 1, column: 1, reason: "\(error)")
            }
        }
        return library
    }
}

/// A template set's library parsed on a thread of its own (`TemplateSet.compilingAhead()`).
private final class LibraryAhead: Sendable {
    /// What was parsed: the templates and the folder named in errors.
    private let templates: [String: String]
    private let directory: String
    private let queue: BackgroundQueue<Result<MustacheLibrary, LecternError>>

    init(_ set: TemplateSet) {
        templates = set.templates
        directory = set.directory
        queue = BackgroundQueue(count: 1) { _ in Result { () throws(LecternError) in try set.library() } }
    }

    /// Whether `set` has the templates this library was parsed from.
    func isFor(_ set: TemplateSet) -> Bool { set.directory == directory && set.templates == templates }

    /// The library or the error, waiting for the thread if it has not finished.
    var result: Result<MustacheLibrary, LecternError> { queue.value(at: 0) }

    deinit { queue.finish() }
}
