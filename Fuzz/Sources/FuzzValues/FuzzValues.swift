import KolvetKit

/// The value parsers: counts, amounts, shares, timestamps, as strings and as JSON number literals.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    for value in [JSONValue.string(text), .number(text)] {
        _ = try? CountParser.parse(value)
        _ = try? AmountParser.parse(value)
        _ = try? ShareParser.parse(value)
        _ = try? TimestampParser.parse(value)
    }
    _ = CommentText(text)
    return 0
}
