import Testing
@testable import VitaCore

@Suite("A table of hashes")
struct HashTableTests {
    /// The same answers as a Dictionary, for keys of every kind: 0, keys alike in their low or
    /// high bits (each lands near the others), repeated keys, and a table grown from one slot's
    /// worth of room to thousands.
    @Test(arguments: 0..<8) func answersAsADictionaryDoes(_ seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        var table = HashTable<Int32>(capacity: seed == 0 ? 1 : 100, free: -1)
        var truth: [UInt64: Int32] = [:]
        for i in 0..<5_000 {
            let key: UInt64 = switch random.next() % 5 {
            case 0: 0
            case 1: random.next() % 64                      // alike in their high bits
            case 2: (random.next() % 64) << 58              // alike in their low bits
            case 3: truth.keys.randomElement(using: &random) ?? 7
            default: random.next()
            }
            let value = Int32(i)
            let had = table.valueOrInsert(key, value)
            #expect(had == truth[key], "key \(key)")
            if truth[key] == nil { truth[key] = value }
            if random.next() % 7 == 0 {
                table.set(key, -value)
                truth[key] = -value
            }
        }
        #expect(table.count == truth.count)
        for (key, value) in truth { #expect(table[key] == value) }
        for _ in 0..<1_000 {
            let key = random.next()
            #expect(table[key] == truth[key])
        }
    }

    /// A table of name keys answers every look-up as the dictionary it is made from, whose keys
    /// are equal under canonical equivalence: a key held with bytes outside ASCII is found by the
    /// ASCII key it is equivalent to (U+212A KELVIN SIGN is K), a decomposed key finds the
    /// composed one held, and keys that are only alike are not found.
    @Test func nameKeysAnswerAsTheirDictionary() {
        let held: [String: Int] = ["wei wang": 1, "\u{212A}ai li": 2, "m\u{FC}ller": 3, "\u{5F20}\u{4F1F}": 4,
                                   "anna": 5, "caf\u{E9} au lait": 6, "\u{212B}ngstr\u{F6}m": 7]
        let table = KeyTable(held)
        var asked = Array(held.keys) + ["Kai li", "mu\u{308}ller", "muller", "wei  wang", "wei wan", "wei wangs", "",
                                        "cafe\u{301} au lait", "A\u{30A}ngstro\u{308}m", "\u{C5}ngstr\u{F6}m", "kai li", "ann"]
        var random = SeededRandom(seed: 3)
        for _ in 0..<2_000 {
            let letters = Array("abwgn i")
            asked.append(String((0..<Int(random.next() % 9)).map { _ in letters[Int(random.next() % UInt64(letters.count))] }))
        }
        for key in asked { #expect(table[key] == held[key], "\(key.unicodeScalars.map { String($0.value, radix: 16) })") }
        #expect(table["Kai li"] == 2)
        #expect(table["mu\u{308}ller"] == 3)
        #expect(table["muller"] == nil)
        #expect(KeyTable([String: Int]())["anna"] == nil)
    }
}
