// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bytes the offline preview reads records from, and how to turn them into text.
//
// The row index and the CSV reader want ASCII-compatible bytes. For UTF-8, Latin-1,
// Windows-1252 and ISO-8859-15 files those are the file itself, after its byte-order mark; a
// UTF-16 file is converted to a UTF-8 copy first (PreviewIndexer writes it while it indexes), so
// the data may still be growing while rows are read. Everything here is safe to share between
// threads.

#include "engine/encoding.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <array>
#include <atomic>
#include <memory>

namespace godwit::app {

// What a file was when it was opened: to notice that it changed, and to remember choices per file.
struct FileIdentity {
    QString path;          // as given (absolute)
    QString canonicalPath; // symbolic links resolved; empty when the file does not exist
    qint64 size = -1;
    QDateTime modified; // UTC
    bool exists() const { return !canonicalPath.isEmpty(); }
    bool sameVersion(const FileIdentity &other) const
    {
        return canonicalPath == other.canonicalPath && size == other.size && modified == other.modified;
    }
    static FileIdentity of(const QString &path);
};

// Where the records' bytes are. Readers never read at or beyond available().
class PreviewData {
public:
    // The file itself: data starts after `base` bytes (the BOM) and is complete.
    PreviewData(const QString &path, qint64 base, qint64 fileSize, engine::TextEncoding encoding);
    // A UTF-8 copy that is being written: nothing is available until the writer says so.
    static std::shared_ptr<PreviewData> growingCopy(const QString &copyPath);

    const QString &path() const { return m_path; }
    qint64 base() const { return m_base; }
    engine::TextEncoding encoding() const { return m_encoding; } // of the data bytes
    bool isCopy() const { return m_copy; }

    qint64 available() const { return m_available.load(std::memory_order_acquire); }
    bool isComplete() const { return m_complete.load(std::memory_order_acquire); }
    // Writer side (growing copies): bytes [0, bytes) are written and flushed.
    void setAvailable(qint64 bytes, bool complete);

private:
    PreviewData() = default;
    QString m_path;
    qint64 m_base = 0;
    engine::TextEncoding m_encoding = engine::TextEncoding::Utf8;
    bool m_copy = false;
    std::atomic<qint64> m_available{0};
    std::atomic<bool> m_complete{false};
};

// Bytes of one field (in the data's encoding) to text. Cheap to copy; thread-safe.
class FieldDecoder {
public:
    explicit FieldDecoder(engine::TextEncoding encoding = engine::TextEncoding::Utf8);

    QString decode(QByteArrayView bytes) const;
    // At most about maxChars characters (a field of megabytes is not turned into text whole);
    // *truncated says whether something was left out.
    QString decode(QByteArrayView bytes, qsizetype maxChars, bool *truncated) const;

private:
    std::shared_ptr<const std::array<char16_t, 256>> m_table; // single-byte encodings; null for UTF-8
};

} // namespace godwit::app
