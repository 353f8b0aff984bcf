/// The language switch and message lookup.
///
/// English is wb's source language: a message is written once, in English, where it
/// is raised (`L("unknown role '\(name)'")`), as gettext writes its msgids. The
/// interpolations become numbered placeholders (`unknown role '%1'`), and that
/// template is the message's key in the Japanese catalogue (`Catalogue.ja`), which may
/// reorder the placeholders. A test reads every `L("…")` outside comments in the sources and fails
/// when one has no Japanese or a Japanese entry has no message.
///
/// The language is a task-local value: the entry point binds it once (`--lang`, else
/// the settings' `lang`, else the locale), and everything below reads it, so no
/// function takes a language parameter just to pass it on.
extension Lang {
    @TaskLocal public static var current: Lang = .en
}

/// A message template built from a string literal with interpolations.
public struct Msg: ExpressibleByStringInterpolation, Sendable {
    /// The key: the literal text with `%` doubled and each interpolation as `%1`, `%2`…
    public let template: String
    public let args: [String]

    public init(stringLiteral value: String) {
        template = value.replacingOccurrences("%", "%%")
        args = []
    }

    public init(stringInterpolation s: StringInterpolation) {
        template = s.template
        args = s.args
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var template = ""
        var args: [String] = []
        public init(literalCapacity: Int, interpolationCount: Int) {
            template.reserveCapacity(literalCapacity + 3 * interpolationCount)
        }
        public mutating func appendLiteral(_ literal: String) {
            template += literal.replacingOccurrences("%", "%%")
        }
        public mutating func appendInterpolation<T>(_ value: T) {
            args.append("\(value)")
            template += "%\(args.count)"
        }
    }

    /// The message in `lang`: its translation when the catalogue has one, with the
    /// arguments put in place.
    public func text(_ lang: Lang) -> String {
        let t = lang == .ja ? (Catalogue.ja[template] ?? template) : template
        return Msg.fill(t, args)
    }

    /// `%%` → `%`, `%N` → the N-th argument.
    static func fill(_ t: String, _ args: [String]) -> String {
        if !t.utf8.contains(UInt8(ascii: "%")) { return t }
        // `%` and digits are ASCII, so the template is read as UTF-8 bytes.
        let b = Array(t.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 16 * args.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            i += 1
            guard c == 0x25 else { out.append(c); continue }
            guard i < b.count else { out.append(0x25); break }
            if b[i] == 0x25 { out.append(0x25); i += 1; continue }
            guard b[i] >= 0x30 && b[i] <= 0x39 else { out.append(0x25); continue }
            var k = 0
            let digits = i
            while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { k = k &* 10 &+ Int(b[i] - 0x30); i += 1 }
            if k >= 1 && k <= args.count { out.append(contentsOf: args[k - 1].utf8) }
            else { out.append(0x25); out.append(contentsOf: b[digits..<i]) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The message in the current language.
public func L(_ m: Msg) -> String { m.text(Lang.current) }

extension Lang {
    /// The language of a run: `--lang` (or the settings' `lang`, which fills the same
    /// option), else the locale's.
    static func of(option: String?, env: [String: String]) -> Lang {
        if let o = option, let l = try? Lang.parse(o, option: "lang") { return l }
        return fromEnvironment(env)
    }

    /// The language of a run before its options are parsed (help, usage errors):
    /// `--lang`, else the settings' `lang` when the settings file reads cleanly (a
    /// broken one is reported later, by the command that reads it), else the locale's.
    static func ofRun(_ arguments: [String], env: [String: String], settings: PlanSettings?) -> Lang {
        if let o = scan(arguments), let l = try? Lang.parse(o, option: "lang") { return l }
        return of(option: settings?[.lang], env: env)
    }

    /// The language a plan is written in: Japanese when its words (milestone names,
    /// Todos) hold kana or kanji, else the run's. A document about the plan (the
    /// report) follows it unless `--lang` or the settings choose.
    public static func ofPlan(_ words: [String]) -> Lang {
        for w in words {
            for u in w.unicodeScalars {
                let v = u.value
                if (0x3040...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) { return .ja }
            }
        }
        return current
    }

    /// `--lang X` or `--lang=X` among raw arguments, before they are parsed (so that
    /// a usage error is already in the chosen language).
    static func scan(_ args: [String], _ option: String = "lang") -> String? {
        var found: String?
        var i = 0
        let long = "--" + option
        while i < args.count {
            let a = args[i]
            if a == "--" { break }
            if a == long, i + 1 < args.count { found = args[i + 1]; i += 2; continue }
            if a.hasPrefix(long + "=") { found = String(a.dropFirst(long.count + 1)) }
            i += 1
        }
        return found
    }
}

extension Sequence where Element == String {
    /// Joined as a list inside a sentence of the run's language: `owner, due` in
    /// English, `担当、期限` in Japanese.
    public var listed: String { joined(separator: L(", ")) }
}
