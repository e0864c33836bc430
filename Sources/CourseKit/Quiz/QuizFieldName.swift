/// The `key: value` fields a quiz body may contain.
package enum QuizFieldName: String, CaseIterable, Sendable {
    case answer, check, tolerance, id, hint

    /// The known field closest to a misspelt `name`, if it is close enough to be a likely typo.
    ///
    /// Uses the optimal-string-alignment distance (a swap of two letters counts once), case-insensitive,
    /// allowing about one edit per three letters so that ordinary words (`Note:`) are not taken for fields.
    package static func suggestion(for name: String) -> QuizFieldName? {
        let lowered = name.lowercased()
        var best: (field: QuizFieldName, distance: Int)?
        for field in allCases {
            let distance = editDistance(Array(lowered), Array(field.rawValue))
            let allowed = max(1, field.rawValue.count / 3)
            guard distance <= allowed else { continue }
            if best == nil || distance < best?.distance ?? .max { best = (field, distance) }
        }
        return best?.field
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
