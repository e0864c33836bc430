import Diagnostics

/// The `key: value` fields a quiz body gave, one slot per `QuizFieldName`.
///
/// A dictionary cost more to set up for each quiz (its storage, its hashing, room reserved for
/// every field) than reading the quiz's few fields did.
struct QuizFieldTable {
    /// One field: its value's pieces of the author's lines, where its name is and where its value is.
    typealias Field = (value: [(text: Substring, location: SourceLocation)], name: SourceRange, valueRange: SourceRange)

    private static let count = QuizFieldName.allCases.count
    private var slots: [Field?] = Array(repeating: nil, count: Self.count)

    /// The field `name`, nil when the body does not give it.
    subscript(name: QuizFieldName) -> Field? {
        get { slots[name.slot] }
        set { slots[name.slot] = newValue }
    }

    /// Adds a continuation line to the field `name`, if the body gave it.
    mutating func append(_ line: (text: Substring, location: SourceLocation), to name: QuizFieldName) {
        slots[name.slot]?.value.append(line)
    }
}

extension QuizFieldName {
    /// The field's place in `QuizFieldTable`.
    fileprivate var slot: Int {
        switch self {
        case .answer: 0
        case .check: 1
        case .tolerance: 2
        case .id: 3
        case .hint: 4
        case .params: 5
        case .constraint: 6
        case .variants: 7
        }
    }
}
