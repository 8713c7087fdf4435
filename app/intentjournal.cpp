// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/intentjournal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace godwit::app {

namespace {

bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

} // namespace

QJsonObject Intent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("profile"), profileId},
            {QStringLiteral("key"), idempotencyKey},
            {QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("path"), path},
            {QStringLiteral("body"), body},
            {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("note"), note}};
}

Intent Intent::fromJson(const QJsonObject &object)
{
    Intent intent;
    intent.id = object.value(QLatin1String("id")).toString();
    intent.kind = object.value(QLatin1String("kind")).toString();
    intent.profileId = object.value(QLatin1String("profile")).toString();
    intent.idempotencyKey = object.value(QLatin1String("key")).toString();
    intent.method = object.value(QLatin1String("method")).toString().toLatin1();
    intent.path = object.value(QLatin1String("path")).toString();
    intent.body = object.value(QLatin1String("body")).toObject();
    intent.createdAt =
        QDateTime::fromString(object.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    intent.note = object.value(QLatin1String("note")).toObject();
    return intent;
}

IntentJournal::IntentJournal(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{}

IntentJournal::~IntentJournal() = default;

QString IntentJournal::newKey()
{
    return QStringLiteral("gw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool IntentJournal::open(QString *error)
{
    m_pending.clear();
    m_skipped = 0;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }

    // Read: intents minus the ones marked done. A line that does not parse is skipped (the last
    // one may be torn by a crash; anything else is damage worth a warning, not a refusal).
    QFile existing(m_path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            if (error)
                *error =
                    tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), existing.errorString());
            return false;
        }
        while (!existing.atEnd()) {
            const QByteArray line = existing.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonDocument document = QJsonDocument::fromJson(line);
            const QJsonObject object = document.object();
            const QString op = object.value(QLatin1String("op")).toString();
            if (op == QLatin1String("intent")) {
                const Intent intent = Intent::fromJson(object.value(QLatin1String("intent")).toObject());
                if (!intent.id.isEmpty())
                    m_pending.append(intent);
                else
                    ++m_skipped;
            } else if (op == QLatin1String("done")) {
                const QString id = object.value(QLatin1String("id")).toString();
                m_pending.removeIf([&](const Intent &i) { return i.id == id; });
            } else {
                ++m_skipped;
            }
        }
        existing.close();
    }

    // Compact: rewrite with the pending intents only, atomically.
    QSaveFile compacted(m_path);
    if (!compacted.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), compacted.errorString());
        return false;
    }
    for (const Intent &intent : std::as_const(m_pending)) {
        const QJsonObject line{{QStringLiteral("op"), QStringLiteral("intent")},
                               {QStringLiteral("intent"), intent.toJson()}};
        compacted.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    if (!compacted.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), compacted.errorString());
        return false;
    }
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool IntentJournal::appendLine(const QJsonObject &line, QString *error)
{
    if (!m_file.isOpen()) {
        if (error)
            *error = tr("The journal is not open.");
        return false;
    }
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(bytes) != bytes.size() || !syncToDisk(m_file)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    return true;
}

bool IntentJournal::record(const Intent &intent, QString *error)
{
    Q_ASSERT(!intent.id.isEmpty());
    if (!appendLine(
            {{QStringLiteral("op"), QStringLiteral("intent")}, {QStringLiteral("intent"), intent.toJson()}},
            error))
        return false;
    m_pending.append(intent);
    return true;
}

bool IntentJournal::complete(const QString &intentId, QString *error)
{
    if (!appendLine({{QStringLiteral("op"), QStringLiteral("done")}, {QStringLiteral("id"), intentId}},
                    error))
        return false;
    m_pending.removeIf([&](const Intent &i) { return i.id == intentId; });
    return true;
}

} // namespace godwit::app
