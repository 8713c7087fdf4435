// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic generator of the contacts benchmark file (issue 3 §6): N rows x 9 columns,
// RFC 4180, CRLF. Names with accents, quoted company names with commas and doubled quotes,
// ~1% bad e-mails, mixed date formats, phones in several notations, multi-line notes.
// The same --rows and --seed give the same bytes on every platform (own PRNG, no <random>
// distributions). 5,000,000 rows are about 500 MB.
//
//   godwit-bench-gen --rows 5000000 [--seed 1] bench/data/contacts-5m.csv

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

struct SplitMix64 { // deterministic everywhere
    uint64_t state;
    uint64_t next()
    {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    uint32_t below(uint32_t n) { return uint32_t(next() % n); }
};

constexpr std::string_view kFirst[] = {
    "Ana",    "Ben",       "Chloé",  "Dmitri", "Élodie", "François", "Günther", "Hélène", "Ingrid", "José",
    "Jürgen", "Katarzyna", "Łukasz", "María",  "Noémie", "Øystein",  "Paweł",   "Renée",  "Sørina", "Zoë"};
constexpr std::string_view kLast[] = {"Müller",  "García",   "Øberg",  "Nuñez",    "O'Brien",
                                      "Dubois",  "Kowalski", "Rossi",  "Schröder", "Lefèvre",
                                      "Smith",   "Jäger",    "Ibáñez", "Novák",    "Petrović",
                                      "Åkesson", "Cruz",     "Wójcik", "Martin",   "Lindqvist"};
constexpr std::string_view kCompany[] = {"Acme",  "Globex", "Initech",  "Umbrella",       "Stark",
                                         "Wayne", "Hooli",  "Vandelay", "Müller & Söhne", "Café Crème"};
constexpr std::string_view kSuffix[] = {"GmbH", "Ltd.", "Inc.", "S.A.", "AB", "SARL"};
constexpr std::string_view kDomain[] = {"example.com", "example.org", "mail.example.de", "example.fr",
                                        "example.co.uk"};
constexpr std::string_view kCountry[] = {"DE", "FR", "GB", "US", "ES", "PL", "SE", "NO", "IT", "BR"};
constexpr std::string_view kNote[] = {"Called back",
                                      "Prefers e-mail",
                                      "VIP; handle with care",
                                      "Met at the fair",
                                      "Asked for \"the usual\" discount",
                                      "Moved offices"};

template <size_t N> std::string_view pick(SplitMix64 &rng, const std::string_view (&list)[N])
{
    return list[rng.below(N)];
}

std::string asciiLower(std::string_view s)
{
    std::string out;
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80 && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            out.push_back(char(c | 0x20));
        else if (u >= 0xC0)
            out.push_back('x'); // first byte of an accented letter; its continuation byte is dropped
    }
    return out;
}

void appendQuoted(std::string &out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
        out += c;
        if (c == '"')
            out += '"';
    }
    out += '"';
}

void appendPadded(std::string &out, unsigned value, int width)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*u", width, value);
    out += buffer;
}

} // namespace

int main(int argc, char **argv)
{
    uint64_t rows = 0;
    uint64_t seed = 1;
    const char *path = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--rows") == 0 && i + 1 < argc)
            rows = std::strtoull(argv[++i], nullptr, 10);
        else if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else
            path = argv[i];
    }
    if (rows == 0 || !path) {
        std::fprintf(stderr, "usage: godwit-bench-gen --rows N [--seed S] OUT.csv\n");
        return 2;
    }
    std::FILE *out = std::fopen(path, "wb");
    if (!out) {
        std::perror(path);
        return 2;
    }
    SplitMix64 rng{seed};
    std::string line;
    std::string block;
    block.reserve(1 << 20);
    block += "id,first_name,last_name,email,phone,company,country,birth_date,notes\r\n";
    for (uint64_t id = 1; id <= rows; ++id) {
        const std::string_view first = pick(rng, kFirst);
        const std::string_view last = pick(rng, kLast);
        line.clear();
        line += std::to_string(id);
        line += ',';
        line += first;
        line += ',';
        line += last;
        line += ',';
        // E-mail: ~1% bad (no @, double dot, missing domain, trailing space). Written in pieces:
        // GCC 12 at -O3 warns (-Wrestrict, a false positive) on std::string::insert here.
        const std::string local =
            asciiLower(first) + '.' + asciiLower(last) + std::to_string(id); // unique, as the template asks
        const std::string_view domain = pick(rng, kDomain);
        line += local;
        switch (rng.below(400)) {
        case 0: // no @
            line += domain;
            break;
        case 1: // a dot right after the @
            line += "@.";
            line += domain;
            break;
        case 2: // no domain
            line += '@';
            break;
        case 3: // text after a space
            line += '@';
            line += domain;
            line += " x";
            break;
        default:
            line += '@';
            line += domain;
            break;
        }
        line += ',';
        // Phones in several notations, each a number libphonenumber holds valid (Berlin, Paris,
        // London, New Jersey); the e-mails carry the bad values.
        const unsigned subscriber = rng.below(90000000) + 10000000;
        switch (rng.below(4)) {
        case 0:
            line += "+49 30 ";
            appendPadded(line, subscriber, 8);
            break;
        case 1:
            line += "+1 (201) 555-";
            appendPadded(line, subscriber % 10000, 4);
            break;
        case 2:
            line += "+33 1 ";
            appendPadded(line, subscriber / 1000000, 2), line += ' ',
                appendPadded(line, subscriber / 10000 % 100, 2), line += ' ',
                appendPadded(line, subscriber / 100 % 100, 2), line += ' ',
                appendPadded(line, subscriber % 100, 2);
            break;
        default:
            line += "+44 20 7946 ";
            appendPadded(line, subscriber % 10000, 4);
            break;
        }
        line += ',';
        // Company: often quoted, with commas and doubled quotes.
        const std::string_view company = pick(rng, kCompany);
        switch (rng.below(3)) {
        case 0:
            line += company;
            break;
        case 1:
            line += '"';
            line += company;
            line += ", ";
            line += pick(rng, kSuffix);
            line += '"';
            break;
        default:
            line += "\"The \"\"";
            line += company;
            line += "\"\" Group, ";
            line += pick(rng, kSuffix);
            line += '"';
            break;
        }
        line += ',';
        line += pick(rng, kCountry);
        line += ',';
        // Birth dates in mixed formats.
        const unsigned year = 1940 + rng.below(65);
        const unsigned month = 1 + rng.below(12);
        const unsigned day = 1 + rng.below(28);
        switch (rng.below(4)) {
        case 0: // ISO
            appendPadded(line, year, 4), line += '-', appendPadded(line, month, 2), line += '-',
                appendPadded(line, day, 2);
            break;
        case 1: // day first
            appendPadded(line, day, 2), line += '.', appendPadded(line, month, 2), line += '.',
                appendPadded(line, year, 4);
            break;
        case 2: // day first, slashed (the column is day-first throughout: real files keep one order)
            appendPadded(line, day, 2), line += '/', appendPadded(line, month, 2), line += '/',
                appendPadded(line, year, 4);
            break;
        default: // Excel serial
            line += std::to_string(14000 + rng.below(23000));
            break;
        }
        line += ',';
        // Notes: empty, one line, or quoted over several lines.
        switch (rng.below(10)) {
        case 0:
        case 1:
        case 2:
            break;
        case 3:
            appendQuoted(line, std::string(pick(rng, kNote)) + "\r\nsecond line\nthird line");
            break;
        default: {
            const std::string_view note = pick(rng, kNote);
            if (note.find_first_of(",;\"") != std::string_view::npos)
                appendQuoted(line, note);
            else
                line += note;
        }
        }
        line += "\r\n";
        block += line;
        if (block.size() >= (1 << 20)) {
            if (std::fwrite(block.data(), 1, block.size(), out) != block.size()) {
                std::perror(path);
                return 1;
            }
            block.clear();
        }
    }
    if (std::fwrite(block.data(), 1, block.size(), out) != block.size() || std::fclose(out) != 0) {
        std::perror(path);
        return 1;
    }
    return 0;
}
