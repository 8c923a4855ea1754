import Foundation
import VitaCore

/// The fixtures every test target shares: where the checkout is, the bundled seed record, and the
/// reference date its dates without a year are read against.
public enum TestSeed {
    /// The package's root folder.
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// `seeds/anbang-yao.txt` in the checkout.
    public static let path = packageRoot.appendingPathComponent("seeds/anbang-yao.txt").path
    /// The day the seed's yearless dates are read against.
    public static let asOf = PaperDate(year: 2026, month: 11, day: 25)
    /// The same, as the command line takes it.
    public static let asOfArguments = ["--as-of", "2026-11-25"]

    /// The seed read under `name` (snapshots name it as the checkout does, whatever its folder).
    public static func contents(named name: String) -> RecordContents {
        ProfileReader.read(FileManager.default.contents(atPath: path) ?? Data(), fileName: name, asOf: asOf)
    }

    public static func library(named name: String) -> Library {
        Library(records: [(name, contents(named: name))])
    }
}

/// What `body` returns, if it returns within `seconds` counted from when it starts; nil if not. A
/// guard against a loop that never ends, which fails its test instead of hanging the run (Swift
/// Testing's `.timeLimit` counts from when the test is scheduled, so a test waiting behind others
/// on a loaded machine could exceed it without running long). A body that does not return is
/// left running on a thread of its own.
public func finishing<T: Sendable>(within seconds: Double, _ body: @escaping @Sendable () -> T) -> T? {
    let box = FinishingBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = body()
        done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    return box.value
}

/// What `finishing`'s thread hands back, read once the semaphore says it is written.
private final class FinishingBox<T>: @unchecked Sendable { var value: T? }
