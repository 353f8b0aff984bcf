/// Everything a command gets: parsed options, operands, streams and environment.
/// Streams are parameters, never globals, so commands run in process in tests.
public final class Invocation {
    public let tool: String
    public let command: String
    public let values: [String: [String]]
    public let operands: [String]
    public let stdinFD: Int32
    public internal(set) var stdout: Output
    public let stderr: Output
    public let env: [String: String]
    /// The command's option table.
    public let options: [OptionSpec]

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

    /// The last value given for an option.
    public func string(_ long: String) -> String? { values[long]?.last }

    public func flag(_ long: String) -> Bool { values[long] != nil }

    /// Every value of a repeatable option, each also split on commas.
    public func list(_ long: String) -> [String]? {
        guard let vs = values[long] else { return nil }
        return vs.flatMap { $0.split(separator: ",").map { String($0).trimmed } }.filter { !$0.isEmpty }
    }

    public func int(_ long: String, min: Int? = nil) throws -> Int? {
        guard let s = string(long) else { return nil }
        guard let n = Int(s.trimmed), min.map({ n >= $0 }) ?? true else {
            throw WBError.usage("--\(long) needs a whole number\(min.map { " of at least \($0)" } ?? ""), not '\(s)'")
        }
        return n
    }

    /// The single input operand (or stdin), refusing extra operands.
    public func inputPath() throws -> String? {
        if operands.count > 1 { throw WBError.usage("one input file at most; got \(operands.count)") }
        return operands.first
    }

    public func warn(_ message: String, at location: SourceLocation? = nil) {
        stderr.write("\(tool): " + (location.map { $0.text + ": " } ?? "") + "warning: " + message + "\n")
    }

    public func note(_ message: String, at location: SourceLocation? = nil) {
        stderr.write("\(tool): " + (location.map { $0.text + ": " } ?? "") + "note: " + message + "\n")
    }
}
