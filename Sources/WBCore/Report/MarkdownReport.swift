/// The report as CommonMark with GitHub-style tables: it pastes into Slack, a Backlog
/// wiki, Confluence and GitHub. Cell text is escaped (`|`, `<`, `&`, `*`, `_`, `` ` ``,
/// `[`), so a task's title is never read as markup or HTML.
public enum MarkdownReport {
    public static func render(_ r: PlanReport, title: String, picture: String? = nil) -> String {
        var s = "# " + esc(title) + "\n\n"
        s += "**" + esc(r.headline) + "**\n"
        if !r.milestones.isEmpty {
            s += "\n## " + L("Milestones") + "\n\n"
            let gates = r.milestones.contains { $0.gatesGiven }
            var head = [L("Milestone"), L("Date"), L("Days left"), L("State"), L("Tasks done")]
            if gates { head.append(L("Gate")) }
            s += row(head) + row(head.map { _ in "---" })
            for p in r.milestones {
                var cells = [p.entry.term.id + " " + p.entry.name, p.entry.date?.iso ?? "", p.daysLeft.map(String.init) ?? "",
                             Labels.word(p.state, Lang.current), "\(p.done)/\(p.total)"]
                if gates {
                    if !p.gated { cells.append("") } else if let g = p.gate {
                        cells.append(Labels.word(g.pass ? "pass" : "fail", Lang.current) + " (" + g.evidence + ")")
                    } else { cells.append(Labels.word("pending", Lang.current)) }
                }
                s += row(cells.map(esc))
            }
        }
        if let picture, !picture.isEmpty {
            s += "\n## " + L("Timeline") + "\n\n```text\n" + picture + (picture.hasSuffix("\n") ? "" : "\n") + "```\n"
        }
        if !r.decisions.isEmpty {
            s += "\n## " + L("Decisions needed") + "\n\n"
            for d in r.decisions { s += "- " + esc(d) + "\n" }
        }
        if !r.overdue.isEmpty || !r.blocked.isEmpty {
            s += "\n## " + L("Overdue and blocked tasks") + "\n\n"
            let head = [L("Task"), L("Todo"), L("Owner"), L("Due"), L("Late by")]
            s += row(head) + row(head.map { _ in "---" })
            var listed = Set<String>()
            for t in r.overdue + r.blocked where listed.insert(t.id + "\u{1}" + t.todo).inserted {
                let late = t.daysLate.map { $0 == 1 ? L("1 day") : L("\($0) days") } ?? Labels.word(t.status, Lang.current)
                s += row([t.id, t.todo, t.owner.isEmpty ? L("(no owner)") : t.owner, t.due?.iso ?? "", late].map(esc))
            }
        }
        if let changes = r.changes {
            s += "\n## " + L("Since the last report") + "\n\n"
            if changes.isEmpty { s += L("Nothing changed.") + "\n" }
            for c in changes {
                let what = (c.item.id.isEmpty ? "" : c.item.id + " ") + c.item.todo
                let line: String
                switch c.kind {
                case .done: line = L("done: \(what)")
                case .added: line = L("added: \(what)")
                case .removed: line = L("removed: \(what)")
                case .reopened: line = L("reopened: \(what)")
                case .moved: line = L("moved: \(what) (\(c.before?.iso ?? "-") → \(c.item.due?.iso ?? "-"))")
                }
                s += "- " + esc(line) + "\n"
            }
        }
        if !r.nextTwoWeeks.isEmpty || !r.upcomingMilestones.isEmpty {
            s += "\n## " + L("Next two weeks") + "\n\n"
            let head = [L("Due"), L("Task"), L("Todo"), L("Owner")]
            s += row(head) + row(head.map { _ in "---" })
            for m in r.upcomingMilestones {
                s += row([m.entry.date!.iso, m.entry.term.id, m.entry.name, ""].map(esc))
            }
            for t in r.nextTwoWeeks {
                s += row([t.due?.iso ?? "", t.id, t.todo, t.owner].map(esc))
            }
        }
        return s
    }

    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    /// Text that stays text in a table cell or a list item.
    static func esc(_ s: String) -> String {
        var o = ""
        for c in s {
            switch c {
            case "\\", "|", "*", "_", "`", "[", "]", "#": o.append("\\"); o.append(c)
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "&": o += "&amp;"
            case "\n", "\r": o.append(" ")
            default: o.append(c)
            }
        }
        return o
    }
}
