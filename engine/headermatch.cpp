// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/headermatch.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace godwit::engine {

namespace {

// Other names for the columns of the bundled templates (and the usual CRM vocabulary), in the
// languages our users' customers write headers in. Keys and synonyms are compared reduced.
const QHash<QString, QStringList> &synonymTable()
{
    static const QHash<QString, QStringList> table = [] {
        const QList<QPair<const char *, QStringList>> rows = {
            {"email",
             {QStringLiteral("e-mail"), QStringLiteral("mail"), QStringLiteral("email address"),
              QStringLiteral("mail address"), QStringLiteral("electronic mail"), QStringLiteral("courriel"),
              QStringLiteral("adresse e-mail"), QStringLiteral("adresse mail"),
              QStringLiteral("emailadresse"), QStringLiteral("e-mail-adresse"), QStringLiteral("work email"),
              QStringLiteral("primary email")}},
            {"phone",
             {QStringLiteral("telephone"), QStringLiteral("tel"), QStringLiteral("phone number"),
              QStringLiteral("telephone number"), QStringLiteral("mobile"), QStringLiteral("mobile phone"),
              QStringLiteral("cell"), QStringLiteral("cell phone"), QStringLiteral("telefon"),
              QStringLiteral("telefonnummer"), QStringLiteral("handy"), QStringLiteral("numero de telephone"),
              QStringLiteral("portable"), QStringLiteral("work phone"), QStringLiteral("main phone")}},
            {"firstname",
             {QStringLiteral("first"), QStringLiteral("given name"), QStringLiteral("forename"),
              QStringLiteral("prenom"), QStringLiteral("vorname"), QStringLiteral("christian name")}},
            {"lastname",
             {QStringLiteral("last"), QStringLiteral("surname"), QStringLiteral("family name"),
              QStringLiteral("nom"), QStringLiteral("nom de famille"), QStringLiteral("nachname"),
              QStringLiteral("familienname")}},
            {"company",
             {QStringLiteral("company name"), QStringLiteral("organisation"), QStringLiteral("organization"),
              QStringLiteral("org"), QStringLiteral("account"), QStringLiteral("account name"),
              QStringLiteral("employer"), QStringLiteral("firma"), QStringLiteral("unternehmen"),
              QStringLiteral("entreprise"), QStringLiteral("societe")}},
            {"jobtitle",
             {QStringLiteral("title"), QStringLiteral("position"), QStringLiteral("role"),
              QStringLiteral("job"), QStringLiteral("function"), QStringLiteral("poste"),
              QStringLiteral("fonction"), QStringLiteral("berufsbezeichnung"),
              QStringLiteral("position title")}},
            {"birthdate",
             {QStringLiteral("birthday"), QStringLiteral("date of birth"), QStringLiteral("dob"),
              QStringLiteral("born"), QStringLiteral("geburtsdatum"), QStringLiteral("date de naissance")}},
            {"optedin",
             {QStringLiteral("opt in"), QStringLiteral("consent"), QStringLiteral("marketing consent"),
              QStringLiteral("subscribed"), QStringLiteral("newsletter"), QStringLiteral("email opt in"),
              QStringLiteral("einwilligung"), QStringLiteral("consentement")}},
            {"notes",
             {QStringLiteral("note"), QStringLiteral("comments"), QStringLiteral("comment"),
              QStringLiteral("remarks"), QStringLiteral("bemerkungen"), QStringLiteral("notizen"),
              QStringLiteral("commentaires")}},
            {"name",
             {QStringLiteral("company name"), QStringLiteral("account name"), QStringLiteral("organisation"),
              QStringLiteral("organization"), QStringLiteral("company"), QStringLiteral("firma"),
              QStringLiteral("entreprise"), QStringLiteral("raison sociale")}},
            {"domain",
             {QStringLiteral("website"), QStringLiteral("web site"), QStringLiteral("domain name"),
              QStringLiteral("web"), QStringLiteral("site"), QStringLiteral("homepage")}},
            {"industry",
             {QStringLiteral("sector"), QStringLiteral("vertical"), QStringLiteral("branche"),
              QStringLiteral("secteur"), QStringLiteral("industry type")}},
            {"employees",
             {QStringLiteral("employee count"), QStringLiteral("number of employees"),
              QStringLiteral("headcount"), QStringLiteral("staff"), QStringLiteral("mitarbeiter"),
              QStringLiteral("effectif"), QStringLiteral("company size")}},
            {"annualrevenue",
             {QStringLiteral("revenue"), QStringLiteral("annual turnover"), QStringLiteral("turnover"),
              QStringLiteral("sales"), QStringLiteral("umsatz"), QStringLiteral("chiffre d'affaires")}},
            {"country",
             {QStringLiteral("country code"), QStringLiteral("nation"), QStringLiteral("land"),
              QStringLiteral("pays"), QStringLiteral("billing country")}},
            {"createddate",
             {QStringLiteral("created"), QStringLiteral("created at"), QStringLiteral("creation date"),
              QStringLiteral("date created"), QStringLiteral("erstellt am"),
              QStringLiteral("date de creation")}},
            {"dealid",
             {QStringLiteral("deal number"), QStringLiteral("opportunity id"), QStringLiteral("deal ref"),
              QStringLiteral("reference")}},
            {"title",
             {QStringLiteral("deal name"), QStringLiteral("opportunity name"), QStringLiteral("deal"),
              QStringLiteral("subject"), QStringLiteral("opportunity")}},
            {"contactemail",
             {QStringLiteral("contact e-mail"), QStringLiteral("contact mail"),
              QStringLiteral("primary contact"), QStringLiteral("contact")}},
            {"amount",
             {QStringLiteral("value"), QStringLiteral("deal value"), QStringLiteral("deal amount"),
              QStringLiteral("total"), QStringLiteral("price"), QStringLiteral("betrag"),
              QStringLiteral("montant")}},
            {"currency",
             {QStringLiteral("currency code"), QStringLiteral("ccy"), QStringLiteral("wahrung"),
              QStringLiteral("devise")}},
            {"stage",
             {QStringLiteral("deal stage"), QStringLiteral("pipeline stage"), QStringLiteral("status"),
              QStringLiteral("phase"), QStringLiteral("sales stage")}},
            {"closedate",
             {QStringLiteral("close"), QStringLiteral("closing date"), QStringLiteral("expected close date"),
              QStringLiteral("close by"), QStringLiteral("abschlussdatum")}},
        };
        QHash<QString, QStringList> t;
        for (const auto &[key, synonyms] : rows)
            t.insert(QString::fromLatin1(key), synonyms);
        return t;
    }();
    return table;
}

// The distinct trigrams of " joined ", each one's three UTF-16 units packed into a number, sorted.
std::vector<quint64> trigrams(const QString &joined)
{
    const QString padded = QLatin1Char(' ') + joined + QLatin1Char(' ');
    const QChar *p = padded.constData();
    std::vector<quint64> grams;
    grams.reserve(size_t(padded.size()));
    for (qsizetype i = 0; i + 3 <= padded.size(); ++i)
        grams.push_back(quint64(p[i].unicode()) << 32 | quint64(p[i + 1].unicode()) << 16 |
                        p[i + 2].unicode());
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}

// The distinct elements of `items`, sorted.
template <class T> std::vector<T> distinctSorted(std::vector<T> items)
{
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

// How many elements two sorted lists of distinct elements share.
template <class T> size_t sharedCount(const std::vector<T> &a, const std::vector<T> &b)
{
    size_t shared = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return shared;
}

bool containsAll(const QStringList &haystack, const QStringList &needles)
{
    return !needles.isEmpty() && std::all_of(needles.begin(), needles.end(),
                                             [&](const QString &t) { return haystack.contains(t); });
}

QString quoted(QStringView text)
{
    return QLatin1Char('"') + text.toString() + QLatin1Char('"');
}

} // namespace

HeaderKey headerKey(QStringView header)
{
    // Accents off, ß spelled out, then words split at anything that is not a letter or digit and
    // at lower -> upper (camelCase) and letter <-> digit changes.
    QString text = header.toString().normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x00DF))
            plain += QStringLiteral("ss");
        else
            plain += c;
    }
    HeaderKey key;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            key.tokens.append(word.toLower());
        word.clear();
    };
    QChar previous;
    for (const QChar c : std::as_const(plain)) {
        if (!c.isLetterOrNumber()) {
            flush();
            previous = QChar();
            continue;
        }
        const bool camel = previous.isLower() && c.isUpper();
        const bool digitChange = !word.isEmpty() && previous.isDigit() != c.isDigit();
        if (camel || digitChange)
            flush();
        word += c;
        previous = c;
    }
    flush();
    key.joined = key.tokens.join(QString());
    key.spaced = key.tokens.join(QLatin1Char(' '));
    return key;
}

QStringList headerSynonyms(QStringView column)
{
    return synonymTable().value(headerKey(column).joined);
}

double headerSimilarity(const HeaderKey &a, const HeaderKey &b)
{
    if (a.joined.isEmpty() || b.joined.isEmpty())
        return 0;
    // Sorted lists, not sets: the mapping compares every header with every column and its
    // synonyms, and building hash sets of strings for each pair took about 16 ms of a 5M-row
    // validation's start.
    const auto wa = distinctSorted(std::vector<QString>(a.tokens.begin(), a.tokens.end()));
    const auto wb = distinctSorted(std::vector<QString>(b.tokens.begin(), b.tokens.end()));
    const size_t sharedWords = sharedCount(wa, wb);
    const double words = double(sharedWords) / double(wa.size() + wb.size() - sharedWords);
    const std::vector<quint64> ga = trigrams(a.joined);
    const std::vector<quint64> gb = trigrams(b.joined);
    const double letters = 2.0 * double(sharedCount(ga, gb)) / double(ga.size() + gb.size());
    return std::max(words, letters);
}

NameMatch matchHeaderName(QStringView header, QStringView column, QStringView previous)
{
    NameMatch best;
    bool viaPrevious = false; // set while offering matches against the plan's header
    auto offer = [&best, &viaPrevious](NameMatchKind kind, double score, const QString &reason) {
        if (score > best.score)
            best = {kind, score, reason, viaPrevious};
    };
    const HeaderKey h = headerKey(header);
    if (h.joined.isEmpty())
        return best;

    if (header == column)
        return {NameMatchKind::Exact, 1.0, QStringLiteral("same name")};
    if (!previous.isEmpty() && header == previous)
        return {NameMatchKind::Exact, 1.0, QStringLiteral("same header as in the plan"), true};

    const HeaderKey c = headerKey(column);
    if (h.joined == c.joined)
        offer(NameMatchKind::Normalized, 0.97,
              QStringLiteral("same name apart from case, spacing, punctuation or accents"));
    if (!previous.isEmpty() && h.joined == headerKey(previous).joined) {
        viaPrevious = true;
        offer(NameMatchKind::Normalized, 0.96,
              QStringLiteral("renamed from %1 in the plan (case, spacing, punctuation or accents)")
                  .arg(quoted(previous)));
        viaPrevious = false;
    }

    const QStringList synonyms = synonymTable().value(c.joined);
    for (const QString &synonym : synonyms) {
        const HeaderKey s = headerKey(synonym);
        if (s.joined == h.joined) {
            offer(NameMatchKind::Synonym, 0.9,
                  QStringLiteral("%1 is another name for %2").arg(quoted(header), quoted(column)));
            break;
        }
    }

    // Drift beyond that: shared words or letters. A header holding every word of the column's
    // name ("Primary E-mail" for email) is a strong hint; otherwise similarity, discounted so
    // that it never beats a real name match.
    auto similar = [&](const HeaderKey &target, QStringView targetText, const QString &via) {
        const bool headerHolds = containsAll(h.tokens, target.tokens);
        if (headerHolds || (target.tokens.size() > 1 && containsAll(target.tokens, h.tokens))) {
            const double coverage = headerHolds ? double(target.tokens.size()) / double(h.tokens.size())
                                                : double(h.tokens.size()) / double(target.tokens.size());
            offer(NameMatchKind::Similar, 0.55 + 0.25 * coverage,
                  QStringLiteral("%1 shares the words of %2%3").arg(quoted(header), quoted(targetText), via));
        }
        const double sim = headerSimilarity(h, target);
        if (sim >= 0.5)
            offer(NameMatchKind::Similar, 0.85 * sim,
                  QStringLiteral("similar to %1%2 (%3%)")
                      .arg(quoted(targetText), via, QString::number(qRound(sim * 100))));
    };
    similar(c, column, QString());
    if (!previous.isEmpty()) {
        viaPrevious = true;
        similar(headerKey(previous), previous, QStringLiteral(", the header in the plan"));
        viaPrevious = false;
    }
    for (const QString &synonym : synonyms)
        similar(headerKey(synonym), synonym, QStringLiteral(", another name for %1").arg(quoted(column)));
    return best;
}

} // namespace godwit::engine
