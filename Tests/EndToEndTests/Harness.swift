import Foundation

/// Locates the repository and the built executables, and runs shell commands the way a
/// user would: `LC_ALL=C TZ=UTC`, the built tools first on PATH.
enum Harness {
    static let root: URL = {
        var u = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { u.deleteLastPathComponent() }
        return u
    }()

    /// The folder of the test bundle, where SwiftPM also puts the executables.
    static let binDir: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = (exe as NSString).deletingLastPathComponent
        while !dir.isEmpty && dir != "/" {
            if FileManager.default.isExecutableFile(atPath: dir + "/wb-tasks") { return dir }
            dir = (dir as NSString).deletingLastPathComponent
        }
        return root.path + "/.build/debug"
    }()

    static let sharedTools = root.deletingLastPathComponent().appendingPathComponent("shared/tools").path

    struct Result {
        var stdout: Data
        var stderr: Data
        var status: Int32
        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// A scratch folder with `share` linked to the repository's share/.
    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("share"), withDestinationURL: root.appendingPathComponent("share"))
        return dir
    }

    static func env(_ extra: [String: String] = [:]) -> [String: String] {
        var e = ProcessInfo.processInfo.environment
        e["PATH"] = binDir + ":" + (e["PATH"] ?? "/usr/bin:/bin")
        e["LC_ALL"] = "C"
        e["LANG"] = "C"
        // A case that sets LC_ALL=ja_JP.UTF-8 means Japanese: the machine's LANGUAGE
        // (en_US:en on many desktops) would come before it.
        e["LANGUAGE"] = nil
        e["TZ"] = "UTC"
        e["SOURCE_DATE_EPOCH"] = "1785888000" // 2026-08-05T00:00:00Z
        e["WB_TOOLS"] = sharedTools
        for (k, v) in extra { e[k] = v }
        return e
    }

    static func sh(_ script: String, in dir: URL, stdin: Data? = nil, env extra: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.currentDirectoryURL = dir
        p.environment = env(extra)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        // Without input, /dev/null, not an empty pipe: tests run side by side, and a
        // child another test spawns while this pipe is open inherits its writing end,
        // holding it open after this test closes its own. The command then sees input
        // that may still come (wb reads standard input when a pipe is open) and waits
        // for that child's end, then reads nothing; a run of the suite under load once
        // failed so (`wb-milestones status` reading no milestones from a pipe instead
        // of the settings' file).
        let inp = stdin == nil ? nil : Pipe()
        if let inp { p.standardInput = inp } else { p.standardInput = FileHandle(forReadingAtPath: "/dev/null") }
        try p.run()
        if let stdin, let inp { inp.fileHandleForWriting.write(stdin) }
        try inp?.fileHandleForWriting.close()
        // Read both pipes concurrently so a large output cannot block the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let box = Box()
        let g = DispatchGroup()
        g.enter()
        let errHandle = err.fileHandleForReading
        DispatchQueue.global().async { box.data = errHandle.readDataToEndOfFile(); g.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        g.wait()
        let errData = box.data
        p.waitUntilExit()
        return Result(stdout: outData, stderr: errData, status: p.terminationStatus)
    }
}
