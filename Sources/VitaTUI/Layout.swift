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
}
