import Foundation

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
    public func summaryLine(status: ExitStatus, in language: ReportLanguage = .en) -> String {
        guard language == .en else {
            return "\(creators) 位达人：通过 \(pass)，待复核 \(review)，不通过 \(reject)，无法读取或评分 \(error)；"
                + "\(belowBar) 位低于门槛（退出码 \(status.rawValue)）"
        }
        return
            "\(ReportFormatting.counted(creators, "creator")): \(pass) pass, \(review) review, \(reject) reject, \(error) could not be read or scored; "
            + "\(belowBar) below the bar (exit status \(status.rawValue))"
    }
}
