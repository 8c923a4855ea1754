/// A calendar day. `yearInferred` is true when the record gave only month and day and the year
/// was chosen as the most recent one whose day is not after the reference date.
public struct PaperDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// How much of the date the record gave: a BibTeX entry may have only a year or a month.
    public enum Precision: String, Sendable, Hashable, Codable {
        case year, month, day

        /// Finer is higher: a year 0, a month 1, a day 2.
        public var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            }
        }
    }

    public var year: Int
    /// 1...12; 1 when only the year is known.
    public var month: Int
    /// 1...31; 1 when only the year or month is known.
    public var day: Int
    public var yearInferred: Bool
    public var precision: Precision

    public init(year: Int, month: Int, day: Int, yearInferred: Bool = false, precision: Precision = .day) {
        self.year = year
        self.month = month
        self.day = day
        self.yearInferred = yearInferred
        self.precision = precision
    }

    public static func < (a: PaperDate, b: PaperDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// The year as ISO 8601 writes it: four digits at least, and a sign before years before
    /// year 1 (`0731`, `-0379`).
    public var isoYear: String {
        let digits = String(abs(year))
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// ISO 8601 to the known precision: `2023-08-15`, `2023-08` or `2023`.
    public var iso: String {
        let y = isoYear
        let m = "\(month < 10 ? "0" : "")\(month)"
        let d = "\(day < 10 ? "0" : "")\(day)"
        switch precision {
        case .year: return y
        case .month: return y + "-" + m
        case .day: return y + "-" + m + "-" + d
        }
    }

    /// `2023-08-15`, or `2026?-04-14` when the year was inferred.
    public var description: String {
        yearInferred ? "\(year)?" + iso.dropFirst(String(year).count) : iso
    }

    public static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The years a date may have: BCE years as biber writes them (`-0379`) to four digits ahead.
    /// Anything further is a typo or hostile input, and orders, charts and keys could not hold it.
    public static let plausibleYears = -9999...9999

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The most recent year in which `month`/`day` exists and is not after `reference`.
    public static func inferYear(month: Int, day: Int, asOf reference: PaperDate) -> Int {
        var year = reference.year
        if (month, day) > (reference.month, reference.day) { year -= 1 }
        // Feb 29 exists only in leap years; step back to the last one.
        while day > daysIn(month: month, year: year) { year -= 1 }
        return year
    }

    /// Parses `YYYY-MM-DD`; nil when it is not a real day.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= PaperDate.daysIn(month: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Today in the local calendar.
    public static func today() -> PaperDate {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return PaperDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PaperDate {
    private enum CodingKeys: String, CodingKey { case year, month, day, yearInferred, precision, iso }

    /// Written with an extra `iso` key (`2023-08-15`) for readers that want one string.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(year, forKey: .year)
        try c.encode(month, forKey: .month)
        try c.encode(day, forKey: .day)
        try c.encode(yearInferred, forKey: .yearInferred)
        try c.encode(precision, forKey: .precision)
        try c.encode(iso, forKey: .iso)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(year: try c.decode(Int.self, forKey: .year), month: try c.decode(Int.self, forKey: .month),
                  day: try c.decode(Int.self, forKey: .day),
                  yearInferred: try c.decodeIfPresent(Bool.self, forKey: .yearInferred) ?? false,
                  precision: try c.decodeIfPresent(Precision.self, forKey: .precision) ?? .day)
    }
}
