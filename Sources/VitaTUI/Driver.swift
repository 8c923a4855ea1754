/// One key through the explorer, as its loop and its tests run it: a mouse event turned into what
/// it points at, the key itself, the effects that only look at the file system answered at once,
/// and the views' measures of the state it leaves. What is left must leave the program (a write, the
/// clipboard, a browser, an editor).
public enum Driver {
    /// `moreComing`: other keys are already waiting (a paste), so a search typed is made once, after them.
    public static func press(_ key: Key, state: inout AppState, moreComing: Bool = false) -> [Effect] {
        state.typingAhead = moreComing
        var pending: [Effect]
        if case let .mouse(x, y, kind) = key {
            pending = state.pointer(AppView.target(atX: x, y: y, state: state), kind)
        } else {
            pending = state.handle(key)
        }
        if !moreComing { state.flushTyping() }
        var out: [Effect] = []
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .checkExportTarget, .completePath: pending += EffectRunner.look(effect, state: &state)
            default: out.append(effect)
            }
        }
        // The measures the next key needs, once the keys that came together are all in.
        if !moreComing { state.measured(AppView.measure(state)) }
        return out
    }
}
