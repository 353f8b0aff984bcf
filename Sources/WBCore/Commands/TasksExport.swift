/// `wb-tasks export`: the plan for the team's task system's own import (Backlog,
/// Jira, GitLab CSV; a gh script for GitHub). Mapping lives in TaskSystems/.
enum TasksExport {
    static let plan = OptionSpec("plan", arg: "NAME", "the plan's name in each issue's wb-task marker (default: the settings' name, else the file's name)")

    static let spec = CommandSpec("export", synopsis: "--to SYSTEM [options] [file]",
        summary: "Write the tasks for a task system's own import: Backlog (課題の一括登録 CSV), Jira Cloud (CSV importer), GitLab (issue CSV import), or GitHub (a POSIX shell script of gh calls, printed, never run). Tasks that already have a key are left out unless --all. Every description carries the marker wb-task: PLAN#ID that import finds again.",
        options: [
            CommonOptions.toSystem, plan,
            OptionSpec("all", "export tasks that already have a key too"),
            OptionSpec("split", arg: "N", "write files of at most N rows: -o base.csv gives base-1.csv, base-2.csv… (Backlog takes 250 a file)"),
            OptionSpec("issue-type", arg: "TYPE", "Backlog's 種別 for every task (default タスク), or 'kind' for each task's kind"),
            OptionSpec("hours-per-point", arg: "H", "Backlog's 予定時間: difficulty × H hours"),
            OptionSpec("epics", "Jira: each milestone an Epic, its tasks the children (parents first)"),
            OptionSpec("update", "Jira: only tasks with a key, in the update-by-key form (an Issue Key column)"),
            OptionSpec("repo", arg: "OWNER/NAME", "GitHub: the repository (default: the one gh runs in)"),
            CommonOptions.encoding, CommonOptions.bom, CommonOptions.crlf, CommonOptions.milestones, CommonOptions.year, CommonOptions.today,
        ],
        examples: ["wb-tasks export --to backlog --encoding cp932 share/wb/sample-plan.csv -o backlog.csv",
                   "wb-tasks export --to jira --epics share/wb/sample-plan.csv -o jira.csv",
                   "wb-tasks export --to github --repo acme/launch share/wb/sample-plan.csv -o issues.sh"], tasksAreInput: true) { inv in
        guard let to = inv.string("to") else { throw WBError.usage(L("export needs --to backlog, jira, github or gitlab")) }
        let target = try TaskSystem.parse(to, option: "to")
        var o = ExportOptions()
        if let t = inv.string("issue-type") { o.issueType = t }
        if let h = inv.string("hours-per-point") {
            guard let v = Double(h), v > 0, v.isFinite else { throw WBError.usage(L("--hours-per-point takes a positive number of hours, not '\(h)'")) }
            o.hoursPerPoint = v
        }
        o.epics = inv.flag("epics")
        o.update = inv.flag("update")
        if let r = inv.string("repo") {
            let parts = r.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) } }) else {
                throw WBError.usage(L("--repo takes OWNER/NAME, not '\(r)'"))
            }
            o.repo = r
        }
        for (flag, only) in [("epics", TaskSystem.jira), ("update", .jira), ("repo", .github), ("issue-type", .backlog), ("hours-per-point", .backlog)]
            where inv.values[flag] != nil && target != only {
            throw WBError.usage(L("--\(flag) is for --to \(only.rawValue)"))
        }
        let enc = try inv.string("encoding").map { try TextEncoding.parse($0) } ?? .utf8
        guard enc != .utf16 else { throw WBError.usage(L("export writes utf-8 or cp932")) }
        if enc == .cp932 && inv.flag("bom") {
            throw WBError.usage(L("--bom is for UTF-8 output: CP932 has no byte-order mark (leave out --bom or --encoding cp932)"))
        }
        let split = try inv.int("split", min: 1)
        if split != nil && (inv.string("output") ?? "-") == "-" { throw WBError.usage(L("--split writes several files: give -o base.csv")) }
        if split != nil && target == .github { throw WBError.usage(L("--split is for the CSV exports")) }

        let path = try inv.inputPath()
        var ro = ReadOptions()
        ro.detectEncoding = true
        ro.skipsEmptyRows = true
        let table = try inv.scoped(Table.read(TableReader(path: path, stdinFD: inv.stdinFD, options: ro)))
        let schema = try TaskSchema(header: table.header, file: table.name)
        let resolver = try TasksIO.resolver(inv, schema: schema, file: table.name)
        let (_, ms) = try inv.planContext()
        let name = inv.string("plan") ?? inv.settings?[.name] ?? ExportFiles.planName(path)
        // Descriptions, roles and milestone names in the plan's language unless --lang says.
        let lang = inv.documentLang { table.todoTexts }
        // (Its errors in the user's language.)
        let plan = try ExportPlan(table: table, resolver: resolver, milestones: ms, name: name, all: inv.flag("all"), onlyKeyed: o.update,
                                  teams: inv.teams, lang: lang)
        if plan.keyed > 0 {
            inv.note(plan.keyed == 1 ? L("1 task already has a key and is left out (--all exports it)")
                     : L("\(plan.keyed) tasks already have a key and are left out (--all exports them)"), at: SourceLocation(file: table.name))
        }
        try ExportFiles.checkFits(plan.tasks.count, target: target, split: split, name: table.name)
        let output = Lang.$current.withValue(lang) { Exporters.export(plan, to: target, options: o) }
        switch output {
        case .script(let s):
            inv.stdout.write(s)
        case .table(let header, let rows):
            let files = try ExportFiles(cp932: enc == .cp932, crlf: inv.flag("crlf"), bom: inv.flag("bom"))
                .files(header: header, rows: rows, plan: plan, target: target, split: split, base: inv.string("output"), name: table.name)
            if split == nil {
                inv.stdout.write(files[0].1)
            } else {
                // Every part is written to a temporary first and renamed only when all are.
                let parts = try files.map { (name, bytes) -> AtomicFile in
                    let f = try AtomicFile(path: name)
                    f.output.write(bytes)
                    return f
                }
                for f in parts { try f.commit() }
                inv.outputHandled = true
                inv.note(TasksIO.wroteFiles(files.map(\.0)))
            }
            if target == .jira {
                inv.note(L("in Jira's CSV importer, set the date format to yyyy-MM-dd and map 'Link: is blocked by' to the Blocks link"))
            }
        }
        return .ok
    }
}
