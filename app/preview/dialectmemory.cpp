// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preview/dialectmemory.h"

#include <QCryptographicHash>
#include <QSettings>

#include <algorithm>
#include <vector>

namespace godwit::app {

namespace {
const QString kGroup = QStringLiteral("preview/dialects");
const QString kPath = QStringLiteral("path");
const QString kSize = QStringLiteral("size");
const QString kModified = QStringLiteral("modified");
const QString kSaved = QStringLiteral("saved");
const QString kEncoding = QStringLiteral("encoding");
const QString kDelimiter = QStringLiteral("delimiter");
const QString kQuote = QStringLiteral("quote");
const QString kHasHeader = QStringLiteral("hasHeader");
const QString kHeaderRecord = QStringLiteral("headerRecord");
} // namespace

DialectMemory::DialectMemory(QSettings &settings)
    : m_settings(settings)
{}

bool DialectMemory::isEmpty(const engine::CsvOpenOptions &choice)
{
    return !choice.encoding && !choice.dialect.delimiter && !choice.dialect.quote &&
           !choice.dialect.hasHeader && !choice.dialect.headerRecord;
}

QString DialectMemory::keyFor(const FileIdentity &file)
{
    const QString path = file.canonicalPath.isEmpty() ? file.path : file.canonicalPath;
    return kGroup + QLatin1Char('/') +
           QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

std::optional<RememberedDialect> DialectMemory::recall(const FileIdentity &file) const
{
    m_settings.beginGroup(keyFor(file));
    std::optional<RememberedDialect> result;
    const QString path = m_settings.value(kPath).toString();
    if (!path.isEmpty() && (path == file.canonicalPath || path == file.path)) {
        RememberedDialect r;
        r.savedAt = m_settings.value(kSaved).toDateTime().toUTC();
        r.sameVersion = m_settings.value(kSize).toLongLong() == file.size &&
                        m_settings.value(kModified).toDateTime().toUTC() == file.modified;
        if (m_settings.contains(kEncoding))
            r.choice.encoding = engine::encodingFromName(m_settings.value(kEncoding).toString());
        if (m_settings.contains(kDelimiter))
            r.choice.dialect.delimiter = char(m_settings.value(kDelimiter).toInt());
        if (m_settings.contains(kQuote))
            r.choice.dialect.quote = char(m_settings.value(kQuote).toInt());
        if (m_settings.contains(kHasHeader))
            r.choice.dialect.hasHeader = m_settings.value(kHasHeader).toBool();
        if (m_settings.contains(kHeaderRecord))
            r.choice.dialect.headerRecord = m_settings.value(kHeaderRecord).toLongLong();
        if (!isEmpty(r.choice))
            result = r;
    }
    m_settings.endGroup();
    return result;
}

void DialectMemory::remember(const FileIdentity &file, const engine::CsvOpenOptions &choice,
                             const QDateTime &now)
{
    if (isEmpty(choice)) {
        forget(file);
        return;
    }
    m_settings.remove(keyFor(file));
    m_settings.beginGroup(keyFor(file));
    m_settings.setValue(kPath, file.canonicalPath.isEmpty() ? file.path : file.canonicalPath);
    m_settings.setValue(kSize, file.size);
    m_settings.setValue(kModified, file.modified);
    m_settings.setValue(kSaved, now);
    if (choice.encoding)
        m_settings.setValue(kEncoding, engine::encodingName(*choice.encoding));
    if (choice.dialect.delimiter)
        m_settings.setValue(kDelimiter, int(*choice.dialect.delimiter));
    if (choice.dialect.quote)
        m_settings.setValue(kQuote, int(*choice.dialect.quote));
    if (choice.dialect.hasHeader)
        m_settings.setValue(kHasHeader, *choice.dialect.hasHeader);
    if (choice.dialect.headerRecord)
        m_settings.setValue(kHeaderRecord, *choice.dialect.headerRecord);
    m_settings.endGroup();
    prune();
}

void DialectMemory::forget(const FileIdentity &file)
{
    m_settings.remove(keyFor(file));
}

void DialectMemory::prune()
{
    m_settings.beginGroup(kGroup);
    const QStringList keys = m_settings.childGroups();
    if (keys.size() > kMaxFiles) {
        std::vector<std::pair<QDateTime, QString>> saved;
        for (const QString &key : keys)
            saved.emplace_back(m_settings.value(key + QLatin1Char('/') + kSaved).toDateTime(), key);
        std::sort(saved.begin(), saved.end());
        for (std::size_t i = 0; i + kMaxFiles < saved.size(); ++i)
            m_settings.remove(saved[i].second);
    }
    m_settings.endGroup();
}

} // namespace godwit::app
