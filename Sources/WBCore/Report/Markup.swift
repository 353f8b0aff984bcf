/// Text made safe as XML or HTML text and attribute values: the five markup
/// characters as references, and the C0 controls XML 1.0 forbids (all but tab, LF
/// and CR) left out. The SVG roadmap and the HTML report both write through it.
public enum Markup {
    public static func escape(_ s: String) -> String {
        var o = ""
        o.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            case "'": o += "&#39;"
            default:
                if let a = c.asciiValue, a < 0x20, a != 0x09, a != 0x0A, a != 0x0D { continue }
                o.append(c)
            }
        }
        return o
    }
}
