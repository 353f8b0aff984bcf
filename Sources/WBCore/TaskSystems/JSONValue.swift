/// A JSON value, read by a small RFC 8259 parser (wb links no Foundation): enough for
/// `gh issue list --json`'s output. Errors name the line and column.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.array(let x), .array(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        default: return false
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let m) = self { return m.first { $0.0 == key }?.1 }
        return nil
    }

    public var string: String? { if case .string(let s) = self { return s }; return nil }
    public var array: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    public var number: Double? { if case .number(let n) = self { return n }; return nil }

    public static func parse(_ bytes: [UInt8], name: String) throws -> JSONValue {
        var p = Parser(b: bytes, name: name)
        p.space()
        let v = try p.value(depth: 0)
        p.space()
        if p.i < bytes.count { throw p.fail(L("unexpected text after the JSON value")) }
        return v
    }

    struct Parser {
        let b: [UInt8]
        let name: String
        var i = 0

        init(b: [UInt8], name: String) {
            self.b = b
            self.name = name
            if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        }

        func fail(_ message: String) -> WBError {
            var line = 1, col = 1
            for k in 0..<min(i, b.count) { if b[k] == 0x0A { line += 1; col = 1 } else if b[k] & 0xC0 != 0x80 { col += 1 } }
            return WBError.data(message, at: SourceLocation(file: name, line: line, column: col))
        }

        mutating func space() { while i < b.count, [0x20, 0x09, 0x0A, 0x0D].contains(b[i]) { i += 1 } }

        mutating func value(depth: Int) throws -> JSONValue {
            guard depth < 512 else { throw fail(L("JSON nested too deeply")) }
            guard i < b.count else { throw fail(L("the JSON ends where a value should be")) }
            switch b[i] {
            case UInt8(ascii: "{"):
                i += 1
                var m: [(String, JSONValue)] = []
                space()
                if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(m) }
                while true {
                    space()
                    guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail(L("a JSON object key must be a string")) }
                    let k = try string()
                    space()
                    guard i < b.count, b[i] == UInt8(ascii: ":") else { throw fail(L("':' expected after a JSON object key")) }
                    i += 1
                    space()
                    m.append((k, try value(depth: depth + 1)))
                    space()
                    guard i < b.count else { throw fail(L("the JSON ends inside an object")) }
                    if b[i] == UInt8(ascii: ",") { i += 1; continue }
                    if b[i] == UInt8(ascii: "}") { i += 1; return .object(m) }
                    throw fail(L("',' or '}' expected in a JSON object"))
                }
            case UInt8(ascii: "["):
                i += 1
                var a: [JSONValue] = []
                space()
                if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(a) }
                while true {
                    space()
                    a.append(try value(depth: depth + 1))
                    space()
                    guard i < b.count else { throw fail(L("the JSON ends inside an array")) }
                    if b[i] == UInt8(ascii: ",") { i += 1; continue }
                    if b[i] == UInt8(ascii: "]") { i += 1; return .array(a) }
                    throw fail(L("',' or ']' expected in a JSON array"))
                }
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try word("true"); return .bool(true)
            case UInt8(ascii: "f"): try word("false"); return .bool(false)
            case UInt8(ascii: "n"): try word("null"); return .null
            default:
                let start = i
                while i < b.count, "+-0123456789.eE".utf8.contains(b[i]) { i += 1 }
                guard i > start, let d = Double(String(decoding: b[start..<i], as: UTF8.self)) else {
                    i = start
                    throw fail(L("a JSON value expected"))
                }
                return .number(d)
            }
        }

        mutating func word(_ w: String) throws {
            guard b[i...].starts(with: w.utf8) else { throw fail(L("a JSON value expected")) }
            i += w.utf8.count
        }

        mutating func hex4() throws -> UInt32 {
            guard i + 4 <= b.count, let v = UInt32(String(decoding: b[i..<i + 4], as: UTF8.self), radix: 16) else {
                throw fail(L("a \\u escape needs four hex digits"))
            }
            i += 4
            return v
        }

        mutating func string() throws -> String {
            i += 1
            var out: [UInt8] = []
            while true {
                guard i < b.count else { throw fail(L("the JSON ends inside a string")) }
                let c = b[i]
                if c == UInt8(ascii: "\"") { i += 1; break }
                if c < 0x20 { throw fail(L("a control character inside a JSON string must be escaped")) }
                if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
                i += 1
                guard i < b.count else { throw fail(L("the JSON ends inside a string")) }
                let e = b[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var v = try hex4()
                    if (0xD800...0xDBFF).contains(v), b[i...].starts(with: "\\u".utf8) {
                        i += 2
                        let lo = try hex4()
                        v = (0xDC00...0xDFFF).contains(lo) ? 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00) : 0xFFFD
                    }
                    out.append(contentsOf: String(Unicode.Scalar(v).map(Character.init) ?? "\u{FFFD}").utf8)
                default: throw fail(L("unknown escape in a JSON string"))
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
