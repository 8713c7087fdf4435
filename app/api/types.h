// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace godwit::app {

struct Source {
    QString id;
    QString name;
    QString logoUrl;
    friend bool operator==(const Source &, const Source &) = default;
};

// One template's rows inside a company's workbook.
struct Sheet {
    QString id;
    QString name;
    QString templateId;
    friend bool operator==(const Sheet &, const Sheet &) = default;
};

// Generation A: one customer's migration, bound to a source.
struct Company {
    QString id;
    QString name;
    QString externalId; // empty when none
    QDateTime createdAt;
    QString workbookId; // empty in list answers
    QList<Sheet> sheets;
    QString magicLinkUrl;
    friend bool operator==(const Company &, const Company &) = default;
};

// Where export-to-destination writes; write-only on the server, never read back.
struct Destination {
    QUrl baseUrl;
    QJsonObject auth;
};

struct TemplateRef {
    QString slug;
    QString name;
    friend bool operator==(const TemplateRef &, const TemplateRef &) = default;
};

// Generation B: one customer's workspace managed by the agent.
struct Migration {
    QString id;
    QString name;
    QString source; // empty for a sourceless migration
    QString status; // awaiting_files, ready, awaiting_approval, completed — or a newer one, shown as is
    QString externalId;
    QDateTime createdAt;
    QList<TemplateRef> templates;
    friend bool operator==(const Migration &, const Migration &) = default;
};

// A signed URL to PUT one file's bytes to (both generations).
struct SignedUpload {
    QString name;
    QUrl url;
    QString reference; // gen A upload_ref, gen B storage_path
    QString token;     // gen B only
    QString contentType;
};

struct UploadedFile {
    QString name;
    QString storagePath;
    QString contentType;
    qint64 size = -1;
    QDateTime uploadedAt;
};

} // namespace godwit::app
