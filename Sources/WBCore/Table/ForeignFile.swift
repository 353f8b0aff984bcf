/// Files people give a table's place by mistake, told by their first bytes: the plan
/// saved as a workbook (.xlsx, .ods, .xls), and what wb itself writes besides tables
/// (the calendar, the report, the GitHub script). Read as CSV they fail somewhere
/// inside with a message about a NUL byte or a quote; named, the fix is plain.
enum ForeignFile: Equatable {
    case xlsx, ods, xls, zip, pdf, iCalendar, html, xml, markdown, script

    /// The kind a binary file's first bytes show (the zip's first entry tells an
    /// Excel workbook from an OpenDocument one); nil for anything else.
    /// `signatureOnly`: from the first four bytes alone, a zip being any zip.
    static func binary(_ head: ArraySlice<UInt8>, signatureOnly: Bool = false) -> ForeignFile? {
        let b = Array(head.prefix(512))
        func starts(_ s: [UInt8]) -> Bool { b.starts(with: s) }
        func has(_ s: String) -> Bool { b.withUnsafeBufferPointer { $0.containsBytes(Array(s.utf8)) } }
        if starts([0x50, 0x4B, 0x03, 0x04]) {
            if signatureOnly { return .zip }
            if has("opendocument.spreadsheet") { return .ods }
            if has("[Content_Types].xml") || has("xl/") { return .xlsx }
            return .zip
        }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) && (signatureOnly || starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) { return .xls }
        if starts(Array("%PDF".utf8)) && (signatureOnly || starts(Array("%PDF-".utf8))) { return .pdf }
        return nil
    }

    /// The kind a text file's first line shows, when that line is a table's whole
    /// header (one field, which no table wb reads has): nil for anything else.
    static func text(firstLine: String) -> ForeignFile? {
        let s = firstLine.trimmed, lower = s.lowercased()
        if lower.hasPrefix("begin:vcalendar") { return .iCalendar }
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") { return .html }
        if lower.hasPrefix("<?xml") || lower.hasPrefix("<svg") { return .xml }
        if s.hasPrefix("#!") { return .script }
        if s.hasPrefix("# ") { return .markdown }
        return nil
    }

    /// What the file is and what to give instead.
    var message: String {
        switch self {
        case .xlsx: return L("this is an Excel workbook (.xlsx), not a CSV or TSV table: save the sheet as CSV UTF-8 (File > Save As > CSV UTF-8) and give that file")
        case .xls: return L("this is an Excel 97-2003 workbook (.xls), not a CSV or TSV table: save the sheet as CSV UTF-8 (File > Save As > CSV UTF-8) and give that file")
        case .ods: return L("this is an OpenDocument spreadsheet (.ods), not a CSV or TSV table: save the sheet as Text CSV (UTF-8) and give that file")
        case .zip: return L("this is a ZIP archive, not a CSV or TSV table: give the table itself, saved as CSV or TSV")
        case .pdf: return L("this is a PDF document, not a CSV or TSV table")
        case .iCalendar: return L("this is an iCalendar file (as wb-ics writes), not a CSV or TSV table: give the plan's table")
        case .html: return L("this is an HTML page (a report?), not a CSV or TSV table: give the plan's table")
        case .xml: return L("this is an XML or SVG file, not a CSV or TSV table: give the plan's table")
        case .markdown: return L("the first line is a Markdown heading (a report?), not a table's header: give the plan's table (for --since, the tasks file as it stood at the last report)")
        case .script: return L("this is a script (as export --to github writes), not a CSV or TSV table: give the plan's table")
        }
    }
}
