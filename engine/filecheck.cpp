// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/filecheck.h"

#include "engine/encoding.h"

#include <algorithm>

namespace godwit::engine {

QString fileKindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Text:
        return QStringLiteral("text");
    case FileKind::Empty:
        return QStringLiteral("empty");
    case FileKind::Zip:
        return QStringLiteral("zip");
    case FileKind::Ole2:
        return QStringLiteral("ole2");
    case FileKind::Pdf:
        return QStringLiteral("pdf");
    case FileKind::Gzip:
        return QStringLiteral("gzip");
    case FileKind::Image:
        return QStringLiteral("image");
    case FileKind::Sqlite:
        return QStringLiteral("sqlite");
    case FileKind::Binary:
        return QStringLiteral("binary");
    }
    return {};
}

FileCheck checkFileHead(QByteArrayView head, qint64 fileSize)
{
    if (fileSize == 0 || head.isEmpty())
        return {FileKind::Empty, -1};

    const auto startsWith = [head](QByteArrayView magic) { return head.startsWith(magic); };
    if (startsWith("PK\x03\x04") || startsWith("PK\x05\x06"))
        return {FileKind::Zip, 0};
    if (startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return {FileKind::Ole2, 0};
    if (startsWith("%PDF-"))
        return {FileKind::Pdf, 0};
    if (startsWith("\x1F\x8B"))
        return {FileKind::Gzip, 0};
    if (startsWith("\x89PNG\r\n\x1A\n") || startsWith("\xFF\xD8\xFF") || startsWith("GIF87a") ||
        startsWith("GIF89a"))
        return {FileKind::Image, 0};
    if (startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {FileKind::Sqlite, 0};

    const QByteArrayView sample = head.first(std::min<qsizetype>(head.size(), 8192));
    const EncodingGuess encoding = detectEncoding(sample, fileSize <= sample.size());
    if (encoding.source == EncodingSource::Bom && fileSize == encoding.bomLength)
        return {FileKind::Empty, -1};
    if (!isAsciiCompatible(encoding.encoding))
        return {FileKind::Text, -1}; // UTF-16: NULs are expected

    const auto *s = reinterpret_cast<const unsigned char *>(head.data());
    const qsizetype n = head.size();
    const auto *nul = std::find(s, s + n, 0);
    if (nul != s + n)
        return {FileKind::Binary, qint64(nul - s)};
    // Text has tabs, line breaks and form feeds; anything else below 0x20 in bulk is binary.
    qsizetype controls = 0;
    qint64 firstControl = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = s[i];
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
            if (firstControl < 0)
                firstControl = i;
            ++controls;
        }
    }
    if (controls * 10 > n)
        return {FileKind::Binary, firstControl};
    return {FileKind::Text, -1};
}

} // namespace godwit::engine
