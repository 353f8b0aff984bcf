/// How two ways of writing an owner name one person: white space, width and case
/// aside (`Sato`, `sato`, `佐藤　太郎`, `佐藤太郎`), and a courtesy title left off
/// (`佐藤さん`, `佐藤様`, `Sato-san`), as people write each other's names in a meeting.
/// Used wherever a name given finds the tasks' owners: `filter --owner`, `wb-ics
/// --owner`, the people table of `--people`.
public enum OwnerName {
    static let honorifics = ["さん", "様", "さま", "くん", "君", "氏", "-san"]

    /// The name as it is compared (a `String`, so that composed and decomposed forms of
    /// a letter stay one name).
    public static func key(_ name: String) -> String {
        var t = String(name.foldingWidth.lowercased().filter { !$0.isWhitespace })
        for h in honorifics where t.hasSuffix(h) && t.count > h.count {
            t.removeLast(h.count)
            break
        }
        return t
    }
}
