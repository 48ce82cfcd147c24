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

    /// A line chart of `points` (x ascending) with red circles at `markers` (x values), scaled to fit.
    static func lineChart(
        _ points: [(x: Double, y: Double)], markers: [Double], title: String, startLabel: String = "",
        endLabel: String = ""
    ) -> String {
        guard points.count >= 2, let minX = points.first?.x, let maxX = points.last?.x, maxX > minX else { return "" }
        let ys = points.map(\.y)
        let minY = ys.min() ?? 0
        let maxY = max((ys.max() ?? 1), minY + 1)
        let width = 560.0
        let height = 160.0
        let pad = 30.0
        func sx(_ x: Double) -> Double { pad + (x - minX) / (maxX - minX) * (width - 2 * pad) }
        func sy(_ y: Double) -> Double { height - pad / 2 - (y - minY) / (maxY - minY) * (height - pad) }
        let path = points.map { "\(ReportFormatting.fixed(sx($0.x), 1)),\(ReportFormatting.fixed(sy($0.y), 1))" }
            .joined(separator: " ")
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(escape(title))\">"
            + "<title>\(escape(title))</title>"
            + "<polyline fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"2\" points=\"\(path)\"/>"
        for marker in markers {
            guard let point = points.min(by: { abs($0.x - marker) < abs($1.x - marker) }) else { continue }
            svg +=
                "<circle cx=\"\(ReportFormatting.fixed(sx(point.x), 1))\" cy=\"\(ReportFormatting.fixed(sy(point.y), 1))\" "
                + "r=\"6\" fill=\"none\" stroke=\"#c53030\" stroke-width=\"2.5\"/>"
        }
        svg +=
            "<text x=\"2\" y=\"12\" class=\"axis\">\(escape(ReportFormatting.compact(maxY)))</text>"
            + "<text x=\"2\" y=\"\(Int(height) - 4)\" class=\"axis\">\(escape(ReportFormatting.compact(minY)))</text>"
            + "<text x=\"\(Int(pad))\" y=\"\(Int(height))\" class=\"axis\">\(escape(startLabel))</text>"
            + "<text x=\"\(Int(width - pad))\" y=\"\(Int(height))\" class=\"axis\" text-anchor=\"end\">"
            + "\(escape(endLabel))</text></svg>"
        return svg
    }

    /// A bar chart of `values` (oldest first).
    static func barChart(_ values: [Double], highlighted: [Bool] = [], title: String) -> String {
        guard !values.isEmpty, let maxValue = values.max(), maxValue > 0 else { return "" }
        let width = 560.0
        let height = 120.0
        let step = width / Double(values.count)
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(escape(title))\">"
            + "<title>\(escape(title))</title>"
        for (index, value) in values.enumerated() {
            let barHeight = value / maxValue * (height - 16)
            svg +=
                "<rect x=\"\(ReportFormatting.fixed(Double(index) * step + 1, 1))\" "
                + "y=\"\(ReportFormatting.fixed(height - barHeight, 1))\" width=\"\(ReportFormatting.fixed(max(1, step - 2), 1))\" "
                + "height=\"\(ReportFormatting.fixed(barHeight, 1))\" "
                + "fill=\"\(index < highlighted.count && highlighted[index] ? "#dd6b20" : "#4a5568")\"><title>"
                + "\(escape(ReportFormatting.grouped(value)))</title></rect>"
        }
        svg += "<text x=\"2\" y=\"12\" class=\"axis\">\(escape(ReportFormatting.compact(maxValue)))</text></svg>"
        return svg
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
