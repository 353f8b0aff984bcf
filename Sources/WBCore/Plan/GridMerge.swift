/// Reading an edited role × milestone grid back: as new tasks, or merged into the tasks
/// it came from (`unmatrix --base`), where every task the grid does not change stays
/// byte for byte. A grid with a `team` first column (what `matrix` writes for a plan of
/// several teams) holds a block of rows per team: moving a line into another team's row
/// moves the task to that team.
public struct GridMerge {
    public let roles: Vocabulary
    public let teams: Teams
    /// `--team`: the grid is this team's (and only its tasks of the base are touched).
    public let team: String?
    public let milestones: MilestoneSet?
    let warn: (String, SourceLocation?) -> Void
    let note: (String, SourceLocation?) -> Void
    /// Set by `parse`: whether the grid has a team column.
    public private(set) var gridHasTeams = false

    public init(roles: Vocabulary, teams: Teams, team: String?, milestones: MilestoneSet?,
                warn: @escaping (String, SourceLocation?) -> Void, note: @escaping (String, SourceLocation?) -> Void) {
        self.roles = roles
        self.teams = teams
        self.team = team?.trimmed.isEmpty == true ? nil : team?.trimmed
        self.milestones = milestones
        self.warn = warn
        self.note = note
    }

    /// One Todo of the grid and the cell it stands in.
    public struct Placed {
        public var item: Grid.Item
        public var milestone: Term
        public var role: Term
        /// The team as the grid's first column (or --team) writes it; nil for a grid of one team.
        public var team: String?
        public var location: SourceLocation
        /// Set by the merge: the id its bracket gave, which is none of the plan's, where
        /// the line is read without it.
        var unknownID: String? = nil
    }

    /// Refuses, at its place in the grid, a Todo with a character the plan's `encoding`
    /// cannot hold (an emoji typed into a grid saved as UTF-8, merged into a plan kept
    /// in CP932), before anything is written.
    public static func checkEncodable(_ items: [Placed], in encoding: TextEncoding) throws {
        guard encoding == .cp932 else { return }
        // As written, the bracket with the text: one that is not an id stays in the Todo.
        for p in items where (p.item.written ?? p.item.text).utf8.contains(where: { $0 >= 0x80 }) {
            do {
                _ = try Transcoder.fromUTF8(Array((p.item.written ?? p.item.text).utf8), to: .cp932, bigEndian: false, name: p.location.file)
            } catch let e as WBError {
                throw WBError.data(e.message, at: p.location)
            }
        }
    }

    /// Reads the grid: an optional team column, the milestone, then one column per role.
    public mutating func parse(_ grid: Table) throws -> [Placed] {
        gridHasTeams = grid.header.count > 1 && Teams.teamHeaders.contains(grid.header.string(0).matchKey)
        let first = gridHasTeams ? 1 : 0
        var cols: [Term?] = Array(repeating: nil, count: first + 1)
        for i in (first + 1)..<max(first + 1, grid.header.count) {
            let name = grid.header.string(i).trimmed
            // Excel saves the empty columns to the right of a grid (`ds,,,`): a column
            // with no name and nothing in it is not there.
            if name.isEmpty && grid.rows.allSatisfy({ i >= $0.count || $0.string(i).trimmed.isEmpty }) {
                cols.append(nil)
                continue
            }
            if name.isEmpty, let row = grid.rows.first(where: { i < $0.count && !$0.string(i).trimmed.isEmpty }) {
                throw WBError.data(L("grid column \(i + 1) has no name but holds '\(row.string(i).trimmed)': give it a role's name or empty it"),
                                   at: grid.location(row: row, field: i))
            }
            guard let t = roles.lookup(name) else {
                let p = grid.header.position(ofField: i)
                // A team's own role (品質保証, qa) is declared in the settings; a typo
                // (dve) has its nearest role named.
                let ascii = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
                let example = ascii ? "roles,\(name.lowercased()):\(name):\(name)" : "roles,qa:\(name):QA"
                let near = Suggest.terms(name, in: roles)
                throw WBError.data(L("grid column '\(name)' is not a role") + near
                                   + (near.isEmpty ? L("; the grid's columns are the milestone, then roles (pm, dev, ds ...); declare a team's own in the settings: \(example)")
                                                   : L("; the grid's columns are the milestone, then roles (pm, dev, ds ...)")),
                                   at: SourceLocation(file: grid.name, line: p.line, column: p.column))
            }
            cols.append(t)
        }
        var out: [Placed] = []
        for row in grid.rows {
            let label = first < row.count ? row.string(first).trimmed : ""
            let cellsEmpty = ((first + 1)..<max(first + 1, row.count)).allSatisfy { row.string($0).trimmed.isEmpty }
            guard let m = TaskResolver.milestone(label, in: milestones) else {
                if label.isEmpty && cellsEmpty { continue }
                throw WBError.data(label.isEmpty ? L("this grid row has no milestone in its first column") : L("unknown milestone '\(label)' in the grid's first column"),
                                   at: grid.location(row: row, field: first))
            }
            var teamName = team
            if gridHasTeams {
                let name = row.string(0).trimmed
                if let team, teams.key(name) != teams.key(team) {
                    if cellsEmpty { continue }
                    throw WBError.data(L("this grid row is team '\(name)''s, but --team is '\(team)'"), at: grid.location(row: row, field: 0))
                }
                teamName = name
            }
            for i in (first + 1)..<row.count where i < cols.count && cols[i] != nil {
                let p = row.position(ofField: i)
                let text = row.string(i)
                // A cell as long as a spreadsheet keeps was most likely cut there: its
                // last Todo would change and the tasks after it would go.
                if text.utf8.count >= Grid.spreadsheetCellLimit, Grid.spreadsheetCellLimits.contains(text.utf16.count) {
                    throw WBError.data(L("this cell holds \(text.utf16.count) characters, all that a spreadsheet keeps of a cell (Excel 32,767, Google Sheets 50,000): it was most likely cut there, which would change its last Todo and remove the tasks after it; make the grid from fewer tasks at a time (matrix warns of such cells)"),
                                       at: grid.location(row: row, field: i))
                }
                for it in Grid.items(text) {
                    out.append(Placed(item: it, milestone: m, role: cols[i]!, team: teamName,
                                      location: SourceLocation(file: grid.name, line: p.line + it.line - 1, column: it.line == 1 ? p.column : 1)))
                }
            }
        }
        return out
    }

    /// The grid as a new tasks table (the full canonical header, so that add and set
    /// take it at once; a team column first when the grid has teams).
    public func tasks(_ items: [Placed], labels: Lang?, out writer: TableWriter) throws {
        let withTeam = items.contains { $0.team != nil }
        let width = TaskColumn.allCases.count
        writer.write((withTeam ? [Grid.teamHeader("team", labels: labels)] : []) + TaskColumn.allCases.map { $0.label(labels) })
        var allocator = TaskIDs(items.compactMap { $0.item.id.flatMap { Grid.looksLikeID($0) ? $0 : nil } })
        var seen: [String: SourceLocation] = [:]
        seen.reserveCapacity(items.count)
        for var c in items {
            // A bracket without a number (【重要】, [WIP]) tags the Todo; it is no id.
            if let i = c.item.id, !Grid.looksLikeID(i) { c.item = c.item.withoutID }
            var id = c.item.id
            if let i = id {
                if let prev = seen[i] { throw WBError.data(L("task id \(i) appears twice in the grid (also at \(prev.text))"), at: c.location) }
                seen[i] = c.location
            } else {
                id = allocator.next()
            }
            writer.write((withTeam ? [c.team ?? ""] : []) + [id!, c.milestone.label(labels), c.role.label(labels), c.item.text]
                         + Array(repeating: "", count: width - 4))
        }
    }

    /// Merges the grid's items into `base`: a task whose line is gone from a cell the
    /// grid holds is removed (said on stderr), a moved or edited line changes its task,
    /// a line without an id is a new task; everything else stays byte for byte.
    public func merge(_ items: [Placed], grid: Table, into base: Table, schema: TaskSchema,
                      resolver: TaskResolver, out: TableWriter) throws {
        let tasks = try base.rows.map { try resolver.resolveStrict($0) }
        let baseTeam = Teams.column(base.header)
        let gridTeams = gridHasTeams || team != nil
        if baseTeam != nil && !gridTeams {
            throw WBError.usage(L("\(base.name) has a team column but the grid has none: give --team, or merge the grid matrix writes without --team"))
        }
        if baseTeam == nil && gridHasTeams {
            throw WBError.data(L("the grid has a team column but \(base.name) has none"), at: SourceLocation(file: grid.name, line: 1, column: 1))
        }
        let byTeam = baseTeam != nil
        func teamKey(_ t: TaskRow) -> String {
            guard let c = baseTeam else { return "" }
            return teams.key(c < t.record.count ? t.record.string(c).trimmed : "")
        }
        func teamKey(_ p: Placed) -> String { byTeam ? teams.key(p.team ?? "") : "" }
        var byID: [String: Int] = [:]
        byID.reserveCapacity(tasks.count)
        for (i, t) in tasks.enumerated() where !t.id.isEmpty {
            if byID[t.id] != nil {
                throw WBError.data(L("duplicate task id \(t.id) in the base file"), at: base.location(row: t.record, field: schema[.id]))
            }
            byID[t.id] = i
        }
        // Cells present in the grid: a task whose cell is not there is kept as it is.
        var present = Set<String>()
        func cell(_ team: String, _ m: String, _ r: String) -> String { team + "\u{0}" + m + "\u{0}" + r }
        let first = gridHasTeams ? 1 : 0
        var gridRoles: [String] = []
        for i in (first + 1)..<max(first + 1, grid.header.count) {
            if let r = roles.lookup(grid.header.string(i).trimmed) { gridRoles.append(r.id) }
        }
        for row in grid.rows {
            guard first < row.count, let m = resolver.milestone(row.string(first).trimmed) else { continue }
            let t = byTeam ? teams.key(gridHasTeams ? row.string(0).trimmed : team ?? "") : ""
            if byTeam, let team, t != teams.key(team) { continue }
            for r in gridRoles { present.insert(cell(t, m.id, r)) }
        }

        var placed: [String: Placed] = [:]
        placed.reserveCapacity(items.count)
        var newItems: [Placed] = []
        // A Todo that starts with another task's id (`[T1]の結果を共有`) stands as it is
        // in a grid made without ids: the plan's Todos that hold a bracket, in that form.
        var bracketed = Set<String>()
        for t in tasks where t.todo.unicodeScalars.contains(where: { Grid.openingBrackets.contains($0) }) {
            bracketed.insert(Grid.comparableWithoutID(t.todo))
        }
        // An id of the plan as matrix wrote it, though it holds a bracket or a space.
        let longestID = tasks.reduce(0) { max($0, $1.id.utf8.count) }
        let items = items.map { p in
            let w = p.item.written ?? p.item.text
            guard w.utf8.first == UInt8(ascii: "["),
                  let (id, rest) = Grid.knownLeadingID(w, longest: longestID, isKnown: { byID[$0] != nil }), id != p.item.id else { return p }
            var q = p
            q.item = Grid.Item(id: id, text: rest, line: p.item.line, written: w)
            return q
        }
        // A grid made with ids has lines whose [id] is followed by its task's text; in
        // one made without, the lines that name no task of the plan, as they read.
        let withIDs = items.contains { p in p.item.id.flatMap { byID[$0] }.map { Grid.comparable(tasks[$0].todo) == p.item.text } ?? false }
        var plainLines = Set<String>()
        if !withIDs, items.contains(where: { $0.item.id.map { byID[$0] != nil } ?? false }) {
            for p in items where p.item.id.map({ byID[$0] == nil }) ?? true { plainLines.insert(p.item.withoutID.text) }
        }
        for var p in items {
            // A line whose bracket names a task but not with that task's text after it is
            // the Todo as it stands, found by its text below, where the line is one of
            // the plan's Todos as a whole, or where the grid has no ids and the task's own
            // text is on a line of its own: the bracket is the Todo's own words.
            if let id = p.item.id, let i = byID[id], let written = p.item.written,
               case let own = tasks[i].todo, Grid.comparable(own) != p.item.text,
               bracketed.contains(written) || plainLines.contains(Grid.comparableWithoutID(own)) {
                p.item = p.item.withoutID
            }
            guard let id = p.item.id else { newItems.append(p); continue }
            // A bracket that names none of the plan's tasks is read as the Todo's own
            // words (【重要】CTOに報告, from a grid made without ids); one that looks like
            // an id (T99) and has no task of its text is refused below.
            guard byID[id] != nil else {
                var q = p
                q.item = p.item.withoutID
                q.unknownID = id
                newItems.append(q)
                continue
            }
            if let prev = placed[id] {
                throw WBError.data(L("task id \(id) appears twice in the grid (also at \(prev.location.text)); a task lives in one cell"), at: p.location)
            }
            if byTeam, let team, teamKey(tasks[byID[id]!]) != teams.key(team) {
                throw WBError.data(L("task \(id) is not team '\(team)''s; merge the grid of every team (matrix without --team) to move it"), at: p.location)
            }
            placed[id] = p
        }
        // Lines without an id keep the tasks they read as (a grid made without --ids, or
        // ids a spreadsheet lost), so that their owners, dates and status stay.
        var orphans: [Orphan] = []
        if !newItems.isEmpty {
            for (i, t) in tasks.enumerated() where t.id.isEmpty || placed[t.id] == nil {
                let c = cell(teamKey(t), t.milestone!.id, t.role!.id)
                if present.contains(c) { orphans.append(Orphan(task: i, cell: c, text: Grid.comparableWithoutID(t.todo))) }
            }
        }
        let found = Self.matchByText(newItems, cell: { cell(teamKey($0), $0.milestone.id, $0.role.id) }, orphans: orphans)
        newItems = found.rest
        if let p = found.rest.first(where: { $0.unknownID.map(Grid.looksLikeID) == true }), let id = p.unknownID {
            throw WBError.data(L("task id \(id) is not in \(base.name); remove the [\(id)] prefix to add it as a new task"), at: p.location)
        }
        // Changed rows keep every field they do not change byte for byte.
        let editor = TaskEditor(header: base.header, schema: schema, format: base.format, writing: out.options.format)
        out.writeRaw(editor.headerBytes)
        var removed: [(task: TaskRow, emptied: Bool)] = []
        var kept = 0, changed = 0
        var removedNotes = Capped(), addedNotes = Capped(), lostIDs = Capped(), movedNotes = Capped()
        for (i, t) in tasks.enumerated() {
            // Blank lines between the plan's rows stay where they were, as they were.
            for line in base.blankLines[i] ?? [] { out.writeRaw(editor.blankLine(line)) }
            let byText = found.byTask[i]
            guard let p = byText ?? placed[t.id] else {
                // A task without text has no line in a grid made without ids: no line
                // found for it there is no line taken out.
                if present.contains(cell(teamKey(t), t.milestone!.id, t.role!.id))
                    && !(placed.isEmpty && Grid.comparable(t.todo).isEmpty) {
                    removed.append((t, false))
                    removedNotes.say { note(L("removed task \(t.id) (\(t.milestone!.id), \(t.role!.id)): \(Self.oneLine(t.todo))"), SourceLocation(file: base.name, line: t.line)) }
                } else {
                    out.writeRaw(editor.rowBytes(t.record, changes: [:]))
                    kept += 1
                }
                continue
            }
            // Its text erased removes it; an [id] that had no text still has none.
            if p.item.text.trimmed.isEmpty && !Grid.comparable(t.todo).isEmpty {
                removed.append((t, true))
                warn(L("removed task \(t.id) (\(t.milestone!.id), \(t.role!.id)): its [\(t.id)] is left with no text in the grid (\(p.location.text)); it was \(Self.oneLine(t.todo))"),
                     SourceLocation(file: base.name, line: t.line))
                continue
            }
            kept += 1
            var changes: [Int: String] = [:]
            if byText == nil, Grid.comparable(t.todo) != p.item.text, let i = schema[.todo] {
                changes[i] = p.item.text
            }
            if p.milestone.id != t.milestone!.id, let i = schema[.milestone] {
                changes[i] = p.milestone.label(labelStyle(of: t.record.string(i), in: t.milestone!))
            }
            if p.role.id != t.role!.id, let i = schema[.role] {
                changes[i] = p.role.label(labelStyle(of: t.record.string(i), in: t.role!))
            }
            if let c = baseTeam, teamKey(p) != teamKey(t) { changes[c] = p.team ?? "" }
            if !changes.isEmpty { changed += 1 }
            out.writeRaw(editor.rowBytes(t.record, changes: changes))
        }
        let style: (TaskColumn, Term) -> String = { c, term in
            guard let first = tasks.first, let i = schema[c] else { return term.id }
            let old = first.record.string(i)
            let t = c == .milestone ? first.milestone! : first.role!
            return term.label(labelStyle(of: old, in: t))
        }
        // New ids in each team's own style (S21 for さくら, H21 for Harbor), unique in the file.
        // One set of the ids in use for every team's allocator: linear in teams too.
        var allocators: [String: TaskIDs] = [:]
        var inUse = Set(tasks.map(\.id))
        var idsByTeam: [String: [String]] = [:]
        if !newItems.isEmpty { for t in tasks { idsByTeam[teamKey(t), default: []].append(t.id) } }
        for p in newItems {
            let k = teamKey(p)
            if allocators[k] == nil { allocators[k] = TaskIDs(idsByTeam[k] ?? []) }
            var id = allocators[k]!.next()
            while inUse.contains(id) { id = allocators[k]!.next() }
            inUse.insert(id)
            var fields = [String](repeating: "", count: base.header.count)
            fields[schema[.id]!] = id
            fields[schema[.milestone]!] = style(.milestone, p.milestone)
            fields[schema[.role]!] = style(.role, p.role)
            fields[schema[.todo]!] = p.item.text
            if let c = baseTeam { fields[c] = p.team ?? "" }
            out.write(fields)
            addedNotes.say { note(L("added task \(id) (\(p.milestone.id), \(p.role.id)): \(Self.oneLine(p.item.text))"), p.location) }
        }
        // Where it was and where it goes: the team too in a plan of several.
        func place(_ parts: [String?]) -> String { parts.compactMap { $0 }.joined(separator: Lang.current == .ja ? "、" : ", ") }
        for i in found.moved {
            let t = tasks[i], p = found.byTask[i]!
            let from = place([byTeam ? (baseTeam.map { t.record.string($0).trimmed }) : nil, t.milestone!.id, t.role!.id])
            let to = place([byTeam ? (p.team ?? "") : nil, p.milestone.id, p.role.id])
            movedNotes.say { note(L("task \(t.id) (\(from)) found by its text at \(p.location.text), without its id: moved to (\(to))"), SourceLocation(file: base.name, line: t.line)) }
        }
        if movedNotes.more > 0 { note(L("and \(movedNotes.more) more tasks moved, found by their text, \(movedNotes.count) in all"), nil) }
        let inPlace = found.byTask.count - found.moved.count
        if inPlace > 0 {
            note(inPlace == 1 ? L("1 line without an id kept its task, found by its text in the same cell")
                              : L("\(inPlace) lines without an id kept their tasks, found by their text in the same cell"), nil)
        }
        if removedNotes.more > 0 { note(L("and \(removedNotes.more) more removed tasks, \(removedNotes.count) in all"), nil) }
        if addedNotes.more > 0 { note(L("and \(addedNotes.more) more added tasks, \(addedNotes.count) in all"), nil) }
        // Blank lines after the plan's last row, after the new ones (as add writes them).
        for line in base.blankLines[tasks.count] ?? [] { out.writeRaw(editor.blankLine(line)) }
        // What the merge did, in one line, as wb-ics says what changed since the last
        // calendar: the removed and added tasks are named above.
        note(L("merged \(grid.name) into \(base.name): \(changed) changed, \(newItems.count) added, \(removed.count) removed, \(kept - changed) unchanged"), nil)
        // Loud when the merge looks like a grid whose ids were lost on the way (a
        // spreadsheet that mangled them): more removed than kept, or a removed task's
        // text back as a new line that will lose its owner, dates and status.
        let deleted = removed.filter { !$0.emptied }
        if !deleted.isEmpty && deleted.count > kept {
            warn(deleted.count == 1
                 ? L("this merge removes 1 task and keeps \(kept): did the grid lose its [id] prefixes? Check it before replacing \(base.name)")
                 : L("this merge removes \(deleted.count) tasks and keeps \(kept): did the grid lose its [id] prefixes? Check it before replacing \(base.name)"),
                 SourceLocation(file: grid.name))
        }
        var newTexts: [String: Placed] = [:]
        for p in newItems {
            let key = Grid.comparable(p.item.text)
            if newTexts[key] == nil { newTexts[key] = p }
        }
        for r in deleted {
            if let p = newTexts[Grid.comparable(r.task.todo)] {
                lostIDs.say {
                    warn(L("task \(r.task.id) is removed, but its text comes back as a new task at \(p.location.text) without its id: its other columns (owner, due, status...) are lost; put [\(r.task.id)] back in front of it"),
                         SourceLocation(file: base.name, line: r.task.line))
                }
            }
        }
        if lostIDs.more > 0 {
            warn(L("and \(lostIDs.more) more removed tasks whose text comes back as a new task without its id, \(lostIDs.count) in all"), SourceLocation(file: base.name))
        }
        // In a grid without ids, a task removed from a cell where a new line is added:
        // most likely the task, its Todo edited. Not guessed (a task replaced by another
        // would take the old one's owner and status): said, each removed task with the
        // next new line of its cell. (Where the grid has ids, a line without one beside
        // them is a new task as meant.)
        var addedInCell: [String: [Placed]] = [:]
        if placed.isEmpty {
            for p in newItems { addedInCell[cell(teamKey(p), p.milestone.id, p.role.id), default: []].append(p) }
        }
        var nextAdded: [String: Int] = [:]
        var edited = Capped(), blankFirst = Capped()
        // A Todo whose first line is blank has no line of its own in a grid made without
        // ids (its lines continue the Todo above it): the cause said, for what is removed.
        if !withIDs {
            for r in deleted where Grid.startsWithBlankLine(r.task.todo) && !r.task.todo.trimmed.isEmpty {
                blankFirst.say {
                    warn(L("task \(r.task.id) is removed: its Todo starts with a blank line, which a grid made without --ids cannot give back (its lines join the Todo above it); make the grid with --ids, or start the Todo with its text"),
                         SourceLocation(file: base.name, line: r.task.line))
                }
            }
        }
        if blankFirst.more > 0 {
            warn(L("and \(blankFirst.more) more removed tasks whose Todo starts with a blank line, \(blankFirst.count) in all"), SourceLocation(file: base.name))
        }
        for r in deleted where newTexts[Grid.comparable(r.task.todo)] == nil {
            let c = cell(teamKey(r.task), r.task.milestone!.id, r.task.role!.id)
            guard let lines = addedInCell[c], case let n = nextAdded[c, default: 0], n < lines.count else { continue }
            nextAdded[c] = n + 1
            edited.say {
                warn(L("task \(r.task.id) is removed and \(lines[n].location.text) adds a line to its cell: if that line is \(r.task.id) edited, put [\(r.task.id)] in front of it, or its other columns (owner, due, status...) are lost"),
                     SourceLocation(file: base.name, line: r.task.line))
            }
        }
        if edited.more > 0 {
            warn(L("and \(edited.more) more removed tasks whose cell gets a new line, \(edited.count) in all"), SourceLocation(file: base.name))
        }
    }

    /// A task the merge would remove (its cell is in the grid, its id is not), with its
    /// cell's key and its Todo as a line without an id reads back.
    struct Orphan {
        var task: Int
        var cell: String
        var text: String
    }

    /// Lines without an id matched to the tasks the merge would otherwise remove and add
    /// again: first in their own cell, a line to the first task of the same text in the
    /// plan's order; then across cells where exactly one such task and one such line
    /// share a text (a line moved). Texts that stay ambiguous are left as they were (a
    /// task removed, a line added, and a warning). Linear in lines and tasks.
    static func matchByText(_ lines: [Placed], cell: (Placed) -> String, orphans: [Orphan])
        -> (byTask: [Int: Placed], moved: [Int], rest: [Placed]) {
        guard !lines.isEmpty, !orphans.isEmpty else { return ([:], [], lines) }
        var inCell: [String: [Int]] = [:]
        for (k, o) in orphans.enumerated() { inCell[o.cell + "\u{0}" + o.text, default: []].append(k) }
        var next: [String: Int] = [:]
        var taken = [Bool](repeating: false, count: orphans.count)
        var byTask: [Int: Placed] = [:]
        var left: [Int] = []
        for (j, p) in lines.enumerated() {
            let key = cell(p) + "\u{0}" + p.item.text
            if let ks = inCell[key], case let n = next[key, default: 0], n < ks.count {
                next[key] = n + 1
                taken[ks[n]] = true
                byTask[orphans[ks[n]].task] = p
            } else {
                left.append(j)
            }
        }
        var tasksOfText: [String: (k: Int, n: Int)] = [:]
        for (k, o) in orphans.enumerated() where !taken[k] { tasksOfText[o.text, default: (k, 0)].n += 1 }
        var linesOfText: [String: Int] = [:]
        for j in left { linesOfText[lines[j].item.text, default: 0] += 1 }
        var moved: [Int] = []
        var rest: [Placed] = []
        for j in left {
            let text = lines[j].item.text
            if let t = tasksOfText[text], t.n == 1, linesOfText[text] == 1 {
                byTask[orphans[t.k].task] = lines[j]
                moved.append(orphans[t.k].task)
            } else {
                rest.append(lines[j])
            }
        }
        return (byTask, moved, rest)
    }

    /// The first `shown` messages of one kind, the rest counted: a grid whose ids were
    /// all lost would otherwise say a line for every task of the plan (200,000 lines and
    /// 45 MB at 100k tasks); the merge's summary and the counts still say them all.
    struct Capped {
        static let shown = 30
        private(set) var count = 0
        mutating func say(_ body: () -> Void) {
            count += 1
            if count <= Self.shown { body() }
        }
        var more: Int { max(0, count - Self.shown) }
    }

    static func oneLine(_ s: String) -> String {
        let l = Grid.normalizeNewlines(s).replacingOccurrences("\n", " / ")
        return "\"" + (l.count > 60 ? String(l.prefix(57)) + "..." : l) + "\""
    }
}
