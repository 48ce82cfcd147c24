import Foundation

extension PugongyingImporter {
    /// Maps one creator's responses into a dossier; every problem is a diagnostic with the file and JSON path.
    struct CreatorReader {
        var sections: [Section: Response]
        var fallbackID: String
        var diagnostics: [Diagnostic] = []
        var redID: String?

        init(sections: [Section: Response], fallbackID: String) {
            self.sections = sections
            self.fallbackID = fallbackID
        }

        mutating func dossier() -> Dossier? {
            let info = sections[.info]
            let summary = sections[.fansSummary]
            let id = info.flatMap { text($0, "userId") } ?? (fallbackID.hasPrefix("folder:") ? nil : fallbackID)
            guard let id else {
                let file = sections.values.first?.file ?? fallbackID
                diagnostics.append(
                    Diagnostic(
                        .error, file: file, at: .file,
                        "no creator id: add the kol_info response (userId) or name the files with the user id"))
                return nil
            }
            var followers = info.flatMap { count($0, "fansCount") }
            if followers == nil { followers = summary.flatMap { count($0, "fansNum") } }
            var creator = Creator(id: id, followers: followers)
            if let info {
                creator.nickname = text(info, "name")
                creator.likesAndCollects = count(info, "likeCollectCountInfo")
                creator.location = text(info, "location")
                redID = text(info, "redId")
                let image = amount(info, "picturePrice").flatMap { $0 > 0 ? $0 : nil }
                let video = amount(info, "videoPrice").flatMap { $0 > 0 ? $0 : nil }
                if image != nil || video != nil { creator.quote = Quote(imageNote: image, videoNote: video) }
            }
            var dossier = Dossier(creator: creator)
            dossier.notes = notes()
            dossier.followerHistory = history()
            var platform = PlatformFigures(source: "pugongying")
            dossier.audience = audience(followers: followers, platform: &platform)
            summaryFigures(&platform)
            if !platform.values.isEmpty { dossier.platform = platform }
            return dossier
        }

        /// Notes from the note list (reads, likes, collects, sponsored, video) merged by id with the note-rate
        /// notes (impressions, reads, likes, collects); newest first.
        mutating func notes() -> [Note] {
            var notes: [Note] = []
            var index: [String: Int] = [:]
            if let list = sections[.noteList] {
                for (offset, object) in objects(list, "list") {
                    let path = "\(list.path).list[\(offset)]"
                    var note = Note()
                    note.id = text(object, "noteId", in: list)
                    note.title = text(object, "title", in: list)
                    note.publishedAt = date(object, "date", at: path, file: list.file)
                    note.reads = count(object, "readNum", at: path, file: list.file)
                    note.likes = count(object, "likeNum", at: path, file: list.file)
                    note.collects = count(object, "collectNum", at: path, file: list.file)
                    note.isSponsored = bool(object, "isAdvertise", at: path, file: list.file)
                    note.kind = bool(object, "isVideo", at: path, file: list.file) == true ? .video : .image
                    if let id = note.id { index[id] = notes.count }
                    notes.append(note)
                }
            }
            if let rate = sections[.noteRate] {
                for (offset, object) in objects(rate, "notes") {
                    let path = "\(rate.path).notes[\(offset)]"
                    let id = text(object, "noteId", in: rate)
                    var note = id.flatMap { index[$0] }.map { notes[$0] } ?? Note()
                    note.id = id
                    note.title = note.title ?? text(object, "title", in: rate)
                    note.publishedAt = note.publishedAt ?? date(object, "publishTime", at: path, file: rate.file)
                    note.impressions = count(object, "impNum", at: path, file: rate.file)
                    note.reads = note.reads ?? count(object, "readNum", at: path, file: rate.file)
                    note.likes = note.likes ?? count(object, "likeNum", at: path, file: rate.file)
                    note.collects = note.collects ?? count(object, "collectNum", at: path, file: rate.file)
                    if let id, let position = index[id] {
                        notes[position] = note
                    } else {
                        if let id { index[id] = notes.count }
                        notes.append(note)
                    }
                }
            }
            return notes.enumerated().sorted { lhs, rhs in
                let (left, right) = (lhs.element.publishedAt ?? .distantPast, rhs.element.publishedAt ?? .distantPast)
                return left != right ? left > right : lhs.offset < rhs.offset
            }.map(\.element)
        }

        /// The fans trend's daily counts (`list[].num` on `list[].dateKey`).
        mutating func history() -> [FollowerPoint] {
            guard let trend = sections[.fansTrend] else { return [] }
            return objects(trend, "list").compactMap { offset, object in
                let path = "\(trend.path).list[\(offset)]"
                guard let date = date(object, "dateKey", at: path, file: trend.file),
                    let followers = count(object, "num", at: path, file: trend.file)
                else { return nil }
                return FollowerPoint(date: date, followers: followers)
            }
        }

        /// The fans portrait (ages, gender, provinces, interests) and the active-fan share from the fans summary.
        mutating func audience(followers: Count?, platform: inout PlatformFigures) -> Audience? {
            var audience = Audience()
            if let portrait = sections[.fansPortrait] {
                audience.age = distribution(portrait, "ages", name: "group")
                if case .object(let gender)? = portrait.data["gender"] {
                    var reader = FieldReader(file: portrait.file)
                    let path = "\(portrait.path).gender"
                    let entries = ["female", "male"].compactMap { name in
                        reader.share(gender, name, at: path).map { Distribution.Entry(name: name, share: $0) }
                    }
                    diagnostics += reader.diagnostics
                    if !entries.isEmpty { audience.gender = Distribution(entries) }
                }
                audience.regions = distribution(portrait, "provinces", name: "name")
                audience.interests = distribution(portrait, "interests", name: "name")
            }
            if let summary = sections[.fansSummary], let active = count(summary, "activeFansL28"),
                let base = count(summary, "fansNum") ?? followers, base.value > 0
            {
                let share = min(1, Double(active.value) / Double(base.value))
                audience.activeFansShare = share
                platform.values[.activeFansShare] = share
            }
            return audience == Audience() ? nil : audience
        }

        /// The platform's summary figures: the data overview (v2, else v1) first, then the note rate, then the
        /// kol_info medians; percentages ("95.8") become shares.
        mutating func summaryFigures(_ platform: inout PlatformFigures) {
            let sources = [sections[.dataSummaryV2], sections[.dataSummaryV1], sections[.noteRate]].compactMap { $0 }
            let amounts: [(PlatformFigures.Figure, String)] = [
                (.readMedian, "readMedian"), (.interactionMedian, "interactionMedian"),
                (.engagementMedian, "mEngagementNum"), (.impressionMedian, "impMedian"),
                (.estimatedCPE, "estimatePictureEngageCost"), (.estimatedCPM, "estimatePictureCpm"),
            ]
            let percents: [(PlatformFigures.Figure, String)] = [
                (.interactionRate, "interactionRate"), (.hundredLikeShare, "hundredLikePercent"),
                (.thousandLikeShare, "thousandLikePercent"), (.readMedianBeatsPeers, "readMedianBeyondRate"),
                (.interactionBeatsPeers, "interactionBeyondRate"),
            ]
            for source in sources {
                for (figure, key) in amounts where platform.values[figure] == nil {
                    // 0 stands for "not computed" in these responses (a creator without image quotes has CPE 0).
                    if let value = amount(source, key), value > 0 || figure == .interactionMedian {
                        platform.values[figure] = value
                    }
                }
                for (figure, key) in percents where platform.values[figure] == nil {
                    if let value = amount(source, key), value <= 100 { platform.values[figure] = value / 100 }
                }
            }
            if let info = sections[.info] {
                if platform.values[.readMedian] == nil, let value = amount(info, "clickMidNum") {
                    platform.values[.readMedian] = value
                }
                if platform.values[.interactionMedian] == nil, let value = amount(info, "interMidNum") {
                    platform.values[.interactionMedian] = value
                }
            }
        }

        // MARK: Field access, each problem a diagnostic with its file and JSON path.

        func objects(_ response: Response, _ key: String) -> [(Int, JSONObject)] {
            guard case .array(let items)? = response.data[key] else { return [] }
            return items.enumerated().compactMap { offset, item in
                if case .object(let object) = item { return (offset, object) }
                return nil
            }
        }

        mutating func distribution(_ response: Response, _ key: String, name: String) -> Distribution? {
            var reader = FieldReader(file: response.file)
            let entries = objects(response, key).compactMap { offset, object -> Distribution.Entry? in
                guard let group = MediaCrawlerImporter.text(object[name]),
                    let share = reader.share(object, "percent", at: "\(response.path).\(key)[\(offset)]")
                else { return nil }
                return Distribution.Entry(name: group, share: share)
            }
            diagnostics += reader.diagnostics
            return entries.isEmpty ? nil : Distribution(entries)
        }

        func text(_ response: Response, _ key: String) -> String? { MediaCrawlerImporter.text(response.data[key]) }
        func text(_ object: JSONObject, _ key: String, in _: Response) -> String? {
            MediaCrawlerImporter.text(object[key])
        }

        mutating func count(_ response: Response, _ key: String) -> Count? {
            count(response.data, key, at: response.path, file: response.file)
        }

        mutating func amount(_ response: Response, _ key: String) -> Double? {
            var reader = FieldReader(file: response.file)
            defer { diagnostics += reader.diagnostics }
            return reader.amount(response.data, key, at: response.path)
        }

        mutating func count(_ object: JSONObject, _ key: String, at path: String, file: String) -> Count? {
            var reader = FieldReader(file: file)
            defer { diagnostics += reader.diagnostics }
            return reader.count(object, key, at: path)
        }

        mutating func date(_ object: JSONObject, _ key: String, at path: String, file: String) -> Date? {
            var reader = FieldReader(file: file)
            defer { diagnostics += reader.diagnostics }
            return reader.date(object, key, at: path)
        }

        mutating func bool(_ object: JSONObject, _ key: String, at path: String, file: String) -> Bool? {
            var reader = FieldReader(file: file)
            defer { diagnostics += reader.diagnostics }
            return reader.bool(object, key, at: path)
        }
    }
}
