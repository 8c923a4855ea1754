import Foundation
@testable import VitaCore
import VitaTestSupport

enum Fixtures {
    static let packageRoot = TestSeed.packageRoot
    static let seedPath = TestSeed.path
    static let asOf = TestSeed.asOf

    static let seed = TestSeed.contents(named: "seed.txt")

    static let seedLibrary = Library(records: [("seed.txt", seed)])

    static func read(_ text: String, asOf: PaperDate = asOf) -> RecordContents {
        ProfileReader.read(text, fileName: "t.txt", asOf: asOf)
    }

    /// A small profile with two papers, for tests that change one thing at a time.
    static let tiny = """
    Jane Doe

    CV
    h-index3
    2papers
    1,234citations
    Novelty50%
    AI Score40

    2 Papers

    CVJan 5, 2020Code
    First Paper: On Things

    Jane Doe, Bob Stone · mit

    We study things. Code at https://github.com/jd/things.

    AIFeb 6, 2021
    Second Paper

    Ann Lee, Jane Doe et al.

    More things.
    """
}

/// The stretches a reader gives back of the text it reads (`ReadContext.letGo`), as ranges of
/// the text's bytes, in the order given.
final class GivenBack: @unchecked Sendable {
    private let lock = NSLock()
    private var given: [Range<Int>] = []
    private let base: Int

    init(_ text: UnsafeBufferPointer<UInt8>) { base = Int(bitPattern: text.baseAddress!) }

    var ranges: [Range<Int>] { lock.lock(); defer { lock.unlock() }; return given }

    /// What a reader is given to tell of them.
    var letGo: @Sendable (UnsafeBufferPointer<UInt8>) -> Void {
        { [self] stretch in
            let from = Int(bitPattern: stretch.baseAddress!) - base
            lock.lock()
            given.append(from..<from + stretch.count)
            lock.unlock()
        }
    }
}
