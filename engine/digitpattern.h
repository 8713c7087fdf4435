// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace godwit::engine {

// Regular expressions over the ten digits, compiled together into one deterministic automaton.
//
// Why it exists: libphonenumber decides whether a number is valid by fully matching its digits
// against a region's patterns (the general description, fixed line, mobile, toll free, …:
// "[2-9]\d{7}", "(?:1[0-8]|2\d)\d{6}"). Asking a regex engine once per pattern cost more than
// everything else a phone cell needs; one automaton for all of a region's patterns answers which
// of them match in a single pass, a table lookup per digit.
//
// The syntax is the subset libphonenumber's metadata uses: digits, \d, classes of digits with
// ranges ([2-9], [0-24-8], [^0], [\d]), groups ((?:…) and (…), which capture nothing here),
// alternation and the greedy quantifiers ?, *, +, {n}, {n,} and {n,m}. Anything else (letters,
// anchors, other escapes, lazy or possessive quantifiers) is refused, and so is an automaton over
// `maxStates` states: the caller then keeps its regex engine for that pattern. Subjects are
// digits only, so [^0] means [1-9].
class DigitPattern {
public:
    enum class Anchoring {
        Full,   // a pattern matches when it matches the whole subject
        Prefix, // … when it matches a prefix of it (a search anchored at the start)
    };
    static constexpr int maxPatterns = 32;
    static constexpr int defaultMaxStates = 20000;

    // One automaton for `patterns` (at most 32): match() sets bit i when patterns[i] matches.
    // nullopt when a pattern is outside the subset or building the automaton takes more than
    // `maxStates` states (at most 65535; counted before minimisation, which bounds time and memory).
    static std::optional<DigitPattern> compile(const std::vector<std::string_view> &patterns,
                                               Anchoring anchoring = Anchoring::Full,
                                               int maxStates = defaultMaxStates);
    // Whether compile() can read `pattern` (whatever the size of its automaton).
    static bool isSupported(std::string_view pattern);

    // Bit i set: patterns[i] matches `subject`. 0 as soon as a character is not a digit.
    uint32_t match(std::string_view subject) const
    {
        unsigned state = 1; // 0 is the dead state: no pattern can match any more
        for (const char c : subject) {
            const unsigned digit = unsigned(static_cast<unsigned char>(c)) - unsigned('0');
            if (digit > 9)
                return 0;
            state = m_next[state * 10 + digit];
            if (state == 0)
                return 0;
        }
        return m_accept[state];
    }

    // match() for a subject known to hold only the digits '0' to '9' (the caller checked them):
    // no test per character. The dead state leads only to itself and accepts nothing, so running
    // on past it gives the same answer.
    uint32_t matchDigits(std::string_view subject) const
    {
        unsigned state = 1;
        for (const char c : subject)
            state = m_next[state * 10 + unsigned(c - '0')];
        return m_accept[state];
    }
    int stateCount() const { return int(m_accept.size()); }
    std::size_t memoryBytes() const
    {
        return m_next.size() * sizeof(m_next[0]) + m_accept.size() * sizeof(m_accept[0]);
    }

private:
    static DigitPattern minimized(const std::vector<uint32_t> &next, const std::vector<uint32_t> &accept);

    std::vector<uint16_t> m_next;   // [state * 10 + digit]: the next state
    std::vector<uint32_t> m_accept; // [state]: the patterns that match when the subject ends here
};

} // namespace godwit::engine
