import Foundation
import Testing
@testable import WBCore

/// Every message exists in both languages: each `L("…")` in the sources has its
/// Japanese, each Japanese entry still has its message, and both use the same values.
@Suite struct CatalogueTests {
    static let sources: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/WBCore")

    /// The template of each `L("…")` outside comments, as `Msg` builds it: escapes
    /// resolved, `%` doubled, each interpolation `\(…)` numbered `%1`, `%2`…
    static func templates(in source: String) -> [String] {
        let code = source.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.drop(while: { $0 == " " }).hasPrefix("//") }.joined(separator: "\n")
        let s = Array(code.unicodeScalars)
        var out: [String] = []
        var i = 0
        func isIdent(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic || u == "_" || ("0"..."9").contains(u) }
        while i + 2 < s.count {
            guard s[i] == "L", s[i + 1] == "(", s[i + 2] == "\"", i == 0 || !isIdent(s[i - 1]) else { i += 1; continue }
            var j = i + 3, t = "", k = 0
            while j < s.count, s[j] != "\"" {
                if s[j] == "\\" {
                    let d = s[j + 1]
                    if d == "(" {
                        var depth = 0, m = j + 1
                        while m < s.count {
                            if s[m] == "\"" {
                                m += 1
                                while s[m] != "\"" { if s[m] == "\\" { m += 1 }; m += 1 }
                            } else if s[m] == "(" { depth += 1 } else if s[m] == ")" {
                                depth -= 1
                                if depth == 0 { break }
                            }
                            m += 1
                        }
                        k += 1
                        t += "%\(k)"
                        j = m + 1
                        continue
                    }
                    switch d {
                    case "n": t += "\n"
                    case "t": t += "\t"
                    case "0": t += "\0"
                    default: t.unicodeScalars.append(d)
                    }
                    j += 2
                    continue
                }
                if s[j] == "%" { t += "%%" } else { t.unicodeScalars.append(s[j]) }
                j += 1
            }
            out.append(t)
            i = j
        }
        return out
    }

    static func allTemplates() throws -> [String: String] {
        var found: [String: String] = [:]
        let files = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        for f in files.sorted() {
            let text = try String(contentsOf: sources.appendingPathComponent(f), encoding: .utf8)
            for t in templates(in: text) where found[t] == nil { found[t] = f }
        }
        return found
    }

    static func placeholders(_ s: String) -> [String] {
        let t = s.replacingOccurrences(of: "%%", with: "")
        var out: [String] = []
        var it = Array(t)
        var i = 0
        while i < it.count {
            if it[i] == "%" {
                var n = ""
                var j = i + 1
                while j < it.count, it[j].isASCII, it[j].isNumber { n.append(it[j]); j += 1 }
                if !n.isEmpty { out.append(n) }
                i = j
            } else { i += 1 }
        }
        it = []
        return out.sorted()
    }

    @Test func theExtractorReadsInterpolationsLikeMsg() {
        let src = #"x = L("a '\(f(x, "y"))' is 80% of \(n)\n") // L("not this")"# + "\n// L(\"nor this\")\n"
        #expect(Self.templates(in: src) == ["a '%1' is 80%% of %2\n", "not this"])
        let n = 3
        let m: Msg = "a '\("q")' is 80% of \(n)\n"
        #expect(m.template == "a '%1' is 80%% of %2\n")
        #expect(m.text(.en) == "a 'q' is 80% of 3\n")
    }

    @Test func everyMessageHasItsJapanese() throws {
        let found = try Self.allTemplates()
        #expect(found.count > 250)
        let missing = found.keys.filter { Catalogue.ja[$0] == nil }.sorted()
        #expect(missing.isEmpty, "no Japanese for: \(missing.map { "\(found[$0]!): \($0)" })")
    }

    @Test func everyJapaneseEntryHasItsMessage() throws {
        let found = try Self.allTemplates()
        let orphans = Catalogue.ja.keys.filter { found[$0] == nil }.sorted()
        #expect(orphans.isEmpty, "Japanese with no message in the sources: \(orphans)")
    }

    /// Every text `--help` shows from the option tables (summaries, option help, the
    /// `wb` overview), and where it is shown.
    static func helpTexts() -> [String: String] {
        var found: [String: String] = ["wb --help": FrontDoor.overview]
        for (_, spec) in FrontDoor.tools {
            found["\(spec.name) summary"] = spec.summary
            for c in spec.commands {
                found["\(spec.name) \(c.name) summary"] = c.summary
                for o in c.visibleOptions { found["\(spec.name) \(c.name) --\(o.long)"] = o.help }
            }
        }
        return found
    }

    @Test func everyHelpTextHasItsJapanese() {
        let found = Self.helpTexts()
        let missing = Set(found.filter { HelpCatalogue.ja[$0.value] == nil }.map(\.value)).sorted()
        #expect(missing.isEmpty, "no Japanese for --help's: \(missing.map { "\n        \($0.debugDescription): \"\"," }.joined())")
        let shown = Set(found.values)
        let orphans = HelpCatalogue.ja.keys.filter { !shown.contains($0) }.sorted()
        #expect(orphans.isEmpty, "Japanese with no --help text: \(orphans)")
        for (en, ja) in HelpCatalogue.ja {
            #expect(ja != en, "untranslated: \(en)")
            // Options, file names and values are written as they are typed.
            for word in en.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" || $0 == ";" })
            where word.hasPrefix("--") || word.hasPrefix("wb-") {
                var w = word.trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "-")))
                if w.hasSuffix("'s") { w.removeLast(2) }
                #expect(ja.contains(w), "\(w) of '\(en)' is not in its Japanese '\(ja)'")
            }
        }
    }

    @Test func bothLanguagesUseTheSameValues() {
        for (en, ja) in Catalogue.ja {
            #expect(Self.placeholders(en) == Self.placeholders(ja), "\(en) → \(ja)")
            // "Todo" is the deck's own word in Japanese too.
            #expect(ja != en || !en.contains(where: { $0.isLetter }) || en == "Todo", "untranslated: \(en)")
        }
    }

    @Test func theLanguageFollowsTheSwitchAndFillsValuesInAnyOrder() {
        let en = Lang.$current.withValue(.en) { L("due \("2026-07-01"), after its milestone \("M1") on \("2026-06-30")") }
        let ja = Lang.$current.withValue(.ja) { L("due \("2026-07-01"), after its milestone \("M1") on \("2026-06-30")") }
        #expect(en == "due 2026-07-01, after its milestone M1 on 2026-06-30")
        #expect(ja == "期限 2026-07-01 がマイルストン M1 (2026-06-30) より後です")
        #expect(Msg.fill("%2 then %1, 100%% and %3", ["a", "b"]) == "b then a, 100% and %3")
    }

    @Test func theLanguageComesFromTheOptionTheSettingsOrTheLocale() {
        #expect(Lang.of(option: nil, env: ["LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(Lang.of(option: nil, env: ["LC_ALL": "C", "LANG": "ja_JP.UTF-8"]) == .en)
        #expect(Lang.of(option: nil, env: ["LC_MESSAGES": "ja_JP.UTF-8"]) == .ja)
        #expect(Lang.of(option: "en", env: ["LANG": "ja_JP.UTF-8"]) == .en)
        #expect(Lang.scan(["fmt", "--lang", "ja", "x.csv"]) == "ja")
        #expect(Lang.scan(["--lang=en"]) == "en")
        #expect(Lang.scan(["--", "--lang", "ja"]) == nil)
    }

    @Test func tableWordsHaveTheirJapaneseAndReadBack() {
        for (k, v) in Labels.ja {
            #expect(Labels.canonical(v) == k, "\(v) reads back as \(Labels.canonical(v)), not \(k)")
        }
        #expect(Labels.word("at risk", .ja) == "要注意")
        // マイルストン as the deck writes it; the longer spelling is read back too.
        #expect(Labels.word("milestone", .ja) == "マイルストン")
        #expect(Labels.canonical("マイルストン") == "milestone" && Labels.canonical("マイルストーン") == "milestone")
        #expect(Labels.word("blocked", .ja) == "停滞")
        #expect(Labels.word("at risk", .en) == "at risk")
    }

    /// Every built-in role has a short name in Japanese for the timeline's bars, one a
    /// Japanese team reads as that role (an alias of it); in English, its id.
    @Test func everyBuiltInRoleHasAShortJapaneseName() {
        for t in Plan.roles.terms {
            let short = Labels.roleShort(t.id, .ja)
            #expect(short != t.id && Plan.roles.lookup(short) === t, "\(t.id): \(short)")
            #expect(Labels.roleShort(t.id, .en) == t.id)
        }
        #expect(Labels.roleShort("pr", .ja) == "pr")
    }
}

/// The environment is read for the variables wb uses and no others: each variable the
/// sources read is in `Tool.environmentNames`, and entries whose names only begin
/// like one (LANGX, TZX) or are empty are passed over.
struct EnvironmentTests {
    @Test func everyVariableTheSourcesReadIsCopied() throws {
        var read: Set<String> = ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] // Lang.fromEnvironment's list
        let files = try FileManager.default.subpathsOfDirectory(atPath: CatalogueTests.sources.path).filter { $0.hasSuffix(".swift") }
        let pattern = try Regex(#"env\["([A-Z_]+)"\]"#)
        for f in files {
            let text = try String(contentsOf: CatalogueTests.sources.appendingPathComponent(f), encoding: .utf8)
            for m in text.matches(of: pattern) { read.insert(String(text[m.output[1].range!])) }
        }
        #expect(read.count >= 6)
        #expect(read.subtracting(Tool.environmentNames).isEmpty, "not copied: \(read.subtracting(Tool.environmentNames))")
    }

    @Test func onlyTheNamedVariablesAreKept() {
        let entries = ["LANGX=fr", "LANGUAGE=ja:en", "LANG=ja_JP.UTF-8", "TZX=1", "TZ=Asia/Tokyo", "WB_SETTINGS=", "HOME=/root",
                       "=odd", "SOURCE_DATE_EPOCH=86400", "LC_ALL"]
        var pointers: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) } + [nil]
        defer { for p in pointers { free(p) } }
        let env = pointers.withUnsafeMutableBufferPointer { Tool.environment($0.baseAddress!) }
        #expect(env == ["LANGUAGE": "ja:en", "LANG": "ja_JP.UTF-8", "TZ": "Asia/Tokyo", "WB_SETTINGS": "", "SOURCE_DATE_EPOCH": "86400"])
    }
}

/// The default language is the locale's, as gettext reads it: the first of LC_ALL,
/// LC_MESSAGES and LANG that is set, LANGUAGE's preferences before it unless the
/// locale is C or POSIX.
struct LocaleLanguageTests {
    @Test func theLocaleThenLanguagesPreferences() {
        let cases: [([String: String], Lang)] = [
            ([:], .en),
            (["LANG": "ja_JP.UTF-8"], .ja),
            (["LANG": "ja_JP.UTF-8", "LC_MESSAGES": "en_US.UTF-8"], .en),
            (["LANG": "en_US.UTF-8", "LC_ALL": "ja_JP.UTF-8"], .ja),
            (["LANG": "", "LC_MESSAGES": "ja_JP"], .ja),
            (["LANG": "en_US.UTF-8", "LANGUAGE": "ja:en"], .ja),
            (["LANG": "ja_JP.UTF-8", "LANGUAGE": "en_GB:ja"], .en),
            // Languages wb lacks are passed over; none it has: the locale's.
            (["LANG": "en_US.UTF-8", "LANGUAGE": "fr:de:ja_JP"], .ja),
            (["LANG": "ja_JP.UTF-8", "LANGUAGE": "fr"], .ja),
            (["LANG": "ja_JP.UTF-8", "LANGUAGE": ""], .ja),
            // In the C locale (and with none set) LANGUAGE is not read, as in gettext.
            (["LANG": "C.UTF-8", "LANGUAGE": "ja"], .en),
            (["LC_ALL": "POSIX", "LANGUAGE": "ja"], .en),
            (["LANGUAGE": "ja"], .en),
        ]
        for (env, lang) in cases { #expect(Lang.fromEnvironment(env) == lang, "\(env)") }
    }
}

/// The front door finds a tool by its short and its program name without building the
/// other tools' specs; what it finds is what `FrontDoor.tools` lists.
struct FrontDoorLookupTests {
    @Test func eachToolIsFoundByBothNames() {
        for (name, spec) in FrontDoor.tools {
            #expect(FrontDoor.tool(name)?.name == spec.name)
            #expect(FrontDoor.tool(spec.name)?.name == spec.name)
        }
        #expect(FrontDoor.tool("wb") == nil && FrontDoor.tool("task") == nil)
        #expect(FrontDoor.tools.count == 4)
    }
}

/// Names and aliases are matched by a key built in one pass over the scalars where
/// no scalar needs the library's lower-casing; the key must be the one the library's
/// lower-casing gives, for every vocabulary word and for mixed random text.
struct MatchKeyTests {
    @Test func theOnePassKeyIsTheLibrarysKey() {
        var words: [String] = []
        for v in [Plan.milestones, Plan.roles, Plan.statuses, Plan.kinds] {
            for t in v.terms { words += [t.id, t.ja, t.en] + t.aliases }
        }
        let pieces = ["A", "z", "Q", " ", "_", "-", "\t", "・", "Ａ", "ｚ", "　", "İ", "ß", "Σ", "ς", "Д", "ǅ", "É", "é",
                      "開発", "カスタマー", "ｶﾀｶﾅ", "😀", "e\u{301}", "Ⅻ", "ＰＭ", "1", "①"]
        var rng = RoundTripProperties.RNG(state: 7)
        for _ in 0..<3_000 {
            words.append((0..<Int(rng.next() % 8)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined())
        }
        for w in words { #expect(w.matchKey == String.slowMatchKey(w), "\(w)") }
        #expect(words.count > 3_000)
    }

    /// The ranges taken as caseless without a look-up have no scalar that lower-casing changes.
    @Test func theCaselessRangesHaveNoCase() {
        var checked = 0
        for v in UInt32(0x2F00)...0x10000 where String.caseless(v) {
            guard let u = Unicode.Scalar(v) else { continue }
            #expect(!u.properties.changesWhenLowercased, "U+\(String(v, radix: 16))")
            checked += 1
        }
        #expect(checked > 39_000)
    }
}

/// A header that is exactly a column's id is matched without the alias table; the
/// table gives the same column for it.
struct ColumnMatchTests {
    @Test func idsMatchAsTheAliasTableMatchesThem() {
        for c in TaskColumn.allCases {
            #expect(TaskColumn.aliases[c.rawValue.matchKey] == c)
            #expect(TaskColumn.match(c.rawValue) == c && TaskColumn.match(c.ja) == c && TaskColumn.match(c.en) == c)
        }
        for c in MilestoneColumn.allCases {
            #expect(MilestoneColumn.aliases[c.rawValue.matchKey] == c)
            #expect(MilestoneColumn.match(c.rawValue) == c)
        }
        #expect(TaskColumn.match(" Depends-On ") == .dependsOn && TaskColumn.match("nothing") == nil)
    }
}

/// A value that is exactly a term's id is answered without the table of names; the
/// table gives the same term for it (so the shortcut changes no answer), and names
/// still resolve through the table.
struct VocabularyLookupTests {
    @Test func idsResolveAsTheTableResolvesThem() {
        for v in [Plan.milestones, Plan.roles, Plan.statuses, Plan.kinds] {
            for t in v.terms {
                #expect(v.lookup(t.id) === t)
                #expect(v.aliasIndexTerm(t.id) === t, "\(v.kind) \(t.id)")
                #expect(v.lookup(t.ja) === t && v.lookup(" " + t.en.uppercased() + " ") === t)
            }
        }
        #expect(Plan.roles.lookup("エンジニア")?.id == "dev" && Plan.roles.lookup("nobody") == nil)
    }
}

/// Statuses as Japanese spreadsheets write them (対応済み, 着手中, 保留中, レビュー待ち,
/// 完), kinds (依頼事項, 検証タスク, 承認依頼, 稟議書) and roles (企画, データ分析担当):
/// each one term, and no word two terms'.
struct StatusWordsTests {
    static func noWordIsTwoTerms(_ v: Vocabulary) {
        var seen: [String: String] = [:]
        for t in v.terms {
            for w in [t.id, t.ja, t.en] + t.aliases {
                if let other = seen[w.matchKey], other != t.id { Issue.record("\(w) is both \(other) and \(t.id)") }
                seen[w.matchKey] = t.id
            }
        }
    }

    @Test func everyDayWordsAreOneStatus() {
        for (w, id) in [("対応済み", "done"), ("対応済", "done"), ("完", "done"), ("実施済み", "done"), ("着手中", "doing"),
                        ("実施中", "doing"), ("進捗中", "doing"), ("レビュー待ち", "doing"), ("保留中", "blocked"), ("停止中", "blocked")] {
            #expect(Plan.statuses.lookup(w)?.id == id, "\(w)")
        }
        Self.noWordIsTwoTerms(Plan.statuses)
        for (w, id) in [("依頼事項", "request"), ("お願い", "request"), ("検証タスク", "validation"), ("技術調査", "validation"),
                        ("承認依頼", "approval"), ("稟議書", "approval"), ("決裁", "approval"), ("申請", "approval")] {
            #expect(Plan.kinds.lookup(w)?.id == id, "\(w)")
        }
        Self.noWordIsTwoTerms(Plan.kinds)
        // Roles as Japanese teams name them (企画 is the product manager's job).
        for (w, id) in [("企画", "pm"), ("商品企画", "pm"), ("データ分析担当", "ds"), ("営業担当", "sales"), ("デザイン", "ux")] {
            #expect(Plan.roles.lookup(w)?.id == id, "\(w)")
        }
        Self.noWordIsTwoTerms(Plan.roles)
        // Cancelled is no status of the plan: it stays an error for the team to decide.
        #expect(Plan.statuses.lookup("中止") == nil && Plan.statuses.lookup("対応不要") == nil)
    }
}
