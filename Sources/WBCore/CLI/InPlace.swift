/// `-i`: a command's output replaces its input file, atomically and only on success,
/// in the file's own encoding (UTF-8, UTF-8 with a BOM, UTF-16, CP932) and line endings.
enum InPlace {
    static let option = CommonOptions.inPlace

    /// An editing command's output: `-i`, or `-o` naming the input file itself
    /// (`set T3 --status done plan.csv -o plan.csv`), which is the same edit and keeps
    /// the file's encoding as `-i` does (the output file the run opened stays unused);
    /// else `body` as it is.
    static func run(_ inv: Invocation, _ path: String?, _ body: () throws -> ExitCode) throws -> ExitCode {
        if inv.flag("in-place") { return try edit(inv, path, body) }
        guard let p = path, p != "-", let o = inv.string("output"), o != "-", sameFile(p, o) else {
            let status = try body()
            // `set T3 --status done plan.csv` typed at a terminal: the changed table
            // scrolled past and the file is as it was, which is seldom what was meant
            // (sed without -i); said, unless the output goes on to a file or a pipe.
            if status == .ok, let p = path, p != "-", inv.string("output") == nil, inv.stdout.isTerminal {
                try inv.stdout.flush()
                inv.note(L("the changed table went to standard output and \(p) is as it was; give -i to change the file"))
            }
            return status
        }
        inv.outputHandled = true
        return try replace(inv, p, body)
    }

    static func edit(_ inv: Invocation, _ path: String?, _ body: () throws -> ExitCode) throws -> ExitCode {
        guard let p = path, p != "-" else {
            // No file named and none in the settings: say where a plan's folder keeps it.
            if path == nil && inv.settingsTasks == nil {
                throw WBError.usage(L("--in-place needs a file, not standard input: name the tasks file, or record it in the settings (tasks,plan.csv) for every command to find"))
            }
            throw WBError.usage(L("--in-place needs a file, not standard input"))
        }
        if inv.string("output") != nil { throw WBError.usage(L("--in-place and --output cannot be used together")) }
        return try replace(inv, p, body)
    }

    /// Refuses `-o` naming a file the command reads, for a command whose output is
    /// another kind of table or document than that file (`check plan.csv -o plan.csv`
    /// would put the findings in the plan's place, `wb-ics -o milestones.csv` the
    /// calendar in the milestones'). The files a run is meant to replace are not inputs
    /// here: `--base` (a merge writes the plan back) and `--previous` (the calendar made
    /// again).
    static func refuseReplacingInput(_ inv: Invocation, output: String) throws {
        // Only a regular file is replaced (a terminal or a pipe is written to).
        guard isRegularFile(output) else { return }
        var inputs = inv.operands.filter { $0 != "-" }.map { ($0, L("its input")) }
        for f in [inv.settingsTasks, inv.settingsMilestones].compactMap({ $0 }) { inputs.append((f, L("the plan's table in the settings"))) }
        for o in ["tasks", "milestones", "gates", "market", "impact", "invent", "since", "settings"] {
            for v in inv.values[o] ?? [] { inputs.append((v, "--" + o)) }
        }
        // The settings read without --settings ($WB_SETTINGS, ./settings.csv).
        if let p = inv.settingsPath, inv.values["settings"] == nil { inputs.append((p, "--settings")) }
        for (path, what) in inputs where sameFile(path, output) {
            throw WBError.usage(L("-o \(output) is \(what) too: the output would replace it; write to another file"))
        }
    }

    /// Runs `body` with its output held, then replaces `p` with it in the encoding the
    /// input was read in (known once `body` has read it); its notes are said after.
    private static func replace(_ inv: Invocation, _ p: String, _ body: () throws -> ExitCode) throws -> ExitCode {
        try inv.holdingNotes {
            let saved = inv.stdout
            let memory = Output.memory()
            inv.stdout = memory
            defer { inv.stdout = saved }
            let code = try body()
            try memory.flush()
            var bytes = memory.captured
            if let r = inv.inputReader, r.encoding != .utf8 {
                bytes = try Transcoder.fromUTF8(bytes, to: r.encoding, bigEndian: r.bigEndian, name: p)
            }
            let file = try AtomicFile(path: p)
            file.output.write(bytes)
            do { try file.commit() } catch { file.discard(); throw error }
            return code
        }
    }
}

extension Invocation {
    /// Runs `body`, its output (written as UTF-8) going out in `encoding`: a merge
    /// writes the plan it updates (`--base`) in that plan's encoding, as it keeps its
    /// line endings and BOM, so a plan Japanese Excel keeps in CP932 stays CP932.
    /// A character the encoding lacks is an error, and nothing is written; the notes
    /// `body` says (what it merged) are said after.
    func writing(in encoding: TextEncoding, bigEndian: Bool, name: String, _ body: () throws -> ExitCode) throws -> ExitCode {
        try holdingNotes {
            let saved = stdout
            defer { stdout = saved }
            return try saved.encoded(in: encoding, bigEndian: bigEndian, name: name) { utf8 in
                stdout = utf8
                return try body()
            }
        }
    }
}

extension Output {
    /// Runs `body` with an output it writes UTF-8 to, which goes out here in `encoding`
    /// (straight through for UTF-8; otherwise held, then transcoded whole).
    func encoded<T>(in encoding: TextEncoding, bigEndian: Bool, name: String, _ body: (Output) throws -> T) throws -> T {
        guard encoding != .utf8 else { return try body(self) }
        let memory = Output.memory()
        let result = try body(memory)
        try memory.flush()
        write(try Transcoder.fromUTF8(memory.captured, to: encoding, bigEndian: bigEndian, name: name))
        return result
    }
}
