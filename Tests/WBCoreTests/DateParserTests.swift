import Testing
@testable import WBCore

struct DateParserTests {
    let ctx2026 = DateContext(year: 2026)

    @Test(arguments: ["2026-07-31", "2026/7/31", "2026.7.31", "20260731", "2026年7月31日", "令和8年7月31日", "２０２６年７月３１日", "2026年 7月 31日"])
    func writtenForms(_ s: String) throws {
        #expect(try DateParser.parse(s) == CivilDate(2026, 7, 31))
    }

    @Test func monthDayTakesTheYearOption() throws {
        #expect(try DateParser.parse("7/31", ctx2026) == CivilDate(2026, 7, 31))
        #expect(try DateParser.parse("7月31日", ctx2026) == CivilDate(2026, 7, 31))
    }

    @Test func monthDayIsTheFirstOnOrAfterTheAnchor() throws {
        let ctx = DateContext(anchor: CivilDate(2026, 11, 1)!)
        #expect(try DateParser.parse("12/15", ctx) == CivilDate(2026, 12, 15))
        #expect(try DateParser.parse("1/15", ctx) == CivilDate(2027, 1, 15))
        #expect(try DateParser.parse("11/1", ctx) == CivilDate(2026, 11, 1))
    }

    /// The end of a month, as plans write it: 7月末, 2026年9月末, 令和8年12月末, end of
    /// July; its last day, February's in leap years too; a year-less one is the first on
    /// or after the anchor. A span (下旬, 9月頃, mid July) is no one day.
    /// A weekday counted within a month: the first such day on or after the anchor,
    /// in the year written or given; a fifth one a month lacks is an error naming
    /// that month (this year's when the month is still to come).
    @Test func nthWeekdaysOfAMonth() throws {
        let dec2 = DateContext(anchor: CivilDate(2026, 12, 2)!)
        for (s, iso) in [("12月第2月曜", "2026-12-14"), ("12月の第2月曜日", "2026-12-14"), ("１２月第２月曜", "2026-12-14"),
                         ("12月第1水曜", "2026-12-02"), ("12月第1火曜", "2027-12-07"), ("7月第三金曜", "2027-07-16"),
                         ("2027年3月最終金曜", "2027-03-26"), ("3月最後の金曜日", "2027-03-26"), ("11月第5月曜", "2027-11-29"),
                         ("2nd Monday of December", "2026-12-14"), ("the last Friday in July 2027", "2027-07-30"),
                         ("first mon of jan", "2027-01-04"), ("fifth monday of november 2026", "2026-11-30"),
                         ("12月第2月曜(月)", "2026-12-14"), ("令和9年1月第2金曜", "2027-01-08"), ("令和元年12月第2月曜", "2019-12-09")] {
            #expect(try DateParser.parse(s, dec2).iso == iso, "\(s)")
        }
        #expect(try DateParser.parse("12月第2月曜", DateContext(year: 2030)).iso == "2030-12-09")
        #expect(throws: DateError.self) { try DateParser.parse("第2月曜", dec2) }
        #expect(throws: DateError.self) { try DateParser.parse("12月第6月曜", dec2) }
        #expect(throws: DateError.self) { try DateParser.parse("13月第1月曜", dec2) }
        #expect(throws: DateError.self) { try DateParser.parse("12月第2月曜", DateContext()) }
        #expect(throws: DateError.self) { try DateParser.parse("12月第2月曜(火)", dec2) }
        do {
            _ = try DateParser.parse("12月第5月曜", dec2)
            Issue.record("December 2026 has no fifth Monday")
        } catch {
            #expect(error.message.contains("December 2026 has no fifth Monday"), "\(error.message)")
        }
        // Said from today: this month's, or next month's once it is past; `last friday`
        // alone is the Friday just past in English, so it is no such day.
        let today = CivilDate(2026, 12, 2)!
        for (s, iso) in [("第2月曜", "2026-12-14"), ("第1火曜", "2027-01-05"), ("今月の最終金曜", "2026-12-25"), ("来月第1月曜", "2027-01-04"),
                         ("来月の第2金曜日", "2027-01-08"), ("2nd Monday", "2026-12-14"), ("first monday of next month", "2027-01-04"),
                         ("last friday of this month", "2026-12-25"), ("第2月曜まで", "2026-12-14")] {
            #expect(DateParser.relative(s, today: today)?.iso == iso, "\(s)")
        }
        for s in ["last friday", "第5月曜", "第2", "2nd"] { #expect(DateParser.relative(s, today: today) == nil, "\(s)") }
        #expect(DateParser.day(nth: -1, weekday: 0, month: 2, year: 2026)?.iso == "2026-02-22")
        #expect(DateParser.day(nth: 5, weekday: 0, month: 2, year: 2026) == nil)
    }

    /// A deadline counts its own day (`filter --due-before`): by a day or by the end of
    /// a span, in either language and in full-width forms; a day, a weekday, an offset
    /// or a milestone is not one.
    @Test func deadlinesAreToldFromDays() throws {
        let today = CivilDate(2026, 12, 24)!
        let deadlines = ["今週中", "今週中に", "今週末", "今週いっぱい", "5月中", "月末", "7月末", "年内", "年度内", "10日以内",
                         "金曜まで", "7/31までに", "ｂｙ ｆｒｉ", "by fri", "By Friday", "end of month", "End of week",
                         "within 10 days", "eod", "EOM", "今日中"]
        for s in deadlines {
            #expect(DateParser.isDeadline(s), "\(s)")
            // Each is a date wb reads, from today or as written.
            let read = DateParser.relative(s, today: today) ?? (try? DateParser.parse(s, DateContext(anchor: today)))
            #expect(read != nil, "\(s) is no date")
        }
        for s in ["金曜", "fri", "next fri", "来週金曜", "2026-12-25", "12/25", "+1w", "3日後", "M2", "M3の1週間前",
                  "end", "by", "中", "まで", "within", "endof month"] {
            #expect(!DateParser.isDeadline(s), "\(s)")
        }
    }

    @Test func monthEnds() throws {
        let anchor = DateContext(anchor: CivilDate(2026, 7, 31)!)
        for (s, y, m, d) in [("7月末", 2026, 7, 31), ("6月末", 2027, 6, 30), ("2月末", 2027, 2, 28), ("2028年2月末", 2028, 2, 29),
                             ("令和8年12月末", 2026, 12, 31), ("end of July", 2026, 7, 31), ("End of Sep 2027", 2027, 9, 30),
                             ("７月末", 2026, 7, 31)] {
            #expect(try DateParser.parse(s, anchor) == CivilDate(y, m, d)!, "\(s)")
        }
        #expect(try DateParser.parse("9月末", ctx2026) == CivilDate(2026, 9, 30))
        for s in ["13月末", "月末日", "7月末日", "26年7月末", "7/末", "end of", "end of July 26", "Jul end"] {
            #expect(throws: DateError.self, "\(s)") { try DateParser.parse(s, anchor) }
        }
        for s in ["12月下旬", "9月頃", "7月上旬", "mid July", "late Sep", "early August", "8月中ごろ"] {
            do { _ = try DateParser.parse(s, anchor); Issue.record("\(s) read") } catch {
                #expect(error.message.contains("not one day") && !error.unreadable, "\(s)")
            }
        }
    }

    /// A date and a time as people write them: a space or 日 between (6月1日10時), a
    /// time with a space of its own (7/1 2:30 pm), a weekday after the date.
    @Test func dateTimesAsWritten() throws {
        let ctx = DateContext(year: 2026)
        for (s, h, m) in [("2026-07-01T10:00", 10, 0), ("7/1 10:00", 10, 0), ("7月1日 10時", 10, 0), ("7月1日10時", 10, 0),
                          ("7/1 2:30 pm", 14, 30), ("7月1日午後2時半", 14, 30), ("7/1(水) 9:15", 9, 15)] {
            #expect(try DateParser.dateTime(s, ctx) == LocalDateTime(CivilDate(2026, 7, 1)!, TimeOfDay(h, m)!), "\(s)")
        }
        for s in ["7/1", "11/31 10:00", "7/1 25:00", "10:00"] {
            #expect(throws: DateError.self, "\(s)") { try DateParser.dateTime(s, ctx) }
        }
    }

    @Test func november31IsAPlainError() {
        #expect(throws: DateError.self) { try DateParser.parse("11/31", ctx2026) }
        do { _ = try DateParser.parse("11/31", ctx2026) } catch { #expect(error.message.contains("November has 30 days")) }
    }

    @Test func february29OnlyInLeapYears() throws {
        #expect(try DateParser.parse("2028-02-29") == CivilDate(2028, 2, 29))
        do { _ = try DateParser.parse("2027-02-29") } catch { #expect(error.message.contains("February 2027 has 28 days")) }
    }

    @Test func month13() {
        do { _ = try DateParser.parse("2026-13-01"); Issue.record("no error") } catch { #expect(error.message.contains("month 13")) }
    }

    /// Years are four digits: a year dropped or doubled by a slip of the keyboard is an
    /// error in every form, and the codes path (ISO dates) leaves it to the parser.
    @Test func yearsOutOfRange() throws {
        for s in ["0226-07-31", "0000-01-01", "20266-07-31", "99999999-01-01", "202607310", "0999/12/31"] {
            do { _ = try DateParser.parse(s); Issue.record("no error for \(s)") } catch {
                #expect(error.message.contains("out of range") || error.message.contains("not a date"), "\(s): \(error.message)")
            }
        }
        do { _ = try DateParser.parse("7/31", DateContext(year: 20266)); Issue.record("no error") } catch {
            #expect(error.message.contains("year 20266 is out of range"))
        }
        #expect(try DateParser.parse("1000-01-01") == CivilDate(1000, 1, 1))
        #expect(try DateParser.parse("9999/12/31") == CivilDate(9999, 12, 31))
        #expect(Array("0999-12-31".utf8).withUnsafeBufferPointer { CivilDate.isoDays($0) } == nil)
        #expect(Array("1000-01-01".utf8).withUnsafeBufferPointer { CivilDate.isoDays($0) } == CivilDate(1000, 1, 1)!.days)
    }

    /// An ISO date is read from its bytes before anything else: the same day, or the
    /// same error, as the full parser gives the same text with spaces around it (which
    /// the short way does not take).
    @Test func isoFormTakesTheShortWayToTheSameAnswer() {
        func outcome(_ s: String, _ ctx: DateContext) -> String {
            do { return try DateParser.parse(s, ctx).iso } catch { return "error: " + error.message.replacingOccurrences("'\(s)'", "'X'") }
        }
        var texts: [String] = []
        for y in [1000, 1999, 2024, 2026, 2100, 9999] {
            for m in 0...13 { for d in [0, 1, 15, 28, 29, 30, 31, 32] { texts.append("\(y)-" + two(m) + "-" + two(d)) } }
        }
        texts += ["0999-12-31", "2026-7-31", "2026-07-3a", "2026/07/31"]
        for ctx in [DateContext(), DateContext(year: 2027, clamp: true)] {
            for t in texts {
                #expect(outcome(t, ctx) == outcome(" \(t) ", ctx), "\(t)")
            }
        }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    }

    /// Digits apart by `/`, `-` or `.` (Japanese Excel's 2026/7/31, a typed 7/31), or
    /// by 年, 月 and 日 (2026年7月31日, 7月31日), are read from their bytes too: the same day, or the same error, as the full reading
    /// gives, for every context (a year, an anchor that moves a day to next year, none,
    /// `--clamp`) and the forms around them (leading zeros, five-digit years, mixed or
    /// doubled separators, a year last).
    @Test func numericFormsTakeTheShortWayToTheSameAnswer() {
        func outcome(_ s: String, _ ctx: DateContext, full: Bool) -> String {
            do { return try (full ? DateParser.fullParse(s, ctx) : DateParser.parse(s, ctx)).iso } catch { return "error: " + error.message }
        }
        var texts: [String] = []
        for sep in ["/", "-", "."] {
            for m in [0, 1, 2, 7, 12, 13] {
                for d in [0, 1, 28, 29, 30, 31, 32] {
                    texts.append("\(m)\(sep)\(d)")
                    texts.append((m < 10 ? "0" : "") + "\(m)\(sep)" + (d < 10 ? "0" : "") + "\(d)")
                    for y in [999, 1000, 2024, 2026, 2027, 9999, 20266, 226] { texts.append("\(y)\(sep)\(m)\(sep)\(d)") }
                }
            }
        }
        texts += ["2026/7-31", "2026//7/31", "2026/7/31/", "/7/31", "7/", "7/31/2026", "31/7/2026", "2026/007/031", "7/031",
                  "2026/7/310000000", "123456789/1", "7/31/1", "1/2/3/4", "2026.7", "2026/7", "20260731", "0/0", "2028/2/29", "2/29"]
        // The same in Japanese: 年, 月 and 日 in their places, and what is not quite that.
        for m in [0, 1, 2, 7, 12, 13] {
            for d in [0, 1, 29, 31, 32] {
                texts.append("\(m)月\(d)日")
                for y in [226, 2026, 2028, 20266] { texts.append("\(y)年\(m)月\(d)日") }
            }
        }
        texts += ["2026年7月31", "7月31", "7月末", "2026年7月", "7月31日まで", "7月31日(金)", "７月３１日", "2026年7月31日 ", "月31日", "7日31月",
                  "2026年年7月31日", "2026月7年31日", "2026年7月31日日", "7月31日1", "2026年 7月 31日", "元年7月31日", "令和8年7月31日", "7月\u{3000}31日"]
        let contexts = [DateContext(), DateContext(year: 2027), DateContext(year: 2028), DateContext(year: 20266),
                        DateContext(anchor: CivilDate(2026, 7, 31)), DateContext(anchor: CivilDate(2027, 3, 1)),
                        DateContext(anchor: CivilDate(2026, 12, 3), clamp: true), DateContext(year: 2026, clamp: true)]
        var short = 0
        for ctx in contexts {
            for t in texts {
                let (got, want) = (outcome(t, ctx, full: false), outcome(t, ctx, full: true))
                #expect(got == want, "\(t)")
                if Array(t.utf8).withUnsafeBufferPointer({ DateParser.numeric($0, ctx) ?? DateParser.kanjiNumeric($0, ctx) }) != nil { short += 1 }
            }
        }
        // The short way reads most of them (not only the errors).
        #expect(short > 1_000, "\(short) read the short way")
    }

    /// Dates as spreadsheets write date cells into CSV: English Excel's 31-Jul and
    /// 31-Jul-26, Japanese Excel's era letters (R8.7.31) and a datetime cell's midnight,
    /// a long English date with its weekday first. The forms that could mislead are
    /// refused with the day they may be: a serial number, the year last, a time of day,
    /// Excel's Jul-26 (mmm-yy, a month).
    @Test func spreadsheetForms() throws {
        let ctx = DateContext(year: 2026)
        for s in ["31-Jul", "31-Jul-26", "31-jul-2026", "R8.7.31", "r8/7/31", "R08.07.31", "2026/7/31 0:00",
                  "2026-07-31T00:00:00", "2026-07-31 00:00:00.000", "Friday, July 31, 2026", "金曜日, 7月31日"] {
            #expect(try DateParser.parse(s, ctx) == CivilDate(2026, 7, 31), "\(s)")
        }
        #expect(try DateParser.parse("H31.4.30") == CivilDate(2019, 4, 30))
        #expect(try DateParser.parse("Sep 30", ctx) == CivilDate(2026, 9, 30))
        func refusal(_ s: String) -> String {
            do { return try DateParser.parse(s, ctx).iso } catch { return error.message }
        }
        #expect(refusal("46234").contains("serial number of a day (2026-07-31)"))
        #expect(refusal("7/31/2026").contains("has its year last: write it year first, 2026-07-31"))
        #expect(refusal("31/7/2026").contains("write it year first, 2026-07-31"))
        #expect(refusal("7/8/2026").contains("could be 2026-07-08 or 2026-08-07"))
        #expect(refusal("2026/7/31 18:00").contains("has a time of day"))
        #expect(refusal("Jul-26").contains("is a month, not one day"))
        #expect(refusal("Thursday, July 31, 2026").contains("is a Friday, not Thursday"))
        // A number that is no serial of this century, and a time with a zone, stay no date.
        #expect(refusal("12345").contains("is not a date"))
        #expect(refusal("2026-07-31T00:00:00Z").contains("is not a date"))
    }

    @Test func clampGivesTheMonthsLastDay() throws {
        #expect(try DateParser.parse("11/31", DateContext(year: 2026, clamp: true)) == CivilDate(2026, 11, 30))
    }

    /// The weekday Japanese business writing adds in parentheses (half or full width,
    /// short or long), or an English one, is read and checked against the date.
    @Test func aWeekdayInParenthesesIsChecked() throws {
        let ctx = DateContext(year: 2026)
        for s in ["7/31(金)", "7月31日（金）", "2026年7月31日(金曜日)", "2026-07-31 (Fri)", "7/31 (friday)"] {
            #expect(try DateParser.parse(s, ctx) == CivilDate(2026, 7, 31), "\(s)")
        }
        do { _ = try DateParser.parse("7/30(金)", ctx); Issue.record("no error") } catch {
            #expect(error.message.contains("2026-07-30") && error.message.contains("Thursday"))
        }
        #expect(throws: DateError.self) { try DateParser.parse("7/31(x)", ctx) }
    }

    /// Times of day in a 12-hour clock, English or Japanese, and 時半.
    @Test func timesOfDayAsPeopleSayThem() throws {
        for (s, h, m) in [("10am", 10, 0), ("2pm", 14, 0), ("2:30 PM", 14, 30), ("12am", 0, 0), ("12pm", 12, 0),
                          ("11 p.m.", 23, 0), ("午前10時", 10, 0), ("午後2時", 14, 0), ("午後0時", 12, 0), ("10時半", 10, 30),
                          ("午後2時半", 14, 30), ("14時30分", 14, 30), ("９：１５", 9, 15)] {
            #expect(try DateParser.time(s) == TimeOfDay(h, m)!, "\(s)")
        }
        for s in ["13pm", "0am x", "pm", "午後13時", "10時半分", "25:00"] {
            #expect(throws: DateError.self, "\(s)") { try DateParser.time(s) }
        }
        let thu = MeetingSpec(weekday: 4, time: TimeOfDay(14, 30)!, minutes: 45)
        #expect(try MeetingSpec.parse("thu 2:30 pm 45m") == thu)
        #expect(try MeetingSpec.parse("木 午後2時半 45分") == thu)
    }

    /// A meeting as people write one with how often it is: 毎週月曜の10時から30分,
    /// every monday at 10:00 for 30m, mondays 10:00; 隔週 and every other meet every
    /// two weeks.
    @Test func meetingsWithHowOften() throws {
        let mon = MeetingSpec(weekday: 1, time: TimeOfDay(10, 0)!, minutes: 30)
        for (s, weeks) in [("毎週月曜 10:00 30分", 1), ("毎週月曜の10時から30分", 1), ("毎週 月曜日の10:00", 1), ("隔週の月曜 10時", 2), ("月曜の10時", nil),
                           ("every monday at 10:00 for 30m", 1), ("Every Mon 10:00", 1), ("mondays 10:00", nil),
                           ("weekly mon 10:00 30m", 1), ("on monday at 10am", nil), ("隔週月曜 10:00-10:30", 2),
                           ("every other monday 10:00", 2), ("biweekly mon 10:00", 2), ("fortnightly Monday 10:00", 2)] as [(String, Int?)] {
            var want = mon
            want.weeks = weeks
            #expect(try MeetingSpec.parse(s) == want, "\(s)")
        }
        for s in ["毎週", "every 10:00", "every other", "monkeys 10:00", "隔週 10:00", "each"] {
            #expect(throws: DateError.self, "\(s)") { try MeetingSpec.parse(s) }
        }
    }

    /// A monthly meeting on a weekday counted within the month: 毎月第2月曜, 第2月曜,
    /// 最終金曜, 2nd mon, the last friday of the month, monthly on the first tuesday.
    /// `every 2nd monday` alone may mean every other week, and is asked about; a fifth
    /// weekday, a day of the month and a monthly meeting every two weeks are refused.
    @Test func monthlyMeetingsOnAWeekdayCountedInTheMonth() throws {
        func spec(_ wd: Int, _ h: Int, _ m: Int, _ minutes: Int, nth: Int...) -> MeetingSpec {
            MeetingSpec(weekday: wd, time: TimeOfDay(h, m)!, minutes: minutes, nths: nth)
        }
        for (s, want) in [("毎月第2月曜 10:00", spec(1, 10, 0, 30, nth: 2)), ("第2月曜10時から1時間", spec(1, 10, 0, 60, nth: 2)),
                          ("毎月 第二月曜日 10:00-10:45", spec(1, 10, 0, 45, nth: 2)), ("毎月の第１火曜 9:30", spec(2, 9, 30, 30, nth: 1)),
                          ("毎月最終金曜日の16時から30分", spec(5, 16, 0, 30, nth: -1)), ("最後の金曜 16:00", spec(5, 16, 0, 30, nth: -1)),
                          ("2nd mon 10:00", spec(1, 10, 0, 30, nth: 2)), ("last fri 4pm 1h", spec(5, 16, 0, 60, nth: -1)),
                          ("the last friday of the month at 4pm for 45m", spec(5, 16, 0, 45, nth: -1)),
                          ("monthly on the first tuesday 9:30", spec(2, 9, 30, 30, nth: 1)),
                          ("every first tue 9:30", spec(2, 9, 30, 30, nth: 1)),
                          ("every 2nd monday of the month 10:00", spec(1, 10, 0, 30, nth: 2)),
                          ("third wednesday of each month 14:00", spec(3, 14, 0, 30, nth: 3)),
                          ("4th thu monthly 10:00", spec(4, 10, 0, 30, nth: 4)),
                          // Twice a month or more: the places as written, each once.
                          ("毎月第2・第4月曜 10:00", spec(1, 10, 0, 30, nth: 2, 4)), ("第1、3水曜 15時から1時間", spec(3, 15, 0, 60, nth: 1, 3)),
                          ("第２と最終金曜 16:00", spec(5, 16, 0, 30, nth: 2, -1)), ("第2月曜・第4月曜 10:00", spec(1, 10, 0, 30, nth: 2, 4)), ("第2・第2月曜 10:00", spec(1, 10, 0, 30, nth: 2)),
                          ("2nd and 4th mon 10:00", spec(1, 10, 0, 30, nth: 2, 4)), ("1st & 3rd tuesday 9:30", spec(2, 9, 30, 30, nth: 1, 3)),
                          ("2nd/4th mon 10:00", spec(1, 10, 0, 30, nth: 2, 4)), ("the first, third tue 9:30", spec(2, 9, 30, 30, nth: 1, 3)),
                          ("every 2nd and 4th monday at 10:00", spec(1, 10, 0, 30, nth: 2, 4)),
                          ("first and third mondays 9:00", spec(1, 9, 0, 30, nth: 1, 3)),
                          ("the 2nd and last friday of the month 16:00", spec(5, 16, 0, 30, nth: 2, -1))] {
            #expect(try MeetingSpec.parse(s) == want, "\(s)")
        }
        Lang.$current.withValue(.en) {
            for (s, says) in [("every 2nd mon 10:00", "may be every other week or once a month"),
                              ("毎月10日 10:00", "a monthly meeting is on a weekday counted within the month"),
                              ("monthly 10:00", "a monthly meeting is on a weekday counted within the month"),
                              ("隔週第2月曜 10:00", "is both every 2 weeks and monthly"),
                              ("第5月曜 10:00", "not every month has a fifth one of its weekdays"),
                              ("2nd and 5th mon 10:00", "not every month has a fifth one of its weekdays"),
                              ("隔週第2・第4月曜 10:00", "is both every 2 weeks and monthly"),
                              ("第2月曜・第4火曜 10:00", "names two weekdays")] {
                do throws(DateError) { _ = try MeetingSpec.parse(s); Issue.record("\(s) read") } catch {
                    #expect(error.message.contains(says), "\(s): \(error.message)")
                }
            }
        }
        // A weekly one stays weekly.
        #expect(try !MeetingSpec.parse("mon 10:00").monthly && MeetingSpec.parse("every other thu 10:00").weeks == 2)
    }

    /// Several days a week (月・木, mon/thu, 平日, daily) are named as such: the progress
    /// meeting is one day a week.
    @Test func aMeetingOnSeveralDaysIsSaidToBeOneDay() {
        for s in ["月・木 10:00 30分", "mon/thu 10:00 30m", "平日 9:30 15分", "daily 9:00 15m",
                  // The comma and the space split the parts: two weekdays in a row are two days.
                  "mon,thu 10:00 30m", "mon thu 10:00", "mon and thu 10:00", "月 木 10:00", "木曜と金曜 10:00"] {
            do { _ = try MeetingSpec.parse(s); Issue.record("\(s) read") } catch {
                #expect(error.message.contains("is more than one day a week"), "\(s): \(error.message)")
            }
        }
        do { _ = try MeetingSpec.parse("monkeys 10:00") } catch { #expect(!error.message.contains("more than one day")) }
    }

    /// In Japanese the day often runs on into the time, with no space: 木曜10時から30分,
    /// 毎週木曜日10:00, 木10:00, 木曜午後2時; a day alone or a day run into words is still refused.
    @Test func meetingsWithTheDayRunIntoTheTime() throws {
        let thu = MeetingSpec(weekday: 4, time: TimeOfDay(10, 0)!, minutes: 30)
        for (s, weeks) in [("木曜10時から30分", nil), ("毎週木曜10時から30分", 1), ("木曜日10:00", nil), ("木10:00", nil),
                           ("隔週木曜10時", 2), ("木曜10:00-10:30", nil), ("木曜日10時〜10時30分", nil)] as [(String, Int?)] {
            var want = thu
            want.weeks = weeks
            #expect(try MeetingSpec.parse(s) == want, "\(s)")
        }
        #expect(try MeetingSpec.parse("木曜10時半から1時間") == MeetingSpec(weekday: 4, time: TimeOfDay(10, 30)!, minutes: 60))
        #expect(try MeetingSpec.parse("毎週木曜午後2時から45分") == MeetingSpec(weekday: 4, time: TimeOfDay(14, 0)!, minutes: 45, weeks: 1))
        for s in ["木曜", "木曜日", "木曜午後", "木曜x10時", "10時木曜"] {
            #expect(throws: DateError.self, "\(s)") { try MeetingSpec.parse(s) }
        }
    }

    /// English month names, full or in three letters, either side of the day.
    @Test func englishMonthNames() throws {
        let ctx = DateContext(year: 2026)
        for s in ["31 Jul 2026", "Jul 31", "July 31, 2026", "31 July", "jul. 31", "JULY 31 2026"] {
            #expect(try DateParser.parse(s, ctx) == CivilDate(2026, 7, 31), "\(s)")
        }
        #expect(try DateParser.parse("Sept 3", ctx) == CivilDate(2026, 9, 3))
        #expect(try DateParser.parse("Feb 2 2027", ctx) == CivilDate(2027, 2, 2))
        for s in ["Jul 32", "Jul", "Ju 3", "Foo 3", "3 Jul 26", "Jul 31 2026 10"] {
            #expect(throws: DateError.self, "\(s)") { try DateParser.parse(s, ctx) }
        }
    }

    @Test(arguments: ["", "soon", "7/31/2026/1", "31.7", "2026-07", "--", "7//31"])
    func notDates(_ s: String) {
        #expect(throws: DateError.self) { try DateParser.parse(s, ctx2026) }
    }

    @Test func twoDigitYearsAreAmbiguous() {
        #expect(throws: DateError.self) { try DateParser.parse("26/7/31") }
    }

    @Test func reiwaGannen() throws {
        #expect(try DateParser.parse("令和元年5月1日") == CivilDate(2019, 5, 1))
    }

    @Test func durationsAndTimes() throws {
        #expect(try DateParser.minutes("30m") == 30)
        #expect(try DateParser.minutes("1h30m") == 90)
        #expect(try DateParser.minutes("1.5h") == 90)
        #expect(try DateParser.minutes("1時間30分") == 90)
        #expect(try DateParser.minutes("45") == 45)
        #expect(throws: DateError.self) { try DateParser.minutes("soon") }
        #expect(try DateParser.time("9:30") == TimeOfDay(9, 30))
        #expect(try DateParser.time("10時") == TimeOfDay(10, 0))
        #expect(throws: DateError.self) { try DateParser.time("25:00") }
        #expect(DateParser.weekday("月曜日") == 1)
        #expect(DateParser.weekday("Friday") == 5)
    }

    /// Dates said from today (2026-12-01, a Tuesday), as a meeting gives them.
    @Test func datesFromToday() {
        let today = CivilDate(2026, 12, 1)!
        for (s, want) in [("today", (2026, 12, 1)), ("明日", (2026, 12, 2)), ("+3d", (2026, 12, 4)), ("+2w", (2026, 12, 15)),
                          ("+1m", (2027, 1, 1)), ("in 3 days", (2026, 12, 4)), ("3日後", (2026, 12, 4)), ("2週間後", (2026, 12, 15)),
                          ("1か月後", (2027, 1, 1)), ("fri", (2026, 12, 4)), ("Tue", (2026, 12, 1)), ("monday", (2026, 12, 7)),
                          ("next fri", (2026, 12, 11)), ("来週金曜", (2026, 12, 11)), ("来週の月曜日", (2026, 12, 7)),
                          ("this fri", (2026, 12, 4)), ("this mon", (2026, 11, 30)), ("今週の日曜", (2026, 12, 6)),
                          ("月末", (2026, 12, 31)), ("来月末", (2027, 1, 31)), ("＋３ｄ", (2026, 12, 4)),
                          // By the end of a span: a week's Friday, a month's or year's last day, 31 March.
                          ("今週中", (2026, 12, 4)), ("end of week", (2026, 12, 4)), ("来週中", (2026, 12, 11)),
                          ("今月中", (2026, 12, 31)), ("来月中", (2027, 1, 31)), ("年内", (2026, 12, 31)), ("EOY", (2026, 12, 31)),
                          ("年度内", (2027, 3, 31)), ("今年度末", (2027, 3, 31))] {
            #expect(DateParser.relative(s, today: today) == CivilDate(want.0, want.1, want.2), "\(s)")
        }
        for s in ["+3x", "next", "someday", "+", "in days", "来週", "+d", "next monkey", "12/10", "+100000m", "+99999m"] {
            #expect(DateParser.relative(s, today: today) == nil, "\(s)")
        }
        // On a Saturday or Sunday, this week's Friday has passed: its end is today (it
        // was yesterday's date, a task overdue as soon as it was set).
        #expect(DateParser.relative("今週中", today: CivilDate(2026, 12, 5)!) == CivilDate(2026, 12, 5))
        #expect(DateParser.relative("今週末", today: CivilDate(2026, 12, 6)!) == CivilDate(2026, 12, 6))
        #expect(DateParser.relative("来週中", today: CivilDate(2026, 12, 6)!) == CivilDate(2026, 12, 11))
        // In January to March the fiscal year ends this March.
        #expect(DateParser.relative("年度内", today: CivilDate(2027, 2, 1)!) == CivilDate(2027, 3, 31))
    }

    /// The day after tomorrow, the week after next, and a date said as a deadline
    /// (`金曜まで`, `by fri`, `7/31までに`), as a weekly meeting says them (today
    /// 2026-12-01, a Tuesday).
    @Test func daysAfterTomorrowTheWeekAfterNextAndDeadlines() throws {
        let today = CivilDate(2026, 12, 1)!
        for (s, want) in [("明後日", (2026, 12, 3)), ("あさって", (2026, 12, 3)), ("day after tomorrow", (2026, 12, 3)),
                          ("再来週の金曜", (2026, 12, 18)), ("再来週月曜", (2026, 12, 14)), ("再来週中", (2026, 12, 18)),
                          ("金曜まで", (2026, 12, 4)), ("来週中までに", (2026, 12, 11)), ("by fri", (2026, 12, 4)),
                          ("By end of month", (2026, 12, 31)), ("明日まで", (2026, 12, 2))] {
            #expect(DateParser.relative(s, today: today) == CivilDate(want.0, want.1, want.2), "\(s)")
        }
        for s in ["まで", "by", "by ", "再来週", "bye fri", "金曜まで遅れ"] {
            #expect(DateParser.relative(s, today: today) == nil, "\(s)")
        }
        let ctx = DateContext(anchor: CivilDate(2026, 7, 1)!)
        #expect(try DateParser.parse("7/31まで", ctx) == CivilDate(2026, 7, 31))
        #expect(try DateParser.parse("7月31日(金)までに", ctx) == CivilDate(2026, 7, 31))
        #expect(try DateParser.parse("by Jul 31", ctx) == CivilDate(2026, 7, 31))
        #expect(throws: DateError.self) { try DateParser.parse("9月中旬まで", ctx) }
    }

    /// A month where a day is wanted (5月, 2027年5月, May 2027) is named as a month, with
    /// the forms of its days; within a month (5月中, 5月中に, 5月いっぱい) is its end.
    @Test func aMonthIsNoDayButWithinAMonthIsItsEnd() throws {
        let ctx = DateContext(anchor: CivilDate(2026, 12, 1)!)
        for s in ["5月", "2027年5月", "May 2027", "may", "令和9年5月"] {
            do { _ = try DateParser.parse(s, ctx); Issue.record("\(s) read") } catch {
                #expect(error.message == "'\(s)' is a month, not one day: write the day (5/31) or the month's end (5月末, end of May)", "\(s)")
            }
        }
        do { _ = try DateParser.parse("13月", ctx); Issue.record("13月 read") } catch { #expect(error.message.contains("is not a date")) }
        for s in ["5月中", "5月中に", "5月いっぱい", "2027年5月中", "5月末までに"] { #expect(try DateParser.parse(s, ctx) == CivilDate(2027, 5, 31), "\(s)") }
        #expect(DateParser.relative("今週中に", today: CivilDate(2026, 12, 1)!) == CivilDate(2026, 12, 4))
    }

    /// A deadline by the end of a day or week, or within a span (today 2026-12-01, a
    /// Tuesday): `今日中`, `今週末` (its Friday, as `end of week`), `10日以内`; the start
    /// of a week or month is no one day.
    @Test func endsOfDaysAndWeeksAndSpansWithin() throws {
        let today = CivilDate(2026, 12, 1)!
        for (s, want) in [("今日中", (2026, 12, 1)), ("本日中", (2026, 12, 1)), ("EOD", (2026, 12, 1)), ("明日中", (2026, 12, 2)),
                          ("明後日中", (2026, 12, 3)), ("今週末", (2026, 12, 4)), ("週末まで", (2026, 12, 4)),
                          ("来週末までに", (2026, 12, 11)), ("再来週末", (2026, 12, 18)), ("10日以内", (2026, 12, 11)),
                          ("2週間以内に", (2026, 12, 15)), ("1か月以内", (2027, 1, 1)), ("within 10 days", (2026, 12, 11)),
                          ("ｗｉｔｈｉｎ 2 weeks", (2026, 12, 15))] {
            #expect(DateParser.relative(s, today: today) == CivilDate(want.0, want.1, want.2), "\(s)")
        }
        for s in ["以内", "within", "within days", "日以内", "先週末"] {
            #expect(DateParser.relative(s, today: today) == nil, "\(s)")
        }
        let ctx = DateContext(anchor: CivilDate(2026, 7, 1)!)
        for s in ["週明け", "来週頭", "来週の頭", "月初", "7月頭"] {
            #expect(DateParser.isVague(s), "\(s)")
            #expect(throws: DateError.self) { try DateParser.parse(s, ctx) }
        }
    }

    /// A weekday's English name, its three letters (with or without a full stop) or a
    /// usual longer abbreviation; not any word that starts like one (it was a prefix
    /// match, so "monkey" was a Monday and "sunny" a Sunday).
    @Test func onlyAWeekdaysNameIsAWeekday() throws {
        for (s, w) in [("mon", 1), ("Mon.", 1), ("TUES", 2), ("weds", 3), ("Thurs", 4), ("thur", 4), ("saturday", 6), ("日曜", 0)] {
            #expect(DateParser.weekday(s) == w, "\(s)")
        }
        for s in ["monkey", "sunny", "frisbee", "wedding", "mo", "thursdays", "月曜日日"] {
            #expect(DateParser.weekday(s) == nil, "\(s)")
        }
        #expect(throws: DateError.self) { try MeetingSpec.parse("monkey 10:00 30m") }
        // "(sunny)" after a date is not a weekday to check, so the date is not read.
        #expect(throws: DateError.self) { try DateParser.parse("7/31 (sunny)", DateContext(year: 2026)) }
    }
}

struct CivilDateTests {
    @Test func daysRoundTripOverCenturies() {
        for d in stride(from: -800_000, to: 800_000, by: 997) {
            let c = CivilDate(days: d)
            #expect(c.days == d)
            #expect(CivilDate(c.year, c.month, c.day) != nil)
        }
    }

    @Test func knownWeekdays() {
        #expect(CivilDate(1970, 1, 1)!.weekday == 4)
        #expect(CivilDate(2026, 12, 7)!.weekday == 1)
        #expect(CivilDate(2000, 2, 29)!.weekday == 2)
    }

    @Test func addingMonthsIsMonthEndAware() {
        #expect(CivilDate(2027, 1, 31)!.adding(months: 1) == CivilDate(2027, 2, 28))
        #expect(CivilDate(2028, 1, 31)!.adding(months: 1) == CivilDate(2028, 2, 29))
        #expect(CivilDate(2026, 7, 31)!.adding(months: -1) == CivilDate(2026, 6, 30))
        #expect(CivilDate(2026, 11, 15)!.adding(months: 3) == CivilDate(2027, 2, 15))
    }

    @Test func monthsUntil() {
        #expect(CivilDate(2026, 7, 1)!.months(until: CivilDate(2026, 11, 1)!) == 4)
        #expect(CivilDate(2026, 7, 1)!.months(until: CivilDate(2026, 10, 31)!) == 3)
    }
}

/// A date written without its year but with its weekday, read in a year where the
/// weekday does not fall (9月30日(水) read as 2027's, a Thursday): the error names the
/// neighbouring year where it does, and how to say so.
struct WeekdayNamesTheYearTests {
    @Test func theErrorNamesTheYearTheWeekdayFallsIn() {
        let ctx = DateContext(anchor: CivilDate(2026, 12, 1)!)
        do {
            _ = try DateParser.parse("9月30日(水)", ctx)
            Issue.record("read")
        } catch {
            #expect(error.message == "'9月30日(水)': 2027-09-30 is a Thursday, not 水; 2026-09-30 is a Wednesday: write the year, or give --year 2026")
        }
        // With the year written, there is no other year to name.
        do {
            _ = try DateParser.parse("2026/9/30(木)", ctx)
            Issue.record("read")
        } catch {
            #expect(error.message == "'2026/9/30(木)': 2026-09-30 is a Wednesday, not 木")
        }
        // The weekday that falls in the year read is no error.
        #expect((try? DateParser.parse("9/30(木)", ctx)) == CivilDate(2027, 9, 30))
    }
}

/// A day said from today read where a date must name its day (a table's cell): the
/// error says why it is refused, not only that it is no date.
struct DateSaidFromTodayInATableTests {
    @Test func theErrorSaysWhy() {
        for s in ["来週金曜", "+1w", "next fri", "月末まで"] {
            do { _ = try DateParser.parse(s, DateContext(anchor: CivilDate(2026, 7, 1)!)); Issue.record("read \(s)") } catch {
                #expect(error.message == "'\(s)' is said from today, and a date in a table must stay one day: write the date itself")
                #expect(error.unreadable)
            }
        }
        do { _ = try DateParser.parse("someday", DateContext()); Issue.record("read") } catch {
            #expect(error.message.hasPrefix("'someday' is not a date"))
        }
        // Where a day may be said from today, it is read as one.
        #expect((try? DateParser.parse("来週金曜", DateContext(), orFrom: { CivilDate(2026, 7, 14)! })) == CivilDate(2026, 7, 24))
    }
}

/// The clock's date where the plan is (`Clock.today(env:zone:)`), on either side of
/// the machine's midnight.
struct PlanZoneTodayTests {
    @Test func theDateIsThePlansZones() throws {
        let tokyo = try ZoneInfo.load("Asia/Tokyo"), newYork = try ZoneInfo.load("America/New_York")
        // Sunday 2026-12-06 20:00 UTC is Monday 05:00 in Tokyo.
        let sundayEvening = CivilDate(2026, 12, 6)!.days * 86400 + 20 * 3600
        #expect(Clock.date(atUTC: sundayEvening, in: tokyo) == CivilDate(2026, 12, 7))
        // Monday 02:00 UTC is Sunday 21:00 in New York (EST, -5).
        #expect(Clock.date(atUTC: sundayEvening + 6 * 3600, in: newYork) == CivilDate(2026, 12, 6))
        // 2026-07-01 03:59 UTC is 23:59 on June 30 in summer time (EDT, -4); 04:00 is July.
        let july = CivilDate(2026, 7, 1)!.days * 86400 + 3 * 3600 + 59 * 60
        #expect(Clock.date(atUTC: july, in: newYork) == CivilDate(2026, 6, 30))
        #expect(Clock.date(atUTC: july + 60, in: newYork) == CivilDate(2026, 7, 1))
        // A second before the epoch: 08:59:59 on 1970-01-01 in Tokyo, 1969-12-31 in New York.
        #expect(Clock.date(atUTC: -1, in: tokyo) == CivilDate(1970, 1, 1))
        #expect(Clock.date(atUTC: -1, in: newYork) == CivilDate(1969, 12, 31))
        // SOURCE_DATE_EPOCH pins a UTC date, whatever the plan's zone.
        #expect(Clock.today(env: ["SOURCE_DATE_EPOCH": String(sundayEvening)], zone: tokyo) == CivilDate(2026, 12, 6))
    }
}
