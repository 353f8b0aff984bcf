import Testing
@testable import WBCore

/// The one FNV-1a the calendar's UIDs, the issues' fingerprints and the id tables
/// share gives the published test vectors, bytes and text alike.
struct FNV1aTests {
    @Test func givesThePublishedValues() {
        func hex(_ s: String) -> String { var h = FNV1a(); h.add(s); return h.hex }
        #expect(hex("") == "cbf29ce484222325")
        #expect(hex("a") == "af63dc4c8601ec8c")
        #expect(hex("foobar") == "85944171f73967e8")
        var bytes = FNV1a()
        Array("foobar".utf8).withUnsafeBufferPointer { bytes.add($0) }
        #expect(bytes.hex == "85944171f73967e8")
        #expect(FNV1a(seed: 0).value == FNV1a().value && FNV1a(seed: 1).value != FNV1a().value)
    }
}
