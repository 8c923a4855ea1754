/// A rectangle of cells: where one view draws.
public struct Rect: Equatable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var rows: Range<Int> { y..<maxY }
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
    /// The rectangle less `n` cells on every side.
    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
}

/// Where things go on a terminal of a given size. The reducer and the views share it, so paging
/// moves by exactly what the list shows.
public struct Layout: Equatable, Sendable {
    public static let minWidth = 40
    public static let minHeight = 10
    /// From this width on, list and detail stand side by side.
    public static let splitWidth = 140

    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var tooSmall: Bool { width < Layout.minWidth || height < Layout.minHeight }
    public var split: Bool { width >= Layout.splitWidth }

    /// Rows: header, column titles, the list, status bar, prompt/message line.
    public var listTop: Int { 2 }
    public var listRows: Int { max(1, height - 4) }
    public var statusRow: Int { height - 2 }
    public var bottomRow: Int { height - 1 }

    /// The list's width: all of it, or the left part when split.
    public var listWidth: Int { split ? max(70, width * 11 / 20) : width }
    /// The detail pane's columns: the whole screen when not split, else right of the list and its border.
    public var detailX: Int { split ? listWidth + 1 : 0 }
    public var detailWidth: Int { split ? width - listWidth - 1 : width }
    /// The detail pane's text rows (below the header, above the status bar).
    public var detailTop: Int { 1 }
    public var detailRows: Int { max(1, height - 3) }

    /// The facets panel's width, at the right of the list.
    public var facetsWidth: Int { min(44, max(26, width / 3)) }

    /// The rectangles of the main area (between the header and the status bar) for what is open:
    /// the one place that decides where each view draws.
    public struct Regions: Equatable, Sendable {
        /// The paper list, its column titles included (nil when the detail fills the screen).
        public var list: Rect?
        /// The detail pane, its separator not included.
        public var detail: Rect?
        /// The facets panel.
        public var facets: Rect?
        /// A chart view (years or coauthors) fills the whole area.
        public var chart: Rect
    }

    public func regions(detailOpen: Bool, facetsOpen: Bool) -> Regions {
        let main = Rect(x: 0, y: detailTop, width: width, height: detailRows)
        if facetsOpen {
            // The panel takes the right; the list keeps the rest (the detail, if split, gives way).
            let w = facetsWidth
            return Regions(list: Rect(x: 0, y: detailTop, width: width - w - 1, height: detailRows), detail: nil,
                           facets: Rect(x: width - w, y: detailTop, width: w, height: detailRows), chart: main)
        }
        if split {
            return Regions(list: Rect(x: 0, y: detailTop, width: listWidth, height: detailRows),
                           detail: Rect(x: detailX, y: detailTop, width: detailWidth, height: detailRows), facets: nil, chart: main)
        }
        if detailOpen { return Regions(list: nil, detail: main, facets: nil, chart: main) }
        return Regions(list: main, detail: nil, facets: nil, chart: main)
    }
}
