/// `wb-tasks filter`: the tasks that match every condition given, streamed.
enum TasksFilter {
    static let spec = CommandSpec("filter",
        summary: "Keep the tasks that match every condition given (values may be lists: --role pm,dev).",
        options: [
            OptionSpec("milestone", short: "m", arg: "M", "milestones to keep, a list (M1,2,②,ファンの獲得); !LIST keeps the others"),
            OptionSpec("role", short: "r", arg: "ROLE", "roles to keep, a list (pm,dev,開発者); !LIST keeps the others"),
            OptionSpec("status", short: "s", arg: "STATUS", "statuses to keep, a list (todo,doing,done,blocked); !LIST keeps the others"),
            OptionSpec("owner", arg: "NAME", "owners to keep, a list (exact names); !LIST keeps the others"),
            OptionSpec("kind", arg: "KIND", "kinds to keep, a list (task,request,validation,approval); !LIST keeps the others"),
            OptionSpec("due-before", arg: "DATE", "tasks due before DATE"),
            OptionSpec("due-after", arg: "DATE", "tasks due after DATE"),
            OptionSpec("overdue", "tasks past due and not done (against --today)"),
            OptionSpec("contains", arg: "TEXT", "tasks whose Todo contains TEXT (letter case and full or half width ignored)"),
            CommonOptions.today, CommonOptions.year,
            CommonOptions.milestones,
            CommonOptions.labels,
        ] + CommonOptions.table,
        examples: ["wb-tasks filter --role dev --status todo,doing plan.csv",
                   "wb-tasks filter --overdue --today 2026-08-01 plan.csv"]) { inv in
        let reader = try inv.openTable(inv.inputPath())
        let (header, schema) = try TasksIO.header(reader)
        let resolver = try TasksIO.resolver(inv, schema: schema, file: reader.name)
        let labels = try TasksIO.labels(inv)
        // `!done` or `完了以外`: every value but those listed.
        var negated: Set<String> = []
        func list(_ opt: String) throws -> [String]? {
            guard inv.string(opt) != nil else { return nil }
            var l = inv.list(opt) ?? []
            if let f = l.first, f.hasPrefix("!") || f.hasPrefix("！") { l[0].removeFirst(); negated.insert(opt) }
            else if let last = l.last, last.hasSuffix("以外") { l[l.count - 1].removeLast(2); negated.insert(opt) }
            l = l.map(\.trimmed).filter { !$0.isEmpty }
            // An empty value (`--status "$S"` with S unset) would keep nothing, silently.
            if l.isEmpty { throw WBError.usage(L("--\(opt) needs at least one value")) }
            return l
        }
        // Arrays, not sets: a handful of ids compare faster than they hash.
        func terms(_ opt: String, _ v: Vocabulary) throws -> [String]? {
            guard let l = try list(opt) else { return nil }
            return (try l.map { s -> String in
                if opt == "milestone", let t = resolver.milestone(s) { return t.id }
                guard let t = v.lookup(s) else {
                    if v.kind == "role" { throw WBError.usage("--\(opt): " + Roles.unknownMessage(s, v)) }
                    throw WBError.usage(L("--\(opt): unknown \(v.kind) '\(s)'") + Suggest.terms(s, in: v) + L("; the \(v.kind == "status" ? "statuses" : v.kind + "s") are ") + v.ids.joined(separator: ", "))
                }
                return t.id
            })
        }
        let ms = try terms("milestone", Plan.milestones)
        let roles = try terms("role", inv.roles)
        let sts = try terms("status", Plan.statuses)
        let kinds = try terms("kind", Plan.kinds)
        let owners = try list("owner")
        let before = try inv.dateOption("due-before", resolver.dates)
        let after = try inv.dateOption("due-after", resolver.dates)
        let overdue = inv.flag("overdue")
        // The words of the Todo, compared folded: Ｐｏｃ finds PoC.
        let needle = inv.string("contains").map { $0.foldingWidth.lowercased() }
        if needle?.trimmed.isEmpty == true { throw WBError.usage(L("--contains needs the text to look for")) }
        let todoIx = schema[.todo]
        let today = try inv.today()
        let writer = TableWriter(inv.stdout, try inv.writeOptions(input: reader.format))
        writer.write(relabel(header, schema, labels))
        var team = inv.teamFilter(header, file: reader.name)
        // The conditions on codes: a flag per vocabulary term, milestones as they are met.
        func allowed(_ ids: [String]?, _ terms: [Term], _ opt: String) -> [Bool]? {
            ids.map { ids in terms.map { ids.contains($0.id) != negated.contains(opt) } }
        }
        let roleOK = allowed(roles, resolver.roles.terms, "role"), statusOK = allowed(sts, Plan.statuses.terms, "status")
        let kindOK = allowed(kinds, Plan.kinds.terms, "kind")
        let (notMilestones, notOwners) = (negated.contains("milestone"), negated.contains("owner"))
        var milestoneOK: [Bool] = []
        let doneCode = Plan.statuses.terms.firstIndex { $0.id == "done" }!
        let ownerIx = schema[.owner]
        // An owner's decision is made once for each way it is written (a plan has a
        // few dozen), not with a String a row.
        let ownerSeen = CodeCache()
        func ownerKept(_ owners: [String], _ rec: Record) -> Bool {
            guard let i = ownerIx, i < rec.count else { return owners.contains("") }
            return rec[i].withUnsafeBufferPointer { b in
                if let known = ownerSeen.get(b) { return known == 1 }
                let kept = owners.contains(String(decoding: b, as: UTF8.self).trimmed)
                ownerSeen.put(b, kept ? 1 : 0)
                return kept
            }
        }
        func keep(_ c: TaskCodes, _ rec: Record) -> Bool {
            if let ms {
                while milestoneOK.count <= c.milestone { milestoneOK.append(ms.contains(resolver.milestoneTerm(milestoneOK.count).id) != notMilestones) }
                if !milestoneOK[c.milestone] { return false }
            }
            if let roleOK, !roleOK[c.role] { return false }
            if let statusOK, !statusOK[c.status] { return false }
            if let kindOK, !kindOK[c.kind] { return false }
            if let owners, ownerKept(owners, rec) == notOwners { return false }
            if let before, !(c.due != Int.min && c.due < before.days) { return false }
            if let after, !(c.due != Int.min && c.due > after.days) { return false }
            if overdue, !(c.due != Int.min && c.due < today.days && c.status != doneCode) { return false }
            if let needle, !(todoIx.map { $0 < rec.count && rec.string($0).foldingWidth.lowercased().contains(needle) } ?? false) { return false }
            return true
        }
        var rec = Record()
        while try reader.next(into: &rec) {
            if !team.keepsAll && !team.keeps(rec) { continue }
            // The codes path reads most rows; the full resolver the rest (and reports
            // the first problem of a row).
            var row: TaskRow?
            let c: TaskCodes
            if let fast = resolver.codes(rec) { c = fast } else {
                row = try resolver.resolveStrict(rec)
                c = resolver.codes(of: row!)
            }
            if !keep(c, rec) { continue }
            // Rows already in canonical form go out as they came in.
            if c.canonical && labels == nil { writer.write(rec); continue }
            writer.write(TasksIO.canonical(try row ?? resolver.resolveStrict(rec), schema: schema, labels: labels))
        }
        try team.finish()
        return .ok
    }

    static func relabel(_ header: Record, _ schema: TaskSchema, _ labels: Lang?) -> Record {
        guard let labels else { return header }
        var f = header.strings
        for (c, i) in schema.index { f[i] = c.label(labels) }
        return Record(fields: f)
    }
}

