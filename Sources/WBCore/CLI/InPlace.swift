/// `-i`: a command's output replaces its input file, atomically and only on success,
/// in the file's own encoding (UTF-8, UTF-8 with a BOM, UTF-16, CP932) and line endings.
enum InPlace {
    static let option = CommonOptions.inPlace

    static func edit(_ inv: Invocation, _ path: String?, _ body: () throws -> ExitCode) throws -> ExitCode {
        guard let p = path, p != "-" else { throw WBError.usage(L("--in-place needs a file, not standard input")) }
        if inv.string("output") != nil { throw WBError.usage(L("--in-place and --output cannot be used together")) }
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
