// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/imports.h"
#include "app/inlinerows.h"
#include "app/uploadservice.h"

#include <QFrame>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QMimeData;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace godwit::ui {

// One file in the panel: an upload (progress, speed, time left, cancel) or a small file read
// into inline rows (row count, remove).
class FileRow : public QFrame {
    Q_OBJECT
public:
    explicit FileRow(QWidget *parent = nullptr);

    QLabel *nameLabel() const { return m_name; }
    QLabel *detailLabel() const { return m_detail; }
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }
    app::UploadJob *job() const { return m_job; }

    void bind(app::UploadJob *job);
    void showInline(const QString &fileName, const QString &detail, bool busy);
    // A line after the state ("sent with import run …").
    void setNote(const QString &note);

    static QString describe(const app::UploadJob &job); // "12 MB of 40 MB · 5.2 MB/s · 6 s left"

signals:
    void cancelRequested();

private:
    void update();
    void setProgressValue(int value);

    QPointer<app::UploadJob> m_job;
    QString m_note;
    QLabel *m_name;
    QLabel *m_detail;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

// The files of one company or migration: add them (drop, or a file dialog), watch them go
// up, two at a time. For a company, small CSV files can be read into inline rows instead.
// What is ready for an import (uploaded references, inline rows) is kept per target.
class UploadPanel : public QFrame {
    Q_OBJECT
public:
    UploadPanel(app::UploadService *uploads, bool offerInlineRows, QWidget *parent = nullptr);

    void setTarget(const app::UploadTarget &target);
    const app::UploadTarget &target() const { return m_target; }

    // Queues files (folders are skipped with a note). With inline rows on, small CSV files are
    // read with the engine, off the UI thread, instead.
    void addFiles(const QStringList &paths);
    void chooseFiles();

    QCheckBox *inlineToggle() const { return m_inline; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *clearButton() const { return m_clear; }
    QLabel *noteLabel() const { return m_note; }
    QList<FileRow *> rows() const;
    void setDropHighlight(bool on);

    // Uploaded and not yet part of an import.
    QList<app::ImportFile> readyFiles() const;
    // Inline rows read and not yet part of an import (every file's rows, in order).
    QJsonArray readyRows() const;
    bool hasReadyRows() const;
    // Uploads queued or running, or files being read.
    bool isBusy() const;
    // After an import started: what was ready is now part of run `runId`.
    void markImported(bool rows, const QString &runId);

    // Local files in a drag (empty when none): what a view's drag and drop handlers accept.
    static QStringList localFiles(const QMimeData *mime);

signals:
    // What readyFiles() / readyRows() / isBusy() report changed.
    void readyChanged();

private:
    struct InlineItem {
        int id = 0;
        QString path;
        QString fileName;
        bool reading = true;
        bool imported = false;
        QString runId;
        QJsonArray rows;
        QString note;
    };

    void rebuildRows();
    void addJobRow(app::UploadJob *job);
    void addInlineRow(const InlineItem &item);
    void readInline(const QString &path);
    void onInlineRead(const QString &targetId, int id, const app::InlineRows &result);
    void updateButtons();
    void updatePlaceholder();

    app::UploadService *m_uploads;
    bool m_offerInline;
    app::UploadTarget m_target;
    QHash<QString, QList<InlineItem>> m_inlineItems; // by target id
    QHash<app::UploadJob *, QString> m_imported;     // job -> the import run it went to
    int m_nextInlineId = 1;
    QCheckBox *m_inline;
    QPushButton *m_add;
    QPushButton *m_clear;
    QLabel *m_hint;
    QLabel *m_note;
    QLabel *m_placeholder;
    QWidget *m_rowsBox;
    QVBoxLayout *m_rowsLayout;
    QHash<int, FileRow *> m_inlineRows; // inline item id -> row (current target)
};

} // namespace godwit::ui
