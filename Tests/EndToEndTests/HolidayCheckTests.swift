import Foundation
import Testing
@testable import WBCore

/// Japan's holidays as wb works them out (`DaysOff`), against an independent list:
/// the `holidays` package from PyPI (its own tables and rules), in the venv .ci/run
/// makes. Skips, saying so, where it is absent; under CI=true absence is a failure.
struct HolidayCheckTests {
    @Test func japansHolidaysAgreeWithThePythonHolidaysPackage() throws {
        let python = ReportBrowserTests.python
        guard ReportBrowserTests.have("the holidays package", "\(python) -c 'import holidays'",
                                      install: "~/.cache/wb-test-venv/bin/pip install holidays") else { return }
        let r = try Harness.sh("""
            \(python) -c 'import holidays
            for y in range(2022, 2051):
                for d in sorted(holidays.Japan(years=y)): print(d.isoformat())'
            """, in: Harness.root)
        #expect(r.status == 0, "\(r.err)")
        let theirs = r.out.split(separator: "\n").map(String.init)
        var ours: [String] = []
        var d = CivilDate(2022, 1, 1)!
        while d.year < 2051 {
            if DaysOff.holiday(d) != nil { ours.append(d.iso) }
            d = d.adding(days: 1)
        }
        #expect(theirs.count > 400)
        #expect(ours == theirs, "only wb's: \(Set(ours).subtracting(theirs).sorted()); only theirs: \(Set(theirs).subtracting(ours).sorted())")
    }
}
