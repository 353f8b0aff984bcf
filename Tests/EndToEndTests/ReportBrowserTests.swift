import Foundation
import Testing

/// The report checked by independent readers: headless Chromium (Debian's `chromium`)
/// renders the HTML to a screenshot and prints it to PDF, poppler's `pdfinfo` and
/// `pdftotext` read the PDF, Pillow looks at the screenshot, and `markdown-it-py`
/// parses the Markdown as CommonMark with tables. Each test skips, saying so, where a
/// reader is absent; under CI=true absence is a failure, since .ci/run installs them.
struct ReportBrowserTests {
    /// The Python with markdown-it-py and Pillow: $WB_TEST_PYTHON, else the venv
    /// .ci/run makes.
    static let python: String = ProcessInfo.processInfo.environment["WB_TEST_PYTHON"]
        ?? (NSHomeDirectory() + "/.cache/wb-test-venv/bin/python")

    static func have(_ what: String, _ check: String, install: String) -> Bool {
        let ok = ((try? Harness.sh(check + " >/dev/null 2>&1", in: Harness.root))?.status ?? 1) == 0
        if !ok {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("\(what) is not installed; .ci/run installs it")
            } else {
                print("skipped: \(what) is not installed (\(install))")
            }
        }
        return ok
    }

    static var haveBrowser: Bool {
        have("chromium", "command -v chromium", install: "apt-get install chromium")
            && have("pdfinfo and pdftotext", "command -v pdfinfo && command -v pdftotext", install: "apt-get install poppler-utils")
            && have("Pillow", "\(python) -c 'import PIL'", install: "python3 -m venv ~/.cache/wb-test-venv && ~/.cache/wb-test-venv/bin/pip install pillow markdown-it-py")
    }

    /// Chromium in a profile of its own (tests run side by side); its stderr holds the
    /// page's console messages as `:CONSOLE:` lines.
    static let chromium = "chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir=\"$PWD/profile\" --enable-logging=stderr --v=0"

    /// What Chromium made of one HTML file.
    struct Rendered {
        var pages: Int
        var a4: Bool
        /// The PDF's text with all white space removed (pdftotext breaks lines anywhere).
        var text: String
        var nonWhite: Double
        var console: [String]
    }

    static func render(_ html: String, in dir: URL) throws -> Rendered {
        let pdf = try Harness.sh("""
            \(chromium) --no-pdf-header-footer --print-to-pdf=out.pdf "file://$PWD/\(html)" 2>chromium-pdf.err >/dev/null
            \(chromium) --hide-scrollbars --window-size=1000,1400 --screenshot=out.png "file://$PWD/\(html)" 2>chromium-png.err >/dev/null
            pdfinfo out.pdf
            """, in: dir)
        #expect(pdf.status == 0, "\(pdf.out)\(pdf.err)")
        let pages = pdf.out.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? -1
        let size = pdf.out.split(separator: "\n").first { $0.hasPrefix("Page size:") }.map(String.init) ?? ""
        let text = try Harness.sh("pdftotext -enc UTF-8 out.pdf -", in: dir).out
        let px = try Harness.sh("""
            \(python) -c 'from PIL import Image
            im = Image.open("out.png").convert("L")
            h = im.histogram()
            print(1 - sum(h[245:]) / (im.width * im.height))'
            """, in: dir)
        #expect(px.status == 0, "\(px.err)")
        let logs = try Harness.sh("cat chromium-pdf.err chromium-png.err", in: dir).out
        return Rendered(pages: pages, a4: size.contains("(A4)"),
                        text: String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init)),
                        nonWhite: Double(px.out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0,
                        console: logs.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init))
    }

    /// M1's gate from the sample testers, and the sample plan as plan.csv with T13
    /// titled `title` added.
    static func samplePlan(adding title: String, milestone: String, due: String) -> String {
        """
        P=share/wb
        wb-score gate --milestone M1 --milestones $P/sample-milestones.csv $P/sample-testers.csv -o gate.csv
        cp $P/sample-plan.csv plan.csv
        wb-tasks add --id T13 -m \(milestone) -r dev -t '\(title)' --due \(due) -i plan.csv

        """
    }

    /// The sample plan at 2026-08-05 with M1's gate and a task titled as an HTML tag:
    /// one A4 page, every milestone name and overdue task id in the PDF's text, the
    /// tag as text, a screenshot that is not blank, and no console message.
    @Test func sampleReportPrintsOnOneA4Page() throws {
        guard Self.haveBrowser else { return }
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Harness.sh(Self.samplePlan(adding: "<img src=x onerror=alert(1)>", milestone: "M2", due: "2026-08-10") + """
            wb-milestones report --gates gate.csv --tasks plan.csv --today 2026-08-05 $P/sample-milestones.csv -o report.html
            """, in: dir)
        #expect(r.status == 0, "\(r.err)")
        let page = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!page.contains("<img"))
        // Standalone: nothing to fetch (the SVG namespace is a name, not a fetch).
        for outside in ["<script", "<link", "<img", "<iframe", "url(", "@import", "@font-face"] {
            #expect(!page.contains(outside), "\(outside)")
        }
        #expect(page.range(of: "<[^>]*\\s(src|href)=", options: .regularExpression) == nil)
        #expect(page.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").range(of: "https?://", options: .regularExpression) == nil)
        let out = try Self.render("report.html", in: dir)
        #expect(out.pages == 1)
        #expect(out.a4)
        for name in ["スポンサーの獲得", "ファンの獲得", "シェア推計による投資判断", "プレスリリース発行", "T2", "T3", "T4", "T5",
                     "<imgsrc=xonerror=alert(1)>", "合格"] {
            #expect(out.text.contains(name), "\(name) is not in the PDF's text: \(out.text)")
        }
        #expect(out.nonWhite > 0.01, "the screenshot is blank")
        #expect(out.console.isEmpty, "\(out.console)")
    }

    /// The largest plan the page promises: 30 tasks, every one overdue with a long
    /// Todo, all moved since the last report, in English and in Japanese.
    @Test(arguments: ["en", "ja"]) func thirtyTasksStillFitOnePage(lang: String) throws {
        guard Self.haveBrowser else { return }
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var now = "id,milestone,role,todo,owner,due,status,kind\n"
        var before = now
        let roles = ["pm", "dev", "ds"], owners = ["佐藤", "田中", "鈴木"]
        for i in 1...30 {
            let m = "M\((i - 1) / 8 + 1)"
            let todo = i % 2 == 0 ? "社外の顧客 5 社にモックを試してもらい、解決できたか・購入するかを聞いて記録する (\(i))"
                : "Ask five outside customers to try the mock and record whether it solved their problem (\(i))"
            let kind = i == 7 ? "approval" : "task"
            now += "T\(i),\(m),\(roles[i % 3]),\(todo),\(owners[i % 3]),2026-07-\(String(format: "%02d", i % 28 + 1)),doing,\(kind)\n"
            before += "T\(i),\(m),\(roles[i % 3]),\(todo),\(owners[i % 3]),2026-06-\(String(format: "%02d", i % 28 + 1)),todo,\(kind)\n"
        }
        try now.write(to: dir.appendingPathComponent("plan.csv"), atomically: true, encoding: .utf8)
        try before.write(to: dir.appendingPathComponent("before.csv"), atomically: true, encoding: .utf8)
        let r = try Harness.sh("""
            P=share/wb
            wb-score gate --milestone M1 --milestones $P/sample-milestones.csv $P/sample-testers.csv -o gate.csv
            wb-score market --milestones $P/sample-milestones.csv $P/sample-market.csv -o market.csv
            wb-score impact $P/sample-questions.csv -o impact.csv
            wb-score invent $P/sample-inventions.csv -o invent.csv
            wb-milestones report --lang \(lang) --gates gate.csv --market market.csv --impact impact.csv --invent invent.csv \\
              --since before.csv --tasks plan.csv --today 2026-08-05 $P/sample-milestones.csv -o report.html
            """, in: dir)
        #expect(r.status == 0, "\(r.err)")
        let out = try Self.render("report.html", in: dir)
        #expect(out.pages == 1, "\(lang): \(out.pages) pages")
        for i in 1...30 { #expect(out.text.contains("T\(i)"), "T\(i)") }
        #expect(out.console.isEmpty, "\(out.console)")
    }

    /// The Markdown as a CommonMark parser with GitHub tables reads it: the tables
    /// have their rows and columns, no HTML gets through (a tag in a Todo is text),
    /// and the picture is a code block.
    @Test func markdownParsesAsCommonMarkWithTables() throws {
        guard Self.have("markdown-it-py", "\(Self.python) -c 'import markdown_it'",
                        install: "python3 -m venv ~/.cache/wb-test-venv && ~/.cache/wb-test-venv/bin/pip install pillow markdown-it-py") else { return }
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Harness.sh(Self.samplePlan(adding: "<img src=x onerror=alert(1)> | *not bold* [x](y)", milestone: "M1", due: "2026-08-01") + """
            wb-milestones report --lang en --gates gate.csv --tasks plan.csv --today 2026-08-05 $P/sample-milestones.csv -o report.md
            \(Self.python) -c '
            import json, sys
            from markdown_it import MarkdownIt
            md = MarkdownIt("commonmark").enable("table")
            tokens = md.parse(open("report.md", encoding="utf-8").read())
            tables, rows, cells = [], 0, 0
            html, fences, texts = 0, 0, []
            for t in tokens:
                if t.type == "table_open": tables.append([0, 0])
                if t.type == "tr_open": tables[-1][0] += 1
                if t.type in ("th_open", "td_open"): tables[-1][1] += 1
                if t.type in ("html_block", "html_inline"): html += 1
                if t.type == "fence": fences += 1
                if t.type == "inline":
                    for c in t.children or []:
                        if c.type in ("html_inline", "link_open"): html += 1
                        if c.type == "text": texts.append(c.content)
            print(json.dumps({"tables": tables, "html": html, "fences": fences, "text": "".join(texts)}, ensure_ascii=False))'
            """, in: dir)
        #expect(r.status == 0, "\(r.err)")
        let j = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any] ?? [:]
        let tables = j["tables"] as? [[Int]] ?? []
        // Milestones: header + 4 rows, 6 columns; overdue: header + 5 rows, 5 columns;
        // next two weeks: header + 2 rows, 4 columns.
        #expect(tables == [[5, 30], [6, 30], [3, 12]], "\(tables)")
        #expect(j["html"] as? Int == 0)
        #expect(j["fences"] as? Int == 1)
        let text = j["text"] as? String ?? ""
        #expect(text.contains("<img src=x onerror=alert(1)> | *not bold* [x](y)"), "\(text)")
        #expect(text.contains("M1 スポンサーの獲得"))
    }
}
