/// Everything a command gets: parsed options, operands, streams and environment.
/// Streams are parameters, never globals, so commands run in process in tests.
public final class Invocation {
    public let tool: String
    public let command: String
    public internal(set) var values: [String: [String]]
    public internal(set) var operands: [String]
    public let stdinFD: Int32
    public internal(set) var stdout: Output
    /// Set by a command that writes its own files from -o (export --split writes
    /// base-1.csv, base-2.csv…): the -o file itself is then left as it was.
    public var outputHandled = false
    public let stderr: Output
    public let env: [String: String]
    /// The command's option table.
    public let options: [OptionSpec]
    /// The command's main input table, once opened (an in-place edit writes it back in
    /// its encoding).
    public internal(set) var inputReader: TableReader?
    /// While a document is built in another language: warnings and notes are held
    /// back, and whether there were any noted (`inDocumentLanguage`).
    var diagnosticsHeld = false, diagnosticsSaid = false
    /// While a command's output is not yet written (`holdingNotes`): the notes, which
    /// say what was done (`added task T13`), said once it is, and not if it fails.
    var heldNotes: [String]?
    /// The plan's time zones once `teamZones` has loaded them.
    var loadedZones: TeamZones?
    /// The teams the zones name were found among the plan's (`daysOff`).
    var zoneTeamsChecked = false
    /// The plan's settings, when a settings file was found.
    public internal(set) var settings: PlanSettings?
    /// The settings file read (named, from $WB_SETTINGS, or ./settings.csv).
    public internal(set) var settingsPath: String?
    /// The options whose value the settings gave, not the command line.
    public internal(set) var fromSettings = Set<String>()
    /// The settings' milestones table, for the tools that read it as their input.
    public internal(set) var settingsMilestones: String?
    /// The tool reads the milestones table as its input (`ToolSpec.readsMilestonesAsInput`).
    var milestonesAreInput = false
    /// The command writes its input back with only its changes (`CommandSpec.editsInput`).
    var editsInput = false
    /// The command reads the tasks table as its input (`CommandSpec.tasksAreInput`).
    var tasksAreInput = false
    /// The settings' tasks table, for the commands that read it as their input.
    public internal(set) var settingsTasks: String?
    /// The plan's roles: the built-in ones and those declared in the settings.
    public internal(set) var roles: Vocabulary = Plan.roles
    /// The plan's teams: matched by their text, or by the names the settings declare.
    public internal(set) var teams = Teams()
    /// Tables given by an option, read once and indexed by team (a plan of many teams
    /// takes each team's part without reading the file again).
    var teamIndexes: [String: TeamIndex] = [:]

    public init(tool: String, command: String, values: [String: [String]], operands: [String],
                stdinFD: Int32, stdout: Output, stderr: Output, env: [String: String], options: [OptionSpec] = []) {
        self.options = options
        self.tool = tool
        self.command = command
        self.values = values
        self.operands = operands
        self.stdinFD = stdinFD
        self.stdout = stdout
        self.stderr = stderr
        self.env = env
    }

    /// Reads the plan's settings (`--settings`, `$WB_SETTINGS`, else `./settings.csv`)
    /// and fills each option the command has and the user did not give from them.
    func applySettings() throws {
        guard let (path, _) = PlanSettings.path(option: values["settings"]?.last, env: env) else { return }
        // Read ahead for the run's language (a regular file that read cleanly), or now.
        let s: PlanSettings
        if let ahead = PlanSettings.readAhead, ahead.path == path { s = ahead.settings } else { s = try PlanSettings.read(readCompanion(path)) }
        settings = s
        settingsPath = path
        roles = Roles.vocabulary(extra: s.extraRoles)
        teams = Teams(declared: s.teams)
        // The tasks table of a command that reads it as its input (no --tasks option):
        // it stands in only where no file is named and standard input brings nothing.
        if tasksAreInput, let v = s[.tasks] { settingsTasks = PlanSettings.resolve(v, settingsPath: path) }
        for key in PlanSettings.Key.allCases {
            guard let o = key.option, let v = s[key], values[o] == nil,
                  options.contains(where: { $0.long == o && $0.argument != nil }) else { continue }
            // A command that edits a plan (its input, or the --base it writes back)
            // writes its words as the plan does; only --labels typed for it changes that.
            if key == .labels && (editsInput || values["base"] != nil) { continue }
            if key == .milestones || key == .tasks {
                let file = PlanSettings.resolve(v, settingsPath: path)
                // The milestone tools and wb-ics read the milestones table as their
                // input: the settings' table only stands in where standard input brings
                // nothing (`MilestonesIO`). Elsewhere either table is the option's value.
                if key == .milestones && milestonesAreInput { settingsMilestones = file; continue }
                guard fileExists(file) else {
                    throw WBError.data(L("setting '\(key.rawValue)': there is no file '\(file)'; correct the setting or give --\(key.rawValue)"), at: s.locations[key])
                }
                values[o] = [file]
            } else {
                values[o] = [v]
            }
            fromSettings.insert(o)
        }
    }

    /// `wb-milestones status plan.csv`, `wb-ics plan.csv`: the one operand of a tool that
    /// reads the milestones as its input is the plan's tasks table (it has milestone,
    /// role and todo columns, which no milestones table has). Where the milestones come
    /// from elsewhere (`--milestones`, the settings' table, or standard input) and
    /// `--tasks` is not typed, the file is taken as `--tasks`; otherwise the error says
    /// where each table goes instead of reading the tasks as milestones.
    func takeTasksOperand() throws {
        guard milestonesAreInput, options.contains(where: { $0.long == "tasks" }), operands.count == 1,
              let path = operands.first, path != "-", isRegularFile(path) else { return }
        // Its header only: the encoding from the first 64 KiB, not the whole file
        // checked (the command reads it again). Only a regular file is looked at: a
        // pipe (`<(...)`) can be read once, and is taken as the milestones.
        var o = ReadOptions()
        o.sniffEncoding = true
        guard let reader = try? TableReader(path: path, stdinFD: stdinFD, options: o),
              let header = try? reader.header(), (try? TaskSchema(header: header, file: path)) != nil else { return }
        let typedTasks = values["tasks"] != nil && !fromSettings.contains("tasks")
        let milestonesElsewhere = (values["milestones"] != nil && !fromSettings.contains("milestones"))
            || settingsMilestones != nil || !stdinGivesNothing
        guard !typedTasks, milestonesElsewhere else {
            let cmd = (tool == command ? tool : "\(tool) \(command)")
            throw WBError.usage(L("'\(path)' is the tasks table, given where the milestones table goes: write \(cmd) milestones.csv --tasks \(path.shellWord)"))
        }
        operands = []
        values["tasks"] = [path]
    }

    /// The plan's days off: Japan's holidays too when its time zone (--tz or the
    /// settings') is Japan's or, with none, it is kept in Japanese (`lang` when the
    /// command knows it, as init does from --lang; else the settings' lang, else the
    /// run's). The plan says where it is, not the machine ($TZ); a team in a zone of
    /// its own (`TEAM=ZONE`) keeps Japan's holidays by that zone. Besides, the team's
    /// own (`teamDaysOff`), and in a plan of teams each team's (`planTeams`, the
    /// plan's teams where the command knows them: a team named, by its days off or its
    /// zone, that is none of them is refused, as a meeting's is).
    func daysOff(anchor: CivilDate?, lang: Lang? = nil, planTeams: [Teams.Group]? = nil) throws -> DaysOff {
        let lang = lang ?? settings?[.lang].flatMap { try? Lang.parse($0, option: "lang") } ?? Lang.current
        let zones = try teamZones()
        var off = DaysOff.forPlan(timeZone: zones.shared?.name, japanese: lang == .ja)
        for n in zones.byTeam { off.japanByTeam[teams.key(n.team)] = DaysOff.forPlan(timeZone: n.zone.name, japanese: false).japan }
        // Once a run: a command of many teams asks for each team's days off.
        if let planTeams, !zones.byTeam.isEmpty, !zoneTeamsChecked,
           let t = zones.unknownTeams(among: Set(planTeams.map(\.key)), teams: teams).first {
            let source = values["tz"] == nil || fromSettings.contains("tz") ? L("the settings' tz") : "--tz"
            throw WBError.usage(planTeams.isEmpty ? L("\(source) names team \(t), and the plan has no teams: give the time zone without TEAM=")
                                : L("\(source) names team \(t), which is not in the plan; its teams are \(planTeams.map(\.name).listed)"))
        }
        zoneTeamsChecked = zoneTeamsChecked || planTeams != nil
        (off.team, off.byTeam) = try teamDaysOff(anchor: anchor, planTeams: planTeams)
        return off
    }

    /// The team's own days off (`--days-off`, else the settings' `days-off`), dates
    /// without a year read against `anchor` (the plan's start); and each team's
    /// (`TEAM=DATES`), by the team's key.
    func teamDaysOff(anchor: CivilDate?, planTeams: [Teams.Group]? = nil) throws -> ([ClosedRange<CivilDate>], [String: [ClosedRange<CivilDate>]]) {
        guard let text = string("days-off") ?? settings?[.daysOff] else { return ([], [:]) }
        let fromSetting = string("days-off") == nil || fromSettings.contains("days-off")
        let parsed: (plan: [ClosedRange<CivilDate>], teams: [(name: String, days: [ClosedRange<CivilDate>])])
        var byTeam: [String: [ClosedRange<CivilDate>]] = [:]
        do {
            parsed = try DaysOff.parseByTeam(text, dateContext(anchor: anchor ?? fallbackAnchor()))
            // By the team's key: two names of one team (さくら and its declared Sakura)
            // are one team's days off twice.
            for t in parsed.teams {
                if byTeam[teams.key(t.name)] != nil {
                    throw DateError(message: L("team \(t.name)'s days off are given twice: give them in one TEAM=DATES"))
                }
                byTeam[teams.key(t.name)] = t.days
            }
        } catch let e as DateError {
            if fromSetting {
                throw WBError.data(L("setting '\(PlanSettings.Key.daysOff.rawValue)': ") + e.message, at: settings?.locations[.daysOff])
            }
            throw WBError.usage("--days-off: " + e.message)
        }
        if let planTeams, let t = parsed.teams.first(where: { t in !planTeams.contains { $0.key == teams.key(t.name) } }) {
            let source = fromSetting ? L("the settings' days-off") : "--days-off"
            throw WBError.usage(planTeams.isEmpty ? L("\(source) names team \(t.name), and the plan has no teams: give the days off without TEAM=")
                                : L("\(source) names team \(t.name), which is not in the plan; its teams are \(planTeams.map(\.name).listed)"))
        }
        return (parsed.plan, byTeam)
    }

    /// Whether the command line gave any option (the settings' values aside).
    public var givesOptions: Bool { values.keys.contains { !fromSettings.contains($0) } }

    /// The last value given for an option.
    public func string(_ long: String) -> String? { values[long]?.last }

    public func flag(_ long: String) -> Bool { values[long] != nil }

    /// Every value of a repeatable option, each also split on commas.
    public func list(_ long: String) -> [String]? {
        guard let vs = values[long] else { return nil }
        return vs.flatMap(\.listItems)
    }

    public func int(_ long: String, min: Int? = nil) throws -> Int? {
        guard let s = string(long) else { return nil }
        guard let n = Int(s.trimmed), min.map({ n >= $0 }) ?? true else {
            throw WBError.usage(L("--\(long) needs a whole number\(min.map { " of at least \($0)" } ?? ""), not '\(s)'"))
        }
        return n
    }

    /// The single input operand (or stdin), refusing extra operands.
    public func inputPath() throws -> String? {
        if operands.count > 1 { throw WBError.usage(L("one input file at most; got \(operands.count)")) }
        return try operands.first ?? settingsInput()
    }

    /// The settings' tasks table, for a command that reads the tasks as its input and
    /// was given no file, where standard input brings nothing (a terminal, /dev/null):
    /// `wb-tasks check`, `wb-tasks set T3 --status done -i` in the plan's folder.
    public func settingsInput() throws -> String? {
        guard tasksAreInput, let file = settingsTasks, stdinGivesNothing else { return nil }
        guard fileExists(file) else {
            throw WBError.data(L("setting 'tasks': there is no file '\(file)'; correct the setting or name the file"), at: settings?.locations[.tasks])
        }
        return file
    }

    public func warn(_ message: String, at location: SourceLocation? = nil) {
        if diagnosticsHeld { diagnosticsSaid = true; return }
        stderr.write(Diagnostic.line(tool: tool, location: location, kind: "warning", message: message))
    }

    public func note(_ message: String, at location: SourceLocation? = nil) {
        if diagnosticsHeld { diagnosticsSaid = true; return }
        let line = Diagnostic.line(tool: tool, location: location, kind: "note", message: message)
        if heldNotes != nil { heldNotes!.append(line) } else { stderr.write(line) }
    }

    /// Runs `body`, which writes the command's output, with the notes it says held until
    /// it has succeeded (an encoding that cannot hold a character, a file that cannot be
    /// replaced): a note says what was done, and nothing was. Warnings go out at once.
    func holdingNotes<T>(_ body: () throws -> T) throws -> T {
        if heldNotes != nil { return try body() }
        heldNotes = []
        defer { heldNotes = nil }
        let result = try body()
        for n in heldNotes ?? [] { stderr.write(n) }
        return result
    }

    /// Runs `body`, which builds a document and writes nothing, in the document's
    /// language `lang`, with its warnings and errors in the run's (the user's): the
    /// words of a document are the plan's, a message is for whoever runs the command.
    /// Messages are words made where they are raised, so when `body` has one to say, it
    /// runs again in the run's language to say it (the same inputs, the same message).
    func inDocumentLanguage<T>(_ lang: Lang, _ body: () throws -> T) throws -> T {
        if lang == Lang.current { return try body() }
        diagnosticsHeld = true
        diagnosticsSaid = false
        let result: Result<T, Error> = Result { try Lang.$current.withValue(lang) { try body() } }
        diagnosticsHeld = false
        switch result {
        case .success(let value):
            if diagnosticsSaid { _ = try? body() }
            return value
        case .failure(let error):
            _ = try body()
            throw error
        }
    }
}

extension Invocation {
    /// The language of a document about the plan (the report, the PR/FAQ draft, an
    /// export): `--lang` or the settings' `lang` when given, else the plan's own
    /// language as its words show it (`Lang.ofPlan`).
    func documentLang(_ words: () -> [String]) -> Lang {
        string("lang") != nil ? Lang.current : Lang.ofPlan(words())
    }

    /// The language of a computed table's words: `--labels`, else the run's language.
    func labelLang() throws -> Lang {
        try string("labels").map { try Lang.parse($0, option: "labels") } ?? Lang.current
    }
}
