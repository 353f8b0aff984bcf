#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered byte sink: a file descriptor, or memory (for in-process tests).
/// Writes are collected in a 64 KiB buffer and written in large blocks.
public final class Output {
    private var buffer: [UInt8] = []
    private let fd: Int32
    /// What was written when this output captures to memory.
    public private(set) var captured: [UInt8] = []
    private let limit = 1 << 16

    /// Write through at once (standard error), so messages keep their order.
    private let immediate: Bool

    public init(fd: Int32, immediate: Bool = false) {
        self.fd = fd
        self.immediate = immediate
        buffer.reserveCapacity(limit + 4096)
    }

    /// An output that keeps everything in memory.
    public static func memory() -> Output { Output(fd: -1) }

    public var capturedString: String { String(decoding: captured, as: UTF8.self) }

    @inline(__always)
    public func write(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= limit || immediate { drain() }
    }

    @inline(__always)
    public func write<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { drain() }
    }

    @inline(__always)
    public func write(byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= limit { drain() }
    }

    private var failed: Int32 = 0

    private func drain() {
        if fd < 0 {
            captured.append(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
            return
        }
        if failed != 0 { buffer.removeAll(keepingCapacity: true); return }
        buffer.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = errno
                    return
                }
                off += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes out what is buffered; throws an I/O error if any write failed.
    public func flush() throws {
        drain()
        if failed != 0 {
            let e = failed
            failed = 0
            throw WBError(.ioError, "write failed: " + describeErrno(e))
        }
    }
}

func describeErrno(_ e: Int32) -> String {
    guard let p = strerror(e) else { return "error \(e)" }
    let s = String(cString: p)
    guard let first = s.first else { return s }
    return first.lowercased() + s.dropFirst()
}

/// `-o FILE`: output goes to a temporary file beside FILE, renamed into place only
/// when the command succeeds, so a failed run never leaves a half-written file.
public final class AtomicFile {
    public let path: String
    private let tempPath: String
    public let output: Output
    private let fd: Int32
    private var done = false

    public init(path: String) throws {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(dir.isEmpty ? "/" : dir)/.\(base).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 {
            throw WBError(.cannotCreate, "cannot create output: " + describeErrno(errno),
                          at: SourceLocation(file: path))
        }
        self.fd = fd
        self.tempPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        self.output = Output(fd: fd)
    }

    /// Flushes, gives the file the usual permissions and renames it over `path`.
    public func commit() throws {
        guard !done else { return }
        done = true
        do { try output.flush() } catch {
            close(fd); unlink(tempPath)
            throw WBError(.ioError, "cannot write output", at: SourceLocation(file: path))
        }
        let mask = umask(0); umask(mask)
        var st = stat()
        let mode: mode_t = stat(path, &st) == 0 ? (st.st_mode & 0o7777) : (0o666 & ~mask)
        fchmod(fd, mode)
        close(fd)
        if rename(tempPath, path) != 0 {
            let e = errno
            unlink(tempPath)
            throw WBError(.cannotCreate, "cannot replace output: " + describeErrno(e),
                          at: SourceLocation(file: path))
        }
    }

    /// Removes the temporary file; FILE stays as it was.
    public func discard() {
        guard !done else { return }
        done = true
        close(fd)
        unlink(tempPath)
    }
}
