import Testing
@testable import VitaCore

@Suite("Math in titles as views show it")
struct MathTextTests {
    @Test func mathThatReadsAsTextIsShownAsText() {
        let shown: [(String, String)] = [
            ("On $\\alpha$-stable laws", "On α-stable laws"),
            ("$k$-means for $\\ell_1$ and $\\ell_{12}$ norms", "k-means for ℓ₁ and ℓ₁₂ norms"),
            ("Flows on $\\mathbb{R}^n$ with $O(n \\log n)$ steps", "Flows on ℝⁿ with O(n log n) steps"),
            ("$\\mathrm{KL}$ bounds $\\leq 2^{-k}$", "KL bounds ≤ 2^(-k)"),
            ("$x^{ab}$, $x^{2n}$ and $\\Delta\\,t$", "x^(ab), x²ⁿ and Δ t"),
            // A command outside the known ones: the span as written; prices are no math.
            ("Halves: $\\frac{1}{2}$ here", "Halves: $\\frac{1}{2}$ here"),
            ("Deals at $5 and $10 each", "Deals at $5 and $10 each"),
            ("No math at all", "No math at all"),
            ("Gains of $3\\times$ at $1{\\leqslant}k$", "Gains of 3× at 1⩽k"),
            ("An $O(n \\log n / \\! \\log\\log n)$ Sort", "An O(n log n / log log n) Sort"),
            ("A $\\{x\\}$ set and $a_{\\text{max}}$", "A {x} set and a_max"),
            // Spaces inside the dollars around a command (TUGboat's way): math all the same.
            ("Open-belly surgery in $ \\Omega_2 $", "Open-belly surgery in Ω₂"),
            ("Deals at $5 and $10 in $ \\Omega $-Babel", "Deals at $5 and $10 in Ω-Babel"),
        ]
        for (title, expected) in shown {
            #expect(MathText.shown(title) == expected, "\(title)")
        }
        // Nested past what a title's math holds: shown as written, whatever the depth.
        let deep = "$" + String(repeating: "x^{", count: 50_000) + String(repeating: "}", count: 50_000) + "$"
        #expect(MathText.shown(deep) == deep)
        let nested = "$" + String(repeating: "x^{", count: 20) + String(repeating: "}", count: 20) + "$"
        #expect(MathText.shown(nested) == nested)
        #expect(MathText.shown("$x^{y^{z}}$") == "x^(y^z)")
    }

    /// The list and the detail show it; the title kept, searched and exported is the LaTeX.
    @Test func viewsShowItAndTheModelKeepsTheLaTeX() {
        let p = paper("On $\\alpha$-stable laws", year: 2021)
        #expect(Highlight.text(of: p, field: .title) == "On α-stable laws" && p.shownTitle == "On α-stable laws")
        #expect(p.title == "On $\\alpha$-stable laws")
        var session = SearchSession(index: SearchIndex(papers: [p]))
        #expect(session.search(Query("alpha")).count == 1)
        #expect(BibTeXWriter().write([p]).text.contains("title = {On $\\alpha$-stable laws}"))
    }
}
