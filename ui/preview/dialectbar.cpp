// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/dialectbar.h"

#include "app/preview/previewdocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <cmath>

namespace godwit::ui {

using engine::CsvOpenOptions;
using engine::TextEncoding;

namespace {

constexpr TextEncoding kEncodings[] = {TextEncoding::Utf8,        TextEncoding::Utf16LE,
                                       TextEncoding::Utf16BE,     TextEncoding::Latin1,
                                       TextEncoding::Windows1252, TextEncoding::Iso8859_15};
constexpr char kDelimiters[] = {',', ';', '\t', '|', ':', ' '};
enum Settings { Detected, Remembered, Custom };

QLabel *makeConfidence(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("100 %")) + 4);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString quoteName(char quote)
{
    switch (quote) {
    case '"':
        return DialectBar::tr("Double quote \"");
    case '\'':
        return DialectBar::tr("Single quote '");
    case '\0':
        return DialectBar::tr("No quoting");
    default:
        return QString(QLatin1Char(quote));
    }
}

} // namespace

QString DialectBar::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return tr("Comma ,");
    case ';':
        return tr("Semicolon ;");
    case '\t':
        return tr("Tab");
    case '|':
        return tr("Pipe |");
    case ':':
        return tr("Colon :");
    case ' ':
        return tr("Space");
    default:
        return QStringLiteral("‘%1’").arg(QLatin1Char(delimiter));
    }
}

bool DialectBar::sameChoice(const CsvOpenOptions &a, const CsvOpenOptions &b)
{
    return a.encoding == b.encoding && a.dialect.delimiter == b.dialect.delimiter &&
           a.dialect.quote == b.dialect.quote && a.dialect.hasHeader == b.dialect.hasHeader &&
           a.dialect.headerRecord == b.dialect.headerRecord;
}

QString DialectBar::describe(const CsvOpenOptions &choice)
{
    QStringList parts;
    if (choice.encoding)
        parts.append(tr("encoding %1").arg(engine::encodingName(*choice.encoding)));
    if (choice.dialect.delimiter)
        parts.append(tr("delimiter %1").arg(delimiterName(*choice.dialect.delimiter)));
    if (choice.dialect.quote)
        parts.append(tr("quote: %1").arg(quoteName(*choice.dialect.quote)));
    if (choice.dialect.hasHeader && !*choice.dialect.hasHeader)
        parts.append(tr("no header row"));
    else if (choice.dialect.headerRecord)
        parts.append(tr("header in record %1").arg(*choice.dialect.headerRecord + 1));
    return parts.join(QStringLiteral(", "));
}

DialectBar::DialectBar(app::PreviewDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_settings(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_quote(new QComboBox(this))
    , m_header(new QComboBox(this))
    , m_encodingConfidence(makeConfidence(this))
    , m_delimiterConfidence(makeConfidence(this))
    , m_headerConfidence(makeConfidence(this))
    , m_reset(new QPushButton(tr("Use detected"), this))
{
    setAccessibleName(tr("How the file is read"));
    m_settings->setAccessibleName(tr("Reading settings"));
    m_settings->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_settings->setAccessibleDescription(
        tr("What was detected, what you chose for this file last time, or your current choice"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->setAccessibleDescription(tr("The character encoding the file is read in"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->setAccessibleDescription(tr("The character between fields"));
    m_quote->setAccessibleName(tr("Quote character"));
    m_quote->setAccessibleDescription(
        tr("The character around fields that contain delimiters or line breaks"));
    m_header->setAccessibleName(tr("Header row"));
    m_header->setAccessibleDescription(tr("The record with the column names; records above it are skipped"));
    m_header->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_header->setMinimumContentsLength(18);
    m_reset->setAccessibleName(tr("Use the detected settings"));
    m_reset->setToolTip(tr("Forget your choices for this file and read it as detected"));
    m_encodingConfidence->setAccessibleName(tr("Encoding confidence"));
    m_delimiterConfidence->setAccessibleName(tr("Delimiter confidence"));
    m_headerConfidence->setAccessibleName(tr("Header confidence"));

    for (const TextEncoding e : kEncodings)
        m_encoding->addItem(engine::encodingName(e), int(e));
    for (const char q : {'"', '\'', '\0'})
        m_quote->addItem(quoteName(q), int(q));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addLabelled = [&](const QString &text, QComboBox *combo, QLabel *confidence) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        layout->addWidget(label);
        layout->addWidget(combo);
        if (confidence)
            layout->addWidget(confidence);
        layout->addSpacing(6);
    };
    addLabelled(tr("&Settings:"), m_settings, nullptr);
    addLabelled(tr("&Encoding:"), m_encoding, m_encodingConfidence);
    addLabelled(tr("&Delimiter:"), m_delimiter, m_delimiterConfidence);
    addLabelled(tr("&Quote:"), m_quote, nullptr);
    addLabelled(tr("&Header:"), m_header, m_headerConfidence);
    layout->addWidget(m_reset);
    layout->addStretch(1);

    connect(m_document, &app::PreviewDocument::layoutChanged, this, &DialectBar::refresh);
    connect(m_settings, &QComboBox::activated, this, [this](int index) {
        switch (m_settings->itemData(index).toInt()) {
        case Detected:
            choose({});
            break;
        case Remembered:
            if (m_document->remembered())
                choose(m_document->remembered()->choice);
            break;
        default:
            break;
        }
    });
    connect(m_encoding, &QComboBox::activated, this, [this](int index) {
        CsvOpenOptions choice = m_document->choice();
        choice.encoding = TextEncoding(m_encoding->itemData(index).toInt());
        choose(choice);
    });
    connect(m_delimiter, &QComboBox::activated, this, [this](int index) {
        CsvOpenOptions choice = m_document->choice();
        choice.dialect.delimiter = char(m_delimiter->itemData(index).toInt());
        choose(choice);
    });
    connect(m_quote, &QComboBox::activated, this, [this](int index) {
        CsvOpenOptions choice = m_document->choice();
        choice.dialect.quote = char(m_quote->itemData(index).toInt());
        choose(choice);
    });
    connect(m_header, &QComboBox::activated, this, [this](int index) {
        CsvOpenOptions choice = m_document->choice();
        const qint64 record = m_header->itemData(index).toLongLong();
        if (record < 0) {
            choice.dialect.hasHeader = false;
            choice.dialect.headerRecord.reset();
        } else {
            choice.dialect.hasHeader = true;
            choice.dialect.headerRecord = record;
        }
        choose(choice);
    });
    connect(m_reset, &QPushButton::clicked, this, [this] { choose({}); });
    refresh();
}

void DialectBar::choose(const CsvOpenOptions &choice)
{
    if (m_refreshing)
        return;
    emit choiceChanged(choice);
}

void DialectBar::setConfidence(QLabel *label, double confidence, bool chosen, const QString &why)
{
    if (chosen) {
        label->setText(tr("set"));
        label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        label->setToolTip(tr("Your choice"));
        return;
    }
    const int percent = int(std::lround(confidence * 100));
    label->setText(tr("%1 %").arg(percent));
    const char *colour = confidence >= 0.8 ? "#2e7d32" : confidence >= 0.5 ? "#a15c00" : "#c62828";
    label->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(QLatin1String(colour)));
    label->setToolTip(tr("Detected with %1 % confidence. %2").arg(percent).arg(why));
}

void DialectBar::refresh()
{
    m_refreshing = true;
    const bool open = m_document->state() == app::PreviewDocument::State::Open;
    setEnabled(open);
    const engine::CsvInspection &in = m_document->inspection();
    const CsvOpenOptions &choice = m_document->choice();
    const app::PreviewLayout &layout = m_document->layout();

    // Settings: detected, remembered, or the current choice.
    m_settings->clear();
    m_settings->addItem(tr("Detected"), Detected);
    const auto &remembered = m_document->remembered();
    if (remembered) {
        const QString when =
            QLocale().toString(remembered->savedAt.toLocalTime().date(), QLocale::ShortFormat);
        m_settings->addItem(remembered->sameVersion ? tr("Remembered (%1)").arg(when)
                                                    : tr("Remembered for an earlier version (%1)").arg(when),
                            Remembered);
        m_settings->setItemData(m_settings->count() - 1, describe(remembered->choice), Qt::ToolTipRole);
    }
    const bool custom = !app::DialectMemory::isEmpty(choice);
    if (!custom) {
        m_settings->setCurrentIndex(0);
    } else if (remembered && sameChoice(choice, remembered->choice)) {
        m_settings->setCurrentIndex(1);
    } else {
        m_settings->addItem(tr("Your choice"), Custom);
        m_settings->setItemData(m_settings->count() - 1, describe(choice), Qt::ToolTipRole);
        m_settings->setCurrentIndex(m_settings->count() - 1);
    }
    m_reset->setVisible(custom);

    // Encoding.
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(in.encoding.encoding))));
    QString why;
    switch (in.encoding.source) {
    case engine::EncodingSource::Bom:
        why = tr("The file starts with a byte-order mark.");
        break;
    case engine::EncodingSource::NulPattern:
        why = tr("Every other byte is zero, as in UTF-16 text.");
        break;
    case engine::EncodingSource::ValidUtf8:
        why = tr("The start of the file is valid UTF-8.");
        break;
    case engine::EncodingSource::Detector:
        why = tr("The character-set detector says %1.").arg(in.encoding.detectorCharset);
        break;
    case engine::EncodingSource::Fallback:
        why = in.encoding.detectorCharset.isEmpty()
                  ? tr("A guess for Western European text.")
                  : tr("A guess for Western European text (the detector said %1).")
                        .arg(in.encoding.detectorCharset);
        break;
    case engine::EncodingSource::Override:
        break;
    }
    setConfidence(m_encodingConfidence, in.encoding.confidence, choice.encoding.has_value(), why);

    // Delimiter and quote.
    m_delimiter->clear();
    for (const char d : kDelimiters)
        m_delimiter->addItem(delimiterName(d), int(d));
    int at = m_delimiter->findData(int(layout.dialect.delimiter));
    if (at < 0) {
        m_delimiter->addItem(delimiterName(layout.dialect.delimiter), int(layout.dialect.delimiter));
        at = m_delimiter->count() - 1;
    }
    m_delimiter->setCurrentIndex(at);
    m_quote->setCurrentIndex(std::max(0, m_quote->findData(int(layout.dialect.quote))));
    setConfidence(m_delimiterConfidence, in.dialect.delimiterConfidence,
                  choice.dialect.delimiter.has_value() || choice.dialect.quote.has_value(),
                  tr("How consistently the rows agree on one number of fields."));

    // Header: the file's first records, to pick from.
    m_header->clear();
    m_header->addItem(tr("No header"), qint64(-1));
    for (const app::PreviewRow &row : m_document->headRows()) {
        QStringList cells = row.cells.mid(0, 6);
        for (QString &c : cells)
            c = c.simplified().left(24);
        QString text = tr("Line %1: %2").arg(QLocale().toString(row.line), cells.join(QStringLiteral(", ")));
        if (row.cells.size() > 6)
            text += QStringLiteral(", …");
        m_header->addItem(text, row.record);
        m_header->setItemData(m_header->count() - 1, row.cells.join(QStringLiteral(" | ")), Qt::ToolTipRole);
    }
    if (layout.hasHeader) {
        int h = m_header->findData(layout.headerRecord);
        if (h < 0) {
            m_header->addItem(tr("Record %1").arg(layout.headerRecord + 1), layout.headerRecord);
            h = m_header->count() - 1;
        }
        m_header->setCurrentIndex(h);
    } else {
        m_header->setCurrentIndex(0);
    }
    setConfidence(m_headerConfidence, in.dialect.headerConfidence,
                  choice.dialect.hasHeader.has_value() || choice.dialect.headerRecord.has_value(),
                  tr("How much the first row looks like column names rather than data."));
    const bool hasValues = open;
    for (QLabel *label : {m_encodingConfidence, m_delimiterConfidence, m_headerConfidence})
        label->setVisible(hasValues);
    m_refreshing = false;
}

} // namespace godwit::ui
