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
}
