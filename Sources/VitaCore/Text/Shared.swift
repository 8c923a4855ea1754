/// Hands a value to `DispatchQueue.concurrentPerform`'s workers when the caller knows they use it
/// safely: memory they only read, or result slots each worker writes its own of.
struct Shared<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
