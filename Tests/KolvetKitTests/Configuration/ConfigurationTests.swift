import Foundation
import KolvetKit
import Testing

@Suite("Configuration")
struct ConfigurationTests {
    @Test("decoding {} gives exactly the defaults")
    func emptyIsDefault() throws {
        let loaded = try ConfigurationLoader.load(Array("{}".utf8), file: "c.json")
        #expect(loaded.configuration == Configuration())
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test("a partial file changes only what it names")
    func partial() throws {
        let json =
            #"{"recent_notes": 12, "signals": {"engagement.rate": {"warn_below": 0.6}}, "verdict": {"pass_at": 80}}"#
        let configuration = try ConfigurationLoader.load(Array(json.utf8), file: "c.json").configuration
        var expected = Configuration()
        expected.recentNotes = 12
        expected.signals["engagement.rate"]?.warnBelow = 0.6
        expected.verdict.passAt = 80
        #expect(configuration == expected)
        // The bound the file leaves out keeps the calibrated default.
        #expect(
            configuration.signals["engagement.rate"]?.failBelow == Calibration.thresholds["engagement.rate"]?.failBelow)
        #expect(configuration.signals["engagement.rate"]?.failBelow != nil)
    }

    @Test("an unknown key is a warning with its path; a threshold may be removed with null")
    func unknownKeys() throws {
        let json = #"{"recnt_notes": 3, "signals": {"engagement.rate": {"fail_below": null}, "made.up": {}}}"#
        let loaded = try ConfigurationLoader.load(Array(json.utf8), file: "c.json")
        #expect(
            loaded.diagnostics.map(\.description) == [
                "c.json: warning: at recnt_notes: unknown key, ignored",
                "c.json: warning: at signals.made.up: unknown key, ignored",
            ])
        #expect(loaded.configuration.signals["engagement.rate"]?.failBelow == nil)
        #expect(loaded.configuration.recentNotes == 20)
    }

    @Test("a wrong type is an error naming the path")
    func wrongType() {
        let json = #"{"verdict": {"pass_at": "high"}}"#
        #expect {
            try ConfigurationLoader.load(Array(json.utf8), file: "c.json")
        } throws: { error in
            (error as? ConfigurationError)?.description == "c.json: error: at verdict.pass_at: expected a number"
        }
    }

    @Test("vertical benchmarks are the user's own keys, and override the tier's")
    func verticalBenchmarks() throws {
        let json = #"{"benchmarks": {"vertical_engagement_rate": {"parenting": {"mid": 0.05}}}}"#
        let loaded = try ConfigurationLoader.load(Array(json.utf8), file: "c.json")
        #expect(loaded.diagnostics.isEmpty)
        let benchmarks = loaded.configuration.benchmarks
        #expect(benchmarks.engagementRate(for: .mid, vertical: "parenting") == 0.05)
        #expect(benchmarks.engagementRate(for: .mid, vertical: "beauty") == 0.03)
    }

    @Test("every signal in the catalog has default settings, and every default belongs to a signal")
    func catalogMatchesDefaults() {
        #expect(Set(SignalCatalog.all.map(\.id)) == Set(Configuration.defaultSignalSettings.keys))
    }

    @Test("tier bands follow the seed article")
    func tiers() {
        let bands = TierBands()
        #expect(bands.tier(forFollowers: 9_999) == .nano)
        #expect(bands.tier(forFollowers: 10_000) == .micro)
        #expect(bands.tier(forFollowers: 50_000) == .mid)
        #expect(bands.tier(forFollowers: 200_000) == .macro)
        #expect(bands.tier(forFollowers: 1_000_000) == .top)
        #expect(bands.kind(forFollowers: 9_999) == .koc)
        #expect(bands.kind(forFollowers: 10_000) == .kol)
    }
}

@Suite("Documentation matches the code")
struct DocumentedDefaultsTests {
    /// The first ```json block of a document.
    static func firstJSONBlock(_ relativePath: String) throws -> String {
        let text = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
        let start = try #require(text.range(of: "```json\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound])
    }

    /// Every key path of a JSON object, e.g. `signals.engagement.rate.weight`.
    static func keyPaths(_ object: JSONObject, prefix: String = "") -> Set<String> {
        var paths = Set<String>()
        for member in object.members {
            let path = prefix.isEmpty ? member.key : "\(prefix)/\(member.key)"
            paths.insert(path)
            if case .object(let nested) = member.value { paths.formUnion(keyPaths(nested, prefix: path)) }
        }
        return paths
    }

    @Test("docs/configuration.md shows every default key with its default value")
    func configurationDocument() throws {
        let block = try Self.firstJSONBlock("docs/configuration.md")
        let loaded = try ConfigurationLoader.load(Array(block.utf8), file: "docs/configuration.md")
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.configuration == Configuration())
        guard case .object(let documented) = try JSONParser().parse(block) else {
            Issue.record("not an object")
            return
        }
        #expect(Self.keyPaths(documented) == Self.keyPaths(ConfigurationLoader.defaultsJSON()))
    }
}
