import Diagnostics
import Testing

@Suite struct SuggestionTests {
    @Test("distances counted by hand", arguments: [
        ("", "", 0.0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("title", "title", 0),
        ("titel", "title", 1),        // one swap of neighbours
        ("kitten", "sitting", 3),     // k→s, e→i, insert g
        ("ca", "abc", 3),             // optimal string alignment: no edit inside a swapped pair
        ("sigmod", "sigmoid", 1),
        ("Sigmoid", "sigmoid", 0),    // case is free by default
        ("héllo", "hello", 1),        // é is one character, whatever its scalars
    ] as [(String, String, Double)])
    func distance(_ a: String, _ b: String, _ expected: Double) {
        #expect(Suggestion.distance(a, b) == expected)
        #expect(Suggestion.distance(b, a) == expected)
    }

    @Test func caseChangesCostWhatTheCallerSays() {
        #expect(Suggestion.distance("Frac", "frac", caseChangeCost: 0.5) == 0.5)
        #expect(Suggestion.distance("FRAC", "frac", caseChangeCost: 1) == 4)
        #expect(Suggestion.distance("fRac", "frac", caseChangeCost: 0.5) == 0.5)
        // A swap counts as one edit only when the letters match as compared; a swap that also
        // changes case is two edits, while with case free it is the one swap.
        #expect(Suggestion.distance("Rf", "fr", caseChangeCost: 0.5) == 2)
        #expect(Suggestion.distance("Rf", "fr") == 1)
    }

    @Test func givingUpReturnsSomethingAboveTheLimit() {
        #expect(Suggestion.distance("abcdefgh", "zyxwvuts", giveUpAbove: 2) > 2)
        #expect(Suggestion.distance("a", "abcdefgh", giveUpAbove: 3) > 3)
        // Within the limit the exact distance comes back.
        #expect(Suggestion.distance("lamda", "lambda", giveUpAbove: 2) == 1)
    }

    @Test("closest candidate, about one edit per three letters", arguments: [
        ("titel", "title"),
        ("lesons", "lessons"),
        ("modules", "modules"),
        ("xyz", nil),
        ("tagln", nil),               // 5 letters allow 1 edit, and tagline is 2 away
    ] as [(String, String?)])
    func closest(_ word: String, _ expected: String?) {
        #expect(Suggestion.closest(to: word, among: ["title", "tagline", "modules", "lessons"]) == expected)
    }

    @Test func longWordsAllowAtMostThreeEdits() {
        // 15 letters would allow 5 edits at a third; the cap keeps it at 3.
        #expect(Suggestion.closest(to: "abcdefghijklmno", among: ["abcdefghijklXYZ"]) == "abcdefghijklXYZ")
        #expect(Suggestion.closest(to: "abcdefghijklmno", among: ["abcdefghijkWXYZ"]) == nil)
    }

    @Test func tiesGoToTheCandidateThatSortsFirst() {
        // "cat" is one edit from both "bat" and "car", in either order of the list.
        #expect(Suggestion.closest(to: "cat", among: ["car", "bat"]) == "bat")
        #expect(Suggestion.closest(to: "cat", among: ["bat", "car"]) == "bat")
        // A nearer candidate wins over one that sorts first.
        #expect(Suggestion.closest(to: "cart", among: ["art", "card", "cart"]) == "cart")
    }

    @Test func limitsByCandidateOrFixed() {
        // "ansr" is 2 edits from "answer": within a third of the candidate (6 → 2), not of the word (4 → 1).
        #expect(Suggestion.closest(to: "ansr", among: ["answer"]) == nil)
        #expect(Suggestion.closest(to: "ansr", among: ["answer"], limit: .thirdOfCandidate) == "answer")
        #expect(Suggestion.closest(to: "NOOT", among: ["NOTE", "TIP"], limit: .edits(2)) == "NOTE")
        #expect(Suggestion.closest(to: "NOOT", among: ["NOTE", "TIP"], limit: .edits(1)) == nil)
    }

    @Test func halfCostCaseSlipsBeatRealTypos() {
        // \Frac is a case slip (0.5) from frac and a whole edit from Frak.
        #expect(Suggestion.closest(to: "Frac", among: ["frac", "Frak"], limit: .edits(2), caseChangeCost: 0.5) == "frac")
    }

    @Test func noteWording() {
        #expect(Suggestion.note("title") == "did you mean 'title'?")
    }
}
