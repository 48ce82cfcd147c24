import Dispatch

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
