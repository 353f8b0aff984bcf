/// The roles of a plan: the built-in ones (pm, dev, ds, sales, ux, cs, exec) and any the
/// team declares in its settings (`roles,"pr:広報:PR, legal:法務:Legal"`).
public enum Roles {
    /// Parses `id:日本語:English` declarations separated by commas (or 、). The labels
    /// are optional (`qa` alone is labelled qa in both languages).
    public static func parseDeclarations(_ text: String) throws -> [Term] {
        try Term.declarations(text) { p, id, earlier in
            guard !id.isEmpty,
                  id.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }) else {
                throw WBError.data(L("'\(p)' is not a role declaration; write id:日本語:English, e.g. pr:広報:PR (the id in ASCII letters)"), at: nil)
            }
            if Plan.roles.lookup(id) != nil || earlier.contains(where: { $0.id.matchKey == id.matchKey }) {
                throw WBError.data(L("role '\(id)' is already declared"), at: nil)
            }
        }
    }

    /// The built-in roles plus the declared ones.
    public static func vocabulary(extra: [Term]) -> Vocabulary {
        extra.isEmpty ? Plan.roles : Vocabulary(kind: "role", Plan.roles.terms + extra)
    }

    /// The message for a role that is not in `vocabulary`: the valid ones, and how to
    /// declare another.
    public static func unknownMessage(_ value: String, _ vocabulary: Vocabulary) -> String {
        let list = vocabulary.terms.map(\.id).joined(separator: ", ")
        let head = value.isEmpty ? L("the role is empty") : L("unknown role '\(value)'") + Suggest.terms(value, in: vocabulary)
        return head + L("; the roles are \(list) (or their Japanese or English names); declare another in the settings: roles,qa:QA:QA")
    }
}
