import Foundation

/// Topics (话题) of a note as exports write them.
package enum Topics {
    /// MediaCrawler's `tag_list`, comma-joined (`"美食,探店"`), as a list; empty parts dropped.
    package static func fromTagList(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "，" }).map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }

    /// The `#…[话题]#` topics in a note's text (`"#早C晚A[话题]# 今天…"` → `["早C晚A"]`).
    package static func fromText(_ text: String) -> [String] {
        var topics: [String] = []
        var rest = Substring(text)
        while let start = rest.firstIndex(of: "#") {
            let after = rest[rest.index(after: start)...]
            guard let marker = after.range(of: "[话题]#") else { break }
            let topic = after[..<marker.lowerBound]
            if !topic.isEmpty, !topic.contains("#") { topics.append(String(topic)) }
            rest = topic.contains("#") ? after : after[marker.upperBound...]
        }
        return topics
    }
}
