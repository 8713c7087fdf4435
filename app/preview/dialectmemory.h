// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reading settings a user chose for a file (encoding, delimiter, quote, header row),
// remembered in the console's settings and offered the next time the file is opened. Keyed by
// the file's canonical path; the size and modification time saved with the choice tell whether
// it was made for this very version of the file or an earlier one. The most recent 200 files.

#include "app/preview/previewdata.h"
#include "engine/csvfile.h"

#include <QDateTime>

#include <optional>

class QSettings;

namespace godwit::app {

struct RememberedDialect {
    engine::CsvOpenOptions choice; // only the items the user set
    QDateTime savedAt;             // UTC
    bool sameVersion = false;      // the file has the size and time it had then
};

class DialectMemory {
public:
    static constexpr int kMaxFiles = 200;

    explicit DialectMemory(QSettings &settings);

    std::optional<RememberedDialect> recall(const FileIdentity &file) const;
    // A choice without any override forgets the file.
    void remember(const FileIdentity &file, const engine::CsvOpenOptions &choice,
                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    void forget(const FileIdentity &file);

    static bool isEmpty(const engine::CsvOpenOptions &choice);

private:
    static QString keyFor(const FileIdentity &file);
    void prune();

    QSettings &m_settings;
};

} // namespace godwit::app
