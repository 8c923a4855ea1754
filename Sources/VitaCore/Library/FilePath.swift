#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths as text, as Foundation's `NSString` path methods treat them (which Vita no longer links:
/// DECISIONS 88): runs of slashes are one, a trailing slash is dropped.
public enum FilePath {
    /// `dir/name`, a slash put between where `dir` does not end with one.
    public static func join(_ dir: String, _ name: String) -> String {
        if name.isEmpty { return dir }
        if dir.isEmpty { return name }
        return dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    /// The path without its last component: `/a/b` → `/a`, `/a` → `/`, `a` → ``.
    public static func parent(_ path: String) -> String {
        let p = trimmed(path)
        if p == "/" || p.isEmpty { return p }
        guard let slash = p.lastIndex(of: "/") else { return "" }
        return slash == p.startIndex ? "/" : String(p[..<slash])
    }

    /// The last component: `/a/b.bib` → `b.bib`.
    public static func name(_ path: String) -> String {
        let p = trimmed(path)
        if p == "/" { return p }
        return p.lastIndex(of: "/").map { String(p[p.index(after: $0)...]) } ?? p
    }

    /// The last component without its extension: `/a/b.bib` → `b`, `.profile` stays.
    public static func stem(_ path: String) -> String {
        let n = name(path)
        guard let dot = n.lastIndex(of: "."), dot != n.startIndex else { return n }
        return String(n[..<dot])
    }

    /// An absolute path with `~` expanded, `.` and `..` taken away and symbolic links to absolute
    /// paths followed, as Foundation's `standardizingPath` gives it (which left a link to a
    /// relative path as it is, and a relative path's `..`): the state of a record is kept under
    /// its files' paths so made, and they must not change. Links are followed 40 deep at most (a
    /// link to itself is left as it is).
    public static func standardized(_ path: String, links: Int = 40) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/"), let home = Environment.value("HOME") { p = home + p.dropFirst() }
        p = trimmed(p)
        let absolute = p.hasPrefix("/")
        var resolved = absolute ? "/" : ""
        var first = true
        for component in p.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            defer { first = false }
            switch component {
            case ".": continue
            case ".." where absolute: resolved = parent(resolved)
            default:
                // A relative path's first component is kept as written, as Foundation keeps it.
                if first && !absolute { resolved = component; continue }
                resolved = join(resolved, component)
                if links > 0, let destination = linkDestination(resolved), destination.hasPrefix("/") {
                    resolved = standardized(destination, links: links - 1)
                }
            }
        }
        return resolved.isEmpty ? p : resolved
    }

    /// Whether `path` is a folder (following links); nil where nothing is.
    public static func isDirectory(_ path: String) -> Bool? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Where the symbolic link at `path` points, as written in it; nil for anything else.
    public static func linkDestination(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Runs of slashes made one, a trailing slash dropped (not the root's).
    static func trimmed(_ path: String) -> String {
        var out = ""
        out.reserveCapacity(path.utf8.count)
        var slash = false
        for c in path {
            if c == "/" {
                if slash { continue }
                slash = true
            } else {
                slash = false
            }
            out.append(c)
        }
        if out.count > 1, out.hasSuffix("/") { out.removeLast() }
        return out
    }
}
