#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered byte sink: a file descriptor, or memory (for in-process tests).
/// Writes are collected in a buffer and written in large blocks: 64 KiB (a pipe's
/// capacity, and what stays in the processor's cache), or 1 MiB into a regular file,
/// where each `write` costs the file system a fixed amount besides its bytes (111 MB
/// of `check`'s findings: ~1,700 writes of 64 KiB took ~8 ms longer than ~110 of
/// 1 MiB on ext4).
public final class Output {
    private let buffer: ByteBuffer
    private let fd: Int32
    /// What was written when this output captures to memory.
    public private(set) var captured: [UInt8] = []
    private let limit: Int

    /// Write through at once (standard error), so messages keep their order.
    private let immediate: Bool

    public init(fd: Int32, immediate: Bool = false, hold: Bool = false) {
        self.fd = fd
        self.immediate = immediate
        limit = !immediate && Output.isRegularFile(fd) ? 1 << 20 : 1 << 16
        buffer = ByteBuffer(capacity: limit + 4096)
        self.threshold = hold ? Output.holdLimit : limit
    }

    private static func isRegularFile(_ fd: Int32) -> Bool {
        guard fd >= 0 else { return false }
        var st = stat()
        return fstat(fd, &st) == 0 && st.st_mode & S_IFMT == S_IFREG
    }

    /// An output that keeps everything in memory.
    public static func memory() -> Output { Output(fd: -1) }

    public var capturedString: String { String(decoding: captured, as: UTF8.self) }

    /// Whether this output is a terminal (not a file, a pipe or memory).
    public var isTerminal: Bool { fd >= 0 && isatty(fd) == 1 }

    /// The width to fit lines to when this output is a terminal: `COLUMNS` from `env`
    /// when set (as ls and argparse read it), else the terminal's own; nil when it is
    /// no terminal (a file, a pipe, memory) or neither says.
    public func columns(env: [String: String]) -> Int? {
        guard isTerminal else { return nil }
        return env["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? terminalColumns
    }

    /// The width of the terminal this output is, in columns; nil when it is no
    /// terminal or the terminal does not say.
    public var terminalColumns: Int? {
        guard isTerminal else { return nil }
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Standard output holds back up to this many bytes, so that a run that fails
    /// within a table of that size prints nothing (see `abandon`); past it, output
    /// streams at flat memory.
    public static let holdLimit = 16 << 20
    private var threshold: Int
    /// Whether anything has been written out (so a failure can no longer be silent).
    public private(set) var streamed = false

    @inline(__always)
    public func write(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append($0) }
        if buffer.count >= threshold || immediate { drain() }
    }

    @inline(__always)
    public func write<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= threshold { drain() }
    }

    @inline(__always)
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(bytes)
        if buffer.count >= threshold { drain() }
    }

    @inline(__always)
    public func write(byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= threshold { drain() }
    }

    /// At most `n` bytes written by `body` where the block ends; `body` returns how
    /// many it wrote.
    @inline(__always)
    func append(atMost n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let p = buffer.extend(by: n)
        let written = body(p)
        precondition(written >= 0 && written <= n)
        buffer.truncate(to: buffer.count - n + written)
        if buffer.count >= threshold { drain() }
    }

    /// The run failed: what is held back is dropped when nothing was written yet, so
    /// a pipeline sees no table rather than a shorter one; when rows already went out
    /// (a table past `holdLimit`), the rest is written and then a last line that no
    /// table reader takes for a row: `#wb: INCOMPLETE …`.
    public func abandon(tool: String) {
        if !streamed {
            buffer.removeAll()
            return
        }
        write("\n#\(tool): INCOMPLETE OUTPUT: " + L("the run failed (see standard error); the rows above are not the whole table") + "\n")
        drain()
    }

    private var failed: Int32 = 0
    /// The errno of the last failed write (0 if none failed).
    public private(set) var lastError: Int32 = 0

    private func drain() {
        if fd < 0 {
            captured.append(contentsOf: buffer.bytes)
            buffer.removeAll()
            return
        }
        if !buffer.isEmpty { streamed = true; threshold = limit }
        put(buffer.bytes)
        buffer.removeAll()
    }

    /// Writes `bytes` to the descriptor, all of them unless a write fails.
    private func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        if failed != 0 { return }
        let raw = UnsafeRawBufferPointer(bytes)
        var off = 0
        while off < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + off, raw.count - off)
            if n < 0 {
                if errno == EINTR { continue }
                failed = errno
                lastError = failed
                break
            }
            off += n
        }
    }

    /// Many bytes written from where they are, not copied into the buffer (what is
    /// buffered goes first). For output made after the input was all read and checked
    /// (`matrix`'s cells of megabytes): holding it back could not spare a pipeline a
    /// partial table any more.
    public func write(large bytes: UnsafeBufferPointer<UInt8>) {
        guard fd >= 0, bytes.count >= 1 << 16 else { write(bytes); return }
        drain()
        streamed = true
        threshold = limit
        put(bytes)
    }

    /// What follows is made after the input was all read and checked (`check`'s
    /// findings): holding it back could not spare a pipeline a partial table, so it
    /// streams from here on, in blocks of the buffer's size, instead of growing it to
    /// `holdLimit` (16 MiB of pages touched, and copied as it grows, for nothing).
    public func stopHolding() {
        threshold = limit
        if buffer.count >= threshold { drain() }
    }

    /// Writes out what is buffered; throws an I/O error if any write failed.
    public func flush() throws {
        drain()
        if failed != 0 {
            let e = failed
            failed = 0
            throw WBError(.ioError, L("write failed: ") + describeErrno(e))
        }
    }
}

/// The system's reason, in the run's language for the common ones (the C library's
/// own text, lower-cased, for the rest).
func describeErrno(_ e: Int32) -> String {
    switch e {
    case ENOENT: return L("no such file or directory")
    case EACCES: return L("permission denied")
    case EISDIR: return L("is a directory")
    case ENOTDIR: return L("not a directory")
    case ENOSPC: return L("no space left on device")
    case EROFS: return L("read-only file system")
    case EPIPE: return L("broken pipe")
    case EMFILE, ENFILE: return L("too many open files")
    default: break
    }
    guard let p = strerror(e) else { return "error \(e)" }
    let s = String(cString: p)
    guard let first = s.first else { return s }
    return first.lowercased() + s.dropFirst()
}

/// Where `-o FILE` (and `-i`) writes. A regular file, or a name that does not exist
/// yet, is replaced atomically; a symbolic link is followed and its target replaced
/// (the link stays a link); a device, FIFO or socket, and a descriptor link such as
/// `/dev/stdout` or `/proc/self/fd/1`, is written to directly, as a shell's `>` would.
enum OutputTarget: Equatable {
    case replace(String)
    case direct(String)

    static func resolve(_ path: String) throws -> OutputTarget {
        guard !path.isEmpty else { throw WBError.usage(L("--output needs a file name, not an empty string")) }
        var p = path
        for _ in 0..<40 {
            var st = stat()
            if lstat(p, &st) != 0 { return .replace(p) }
            switch st.st_mode & S_IFMT {
            case S_IFREG:
                return .replace(p)
            case S_IFDIR:
                throw WBError(.cannotCreate, L("cannot create output: it is a directory"), at: SourceLocation(file: path))
            case S_IFLNK:
                // /dev/stdout, /dev/fd/N, /proc/self/fd/N name an open descriptor: its
                // file must be written through, never replaced behind the shell's back.
                if p.hasPrefix("/dev/") || p.hasPrefix("/proc/") { return .direct(path) }
                var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let n = readlink(p, &buf, buf.count - 1)
                if n < 0 { return .replace(p) }
                let target = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if target.hasPrefix("/") {
                    p = target
                } else {
                    let dir = p.lastIndex(of: "/").map { String(p[...$0]) } ?? ""
                    p = dir + target
                }
            default:
                return .direct(p)
            }
        }
        throw WBError(.cannotCreate, L("cannot create output: too many levels of symbolic links"), at: SourceLocation(file: path))
    }
}

/// Temporary files of outputs not yet committed, removed if a signal ends the run.
///
/// The handler may run between any two instructions of the program, so it touches no
/// Swift variable: Swift checks exclusive access to a global `var` (and a class's) at
/// run time, in release builds too, in a list it keeps per thread, and a handler's
/// check landing in the middle of the program's own can break that list and abort the
/// run. (Once, in a golden run under load, a run signalled as its temporary file
/// appeared ended with SIGABRT, exit 134, and left the file behind; this is the likely
/// cause, and the handler had read a Swift array.) The paths live as C strings in
/// slots of plain memory that a `let` points to (`table`: the slots and their number);
/// the program changes them with the signals held back, or (`remove`) empties a slot
/// before freeing its path, and the handler only reads them and calls `unlink`.
enum PendingTemporaries {
    /// The slots (`table[0]`, a block of C-string pointers, nil where free) and how
    /// many there are (`table[1]`, as a pointer's bit pattern). Never freed.
    nonisolated(unsafe) static let table: UnsafeMutablePointer<UnsafeMutableRawPointer?> = {
        let t = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: 2)
        t.initialize(repeating: nil, count: 2)
        return t
    }()
    nonisolated(unsafe) static var installed = false

    /// SIGBUS: an input file mapped into memory was cut short by another program.
    static let signals = [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGBUS]

    typealias Slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

    static var slots: (Slots?, Int) {
        (table[0]?.assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self), Int(bitPattern: table[1]))
    }

    /// Makes a temporary file from `template` (its XXXXXX replaced, as `mkstemp` does)
    /// and registers it: its descriptor (-1 and `errno` on failure), its path and its
    /// slot. The handlers are in place before the file exists, and the signals are held
    /// back while it is made and registered: a signal arriving in between is handled
    /// once the file is registered, instead of finding an inherited disposition (a
    /// background job starts with SIGINT ignored, which would lose it) or a handler
    /// that does not know the file yet (which would leave it behind).
    static func make(_ template: String) -> (fd: Int32, path: String, slot: Int) {
        _ = table
        if !installed {
            installed = true
            for sig in signals { signal(sig, pendingTemporariesSignal) }
        }
        var block = sigset_t(), old = sigset_t()
        sigemptyset(&block)
        for sig in signals { sigaddset(&block, sig) }
        sigprocmask(SIG_BLOCK, &block, &old)
        defer {
            let saved = errno
            sigprocmask(SIG_SETMASK, &old, nil)
            errno = saved
        }
        var bytes = Array(template.utf8CString)
        let fd = bytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let path = bytes.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        guard fd >= 0 else { return (fd, path, -1) }
        var (block0, count) = slots
        var slot = (0..<count).first { block0![$0] == nil }
        if slot == nil {
            // More room: the slots copied to a block twice as large, which the table
            // then points to (the handler cannot run meanwhile).
            let grown = Slots.allocate(capacity: max(16, 2 * count))
            grown.initialize(repeating: nil, count: max(16, 2 * count))
            if let b = block0 { grown.update(from: b, count: count) }
            table[0] = UnsafeMutableRawPointer(grown)
            table[1] = UnsafeMutableRawPointer(bitPattern: max(16, 2 * count))
            block0?.deallocate()
            slot = count
            (block0, count) = slots
        }
        block0![slot!] = strdup(path)
        return (fd, path, slot!)
    }

    /// Forgets a committed or discarded file: its slot emptied first, then its path
    /// freed, so that the handler finds either the path or nothing.
    static func remove(_ slot: Int) {
        let (block, count) = slots
        guard slot >= 0, slot < count, let b = block, let p = b[slot] else { return }
        b[slot] = nil
        free(p)
    }
}

private func pendingTemporariesSignal(_ sig: Int32) {
    let (block, count) = PendingTemporaries.slots
    if let block { for i in 0..<count { if let p = block[i] { unlink(p) } } }
    signal(sig, SIG_DFL)
    raise(sig)
}

/// `-o FILE`: output goes to a temporary file beside FILE (beside a link's target),
/// renamed into place only when the command succeeds, so a failed run never leaves a
/// half-written file. Devices, FIFOs and descriptor links are written directly.
public final class AtomicFile {
    public let path: String
    private let target: String
    private let tempPath: String?
    public let output: Output
    private let fd: Int32
    private var done = false
    private var slot = -1

    public init(path: String) throws {
        self.path = path
        switch try OutputTarget.resolve(path) {
        case .direct(let p):
            let fd = open(p, O_WRONLY | O_APPEND | O_CLOEXEC)
            if fd < 0 {
                throw WBError(.cannotCreate, L("cannot open output: ") + describeErrno(errno), at: SourceLocation(file: path))
            }
            self.fd = fd
            self.target = p
            self.tempPath = nil
        case .replace(let p):
            let slash = p.lastIndex(of: "/")
            let dir = slash.map { String(p[..<$0]) } ?? "."
            let base = slash.map { String(p[p.index(after: $0)...]) } ?? p
            let (fd, temp, slot) = PendingTemporaries.make("\(dir.isEmpty ? "/" : dir)/.\(base).XXXXXX")
            if fd < 0 {
                throw WBError(.cannotCreate, L("cannot create output: ") + describeErrno(errno), at: SourceLocation(file: path))
            }
            self.fd = fd
            self.target = p
            self.tempPath = temp
            self.slot = slot
        }
        self.output = Output(fd: fd)
    }

    /// Flushes, gives the file the usual permissions and renames it over the target.
    public func commit() throws {
        guard !done else { return }
        done = true
        do { try output.flush() } catch {
            close(fd)
            if let tempPath { unlink(tempPath); PendingTemporaries.remove(slot) }
            throw WBError(.ioError, L("cannot write output: ") + describeErrno(output.lastError), at: SourceLocation(file: path))
        }
        guard let tempPath else { close(fd); return }
        let mask = umask(0); umask(mask)
        var st = stat()
        let mode: mode_t = stat(target, &st) == 0 ? (st.st_mode & 0o7777) : (0o666 & ~mask)
        fchmod(fd, mode)
        close(fd)
        if rename(tempPath, target) != 0 {
            let e = errno
            unlink(tempPath)
            PendingTemporaries.remove(slot)
            throw WBError(.cannotCreate, L("cannot replace output: ") + describeErrno(e),
                          at: SourceLocation(file: path))
        }
        PendingTemporaries.remove(slot)
    }

    /// Removes the temporary file; FILE stays as it was. (What was written to a device
    /// or FIFO cannot be taken back.)
    public func discard() {
        guard !done else { return }
        done = true
        close(fd)
        if let tempPath { unlink(tempPath); PendingTemporaries.remove(slot) }
    }
}

/// Directories a command writes into.
enum Directory {
    /// Creates `path` (one level) unless it is already a directory.
    static func make(_ path: String) throws {
        if mkdir(path, 0o777) == 0 { return }
        let e = errno
        var st = stat()
        if e == EEXIST, stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { return }
        throw WBError(.cannotCreate, L("cannot create the directory: ") + describeErrno(e), at: SourceLocation(file: path))
    }
}
