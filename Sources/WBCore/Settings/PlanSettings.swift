#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plan's settings: a two-column table (`key,value`) the team keeps beside its
/// plan, by default `settings.csv` in the working directory (else `--settings FILE`
/// or `$WB_SETTINGS`). Every tool reads it; an option given on the command line wins.
public struct PlanSettings: Sendable {
    /// The keys, in the order `init --settings` writes them.
    public enum Key: String, CaseIterable, Sendable {
        case name, start, tz, lang
        /// The language of the plan's own tables' values (`--labels`): the grid, the
        /// tasks written, the computed tables' headers.
        case labels
        case meeting
        /// How many weeks apart the meeting is, and where its first is looked for
        /// (`--meeting-every`, `--first-meeting`): the weeks a meeting every other week
        /// keeps to, in the calendar and in the report alike.
        case meetingEvery = "meeting-every"
        case firstMeeting = "first-meeting"
        case reportTime = "report-time"
        /// The team's own days off (`--days-off`): a company's holidays, a summer break.
        case daysOff = "days-off"
        case multiple, roles, encoding, team, teams
        /// The plan's milestones table, for the commands that take it as
        /// `--milestones` (a path relative to the settings file's folder).
        case milestones
        /// The plan's tasks table: the input of wb-tasks' commands and the `--tasks`
        /// of the milestone tools and wb-ics (a path relative to the settings file's
        /// folder), as `milestones` is for theirs.
        case tasks

        /// The option each key stands in for (the same name), where a command has one.
        public var option: String? { self == .roles || self == .teams ? nil : rawValue }

        static func match(_ s: String) -> Key? {
            let k = s.trimmed.lowercased().replacingOccurrences("_", "-")
            return Key(rawValue: k) ?? aliases[k] ?? aliases[k.matchKey]
        }

        /// The key's Japanese name, as a sheet kept in Japanese writes it.
        var japanese: String {
            switch self {
            case .name: "計画名"
            case .start: "開始日"
            case .tz: "タイムゾーン"
            case .lang: "言語"
            case .labels: "表示言語"
            case .meeting: "定例会議"
            case .meetingEvery: "会議の間隔"
            case .firstMeeting: "初回会議"
            case .reportTime: "CXO報告の時刻"
            case .daysOff: "休業日"
            case .multiple: "倍率"
            case .roles: "役割"
            case .encoding: "文字コード"
            case .team: "チーム"
            case .teams: "チーム一覧"
            case .milestones: "マイルストン"
            case .tasks: "タスク"
            }
        }

        /// The keys as a team may write them, in English or in Japanese (a settings file
        /// kept by hand in a spreadsheet: 開始日, 言語, 定例会議): each key's `japanese`,
        /// and these other words.
        static let aliases: [String: Key] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.japanese.lowercased(), $0) })
            .merging([
                "plan": .name, "workshop": .start, "timezone": .tz, "time-zone": .tz,
                "language": .lang, "report": .reportTime, "n": .multiple, "milestones-file": .milestones,
                "計画": .name, "プラン名": .name, "開始": .start, "ワークショップ": .start, "実施日": .start, "定例": .meeting, "定例の間隔": .meetingEvery, "初回の定例": .firstMeeting, "初回の会議": .firstMeeting,
                "報告時刻": .reportTime, "報告の時刻": .reportTime, "エンコーディング": .encoding,
                "マイルストーン": .milestones, "マイルストン表": .milestones,
                "holidays": .daysOff, "休日": .daysOff, "会社の休日": .daysOff,
                "tasks-file": .tasks, "plan-file": .tasks, "タスク表": .tasks, "タスク一覧": .tasks,
            ]) { a, _ in a }
    }

    /// Where the settings came from (for messages), and each value with its location.
    public var file: String
    public var values: [Key: String] = [:]
    public var locations: [Key: SourceLocation] = [:]
    /// The plan's start, parsed (the anchor of year-less dates).
    public var start: CivilDate?
    /// The plan's time zones, loaded as they were checked: the plan's and each team's
    /// own (`tz,"Asia/Tokyo; Harbor=America/Los_Angeles"`).
    public var zones: TeamZones?
    /// Roles the team declared, beyond the built-in ones.
    public var extraRoles: [Term] = []
    /// Every role the settings name, built-in (`ux`) or new, in order: the grid's
    /// columns after pm, dev and ds by default.
    public var declaredRoles: [String] = []
    /// Teams the plan declares with their Japanese and English names.
    public var teams: [Term] = []

    public init(file: String) { self.file = file }

    public subscript(key: Key) -> String? { values[key] }

    /// A path the settings give (`milestones`), as the run must open it: relative to
    /// the folder of the settings file (`path`), as a team keeps its files together.
    public static func resolve(_ value: String, settingsPath path: String) -> String {
        guard !value.hasPrefix("/"), let slash = path.lastIndex(of: "/") else { return value }
        return String(path[...slash]) + value
    }

    /// The value to store for a path the run names (init's `-o`): relative to the
    /// settings file's folder when it lies in it, else as an absolute path.
    public static func relative(_ file: String, settingsPath path: String) -> String {
        let dir = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
        if file.hasPrefix("/") { return dir.hasPrefix("/") && file.hasPrefix(dir) ? String(file.dropFirst(dir.count)) : file }
        if dir.isEmpty { return file }
        if file.hasPrefix(dir) { return String(file.dropFirst(dir.count)) }
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buf, buf.count) != nil else { return file }
        let cwd = String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let absolute = (cwd.hasSuffix("/") ? cwd : cwd + "/") + file
        let absDir = dir.hasPrefix("/") ? dir : (cwd.hasSuffix("/") ? cwd : cwd + "/") + dir
        return absolute.hasPrefix(absDir) ? String(absolute.dropFirst(absDir.count)) : absolute
    }

    /// The file to read: `--settings`, else `$WB_SETTINGS`, else `settings.csv` when it
    /// exists. `explicit` is true when the user named it (then it must exist).
    /// `--settings /dev/null` (or an empty file) is no settings: the way to run a command
    /// without the ones in the working directory.
    public static func path(option: String?, env: [String: String]) -> (path: String, explicit: Bool)? {
        if let o = option, !o.isEmpty { return fileHoldsNothing(o) ? nil : (o, true) }
        if let e = env["WB_SETTINGS"], !e.isEmpty { return fileHoldsNothing(e) ? nil : (e, true) }
        var st = stat()
        if stat("settings.csv", &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 { return ("settings.csv", false) }
        return nil
    }

    /// Settings read before the run's options are parsed, for the language of help and
    /// usage errors; the command takes them instead of reading the file again.
    public struct ReadAhead: Sendable {
        public var path: String
        public var settings: PlanSettings
    }

    /// The settings of this run as read ahead (`Tool.run` sets it).
    @TaskLocal static var readAhead: ReadAhead?

    /// Reads the run's settings ahead: nil when there are none or they do not read
    /// cleanly (the command reports that). Only a regular file is read ahead: a pipe
    /// (`--settings <(...)`) can be read once, by the command.
    static func readAhead(settingsOption: String?, env: [String: String]) -> ReadAhead? {
        guard let (path, _) = path(option: settingsOption, env: env) else { return nil }
        if let known = readAhead, known.path == path { return known }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        var o = ReadOptions()
        o.detectEncoding = true
        o.skipsEmptyRows = true
        guard let reader = try? TableReader(path: path, stdinFD: -1, options: o),
              let table = try? Table.read(reader), let s = try? read(table) else { return nil }
        return ReadAhead(path: path, settings: s)
    }

    /// Reads and checks a settings table. Every problem is a located data error.
    public static func read(_ table: Table) throws -> PlanSettings {
        var s = PlanSettings(file: table.name)
        guard table.header.count >= 2,
              ["key", "キー", "項目", "setting", "設定"].contains(table.header.string(0).trimmed.lowercased()) else {
            throw WBError.data(L("a settings table starts with the header 'key,value'"),
                               at: SourceLocation(file: table.name, line: table.header.line, column: 1))
        }
        for rec in table.rows {
            let keyText = rec.count > 0 ? rec.string(0).trimmed : ""
            if keyText.isEmpty || keyText.hasPrefix("#") { continue }
            guard let key = Key.match(keyText) else {
                // Under Japanese each key with its Japanese name: name (計画名), start (開始日)...
                let keys = Key.allCases.map { k in Lang.current == .ja ? k.rawValue + " (" + k.japanese + ")" : k.rawValue }
                throw WBError.data(L("unknown setting '\(keyText)'") + Suggest.clause(keyText, among: Key.allCases.flatMap { [$0.rawValue, $0.japanese] }) + L("; the keys are ")
                                   + keys.listed, at: table.location(row: rec, field: 0))
            }
            let at = table.location(row: rec, field: rec.count > 1 ? 1 : 0)
            if s.values[key] != nil {
                throw WBError.data(L("setting '\(key.rawValue)' is given twice (also at \(s.locations[key]!.text))"), at: at)
            }
            let value = rec.count > 1 ? rec.string(1).trimmed : ""
            s.values[key] = value
            s.locations[key] = at
            do { try s.check(key, value) } catch let e as WBError {
                throw WBError.data(L("setting '\(key.rawValue)': ") + e.message, at: at)
            }
        }
        return s
    }

    /// Checks one value as the setting `key` would take it, unlocated (for an option
    /// about to be written to the settings).
    public static func check(_ key: Key, _ value: String) throws {
        var s = PlanSettings(file: "")
        try s.check(key, value)
    }

    /// Checks one value the way the option it stands for would, and keeps what is parsed.
    private mutating func check(_ key: Key, _ value: String) throws {
        func fail(_ m: String) -> WBError { WBError.data(m, at: nil) }
        if value.isEmpty { throw fail(L("the value is empty")) }
        switch key {
        case .name: break
        case .start:
            do { start = try DateParser.parse(value, DateContext()) } catch {
                throw fail(error.message.isEmpty ? L("'\(value)' is not a date") : error.message + L(" (the start needs its year: 2026-12-01)"))
            }
        case .tz:
            do { zones = try TeamZones.parse([value]) } catch { throw fail(error.message) }
        case .lang: _ = try Lang.parse(value, option: "lang")
        case .labels: _ = try Lang.parse(value, option: "labels")
        case .meeting:
            do { _ = try TeamMeetings.parse([value]) } catch { throw fail(error.message) }
        case .meetingEvery:
            guard MeetingSpec.weeks(value) != nil else { throw fail(L("'\(value)' is not a number of weeks like 1w or 2w")) }
        case .firstMeeting:
            do { _ = try DateParser.parse(value, DateContext()) } catch {
                throw fail(error.message.isEmpty ? L("'\(value)' is not a date") : error.message + L(" (the first meeting needs its year: 2026-08-10)"))
            }
        case .reportTime:
            do { _ = try DateParser.time(value) } catch { throw fail(error.message) }
        case .daysOff:
            // Read as written: the dates themselves are placed against the plan's start
            // where they are used.
            do { _ = try DaysOff.parseByTeam(value, DateContext(anchor: start ?? CivilDate(2028, 1, 1))) } catch { throw fail(error.message) }
        case .multiple:
            guard let v = Double(value.foldingWidth), v > 0, v.isFinite else { throw fail(L("'\(value)' is not a positive number")) }
        case .roles:
            let d = try Roles.parseDeclarations(value)
            (extraRoles, declaredRoles) = (d.extra, d.ids)
        case .team: break
        case .teams: teams = try Teams.parseDeclarations(value)
        case .encoding: _ = try TextEncoding.parse(value)
        case .milestones, .tasks: break
        }
    }
}
