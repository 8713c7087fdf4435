// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::ui {

// One sample value of a question and what the suggested fix makes of it.
struct SampleChange {
    QString before;
    QString after;
    bool changed = false; // false: the fix leaves it as it is (it stays flagged)
};

struct QuestionOption {
    QString id;
    QString label;
};

// A question of a paused run, read from either shape: needs_attention's `Question` (snake_case,
// API §3.2.4) or blocked's `BlockedQuestion` (camelCase `question`/`allowCustom`, §3.2.6).
struct ReviewQuestion {
    QString id;
    QString prompt;
    QString context;
    QString sheetId;
    QString column;
    QString error;        // the failed validation rule
    qint64 affected = -1; // -1: not given
    QStringList samples;
    QStringList relevantColumns;
    QList<QuestionOption> options;
    bool allowCustom = false;
    QJsonArray actions;          // this question's part of the proposed patch (same sheet and column)
    QList<SampleChange> changes; // samples before → after the proposed patch
};

// What a paused run asks, read from its poll body.
struct ReviewRequest {
    QString status; // needs_attention, blocked, or anything else (nothing to review)
    QList<ReviewQuestion> questions;
    QJsonObject proposedPatch;
    QString patchSummary;
    int planVersion = 0;
    qint64 flaggedRows = -1; // report.invalidCellCount

    bool isDecision() const { return status == QLatin1String("needs_attention"); }
    bool isBlocked() const { return status == QLatin1String("blocked"); }
};

class ReviewText {
    Q_DECLARE_TR_FUNCTIONS(godwit::ui::ReviewText)
public:
    static ReviewRequest fromRun(const QJsonObject &run);
    // What `actions` make of one flagged value: {after, changed}.
    static SampleChange apply(const QString &before, const QJsonArray &actions);
    // One short line per action: "Set to “n/a”", "Drop the flagged rows", …
    static QString describe(const QJsonObject &action);
};

} // namespace godwit::ui
