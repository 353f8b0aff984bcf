/// One option, declared once: the table drives parsing, `--help`, and the tests that
/// check the man pages and completions list every option.
public struct OptionSpec: Sendable, Equatable {
    public let long: String
    public let short: Character?
    /// The value's name in help (`FILE`, `DATE`); nil for a flag.
    public let argument: String?
    public let help: String

    public init(_ long: String, short: Character? = nil, arg: String? = nil, _ help: String) {
        self.long = long
        self.short = short
        self.argument = arg
        self.help = help
    }
}

/// Options that mean the same in every tool.
public enum CommonOptions {
    public static let output = OptionSpec("output", short: "o", arg: "FILE",
        "write to FILE, replacing it only when the command succeeds")
    public static let help = OptionSpec("help", short: "h", "show this help and exit")
    public static let from = OptionSpec("from", arg: "FMT", "input format: csv or tsv (default: by extension, else sniffed)")
    public static let to = OptionSpec("to", arg: "FMT", "output format: csv or tsv (default: the input's)")
    public static let encoding = OptionSpec("encoding", arg: "ENC",
        "input encoding: utf-8 (default; BOM stripped), utf-16, cp932 (Shift_JIS from Japanese Excel)")
    public static let crlf = OptionSpec("crlf", "end output lines with CRLF (default: LF)")
    public static let bom = OptionSpec("bom", "start output with a UTF-8 BOM (for Excel)")
    public static let labels = OptionSpec("labels", arg: "LANG",
        "write milestones, roles, statuses and kinds as ja or en display names")
    public static let today = OptionSpec("today", arg: "DATE", "the date to judge against (default: today)")
    public static let year = OptionSpec("year", arg: "YEAR", "the year of dates written without one (7/31)")

    /// Input and output table options.
    public static let table: [OptionSpec] = [from, to, encoding, crlf, bom]
    public static let settings = OptionSpec("settings", arg: "FILE",
        "the plan's settings (key,value); default: $WB_SETTINGS, else settings.csv here if it exists")
    /// Appended to every command's table.
    public static let always: [OptionSpec] = [output, settings, help]
}
