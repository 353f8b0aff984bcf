/// The report as one standalone HTML file: inline CSS and the timeline as inline SVG;
/// no script, no external font, image or link (a Content-Security-Policy says so to the
/// browser too). It reads on a phone (tables scroll sideways) and prints on one A4 page
/// for a plan of up to 30 tasks. Every text is escaped: a task named `<script>` is text.
public enum HTMLReport {
    public static func render(_ d: ReportDocument) -> String {
        var s = "<!DOCTYPE html>\n"
        s += "<html lang=\"\(d.lang == .ja ? "ja" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        s += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        s += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        s += "<meta name=\"generator\" content=\"wb-milestones report\">\n"
        s += "<title>" + esc(d.title) + "</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n<main>\n"
        s += "<h1>" + esc(d.title) + "</h1>\n"
        s += "<p class=\"headline\">" + esc(d.headline) + "</p>\n"
        for section in d.sections {
            s += "<section id=\"\(section.id)\">\n<h2>" + esc(section.title) + "</h2>\n"
            for block in section.blocks {
                switch block {
                case .table(let t):
                    s += "<div class=\"scroll\"><table>\n<thead><tr>"
                    for (k, h) in t.head.enumerated() { s += (k == t.flex ? "<th class=\"flex\">" : "<th>") + esc(h) + "</th>" }
                    s += "</tr></thead>\n<tbody>\n"
                    for (i, r) in t.rows.enumerated() {
                        let tone = i < t.tones.count ? tone(t.tones[i]) : ""
                        s += tone.isEmpty ? "<tr>" : "<tr class=\"\(tone)\">"
                        for (k, c) in r.enumerated() { s += (k == t.flex ? "<td class=\"flex\">" : "<td>") + esc(c) + "</td>" }
                        s += "</tr>\n"
                    }
                    s += "</tbody>\n</table></div>\n"
                case .list(let items):
                    s += items.count > 3 ? "<ul class=\"cols\">\n" : "<ul>\n"
                    for i in items { s += "<li>" + esc(i) + "</li>\n" }
                    s += "</ul>\n"
                case .text(let text):
                    s += "<p>" + esc(text) + "</p>\n"
                case .timeline(let picture):
                    s += "<figure>\n" + picture.svg + "</figure>\n"
                }
            }
            s += "</section>\n"
        }
        s += "</main>\n</body>\n</html>\n"
        return s
    }

    /// A row's class from its canonical state.
    static func tone(_ state: String) -> String {
        switch state {
        case "late", "gate failed", "fail": return "bad"
        case "at risk", "gate pending", "blocked": return "warn"
        case "done": return "good"
        default: return ""
        }
    }

    static func esc(_ s: String) -> String { Markup.escape(s) }

    /// Screen first (a phone's width), then print: A4 with small type, so that a plan
    /// of 30 tasks fits one page. Fonts are the reader's own; Japanese fonts are named
    /// before the generic family so kana and kanji never fall back to a bitmap.
    static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0; padding: 1rem; color: #1d2329; background: #fff; line-height: 1.45;
      font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
        "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", Meiryo, sans-serif; font-size: 15px; }
    main { max-width: 60rem; margin: 0 auto; }
    h1 { font-size: 1.35rem; margin: 0 0 .4rem; }
    h2 { font-size: 1.05rem; margin: 1.1rem 0 .35rem; border-bottom: 2px solid #d5dbe1; padding-bottom: .15rem; }
    .headline { font-weight: 600; background: #f2f5f8; border-left: 4px solid #37c; padding: .5rem .7rem; margin: .4rem 0 .8rem; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; }
    th, td { text-align: left; vertical-align: top; padding: .25rem .45rem; border-bottom: 1px solid #e3e7eb; white-space: nowrap; }
    th { background: #f2f5f8; font-weight: 600; }
    td.flex { white-space: normal; min-width: 12rem; }
    tr.bad td:first-child { border-left: 4px solid #d33; }
    tr.warn td:first-child { border-left: 4px solid #e90; }
    tr.good td:first-child { border-left: 4px solid #2a7; }
    ul { margin: .3rem 0; padding-left: 1.3rem; }
    li { margin: .1rem 0; }
    ul.cols { columns: 2 22rem; column-gap: 2rem; }
    figure { margin: .3rem 0; }
    figure svg { width: 100%; height: auto; max-height: 22rem; }
    @page { size: A4; margin: 9mm 11mm; }
    /* On paper every row is one line: free text is cut with an ellipsis (the full
       text is in the file, and in the Markdown), lists run in two columns. */
    @media print {
      body { padding: 0; font-size: 7.5pt; line-height: 1.2; }
      main { max-width: none; }
      h1 { font-size: 12pt; margin-bottom: 1pt; }
      h2 { font-size: 9pt; margin: 3pt 0 1pt; padding-bottom: 0; }
      .headline { padding: 2pt 5pt; margin: 2pt 0 3pt; }
      table { font-size: 7.5pt; }
      th, td { padding: .4pt 4pt; }
      td.flex, th.flex { width: 100%; max-width: 0; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      tr { break-inside: avoid; }
      ul { margin: 1pt 0; }
      li { margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      ul.cols { columns: 2; column-gap: 8mm; }
      figure { margin: 1pt 0; }
      figure svg { max-height: 34mm; }
    }

    """
}
