/// One key through the explorer, as its loop and its tests run it: the views' measures of the
/// frame, a mouse event turned into what it points at, the key itself, and the effects that only
/// look at the file system answered at once. What is left must leave the program (a write, the
/// clipboard, a browser, an editor).
public enum Driver {
    /// `moreComing`: other keys are already waiting (a paste), so a search typed is made once, after them.
    public static func press(_ key: Key, state: inout AppState, moreComing: Bool = false) -> [Effect] {
        state.typingAhead = moreComing
        defer { if !moreComing { state.flushTyping() } }
        state.measured(AppView.measure(state))
        var pending: [Effect]
        if case let .mouse(x, y, kind) = key {
            pending = state.pointer(AppView.target(atX: x, y: y, state: state), kind)
        } else {
            pending = state.handle(key)
        }
        var out: [Effect] = []
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .checkExportTarget, .completePath: pending += EffectRunner.look(effect, state: &state)
            default: out.append(effect)
            }
        }
        state.measured(AppView.measure(state))
        return out
    }
}
