/// Words typed where the file goes that say a task's field instead, as a meeting
/// says them: `set T3 done`, `set T3 owner=佐藤`, `set T3 T7`, `add M2 dev ログを集める`.
/// Each was taken for a file ("cannot open: done"); the error says what to write.
enum MisplacedWords {
    enum Meaning: Equatable {
        /// The option (and value) the word stands for: `--status done`.
        case option(String)
        /// Another id like the ones given, to be joined to them: `T3,T7`.
        case id(String)
    }

    /// What `word` most likely meant, when no file has that name: a status, a
    /// milestone, a role, a column's value (`owner=佐藤`), an id written like one of
    /// `ids` (T7 beside T3, REQ-12 beside REQ-2), else, with `todo`, the Todo itself;
    /// nil for a word that may well be a file. A word that could be either of two fields
    /// (`pr`, a role a plan declares and M4's short name) is the one not `taken` by an
    /// earlier word: `add M2 pr …` is M2's task for the role pr.
    static func meaning(of word: String, ids: [String], roles: Vocabulary, todo: Bool, taken: Set<String> = [],
                        fileExists: (String) -> Bool) -> Meaning? {
        if TaskUpdate.looksLikeFile(word) || fileExists(word) || word.trimmed.isEmpty { return nil }
        let fields: [(option: String, known: Bool)] = [
            ("--status", Plan.statuses.lookup(word) != nil),
            ("--milestone", Plan.milestones.lookup(word) != nil),
            ("--role", roles.lookup(word) != nil),
        ].filter(\.known)
        if let f = fields.first(where: { !taken.contains($0.option) }) ?? fields.first {
            return .option(f.option + " " + word.shellWord)
        }
        if let eq = word.firstIndex(of: "="), eq != word.startIndex { return .option("--set " + word.shellWord) }
        func head(_ s: String) -> Substring? {
            let h = s.prefix { !$0.isNumber }
            return h.count < s.count ? Substring(h.lowercased()) : nil
        }
        if let h = head(word), ids.contains(where: { head($0) == h }) { return .id(word) }
        return todo ? .option("--todo " + word.shellWord) : nil
    }

    /// The usage error for the misplaced words among `operands` (the words after the
    /// ids for `set`), with the command written as it was meant (`...` for the
    /// options given, with `optionsGiven`); nil when none is.
    static func error(_ command: String, operands: [String], ids: [String], roles: Vocabulary, todo: Bool,
                      optionsGiven: Bool, fileExists: (String) -> Bool) -> WBError? {
        var words: [String] = [], options: [String] = [], moreIDs: [String] = [], files: [String] = []
        var taken: Set<String> = []
        for w in operands {
            switch meaning(of: w, ids: ids, roles: roles, todo: todo, taken: taken, fileExists: fileExists) {
            case .option(let o)?:
                words.append(w); options.append(o)
                taken.insert(String(o.prefix { $0 != " " }))
            case .id(let id)?: words.append(w); moreIDs.append(id)
            case nil: files.append(w)
            }
        }
        guard let first = words.first else { return nil }
        let allIDs = (ids + moreIDs).joined(separator: ",")
        let meant = ([command] + (allIDs.isEmpty ? [] : [allIDs]) + (optionsGiven ? ["..."] : []) + options
                     + [files.first?.shellWord ?? "plan.csv"]).joined(separator: " ")
        return WBError.usage(words.count == 1 ? L("'\(first)' is no file: write \(meant)")
                                              : L("\(words.map { "'\($0)'" }.listed) are no files: write \(meant)"))
    }
}
