// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace godwit::app {

// A create the console is about to send: written down, durably, before the request leaves,
// so that after a crash or a lost answer the console sends the same request again with the
// same idempotency key (or external_id) and gets the same object back — never a second one.
struct Intent {
    QString id;             // this intent's own id
    QString kind;           // "company", "migration", "import", "export", "decision", ...
    QString profileId;      // the connection profile it was sent through
    QString idempotencyKey; // the idempotency_key or external_id the request carries
    QByteArray method;
    QString path;
    QJsonObject body;
    QDateTime createdAt;
    // What the console needs to finish the intent that is not part of the request, e.g.
    // {"connections_withheld": true}: secrets are never written to the journal.
    QJsonObject note;

    QJsonObject toJson() const;
    static Intent fromJson(const QJsonObject &object);
    friend bool operator==(const Intent &, const Intent &) = default;
};

// An append-only JSON Lines file: one "intent" line when a create is about to be sent, one
// "done" line when its answer has been read. Every line is flushed to disk (fsync) before
// record()/complete() return. On open, a torn last line (a crash mid-write) is ignored and the
// file is compacted to the intents still pending.
class IntentJournal {
    Q_DECLARE_TR_FUNCTIONS(godwit::app::IntentJournal)
public:
    explicit IntentJournal(QString path);
    ~IntentJournal();

    // Reads what is there and compacts it. False (with `error`) when the file cannot be used.
    bool open(QString *error = nullptr);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_path; }

    bool record(const Intent &intent, QString *error = nullptr);
    bool complete(const QString &intentId, QString *error = nullptr);

    // Recorded and not completed, oldest first: what to send again at start.
    QList<Intent> pending() const { return m_pending; }
    // Lines that could not be read at open (a torn last line, or damage), for a warning.
    int skippedLines() const { return m_skipped; }

    static QString newKey(); // "gw-" + a random UUID

private:
    bool appendLine(const QJsonObject &line, QString *error);

    QString m_path;
    QFile m_file;
    QList<Intent> m_pending;
    int m_skipped = 0;
};

} // namespace godwit::app
