/// What one file gave: its profile header (if it has one), its papers and what was wrong with it.
public struct RecordContents: Sendable {
    /// The header's paper counts against the blocks found (`found`, when not all were read).
    mutating func checkHeaderCount(found: Int? = nil) {
        guard let profile else { return }
        let found = found ?? papers.count
        if let listed = profile.listedPaperCount, listed != found {
            diagnostics.append(Diagnostic(.warning, at: profile.source,
                "the header lists \(listed) papers but \(found) paper blocks were found"))
        } else if profile.listedPaperCount == nil, let count = profile.paperCount, count != found {
            diagnostics.append(Diagnostic(.warning, at: profile.source,
                "the header counts \(count) papers but \(found) paper blocks were found"))
        }
    }

    /// Appends the next parts of the same file, each read separately: the papers and
    /// diagnostics of `parts` moved to the end of these, in order (leaving the
    /// parts empty), each part's lines counted on by its `lineOffsets` entry. (A paper copied
    /// retains every string and array it holds, and the part then released them all: a tenth of
    /// a second of one core for 100,000 papers.)
    mutating func append(parts: inout [RecordContents], lineOffsets: [Int]) {
        let ownerKey = profile?.ownerKey
        var lists: [[Paper]] = []
        for k in parts.indices {
            // Set in place, in the part's own papers.
            for i in parts[k].papers.indices {
                parts[k].papers[i].source.line += lineOffsets[k]
                parts[k].papers[i].owner = ProfileReader.owner(of: parts[k].papers[i].authors, ownerKey: ownerKey)
            }
            for var d in parts[k].diagnostics {
                if d.location.line > 0 { d.location.line += lineOffsets[k] }
                diagnostics.append(d)
            }
            parts[k].diagnostics = []
            lists.append([])
            swap(&lists[k], &parts[k].papers)
        }
        papers.appendMoving(&lists)
    }

    public var profile: Profile?
    public var papers: [Paper]
    public var diagnostics: [Diagnostic]
    /// What a BibTeX file holds besides its entries: macros, preambles, comments.
    public var bibtex: BibTeXFileParts?
    /// Where people are, as their own records in the file state, by name key (the DBLP dump's
    /// person records).
    public var statedPlaces: [String: String] = [:]

    public init(profile: Profile? = nil, papers: [Paper] = [], diagnostics: [Diagnostic] = [], bibtex: BibTeXFileParts? = nil) {
        self.profile = profile
        self.papers = papers
        self.diagnostics = diagnostics
        self.bibtex = bibtex
    }
}

/// Reads the profile text format line by line:
///
///     Name                       header: name, field, h-index, counts, scores
///     CV
///     h-index19 …
///     34 Papers
///
///     CVAug 15, 2023Code         one block per paper: meta line,
///     Title                      title,
///     A, B, C et al. · place     authors,
///     Abstract…                  abstract (more lines join it)
///
/// Blank lines between the parts are optional and may repeat. A meta line always starts a new
/// block, which is how the reader finds its footing again after anything it could not place.
/// Nothing is dropped without a diagnostic.
public struct ProfileReader: LineSink {
    private enum State {
        case start, header, expectMeta, expectTitle, expectAuthors, expectAbstract, inAbstract
    }

    private struct Block {
        var line: Int
        var meta: MetaLine
        var title: String?
        var titleLine = 0
        var authors: AuthorLine?
        var abstract: String = ""
        var pendingBlank = false
    }

    public let fileName: String
    public let asOf: PaperDate
    /// Lines longer than this are reported: a paper field that long is almost always a broken file.
    public var longLineLimit = 100_000

    private var state = State.start
    private var profile: Profile?
    private var ownerKey: String?
    private var block: Block?
    private var papers: [Paper] = []
    private var diagnostics = DiagnosticList()
    private var skipped: (first: Int, last: Int, text: String)?
    private var lastLine = 0
    private var nameKeys: [String: String] = [:]

    public init(fileName: String, asOf: PaperDate) {
        self.fileName = fileName
        self.asOf = asOf
    }

    /// Reads a whole byte buffer (a file already in memory).
    public static func read(_ bytes: some Collection<UInt8>, fileName: String, asOf: PaperDate) -> RecordContents {
        var splitter = LineSplitter(ProfileReader(fileName: fileName, asOf: asOf))
        splitter.feed(bytes)
        splitter.finish()
        return splitter.sink.finish()
    }

    public static func read(_ text: String, fileName: String, asOf: PaperDate) -> RecordContents {
        read(Array(text.utf8), fileName: fileName, asOf: asOf)
    }

    public var paperCount: Int { papers.count }

    /// For a reader that starts at a meta line in the middle of a file: no header to expect.
    mutating func startMidRecord() {
        state = .expectMeta
    }

    // MARK: LineSink

    public mutating func invalidUTF8(line number: Int, column: Int) {
        warn(number, column, "invalid UTF-8; the bad bytes are shown as \u{FFFD} (expected UTF-8 text)")
    }

    /// Lines read without a paper before the file is taken for something that is not a record.
    static let linesBeforeGivingUp = 100_000
    public private(set) var isDone = false

    public mutating func line(_ text: String, number: Int) {
        guard !isDone else { return }
        lastLine = number
        if number > Self.linesBeforeGivingUp, papers.isEmpty, block == nil {
            diagnostics.appendAlways(Diagnostic(.warning, at: location(number, 1),
                "no paper in the first \(Self.linesBeforeGivingUp) lines; expected a record (a profile or BibTeX): the rest of the file is not read"))
            isDone = true
            return
        }
        if text.utf8.count > longLineLimit {
            warn(number, 1, "line is \(text.utf8.count) bytes long; expected a header, meta, title, author or abstract line")
        }
        let isBlank = text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
        if isBlank {
            if state == .inAbstract { block?.pendingBlank = true }
            return
        }
        let meta = MetaLine.parse(text)
        if let meta {
            startBlock(meta, line: number, text: text)
            return
        }
        switch state {
        case .start:
            // The first line names the person, unless it looks like no name at all.
            if text.count <= 120 {
                let p = Profile(name: text.trimmingSpaces(), source: location(number))
                profile = p
                ownerKey = NameKey.make(p.name)
                state = .header
            } else {
                skip(text, number)
                state = .expectMeta
            }
        case .header:
            headerLine(text.trimmingSpaces(), number)
        case .expectMeta:
            skip(text, number)
        case .expectTitle:
            block?.title = text.trimmingSpaces()
            block?.titleLine = number
            state = .expectAuthors
        case .expectAuthors:
            block?.authors = AuthorLine.parse(text)
            state = .expectAbstract
        case .expectAbstract:
            block?.abstract = text
            state = .inAbstract
        case .inAbstract:
            let separator = block?.pendingBlank == true ? "\n\n" : "\n"
            block?.abstract += separator + text
            block?.pendingBlank = false
        }
    }

    /// Ends the input: closes the last block and checks the header's counts.
    public mutating func finish() -> RecordContents {
        var contents = finishPart()
        if lastLine == 0 {
            warn(1, 1, "file is empty; expected a profile header or a paper block")
            contents.diagnostics = diagnostics.finished(file: fileName)
        }
        contents.checkHeaderCount()
        return contents
    }

    /// Ends one part of a file read in parts: no whole-file checks.
    mutating func finishPart() -> RecordContents {
        closeBlock()
        flushSkipped()
        if lastLine > 0, papers.isEmpty, profile != nil, diagnostics.isEmpty {
            warn(lastLine, 1, "no paper blocks found; expected a meta line like 'CVAug 15, 2023Code' after the header")
        }
        return RecordContents(profile: profile, papers: papers, diagnostics: diagnostics.finished(file: fileName))
    }

    /// Where the owner stands among `authors`.
    static func owner(of authors: [Author], ownerKey: String?) -> Paper.Owner {
        guard let ownerKey else { return .none }
        return authors.firstIndex(where: { $0.key == ownerKey }).map { .listed(position: $0) } ?? .implied
    }

    // MARK: Header

    private mutating func headerLine(_ text: String, _ number: Int) {
        guard var p = profile else { return }
        // `p` alone holds the profile while it changes: appending to it copies nothing.
        profile = nil
        defer { profile = p }
        if let n = Self.number(text, suffix: " Papers") ?? Self.number(text, suffix: " Paper") {
            p.listedPaperCount = n
            state = .expectMeta
        } else if let n = Self.number(text, prefix: "h-index") {
            p.hIndex = n
        } else if let n = Self.number(text, suffix: "papers") ?? Self.number(text, suffix: "paper") {
            p.paperCount = n
        } else if let n = Self.number(text, suffix: "citations") ?? Self.number(text, suffix: "citation") {
            p.citationCount = n
        } else if text.hasPrefix("Novelty"), text.hasSuffix("%"), let n = Self.number(String(text.dropLast()), prefix: "Novelty") {
            p.noveltyPercent = n
        } else if let n = Self.number(text, prefix: "AI Score") {
            p.aiScore = n
        } else if p.field == nil, p.hIndex == nil, text.count <= 40, !text.contains(where: \.isNumber) {
            p.field = text
        } else {
            if p.otherLines.count < Self.maxOtherLines { p.otherLines.append(text) }
            warn(number, 1, "unrecognised header line '\(Self.preview(text))'; expected h-index, papers, citations, Novelty, AI Score or 'N Papers' (kept in the profile)")
        }
    }

    /// `prefix` + a number with optional thousands commas + `suffix`, nothing else.
    static func number(_ text: String, prefix: String = "", suffix: String = "") -> Int? {
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), text.count > prefix.count + suffix.count else { return nil }
        let digits = text.dropFirst(prefix.count).dropLast(suffix.count).filter { $0 != "," }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    // MARK: Blocks

    private mutating func startBlock(_ meta: MetaLine, line: Int, text: String) {
        closeBlock()
        flushSkipped()
        if state == .header || state == .start {
            // A record whose header has no `N Papers` line, or no header at all.
            state = .expectMeta
        }
        block = Block(line: line, meta: meta)
        state = .expectTitle
    }

    private mutating func closeBlock() {
        guard let b = block else { return }
        block = nil
        state = .expectMeta
        guard let title = b.title else {
            warn(b.line, 1, "paper block has a meta line but no title; expected a title line after it (block skipped)")
            return
        }
        if b.authors == nil {
            warn(b.titleLine, 1, "paper '\(Self.preview(title))' ends before its author line; expected authors and an abstract")
        } else if b.abstract.isEmpty {
            warn(b.titleLine, 1, "paper '\(Self.preview(title))' has no abstract; expected an abstract line after the authors")
        }

        var date: PaperDate?
        let m = b.meta
        if let month = m.month {
            if m.day >= 1, m.day <= PaperDate.daysIn(month: month, year: m.year ?? 2000) {
                if let year = m.year {
                    date = PaperDate(year: year, month: month, day: m.day)
                } else {
                    date = PaperDate(year: PaperDate.inferYear(month: month, day: m.day, asOf: asOf),
                                     month: month, day: m.day, yearInferred: true)
                }
            } else {
                warn(b.line, m.monthColumn + m.monthWord.count + 1, "\(m.monthWord) has no day \(m.day); expected a day of that month (date left empty)")
            }
        } else {
            warn(b.line, m.monthColumn, "unknown month '\(m.monthWord)'; expected Jan, Feb, … Dec (date left empty)")
        }

        let authorLine = b.authors ?? AuthorLine(names: [], truncated: false, affiliation: nil)
        let authors = authorLine.names.map { name in Author(name: name, key: key(for: name)) }
        let owner = Self.owner(of: authors, ownerKey: ownerKey)
        let links = Links.extract(from: b.abstract)
        papers.append(Paper(
            title: title, authors: authors, authorsTruncated: authorLine.truncated, owner: owner,
            affiliation: authorLine.affiliation, date: date, category: m.category, score: m.score,
            hasCode: m.hasCode, codeLink: m.hasCode ? Links.repository(in: links) : nil,
            abstract: b.abstract, links: links, source: location(b.line)))
    }

    private mutating func key(for name: String) -> String {
        if let k = nameKeys[name] { return k }
        let k = NameKey.make(name)
        nameKeys[name] = k
        return k
    }

    // MARK: Diagnostics

    private mutating func skip(_ text: String, _ number: Int) {
        if let s = skipped { skipped = (s.first, number, s.text) } else { skipped = (number, number, text) }
    }

    private mutating func flushSkipped() {
        guard let s = skipped else { return }
        skipped = nil
        let span = s.first == s.last ? "line" : "lines \(s.first)–\(s.last)"
        warn(s.first, 1, "expected a meta line like 'CVAug 15, 2023Code' (category, date, optional score and Code); \(span) not read as a paper: '\(Self.preview(s.text))'")
    }

    private func location(_ line: Int, _ column: Int = 1) -> SourceLocation {
        SourceLocation(file: fileName, line: line, column: column)
    }

    public mutating func lineCut(line number: Int, bytes: Int) {
        warn(number, 1, "line is \(bytes) bytes long; expected at most \(LineSplitter<ProfileReader>.maxLine) (the rest of it is not read)")
    }

    private mutating func warn(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(.warning, at: location(line, column), message))
    }

    /// The most header lines kept that say nothing Vita reads.
    static let maxOtherLines = 100

    static func preview(_ text: String) -> String {
        VisibleText.singleLine(DisplayWidth.truncate(String(text.prefix(200)), to: 50))
    }
}
