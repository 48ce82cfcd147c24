import Foundation
import Testing

@testable import KolvetKit

/// `--lang zh|en` on the text report, the HTML page, the Markdown report and the table: names, headings, verdicts,
/// levels, reasons and each signal's reading against its lines; the English evidence follows in Chinese.
@Suite("Report language")
struct LanguageTests {
    @Test("the locale decides the default: LC_ALL first, then LANG; zh… is Chinese, anything else English")
    func locale() {
        #expect(ReportLanguage.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(ReportLanguage.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(ReportLanguage.fromEnvironment(["LC_ALL": "", "LANG": "zh_TW"]) == .zh)
        #expect(ReportLanguage.fromEnvironment([:]) == .en)
    }

    @Test("every signal of the catalog, and the ring finding, has a name in both languages")
    func names() {
        for id in SignalCatalog.all.map(\.id) + ["comments.shared_commenters"] {
            #expect(ReportLanguage.en.signalName(id) != nil, "\(id)")
            #expect(ReportLanguage.zh.signalName(id) != nil, "\(id)")
        }
        #expect(ReportLanguage.zh.signalName("engagement.rate") == "互动率")
        #expect(ReportLanguage.zh.signalName("followers.sample_fake_share") == "水粉占比")
    }

    @Test(
        "--lang zh: Chinese page, headings and verdicts, signal names with their ids; --lang en and the default agree")
    func page() throws {
        let common = [
            "batch", "fixtures/rings/shortlist.jsonl", "--format", "html", "--now", "2026-11-27", "--brief",
            "fixtures/briefs/skincare-launch.json",
        ]
        let zh = try KolvetBinary.run(common + ["--lang", "zh"]).stdout
        #expect(zh.contains("<html lang=\"zh-CN\">"))
        #expect(zh.contains("<h1>达人审核：Lumi Skin</h1>"))
        #expect(zh.contains("<b>4</b> 可放行 · <b>1</b> 有风险项 · <b>0</b> 数据不足以放行"))
        #expect(zh.contains("<th>结论</th>") && zh.contains(">待复核</td>"))
        #expect(zh.contains("互赞群：预警"))  // the ring in the ranking's worst-signal column
        #expect(zh.contains("<b>点赞稳定性</b><br><span class=\"details\">engagement.consistency</span>"))
        #expect(zh.contains("<h3>数据不足：请向 MCN 索取</h3>"))
        let english = try KolvetBinary.run(common + ["--lang", "en"]).stdout
        let byDefault = try KolvetBinary.run(common).stdout
        #expect(english == byDefault)
        #expect(english.contains("<html lang=\"en\">"))
        let byLocale = try KolvetBinary.run(common, environment: ["LANG": "zh_CN.UTF-8"]).stdout
        #expect(byLocale == zh)
        #expect(try KolvetBinary.run(common + ["--lang", "fr"]).status == 64)
    }

    @Test("the page's title names the brief's brand and campaign, in either language")
    func campaignTitle() throws {
        let text = #"{"format": "kolvet.brief/1", "brand": "Lumi Skin", "campaign": "秋季精华上新"}"#
        let brief = try #require(BriefDecoder().decode(Array(text.utf8), file: "b.json").brief)
        #expect(brief.campaign == "秋季精华上新")
        var header = BatchHeader()
        header.brand = brief.brand
        header.campaign = brief.campaign
        #expect(header.title(in: .en) == "Creator vetting: Lumi Skin · 秋季精华上新")
        #expect(header.title(in: .zh) == "达人审核：Lumi Skin · 秋季精华上新")
        header.brand = nil
        #expect(header.title(in: .en) == "Creator vetting: 秋季精华上新")
        header.campaign = nil
        #expect(header.title(in: .en) == "kolvet batch report")
    }

    @Test("--lang zh in Markdown: title, counts, columns, verdicts, tiers and the findings' names in Chinese")
    func markdownInChinese() throws {
        let arguments = [
            "batch", "fixtures/dossiers/bought-likes.json", "fixtures/dossiers/koc-home.json", "--format", "markdown",
            "--now", "2026-11-27", "--brief", "fixtures/briefs/skincare-launch.json",
        ]
        let zh = try KolvetBinary.run(arguments + ["--lang", "zh"]).stdout
        #expect(zh.hasPrefix("# 达人审核：Lumi Skin\n"))
        #expect(zh.contains("| # | 得分 | 结论 | 数据覆盖 | 量级 | 粉丝数 | 互动率中位数 | 最严重问题 | 达人 | 来源 |"))
        #expect(zh.contains("| 不通过 |") && zh.contains("| 待复核 |"))
        #expect(zh.contains("## 投放组合"))
        // The reading states the value once: 2 of the 8 notes, 25 %, against the 10 % fail line.
        #expect(zh.contains("- **异常** 异常点赞 `engagement.like_outliers`：25.00%，高于异常线 10.00%（2 of 8 notes"))
        #expect(zh.contains("得分 ") && zh.contains("，结论 **不通过**，数据覆盖 "))
        let en = try KolvetBinary.run(arguments + ["--lang", "en"]).stdout
        #expect(en.hasPrefix("# Creator vetting: Lumi Skin\n"))
        #expect(en.contains("- **fail** `engagement.like_outliers` "))
        #expect(!en.contains("异常点赞"))
    }

    @Test("--lang zh in the table: Chinese columns and words, aligned by terminal columns (a Chinese character is two)")
    func tableInChinese() throws {
        let zh = try KolvetBinary.run([
            "batch", "fixtures/dossiers/bought-likes.json", "fixtures/dossiers/koc-home.json",
            "fixtures/dossiers/inflated-followers.json", "--format", "table", "--now", "2026-11-27", "--lang", "zh",
        ]).stdout
        let lines = zh.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("#  得分   结论    量级"))
        // The creator column starts at the same terminal column on the header and on every row.
        let names = ["达人", "露露穿搭笔记", "小林的出租屋改造", "每日变美研究所"]
        let starts = try names.map { name -> Int in
            let line = try #require(lines.first { $0.contains(name) })
            let range = try #require(line.range(of: name))
            let prefix = String(line[..<range.lowerBound])
            return TerminalText.width(prefix)
        }
        #expect(Set(starts).count == 1, "\(starts)")
        #expect(zh.contains("不通过") && zh.contains("待复核") && zh.contains("头部") && zh.contains("素人"))
    }

    /// A signal judged by `warn > 25/100, fail > 40/100` with `value`, built by hand.
    static func density(_ value: Double?, level: SignalLevel) -> SignalResult {
        SignalResult(
            id: "engagement.comment_density", category: .engagement, level: level, value: value, unit: .per100,
            range: nil, thresholds: Thresholds(warnAbove: 25, failAbove: 40), evidence: "the English evidence",
            details: [], weight: 1, contribution: 0, isDecisive: false)
    }

    @Test("a signal's Chinese reading names the line it crossed, the fail line before the warning line")
    func readings() {
        let zh = ReportLanguage.zh
        #expect(zh.reading(Self.density(30, level: .warn)) == "30.00/100，高于预警线 25.00/100")
        #expect(zh.reading(Self.density(41, level: .fail)) == "41.00/100，高于异常线 40.00/100")
        #expect(zh.reading(Self.density(10, level: .ok)) == "10.00/100，在正常范围内（预警线：不高于 25.00/100）")
        #expect(zh.reading(Self.density(nil, level: .unknown)) == "数据不足，需要：每篇近期笔记的评论数与点赞数")
        #expect(zh.thresholds(Self.density(30, level: .warn)) == "预警 > 25.00/100，异常 > 40.00/100")
        #expect(ReportLanguage.en.reading(Self.density(30, level: .warn)) == "the English evidence")
        #expect(ReportLanguage.en.thresholds(Self.density(30, level: .warn)) == "warn > 25.00/100, fail > 40.00/100")
    }

    @Test("every signal of the catalog has data to ask for in Chinese")
    func askFor() {
        for id in SignalCatalog.all.map(\.id) + ["comments.shared_commenters"] {
            #expect(ReportLanguage.dataToAskFor[id] != nil, "\(id)")
        }
    }

    @Test("the verdict's reasons in both languages; the English wording is JSON's verdict_reasons")
    func reasons() throws {
        let report = try TestSupport.report("bought-likes.json")
        #expect(report.reasons == [VerdictReason(.decisiveFailure, signal: "engagement.like_outliers")])
        let outliers = try #require(report.signals.first { $0.id == "engagement.like_outliers" })
        #expect(report.verdictReasons == ["engagement.like_outliers failed, and it is decisive: \(outliers.evidence)"])
        // 2 of the 8 notes are outliers: 25 %, above the 10 % fail line.
        #expect(
            ReportLanguage.zh.reason(report.reasons[0], of: report)
                == "「异常点赞」异常（一票否决项）：25.00%，高于异常线 10.00%")
        let low = VerdictReason(.lowCoverage, value: 0.3, mark: 0.5)
        #expect(
            ReportLanguage.en.reason(low, of: report)
                == "only 30% of the signal weight rests on data present (50% needed to pass)")
        #expect(ReportLanguage.zh.reason(low, of: report) == "仅 30% 的指标权重有数据支撑（通过需 50%）")
    }

    @Test("kolvet vet --lang zh: Chinese headings, verdict, names and reasons, within 100 terminal columns")
    func textInChinese() throws {
        let zh = try KolvetBinary.run([
            "vet", "fixtures/dossiers/bought-likes.json", "--lang", "zh", "--brief",
            "fixtures/briefs/skincare-launch.json",
        ]).stdout
        #expect(zh.contains("结论 不通过（发现风险项）"))
        #expect(zh.contains("\n指标\n") && zh.contains("\n结论依据\n"))
        #expect(zh.contains("  异常      异常点赞"))
        #expect(zh.contains("        engagement.like_outliers · 2 of 8 notes"))
        for line in zh.split(separator: "\n") {
            #expect(TerminalText.width(String(line)) <= 100, "\(line)")
        }
        let byLocale = try KolvetBinary.run(
            ["vet", "fixtures/dossiers/bought-likes.json", "--brief", "fixtures/briefs/skincare-launch.json"],
            environment: ["LANG": "zh_CN.UTF-8"]
        ).stdout
        #expect(byLocale == zh)
    }

    @Test("a ring member without an MCN is （无） in Chinese and (none) in English, as in the portfolio")
    func ringWithoutMCN() throws {
        // The ring fixture with one of the three ring creators' MCN removed.
        let lines = try String(contentsOf: TestSupport.fixtureURL("rings/shortlist.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { line in
                line.contains("\"xc-lulu\"")
                    ? line.replacingOccurrences(of: "\"mcn\": \"星辰传媒\", ", with: "") : String(line)
            }
        #expect(lines.filter { $0.contains("星辰传媒") }.count == 2)  // the MCN is gone from one line
        let input = Data(lines.joined(separator: "\n").utf8)
        let arguments = ["batch", "-", "--format", "table", "--now", "2026-11-27"]
        let zh = try KolvetBinary.run(arguments + ["--lang", "zh"], input: input).stdout
        let en = try KolvetBinary.run(arguments + ["--lang", "en"], input: input).stdout
        #expect(zh.contains("互赞群（3 位达人，MCN 星辰传媒、（无））"))
        #expect(!zh.contains("(none)"))
        #expect(en.contains("ring of 3 creators (MCNs (none), 星辰传媒)"))
    }
}
