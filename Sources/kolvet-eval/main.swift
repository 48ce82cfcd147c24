import Foundation
import KolvetKit
import KolvetSimulation

/// `kolvet-eval comments DIR`: precision and recall of the inauthentic-comment flag on a labelled set
/// (dossiers plus labels.csv with file,comment_id,label,pattern).
func evaluateComments(directory: String) -> Int32 {
    let root = URL(fileURLWithPath: directory)
    guard let csv = try? String(contentsOf: root.appendingPathComponent("labels.csv"), encoding: .utf8) else {
        FileHandle.standardError.write(Data("\(directory)/labels.csv: error: cannot read the file\n".utf8))
        return 2
    }
    var labelsByFile: [String: [String: (isInauthentic: Bool, pattern: String)]] = [:]
    for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
        let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 4 else { continue }
        labelsByFile[fields[0], default: [:]][fields[1]] = (fields[2] == "inauthentic", fields[3])
    }
    var overall = ConfusionMatrix()
    var byPattern: [String: ConfusionMatrix] = [:]
    print("file                     comments  flagged  TP  FP  FN")
    for (file, labels) in labelsByFile.sorted(by: { $0.key < $1.key }) {
        guard let bytes = try? Data(contentsOf: root.appendingPathComponent(file)),
            let dossier = DossierDecoder().decode(Array(bytes), file: file).dossier
        else {
            FileHandle.standardError.write(Data("\(file): error: cannot read the dossier\n".utf8))
            return 2
        }
        var matrix = ConfusionMatrix()
        for outcome in CommentFlagEvaluation.evaluate(dossier, labels: labels, settings: CommentSettings()) {
            matrix.record(flagged: outcome.isFlagged, positive: outcome.isLabelledInauthentic)
            byPattern[outcome.pattern, default: ConfusionMatrix()]
                .record(flagged: outcome.isFlagged, positive: outcome.isLabelledInauthentic)
        }
        overall.add(matrix)
        let name = file.padding(toLength: 24, withPad: " ", startingAt: 0)
        print(
            "\(name) \(String(matrix.total).leftPadded(8))  \(String(matrix.truePositives + matrix.falsePositives).leftPadded(7))"
                + "  \(String(matrix.truePositives).leftPadded(2))  \(String(matrix.falsePositives).leftPadded(2))"
                + "  \(String(matrix.falseNegatives).leftPadded(2))")
    }
    print("\nby pattern (flagged / comments):")
    for (pattern, matrix) in byPattern.sorted(by: { $0.key < $1.key }) {
        let flagged = matrix.truePositives + matrix.falsePositives
        print("  \(pattern.padding(toLength: 16, withPad: " ", startingAt: 0)) \(flagged) / \(matrix.total)")
    }
    print("\noverall: \(overall.summary)")
    return 0
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

/// `kolvet-eval planted [seed] [clean] [per-kind]`: detection and false-alarm rates on simulated creators.
func evaluatePlanted(seed: UInt64, cleanCount: Int, perKind: Int) -> Int32 {
    let benchmark = PlantedBenchmark(seed: seed, cleanCount: cleanCount, perKind: perKind)
    func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "n/a" : ReportFormatting.percent(Double(part) / Double(whole), 1)
    }
    print("seed \(seed): \(cleanCount) clean creators, \(perKind) per planted kind\n")
    print("| planted | target signal | flagged (warn or fail) | failed | verdict reject | review | pass |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for kind in PlantedFraud.allCases {
        let tally = benchmark.planted[kind] ?? PlantedBenchmark.Tally()
        print(
            "| \(kind.rawValue) | `\(kind.targetSignal)` | \(percent(tally.flagged, tally.creators)) | "
                + "\(percent(tally.failed, tally.creators)) | \(percent(tally.rejected, tally.creators)) | "
                + "\(percent(tally.reviewed, tally.creators)) | \(percent(tally.passed, tally.creators)) |")
    }
    print("\nfalse alarms on clean creators:\n")
    print("| target signal | flagged (warn or fail) | failed |")
    print("| --- | --- | --- |")
    for kind in PlantedFraud.allCases {
        let tally = benchmark.clean[kind.targetSignal] ?? PlantedBenchmark.Tally()
        print(
            "| `\(kind.targetSignal)` | \(percent(tally.flagged, tally.creators)) | \(percent(tally.failed, tally.creators)) |"
        )
    }
    print(
        "\nrings: \(benchmark.ringsPlanted) planted, \(benchmark.ringsFoundWhole) found whole (all three creators in one "
            + "ring of the batch finding)")
    let verdicts = benchmark.cleanVerdicts
    print(
        "\nclean verdicts: reject \(percent(verdicts.rejected, verdicts.creators)), review "
            + "\(percent(verdicts.reviewed, verdicts.creators)), pass \(percent(verdicts.passed, verdicts.creators))")
    return 0
}

/// `kolvet-eval generate MEGABYTES [seed]`: JSON Lines of simulated dossiers on standard output, about MEGABYTES
/// in size, 1 creator in 5 with a planted fraud (docs/performance.md).
/// `kolvet-eval generate MB [SEED] [simple|realistic]`: simulated creators as JSON Lines up to MB megabytes; the
/// realistic corpus (the default of benchmarks/run.py) brings each to a real mid-tier creator's volume and text
/// (`RealisticVolume`), the simple one is the simulator's own (about 45 comments per creator).
func generate(megabytes: Int, seed: UInt64, realistic: Bool) -> Int32 {
    var simulator = CreatorSimulator(seed: seed)
    var volume = RealisticVolume(seed: seed)
    let kinds = PlantedFraud.inCreatorData
    let target = megabytes * 1_000_000
    var written = 0
    var count = 0
    var buffer = Data()
    while written < target {
        let planted: PlantedFraud? = count % 5 == 4 ? kinds[(count / 5) % kinds.count] : nil
        let made = simulator.make(planting: planted).dossier
        let line = DossierWriter.line(realistic ? volume.expand(made) : made)
        buffer.append(contentsOf: line.utf8)
        written += line.utf8.count
        count += 1
        if buffer.count > 4_000_000 {
            FileHandle.standardOutput.write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }
    FileHandle.standardOutput.write(buffer)
    FileHandle.standardError.write(Data("\(count) creators, \(written) bytes\n".utf8))
    return 0
}

/// `kolvet-eval metrics < FILE.jsonl`: per creator, the engagement metrics and the generic and duplicate comment
/// shares at full precision, one JSON object per line, for comparison with benchmarks/reference.py.
func printMetrics() -> Int32 {
    let configuration = Configuration()
    let decoder = DossierDecoder()
    let calculator = EngagementCalculator(configuration: configuration)
    let analyzer = CommentAnalyzer(settings: configuration.comments)
    var output = ""
    func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "null" }
    while let line = readLine(strippingNewline: true) {
        guard !line.isEmpty else { continue }
        guard let dossier = decoder.decode(Array(line.utf8), file: "-").dossier else {
            output += "{\"error\": true}\n"
            continue
        }
        let metrics = calculator.metrics(for: dossier)
        let comments = analyzer.analyze(dossier).comments
        let count = Double(comments.count)
        output += "{\"id\": \(JSONWriter().write(.string(dossier.creator.id)))"
        output += ", \"median_rate_per_follower\": \(number(metrics.medianRatePerFollower))"
        output += ", \"mean_rate_per_follower\": \(number(metrics.meanRatePerFollower))"
        output += ", \"median_rate_per_read\": \(number(metrics.medianRatePerRead))"
        output += ", \"comments_per_100_likes\": \(number(metrics.commentsPer100Likes))"
        output += ", \"collects_per_like\": \(number(metrics.collectsPerLike))"
        output += ", \"like_spread\": \(number(metrics.likeSpread))"
        output += ", \"comments\": \(comments.count)"
        output += ", \"generic_share\": \(number(count > 0 ? Double(comments.filter(\.isGeneric).count) / count : nil))"
        output +=
            ", \"duplicate_share\": \(number(count > 0 ? Double(comments.filter(\.isDuplicate).count) / count : nil))"
        output += "}\n"
        if output.utf8.count > 1 << 20 {
            FileHandle.standardOutput.write(Data(output.utf8))
            output = ""
        }
    }
    FileHandle.standardOutput.write(Data(output.utf8))
    return 0
}

/// `kolvet-eval parse FILE.jsonl`: reads and decodes every dossier on one thread, with nothing else, and prints
/// bytes, dossiers and seconds (the parsing figure of docs/performance.md).
func parse(path: String) -> Int32 {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
        FileHandle.standardError.write(Data("\(path): error: cannot read the file\n".utf8))
        return 2
    }
    defer { close(descriptor) }
    let decoder = DossierDecoder()
    let start = Date()
    var bytes = 0
    var dossiers = 0
    // One buffer, reused: complete lines are decoded, the unfinished one moves to the front; it doubles when a
    // line does not fit.
    // Left uninitialised (`LineReader` does not zero its buffer either): `read` fills what is used, and zeroing
    // 16 MB first was 3 % of the instructions this measures.
    func room(_ count: Int) -> [UInt8] { [UInt8](unsafeUninitializedCapacity: count) { _, made in made = count } }
    var buffer = room(16 << 20)
    var filled = 0
    while true {
        if filled == buffer.count { buffer += room(buffer.count) }
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
        guard count > 0 else { break }
        bytes += count
        filled += count
        var lineStart = 0
        buffer.withUnsafeBufferPointer { buffer in
            while lineStart < filled, let found = memchr(buffer.baseAddress! + lineStart, 0x0A, filled - lineStart) {
                let end = buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if decoder.decode(UnsafeBufferPointer(rebasing: buffer[lineStart..<end]), file: path).dossier != nil {
                    dossiers += 1
                }
                lineStart = end + 1
            }
        }
        buffer.withUnsafeMutableBytes { raw in
            _ = memmove(raw.baseAddress!, raw.baseAddress! + lineStart, filled - lineStart)
        }
        filled -= lineStart
    }
    if filled > 0, decoder.decode(Array(buffer[0..<filled]), file: path).dossier != nil { dossiers += 1 }
    let seconds = Date().timeIntervalSince(start)
    print("{\"bytes\": \(bytes), \"dossiers\": \(dossiers), \"seconds\": \(seconds)}")
    return 0
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "comments" where arguments.count == 2:
    exit(evaluateComments(directory: arguments[1]))
case "planted" where arguments.count <= 4:
    let numbers = arguments.dropFirst().compactMap { Int($0) }
    guard numbers.count == arguments.count - 1 else { fallthrough }
    exit(
        evaluatePlanted(
            seed: UInt64(numbers.first ?? 2026), cleanCount: numbers.count > 1 ? numbers[1] : 300,
            perKind: numbers.count > 2 ? numbers[2] : 100))
case "parse" where arguments.count == 2:
    exit(parse(path: arguments[1]))
case "metrics" where arguments.count == 1:
    exit(printMetrics())
case "generate" where (2...4).contains(arguments.count):
    guard let megabytes = Int(arguments[1]), megabytes > 0,
        arguments.count < 4 || ["simple", "realistic"].contains(arguments[3])
    else { fallthrough }
    exit(
        generate(
            megabytes: megabytes, seed: arguments.count >= 3 ? UInt64(arguments[2]) ?? 1 : 1,
            realistic: arguments.count == 4 && arguments[3] == "realistic"))
default:
    FileHandle.standardError.write(
        Data(
            ("usage: kolvet-eval comments <labelled-directory>\n       kolvet-eval planted [seed] [clean] [per-kind]\n"
                + "       kolvet-eval generate <megabytes> [seed] [simple|realistic]\n").utf8))
    exit(64)
}
