import Dispatch
public import Foundation

/// One creator of a batch, vetted or with the errors that kept it from being vetted.
public struct BatchEntry: Sendable, Codable {
    /// Position in the input, from 0.
    public var index: Int
    public var record: BatchRecord
    /// The report, when the record could be read.
    public var report: VettingReport?
    /// The creator's exit status under the run's gate.
    public var status: ExitStatus
    /// Whether the record belongs to another shard (`--shard`): not vetted, not written, not counted.
    public var isOutsideShard = false
    /// The accounts that feed the creator's comment section, for the batch's ring finding; nil when no comment
    /// names its account (and in entries kept only for the ranking).
    public var commenters: CommenterFootprint?
    /// Diagnostics about the whole input file this entry is the first record of (a shortlist's unknown columns),
    /// so that they travel with the entry's result record to `kolvet summarize`.
    public var fileDiagnostics: [Diagnostic] = []

    /// The record's errors (empty when it was vetted).
    public var errors: [Diagnostic] { record.diagnostics.filter { $0.severity == .error } }

    /// The creator's id, when the record could be read.
    public var creatorID: String? { report?.creator.id ?? record.dossier?.creator.id }

    /// The entry with only what a ranking, the batch summary and the portfolio read: the profile, the score,
    /// verdict, basis and coverage, the worst signal, the rates per follower, the cost and audience figures, the
    /// brief (one value all reports share), the errors. A run that renders each creator's section as it goes keeps this instead of the whole entry.
    public var forRanking: BatchEntry {
        var slim = self
        slim.record.diagnostics = errors
        slim.record.dossier = record.dossier.map { Dossier(creator: $0.creator) }
        slim.commenters = nil
        guard var report else { return slim }
        report.signals =
            report.worstSignal.map { worst in
                var signal = worst
                signal.details = []
                return [signal]
            } ?? []
        var engagement = EngagementMetrics()
        engagement.medianRatePerFollower = report.engagement.medianRatePerFollower
        engagement.meanRatePerFollower = report.engagement.meanRatePerFollower
        report.engagement = engagement
        report.verdictReasons = []
        report.portrait = nil
        report.growth = nil
        report.warnings = []
        report.platform = nil
        slim.report = report
        return slim
    }
}

/// Vets the records of a batch one by one, in input order.
public struct BatchRunner: Sendable {
    public let configuration: Configuration
    public let brief: Brief?
    public let gate: PipelineGate
    public let now: Date
    /// The shard this run keeps; nil keeps every record.
    public var shard: Shard?
    /// Stamped on every report of the run.
    public var provenance: Provenance?
    private let scorer: Scorer

    public init(configuration: Configuration, brief: Brief?, gate: PipelineGate, now: Date) {
        self.configuration = configuration
        self.brief = brief
        self.gate = gate
        self.now = now
        self.scorer = Scorer(configuration: configuration)
    }

    /// Vets one record. The entry keeps of the dossier only what reports read besides the report itself — the
    /// profile and the follower history — so that a batch kept for a non-streaming format does not hold every
    /// creator's notes, comments and follower sample.
    public func run(_ record: BatchRecord, index: Int) -> BatchEntry {
        if let shard, !shard.contains(record) {
            var entry = BatchEntry(index: index, record: record, report: nil, status: .success)
            entry.isOutsideShard = true
            return entry
        }
        let report = record.dossier.map {
            var report = scorer.vet($0, brief: brief, warnings: record.diagnostics, now: now)
            report.provenance = provenance
            return report
        }
        var kept = record
        var commenters: CommenterFootprint?
        if let dossier = record.dossier {
            var slim = Dossier(creator: dossier.creator)
            slim.followerHistory = dossier.followerHistory
            kept.dossier = slim
            commenters = CommenterFootprint(dossier, settings: configuration.rings)
        }
        var entry = BatchEntry(index: index, record: kept, report: report, status: gate.status(of: report))
        entry.commenters = commenters
        return entry
    }
}

/// Running counts of a batch, kept even when the entries themselves are not (streaming formats).
public struct BatchTally: Sendable, Equatable {
    public var creators = 0
    public var pass = 0
    public var review = 0
    public var reject = 0
    /// Could not be read, or nothing in it could be scored.
    public var error = 0
    public var belowBar = 0
    /// Scored creators by the basis of their verdict: cleared, red flags found, not enough data to clear.
    public var cleared = 0
    public var redFlags = 0
    public var insufficientData = 0
    /// The worst status so far.
    public var status = ExitStatus.success

    public init() {}

    /// Counts one entry.
    public mutating func add(_ entry: BatchEntry) {
        creators += 1
        status = max(status, entry.status)
        if entry.status == .belowBar { belowBar += 1 }
        guard let report = entry.report, report.score != nil else {
            error += 1
            return
        }
        switch report.verdict {
        case .pass: pass += 1
        case .review: review += 1
        case .reject: reject += 1
        }
        switch report.verdictBasis {
        case .cleared: cleared += 1
        case .redFlags: redFlags += 1
        case .insufficientData: insufficientData += 1
        }
    }

    /// `20 creators: 12 pass, 5 review, 2 reject, 1 could not be read or scored; 3 below the bar (exit status 1)`.
    public var summaryLine: String { summaryLine(status: status) }

    /// The summary line with the run's exit status `status`.
    public func summaryLine(status: ExitStatus) -> String {
        "\(ReportFormatting.counted(creators, "creator")): \(pass) pass, \(review) review, \(reject) reject, \(error) could not be read or scored; "
            + "\(belowBar) below the bar (exit status \(status.rawValue))"
    }
}

extension BatchRunner {
    /// Vets records on `workers` threads; the entries come back in the records' order, indexed from
    /// `firstIndex`.
    public func run(_ records: [BatchRecord], firstIndex: Int, workers: Int) -> [BatchEntry] {
        parallelMap(records.count, workers: workers) { run(records[$0], index: firstIndex + $0) }
    }

    /// Reads, vets and — for a streaming `renderer` — renders JSON Lines lines in one pass on `workers` threads;
    /// blank lines give no entry. Entries and their text come back in line order, indexed from `firstIndex`.
    public func run(
        lines: [(line: Int, bytes: ArraySlice<UInt8>)], file: String, reader: BatchReader, firstIndex: Int,
        workers: Int,
        renderer: (any BatchRenderer)?
    ) -> [(entry: BatchEntry, text: String?)] {
        var indices: [Int?] = []
        indices.reserveCapacity(lines.count)
        var next = firstIndex
        for line in lines {
            if reader.isBlank(line.bytes, line: line.line) {
                indices.append(nil)
            } else {
                indices.append(next)
                next += 1
            }
        }
        let streaming = renderer?.isStreaming == true ? renderer : nil
        let entryIndices = indices
        return parallelMap(lines.count, workers: workers) { position -> (entry: BatchEntry, text: String?)? in
            guard let index = entryIndices[position],
                let record = reader.lineRecord(lines[position].bytes, file: file, line: lines[position].line)
            else { return nil }
            let entry = run(record, index: index)
            return (entry, entry.isOutsideShard ? nil : streaming?.streamed(entry))
        }.compactMap { $0 }
    }
}

extension BatchRenderer {
    /// The streamed text of each entry, rendered on `workers` threads, in the entries' order.
    public func streamed(_ entries: [BatchEntry], workers: Int) -> [String?] {
        parallelMap(entries.count, workers: workers) { streamed(entries[$0]) }
    }
}

/// `transform` applied to 0..<count on up to `workers` threads, results in order.
func parallelMap<T: Sendable>(_ count: Int, workers: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard workers > 1 && count > 1 else { return (0..<count).map(transform) }
    let results = ResultSlots<T>(count)
    let stripes = min(workers, count)
    DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
        var index = stripe
        while index < count {
            results.set(index, transform(index))
            index += stripes
        }
    }
    return results.values
}

/// Slots written by different threads at different indices, read after they all finish. Raw memory, so that no
/// copy-on-write or exclusivity check runs between the threads; each index is written exactly once.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T>
    private let count: Int

    init(_ count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<T>.allocate(capacity: count)
    }

    func set(_ index: Int, _ value: T) {
        (slots + index).initialize(to: value)
    }

    /// The values, moved out; call once, after every slot is set.
    var values: [T] {
        let result = Array(UnsafeBufferPointer(start: slots, count: count))
        slots.deinitialize(count: count)
        return result
    }

    deinit {
        slots.deallocate()
    }
}

/// What a batch report's page says it is: the brand of the brief, the day of the run, kolvet's version, the inputs.
public struct BatchHeader: Sendable, Equatable {
    /// The brief's brand, when the reports carry a brief that names one.
    public var brand: String?
    /// The moment of the run as `--now` gave it (nil without `--now`: a page then shows the day it was rendered).
    public var generatedAt: Date?
    /// The input files, in input order, each once (at most `maximumInputs` kept) and how many there were.
    public var inputs: [String] = []
    public var inputCount = 0
    public static let maximumInputs = 20

    public init() {}

    /// Notes what `entry` says of the run.
    mutating func add(_ entry: BatchEntry) {
        if brand == nil, let named = entry.report?.brief?.brand { brand = named }
        if generatedAt == nil, let date = entry.report?.provenance?.generatedAt { generatedAt = date }
        if inputs.last != entry.record.file && !inputs.contains(entry.record.file) {
            inputCount += 1
            if inputs.count < Self.maximumInputs { inputs.append(entry.record.file) }
        }
    }
}

/// A finished batch: every entry in input order, the ranking, the counts and the portfolio.
public struct BatchResult: Sendable {
    public var entries: [BatchEntry]
    public var portfolio: Portfolio
    /// Diagnostics about input files as a whole (unknown shortlist columns …).
    public var fileDiagnostics: [Diagnostic]
    /// The counts, over every entry of the run (also those not kept in `entries` by a streaming run).
    public var tally: BatchTally
    /// Accounts feeding the comment sections of several creators of the batch (`comments.shared_commenters`).
    public var sharedCommenters: SharedCommenterReport
    /// What the page's header says.
    public var header: BatchHeader

    /// The result of `entries`; `tally` and `commenters` are given when a run kept less than every entry.
    public init(
        entries: [BatchEntry], configuration: Configuration, fileDiagnostics: [Diagnostic] = [],
        tally: BatchTally? = nil, commenters: SharedCommenters? = nil, header: BatchHeader? = nil
    ) {
        self.entries = entries
        self.portfolio = Portfolio(entries: entries, settings: configuration.portfolio)
        self.fileDiagnostics = fileDiagnostics
        self.tally =
            tally
            ?? entries.reduce(into: BatchTally()) { tally, entry in tally.add(entry) }
        let index =
            commenters
            ?? entries.reduce(into: SharedCommenters(settings: configuration.rings)) { index, entry in
                index.add(entry)
            }
        self.sharedCommenters = index.report()
        self.header = header ?? entries.reduce(into: BatchHeader()) { header, entry in header.add(entry) }
        for finding in sharedCommenters.findings where finding.level >= .warn {
            ringLevels[finding.member.index] = finding.level
        }
    }

    /// The level of `comments.shared_commenters` of the creators it warns or fails, by index.
    private var ringLevels: [Int: SignalLevel] = [:]

    /// What a ranking shows as the creator's worst signal: the report's own worst signal and its level (or
    /// "(not enough data)" when nothing is flagged but the creator cannot be cleared); when the
    /// batch's ring finding warns or fails the creator, that instead (or after the report's own, when that is
    /// worse) — a creator who passes alone but is fed by a ring must not look clean in the ranking.
    /// Written in `language` (`ReportLanguage.finding`).
    public func headline(of entry: BatchEntry, in language: ReportLanguage = .en) -> String? {
        let report = entry.report
        var parts: [(id: String, level: SignalLevel)] = report?.worstSignal.map { [($0.id, $0.level)] } ?? []
        if let ring = ringLevels[entry.index] {
            let shared = (id: "comments.shared_commenters", level: ring)
            if let worst = parts.first, worst.level > ring { parts.append(shared) } else { parts = [shared] }
        }
        guard !parts.isEmpty else {
            return report?.verdictBasis == .insufficientData ? language.text("(not enough data)") : nil
        }
        return parts.map { language.finding($0.id, $0.level) }.joined(separator: language == .zh ? "；" : "; ")
    }

    /// Entries ranked: scored creators by verdict (pass, review, reject), then score (highest first), then coverage
    /// (most data first); then unscored creators; then errors; ties keep input order. A creator with one note that
    /// scores 100 for want of data ranks below one that passes on a full dossier.
    public var ranked: [BatchEntry] {
        func key(_ entry: BatchEntry) -> (group: Int, score: Double, coverage: Double) {
            guard let report = entry.report else { return (5, 0, 0) }
            guard let score = report.score else { return (4, 0, 0) }
            let group = report.verdict == .pass ? 1 : report.verdict == .review ? 2 : 3
            return (group, score, report.coverage)
        }
        return entries.sorted { lhs, rhs in
            let left = key(lhs)
            let right = key(rhs)
            if left.group != right.group { return left.group < right.group }
            if left.score != right.score { return left.score > right.score }
            if left.coverage != right.coverage { return left.coverage > right.coverage }
            return lhs.index < rhs.index
        }
    }

    /// The run's exit status: the worst of the entries', and below the bar (1) when a creator fails
    /// `comments.shared_commenters`.
    public var status: ExitStatus { max(tally.status, sharedCommenters.status) }

    /// The summary line of the tally, with the creators the ring finding fails.
    public var summaryLine: String { summaryLine(status: status) }

    /// The summary line with the exit status `status` (a command's, when more than the batch decides it).
    public func summaryLine(status: ExitStatus) -> String {
        let failing = sharedCommenters.findings.filter { $0.level == .fail }.count
        guard failing > 0 else { return tally.summaryLine(status: status) }
        return tally.summaryLine(status: status)
            + "; \(ReportFormatting.counted(failing, "creator")) fail comments.shared_commenters"
    }
}
