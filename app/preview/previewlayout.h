// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the previewed file is read: its encoding and dialect, and where the table starts. Records
// above the header are preamble (an export's title lines); data rows follow the header.

#include "engine/csvreader.h"
#include "engine/encoding.h"

#include <QStringList>

#include <algorithm>

namespace godwit::app {

struct PreviewLayout {
    engine::TextEncoding encoding = engine::TextEncoding::Utf8; // of the file
    engine::CsvDialect dialect;
    bool hasHeader = true;
    qint64 headerRecord = 0; // the record where the table starts (its header, if hasHeader)
    int fieldCount = 0;      // fields per record the table should have
    QStringList header;      // the header's fields (empty without header)

    qint64 firstDataRecord() const { return headerRecord + (hasHeader ? 1 : 0); }
    int columnCount() const { return std::max<int>(fieldCount, int(header.size())); }
};

} // namespace godwit::app
