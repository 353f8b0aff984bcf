/// A place in an input: file name (or `<stdin>`), 1-based line and column.
public struct SourceLocation: Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, `file:line` or `file`.
    public var text: String {
        var s = file
        if let line { s += ":\(line)" }
        if let line = line, line > 0, let column { s += ":\(column)" }
        return s
    }
}

/// The one error type of wb. Library code throws it; only the entry point prints it.
public struct WBError: Error, Sendable, Equatable {
    public var code: ExitCode
    public var location: SourceLocation?
    public var message: String
    /// Usage errors add "Try 'tool --help'." to the message.
    public var isUsage: Bool

    public init(_ code: ExitCode, _ message: String, at location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.isUsage = code == .usage
    }

    public static func usage(_ message: String) -> WBError { WBError(.usage, message) }

    public static func data(_ message: String, at location: SourceLocation?) -> WBError {
        WBError(.dataError, message, at: location)
    }

    /// `tool: file:line:col: error: message`
    public func render(tool: String, help: String? = nil) -> String {
        var s = Diagnostic.line(tool: tool, location: location, kind: "error", message: message)
        if isUsage { s += L("Try '\(help ?? tool) --help'.") + "\n" }
        return s
    }
}
