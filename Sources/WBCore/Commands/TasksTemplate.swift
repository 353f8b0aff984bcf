/// `wb-tasks template`: the empty grid for the workshop room.
enum TasksTemplate {
    static let spec = CommandSpec("template", synopsis: "[options]",
        summary: "Print the empty role x milestone grid for the workshop room, in Japanese or English.",
        options: [
            OptionSpec("roles", arg: "LIST", "the role columns (default: pm,dev,ds and the roles the settings declare)", plan: .roles),
            OptionSpec("tasks-header", "print the header of an empty tasks table instead of the grid"),
            CommonOptions.to, CommonOptions.crlf, CommonOptions.bom,
        ],
        examples: ["wb-tasks template --lang ja --bom > room.csv"]) { inv in
        if !inv.operands.isEmpty { throw WBError.usage(L("template takes no file")) }
        let lang = Lang.current
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: .csv))
        // --team: the grid or header of one team's file, the team in its first column.
        let team = inv.string("team")?.trimmed
        let teamColumn = team.map { _ in [Grid.teamHeader("", labels: lang)] } ?? []
        if inv.flag("tasks-header") {
            w.write(teamColumn + TaskColumn.allCases.map { lang == .ja ? $0.ja : $0.rawValue })
            return .ok
        }
        let roles = try inv.list("roles").map { try $0.map { s -> Term in
            guard let t = inv.roles.lookup(s) else { throw WBError.usage("--roles: " + Roles.unknownMessage(s, inv.roles)) }
            return t
        } } ?? Grid.defaultRoles(inv.roles.terms, declared: inv.settings?.declaredRoles ?? [])
        w.write(teamColumn + Grid.header(roles: roles, labels: lang))
        for m in Plan.milestones.terms {
            w.write((team.map { [$0] } ?? []) + [Grid.rowLabel(m, labels: lang, set: nil)] + roles.map { _ in "" })
        }
        return .ok
    }
}
