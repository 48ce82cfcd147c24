/// `--format json`: format `kolvet.report/1` (docs/report-format.md), one pretty-printed object with sorted
/// keys; rates with 6 decimals, scores and contributions with 2.
public struct JSONReport: ReportRenderer {
    public static let formatIdentifier = "kolvet.report/1"
    public let identifier = "json"
    public let summary = "kolvet.report/1 JSON, deterministic (sorted keys, fixed precision)"

    public init() {}

    public func render(_ report: VettingReport, options: RenderOptions) -> String {
        JSONWriter(isPretty: true).write(Self.value(of: report)) + "\n"
    }

    /// The report as a JSON value (also used by the batch formats).
    public static func value(of report: VettingReport) -> JSONValue {
        let creator = report.creator
        let metrics = report.engagement
        let engagement: JSONValue = .object([
            "median_rate_per_follower": .fixed(metrics.medianRatePerFollower, 6),
            "mean_rate_per_follower": .fixed(metrics.meanRatePerFollower, 6),
            "median_rate_per_read": .fixed(metrics.medianRatePerRead, 6),
            "comments_per_100_likes": .fixed(metrics.commentsPer100Likes, 6),
            "collects_per_like": .fixed(metrics.collectsPerLike, 6),
            "like_spread": .fixed(metrics.likeSpread, 6),
            "notes_considered": .integer(metrics.notes.count),
            "notes_with_reads": .integer(metrics.notesWithReads),
            "interactions_counted": .array(metrics.includedCounts.map { .string($0.rawValue) }),
            "interactions_per_note": .array(metrics.interactions.map { .fixed($0, 0) }),
            "median_interactions": .fixed(metrics.medianInteractions, 2),
            "viral_rate": .fixed(metrics.viralRate, 6),
            "hundred_like_share": .fixed(metrics.hundredLikeShare, 6),
            "thousand_like_share": .fixed(metrics.thousandLikeShare, 6),
            "best_note_beyond_median": .fixed(metrics.bestNoteBeyondMedian, 6),
            "beyond_median": .array(metrics.beyondMedian.map { .fixed($0, 6) }),
            "notes_per_week": .fixed(metrics.notesPerWeek, 6),
            "sponsored_notes": .integer(metrics.sponsoredNotes),
            "sponsored_median_rate": .fixed(metrics.sponsoredMedianRate, 6),
            "organic_median_rate": .fixed(metrics.organicMedianRate, 6),
            "likes_and_collects_per_follower": .fixed(metrics.likesAndCollectsPerFollower, 6),
        ])
        return .object([
            "format": .string(formatIdentifier),
            "creator": .object([
                "id": .string(creator.id),
                "nickname": .optional(creator.nickname),
                "platform": .string(creator.platform),
                "followers": creator.followers.map { .integer($0.value) } ?? .null,
                "followers_approximate": creator.followers.map { .bool($0.isApproximate) } ?? .null,
                "tier": .optional(report.tier?.rawValue),
                "kind": .optional(report.kind?.rawValue),
                "mcn": .optional(creator.mcn),
                "vertical": .optional(creator.vertical),
            ]),
            "score": .fixed(report.score, 2),
            "coverage": .fixed(report.coverage, 4),
            "verdict": .string(report.verdict.rawValue),
            "verdict_reasons": .array(report.verdictReasons.map(JSONValue.string)),
            "verdict_basis": .string(report.verdictBasis.rawValue),
            "missing_data": .array(
                report.missingData.map { .object(["signal": .string($0.id), "ask": .string($0.ask)]) }),
            "signals": .array(report.signals.map(value(of:))),
            "metrics": .object([
                "engagement": engagement, "audience": value(of: report.audience), "cost": value(of: report.cost),
                "platform": report.platform.map(value(of:)) ?? .null,
            ]),
            "warnings": .array(report.warnings.map(value(of:))),
            "provenance": report.provenance.map(value(of:)) ?? .null,
        ])
    }

    /// `provenance`: kolvet's version, the moment of the run (ISO 8601, China Standard Time) and the digests.
    static func value(of provenance: Provenance) -> JSONValue {
        .object([
            "kolvet_version": .string(Provenance.kolvetVersion),
            "generated_at": provenance.generatedAt.map(DossierWriter.date) ?? .null,
            "configuration_sha256": .string(provenance.configurationDigest),
            "brief_sha256": .optional(provenance.briefDigest),
        ])
    }

    static func value(of signal: SignalResult) -> JSONValue {
        let thresholds = signal.thresholds
        let base: JSONValue = .object([
            "id": .string(signal.id),
            "category": .string(signal.category.rawValue),
            "level": .string(signal.level.rawValue),
            "value": .fixed(signal.value, 6),
            "range": signal.range.map { .array([.fixed($0.lowerBound, 6), .fixed($0.upperBound, 6)]) } ?? .null,
            "unit": .string(signal.unit.rawValue),
            "threshold": .object([
                "warn_below": .fixed(thresholds.warnBelow, 6),
                "fail_below": .fixed(thresholds.failBelow, 6),
                "warn_above": .fixed(thresholds.warnAbove, 6),
                "fail_above": .fixed(thresholds.failAbove, 6),
            ]),
            "evidence": .string(signal.evidence),
            "details": .array(signal.details.map(JSONValue.string)),
            "weight": .fixed(signal.weight, 2),
            "contribution": .fixed(signal.level == .unknown ? nil : signal.contribution, 2),
            "decisive": .bool(signal.isDecisive),
        ])
        // Only a signal that names notes has the key, so that other signals read as before.
        guard let notes = signal.flaggedNotes, case .object(var object) = base else { return base }
        object.set("flagged_notes", .array(notes.map(JSONValue.string)))
        return .object(object)
    }

    /// `metrics.platform`: the source, and per figure the platform's value beside kolvet's.
    static func value(of comparison: PlatformComparison) -> JSONValue {
        var figures = JSONObject()
        for row in comparison.rows {
            figures.set(
                row.figure.rawValue,
                .object([
                    "platform": .fixed(row.platform, 6), "kolvet": .fixed(row.kolvet, 6),
                    "kolvet_basis": .string(row.basis), "platform_name": .string(row.figure.platformName),
                ]))
        }
        return .object(["source": .string(comparison.source), "figures": .object(figures)])
    }

    static func value(of audience: AudienceMetrics) -> JSONValue {
        let dimensions: [JSONValue] = (audience.fit?.dimensions ?? []).map { dimension in
            .object([
                "dimension": .string(dimension.dimension.rawValue),
                "weight": .fixed(dimension.weight, 2),
                "fit_low": .fixed(dimension.worst, 6),
                "fit_high": .fixed(dimension.best, 6),
                "unknown_mass": .fixed(dimension.unknownMass, 6),
                "weakest_group": .optional(dimension.weakestGroup),
            ])
        }
        return .object([
            "fit_low": .fixed(audience.fit?.worst, 6),
            "fit_high": .fixed(audience.fit?.best, 6),
            "dimensions": .array(dimensions),
            "active_fans_share": .fixed(audience.activeFansShare, 6),
            "effective_reach_low": .fixed(audience.effectiveReach?.lowerBound, 0),
            "effective_reach_high": .fixed(audience.effectiveReach?.upperBound, 0),
        ])
    }

    static func value(of cost: CostMetrics) -> JSONValue {
        func pricing(_ pricing: CostMetrics.Pricing?) -> JSONValue {
            guard let pricing else { return .null }
            return .object([
                "total_price": .fixed(pricing.totalPrice, 2),
                "expected_interactions": .fixed(pricing.expectedInteractions, 2),
                "expected_reads": .fixed(pricing.expectedReads, 2),
                "cpe": .fixed(pricing.costPerEngagement, 4),
                "cpv": .fixed(pricing.costPerRead, 4),
                "type_specific": .bool(pricing.isTypeSpecific),
                "implied_quote": .fixed(pricing.impliedQuote(marketCPE: cost.marketCPE, feeRate: cost.feeRate), 2),
                "premium": .fixed(pricing.premium(marketCPE: cost.marketCPE), 4),
            ])
        }
        return .object([
            "fee_rate": .fixed(cost.feeRate, 4),
            "market_cpe": .fixed(cost.marketCPE, 4),
            "currency": .optional(cost.currency),
            "image_note": pricing(cost.image),
            "video_note": pricing(cost.video),
        ])
    }

    static func value(of diagnostic: Diagnostic) -> JSONValue {
        .object([
            "severity": .string(diagnostic.severity.rawValue),
            "at": .string(diagnostic.location.description),
            "message": .string(diagnostic.message),
        ])
    }
}
