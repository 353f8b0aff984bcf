/// `wb-milestones init`: the four milestones with the deck's text, gates and investments.
enum MilestonesInit {
    static let spec = CommandSpec("init", synopsis: "[options]",
        summary: "Print the four milestones with the deck's Who/What/How, gates and investments. Default dates: +1, +3, +5 and +6 months from --start, or the working day before a weekend or holiday.",
        options: [
            CommonOptions.start,
            OptionSpec("dates", arg: "D1,D2,D3,D4", "the milestones' dates, as people write them (7/31,9/15,11/30) or from the start (+2m,+4m); missing ones default"),
            CommonOptions.multiple,
            CommonOptions.name, CommonOptions.tz, CommonOptions.meeting, CommonOptions.meetingEvery, CommonOptions.firstMeeting,
            CommonOptions.reportTime, CommonOptions.daysOff, CommonOptions.tasks,
            CommonOptions.year, MilestonesIO.clamp, CommonOptions.today,
            CommonOptions.to, CommonOptions.crlf, CommonOptions.bom,
        ],
        examples: ["wb-milestones init --start 2026-07-01 --lang ja",
                   "wb-milestones init --start 2026-12-03 --name 'Launch plan' --tz Asia/Tokyo --meeting 'mon 10:00 30m' --settings settings.csv -o milestones.csv",
                   "wb-milestones init --lang en --dates 7/31,9/15,11/30 --year 2026 --multiple 3"], readsSettings: false) { inv in
        if !inv.operands.isEmpty { throw WBError.usage(L("init takes no file")) }
        // --settings names the file init writes; without it, init reads ./settings.csv
        // (or $WB_SETTINGS) like every other command. A settings file that is already
        // there is read too, as init is run again on a plan (a new start, a meeting
        // added): its values stand where no option is given, so the language, the zone
        // and the days off the plan has are kept, and written back as they were.
        let settingsOut = inv.string("settings")
        if settingsOut == nil, inv.string("tasks") != nil {
            throw WBError.usage(L("--tasks is recorded in the settings init writes: give --settings FILE too"))
        }
        if settingsOut.map({ fileExists($0) }) ?? true {
            try inv.applySettings()
            // The settings it found itself (./settings.csv) are an input too: -o onto
            // them would put the milestones in their place.
            if let o = inv.string("output"), o != "-" { try InPlace.refuseReplacingInput(inv, output: o) }
        }
        // The settings' lang is known only now (init reads them itself, as it may be
        // writing them): the rest runs in it, as every other command does.
        let lang = try inv.string("lang").map { try Lang.parse($0, option: "lang") } ?? Lang.current
        return try Lang.$current.withValue(lang) { try write(inv, lang: lang, settingsOut: settingsOut) }
    }

    static func write(_ inv: Invocation, lang: Lang, settingsOut: String?) throws -> ExitCode {
        var multiple: Double?
        if let m = inv.string("multiple") {
            guard let v = Double(m.trimmed), v > 0 else { throw WBError.usage(L("--multiple needs a positive number, not '\(m)'")) }
            multiple = v
        }
        // The plan's zone decides its days off (Japan's or not): an unknown one is an
        // error, not a plan without holidays (a team's own too).
        _ = try inv.teamZones()
        let given = try inv.dateOption("start", try inv.startContext())
        let anchor = try given ?? inv.today()
        let ctx = try inv.dateContext(anchor: anchor)
        let dates = try inv.string("dates").map { try MilestoneDefaults.given($0, ctx, anchor: anchor) } ?? [nil, nil, nil, nil]
        // With --team, the team's own days off (its dates, its zone's holidays).
        let daysOff = try inv.daysOff(anchor: given ?? anchor, lang: lang).forTeam(inv.teamKey)
        let (start, final) = try MilestoneDefaults.plan(given: dates, start: given, anchor: anchor, daysOff: daysOff)
        if let moved = MilestoneDefaults.moved(dates, start: start, daysOff: daysOff) { inv.note(moved) }
        for w in MilestoneDefaults.givenOnDaysOff(dates, daysOff: daysOff) { inv.warn(w, at: SourceLocation(file: "--dates")) }
        if let path = settingsOut {
            // Weeks apart beside a monthly meeting are refused here, not by the calendar
            // later (a meeting that does not parse is refused with the settings' values).
            if let meetings = try? TeamMeetings.parse(inv.values["meeting"] ?? []) { _ = try inv.meetingEvery(meetings) }
            try SettingsFile.write(path, inv: inv, values: [
                .name: inv.string("name"), .start: start.iso, .tz: inv.values["tz"].map { $0.joined(separator: "; ") }, .lang: lang.rawValue,
                // Every --meeting given (a team's own each), in one cell.
                .meeting: inv.values["meeting"].map { $0.joined(separator: "; ") }, .meetingEvery: inv.string("meeting-every"),
                // The first meeting with its year, as the start is written.
                .firstMeeting: try inv.dateOption("first-meeting", ctx)?.iso,
                .reportTime: inv.string("report-time"), .daysOff: inv.string("days-off"),
                .multiple: inv.string("multiple"),
                // The table it writes, for the commands that take --milestones.
                .milestones: inv.string("output").flatMap { $0 == "-" || $0.hasPrefix("/dev/") ? nil : PlanSettings.relative($0, settingsPath: path) },
                // The tasks table, when named: every command then finds it.
                .tasks: inv.string("tasks").map { PlanSettings.relative($0, settingsPath: path) },
            ])
        }
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: .csv))
        // --team: one team's milestones, the team in a first column (a plan of several
        // teams keeps each team's dates in one table).
        let team = inv.string("team")?.trimmed
        w.write((team == nil ? [] : ["team"]) + MilestoneColumn.allCases.map(\.rawValue))
        for (i, term) in Plan.milestones.terms.enumerated() {
            let d = final[i]
            let t = MilestoneDefaults.text(term.id, lang, multiple: multiple)
            w.write((team.map { [$0] } ?? []) + [term.id, term.label(lang), d.iso, t.who, t.what, t.how,
                     MilestoneDefaults.gate(term.id, multiple: multiple), MilestoneDefaults.investment(term.id)])
        }
        return .ok
    }
}
