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
