/// One meaning per option name across all the tools: the check behind the test that
/// walks every option table.
public enum OptionVocabulary {
    /// Options defined once in `CommonOptions`: wherever they appear, their help is that one.
    public static let shared: [OptionSpec] = [
        CommonOptions.output, CommonOptions.settings, CommonOptions.help, CommonOptions.from, CommonOptions.to,
        CommonOptions.encoding, CommonOptions.crlf, CommonOptions.bom, CommonOptions.labels, CommonOptions.today,
        CommonOptions.year, CommonOptions.milestones, CommonOptions.tasks, CommonOptions.start, CommonOptions.lang,
        CommonOptions.name, CommonOptions.tz, CommonOptions.meeting, CommonOptions.reportTime, CommonOptions.multiple,
        CommonOptions.inPlace, CommonOptions.outputDirectory, CommonOptions.fromSystem, CommonOptions.toSystem,
    ]

    /// Every way the tools disagree about an option: one name with two kinds of value,
    /// two short letters, or (for a shared option) a help text of its own; one short
    /// letter for two names.
    public static func conflicts(_ tools: [ToolSpec]) -> [String] {
        var byName: [String: [(String, OptionSpec)]] = [:]
        var byShort: [Character: Set<String>] = [:]
        for t in tools {
            for c in t.commands {
                for o in c.options where !o.hidden {
                    byName[o.long, default: []].append((t.single ? t.name : "\(t.name) \(c.name)", o))
                    if let s = o.short { byShort[s, default: []].insert(o.long) }
                }
            }
        }
        var out: [String] = []
        for (name, uses) in byName.sorted(by: { $0.key < $1.key }) {
            // A shared option may have several forms (-o FILE, -o DIR): each use must be one.
            let forms = shared.filter { $0.long == name }
            let args = Set(uses.map { $0.1.argument ?? "(flag)" })
            if args.count > 1 && !uses.allSatisfy({ u in forms.contains { $0.help == u.1.help && $0.argument == u.1.argument } }) {
                out.append("--\(name) takes different values: " + uses.map { "\($0.0): \($0.1.argument ?? "(flag)")" }.joined(separator: ", "))
            }
            let shorts = Set(uses.map { $0.1.short.map(String.init) ?? "" })
            if shorts.count > 1 { out.append("--\(name) has different short forms: \(shorts.sorted())") }
            if let s = forms.first {
                for (where_, o) in uses where !forms.contains(where: { o.help == $0.help && o.argument == $0.argument }) {
                    out.append("--\(name) in \(where_) says '\(o.help)', not the shared '\(s.help)'")
                }
            }
        }
        for (s, names) in byShort where names.count > 1 {
            out.append("-\(s) means \(names.sorted().map { "--" + $0 }.joined(separator: " and "))")
        }
        return out.sorted()
    }
}
