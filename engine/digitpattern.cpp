// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/digitpattern.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace godwit::engine {

namespace {

constexpr uint16_t allDigits = 0x3ff;
// Bounds that keep a hostile pattern from exhausting memory before the state limit applies.
constexpr int maxRepeat = 100;
constexpr int maxPositions = 20000;

// The syntax tree. A Set is one digit out of `digits` (bit d: digit d).
struct Node {
    enum class Kind { Set, Concat, Alt, Repeat };
    explicit Node(Kind k = Kind::Concat, uint16_t d = 0)
        : kind(k)
        , digits(d)
    {}
    Kind kind;
    uint16_t digits;
    int min = 1;
    int max = 1; // -1: unbounded
    std::vector<Node> children;
};

// Recursive descent over the subset; any other syntax makes ok false.
class Parser {
public:
    explicit Parser(std::string_view text)
        : m_text(text)
    {}

    std::optional<Node> parse()
    {
        Node root = alternation(0);
        if (!m_ok || m_pos != m_text.size())
            return std::nullopt;
        return root;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    Node alternation(int depth)
    {
        if (depth > 50) { // nesting that deep is not metadata; do not recurse without bound
            m_ok = false;
            return Node();
        }
        Node alt(Node::Kind::Alt);
        alt.children.push_back(concatenation(depth));
        while (m_ok && peek() == '|') {
            ++m_pos;
            alt.children.push_back(concatenation(depth));
        }
        if (alt.children.size() == 1)
            return std::move(alt.children.front());
        return alt;
    }

    Node concatenation(int depth)
    {
        Node concat(Node::Kind::Concat);
        while (m_ok && !atEnd() && peek() != '|' && peek() != ')') {
            Node atom = this->atom(depth);
            if (!m_ok)
                break;
            atom = quantified(std::move(atom));
            concat.children.push_back(std::move(atom));
        }
        if (concat.children.size() == 1)
            return std::move(concat.children.front());
        return concat;
    }

    Node atom(int depth)
    {
        const char c = peek();
        if (isDigit(c)) {
            ++m_pos;
            return set(uint16_t(1u << (c - '0')));
        }
        if (c == '\\') {
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == 'd') {
                m_pos += 2;
                return set(allDigits);
            }
            m_ok = false;
            return Node();
        }
        if (c == '[')
            return characterClass();
        if (c == '(') {
            ++m_pos;
            if (peek() == '?') { // only the non-capturing group (?:…)
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == ':') {
                    m_pos += 2;
                } else {
                    m_ok = false;
                    return Node();
                }
            }
            Node inner = alternation(depth + 1);
            if (!m_ok || peek() != ')') {
                m_ok = false;
                return Node();
            }
            ++m_pos;
            return inner;
        }
        m_ok = false; // letters, '.', '^', '$', a quantifier with nothing to repeat, …
        return Node();
    }

    Node characterClass()
    {
        ++m_pos; // '['
        bool negated = false;
        if (peek() == '^') {
            negated = true;
            ++m_pos;
        }
        uint16_t digits = 0;
        bool empty = true;
        while (m_ok && !atEnd() && peek() != ']') {
            const char c = peek();
            if (c == '\\' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == 'd') {
                m_pos += 2;
                digits = allDigits;
            } else if (isDigit(c)) {
                ++m_pos;
                char last = c;
                if (peek() == '-' && m_pos + 1 < m_text.size() && isDigit(m_text[m_pos + 1])) {
                    last = m_text[m_pos + 1];
                    m_pos += 2;
                    if (last < c)
                        m_ok = false; // PCRE2 refuses [5-2] too
                }
                for (char d = c; d <= last; ++d)
                    digits |= uint16_t(1u << (d - '0'));
            } else {
                m_ok = false; // a letter, a literal '-', ']' first, another escape, …
            }
            empty = false;
        }
        if (!m_ok || empty || peek() != ']') {
            m_ok = false;
            return Node();
        }
        ++m_pos;
        return set(negated ? uint16_t(allDigits & ~digits) : digits);
    }

    Node quantified(Node atom)
    {
        int min = 1;
        int max = 1;
        const char c = peek();
        if (c == '?') {
            min = 0;
        } else if (c == '*') {
            min = 0;
            max = -1;
        } else if (c == '+') {
            max = -1;
        } else if (c == '{') {
            if (!counted(&min, &max))
                return atom; // m_ok is false
        } else {
            return atom;
        }
        if (c != '{')
            ++m_pos;
        // "a??" is lazy, "a?+" possessive, "a?{2}" an error: none of them are in the subset.
        if (peek() == '?' || peek() == '+' || peek() == '*' || peek() == '{') {
            m_ok = false;
            return Node();
        }
        Node repeat(Node::Kind::Repeat);
        repeat.min = min;
        repeat.max = max;
        repeat.children.push_back(std::move(atom));
        return repeat;
    }

    // {n}, {n,} or {n,m}. PCRE2 would read a '{' that is not a quantifier as a literal '{'.
    bool counted(int *min, int *max)
    {
        size_t p = m_pos + 1;
        auto number = [&](int *out) {
            const size_t start = p;
            int value = 0;
            while (p < m_text.size() && isDigit(m_text[p]) && value <= maxRepeat)
                value = value * 10 + (m_text[p++] - '0');
            *out = value;
            return p > start && value <= maxRepeat;
        };
        if (!number(min)) {
            m_ok = false;
            return false;
        }
        *max = *min;
        if (p < m_text.size() && m_text[p] == ',') {
            ++p;
            if (p < m_text.size() && m_text[p] == '}')
                *max = -1;
            else if (!number(max) || *max < *min)
                m_ok = false;
        }
        if (!m_ok || p >= m_text.size() || m_text[p] != '}') {
            m_ok = false;
            return false;
        }
        m_pos = p + 1;
        return true;
    }

    static Node set(uint16_t digits) { return Node(Node::Kind::Set, digits); }

    std::string_view m_text;
    size_t m_pos = 0;
    bool m_ok = true;
};

// Glushkov's construction: every digit set in the (repetition-expanded) tree is a position; the
// automaton is in a set of positions, the ones whose digit can come next.
class Positions {
public:
    struct Fragment {
        bool nullable = true; // matches the empty string
        std::vector<int> first;
        std::vector<int> last;
    };

    std::vector<uint16_t> digits;         // [position]
    std::vector<std::vector<int>> follow; // [position]: the positions that may come next
    std::vector<uint32_t> acceptedBy;     // [position]: patterns that may end on it
    bool overflow = false;

    Fragment build(const Node &node)
    {
        if (overflow)
            return {};
        switch (node.kind) {
        case Node::Kind::Set: {
            if (digits.size() >= size_t(maxPositions)) {
                overflow = true;
                return {};
            }
            const int p = int(digits.size());
            digits.push_back(node.digits);
            follow.emplace_back();
            acceptedBy.push_back(0);
            return {false, {p}, {p}};
        }
        case Node::Kind::Concat: {
            Fragment out;
            for (const Node &child : node.children)
                out = concat(std::move(out), build(child));
            return out;
        }
        case Node::Kind::Alt: {
            Fragment out{false, {}, {}};
            for (const Node &child : node.children) {
                Fragment f = build(child);
                out.nullable = out.nullable || f.nullable;
                out.first.insert(out.first.end(), f.first.begin(), f.first.end());
                out.last.insert(out.last.end(), f.last.begin(), f.last.end());
            }
            return out;
        }
        case Node::Kind::Repeat:
            return repeat(node.children.front(), node.min, node.max);
        }
        return {};
    }

    Fragment concat(Fragment a, Fragment b)
    {
        for (const int p : a.last)
            follow[size_t(p)].insert(follow[size_t(p)].end(), b.first.begin(), b.first.end());
        Fragment out;
        out.nullable = a.nullable && b.nullable;
        out.first = std::move(a.first);
        if (a.nullable)
            out.first.insert(out.first.end(), b.first.begin(), b.first.end());
        out.last = std::move(b.last);
        if (b.nullable)
            out.last.insert(out.last.end(), a.last.begin(), a.last.end());
        return out;
    }

    // x{min,max}: min copies, then either one more copy that loops (x{2,} is x x x*) or
    // (max - min) nested optional ones, x(x(x)?)?, which keep the position sets small.
    Fragment repeat(const Node &child, int min, int max)
    {
        Fragment out;
        for (int i = 0; i < min; ++i)
            out = concat(std::move(out), build(child));
        if (max < 0) {
            Fragment loop = build(child);
            loopBack(loop);
            loop.nullable = true;
            return concat(std::move(out), std::move(loop));
        }
        Fragment tail; // empty
        for (int i = min; i < max; ++i) {
            tail = concat(build(child), std::move(tail));
            tail.nullable = true;
        }
        return concat(std::move(out), std::move(tail));
    }

    void loopBack(const Fragment &f)
    {
        for (const int p : f.last)
            follow[size_t(p)].insert(follow[size_t(p)].end(), f.first.begin(), f.first.end());
    }
};

void sortUnique(std::vector<int> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

struct SetHash {
    size_t operator()(const std::vector<int> &v) const
    {
        size_t h = v.size();
        for (const int x : v)
            h = h * 1000003u ^ size_t(x);
        return h;
    }
};

struct RowHash {
    size_t operator()(const std::array<uint32_t, 11> &row) const
    {
        uint64_t h = 0;
        for (const uint32_t x : row)
            h = (h ^ x) * 0x9e3779b97f4a7c15u;
        return size_t(h ^ (h >> 32));
    }
};

} // namespace

bool DigitPattern::isSupported(std::string_view pattern)
{
    return Parser(pattern).parse().has_value();
}

std::optional<DigitPattern> DigitPattern::compile(const std::vector<std::string_view> &patterns,
                                                  Anchoring anchoring, int maxStates)
{
    if (patterns.size() > size_t(maxPatterns))
        return std::nullopt;
    maxStates = std::min(maxStates, 65535);

    // Positions for all patterns; a prefix match is a full match of the pattern and then \d*.
    Positions positions;
    std::vector<int> startSet;
    uint32_t startAccept = 0;
    for (size_t i = 0; i < patterns.size(); ++i) {
        std::optional<Node> tree = Parser(patterns[i]).parse();
        if (!tree)
            return std::nullopt;
        Positions::Fragment f = positions.build(*tree);
        if (anchoring == Anchoring::Prefix) {
            Node any(Node::Kind::Repeat);
            any.min = 0;
            any.max = -1;
            any.children.push_back(Node(Node::Kind::Set, allDigits));
            f = positions.concat(std::move(f), positions.build(any));
        }
        if (positions.overflow)
            return std::nullopt;
        for (const int p : f.last)
            positions.acceptedBy[size_t(p)] |= 1u << i;
        if (f.nullable)
            startAccept |= 1u << i;
        startSet.insert(startSet.end(), f.first.begin(), f.first.end());
    }
    for (std::vector<int> &f : positions.follow)
        sortUnique(f);
    sortUnique(startSet);

    // Subset construction: a state is the set of positions the last digit may have been read at.
    // State 0 is the empty set (dead), state 1 the start, before any digit.
    std::vector<std::vector<int>> sets{{}, {}};
    std::vector<uint32_t> accept{0, startAccept};
    std::vector<uint32_t> next(20, 0);
    std::unordered_map<std::vector<int>, uint32_t, SetHash> index{{{}, 0}};
    std::array<std::vector<int>, 10> buckets;
    for (size_t s = 1; s < sets.size(); ++s) {
        for (std::vector<int> &b : buckets)
            b.clear();
        auto enter = [&](const std::vector<int> &candidates) {
            for (const int q : candidates) {
                const unsigned d = positions.digits[size_t(q)];
                for (unsigned digit = 0; digit < 10; ++digit) {
                    if (d & (1u << digit))
                        buckets[digit].push_back(q);
                }
            }
        };
        if (s == 1) {
            enter(startSet);
        } else {
            for (const int p : sets[s])
                enter(positions.follow[size_t(p)]);
        }
        for (size_t digit = 0; digit < 10; ++digit) {
            std::vector<int> &b = buckets[digit];
            sortUnique(b);
            auto [it, inserted] = index.try_emplace(b, uint32_t(sets.size()));
            if (inserted) {
                if (int(sets.size()) >= maxStates)
                    return std::nullopt;
                uint32_t mask = 0;
                for (const int p : b)
                    mask |= positions.acceptedBy[size_t(p)];
                sets.push_back(b);
                accept.push_back(mask);
                next.resize(next.size() + 10, 0);
            }
            next[s * 10 + digit] = it->second;
        }
    }
    return minimized(next, accept);
}

// Moore's partition refinement: states that accept the same patterns and go to equivalent states
// on every digit are one state. Different branches of a pattern that end in the same tail
// ("2[1-9]\d{6}|3[0-2]\d{6}") become one chain of states.
DigitPattern DigitPattern::minimized(const std::vector<uint32_t> &next, const std::vector<uint32_t> &accept)
{
    const size_t n = accept.size();
    std::vector<uint32_t> block(n);
    size_t blocks = 0;
    {
        std::unordered_map<uint32_t, uint32_t> byMask;
        for (size_t s = 0; s < n; ++s)
            block[s] = byMask.try_emplace(accept[s], uint32_t(byMask.size())).first->second;
        blocks = byMask.size();
    }
    // Each round splits the blocks by (block, the blocks of the ten successors), in an open
    // addressing table of representative states (no allocation per state).
    size_t capacity = 16;
    while (capacity < 2 * n)
        capacity *= 2;
    constexpr uint32_t none = ~0u;
    std::vector<uint32_t> table(capacity);
    std::vector<uint32_t> refined(n);
    auto signature = [&](size_t s) {
        std::array<uint32_t, 11> out;
        out[0] = block[s];
        for (size_t d = 0; d < 10; ++d)
            out[d + 1] = block[next[s * 10 + d]];
        return out;
    };
    for (;;) {
        std::fill(table.begin(), table.end(), none);
        uint32_t count = 0;
        for (size_t s = 0; s < n; ++s) {
            const std::array<uint32_t, 11> mine = signature(s);
            size_t slot = RowHash()(mine) & (capacity - 1);
            while (table[slot] != none && signature(table[slot]) != mine)
                slot = (slot + 1) & (capacity - 1);
            if (table[slot] == none) {
                table[slot] = uint32_t(s);
                refined[s] = count++;
            } else {
                refined[s] = refined[table[slot]];
            }
        }
        block.swap(refined);
        if (count == blocks)
            break;
        blocks = count;
    }

    // Number the blocks: the dead state's first, then the start's (a second copy of the dead state
    // when nothing can match at all), then the others in the order they were found.
    std::vector<int> id(blocks, -1);
    int count = 0;
    id[block[0]] = count++;
    if (id[block[1]] < 0)
        id[block[1]] = count++;
    const bool startIsDead = block[1] == block[0];
    if (startIsDead)
        ++count;
    for (size_t s = 2; s < n; ++s) {
        if (id[block[s]] < 0)
            id[block[s]] = count++;
    }
    DigitPattern out;
    out.m_next.assign(size_t(count) * 10, 0);
    out.m_accept.assign(size_t(count), 0);
    for (size_t s = 0; s < n; ++s) {
        const size_t to = size_t(id[block[s]]);
        out.m_accept[to] = accept[s];
        for (size_t d = 0; d < 10; ++d)
            out.m_next[to * 10 + d] = uint16_t(id[block[next[s * 10 + d]]]);
    }
    return out;
}

} // namespace godwit::engine
