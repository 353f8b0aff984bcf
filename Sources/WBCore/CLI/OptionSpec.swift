/// One option, declared once: the table drives parsing, `--help`, and the tests that
/// check the man pages and completions list every option.
public struct OptionSpec: Sendable, Equatable {
    public let long: String
    public let short: Character?
    /// The value's name in help (`FILE`, `DATE`); nil for a flag.
    public let argument: String?
    public let help: String
    /// An old spelling kept for a while: parsed, but left out of --help, completions
    /// and the one-meaning-per-name check.
    public var hidden = false
    /// The words the value is one of (or, for a list, made of), which the shell
    /// completions offer: statuses, kinds, formats. Empty: any value.
    public var values: [String] = []
    /// Where the plan says what the value can be (its tasks' ids, its roles, owners,
    /// milestones, teams): the completions ask the tool (`PlanCandidates`), before the
    /// fixed `values`.
    public var plan: PlanValue?

    public init(_ long: String, short: Character? = nil, arg: String? = nil, _ help: String, hidden: Bool = false,
                values: [String] = [], plan: PlanValue? = nil) {
        self.long = long
        self.short = short
        self.argument = arg
        self.help = help
        self.hidden = hidden
        self.values = values
        self.plan = plan
    }

    /// The values of the plan's vocabulary and formats, for the options that take them,
    /// from where the tools define them.
    public enum Values {
        public static let statuses = Plan.statuses.ids
        public static let kinds = Plan.kinds.ids
        public static let roles = Plan.roles.ids
        public static let milestones = Plan.milestones.ids
        public static let languages = Lang.allCases.map(\.rawValue)
        public static let tableFormats = TableFormat.allCases.map(\.rawValue)
        public static let taskSystems = TaskSystem.allCases.map(\.rawValue)
        /// The names `TextEncoding.parse` reads first for each encoding.
        public static let encodings = ["utf-8", "utf-16", "cp932"]
    }
}

/// Options that mean the same in every tool.
public enum CommonOptions {
    public static let output = OptionSpec("output", short: "o", arg: "FILE",
        "write to FILE, replacing it only when the command succeeds")
    /// `-o` for a command that writes several files (split): the same option, its
    /// value a directory.
    public static let outputDirectory = OptionSpec("output", short: "o", arg: "DIR",
        "write one file per part into DIR (made if needed); every file is written or none")
    public static let help = OptionSpec("help", short: "h", "show this help and exit")
    public static let from = OptionSpec("from", arg: "FMT", "input format: csv or tsv (default: by extension, else sniffed)",
        values: OptionSpec.Values.tableFormats)
    public static let to = OptionSpec("to", arg: "FMT", "output format: csv or tsv (default: by -o's extension, else the input's, else csv)",
        values: OptionSpec.Values.tableFormats)
    /// `--from` and `--to` of import and export: a task system instead of a format.
    public static let fromSystem = OptionSpec("from", arg: "SYSTEM", "the task system the export comes from: backlog, jira, github or gitlab",
        values: OptionSpec.Values.taskSystems)
    public static let toSystem = OptionSpec("to", arg: "SYSTEM", "the task system to write for: backlog, jira, github or gitlab",
        values: OptionSpec.Values.taskSystems)
    public static let encoding = OptionSpec("encoding", arg: "ENC",
        "input encoding: utf-8 (BOM stripped), utf-16, cp932 (Shift_JIS from Japanese Excel); default utf-8, CP932 detected (by the streaming commands, from their input's first byte beyond ASCII); for export, the output's: utf-8 or cp932",
        values: OptionSpec.Values.encodings)
    public static let crlf = OptionSpec("crlf", "end output lines with CRLF (default: LF)")
    public static let bom = OptionSpec("bom", "start output with a UTF-8 BOM (for Excel)")
    public static let labels = OptionSpec("labels", arg: "LANG",
        "write milestones, roles, statuses and kinds as ja or en display names; for computed tables (status, check, scores) the words of the header and states, en giving the canonical ones",
        values: OptionSpec.Values.languages)
    public static let today = OptionSpec("today", arg: "DATE", "the date to judge overdue and days left against (default: today where the plan is, by the settings' tz, else the machine's); never changes what a date means")
    public static let year = OptionSpec("year", arg: "YEAR", "the year of dates written without one (7/31)")

    /// The plan's files and settings, the same in every tool.
    public static let milestones = OptionSpec("milestones", arg: "FILE",
        "the plan's milestones table (its dates, names and own milestone ids)")
    public static let gates = OptionSpec("gates", arg: "FILE",
        "results of wb-score gate --milestone M (or of market, for M3): a milestone whose tasks are done is done only when its gate passed (repeatable)")
    public static let rules = OptionSpec("rules", arg: "LIST",
        "deck: keep the deck's rules and drop wb's recommendations; -RULE,...: turn rules off; all (default)")
    public static let tasks = OptionSpec("tasks", arg: "FILE", "the plan's tasks table")
    public static let start = OptionSpec("start", arg: "DATE",
        "the plan's start, the workshop day, the anchor of dates without a year (default: the settings' start, else one month before M1; for init, today)")
    public static let lang = OptionSpec("lang", arg: "LANG", "ja or en for the words wb writes (default: the settings' lang, else from LANG, else en)",
        values: OptionSpec.Values.languages)
    public static let name = OptionSpec("name", arg: "NAME", "the plan's name: the calendar's name and the root of every UID (default: wb plan)")
    public static let tz = OptionSpec("tz", arg: "ZONE", "IANA time zone of timed events (default: the settings' tz, else $TZ, else the system's); a team's own as TEAM=ZONE (again for each team)")
    public static let meeting = OptionSpec("meeting", arg: "SPEC", "the progress meeting: weekday, time, length, e.g. \"mon 10:00 30m\" or \"木 10:00 30分\"; monthly \"毎月第2月曜 10:00\" or \"第2・第4月曜 10:00\"; a team's own as TEAM=SPEC (again for each team)")
    public static let meetingEvery = OptionSpec("meeting-every", arg: "N", "meet every N weeks: 1w (default), 2w")
    public static let firstMeeting = OptionSpec("first-meeting", arg: "DATE", "first meeting on or after DATE (default: the first such weekday after the plan's start)")
    public static let daysOff = OptionSpec("days-off", arg: "LIST", "the team's own days off besides weekends (and Japan's holidays for a plan in Japan): dates and ranges, e.g. 12/24..12/26,1/1 or 8/13〜8/16; in a plan of teams a team's own as TEAM=DATES, apart by ;")
    public static let reportTime = OptionSpec("report-time", arg: "TIME", "time of the CXO report on each milestone's date (default 16:00)")
    public static let multiple = OptionSpec("multiple", arg: "N", "M3's gate: the value must reach N times the cost (the team chooses N)")
    public static let inPlace = OptionSpec("in-place", short: "i", "replace the input file (atomically), keeping its encoding, BOM and line endings")

    /// Input and output table options.
    public static let table: [OptionSpec] = [from, to, encoding, crlf, bom]
    public static let settings = OptionSpec("settings", arg: "FILE",
        "the plan's settings (key,value); default: $WB_SETTINGS, else settings.csv here if it exists; /dev/null for none")
    /// Appended to every command's table.
    public static let always: [OptionSpec] = [output, settings, lang, team, help]
    public static let team = OptionSpec("team", arg: "NAME",
        "only this team's rows of every table (a team column, チーム; its Japanese or English name); without it, a plan with a team column is grouped by team", plan: .teams)
}
