import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutual-exclusion lock over a POSIX mutex: what Foundation's `NSLock` is, without linking
/// Foundation (whose start every command paid: DECISIONS 88).
/// The mutex lives in memory of its own, never moved, as POSIX asks.
public final class Lock: @unchecked Sendable {
    fileprivate let mutex: UnsafeMutablePointer<pthread_mutex_t>

    public init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    public func lock() { pthread_mutex_lock(mutex) }
    public func unlock() { pthread_mutex_unlock(mutex) }
    /// Takes the lock if no one holds it; false, and not taken, if someone does.
    public func `try`() -> Bool { pthread_mutex_trylock(mutex) == 0 }

    public func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }
}

/// A lock with a condition to wait on: what Foundation's `NSCondition` is. `wait` is called with
/// the lock held, and holds it again when it returns; the condition waited for is checked again
/// in a loop, as a wait may end without a signal.
public final class Condition: @unchecked Sendable {
    private let lockItself = Lock()
    private let condition: UnsafeMutablePointer<pthread_cond_t>

    public init() {
        condition = .allocate(capacity: 1)
        condition.initialize(to: pthread_cond_t())
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        condition.deinitialize(count: 1)
        condition.deallocate()
    }

    public func lock() { lockItself.lock() }
    public func unlock() { lockItself.unlock() }
    public func wait() { pthread_cond_wait(condition, lockItself.mutex) }
    public func signal() { pthread_cond_signal(condition) }
    public func broadcast() { pthread_cond_broadcast(condition) }

    public func withLock<T>(_ body: () throws -> T) rethrows -> T {
        try lockItself.withLock(body)
    }
}

/// Threads of the program's own, as Foundation's `Thread.detachNewThread` makes them: for work
/// that blocks or runs long beside the main thread (a snapshot written, a progress bar drawn),
/// which Dispatch's few workers should not be held by.
public enum Threads {
    private final class Work: Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    /// Runs `body` on a new thread, not waited for. If no thread can be made (the process is at
    /// its limit), `body` runs on a Dispatch worker instead.
    public static func detach(_ body: @escaping @Sendable () -> Void) {
        let work = Unmanaged.passRetained(Work(body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let made = pthread_create(&thread, &attributes, { raw in
            #if canImport(Glibc)
            let work = Unmanaged<Work>.fromOpaque(raw!).takeRetainedValue()
            #else
            let work = Unmanaged<Work>.fromOpaque(raw).takeRetainedValue()
            #endif
            work.body()
            return nil
        }, work)
        if made != 0 {
            let work = Unmanaged<Work>.fromOpaque(work).takeRetainedValue()
            DispatchQueue.global().async { work.body() }
        }
    }
}
