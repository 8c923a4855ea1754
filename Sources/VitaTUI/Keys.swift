/// A key press, as the app sees it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    case resize
    /// A mouse event at a cell.
    case mouse(x: Int, y: Int, kind: MouseKind)

    public enum MouseKind: Hashable, Sendable { case click, doubleClick, wheelUp, wheelDown }

    /// Decodes what the backend read: a character code, or a curses function-key code.
    public static func from(character value: UInt32) -> Key? {
        switch value {
        case 13, 10: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 9: return .tab
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default: return Unicode.Scalar(value).map { .char(Character($0)) }
        }
    }

    /// How the help overlay names the key.
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + c.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .resize: return "resize"
        case .mouse(_, _, let kind):
            switch kind {
            case .click: return "click"
            case .doubleClick: return "double click"
            case .wheelUp: return "wheel up"
            case .wheelDown: return "wheel down"
            }
        }
    }
}
