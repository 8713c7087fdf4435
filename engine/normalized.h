// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <algorithm>

namespace godwit::engine {

// QStringView::trimmed() without the out-of-line call for the usual value that starts and ends
// with a printable ASCII character.
inline QStringView trimmedView(QStringView s)
{
    if (s.isEmpty())
        return s;
    const char16_t f = s.front().unicode();
    const char16_t b = s.back().unicode();
    if (f > 0x20 && f < 0x7f && b > 0x20 && b < 0x7f)
        return s;
    return s.trimmed();
}

// A cell's UTF-8 bytes without the blanks QChar::isSpace finds below 128 at either end: what
// trimmedView() removes from its decoded text when its ends are ASCII (a normaliser that reads
// the bytes of an ASCII value sends any other byte, a Unicode space included, to the decoder).
inline QByteArrayView trimmedAsciiView(QByteArrayView s)
{
    const auto space = [](char c) { return c == ' ' || (c >= 0x09 && c <= 0x0d); };
    const char *begin = s.data();
    const char *end = begin + s.size();
    // Most values start and end with a byte above the space: no loop for them.
    if (begin != end && uchar(*begin) <= ' ') {
        while (begin != end && space(*begin))
            ++begin;
    }
    if (begin != end && uchar(end[-1]) <= ' ') {
        while (end != begin && space(end[-1]))
            --end;
    }
    return QByteArrayView(begin, end - begin);
}

// The outcome of normalising one cell. The normalisers never allocate when the value is
// already in its normal form: `Unchanged` means "the normal form is the trimmed input", and
// only `Rewritten` carries a new string.
enum class NormalStatus : quint8 {
    Unchanged, // the trimmed input is already normal
    Rewritten, // `value` holds the normal form
    Empty,     // empty (or only white space) after trimming; not an error by itself
    Invalid,   // not a value of this type
    Ambiguous, // a value of this type, but its reading depends on an undecided column setting
};

struct Normalized {
    NormalStatus status = NormalStatus::Unchanged;
    QString value; // the normal form, only with Rewritten

    bool ok() const { return status == NormalStatus::Unchanged || status == NormalStatus::Rewritten; }
    // The normal form as a view: `value`, or the trimmed `raw` it was computed from.
    QStringView text(QStringView raw) const
    {
        return status == NormalStatus::Rewritten ? QStringView(value) : trimmedView(raw);
    }

    static Normalized unchanged() { return {}; }
    static Normalized empty() { return {NormalStatus::Empty, {}}; }
    static Normalized invalid() { return {NormalStatus::Invalid, {}}; }
    static Normalized ambiguous() { return {NormalStatus::Ambiguous, {}}; }
    // Rewritten, unless `normal` equals the trimmed input (then Unchanged, no allocation).
    static Normalized from(QStringView trimmedInput, QStringView normal)
    {
        if (trimmedInput == normal)
            return {};
        return {NormalStatus::Rewritten, normal.toString()};
    }
};

// The same into `out`, which keeps its storage when it is not shared (a pass over millions of
// cells reuses one string per column instead of allocating one per rewritten value). `out` is
// left alone when the value is Unchanged.
inline NormalStatus assignNormal(QStringView trimmedInput, QStringView normal, QString &out)
{
    if (trimmedInput == normal)
        return NormalStatus::Unchanged;
    out.resize(normal.size());
    std::copy(normal.begin(), normal.end(), out.begin());
    return NormalStatus::Rewritten;
}

} // namespace godwit::engine
