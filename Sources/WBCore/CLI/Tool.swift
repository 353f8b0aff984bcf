#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public let wbVersion = "0.1.0"

/// A subcommand (or the whole tool, for single-command tools such as wb-ics).
public struct CommandSpec: Sendable {
    public let name: String
    public let synopsis: String
    public let summary: String
    public let options: [OptionSpec]
    public let examples: [String]
    /// The options --help and completions show (old spellings are left out).
    public var visibleOptions: [OptionSpec] { options.filter { !$0.hidden } }
    /// False for a command that writes the settings rather than reading them.
    public var readsSettings = true
    /// True for a command whose -o is not one file it writes (split's directory).
    public var ownsOutput = false
    /// True for a command that writes its input back with only its changes (fmt, set,
    /// add): a row of empty fields stays a row there, as every byte it does not change,
    /// and the settings' `labels` does not restyle the plan's words.
    public var editsInput = false
    /// The command reads the plan's tasks table as its input (filter, check, set...):
    /// the settings' `tasks` stands in where none is named and standard input brings
    /// nothing.
    public var tasksAreInput = false
    /// True for a command whose output is the table it reads, or more of it (filter,
    /// merge): -o may name its input. Others refuse it (`check plan.csv -o plan.csv`
    /// would put the findings in the plan's place).
    public var outputMayBeAnInput = false
    public let run: @Sendable (Invocation) throws -> ExitCode

    /// What the first operand is in the plan, where the completions can say it (set's
    /// ids); nil for a file.
    public var firstOperand: PlanValue?

    public init(_ name: String, synopsis: String = "[options] [file]", summary: String,
                options: [OptionSpec], examples: [String] = [], readsSettings: Bool = true, ownsOutput: Bool = false,
                editsInput: Bool = false, tasksAreInput: Bool = false, outputMayBeAnInput: Bool = false,
                firstOperand: PlanValue? = nil,
                run: @escaping @Sendable (Invocation) throws -> ExitCode) {
        self.firstOperand = firstOperand
        self.readsSettings = readsSettings
        self.outputMayBeAnInput = outputMayBeAnInput
        self.ownsOutput = ownsOutput
        self.editsInput = editsInput
        self.tasksAreInput = tasksAreInput
        self.name = name
        self.synopsis = synopsis
        self.summary = summary
        // A command may give its own form of a common option (split's -o DIR).
        self.options = options + CommonOptions.always.filter { c in !options.contains { $0.long == c.long } }
        self.examples = examples
        self.run = run
    }
}

public struct ToolSpec: Sendable {
    public let name: String
    public let summary: String
    public let commands: [CommandSpec]
    /// True when the tool has no subcommands and `commands[0]` is the tool itself.
    public let single: Bool
    /// True for a tool whose input is the milestones table (wb-milestones, wb-ics): the
    /// settings' `milestones` stands in for its input, not for a --milestones option.
    public let readsMilestonesAsInput: Bool

    public init(name: String, summary: String, commands: [CommandSpec], single: Bool = false, readsMilestonesAsInput: Bool = false) {
        self.name = name
        self.summary = summary
        self.commands = commands
        self.single = single
        self.readsMilestonesAsInput = readsMilestonesAsInput
    }

    public func command(_ name: String) -> CommandSpec? { commands.first { $0.name == name } }
}

public enum Tool {
    /// The process entry point: runs the tool and exits with its status.
    public static func main(_ spec: ToolSpec) -> Never {
        let env = environment()
        let out = Output(fd: 1, hold: true)
        let err = Output(fd: 2, immediate: true)
        let status = run(spec, arguments: Array(CommandLine.arguments.dropFirst()),
                         stdinFD: 0, stdout: out, stderr: err, env: env)
        try? err.flush()
        exit(status)
    }

    /// The environment variables wb reads; only these are copied out of the process's
    /// environment, which can hold hundreds (a test checks that every variable the
    /// sources read is here).
    static let environmentNames = ["LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "SOURCE_DATE_EPOCH", "TZ", "WB_SETTINGS", "COLUMNS", "RUNEWIDTH_EASTASIAN"]

    /// The variables of `environmentNames` that are set, as a dictionary. Other
    /// entries are passed over on their bytes, without a String made of them.
    public static func environment() -> [String: String] { environment(environ) }

    /// `environment()` from a NULL-terminated list of `NAME=value` entries.
    static func environment(_ entries: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> [String: String] {
        var env: [String: String] = [:]
        // Each name with its `=`, compared by strncmp (which stops at the entry's end).
        let keys = environmentNames.map { ($0 + "=").utf8.map { CChar(bitPattern: $0) } }
        var p = entries
        while let c = p.pointee {
            for (k, key) in keys.enumerated() where c[0] == key[0] && strncmp(c, key, key.count) == 0 {
                env[environmentNames[k]] = String(cString: c + key.count)
            }
            p += 1
        }
        return env
    }

    /// Runs a tool in process: parses, dispatches, prints errors, returns the status.
    public static func run(_ spec: ToolSpec, arguments: [String], stdinFD: Int32,
                           stdout: Output, stderr: Output, env: [String: String]) -> Int32 {
        // Until the settings are read, the language is --lang's, the settings' when
        // they read cleanly, or the locale's.
        let ahead = PlanSettings.readAhead(settingsOption: Lang.scan(arguments, "settings"), env: env)
        return Lang.$current.withValue(Lang.ofRun(arguments, env: env, settings: ahead?.settings)) {
            PlanSettings.$readAhead.withValue(ahead) {
                dispatch(spec, arguments: arguments, stdinFD: stdinFD, stdout: stdout, stderr: stderr, env: env)
            }
        }
    }

    /// `wb-tasks --lang ja fmt plan.csv` read as `wb-tasks fmt --lang ja plan.csv`: the
    /// options given before the command move after it, where its parser checks them.
    /// Which words are option values is told by the options the tool's commands
    /// declare (a name means the same in all of them). Nil when no command follows.
    static func commandFirst(_ args: [String], _ spec: ToolSpec) -> [String]? {
        guard let i = firstWord(args, spec), spec.command(args[i]) != nil else { return nil }
        return [args[i]] + args[..<i] + args[(i + 1)...]
    }

    /// Where the first word that is neither an option nor an option's value stands.
    static func firstWord(_ args: [String], _ spec: ToolSpec) -> Int? {
        let all = spec.commands.flatMap(\.options)
        var i = 0
        while i < args.count, args[i].hasPrefix("-"), args[i] != "-", args[i] != "--" {
            let a = args[i]
            var takesValue = false
            if a.hasPrefix("--") {
                let name = a.dropFirst(2)
                if !name.contains("=") { takesValue = all.contains { $0.long == name && $0.argument != nil } }
            } else if a.count == 2, let c = a.last {
                takesValue = all.contains { $0.short == c && $0.argument != nil }
            }
            i += takesValue ? 2 : 1
        }
        return i < args.count ? i : nil
    }

    private static func dispatch(_ spec: ToolSpec, arguments: [String], stdinFD: Int32,
                                 stdout: Output, stderr: Output, env: [String: String]) -> Int32 {
        var args = arguments
        let command: CommandSpec
        if spec.single {
            command = spec.commands[0]
        } else {
            guard var first = args.first else {
                stderr.write(WBError.usage(L("no command given")).render(tool: spec.name))
                return ExitCode.usage.rawValue
            }
            // Options before the command (`wb-tasks --lang ja fmt`) go after it.
            if first.hasPrefix("-"), !["--help", "-h", "--version", "-V", "--completions", "--complete-values"].contains(first) {
                if let moved = commandFirst(args, spec) {
                    args = moved
                    first = moved[0]
                } else if args.contains("--help") || args.contains("-h") {
                    stdout.write(Help.tool(spec, width: TextWrap.helpWidth(stdout, env: env), ambiguousWide: TextWrap.ambiguousWide(env: env)))
                    return flushStatus(stdout, stderr, spec.name, .ok)
                } else if let i = firstWord(args, spec) {
                    // The word where the command should be is the unknown one.
                    first = args[i]
                } else {
                    stderr.write(WBError.usage(L("no command given")).render(tool: spec.name))
                    return ExitCode.usage.rawValue
                }
            }
            if first == "--help" || first == "-h" || first == "help" {
                if first == "help", args.count > 1, let c = spec.command(args[1]) {
                    stdout.write(Help.command(spec, c, width: TextWrap.helpWidth(stdout, env: env), ambiguousWide: TextWrap.ambiguousWide(env: env)))
                } else {
                    stdout.write(Help.tool(spec, width: TextWrap.helpWidth(stdout, env: env), ambiguousWide: TextWrap.ambiguousWide(env: env)))
                }
                return flushStatus(stdout, stderr, spec.name, .ok)
            }
            if first == "--completions" { return completions(spec, args, stdout, stderr) }
            if first == "--complete-values" { return completeValues(spec, args, stdinFD: stdinFD, stdout, stderr, env: env) }
            if first == "--version" || first == "-V" {
                stdout.write("\(spec.name) \(wbVersion)\n")
                return flushStatus(stdout, stderr, spec.name, .ok)
            }
            guard let c = spec.command(first) else {
                stderr.write(WBError.usage(L("unknown command '\(first)'") + Suggest.clause(first, among: spec.commands.map(\.name))).render(tool: spec.name))
                return ExitCode.usage.rawValue
            }
            command = c
            args.removeFirst()
        }
        if spec.single, args.first == "--completions" { return completions(spec, args, stdout, stderr) }
        if spec.single, args.first == "--complete-values" { return completeValues(spec, args, stdinFD: stdinFD, stdout, stderr, env: env) }
        if spec.single, args.contains("--version") || args == ["-V"] {
            stdout.write("\(spec.name) \(wbVersion)\n")
            return flushStatus(stdout, stderr, spec.name, .ok)
        }
        let toolName = spec.name
        let parsed: (values: [String: [String]], operands: [String])
        do {
            parsed = try ArgumentParser.parse(args, options: command.options)
        } catch let e as WBError {
            var e = e
            e.isUsage = true
            stderr.write(e.render(tool: toolName, help: spec.single ? toolName : "\(toolName) \(command.name)"))
            return e.code.rawValue
        } catch {
            return ExitCode.internalError.rawValue
        }
        if parsed.values["help"] != nil {
            stdout.write(Help.command(spec, command, width: TextWrap.helpWidth(stdout, env: env), ambiguousWide: TextWrap.ambiguousWide(env: env)))
            return flushStatus(stdout, stderr, spec.name, .ok)
        }
        let inv = Invocation(tool: toolName, command: command.name, values: parsed.values,
                             operands: parsed.operands, stdinFD: stdinFD, stdout: stdout,
                             stderr: stderr, env: env, options: command.options)
        inv.milestonesAreInput = spec.readsMilestonesAsInput
        inv.editsInput = command.editsInput
        inv.tasksAreInput = command.tasksAreInput
        var atomic: AtomicFile?
        do {
            if command.readsSettings { try inv.applySettings() }
            try inv.takeTasksOperand()
            if let path = parsed.values["output"]?.last, path != "-", !command.ownsOutput {
                if !command.editsInput && !command.outputMayBeAnInput { try InPlace.refuseReplacingInput(inv, output: path) }
                atomic = try AtomicFile(path: path)
                inv.stdout = atomic!.output
            }
            // A --lang that is neither ja nor en is refused, not taken for the locale's.
            let lang = try inv.string("lang").map { try Lang.parse($0, option: "lang") } ?? Lang.fromEnvironment(env)
            let code = try Lang.$current.withValue(lang) { try command.run(inv) }
            if let atomic {
                if (code == .ok || code == .failed) && !inv.outputHandled { try atomic.commit() } else { atomic.discard() }
            }
            return flushStatus(stdout, stderr, toolName, code)
        } catch let e as WBError {
            atomic?.discard()
            stdout.abandon(tool: toolName)
            try? stdout.flush()
            var e = e
            if e.code == .usage { e.isUsage = true }
            stderr.write(e.render(tool: toolName, help: spec.single ? toolName : "\(toolName) \(command.name)"))
            return e.code.rawValue
        } catch {
            atomic?.discard()
            stdout.abandon(tool: toolName)
            try? stdout.flush()
            stderr.write(Diagnostic.line(tool: toolName, location: nil, kind: "error", message: L("internal error: \(error)")))
            return ExitCode.internalError.rawValue
        }
    }

    /// `--completions bash|zsh|fish`: the script generated from the option tables.
    private static func completions(_ spec: ToolSpec, _ args: [String], _ stdout: Output, _ stderr: Output) -> Int32 {
        do {
            // Without --lang, zsh's and fish's scripts carry both languages.
            let lang = try Lang.scan(args).map { try Lang.parse($0, option: "lang") }
            stdout.write(try Completions.script(spec, shell: args.count > 1 ? args[1] : "", lang: lang))
        } catch let e as WBError {
            stderr.write(e.render(tool: spec.name))
            return e.code.rawValue
        } catch { return ExitCode.internalError.rawValue }
        return flushStatus(stdout, stderr, spec.name, .ok)
    }

    /// `--complete-values KIND CURRENT WORDS...`, which the completion scripts call: the
    /// values of KIND (`PlanValue`) the plan has, one `value<TAB>description` a line, for
    /// the word CURRENT of the command line WORDS (the words after the tool's name, up
    /// to the one being completed). The plan is found as the command would find it (its
    /// --settings or ./settings.csv, the file it names or the settings' tables); words
    /// it cannot parse, a table it cannot read, leave out what they would give, without
    /// a message: a menu is no place for one (a kind it does not know is a usage error).
    private static func completeValues(_ spec: ToolSpec, _ args: [String], stdinFD: Int32, _ stdout: Output, _ stderr: Output,
                                       env: [String: String]) -> Int32 {
        guard args.count >= 3, let kind = PlanValue(rawValue: args[1]) else {
            let kinds = PlanValue.allCases.map(\.rawValue).joined(separator: ", ")
            stderr.write(WBError.usage(L("--complete-values takes a kind (\(kinds)), the word being completed and the command line before it")).render(tool: spec.name))
            return ExitCode.usage.rawValue
        }
        var current = args[2]
        // --role=pm,d: the value only.
        if current.hasPrefix("-"), let eq = current.firstIndex(of: "=") { current = String(current[current.index(after: eq)...]) }
        // bash hands `--lang=ja` as three words.
        var words: [String] = []
        for w in args[3...] {
            if words.last == "=", words.count >= 2, words[words.count - 2].hasPrefix("--") {
                words.removeLast()
                words[words.count - 1] += "=" + w
            } else {
                words.append(w)
            }
        }
        if words.last == "=" { words.removeLast() }
        let command: CommandSpec
        if spec.single { command = spec.commands[0] } else if let moved = commandFirst(words, spec), let c = spec.command(moved[0]) {
            command = c
            words = Array(moved.dropFirst())
        } else {
            // No command yet (`wb-tasks --team <TAB>`): the plan as the commands that
            // read its tasks find it.
            guard firstWord(words, spec) == nil else { return ExitCode.ok.rawValue }
            command = spec.commands.first { $0.tasksAreInput } ?? spec.commands[0]
        }
        // The option whose value is being completed.
        if let last = words.last, last.hasPrefix("-"), !last.contains("="),
           command.options.contains(where: { $0.argument != nil && (last == "--" + $0.long || $0.short.map { last == "-\($0)" } == true) }) {
            words.removeLast()
        }
        let parsed = (try? ArgumentParser.parse(words, options: command.options)) ?? (values: [:], operands: [])
        let quiet = Output.memory()
        let inv = Invocation(tool: spec.name, command: command.name, values: parsed.values, operands: parsed.operands,
                             stdinFD: stdinFD, stdout: quiet, stderr: quiet, env: env, options: command.options)
        inv.milestonesAreInput = spec.readsMilestonesAsInput
        inv.tasksAreInput = command.tasksAreInput
        if command.readsSettings { try? inv.applySettings() }
        try? inv.takeTasksOperand()
        let found = PlanCandidates.candidates(kind, tasks: kind.readsTasks ? PlanCandidates.tasks(inv) : nil,
                                              milestones: kind == .milestones ? PlanCandidates.milestones(inv) : nil,
                                              roles: inv.roles, teams: inv.teams)
        for line in PlanCandidates.lines(found, current: current) { stdout.write(line + "\n") }
        return (try? stdout.flush()) == nil ? ExitCode.ioError.rawValue : ExitCode.ok.rawValue
    }

    private static func flushStatus(_ out: Output, _ err: Output, _ tool: String, _ code: ExitCode) -> Int32 {
        do { try out.flush() } catch let e as WBError {
            err.write(e.render(tool: tool))
            return e.code.rawValue
        } catch { return ExitCode.ioError.rawValue }
        return code.rawValue
    }
}

public enum ArgumentParser {
    /// Parses `--long`, `--long=value`, `--long value`, `-s value`, `-sVALUE`, `--` and `-`.
    public static func parse(_ args: [String], options: [OptionSpec]) throws -> (values: [String: [String]], operands: [String]) {
        var values: [String: [String]] = [:]
        var operands: [String] = []
        var i = 0
        var onlyOperands = false
        func spec(long: String) throws -> OptionSpec {
            if let s = options.first(where: { $0.long == long }) { return s }
            throw WBError.usage(L("unknown option '--\(long)'") + Suggest.clause(long, among: options.filter { !$0.hidden }.map(\.long)) { "'--\($0)'" })
        }
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyOperands || a == "-" || !a.hasPrefix("-") {
                operands.append(a)
                continue
            }
            if a == "--" { onlyOperands = true; continue }
            if a.hasPrefix("--") {
                var name = String(a.dropFirst(2))
                var inline: String?
                if let eq = name.firstIndex(of: "=") {
                    inline = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                let s = try spec(long: name)
                if s.argument == nil {
                    if inline != nil { throw WBError.usage(L("option '--\(name)' takes no value")) }
                    values[name, default: []].append("")
                } else if let inline {
                    values[name, default: []].append(inline)
                } else {
                    guard i < args.count else { throw WBError.usage(L("option '--\(name)' needs a value (\(s.argument!))")) }
                    values[name, default: []].append(args[i])
                    i += 1
                }
                continue
            }
            // Short options, possibly bundled: -o FILE, -oFILE.
            var chars = Array(a.dropFirst())
            while let c = chars.first {
                chars.removeFirst()
                guard let s = options.first(where: { $0.short == c }) else {
                    throw WBError.usage(L("unknown option '-\(c)'"))
                }
                if s.argument == nil {
                    values[s.long, default: []].append("")
                    continue
                }
                if !chars.isEmpty {
                    values[s.long, default: []].append(String(chars))
                } else {
                    guard i < args.count else { throw WBError.usage(L("option '-\(c)' needs a value (\(s.argument!))")) }
                    values[s.long, default: []].append(args[i])
                    i += 1
                }
                break
            }
        }
        // A LIST given empty (`--roles "$R"` with R unset) would mean none: refused.
        for o in options where o.argument == "LIST" {
            if let vs = values[o.long], vs.allSatisfy(\.listItems.isEmpty) {
                throw WBError.usage(L("--\(o.long) needs at least one value"))
            }
        }
        return (values, operands)
    }
}

enum Help {
    /// A paragraph of the help folded to `width` columns, with its line's end.
    private static func paragraph(_ t: String, _ width: Int, _ ambiguousWide: Bool) -> String {
        TextWrap.fold(t, indent: 0, width: width, ambiguousWide: ambiguousWide) + "\n"
    }

    /// The tool's help, its paragraphs folded to `width` columns (`TextWrap.helpWidth`;
    /// `ambiguousWide`, `TextWrap.ambiguousWide(env:)`).
    static func tool(_ spec: ToolSpec, width: Int = 78, ambiguousWide: Bool = false) -> String {
        if spec.single { return command(spec, spec.commands[0], width: width, ambiguousWide: ambiguousWide) }
        func fold(_ t: String) -> String { paragraph(t, width, ambiguousWide) }
        var s = L("usage: \(spec.name) <command> [options] [file]") + "\n\n" + fold(HelpCatalogue.text(spec.summary)) + "\n" + L("Commands:") + "\n"
        let w = (spec.commands.map { $0.name.count }.max() ?? 0) + 2
        for c in spec.commands {
            s += TextWrap.fold(HelpCatalogue.text(c.summary), lead: "  " + c.name.padded(to: w), indent: w + 2, width: width,
                               ambiguousWide: ambiguousWide) + "\n"
        }
        s += "\n" + fold(L("Run '\(spec.name) <command> --help' for a command's options."))
        s += fold(L("Common options, before or after the command: -o FILE (atomic output), --settings FILE, --lang LANG, --version, --help.")) + fold(ExitCode.summary)
        return s
    }

    /// A command's help, its paragraphs folded to `width` columns; the examples are
    /// not, so that each can be copied as one line.
    static func command(_ spec: ToolSpec, _ c: CommandSpec, width: Int = 78, ambiguousWide: Bool = false) -> String {
        func fold(_ t: String) -> String { paragraph(t, width, ambiguousWide) }
        let head = spec.single ? spec.name : "\(spec.name) \(c.name)"
        var s = L("usage: \(head) \(c.synopsis)") + "\n\n" + fold(HelpCatalogue.text(c.summary)) + "\n" + L("Options:") + "\n"
        let labels = c.visibleOptions.map { o -> String in
            var l = o.short.map { "-\($0), " } ?? "    "
            l += "--" + o.long
            if let a = o.argument { l += " " + a }
            return l
        }
        let w = (labels.map { $0.count }.max() ?? 0) + 2
        for (o, l) in zip(c.visibleOptions, labels) {
            s += TextWrap.fold(HelpCatalogue.text(o.help), lead: "  " + l.padded(to: w), indent: w + 2, width: width,
                               ambiguousWide: ambiguousWide) + "\n"
        }
        if spec.single { s += "      --version".padded(to: w + 2) + L("print the version and exit") + "\n" }
        s += "\n" + fold(ExitCode.summary)
        if !c.examples.isEmpty {
            s += "\n" + L("Examples:") + "\n"
            for e in c.examples { s += "  $ " + e + "\n" }
        }
        return s
    }
}
