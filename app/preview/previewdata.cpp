// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preview/previewdata.h"

#include <QFileInfo>
#include <QMutex>

#include <map>

namespace godwit::app {

FileIdentity FileIdentity::of(const QString &path)
{
    FileIdentity id;
    const QFileInfo info(path);
    id.path = info.absoluteFilePath();
    id.canonicalPath = info.canonicalFilePath();
    if (info.exists()) {
        id.size = info.size();
        id.modified = info.lastModified().toUTC();
    }
    return id;
}

PreviewData::PreviewData(const QString &path, qint64 base, qint64 fileSize, engine::TextEncoding encoding)
    : m_path(path)
    , m_base(base)
    , m_encoding(encoding)
    , m_available(qMax<qint64>(0, fileSize - base))
    , m_complete(true)
{}

std::shared_ptr<PreviewData> PreviewData::growingCopy(const QString &copyPath)
{
    std::shared_ptr<PreviewData> data(new PreviewData);
    data->m_path = copyPath;
    data->m_copy = true;
    return data;
}

void PreviewData::setAvailable(qint64 bytes, bool complete)
{
    m_available.store(bytes, std::memory_order_release);
    m_complete.store(complete, std::memory_order_release);
}

namespace {

// One table per single-byte encoding, built once from the engine's own decoder.
std::shared_ptr<const std::array<char16_t, 256>> tableFor(engine::TextEncoding encoding)
{
    static QMutex mutex;
    static std::map<engine::TextEncoding, std::shared_ptr<const std::array<char16_t, 256>>> tables;
    const QMutexLocker lock(&mutex);
    auto &slot = tables[encoding];
    if (!slot) {
        auto table = std::make_shared<std::array<char16_t, 256>>();
        for (int b = 0; b < 256; ++b) {
            const char byte = char(b);
            const QString text = QString::fromUtf8(engine::decodeToUtf8(QByteArrayView(&byte, 1), encoding));
            (*table)[size_t(b)] = text.size() == 1 ? text.front().unicode() : char16_t(0xFFFD);
        }
        slot = std::move(table);
    }
    return slot;
}

} // namespace

FieldDecoder::FieldDecoder(engine::TextEncoding encoding)
{
    Q_ASSERT(engine::isAsciiCompatible(encoding));
    if (encoding != engine::TextEncoding::Utf8)
        m_table = tableFor(encoding);
}

QString FieldDecoder::decode(QByteArrayView bytes) const
{
    if (!m_table)
        return QString::fromUtf8(bytes);
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto &table = *m_table;
    for (const char c : bytes)
        *out++ = table[static_cast<unsigned char>(c)];
    return text;
}

QString FieldDecoder::decode(QByteArrayView bytes, qsizetype maxChars, bool *truncated) const
{
    // UTF-8 needs at most 4 bytes per character; cut at the start of a sequence.
    const qsizetype maxBytes = m_table ? maxChars : maxChars * 4;
    if (bytes.size() <= maxBytes) {
        *truncated = false;
        return decode(bytes);
    }
    qsizetype cut = maxBytes;
    if (!m_table) {
        while (cut > 0 && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80)
            --cut;
    }
    QString text = decode(bytes.first(cut));
    if (text.size() > maxChars)
        text.truncate(text.at(maxChars - 1).isHighSurrogate() ? maxChars - 1 : maxChars);
    *truncated = true;
    return text;
}

} // namespace godwit::app
