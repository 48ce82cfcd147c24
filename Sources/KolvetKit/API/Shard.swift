/// One of `count` disjoint parts of a batch (`kolvet batch --shard index/count`), for array jobs that vet a large
/// input on many machines (docs/scale-out.md).
///
/// A record belongs to shard FNV-1a-64(key) mod count, where key is the UTF-8 of its creator id — or, for a
/// record that could not be read, of its source (`file:line`) — so that every record is in exactly one shard,
/// whatever the machine, the order or the `--jobs`, and the union of all shards is the whole batch.
public struct Shard: Sendable, Equatable {
    /// Which shard, from 0.
    public var index: Int
    /// How many shards.
    public var count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (0..<count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Reads `i/n`, where `i` may be `auto` (taken from `AWS_BATCH_JOB_ARRAY_INDEX`, else `JOB_COMPLETION_INDEX`),
    /// or `auto` alone (index and count from `AWS_BATCH_JOB_ARRAY_INDEX` and `AWS_BATCH_JOB_ARRAY_SIZE`).
    /// nil, with the reason, when it cannot.
    public static func parse(_ text: String, environment: [String: String]) -> Result<Shard, ShardError> {
        let awsIndex = environment["AWS_BATCH_JOB_ARRAY_INDEX"]
        let parts =
            text == "auto"
            ? ["auto", environment["AWS_BATCH_JOB_ARRAY_SIZE"] ?? ""]
            : text.split(
                separator: "/", omittingEmptySubsequences: false
            ).map(String.init)
        guard parts.count == 2 else { return .failure(ShardError("expected index/count, like 0/8, got '\(text)'")) }
        let indexText = parts[0] == "auto" ? (awsIndex ?? environment["JOB_COMPLETION_INDEX"]) : parts[0]
        guard let indexText else {
            return .failure(
                ShardError("'auto' needs AWS_BATCH_JOB_ARRAY_INDEX or JOB_COMPLETION_INDEX in the environment"))
        }
        guard let count = Int(parts[1]), count >= 1 else {
            let source = text == "auto" ? "AWS_BATCH_JOB_ARRAY_SIZE" : "the count"
            return .failure(ShardError("\(source) must be a whole number, 1 or more, got '\(parts[1])'"))
        }
        guard let index = Int(indexText), let shard = Shard(index: index, count: count) else {
            return .failure(ShardError("the shard index must be 0 to \(count - 1), got '\(indexText)'"))
        }
        return .success(shard)
    }

    /// Whether `record` belongs to this shard.
    public func contains(_ record: BatchRecord) -> Bool {
        Self.hash(record.dossier?.creator.id ?? record.source) % UInt64(count) == UInt64(index)
    }

    /// FNV-1a, 64 bits, of the UTF-8 bytes of `key` (the hash that also shortens long dossier file names).
    public static func hash(_ key: String) -> UInt64 { DossierFileName.fnv1a(key) }
}

/// Why a `--shard` value cannot be used.
public struct ShardError: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) { self.message = message }
}
