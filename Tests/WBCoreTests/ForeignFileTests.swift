import Testing
@testable import WBCore

struct ForeignFileTests {
    static func bytes(_ hex: String, then text: String = "") -> ArraySlice<UInt8> {
        var out: [UInt8] = []
        var it = hex.makeIterator()
        while let a = it.next(), let b = it.next() { out.append(UInt8(String([a, b]), radix: 16)!) }
        return ArraySlice(out + Array(text.utf8))
    }

    /// A workbook, an archive or a PDF is told by its first bytes, the zip's first
    /// entry telling Excel's from OpenDocument's; four bytes are enough to know it is
    /// one (the reader then reads on to tell which); a table's first bytes are none.
    @Test func binaryKindsFromTheirFirstBytes() {
        let zip = "504b0304"
        #expect(ForeignFile.binary(Self.bytes(zip, then: "....[Content_Types].xml")) == .xlsx)
        #expect(ForeignFile.binary(Self.bytes(zip, then: "....xl/workbook.xml")) == .xlsx)
        #expect(ForeignFile.binary(Self.bytes(zip, then: "mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) == .ods)
        #expect(ForeignFile.binary(Self.bytes(zip, then: "plan.csv")) == .zip)
        #expect(ForeignFile.binary(Self.bytes(zip), signatureOnly: true) == .zip)
        #expect(ForeignFile.binary(Self.bytes("d0cf11e0a1b11ae1")) == .xls)
        #expect(ForeignFile.binary(Self.bytes("d0cf11e0"), signatureOnly: true) == .xls)
        #expect(ForeignFile.binary(Self.bytes("d0cf11e0")) == nil, "the whole signature, when there is more to see")
        #expect(ForeignFile.binary(Self.bytes("", then: "%PDF-1.7\n")) == .pdf)
        for table in ["id,milestone,role,todo\n", "PK,milestone\n", "%,x\n", "マイルストン,役割\n", ""] {
            #expect(ForeignFile.binary(Self.bytes("", then: table)) == nil, "\(table)")
            #expect(ForeignFile.binary(Self.bytes("", then: table), signatureOnly: true) == nil, "\(table)")
        }
    }

    /// What wb writes besides tables, by its first line; a header that merely starts
    /// with such a sign (a # before the first column's name) is not taken for one.
    @Test func textKindsFromTheirFirstLine() {
        #expect(ForeignFile.text(firstLine: "BEGIN:VCALENDAR") == .iCalendar)
        #expect(ForeignFile.text(firstLine: "<!DOCTYPE html>") == .html)
        #expect(ForeignFile.text(firstLine: "<html lang=\"ja\">") == .html)
        #expect(ForeignFile.text(firstLine: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>") == .xml)
        #expect(ForeignFile.text(firstLine: "<svg xmlns=\"http://www.w3.org/2000/svg\">") == .xml)
        #expect(ForeignFile.text(firstLine: "#!/bin/sh") == .script)
        #expect(ForeignFile.text(firstLine: "# 進捗報告 (2026-08-05)") == .markdown)
        for header in ["id", "#id", "milestone", "タスク", "BEGIN", "<none>", ""] {
            #expect(ForeignFile.text(firstLine: header) == nil, "\(header)")
        }
    }

    /// The reader says it before anything else: from a file's bytes and from a
    /// header of one field; a first line that fails to parse is looked at too.
    @Test func theReaderNamesTheFile() throws {
        func error(_ text: [UInt8]) -> WBError? {
            do {
                let r = try TableReader(source: ByteSource(name: "t.csv", bytes: text, pieceSize: 3), options: ReadOptions(format: .csv))
                _ = try r.header()
                _ = try r.readAll()
                return nil
            } catch let e as WBError { return e } catch { return nil }
        }
        let xlsx = Array(Self.bytes("504b0304", then: "[Content_Types].xml")) + [UInt8](repeating: 0, count: 600)
        #expect(error(xlsx)?.message == ForeignFile.xlsx.message)
        #expect(error(Array("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n".utf8))?.message == ForeignFile.iCalendar.message)
        let svg = error(Array("<?xml version=\"1.0\"?>\n<svg>\n".utf8))
        #expect(svg?.message == ForeignFile.xml.message && svg?.location?.line == 1 && svg?.location?.column == 1)
        #expect(error(Array("# Report\n\n- a, b\n".utf8))?.message == ForeignFile.markdown.message)
        #expect(error(Array("id,milestone\nT1,M1\n".utf8)) == nil)
        // A one-column table headed like a Markdown heading, without the blank line a
        // report puts after its title, is a table.
        #expect(error(Array("# of items\n3\n4\n".utf8)) == nil)
        // Comment lines above a header (blank lines and lines of `#` between): the
        // line the table starts on is named; a report's prose and lists are Markdown.
        for (text, start) in [("# exported\n\nid,milestone\nT1,M1\n", 3), ("# a\r\n  # b\r\n\r\nid\tmilestone\n", 4), ("#x\nid,m\n", 2)] {
            let e = error(Array(text.utf8))
            #expect(e?.message.hasSuffix("remove the lines above line \(start)") == true, "\(text)")
            #expect(e?.location == SourceLocation(file: "t.csv", line: 1, column: 1))
        }
        for report in ["# Report\n\n**M1 is late, 1/5 done**\n", "# Report\n\n| a, b | c |\n", "# R\n\n* a, b\n"] {
            #expect(error(Array(report.utf8))?.message == ForeignFile.markdown.message, "\(report)")
        }
    }
}
