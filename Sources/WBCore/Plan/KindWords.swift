/// The words by which the group review recognises a task's kind when the `kind`
/// column is empty: 稟議/申請/承認/approval (approval), 依頼/request (request),
/// 検証/PoC/validation (validation). An approval's words win over a request's, and a
/// request's over a validation's (「稟議の承認を依頼」 is an approval, 「データ検証を
/// 法務部に依頼」 a request).
public enum KindWords {
    public static let all: [(word: String, kind: String)] = [
        ("稟議", "approval"), ("申請", "approval"), ("承認", "approval"), ("approval", "approval"),
        ("依頼", "request"), ("request", "request"),
        ("検証", "validation"), ("PoC", "validation"), ("validation", "validation"),
    ]

    /// The kind and the index of the word that gives it, or nil.
    public static func find(in text: String) -> (kind: String, index: Int)? {
        let lower = text.lowercased()
        for (i, w) in all.enumerated() {
            if w.word.utf8.first! < 0x80 {
                if containsWord(lower, w.word.lowercased()) { return (w.kind, i) }
            } else if text.contains(w.word) {
                return (w.kind, i)
            }
        }
        return nil
    }

    /// An ASCII word on word boundaries ("poc" in "PoC:" but not in "epoch").
    static func containsWord(_ text: String, _ word: String) -> Bool {
        text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).contains { $0 == word }
    }
}
