// SPDX-License-Identifier: GPL-3.0-or-later
// libphonenumber first: its abseil and protobuf headers must not meet Qt's keyword macros.
#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include "engine/phones.h"

#include "engine/digitpattern.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <QHash>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

// libphonenumber's compiled-in metadata (metadata.h is not installed).
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace godwit::engine {

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

// One of libphonenumber's patterns, compiled once with PCRE2's JIT (8-bit: the input is ASCII
// digits). Matching is thread-safe: the match data is per thread.
class Pattern {
public:
    Pattern() = default;
    Pattern(const std::string &pattern, bool anchoredAtEnd)
    {
        int error = 0;
        PCRE2_SIZE offset = 0;
        const std::string full = anchoredAtEnd ? "(?:" + pattern + ")\\z" : pattern;
        m_code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(full.data()), full.size(), PCRE2_ANCHORED, &error,
                               &offset, nullptr);
        if (m_code)
            pcre2_jit_compile(m_code, PCRE2_JIT_COMPLETE);
    }
    Pattern(const Pattern &) = delete;
    Pattern &operator=(const Pattern &) = delete;
    Pattern(Pattern &&other) noexcept
        : m_code(std::exchange(other.m_code, nullptr))
    {}
    Pattern &operator=(Pattern &&other) noexcept
    {
        std::swap(m_code, other.m_code);
        return *this;
    }
    ~Pattern() { pcre2_code_free(m_code); }

    bool isValid() const { return m_code != nullptr; }
    // Anchored at the start: how many bytes the pattern consumes, or -1 when it does not match.
    qsizetype consume(std::string_view subject) const
    {
        if (!m_code)
            return -1;
        thread_local std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> data(
            pcre2_match_data_create(1, nullptr), &pcre2_match_data_free);
        if (pcre2_match(m_code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), 0, 0,
                        data.get(), nullptr) < 0)
            return -1;
        return qsizetype(pcre2_get_ovector_pointer(data.get())[1]);
    }
    // Anchored at the start; at the end too when constructed so (a full match).
    bool matches(std::string_view subject) const
    {
        if (!m_code)
            return false;
        thread_local std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> data(
            pcre2_match_data_create(1, nullptr), &pcre2_match_data_free);
        return pcre2_match(m_code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), 0, 0,
                           data.get(), nullptr) >= 0;
    }

private:
    pcre2_code *m_code = nullptr;
};

// libphonenumber's own validity check on its metadata, with its number patterns compiled into
// one digit automaton per region (DigitPattern) and the rest into PCRE2 (JIT) patterns: Debian's
// libphonenumber matches with ICU regular expressions, about 40 µs a number, which would make
// phones the whole cost of an import, and even PCRE2 called once per pattern cost more than the
// rest of a phone cell. The same decisions as PhoneNumberUtil's GetRegionCodeForNumber +
// IsValidNumberForRegion + GetNumberTypeHelper; tests/engine/tst_phones compares both over every
// region's example numbers and their mutations.
class FastValidity {
public:
    static const FastValidity &instance()
    {
        static const FastValidity validity;
        return validity;
    }

    bool isCallingCode(int code) const { return !regionsFor(code).empty(); }

    // National significant number `nsn` (digits, no leading zero) of calling code `code`.
    bool isValid(int code, std::string_view nsn) const
    {
        const std::vector<const Region *> &regions = regionsFor(code);
        if (regions.empty())
            return false;
        if (regions.size() == 1)
            return regions.front()->compiled().hasType(nsn);
        // Several regions share the code: the first whose leading digits match, or (without
        // leading digits) whose number types match, decides.
        for (const Region *r : regions) {
            const Compiled &c = r->compiled();
            if (c.hasLeadingDigits) {
                if (c.leadingDigitsMatch(nsn))
                    return c.hasType(nsn);
            } else if (c.hasType(nsn)) {
                return true;
            }
        }
        return false;
    }

    // What libphonenumber's Parse makes of the digits after the calling code: it strips the main
    // region's national prefix when that leaves a number of a possible length (and does not turn
    // a viable number into one that is not). nullopt: a transform rule applies; ask libphonenumber.
    std::optional<std::string_view> nationalSignificantNumber(int code, std::string_view digits) const
    {
        const std::vector<const Region *> &regions = regionsFor(code);
        if (regions.empty())
            return digits;
        const Region &main = *regions.front();
        const Compiled &c = main.compiled();
        if (digits.empty() || !c.nationalPrefixForParsing.isValid())
            return digits;
        if (c.nationalPrefixFilter && !c.nationalPrefixFilter->match(digits))
            return digits; // no prefix of the digits can match: PCRE2 would not match either
        const qsizetype end = c.nationalPrefixForParsing.consume(digits);
        if (end < 0)
            return digits;
        if (main.hasTransformRule)
            return std::nullopt;
        const std::string_view stripped = digits.substr(size_t(end));
        if (c.generalMatches(digits) && !c.generalMatches(stripped))
            return digits;
        switch (main.testLength(stripped.size())) {
        case Length::TooShort:
        case Length::LocalOnly:
        case Length::Invalid:
            return digits;
        case Length::Possible:
        case Length::TooLong:
            break;
        case Length::Unknown:
            return std::nullopt;
        }
        return stripped;
    }

private:
    enum class Length { Possible, TooShort, TooLong, LocalOnly, Invalid, Unknown };

    // A region's patterns, compiled when a number first needs them (most files see a handful of
    // regions; compiling all 250 would cost more than a 100k-row file's phones).
    struct Compiled {
        // Each description with a pattern has a bit: first those in `descs`, which one pass says
        // match in full, then those outside its syntax, PCRE2 patterns in `fallback`.
        std::optional<DigitPattern> descs;
        std::vector<std::pair<uint32_t, Pattern>> fallback; // a description's bit and its pattern
        uint32_t generalBit = 0;                            // 0 without a general pattern
        uint32_t typeBits = 0;                              // the number types with a pattern
        // admits[n]: the descriptions whose possible lengths include n (all without a list).
        std::array<uint32_t, 65> admits{};
        bool hasLeadingDigits = false;
        std::optional<DigitPattern> leadingDigits;        // a prefix match
        Pattern leadingDigitsFallback;                    // when outside DigitPattern's syntax
        Pattern nationalPrefixForParsing;                 // a prefix match whose end matters: PCRE2
        std::optional<DigitPattern> nationalPrefixFilter; // whether it can match at all

        // The descriptions whose pattern matches all of `digits`, whatever the length.
        uint32_t patternsMatching(std::string_view digits) const
        {
            uint32_t mask = descs ? descs->matchDigits(digits) : 0;
            for (const auto &[bit, pattern] : fallback) {
                if (pattern.matches(digits))
                    mask |= bit;
            }
            return mask;
        }
        bool generalMatches(std::string_view digits) const { return patternsMatching(digits) & generalBit; }
        // The general description and some number type match, each with its possible lengths.
        bool hasType(std::string_view nsn) const
        {
            if (nsn.size() >= admits.size())
                return false;
            const uint32_t mask = patternsMatching(nsn) & admits[nsn.size()];
            return (mask & generalBit) && (mask & typeBits);
        }
        bool leadingDigitsMatch(std::string_view nsn) const
        {
            return leadingDigits ? leadingDigits->match(nsn) != 0 : leadingDigitsFallback.matches(nsn);
        }
    };

    struct Region {
        explicit Region(const PhoneMetadata &m)
            : metadata(m)
        {
            generalLengths.assign(m.general_desc().possible_length().begin(),
                                  m.general_desc().possible_length().end());
            localLengths.assign(m.general_desc().possible_length_local_only().begin(),
                                m.general_desc().possible_length_local_only().end());
            hasTransformRule = !m.national_prefix_transform_rule().empty();
        }

        const PhoneMetadata &metadata;
        std::vector<int> generalLengths;
        std::vector<int> localLengths; // the general description's possible_length_local_only
        bool hasTransformRule = false;

        const Compiled &compiled() const
        {
            if (const Compiled *c = m_compiled.load(std::memory_order_acquire))
                return *c;
            return compileOnce();
        }

        // libphonenumber's TestNumberLength for an unknown type.
        Length testLength(size_t actual) const
        {
            const std::vector<int> &lengths = generalLengths;
            if (lengths.empty())
                return Length::Unknown;
            if (lengths.front() == -1)
                return Length::Invalid;
            const int n = int(actual);
            if (std::find(localLengths.begin(), localLengths.end(), n) != localLengths.end())
                return Length::LocalOnly;
            if (lengths.front() == n)
                return Length::Possible;
            if (lengths.front() > n)
                return Length::TooShort;
            if (lengths.back() < n)
                return Length::TooLong;
            return std::find(lengths.begin(), lengths.end(), n) != lengths.end() ? Length::Possible
                                                                                 : Length::Invalid;
        }

    private:
        Q_DECL_COLD_FUNCTION Q_NEVER_INLINE const Compiled &compileOnce() const
        {
            static std::mutex mutex;
            const std::lock_guard lock(mutex);
            if (!m_storage) {
                m_storage = std::make_unique<const Compiled>(compile(metadata));
                m_compiled.store(m_storage.get(), std::memory_order_release);
            }
            return *m_storage;
        }

        mutable std::atomic<const Compiled *> m_compiled{nullptr};
        mutable std::unique_ptr<const Compiled> m_storage; // written once, under the mutex
    };

    static Compiled compile(const PhoneMetadata &m)
    {
        Compiled c;
        // The general description and the number types GetNumberTypeHelper tries.
        std::vector<const PhoneNumberDesc *> descs{&m.general_desc(), &m.fixed_line()};
        if (!m.same_mobile_and_fixed_line_pattern())
            descs.push_back(&m.mobile());
        for (const PhoneNumberDesc *d : {&m.premium_rate(), &m.toll_free(), &m.shared_cost(), &m.voip(),
                                         &m.personal_number(), &m.pager(), &m.uan(), &m.voicemail()})
            descs.push_back(d);
        // Bits in order: the descriptions DigitPattern reads (its pattern j is bit j), then the others.
        std::vector<const PhoneNumberDesc *> inAutomaton;
        std::vector<const PhoneNumberDesc *> outside;
        for (const PhoneNumberDesc *d : descs) {
            if (d->national_number_pattern().empty())
                continue; // without a pattern, nothing matches
            (DigitPattern::isSupported(d->national_number_pattern()) ? inAutomaton : outside).push_back(d);
        }
        std::vector<const PhoneNumberDesc *> withBits = inAutomaton;
        withBits.insert(withBits.end(), outside.begin(), outside.end());
        for (size_t j = 0; j < withBits.size(); ++j) {
            const PhoneNumberDesc &d = *withBits[j];
            const uint32_t bit = 1u << j;
            (&d == &m.general_desc() ? c.generalBit : c.typeBits) |= bit;
            const std::vector<int> lengths(d.possible_length().begin(), d.possible_length().end());
            for (size_t n = 0; n < c.admits.size(); ++n) {
                if (lengths.empty() || std::find(lengths.begin(), lengths.end(), int(n)) != lengths.end())
                    c.admits[n] |= bit;
            }
        }
        std::vector<std::string_view> patterns;
        for (const PhoneNumberDesc *d : inAutomaton)
            patterns.push_back(d->national_number_pattern());
        c.descs = DigitPattern::compile(patterns);
        // Too many states: every pattern through PCRE2.
        for (size_t j = c.descs ? inAutomaton.size() : 0; j < withBits.size(); ++j)
            c.fallback.emplace_back(1u << j, Pattern(withBits[j]->national_number_pattern(), true));
        if (m.has_leading_digits() && !m.leading_digits().empty()) {
            c.hasLeadingDigits = true;
            c.leadingDigits = DigitPattern::compile({m.leading_digits()}, DigitPattern::Anchoring::Prefix);
            if (!c.leadingDigits)
                c.leadingDigitsFallback = Pattern(m.leading_digits(), false);
        }
        if (m.has_national_prefix_for_parsing() && !m.national_prefix_for_parsing().empty()) {
            c.nationalPrefixForParsing = Pattern(m.national_prefix_for_parsing(), false);
            c.nationalPrefixFilter =
                DigitPattern::compile({m.national_prefix_for_parsing()}, DigitPattern::Anchoring::Prefix);
        }
        return c;
    }

    FastValidity()
    {
        if (!m_collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                         i18n::phonenumbers::metadata_size()))
            return;
        for (const PhoneMetadata &m : m_collection.metadata()) {
            if (m.id() == "ZZ")
                continue;
            if (m.country_code() <= 0 || m.country_code() >= int(m_byCode.size()))
                continue;
            auto region = std::make_unique<Region>(m);
            std::vector<const Region *> &list = m_byCode[size_t(m.country_code())];
            if (m.main_country_for_code())
                list.insert(list.begin(), region.get());
            else
                list.push_back(region.get());
            m_regions.push_back(std::move(region));
        }
    }

    PhoneMetadataCollection m_collection; // the regions point into it
    std::vector<std::unique_ptr<Region>> m_regions;
    // By calling code (1 to 3 digits; 0 stays empty): a plain array, looked up several times for
    // every number.
    std::array<std::vector<const Region *>, 1000> m_byCode;
    const std::vector<const Region *> &regionsFor(int code) const
    {
        return code > 0 && code < int(m_byCode.size()) ? m_byCode[size_t(code)] : m_byCode[0];
    }
};

enum class FastAnswer {
    Valid,     // in E.164 in *e164
    Unchanged, // valid and already in E.164
    Invalid,
    Unsure,
};

constexpr bool isSeparator(char16_t c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')';
}

// The digits of `t` (at most 64 characters) into `buffer` (64 + 16 bytes: it may write 16 bytes
// past the last digit), in order; false when a character is neither a digit nor a separator. `from`: 1
// to skip a leading '+'.
bool collectDigits(QStringView t, qsizetype from, char *buffer, size_t *length)
{
    const qsizetype n = t.size();
    const char16_t *p = t.utf16();
#if defined(__SSE2__)
    if (n >= 8) {
        // The digits' positions as bits and the characters narrowed to bytes, 8 characters a step
        // (the last 8 again when the length is not a multiple: the overlap sets the same bits and
        // bytes); then the few other characters checked one by one and the runs of digits between
        // them copied 16 bytes at a time.
        char bytes[64 + 16];
        quint64 digitBits = 0;
        __m128i wide = _mm_setzero_si128();
        const __m128i shift = _mm_set1_epi8(char(-128 - '0'));
        const __m128i limit = _mm_set1_epi8(char(-128 + 10));
        auto block = [&](qsizetype offset) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + offset));
            wide = _mm_or_si128(wide, v);
            const __m128i packed = _mm_packus_epi16(v, v);
            _mm_storel_epi64(reinterpret_cast<__m128i *>(bytes + offset), packed);
            const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(packed, shift), limit);
            digitBits |= quint64(unsigned(_mm_movemask_epi8(digit)) & 0xffu) << offset;
        };
        qsizetype offset = 0;
        for (; offset + 8 <= n; offset += 8)
            block(offset);
        if (offset < n)
            block(n - 8);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(bytes + n), _mm_setzero_si128()); // read past runs
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(wide, _mm_set1_epi16(short(0xff80))),
                                              _mm_setzero_si128())) != 0xffff)
            return false; // not ASCII: no digit or separator of ours
        const quint64 all = n == 64 ? ~quint64(0) : (quint64(1) << n) - 1;
        quint64 others = all & ~digitBits & ~((quint64(1) << from) - 1);
        size_t count = 0;
        qsizetype position = from;
        for (;;) {
            const qsizetype next = others != 0 ? std::countr_zero(others) : n;
            // The first 16 unconditionally (a run is rarely longer): GCC turns a plain copying
            // loop into a call to memcpy.
            auto copy16 = [&](qsizetype k) {
                _mm_storeu_si128(reinterpret_cast<__m128i *>(buffer + count + size_t(k - position)),
                                 _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes + k)));
            };
            copy16(position);
            for (qsizetype k = position + 16; k < next; k += 16)
                copy16(k);
            count += size_t(next - position);
            if (others == 0)
                break;
            if (!isSeparator(p[next]))
                return false;
            others &= others - 1;
            position = next + 1;
        }
        *length = count;
        return true;
    }
#endif
    size_t count = 0;
    for (qsizetype i = from; i < n; ++i) {
        const char16_t c = p[i];
        if (char16_t(c - u'0') <= 9)
            buffer[count++] = char(c);
        else if (!isSeparator(c))
            return false;
    }
    *length = count;
    return true;
}

// ASCII digits to UTF-16.
void widen(const char *in, size_t n, char16_t *out)
{
#if defined(__SSE2__)
    if (n >= 8) {
        const __m128i zero = _mm_setzero_si128();
        auto block = [&](size_t k) {
            const __m128i bytes = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(in + k));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + k), _mm_unpacklo_epi8(bytes, zero));
        };
        size_t k = 0;
        for (; k + 8 <= n; k += 8)
            block(k);
        if (k < n)
            block(n - 8);
        return;
    }
#endif
    for (size_t k = 0; k < n; ++k)
        out[k] = char16_t(in[k]);
}

// The digits of bytes p[from, n) into `buffer` (as collectDigits); false when a byte is neither
// a digit nor a separator.
bool collectDigits(const uchar *p, qsizetype n, qsizetype from, char *buffer, size_t *length)
{
    size_t count = 0;
    for (qsizetype i = from; i < n; ++i) {
        const uchar c = p[i];
        if (uchar(c - '0') <= 9)
            buffer[count++] = char(c);
        else if (!isSeparator(c))
            return false;
    }
    *length = count;
    return true;
}

FastAnswer decideDigits(std::string_view digits, bool plus, bool frontParenOrDigit, qsizetype size,
                        bool hasRegion, QString *e164);

// Numbers written "+<calling code> <digits>" with spaces, dashes, dots or parentheses, and
// numbers without a "+" when there is no default region (always invalid for libphonenumber):
// decided here. Anything else (letters, extensions, national formats, a leading zero after the
// calling code, a national prefix to strip) is Unsure and goes to libphonenumber. Without
// `e164` a Valid answer only says so.
FastAnswer fastNormalize(QStringView t, bool hasRegion, QString *e164)
{
    if (t.isEmpty())
        return FastAnswer::Unsure;
    const bool plus = t.front() == u'+';
    std::array<char, 64 + 16> buffer; // the caller limits numbers to 64 characters
    if (t.size() > 64)
        return FastAnswer::Unsure;
    size_t length = 0;
    if (!collectDigits(t, plus ? 1 : 0, buffer.data(), &length))
        return FastAnswer::Unsure;
    // Only digits and separators: a digit first is an ASCII one.
    const bool frontParenOrDigit = t.front() == u'(' || t.front().isDigit();
    return decideDigits(std::string_view(buffer.data(), length), plus, frontParenOrDigit, t.size(), hasRegion,
                        e164);
}

// fastNormalize of a number's bytes (ASCII, trimmed, at most 64), its answer only.
FastAnswer fastNormalize(const uchar *p, qsizetype n, bool hasRegion)
{
    if (n == 0)
        return FastAnswer::Unsure;
    const bool plus = p[0] == '+';
    std::array<char, 64> buffer;
    size_t length = 0;
    if (n > 64 || !collectDigits(p, n, plus ? 1 : 0, buffer.data(), &length))
        return FastAnswer::Unsure;
    const bool frontParenOrDigit = p[0] == '(' || uchar(p[0] - '0') <= 9;
    return decideDigits(std::string_view(buffer.data(), length), plus, frontParenOrDigit, n, hasRegion,
                        nullptr);
}

// fastNormalize's answer from a number's digits: `plus` when it starts with '+', `size` its
// length in characters.
FastAnswer decideDigits(std::string_view digits, bool plus, bool frontParenOrDigit, qsizetype size,
                        bool hasRegion, QString *e164)
{
    if (!plus)
        return hasRegion || !frontParenOrDigit ? FastAnswer::Unsure : FastAnswer::Invalid;
    if (digits.size() <= 2 || digits.front() == '0')
        return FastAnswer::Invalid; // too short after "+", or no calling code starts with 0
    const FastValidity &validity = FastValidity::instance();
    int code = 0;
    size_t codeLength = 0;
    int candidate = 0;
    for (size_t n = 1; n <= 3 && n < digits.size(); ++n) {
        candidate = candidate * 10 + (digits[n - 1] - '0');
        if (validity.isCallingCode(candidate)) {
            code = candidate;
            codeLength = n;
            break;
        }
    }
    if (code == 0)
        return FastAnswer::Invalid;
    // The national significant number keeps its leading zeros ("Italian leading zero").
    const std::optional<std::string_view> nsn =
        validity.nationalSignificantNumber(code, digits.substr(codeLength));
    if (!nsn)
        return FastAnswer::Unsure;
    if (nsn->size() < 2 || nsn->size() > 17)
        return FastAnswer::Invalid;
    if (!validity.isValid(code, *nsn))
        return FastAnswer::Invalid;
    if (qsizetype(1 + codeLength + nsn->size()) == size)
        return FastAnswer::Unchanged; // no separators and no national prefix: "+" and the digits
    if (!e164)
        return FastAnswer::Valid;
    // Written in place: QStringBuilder's generic concatenation cost more than the automaton.
    e164->resize(qsizetype(1 + codeLength + nsn->size())); // its storage again when it has room
    char16_t *out = reinterpret_cast<char16_t *>(e164->data());
    *out++ = u'+';
    if (nsn->data() == digits.data() + codeLength) { // nothing stripped: all the digits
        widen(digits.data(), codeLength + nsn->size(), out);
    } else {
        widen(digits.data(), codeLength, out);
        widen(nsn->data(), nsn->size(), out + codeLength);
    }
    return FastAnswer::Valid;
}

// fastNormalize's answer as a status; nullopt when it is unsure.
std::optional<NormalStatus> statusOf(FastAnswer answer)
{
    switch (answer) {
    case FastAnswer::Valid:
        return NormalStatus::Rewritten;
    case FastAnswer::Unchanged:
        return NormalStatus::Unchanged;
    case FastAnswer::Invalid:
        return NormalStatus::Invalid;
    case FastAnswer::Unsure:
        break;
    }
    return std::nullopt;
}

QByteArray regionCode(QStringView region)
{
    const QString upper = region.trimmed().toString().toUpper();
    if (upper.size() != 2 || upper == u"ZZ" || !PhoneNormalizer::isSupportedRegion(upper))
        return QByteArrayLiteral("ZZ");
    return upper.toLatin1();
}

bool plausibleCharacters(QStringView t)
{
    // Cheap filter before libphonenumber (which also reads vanity letters such as 1-800-FLOWERS):
    // at least a few digits, and nothing like an e-mail or a date with slashes only.
    int digits = 0;
    for (const QChar c : t) {
        if (c.isDigit())
            ++digits;
        else if (c == u'@')
            return false;
    }
    return digits >= 3;
}

} // namespace

PhoneNormalizer::PhoneNormalizer(QStringView defaultRegion)
    : m_region(regionCode(defaultRegion))
    , m_hasRegion(m_region != "ZZ")
{}

bool PhoneNormalizer::isSupportedRegion(QStringView region)
{
    static const std::set<std::string> regions = [] {
        std::set<std::string> out;
        PhoneNumberUtil::GetInstance()->GetSupportedRegions(&out);
        return out;
    }();
    return regions.count(region.toString().toUpper().toStdString()) > 0;
}

Normalized PhoneNormalizer::normalize(QStringView raw) const
{
    Normalized n;
    n.status = normalizeInto(raw, n.value);
    return n;
}

NormalStatus PhoneNormalizer::normalizeInto(QStringView raw, QString &out) const
{
    return decide(raw, &out);
}

NormalStatus PhoneNormalizer::status(QStringView raw) const
{
    return decide(raw, nullptr);
}

std::optional<NormalStatus> PhoneNormalizer::statusOfBytes(QByteArrayView cell) const
{
    const QByteArrayView t = trimmedAsciiView(cell);
    const auto *p = reinterpret_cast<const uchar *>(t.data());
    const qsizetype n = t.size();
    // A byte above 127 anywhere is neither a digit nor a separator: Unsure below.
    if (n == 0)
        return NormalStatus::Empty;
    return statusOf(fastNormalize(p, n, hasDefaultRegion()));
}

NormalStatus PhoneNormalizer::decide(QStringView raw, QString *out) const
{
    const QStringView t = trimmedView(raw);
    if (t.isEmpty())
        return NormalStatus::Empty;
    if (t.size() > 64)
        return NormalStatus::Invalid;
    // Whatever fastNormalize decides has only ASCII digits and separators, and is Invalid with
    // fewer than three digits: plausibleCharacters would not change its answer.
    if (const std::optional<NormalStatus> status = statusOf(fastNormalize(t, hasDefaultRegion(), out)))
        return *status;
    Normalized n = normalizeWithLibphonenumber(raw);
    if (out && n.status == NormalStatus::Rewritten)
        *out = std::move(n.value);
    return n.status;
}

Normalized PhoneNormalizer::normalizeWithLibphonenumber(QStringView raw) const
{
    const QStringView t = raw.trimmed();
    if (t.isEmpty())
        return Normalized::empty();
    if (t.size() > 64 || !plausibleCharacters(t))
        return Normalized::invalid();
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string input = t.toString().toStdString();
    if (util->Parse(input, std::string(m_region.constData(), size_t(m_region.size())), &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return Normalized::invalid();
    if (!util->IsValidNumber(number))
        return Normalized::invalid();
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    if (number.has_extension() && !number.extension().empty())
        e164 += ";ext=" + number.extension();
    const QString out = QString::fromStdString(e164);
    if (out == t)
        return Normalized::unchanged();
    return {NormalStatus::Rewritten, out};
}

} // namespace godwit::engine
