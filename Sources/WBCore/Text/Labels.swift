/// The words of wb's computed tables (`status`, `check`, `gate`, `market`, `impact`,
/// `invent`, `wb-ics --list`): their column names and the values they state (states,
/// verdicts, severities). The canonical word is English, the one machines read back;
/// this table gives each its Japanese. A table is written in the run's language, or in
/// `--labels`' (`--labels en` forces the canonical words under a Japanese locale),
/// and either form is read back.
public enum Labels {
    static let ja: [String: String] = [
        // status
        "id": "ID", "milestone": "マイルストン", "name": "名前", "date": "日付", "tasks": "タスク数", "done": "完了", "doing": "進行中",
        "blocked": "停滞", "todo": "未着手", "percent": "完了率", "overdue": "期限切れ", "days_left": "残り日数",
        "state": "状態", "gate": "ゲート", "evidence": "根拠",
        // states
        "no tasks": "タスクなし", "on track": "順調", "at risk": "要注意", "late": "遅延",
        "gate failed": "ゲート不合格", "gate pending": "ゲート未判定", "pending": "未判定",
        // check
        "severity": "重大度", "line": "行", "rule": "ルール", "message": "内容",
        "error": "エラー", "warning": "警告", "info": "情報",
        // gate
        "segment": "セグメント", "n": "人数", "solved": "解決", "purchased": "購入",
        "solved_rate": "解決率", "solved_low": "解決率_下限", "solved_high": "解決率_上限",
        "purchase_rate": "購入率", "purchase_low": "購入率_下限", "purchase_high": "購入率_上限",
        "verdict": "判定", "note": "備考", "solved_threshold": "解決率_基準", "purchase_threshold": "購入率_基準",
        "pass": "合格", "fail": "不合格", "strong": "強い", "weak": "弱い", "all": "全体",
        // market
        "value": "価値", "ratio": "対コスト倍率", "multiple_applied": "適用倍率",
        "breakeven_share": "損益分岐シェア", "required_share": "必要シェア",
        "breakeven_unit_price": "損益分岐単価", "required_unit_price": "必要単価",
        // impact, invent
        "score": "スコア", "rank": "順位", "per_year": "年間", "unit": "単位", "per_year_text": "年間_表記",
        "h": "時間", "JPY": "円",
        "difficulty_total": "難易度合計", "impact_per_difficulty": "難易度あたりインパクト", "pareto": "パレート",
        "yes": "はい", "no": "いいえ",
        // teams
        "team": "チーム",
        // wb-ics --list (its kinds of event are in eventKindsJa)
        "kind": "種類", "uid": "UID", "summary": "件名", "start": "開始", "end": "終了", "tz": "タイムゾーン",
    ]

    /// The word in `lang`: canonical under en.
    public static func word(_ canonical: String, _ lang: Lang) -> String {
        lang == .ja ? (ja[canonical] ?? canonical) : canonical
    }

    public static func header(_ names: [String], _ lang: Lang) -> [String] { names.map { word($0, lang) } }

    /// The kinds of event `wb-ics --list` states, apart from the table above, where
    /// `todo` is a status.
    static let eventKindsJa: [String: String] = [
        "milestone": "マイルストン", "report": "CXO報告", "meeting": "定例会議", "kickoff": "キックオフ",
        "agenda": "アジェンダ", "task": "タスク", "todo": "ToDo",
    ]

    /// An event's kind in `lang`: `todo-undated` (a VTODO with no due date) is a todo.
    public static func eventKind(_ kind: String, _ lang: Lang) -> String {
        let k = kind == "todo-undated" ? "todo" : kind
        return lang == .ja ? (eventKindsJa[k] ?? k) : k
    }

    /// The built-in roles as a timeline's bars name them, a few columns each: their ids
    /// in English (pm, dev, ds), the words a Japanese team says for short in Japanese.
    static let roleShortJa: [String: String] = [
        "pm": "PM", "dev": "開発", "ds": "DS", "sales": "営業", "ux": "UX", "cs": "CS", "exec": "経営",
    ]

    /// A role's short name in `lang`: a declared role's id as it is.
    public static func roleShort(_ id: String, _ lang: Lang) -> String {
        lang == .ja ? (roleShortJa[id] ?? id) : id
    }

    private static let back: [String: String] = {
        var m: [String: String] = [:]
        for (k, v) in ja { m[v.matchKey] = k }
        // The deck writes マイルストン, and so does wb; a header written マイルストーン
        // (as wb's tables once were) is read back too.
        m["マイルストーン".matchKey] = "milestone"
        return m
    }()

    /// The canonical word of one read back in either language.
    public static func canonical(_ s: String) -> String {
        let k = s.trimmed
        return back[k.matchKey] ?? k
    }
}
