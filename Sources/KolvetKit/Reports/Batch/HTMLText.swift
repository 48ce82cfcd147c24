/// Escaping and small inline-SVG charts for the HTML report.
enum HTMLText {
    /// Text safe in HTML element content and in double- or single-quoted attribute values (SVG included).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in TerminalText.sanitize(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "`": out += "&#96;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The y axis of a chart: three light grid lines at `low`, the middle and `high`, each labelled in the left
    /// margin (`width` wide), for a plot area from `top` to `bottom` and `left` to `right`.
    static func yAxis(low: Double, high: Double, top: Double, bottom: Double, left: Double, right: Double) -> String {
        var svg = ""
        for step in 0...2 {
            let value = low + (high - low) * Double(step) / 2
            let y = bottom - (bottom - top) * Double(step) / 2
            let line = ReportFormatting.fixed(y, 1)
            svg +=
                "<line x1=\"\(Int(left))\" y1=\"\(line)\" x2=\"\(Int(right))\" y2=\"\(line)\" stroke=\"#e2e8f0\"/>"
                + "<text x=\"\(Int(left) - 4)\" y=\"\(ReportFormatting.fixed(y + 4, 1))\" class=\"axis\" "
                + "text-anchor=\"end\">\(escape(ReportFormatting.compact(value)))</text>"
        }
        return svg
    }

    /// A jump on a line chart: where it ends, and whether a note explains it.
    struct Marker {
        var x: Double
        var isExplained: Bool
    }

    /// A line chart of `points` (x ascending), with a y axis, circles at `markers` (red: unexplained, grey dashed:
    /// explained by a viral note), and `startLabel` and `endLabel` under its ends.
    static func lineChart(
        _ points: [(x: Double, y: Double)], markers: [Marker], title: String, startLabel: String = "",
        endLabel: String = ""
    ) -> String {
        guard points.count >= 2, let minX = points.first?.x, let maxX = points.last?.x, maxX > minX else { return "" }
        let ys = points.map(\.y)
        let minY = ys.min() ?? 0
        let maxY = max((ys.max() ?? 1), minY + 1)
        let width = 560.0
        let height = 170.0
        let (left, right, top, bottom) = (52.0, width - 12, 10.0, height - 22)
        func sx(_ x: Double) -> Double { left + (x - minX) / (maxX - minX) * (right - left) }
        func sy(_ y: Double) -> Double { bottom - (y - minY) / (maxY - minY) * (bottom - top) }
        let path = points.map { "\(ReportFormatting.fixed(sx($0.x), 1)),\(ReportFormatting.fixed(sy($0.y), 1))" }
            .joined(separator: " ")
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(escape(title))\">"
            + "<title>\(escape(title))</title>"
            + yAxis(low: minY, high: maxY, top: top, bottom: bottom, left: left, right: right)
            + "<polyline fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"2\" points=\"\(path)\"/>"
        for marker in markers {
            guard let point = points.min(by: { abs($0.x - marker.x) < abs($1.x - marker.x) }) else { continue }
            svg +=
                "<circle cx=\"\(ReportFormatting.fixed(sx(point.x), 1))\" cy=\"\(ReportFormatting.fixed(sy(point.y), 1))\" "
                + (marker.isExplained
                    ? "r=\"6\" fill=\"none\" stroke=\"#718096\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>"
                    : "r=\"6\" fill=\"none\" stroke=\"#c53030\" stroke-width=\"2.5\"/>")
        }
        svg +=
            "<text x=\"\(Int(left))\" y=\"\(Int(height) - 4)\" class=\"axis\">\(escape(startLabel))</text>"
            + "<text x=\"\(Int(right))\" y=\"\(Int(height) - 4)\" class=\"axis\" text-anchor=\"end\">"
            + "\(escape(endLabel))</text></svg>"
        return svg
    }

    /// How a bar is drawn: plain, declared sponsored (orange), and whether it is flagged (a red outline).
    struct Bar {
        var value: Double
        var isSponsored = false
        var isFlagged = false
    }

    /// A bar chart of `bars` (oldest first) with a y axis from 0.
    static func barChart(_ bars: [Bar], title: String) -> String {
        guard !bars.isEmpty, let maxValue = bars.map(\.value).max(), maxValue > 0 else { return "" }
        let width = 560.0
        let height = 130.0
        let (left, right, top, bottom) = (52.0, width - 4, 10.0, height - 4)
        let step = (right - left) / Double(bars.count)
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(escape(title))\">"
            + "<title>\(escape(title))</title>"
            + yAxis(low: 0, high: maxValue, top: top, bottom: bottom, left: left, right: right)
        for (index, bar) in bars.enumerated() {
            let barHeight = bar.value / maxValue * (bottom - top)
            let outline = bar.isFlagged ? " stroke=\"#c53030\" stroke-width=\"2\"" : ""
            svg +=
                "<rect x=\"\(ReportFormatting.fixed(left + Double(index) * step + 1, 1))\" "
                + "y=\"\(ReportFormatting.fixed(bottom - barHeight, 1))\" width=\"\(ReportFormatting.fixed(max(1, step - 2), 1))\" "
                + "height=\"\(ReportFormatting.fixed(barHeight, 1))\" "
                + "fill=\"\(bar.isSponsored ? "#dd6b20" : "#4a5568")\"\(outline)><title>"
                + "\(escape(ReportFormatting.grouped(bar.value)))</title></rect>"
        }
        return svg + "</svg>"
    }

    /// Horizontal bars: audience share and a target tick per group.
    static func audienceChart(_ rows: [(label: String, share: Double?, target: Double?)], title: String) -> String {
        guard !rows.isEmpty else { return "" }
        let width = 560.0
        let rowHeight = 22.0
        let height = rowHeight * Double(rows.count) + 4
        let left = 110.0
        let barWidth = width - left - 60
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(escape(title))\">"
            + "<title>\(escape(title))</title>"
        for (index, row) in rows.enumerated() {
            let y = Double(index) * rowHeight + 4
            svg +=
                "<text x=\"0\" y=\"\(ReportFormatting.fixed(y + 13, 1))\" class=\"label\">\(escape(row.label))</text>"
            if let share = row.share {
                svg +=
                    "<rect x=\"\(Int(left))\" y=\"\(ReportFormatting.fixed(y + 3, 1))\" width=\"\(ReportFormatting.fixed(share * barWidth, 1))\" "
                    + "height=\"12\" fill=\"#2b6cb0\"/>"
                svg +=
                    "<text x=\"\(ReportFormatting.fixed(left + barWidth + 6, 1))\" y=\"\(ReportFormatting.fixed(y + 13, 1))\" "
                    + "class=\"label\">\(escape(ReportFormatting.percent(share, 0)))</text>"
            } else {
                svg +=
                    "<text x=\"\(Int(left))\" y=\"\(ReportFormatting.fixed(y + 13, 1))\" class=\"label\">unlisted</text>"
            }
            if let target = row.target {
                let x = left + target * barWidth
                svg +=
                    "<line x1=\"\(ReportFormatting.fixed(x, 1))\" x2=\"\(ReportFormatting.fixed(x, 1))\" "
                    + "y1=\"\(ReportFormatting.fixed(y, 1))\" y2=\"\(ReportFormatting.fixed(y + 18, 1))\" stroke=\"#c05621\" "
                    + "stroke-width=\"3\"><title>target \(escape(ReportFormatting.percent(target, 0)))</title></line>"
            }
        }
        return svg + "</svg>"
    }
}
