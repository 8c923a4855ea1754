import Foundation
import VitaCore

// Prints figures for Vita's speed and memory on synthetic records. No pass/fail: read the numbers.
// usage: vita-bench [--papers 1000,100000]

func currentRSS() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = Int(statm.split(separator: " ")[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

func peakRSS() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }

var sizes = [1_000, 100_000]
let args = CommandLine.arguments
// `--write N FILE` only writes a synthetic record, for timing other tools on it.
if let i = args.firstIndex(of: "--write"), i + 2 < args.count, let n = Int(args[i + 1]) {
    let size = try SyntheticRecord(papers: n).write(to: URL(fileURLWithPath: args[i + 2]))
    print("wrote \(n) papers, \(mb(size)), to \(args[i + 2])")
    exit(0)
}
if let i = args.firstIndex(of: "--papers"), i + 1 < args.count {
    sizes = args[i + 1].split(separator: ",").compactMap { Int($0) }
}

let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-bench-\(getpid())")
try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: dir) }

print("vita-bench: synthetic profile records (release build recommended: swift run -c release vita-bench)")
for n in sizes {
    let file = dir.appendingPathComponent("record-\(n).txt")
    let size = try SyntheticRecord(papers: n).write(to: file)
    let before = currentRSS()
    var library: Library?
    let t = seconds { library = RecordLoader.load([file.path], asOf: PaperDate(year: 2026, month: 11, day: 25)) }
    let peak = peakRSS() - before
    let papers = library?.papers.count ?? 0
    print(String(format: "parse %7d papers  %@  %@  %6.1f MB/s  peak memory +%@ (%.2fx file)  diagnostics %d",
                 papers, mb(size), ms(t), Double(size) / 1e6 / t, mb(peak), Double(peak) / Double(size),
                 library?.diagnostics.count ?? 0))
    library = nil
}
