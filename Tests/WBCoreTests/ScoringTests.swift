import Testing
@testable import WBCore

struct WilsonTests {
    @Test func normalQuantileKnownValues() {
        #expect(abs(Stats.normalQuantile(0.975) - 1.959963984540054) < 1e-12)
        #expect(abs(Stats.normalQuantile(0.95) - 1.6448536269514722) < 1e-12)
        #expect(abs(Stats.normalQuantile(0.5)) < 1e-15)
        #expect(abs(Stats.normalQuantile(0.001) + 3.090232306167813) < 1e-10)
    }

    /// The Wilson formula computed by hand for 4 of 5 at 95%: center 0.669654, half 0.294120.
    @Test func fourOfFive() {
        let w = Stats.wilson(successes: 4, n: 5, confidence: 0.95)
        #expect(formatFixed(w.low, places: 4) == "0.3755")
        #expect(formatFixed(w.high, places: 4) == "0.9638")
    }

    @Test func allOrNothingStayInZeroOne() {
        let all = Stats.wilson(successes: 3, n: 3, confidence: 0.95)
        #expect(all.high == 1)
        #expect(formatFixed(all.low, places: 4) == "0.4385")
        let none = Stats.wilson(successes: 0, n: 6, confidence: 0.95)
        #expect(none.low == 0)
    }
}

struct QuantityTests {
    /// A price per customer as well as per period (1,000円/人/月, $10 per user per
    /// month): the customer is the market's, so only the period counts. The error for a
    /// price without a period suggested 1000円/人/月, which was then refused.
    @Test func aPricePerCustomerKeepsItsPeriod() throws {
        #expect(try Quantity.price("1,000円/人/月") == (1000, .month))
        #expect(try Quantity.price("$10 per user per month") == (10, .month))
        #expect(try Quantity.price("12万円/社/年") == (120_000, .year))
        #expect(try Quantity.price("1000円/人") == (1000, nil))
        // The period before the amount, or noted after it; a note on tax left aside.
        #expect(try Quantity.price("月5千円") == (5000, .month))
        #expect(try Quantity.price("年 6万円") == (60_000, .year))
        #expect(try Quantity.price("5,000円（月額）") == (5000, .month))
        #expect(try Quantity.price("5,000円/月額") == (5000, .month))
        #expect(try Quantity.price("5,000円(税抜)/月") == (5000, .month))
        #expect(try Quantity.price("月額5,000円（税込）") == (5000, .month))
        #expect(try Quantity.price("50万円(買い切り)") == (500_000, .once))
        #expect(throws: Quantity.Problem.self) { try Quantity.price("月") }
        #expect(throws: Quantity.Problem.self) { try Quantity.price("月末5千円") }
        #expect(throws: Quantity.Problem.self) { try Quantity.price("1000円/人/週末") }
    }

    @Test(arguments: [("1,200,000", 1_200_000.0), ("12万", 120_000), ("3.5億", 350_000_000), ("¥1,000", 1000), ("5%", 0.05),
                      ("0.05", 0.05), ("3000万", 30_000_000), ("3億5000万", 350_000_000), ("1.2M", 1_200_000), ("５００円", 500),
                      ("1234", 1234), ("12.5", 12.5), (".5", 0.5), ("007", 7),
                      // 千, 百 and 十 within a large unit, as people write money: 3千万円 is 30 million.
                      ("3千万円", 30_000_000), ("千万", 10_000_000), ("1億2千万", 120_000_000), ("3千5百万", 35_000_000),
                      ("3万5千", 35_000), ("2千", 2_000), ("1.5千万", 15_000_000), ("5百円", 500),
                      ("2.5 million", 2_500_000), ("$1.2bn", 1_200_000_000), ("120 thousand", 120_000), ("3 Million", 3_000_000),
                      // An estimate said to be one: 約, 程度, about, ~.
                      ("約120万人", 1_200_000), ("120万人程度", 1_200_000), ("およそ 3千万円", 30_000_000), ("about 1.2 million", 1_200_000),
                      ("~5%", 0.05), ("5万社前後", 50_000), ("100万弱", 1_000_000)])
    func numbers(_ s: String, _ v: Double) throws {
        #expect(abs(try Quantity.number(s) - v) < 1e-9 * max(1, v))
    }

    @Test(arguments: ["three", "", "12万x", "1..2", "1.2.3", ".", "万", "x千万", "3千x", "千千", "million", "2 millions", "1e308万", "1e309",
                      "約", "程度", "about", "約約5"])
    func notNumbers(_ s: String) {
        #expect(throws: Quantity.Problem.self) { try Quantity.number(s) }
    }

    @Test func shareOver100PercentIsAnError() {
        #expect(throws: Quantity.Problem.self) { try Quantity.share("5") }
        #expect(try! Quantity.share("5%") == 0.05)
    }

    /// Frequencies and times as a team writes them in Japanese: small counts in kanji
    /// (週に一度, 月一, 一日三回, 二時間), 度 for 回, every business day (営業日ごと),
    /// every morning (毎朝), and a range an estimate gives, read as its midpoint
    /// (週2〜3回, 2-3/week, 15〜30分, ¥1,000〜2,000). 四半期 is no count of four.
    @Test func frequenciesAndTimesAsATeamWritesThem() throws {
        for (f, want) in [("週に一度", 52.0), ("月一", 12), ("年一", 1), ("一日三回", 1095), ("週1度", 52), ("営業日ごと", 245),
                          ("毎朝", 365), ("週2〜3回", 130), ("2-3/week", 130), ("月に1〜2回", 18), ("四半期に1回", 4), ("四半期ごと", 4)] {
            #expect(try Impact.perYear(f) == want, "\(f)")
        }
        #expect(try Impact.saved("二時間") == (2, .hours))
        #expect(try Impact.saved("15〜30分") == (0.375, .hours))
        #expect(try Impact.saved("¥1,000〜2,000") == (1500, .yen))
        #expect(Quantity.midpoint("~5%") == "~5%" && Quantity.midpoint("3-1回") == "3-1回")
        // What impact says it read as a midpoint, once.
        #expect(Quantity.isRange("週2〜3回") && Quantity.isRange("2-3/week") && Quantity.isRange("１５～３０分"))
        #expect(!Quantity.isRange("30分") && !Quantity.isRange("~5%") && !Quantity.isRange("3-1回") && !Quantity.isRange(""))
        #expect(Quantity.kanjiCounts("十一回") == "十一回" && Quantity.kanjiCounts("四半期") == "四半期")
    }

    /// A survey's answers hedged (約15分, 15分くらい, 月1回程度, about 15 min, 約50人) are
    /// read as their figure, as the market's numbers already were.
    @Test func hedgedAnswersAreTheirFigure() throws {
        for s in ["約15分", "15分くらい", "15分程度", "about 15 min", "~15min", "15分弱"] { #expect(try Impact.saved(s) == (0.25, .hours), "\(s)") }
        #expect(try Impact.saved("1時間強") == (1, .hours))
        for (f, want) in [("月1回程度", 12.0), ("月1くらい", 12), ("週2回くらい", 104), ("約月1回", 12), ("1日3回ほど", 1095), ("週1度程度", 52)] {
            #expect(try Impact.perYear(f) == want, "\(f)")
        }
        #expect(try Impact.people("約50人") == 50)
        #expect(try Quantity.price("¥1,000/月くらい") == (1000, .month))
        #expect(try Quantity.period("2年程度") == (2, .year))
        // A hedge alone is still no figure.
        #expect(throws: Quantity.Problem.self) { try Impact.perYear("程度") }
    }

    /// An amount that gives no number (月に数回, たまに, 数分) is asked for as a number,
    /// the cell written with one (月に3回) where it can be.
    @Test func amountsWithoutANumberAreAskedForOne() throws {
        func message(_ body: () throws -> Any) -> String? {
            do { _ = try body(); return nil } catch { return (error as? Quantity.Problem)?.message ?? "\(error)" }
        }
        #expect(message { try Impact.perYear("月に数回") } == "'月に数回' gives no number (数回): write how many, as 月に3回, a guess if need be")
        #expect(message { try Impact.perYear("週に何回か") } == "'週に何回か' gives no number (何回か): write how many, as 週に3回, a guess if need be")
        #expect(message { try Impact.perYear("たまに") } == "'たまに' gives no number (たまに): write how many, as 月3回, a guess if need be")
        #expect(message { try Impact.perYear("a few times a week") } == "'a few times a week' gives no number (a few): write how many, as 3 times a week, a guess if need be")
        #expect(message { try Impact.saved("数分") } == "'数分' gives no number (数分): write how many, as 3分, a guess if need be")
        #expect(message { try Impact.perYear("月に3回") } == nil)
        // How many people meet a question.
        for (p, n) in [("10人", 10.0), ("４名", 4), ("二人", 2), ("5〜10人", 7.5), ("12", 12)] { #expect(try Impact.people(p) == n, "\(p)") }
        #expect(message { try Impact.people("0人") } == "'0人' is not a number of people (1 or more)")
        #expect(message { try Impact.people("数人") }?.contains("gives no number") == true)
        #expect(message { try Quantity.number("数万社") } == "'数万社' gives no number (数万): write how many, as 3万社, a guess if need be")
        #expect(message { try Impact.perYear("月に1回程") }?.contains("gives no number") == false)
    }

    @Test func fifteenMinutesADay() throws {
        let (h, u) = try Impact.saved("15min")
        #expect(u == .hours)
        #expect(h * (try Impact.perYear("1/day")) == 91.25)
        #expect(try Impact.perYear("1日3回") == 1095)
        #expect(try Impact.perYear("週2回") == 104)
        #expect(try Impact.perYear("月1回") == 12)
        #expect(try Impact.perYear("2/week") == 104)
        // As people write them, in English and Japanese.
        for (f, n) in [("twice a week", 104.0), ("3 times a day", 1095), ("once a month", 12), ("2x/week", 104), ("2x per week", 104),
                       ("quarterly", 4), ("annually", 1), ("every day", 365), ("every 2 weeks", 26), ("every other week", 26),
                       ("twice every 3 weeks", 104.0 / 3), ("4 times a year", 4), ("once a workday", 245), ("Biweekly", 26),
                       ("四半期に1回", 4), ("半年に1回", 2), ("毎営業日", 245), ("平日毎日", 245), ("毎年", 1),
                       ("月1", 12), ("週2", 104), ("年4", 4), ("営業日1", 245), ("隔日", 182.5), ("1日おき", 182.5)] {
            #expect(try Impact.perYear(f) == n, "\(f)")
        }
        for f in ["twice", "once an hour", "every", "3 times", "x a week", "0 times a day", "毎時", "月", "2月1", "1月"] {
            #expect(throws: Quantity.Problem.self, "\(f)") { try Impact.perYear(f) }
        }
        #expect(try Impact.saved("500円").1 == .yen)
        #expect(try Impact.saved("2時間").0 == 2)
        // Days of work are 8 hours; half a day, 4.
        for (d, h) in [("3日", 24.0), ("3人日", 24), ("2 days", 16), ("1 person-day", 8), ("半日", 4), ("half a day", 4), ("0.5日", 4)] {
            #expect(try Impact.saved(d) == (h, .hours), "\(d)")
        }
    }

    @Test func mixingTimeAndMoneySaysWhy() {
        do { _ = try Impact.saved("15分 500円"); Issue.record("no error") } catch { #expect(error.message.contains("time and money")) }
    }

    @Test func pricesAndPeriods() throws {
        #expect(try Quantity.price("¥1,000/month") == (1000, .month))
        #expect(try Quantity.price("10 USD per month") == (10, .month))
        #expect(try Quantity.price("月額1,000円") == (1000, .month))
        #expect(try Quantity.price("年額 12万円") == (120_000, .year))
        #expect(try Quantity.price("年間12,000円") == (12_000, .year))
        #expect(try Quantity.price("毎月 500円") == (500, .month))
        #expect(try Quantity.price("monthly $10") == (10, .month))
        #expect(try Quantity.price("$120 a year") == (120, .year))
        #expect(try Quantity.price("一括30万円") == (300_000, .once))
        #expect(try Quantity.period("3年") == (3, .year))
        #expect(try Quantity.period("24ヶ月") == (24, .month))
        #expect(throws: Quantity.Problem.self) { try Quantity.price("1000/fortnight") }
    }

    @Test func numberFormatting() {
        #expect(formatNumber(144_000_000) == "144000000")
        #expect(formatNumber(4.8) == "4.8")
        #expect(formatNumber(91.25) == "91.25")
        #expect(Quantity.grouped(180000, places: 0) == "180,000")
        #expect(formatFixed(0.5, places: 4) == "0.5000")
    }
}

struct GateTests {
    /// A gate a team writes by hand in Japanese words (it was "cannot read"): read as
    /// the same gate; words that give no figure stay an error, of the text as written.
    @Test func gatesInJapaneseWords() throws {
        for (text, want) in [("解決率80%以上、購入率50%以上", "solved>=80% purchase>=50%"),
                             ("解決 8割 購入 半数", "solved>=80% purchase>=50%"),
                             ("課題解決率 80% 以上 / 購入決定率 50% 以上", "solved>=80% purchase>=50%"),
                             ("社内で解決80%以上・購入50%以上", "solved>=80% purchase>=50% segment=internal"),
                             ("80% が達成、50% が購入決定", "solved>=80% purchase>=50%"),
                             ("社外: 解決率が80%以上", "solved>=80% segment=external"),
                             ("価値がコストの3倍以上", "value>=3*cost")] {
            #expect((try? Gate.parse(text))?.text == want, "\(text)")
        }
        for text in ["解決率が高いこと", "購入", "80%"] {
            do { _ = try Gate.parse(text); Issue.record("read \(text)") } catch {
                #expect(error.message.contains("'"), "\(error.message)")
            }
        }
    }

    @Test func parsesTheMilestoneGates() throws {
        let g = try Gate.parse("solved>=80% purchase>=50% segment=internal")
        #expect(g.solved == 0.8 && g.purchase == 0.5 && g.segment == "internal")
        let m = try Gate.parse("value>=3*cost")
        #expect(m.isMarket && m.multiple == 3)
        let n = try Gate.parse("value>=N*cost")
        #expect(n.isMarket && n.multiple == nil)
        #expect(throws: DateError.self) { try Gate.parse("solved>80%") }
    }
}

/// The O(n log n) ranking and Pareto front agree with their quadratic definitions.
struct RankingTests {
    @Test func ranksAndParetoMatchTheDefinitions() {
        var g = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let n = Int.random(in: 0...30, using: &g)
            let impact = (0..<n).map { _ in Double([1, 2, 3, 5, 8, 5.5, 100].randomElement(using: &g)!) }
            let diff = (0..<n).map { _ in [1, 3, 5, 8, 10, 13].randomElement(using: &g)! }
            let r = ranks(impact)
            let front = paretoFront(impact: impact, difficulty: diff)
            for i in 0..<n {
                #expect(r[i] == 1 + impact.filter { $0 > impact[i] }.count)
                let dominated = (0..<n).contains { j in
                    j != i && impact[j] >= impact[i] && diff[j] <= diff[i] && (impact[j] > impact[i] || diff[j] < diff[i])
                }
                #expect(front[i] == !dominated, "\(impact) \(diff) at \(i)")
            }
        }
        #expect(ranks([3, 1, 3, 2]) == [1, 4, 1, 3])
    }

    /// By group (a team, a pair), each item is ranked and weighed against its own
    /// group's only.
    @Test func groupsAreRankedApart() {
        var g = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let n = Int.random(in: 0...40, using: &g)
            let impact = (0..<n).map { _ in Double([1, 2, 3, 5, 8].randomElement(using: &g)!) }
            let diff = (0..<n).map { _ in [1, 3, 5, 8].randomElement(using: &g)! }
            let groups = (0..<n).map { _ in Int.random(in: 0..<3, using: &g) }
            let (r, front) = (ranks(impact, groups: groups), paretoFront(impact: impact, difficulty: diff, groups: groups))
            for i in 0..<n {
                let mates = (0..<n).filter { groups[$0] == groups[i] }
                #expect(r[i] == 1 + mates.filter { impact[$0] > impact[i] }.count)
                let dominated = mates.contains { j in
                    j != i && impact[j] >= impact[i] && diff[j] <= diff[i] && (impact[j] > impact[i] || diff[j] < diff[i])
                }
                #expect(front[i] == !dominated)
            }
        }
        #expect(paretoFront(impact: [5, 1], difficulty: [1, 3], groups: [0, 1]) == [true, true])
        #expect(paretoFront(impact: [5, 1], difficulty: [1, 3], groups: [0, 0]) == [true, false])
    }
}

/// The workshop deck's own wording is read with the right values (#11, point 2).
struct DeckWordsTests {
    @Test(arguments: [("1週間に2回", 104.0), ("週に2回", 104), ("月に2回", 24), ("毎日", 365), ("毎週", 52),
                      ("1日3回", 1095), ("年4回", 4), ("2週間に1回", 26), ("3ヶ月に1回", 4), ("隔週", 26),
                      ("毎月に1回", 12), ("1年間に6回", 6)])
    func frequencies(_ c: (String, Double)) throws {
        #expect(try Impact.perYear(c.0) == c.1, "\(c.0)")
    }

    @Test(arguments: [("100万社", 1_000_000.0), ("100万人", 1_000_000), ("5千件", 5_000), ("１２万社", 120_000), ("300 companies", 300)])
    func countsWithCounters(_ c: (String, Double)) throws {
        #expect(try Quantity.number(c.0) == c.1, "\(c.0)")
    }

    @Test func periodsAndDurations() throws {
        #expect(try Quantity.period("2年間") == (2, .year))
        #expect(try Quantity.period("24ヶ月") == (24, .month))
        #expect(try Quantity.period("24か月") == (24, .month))
        #expect(try Quantity.period("24ヶ月間") == (24, .month))
        // As people say them: a half, years and months together, quarters.
        #expect(try Quantity.period("2年半") == (2.5, .year))
        #expect(try Quantity.period("半年") == (6, .month))
        #expect(try Quantity.period("1年6ヶ月") == (18, .month))
        #expect(try Quantity.period("1 year 6 months") == (18, .month))
        #expect(try Quantity.period("2 years, 3 mo") == (27, .month))
        #expect(try Quantity.period("6 quarters") == (18, .month))
        #expect(try Quantity.period("6四半期") == (18, .month))
        #expect(throws: Quantity.Problem.self) { try Quantity.period("1年6") }
        #expect(throws: Quantity.Problem.self) { try Quantity.period("年半") }
        #expect(try DateParser.minutes("20分") == 20)
        #expect(try DateParser.minutes("20分間") == 20)
        #expect(try DateParser.minutes("1時間半") == 90)
        #expect(try DateParser.minutes("1時間30分") == 90)
        #expect(try Impact.saved("1時間半") == (1.5, .hours))
        #expect(try Impact.saved("1時間30分") == (1.5, .hours))
        #expect(try Impact.saved("20分") == (20.0 / 60, .hours))
    }

    @Test func meetingsAsTheDeckWritesThem() throws {
        let thu = MeetingSpec(weekday: 4, time: TimeOfDay(10, 0)!, minutes: 30)
        #expect(try MeetingSpec.parse("木 10:00-10:30") == thu)
        #expect(try MeetingSpec.parse("thu 10:00-10:30") == thu)
        #expect(try MeetingSpec.parse("木曜 10時から30分") == thu)
        #expect(try MeetingSpec.parse("木曜日 10:00〜10:30") == thu)
        #expect(try MeetingSpec.parse("thu 10:00 30m") == thu)
        #expect(throws: DateError.self) { try MeetingSpec.parse("木 10:30-10:00") }
    }

    @Test func meetingIntervalsAsPeopleWriteThem() {
        for (s, w) in [("weekly", 1), ("1w", 1), ("毎週", 1), ("biweekly", 2), ("隔週", 2), ("2 weeks", 2),
                       ("２Ｗ", 2), (" 3週 ", 3), ("52w", 52)] {
            #expect(MeetingSpec.weeks(s) == w, "\(s)")
        }
        for s in ["", "0w", "53w", "fortnightly", "2x", "-1w"] { #expect(MeetingSpec.weeks(s) == nil, "\(s)") }
    }

    @Test func notFrequencies() {
        for s in ["週に", "に2回", "1週間に0回", "0週間に2回", "週にx回"] {
            #expect(throws: Quantity.Problem.self, "\(s)") { try Impact.perYear(s) }
        }
    }
}

/// M3: the break-even share gives exactly the cost, the required share N × the cost,
/// and a price without its period is never taken as monthly.
struct MarketSizingTests {
    @Test func breakevenAndRequiredShares() throws {
        let (price, per) = try Quantity.price("¥1,000/month")
        let (period, unit) = try Quantity.period("2年")
        let m = MarketSizing(market: try Quantity.number("12万"), share: try Quantity.share("5%"), price: price,
                             pricePer: per!, period: period, periodUnit: unit, cost: try Quantity.number("3000万"), multiple: 3)
        #expect(m.value == 144_000_000)
        #expect(abs(m.ratio - 4.8) < 1e-12)
        // breakeven_share × market × price × period = cost, to 4 significant digits.
        let atBreakeven = m.breakevenShare * 120_000 * 1_000 * 24
        #expect(abs(atBreakeven - 30_000_000) / 30_000_000 < 5e-5)
        #expect(abs(m.requiredShare * 120_000 * 1_000 * 24 - 3 * 30_000_000) < 1e-3)
        #expect(abs(m.breakevenShare - 0.0104167) < 1e-6)
        #expect(abs(m.requiredShare - 0.03125) < 1e-12)
        #expect(abs(m.breakevenPrice * 120_000 * 0.05 * 24 - 30_000_000) < 1e-3)
    }

    @Test func aOneOffPriceIsNotMultipliedByThePeriod() throws {
        let (price, per) = try Quantity.price("5000円/回")
        #expect(price == 5000 && per == .once)
        let m = MarketSizing(market: 1_000_000, share: 0.05, price: price, pricePer: per!, period: 2, periodUnit: .year,
                             cost: 30_000_000, multiple: 3)
        #expect(m.value == 250_000_000)
        // A price without its period has none: the command asks instead of guessing.
        #expect(try Quantity.price("5000円") == (5000, nil))
        #expect(try Quantity.price("5000円/年").1 == .year)
    }
}

/// The gate's tally: testers summed per team × segment in order of first appearance,
/// the deck's example (4 of 5 solved, 3 of 5 bought) passing 80%/50% on weak evidence,
/// and the answers and segments as people write them.
struct GateTallyTests {
    @Test func testersAreSummedPerTeamAndSegment() {
        var t = GateTally()
        let limits = (solved: 0.8, purchase: 0.5)
        for (team, seg, s, p) in [("A", "社内", true, false), ("B", "社内", true, true), ("A", "社内", false, true), ("A", "external", true, true)] {
            t.add(tester: seg, team: team, teamKey: team.lowercased(), solved: s, purchased: p, thresholds: limits)
        }
        #expect(t.segments.map { "\($0.team!)/\($0.name) \($0.n) \($0.solved) \($0.purchased)" } == ["A/社内 2 1 1", "B/社内 1 1 1", "A/external 1 1 1"])
    }

    @Test func fourOfFivePassesOnWeakEvidence() {
        let s = GateTally.Segment(team: nil, name: "all", n: 5, solved: 4, purchased: 3, solvedThreshold: 0.8, purchaseThreshold: 0.5)
        let v = GateTally.verdict(s, confidence: 0.95)
        #expect(v.pass && !v.strong)
        #expect(abs(v.solvedRate - 0.8) < 1e-12 && abs(v.purchaseRate - 0.6) < 1e-12)
        #expect(v.solvedLow < 0.8 && v.solvedHigh > 0.8)
        let big = GateTally.Segment(team: nil, name: "all", n: 400, solved: 360, purchased: 300, solvedThreshold: 0.8, purchaseThreshold: 0.5)
        #expect(GateTally.verdict(big, confidence: 0.95).strong)
        let short = GateTally.Segment(team: nil, name: "all", n: 5, solved: 3, purchased: 5, solvedThreshold: 0.8, purchaseThreshold: 0.5)
        #expect(!GateTally.verdict(short, confidence: 0.95).pass)
        #expect(GateTally.smallSampleNote(4) != nil && GateTally.smallSampleNote(1) != GateTally.smallSampleNote(2) && GateTally.smallSampleNote(5) == nil)
    }

    @Test func answersAndSegmentsAsPeopleWriteThem() throws {
        for y in ["yes", "Y", "○", "はい", "ｙｅｓ", " 1 ", "✓", "✔", "☑", "あり", "OK", "ok", "解決した", "買う", "購入する", "できた"] { #expect(try GateTally.yesNo(y), "\(y)") }
        for n in ["no", "×", "いいえ", "", "0", "✗", "☐", "なし", "未解決", "未購入", "NG", "✖", "しない", "買わない", "購入しない", "できなかった"] { #expect(try !GateTally.yesNo(n), "\(n)") }
        // Undecided answers decide nothing: no, and known as undecided (the command says so).
        for u in ["maybe", "検討中", "未定", "△", "Not sure"] { #expect(try !GateTally.yesNo(u) && GateTally.isUndecided(u), "\(u)") }
        #expect(!GateTally.isUndecided("no") && !GateTally.isUndecided(""))
        // Empty answers are counted apart from the undecided ones, the first kept for the warning.
        var noted = GateTally.Undecided()
        for (k, a) in ["yes", " ", "maybe", "", "no"].enumerated() { noted.note(a, at: SourceLocation(file: "t.csv", line: k + 2, column: 3)) }
        #expect(noted.count == 1 && noted.first?.line == 4 && noted.blanks == 2 && noted.firstBlank?.line == 3)
        #expect(noted.blankWarning?.hasPrefix("2 answers are empty") == true && noted.warning?.contains("'maybe'") == true)
        #expect(GateTally.Undecided().blankWarning == nil)
        // A form's scale of agreement: the upper boxes yes, the lower no, the middle undecided.
        for y in ["とてもそう思う", "そう思う", "ややそう思う", "Strongly agree", "agree"] { #expect(try GateTally.yesNo(y), "\(y)") }
        for n in ["そう思わない", "あまりそう思わない", "まったくそう思わない", "Disagree", "strongly disagree"] {
            #expect(try !GateTally.yesNo(n) && !GateTally.isUndecided(n), "\(n)")
        }
        for u in ["どちらともいえない", "Neutral", "検討する", "前向きに検討したい"] { #expect(try !GateTally.yesNo(u) && GateTally.isUndecided(u), "\(u)") }
        #expect(throws: DateError.self) { try GateTally.yesNo("blue") }
        #expect(try GateTally.count("1,200") == 1200 && GateTally.count("１２") == 12)
        #expect(throws: DateError.self) { try GateTally.count("-3") }
        #expect(GateTally.segmentMatches("社内", "internal") && GateTally.segmentMatches("Customers", "社外"))
        #expect(!GateTally.segmentMatches("社内", "external") && !GateTally.segmentMatches("partners", "internal"))
        #expect(GateTally.segmentMatches("顧客", "external") && GateTally.segmentMatches("お客様", "社外") && GateTally.segmentMatches("自社", "internal"))
        #expect(!GateTally.segmentMatches("顧客", "internal") && !GateTally.segmentMatches("社員", "external"))
    }
}

/// An invention's impact as the ranking reads it: a number, or a yearly impact as
/// `wb-score impact` writes it in either language; and its summed difficulty.
struct InventionValueTests {
    @Test func impactsAsImpactWritesThem() throws {
        for (s, v, u) in [("208", 208.0, nil), ("1.2万", 12_000, nil), ("208h/year", 208, Impact.Unit.hours), ("91.3h/year", 91.3, .hours),
                          ("¥180,000/year", 180_000, .yen), ("年間 208 時間", 208, .hours), ("年間 180,000 円", 180_000, .yen),
                          ("年 208 時間", 208, .hours), ("年 180,000 円", 180_000, .yen),
                          ("12 hours per year", 12, .hours), ("5000円/年", 5000, .yen)] as [(String, Double, Impact.Unit?)] {
            let r = try Invention.impact(s)
            #expect(abs(r.value - v) < 1e-9 && r.unit == u, "\(s)")
        }
        for s in ["lots", "208h/week", "", "h/year"] {
            #expect(throws: Quantity.Problem.self, "\(s)") { try Invention.impact(s) }
        }
    }

    /// Hours and yen are not ranked together; bare numbers go with either.
    @Test func impactsOfOneKind() {
        var units = Invention.OneUnit()
        #expect(units.admit(nil, written: "208", line: 2) == nil)
        #expect(units.admit(.hours, written: "208h/year", line: 3) == nil)
        #expect(units.admit(nil, written: "12", line: 4) == nil)
        #expect(units.admit(.hours, written: "年 91 時間", line: 5) == nil)
        let problem = units.admit(.yen, written: "¥5,000/year", line: 6)
        #expect(problem?.contains("'¥5,000/year'") == true && problem?.contains("line 3") == true, "\(problem ?? "nil")")
    }

    @Test func difficultiesAreSummedOnTheScale() throws {
        #expect(try Invention.difficulty("3+5", scale: [1, 3, 5, 8, 10]) == 8)
        #expect(try Invention.difficulty("８", scale: [1, 3, 5, 8, 10]) == 8)
        // With units, as story points are written.
        // Listed as a team lists its solutions' difficulties (3、5, 3, 5): summed too.
        for s in ["3pt+5pt", "3 pt + 5", "3点+5点", "3 points + 5 points", "3+5SP", "3、5", "3, 5", "3，5点"] {
            #expect(try Invention.difficulty(s, scale: [1, 3, 5, 8, 10]) == 8, "\(s)")
        }
        #expect(throws: DateError.self) { try Invention.difficulty("3pt+4pt", scale: [1, 3, 5, 8, 10]) }
        #expect(throws: DateError.self) { try Invention.difficulty("4", scale: [1, 3, 5, 8, 10]) }
        // Hedged as an estimate: the figure; a hedge alone or off the scale still refused.
        #expect(try Invention.difficulty("5程度", scale: [1, 3, 5, 8, 10]) == 5)
        #expect(try Invention.difficulty("約3+5", scale: [1, 3, 5, 8, 10]) == 8)
        #expect(try Invention.difficulty("3程度+5くらい", scale: [1, 3, 5, 8, 10]) == 8)
        #expect(try Invention.difficulty("about 8 pt", scale: [1, 3, 5, 8, 10]) == 8)
        #expect(throws: DateError.self) { try Invention.difficulty("程度", scale: [1, 3, 5, 8, 10]) }
        #expect(throws: DateError.self) { try Invention.difficulty("4くらい", scale: [1, 3, 5, 8, 10]) }
        #expect(throws: DateError.self) { try Invention.difficulty(" ", scale: [1, 3, 5, 8, 10]) }
        // Listed with ・ too; a column of totals (no scale) takes any whole number above 0.
        #expect(try Invention.difficulty("10・8", scale: [1, 3, 5, 8, 10]) == 18)
        #expect(try Invention.difficulty("13", scale: nil) == 13)
        #expect(throws: DateError.self) { try Invention.difficulty("0", scale: nil) }
    }
}

/// Proportions in the Japanese way, for gates and shares: 8割 is 80%.
struct WariTests {
    @Test func wariIsTenths() throws {
        for (s, v) in [("8割", 0.8), ("８割", 0.8), ("8割5分", 0.85), ("1割", 0.1), ("10割", 1.0), ("0.5割", 0.05)] {
            #expect(abs((Quantity.wari(s) ?? -1) - v) < 1e-12, "\(s)")
        }
        for s in ["12割", "割", "8割x", "5分", "8割10分", "-1割"] { #expect(Quantity.wari(s) == nil, "\(s)") }
        #expect(try Quantity.share("1割") == 0.1)
        #expect(Gate.percent("8割") == 0.8 && Gate.percent("５０％") == 0.5)
        // A half, as the deck's gate says it: 半数が購入決定.
        for s in ["半分", "半数", "Half", " 半数 "] { #expect(Quantity.wari(s) == 0.5 && Gate.percent(s) == 0.5, "\(s)") }
        #expect(Quantity.wari("半分以上") == nil)
    }
}


/// A score table's columns found by a word their header holds, as a form's export heads
/// them with its questions; found by name first, and never when two headers hold it.
struct ScoreColumnsContainsTests {
    static func table(_ header: String) throws -> Table {
        try Table.read(TableReader(source: ByteSource(name: "form.csv", bytes: Array((header + "\n").utf8))))
    }

    @Test func aQuestionsHeaderIsReadAsItsColumn() throws {
        let spec: [(String, [String])] = [("solved", ["解決"]), ("purchase", ["購入"])]
        let contains: [(String, [String])] = [("solved", ["解決"]), ("purchase", ["購入", "buy"])]
        let c = try ScoreColumns(try Self.table("時刻,課題は解決できましたか？,Would you buy it?"), spec, required: ["solved", "purchase"], contains: contains)
        #expect(c.index["solved"] == 1 && c.index["purchase"] == 2)
        #expect(c.inferred.map(\.header) == ["課題は解決できましたか？", "Would you buy it?"])
        // By name first: 解決 is the column, the question beside it is not taken.
        let named = try ScoreColumns(try Self.table("解決,解決できなかった理由,購入"), spec, required: ["solved", "purchase"], contains: contains)
        #expect(named.index["solved"] == 0 && named.inferred.isEmpty)
        // Two candidates: neither is taken, and the error names both.
        do {
            _ = try ScoreColumns(try Self.table("解決できた?,解決できなかった理由,購入"), spec, required: ["solved", "purchase"], contains: contains)
            Issue.record("read")
        } catch let e as WBError {
            #expect(e.message.contains("2 columns could be it: '解決できた?', '解決できなかった理由'"))
        }
    }
}

/// `gate`'s table without the command line: testers read into segments per team, each
/// judged against its team's gate, rows of counts kept as they came.
struct GateTableTests {
    static let spec: [(String, [String])] = [("segment", []), ("tester", []), ("n", []), ("solved", []), ("purchase", ["purchased"])]

    func read(_ text: String, teams: Bool = false, solved: Double? = nil,
              gate: @escaping (String?) -> GateTally.Thresholds = { _ in (0.8, 0.5, nil) }) throws -> (GateTally, GateTally.Notices, Table) {
        let table = try Table.read(TableReader(source: ByteSource(name: "t.csv", bytes: Array(text.utf8))))
        let cols = try ScoreColumns(table, Self.spec, required: ["solved", "purchase"])
        var notices = GateTally.Notices()
        let tally = try GateTally.read(table, columns: cols, teamColumn: teams ? Teams.column(table.header) : nil, teams: Teams(), teamKey: nil,
                                       thresholds: gate, solved: solved, purchase: nil, notices: &notices)
        return (tally, notices, table)
    }

    @Test func testersAreJudgedPerTeamAgainstTheirTeamsGate() throws {
        let text = "team,tester,segment,solved,purchase\nA,a1,社内,yes,yes\nA,a2,社内,yes,no\nB,b1,社内,yes,yes\nA,a1,社内,maybe,no\nB,b2,社外,no,no\nA,a3,社外,yes,yes\n"
        // Team A's gate judges only the internal testers, at 50% solved and 30% buying; B's every tester at 80% and 50%.
        let (tally, notices, table) = try read(text, teams: true) { key in key == Teams().key("A") ? (0.5, 0.3, "internal") : (0.8, 0.5, nil) }
        #expect(tally.segments.map { "\($0.team!) \($0.name) \($0.n)/\($0.solved)/\($0.purchased) \($0.solvedThreshold)" }
                == ["A 社内 3/2/1 0.5", "B 社内 1/1/1 0.8", "B 社外 1/0/0 0.8"])
        #expect(notices.undecided.count == 1 && notices.undecided.first?.line == 5)
        #expect(notices.repeats.count == 1 && notices.repeats.first?.name == "a1")
        let v = tally.table(milestone: "M1", teamHeader: table.header.string(0), countsHeader: nil, confidence: 0.95, lang: .en)
        #expect(v.header.prefix(6) == ["milestone", "team", "segment", "n", "solved", "purchased"])
        #expect(v.rows.map { Array($0.prefix(3)) + [$0[12]] } == [["M1", "A", "社内", "pass"], ["M1", "B", "社内", "pass"], ["M1", "B", "社外", "fail"]])
        #expect(!v.pass)
        // Every segment has fewer than 5 testers: a note each, naming the team.
        #expect(v.notes.count == 3 && v.notes[0].hasPrefix("team A, segment 社内:"))
    }

    @Test func rowsOfCountsAreSegmentsOfTheirOwnAndKeepTheirColumns() throws {
        let text = "segment,n,solved,purchased,memo\ninternal,10,8,6,x\nexternal,4,4,1,y\n"
        let (tally, _, table) = try read(text, solved: 0.9)
        let v = tally.table(milestone: nil, teamHeader: nil, countsHeader: table.headerNames, confidence: 0.95, lang: .ja)
        #expect(v.header.prefix(5) == ["segment", "n", "solved", "purchased", "memo"])
        #expect(v.rows[0].prefix(5) == ["internal", "10", "8", "6", "x"])
        // --solved 90% replaces the gate's 80%: 8 of 10 fails, in Japanese words.
        #expect(v.rows[0].last == "50%" && v.rows[0][v.rows[0].count - 2] == "90%")
        // 8 of 10 is below 90%; 4 of 4 solved but 1 of 4 bought is below 50%.
        #expect(v.rows.map { $0[11] } == [Labels.word("fail", .ja), Labels.word("fail", .ja)] && Labels.word("fail", .ja) != "fail")
        #expect(!v.pass)
        #expect {
            _ = try read("segment,n,solved,purchased\ninternal,3,4,1\n")
        } throws: { e in (e as? WBError)?.location?.line == 2 }
    }
}

/// `market`, `impact` and `invent` without the command line: a table read through the
/// command's columns, each row given its figures and rank.
struct ScoreTablesTests {
    static func table(_ text: String) throws -> Table {
        try Table.read(TableReader(source: ByteSource(name: "t.csv", bytes: Array(text.utf8))))
    }

    @Test func marketJudgesEachScenarioAgainstItsOwnNOrTheGivenOne() throws {
        let t = try Self.table("scenario,市場規模,シェア,単価,期間,コスト,倍率\nA,10000,5%,1000/月,12か月,1000000,\nB,10000,1%,1000/月,12か月,1000000,1\n")
        let cols = try MarketSizing.columns(t)
        var rows: [[String]] = []
        let pass = try MarketSizing.scenarios(t, columns: cols, given: { _ in 3 }, oneOff: false, lang: .en) { rows.append($0) }
        // A: 10,000 × 5% × 1,000 × 12 = 6,000,000, 6× the cost against the given 3;
        // B: 1,200,000, 1.2× against its own 1. The break-even share is cost / (market ×
        // price × period): 1,000,000 / 120,000,000.
        #expect(rows.map { Array($0.suffix(8).prefix(4)) } == [["6000000", "6", "pass", "3"], ["1200000", "1.2", "pass", "1"]])
        #expect(rows[0][11] == "0.8333%" && rows[0][12] == "2.5%")
        #expect(pass)
        #expect(MarketSizing.header(.ja).count == 8)
        // Without a period the price is a question, unless it is paid once; without any N, an error.
        let once = try Self.table("market_size,share,unit_price,period,cost\n100,10%,500,1,1000\n")
        #expect(throws: WBError.self) { try MarketSizing.scenarios(once, columns: MarketSizing.columns(once), given: { _ in 2 }, oneOff: false, lang: .en) { _ in } }
        var onceRows: [[String]] = []
        // 100 × 10% × 500, once: 5,000, 5× the cost.
        #expect(try MarketSizing.scenarios(once, columns: MarketSizing.columns(once), given: { _ in 2 }, oneOff: true, lang: .en) { onceRows.append($0) })
        #expect(onceRows[0][5...8] == ["5000", "5", "pass", "2"])
        #expect {
            try MarketSizing.scenarios(t, columns: cols, given: { _ in nil }, oneOff: false, lang: .en) { _ in }
        } throws: { e in (e as? WBError)?.location?.line == 2 }
    }

    /// A scenario that would need more than the whole market to pass gets a note at
    /// its share, with the unit price that would pass; one that passes, or fails at
    /// a share the market has, gets none.
    @Test func marketSaysWhenNoShareCanPass() throws {
        let t = try Self.table("scenario,market_size,share,unit_price,period,cost\nsmall,5000,0.5%,500/回,1年,150000000\nfine,10000,5%,1000/月,12か月,1000000\nshort,10000,1%,1000/月,12か月,1000000\n")
        var notes: [(String, WBCore.SourceLocation)] = []
        let pass = try MarketSizing.scenarios(t, columns: MarketSizing.columns(t), given: { _ in 3 }, oneOff: false, lang: .en,
                                              note: { notes.append(($0, $1)) }) { _ in }
        #expect(!pass)
        // small: 5,000 × 0.5% × 500 = 12,500 against 3 × 150,000,000: 18,000% of the
        // market (450,000,000 / (5,000 × 500)), or a unit price of 18,000,000 at its share.
        #expect(notes.count == 1)
        #expect(notes.first?.0 == "no share passes: 3 × the cost takes 18000% of the market, more than all of it; at this market size and share the unit price would have to be 18000000 or more")
        #expect(notes.first?.1 == WBCore.SourceLocation(file: "t.csv", line: 2, column: 12))
    }

    @Test func impactRanksHoursAndMoneyApartWithinEachGroup() throws {
        let t = try Self.table("question,saved,frequency,人数\nq1,15分,週2回,\nq2,1時間,月1回,3\nq3,¥500,週2〜3回,\nq4,2時間,日1回,\n")
        let (header, rows, range) = try Impact.yearly(t, columns: Impact.columns(t), groups: [0, 0, 0, 1], lang: .en)
        #expect(header == ["per_year", "unit", "per_year_text", "rank"])
        // q1 0.25 h × 104 = 26 h; q2 1 h × 12 × 3 = 36 h; q3 ¥500 × 130 a year; q4 alone in its group.
        #expect(rows.map { $0.rec[4] } == ["26", "36", "65000", "730"])
        #expect(rows.map(\.rank) == [2, 1, 1, 1])
        #expect(rows[2].group != rows[0].group && rows[0].group == rows[1].group)
        #expect(range?.text == "週2〜3回" && range?.at.line == 4)
        let s = try Self.table("question,saved,frequency\nq1,3,4\nq2,5,5\n")
        let (sh, sr) = try Impact.scored(s, columns: Impact.columns(s), groups: [0, 0], lang: .en)
        #expect(sh == ["score", "rank"] && sr.map { $0.rec.suffix(2) } == [["7", "2"], ["10", "1"]])
        #expect(throws: WBError.self) { try Impact.scored(t, columns: Impact.columns(t), groups: [0, 0, 0, 0], lang: .en) }
    }

    @Test func inventionsRankByImpactPerDifficultyOnTheScale() throws {
        let t = try Self.table("invention,impact,difficulty\nA,100,3+5\nB,90,3\nC,50,5\n")
        let (header, rows) = try Invention.ranked(t, columns: Invention.columns(t), scale: [1, 3, 5, 8, 10], groups: [0, 0, 0], lang: .en)
        #expect(header == ["difficulty_total", "impact_per_difficulty", "pareto", "rank"])
        // 100/8, 90/3, 50/5: B first; A is on the front (the most impact), C is not (B is easier and more).
        #expect(rows.map { Array($0.rec.suffix(4)) } == [["8", "12.5", "yes", "2"], ["3", "30", "yes", "1"], ["5", "10", "no", "3"]])
        let off = try Self.table("invention,impact,difficulty\nA,100,4\n")
        #expect {
            try Invention.ranked(off, columns: Invention.columns(off), scale: [1, 3, 5, 8, 10], groups: [0], lang: .en)
        } throws: { e in (e as? WBError)?.location?.line == 2 }
        // A column of totals takes any whole number.
        let totals = try Self.table("invention,impact,difficulty_total\nA,100,4\n")
        #expect(try Invention.ranked(totals, columns: Invention.columns(totals), scale: [1, 3], groups: [0], lang: .en).rows[0].rec.last == "1")
    }
}
