import Foundation
import Testing

@testable import KolvetKit

/// `--lang zh|en` on the HTML page, the Markdown report and the table (names, headings, verdicts and levels; evidence
/// stays English).
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
        #expect(zh.contains("- **异常** 异常点赞 `engagement.like_outliers` "))
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
}
