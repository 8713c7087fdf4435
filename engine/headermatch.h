// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How much a file's header looks like a template column's name: the name half of self-healing
// mapping (issue 3 §3). Headers drift in case, spacing, punctuation, accents, word order and
// vocabulary ("E-Mail Address", "Courriel", "emailAddress" all mean `email`); a score in 0–1
// with the reason says how far the drift went.

#include <QString>
#include <QStringList>
#include <QStringView>

namespace godwit::engine {

// A header reduced for comparison: accents stripped (NFKD without marks, ß -> ss), camelCase and
// snake_case split, punctuation dropped, lower case; `tokens` are its words and `joined` the
// words without separators ("E-Mail Address" -> tokens {e, mail, address}, joined "emailaddress").
struct HeaderKey {
    QStringList tokens;
    QString joined;
    QString spaced; // tokens joined by single spaces
};
HeaderKey headerKey(QStringView header);

enum class NameMatchKind {
    None,
    Exact,      // the same text
    Normalized, // the same words after case, spacing, punctuation and accents
    Synonym,    // a known other name for the column ("surname" for last_name)
    Similar,    // shares most words or letters
};

struct NameMatch {
    NameMatchKind kind = NameMatchKind::None;
    double score = 0;         // 0–1
    QString reason;           // one line a user reads, in English (the engine has no translations)
    bool viaPrevious = false; // matched the plan's header rather than the column's name
};

// The score of `header` as a name for the template column `column`, also trying the column's
// known synonyms and, when given, `previous`: the header the plan recorded for this column.
NameMatch matchHeaderName(QStringView header, QStringView column, QStringView previous = {});

// Other names people use for a template column (by its name as in the bundled templates:
// "email", "first_name", ...); empty for a name the table does not know.
QStringList headerSynonyms(QStringView column);

// Similarity of two reduced headers alone: the larger of the word overlap (Jaccard) and the
// letter-trigram overlap (Dice), in 0–1.
double headerSimilarity(const HeaderKey &a, const HeaderKey &b);

} // namespace godwit::engine
