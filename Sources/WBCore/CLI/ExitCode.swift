/// sysexits-style exit statuses shared by every wb tool.
public enum ExitCode: Int32, Sendable {
    case ok = 0
    /// A check or gate that did not pass.
    case failed = 1
    case usage = 64
    case dataError = 65
    case noInput = 66
    case internalError = 70
    case cannotCreate = 73
    case ioError = 74

    /// The one list of exit statuses, as --help, the man pages and the README give it.
    public static var summary: String { L("Exit status: 0 ok, 1 a check or gate did not pass, 64 usage, 65 bad data, 66 no input, 70 internal error, 73 cannot create output, 74 I/O error.") }
}
