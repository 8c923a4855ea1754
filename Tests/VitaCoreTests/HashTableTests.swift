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
}
