/// A finding of a check: severity, place, rule and a message for people.
public struct Finding: Sendable {
    public enum Severity: String, Sendable, Comparable {
        case error, warning, info
        var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }
    public var severity: Severity
    public var line: Int?
    public var id: String
    public var rule: String
    public var message: String
    /// The team the finding is about, in a plan of several teams.
    public var team: String? = nil
}

/// Writes findings as a table (severity, line, id, rule, message) and decides the status.
enum FindingsReport {
    static func write(_ findings: [Finding], _ inv: Invocation, format: TableFormat, strict: Bool) throws -> ExitCode {
        // By line (findings about the whole plan last), then severity, then as found:
        // indices are sorted on one integer key, so no finding is moved.
        let keys = findings.map { ($0.line ?? Int.max >> 3) << 2 | $0.severity.rank }
        let order = findings.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: format))
        let lang = try inv.labelLang()
        // A plan of several teams: each finding names its team, in a first column.
        let teams = findings.contains { $0.team != nil }
        w.write((teams ? [Labels.word("team", lang)] : []) + Labels.header(["severity", "line", "id", "rule", "message"], lang))
        let severities = [Finding.Severity.error, .warning, .info].map { Labels.word($0.rawValue, lang) }
        var r = Record()
        for i in order {
            let f = findings[i]
            r.reset()
            if teams { r.append(f.team ?? "") }
            r.append(severities[f.severity.rank])
            r.append(f.line.map(String.init) ?? "")
            r.append(f.id)
            r.append(f.rule)
            r.append(Diagnostic.clean(f.message))
            w.write(r)
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        if errors + warnings > 0 {
            try inv.stdout.flush()
            let e = errors == 1 ? L("1 error") : L("\(errors) errors")
            let w = warnings == 1 ? L("1 warning") : L("\(warnings) warnings")
            inv.stderr.write("\(inv.tool): " + L("\(e), \(w)") + "\n")
        }
        return errors > 0 || (strict && warnings > 0) ? .failed : .ok
    }
}
