/// Text made safe as XML or HTML text and attribute values: the five markup
/// characters as references, and the C0 controls XML 1.0 forbids (all but tab, LF
/// and CR) left out. The SVG roadmap and the HTML report both write through it.
public enum Markup {
    public static func escape(_ s: String) -> String {
        // On the UTF-8 bytes: what is escaped or dropped is ASCII, so every other byte
        // passes as it is (a mark combining with `&` no longer hides it).
        var o: [UInt8] = []
        o.reserveCapacity(s.utf8.count + 8)
        for b in s.utf8 {
            switch b {
            case 0x26: o.append(contentsOf: "&amp;".utf8)
            case 0x3C: o.append(contentsOf: "&lt;".utf8)
            case 0x3E: o.append(contentsOf: "&gt;".utf8)
            case 0x22: o.append(contentsOf: "&quot;".utf8)
            case 0x27: o.append(contentsOf: "&#39;".utf8)
            case 0x09, 0x0A, 0x0D: o.append(b)
            case ..<0x20: continue
            default: o.append(b)
            }
        }
        return String(decoding: o, as: UTF8.self)
    }
}
