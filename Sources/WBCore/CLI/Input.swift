#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A source of bytes read in large chunks: a file, standard input, or bytes in memory.
public final class ByteSource {
    /// The name used in messages: the path, or `<stdin>`.
    public let name: String
    private var fd: Int32
    private var ownsFD: Bool
    /// Bytes in memory (no descriptor), the next offset, and at most how many a read
    /// hands out.
    private var pieces: (bytes: [UInt8], offset: Int, size: Int)?

    public init(name: String, fd: Int32, ownsFD: Bool) {
        self.name = name
        self.fd = fd
        self.ownsFD = ownsFD
    }

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.fd = -1
        self.ownsFD = false
        self.pieces = (bytes, 0, Int.max)
    }

    /// Bytes in memory handed out at most `pieceSize` at a time, as a pipe hands them
    /// (for tests of records that straddle reads).
    init(name: String, bytes: [UInt8], pieceSize: Int) {
        self.name = name
        self.fd = -1
        self.ownsFD = false
        self.pieces = (bytes, 0, max(1, pieceSize))
    }

    deinit {
        if ownsFD && fd >= 0 { close(fd) }
    }

    /// Opens a path; `-` means standard input (`stdinFD`).
    public static func open(_ path: String?, stdinFD: Int32 = 0) throws -> ByteSource {
        guard let path, path != "-" else {
            return ByteSource(name: "<stdin>", fd: stdinFD, ownsFD: false)
        }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let e = errno
            // The name or the file is the problem (missing, not allowed, too long, a loop
            // of links): 66. Only the system failing to read is an I/O error (74).
            let code: ExitCode = [EIO, EMFILE, ENFILE, ENOMEM].contains(e) ? .ioError : .noInput
            throw WBError(code, L("cannot open: ") + describeErrno(e), at: SourceLocation(file: path))
        }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw WBError(.noInput, L("cannot read: it is a directory"), at: SourceLocation(file: path))
        }
        return ByteSource(name: path, fd: fd, ownsFD: true)
    }

    /// Appends up to `max` bytes to `buffer`; returns how many were read (0 at the end).
    public func read(into buffer: inout [UInt8], max: Int) throws -> Int {
        // Read into uninitialised memory and append what came: growing the array by
        // `max` zeros first filled a megabyte per call (most of a debug wb-ics run).
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: Swift.max(max, 1), alignment: 1)
        defer { chunk.deallocate() }
        let n = try read(bytesAt: chunk.baseAddress!, max: max)
        buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
        return n
    }

    /// Lone CRs are handed out as LF (a TSV whose lines end in CR alone; set by the
    /// table reader once it has seen the first line's end).
    var translatesLoneCR = false
    /// A byte read ahead, to see whether a CR at the end of a read began a CRLF.
    private var peeked: UInt8?

    /// Reads up to `max` bytes to `target`; returns how many (0 at the end). Bytes in
    /// memory are handed out from where the last read stopped.
    func read(bytesAt target: UnsafeMutableRawPointer, max: Int) throws -> Int {
        translatesLoneCR ? try readTranslating(target, max: max) : try readRaw(target, max: max)
    }

    /// `readRaw`, each lone CR made LF.
    @inline(never)
    private func readTranslating(_ target: UnsafeMutableRawPointer, max: Int) throws -> Int {
        guard max > 0 else { return 0 }
        let p = target.assumingMemoryBound(to: UInt8.self)
        var n = 0
        if let b = peeked { p[0] = b; n = 1; peeked = nil }
        if max > n { n += try readRaw(target + n, max: max - n) }
        guard n > 0 else { return 0 }
        for i in 0..<(n - 1) where p[i] == 0x0D && p[i + 1] != 0x0A { p[i] = 0x0A }
        if p[n - 1] == 0x0D {
            var next: UInt8 = 0
            if try withUnsafeMutableBytes(of: &next, { try readRaw($0.baseAddress!, max: 1) }) == 1 {
                peeked = next
                if next != 0x0A { p[n - 1] = 0x0A }
            } else {
                p[n - 1] = 0x0A
            }
        }
        return n
    }

    /// Moves a file's reading to `offset` (after a mapping of it was given up).
    func seek(to offset: Int) throws {
        guard fd >= 0, lseek(fd, off_t(offset), SEEK_SET) == off_t(offset) else {
            throw WBError(.ioError, L("read failed: ") + describeErrno(errno), at: SourceLocation(file: name))
        }
    }

    private func readRaw(_ target: UnsafeMutableRawPointer, max: Int) throws -> Int {
        if let p = pieces {
            let n = min(p.size, max, p.bytes.count - p.offset)
            if n > 0 { p.bytes.withUnsafeBytes { target.copyMemory(from: $0.baseAddress! + p.offset, byteCount: n) } }
            pieces!.offset += n
            return n
        }
        if fd < 0 { return 0 }
        while true {
            let n = Glibc.read(fd, target, max)
            if n < 0 {
                if errno == EINTR { continue }
                throw WBError(.ioError, L("read failed: ") + describeErrno(errno), at: SourceLocation(file: name))
            }
            return n
        }
    }

    /// The whole of a regular, non-empty file mapped read-only, or nil (a pipe, a
    /// terminal, bytes in memory, an empty file, a file already partly read).
    func mapWhole() -> (UnsafeMutableRawPointer, Int)? {
        guard fd >= 0 else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0,
              lseek(fd, 0, SEEK_CUR) == 0 else { return nil }
        let length = Int(st.st_size)
        guard let p = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
        madvise(p, length, MADV_SEQUENTIAL)
        // Later reads (none are expected) see the end of the file.
        lseek(fd, off_t(length), SEEK_SET)
        return (p, length)
    }

    /// Reads everything that is left.
    public func readAll() throws -> [UInt8] {
        var all: [UInt8] = []
        while try read(into: &all, max: 1 << 20) > 0 {}
        return all
    }
}

/// Whether something is at `path` (a file the settings name, a word that may be one).
func fileExists(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0
}

/// Whether two paths name one file (the same device and inode): `-o` onto the input.
func sameFile(_ a: String, _ b: String) -> Bool {
    var x = stat(), y = stat()
    return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino
}

/// Whether `path` is a regular file: one that can be read twice (a header looked at,
/// then the whole), where a pipe (`<(...)`, a FIFO) gives its bytes once.
func isRegularFile(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
}

/// Whether `path` is a device (/dev/null) or an empty regular file: a file that holds
/// nothing to read (`--settings /dev/null`).
func fileHoldsNothing(_ path: String) -> Bool {
    var st = stat()
    guard stat(path, &st) == 0 else { return false }
    return (st.st_mode & S_IFMT) == S_IFCHR || ((st.st_mode & S_IFMT) == S_IFREG && st.st_size == 0)
}

extension Invocation {
    /// Whether standard input is a terminal: nothing is piped in.
    public var stdinIsTerminal: Bool { isatty(stdinFD) == 1 }

    /// Whether standard input brings nothing, as under cron or CI: a terminal, a
    /// device such as /dev/null, an empty file, or a pipe already closed with nothing
    /// in it. A pipe still open may yet bring a table, and is not nothing.
    public var stdinGivesNothing: Bool {
        if stdinIsTerminal { return true }
        var st = stat()
        guard fstat(stdinFD, &st) == 0 else { return true }
        switch st.st_mode & S_IFMT {
        case S_IFCHR: return true
        case S_IFREG: return st.st_size == 0
        case S_IFIFO, S_IFSOCK:
            var p = pollfd(fd: stdinFD, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 0) == 1, p.revents & Int16(POLLHUP) != 0 else { return false }
            var waiting: Int32 = 0
            return ioctl(stdinFD, UInt(FIONREAD), &waiting) == 0 && waiting == 0
        default: return false
        }
    }
}
