import CourseKit
import CourseSite
import Foundation

/// Where a run's templates come from: a folder, or the defaults built into `lectern`.
enum TemplateSource: Sendable, Equatable {
    /// A templates folder (`--templates`, or `templates/` when the course has one).
    case folder(String)
    /// The templates compiled into the binary (`DefaultTemplates`).
    case builtIn

    /// The folder looked for when `--templates` is not given.
    static let conventionalFolder = "templates"

    /// `--templates` when given; otherwise `templates/` if it exists, else the built-in set.
    static func resolve(option: String?) -> TemplateSource {
        if let option { return .folder(option) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: conventionalFolder, isDirectory: &isDirectory), isDirectory.boolValue {
            return .folder(conventionalFolder)
        }
        return .builtIn
    }

    /// The folder to watch for changes, if any.
    var folder: String? {
        if case .folder(let path) = self { return path }
        return nil
    }

    /// The built-in templates and assets, decoded, by path relative to `templates/`.
    static func builtInFiles() -> [String: Data] {
        var files: [String: Data] = [:]
        for (path, encoded) in DefaultTemplates.base64Files {
            files[path] = Data(base64Encoded: encoded)
        }
        return files
    }

    /// The built-in set as the pipeline takes it.
    static func builtInSet() -> TemplateSet {
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        for (path, data) in builtInFiles() {
            if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = data
            } else if path.hasSuffix(".mustache") {
                templates[String(path.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
            }
        }
        return TemplateSet(directory: "(built-in templates)", templates: templates, assets: assets)
    }

    /// The templates themselves.
    /// - Throws: `LecternError` when the folder cannot be read.
    func load() throws(LecternError) -> TemplateSet {
        switch self {
        case .folder(let path): try TemplateSet.load(from: path)
        case .builtIn: Self.builtInSet()
        }
    }

    /// A pipeline over `content` with these templates.
    func pipeline(content: String) -> CoursePipeline {
        switch self {
        case .folder(let path):
            return CoursePipeline(contentDirectory: content, templatesDirectory: path)
        case .builtIn:
            var pipeline = CoursePipeline(contentDirectory: content, templatesDirectory: "(built-in templates)")
            pipeline.templateSet = Self.builtInSet()
            return pipeline
        }
    }
}
