/// The roles of a plan: the built-in ones (pm, dev, ds, sales, ux, cs, exec) and any the
/// team declares in its settings (`roles,"pr:広報:PR, legal:法務:Legal"`).
public enum Roles {
    /// The roles a plan's settings name (`roles,"ux, pr:広報:PR"`): `extra`, its own new
    /// roles (`id:日本語:English`, the labels optional: `qa` alone is labelled qa in both
    /// languages), and `builtIn`, built-in roles named alone (`ux`, or by a name such as
    /// デザイナー), which the plan uses: their columns come in the grid by default.
    public struct Declared: Equatable, Sendable {
        public var extra: [Term] = []
        public var builtIn: [String] = []
        /// The ids of both, in the order declared.
        public var ids: [String] = []
    }

    /// Parses the declarations, separated by commas (or 、). A built-in role cannot be
    /// given labels of its own, and no role may be named twice.
    public static func parseDeclarations(_ text: String) throws -> Declared {
        var out = Declared()
        var builtInParts: Set<String> = []
        let extra = try Term.declarations(text) { p, id, earlier in
            guard !id.isEmpty,
                  id.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") })
                    || Plan.roles.lookup(p) != nil else {
                throw WBError.data(L("'\(p)' is not a role declaration; write id:日本語:English, e.g. pr:広報:PR (the id in ASCII letters)"), at: nil)
            }
            if let t = Plan.roles.lookup(p.contains(":") ? id : p) {
                guard !p.contains(":") else {
                    throw WBError.data(L("role '\(t.id)' is built in (\(t.ja), \(t.en)); name it alone to use it, without labels"), at: nil)
                }
                guard !out.ids.contains(t.id) else { throw WBError.data(L("role '\(t.id)' is declared twice"), at: nil) }
                out.builtIn.append(t.id)
                out.ids.append(t.id)
                builtInParts.insert(p)
                return
            }
            if earlier.contains(where: { $0.id.matchKey == id.matchKey }) {
                throw WBError.data(L("role '\(id)' is declared twice"), at: nil)
            }
            out.ids.append(id)
        }
        // `Term.declarations` makes a term of every part (its id the part, as no label
        // follows); the built-in ones are not new.
        out.extra = extra.filter { !builtInParts.contains($0.id) }
        return out
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
