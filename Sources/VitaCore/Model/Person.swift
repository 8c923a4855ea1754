/// One author as written on a paper, with the key that identifies the person across papers.
public struct Author: Sendable, Hashable, Codable {
    public var name: String
    public var key: String

    public init(name: String) {
        self.name = name
        self.key = NameKey.make(name)
    }

    public init(name: String, key: String) {
        self.name = name
        self.key = key
    }
}

/// A person of the library: the display name (as first seen) and the normalised key.
public struct Person: Sendable, Hashable, Codable {
    public var name: String
    public var key: String
    /// Ids of the papers this person is a visible author of, in library order.
    public var paperIDs: [String]

    public init(name: String, key: String, paperIDs: [String] = []) {
        self.name = name
        self.key = key
        self.paperIDs = paperIDs
    }
}
