import KolvetKit

/// `kolvet summarize`'s input: every line of the input is read as a kolvet.result/1 record; the records read are
/// summarized and rendered in every batch format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let configuration = Configuration()
    var accumulator = BatchAccumulator(configuration: configuration)
    var entries: [BatchEntry] = []
    for line in bytes.split(separator: 0x0A) {
        guard let record = try? BatchResultsReport.decode(line) else { continue }
        _ = accumulator.add(record.entry)
        entries.append(record.entry)
    }
    let result = accumulator.result(entries: entries, configuration: configuration)
    for renderer in BatchFormats.all {
        _ = renderer.header()
        for entry in entries { _ = renderer.streamed(entry) }
        if renderer.hasSections { _ = renderer.assembled(result) } else { _ = renderer.footer(result) }
    }
    return 0
}
