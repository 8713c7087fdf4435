// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/database.h"

#include <QSqlError>

#include <atomic>

namespace godwit::server {

namespace {

std::atomic<quint64> nextDatabaseId{1};
std::atomic<quint64> nextThreadSerial{1};

// Thread ids get reused once a thread ends; a serial never does, so a connection name is never inherited.
quint64 threadSerial()
{
    thread_local const quint64 serial = nextThreadSerial++;
    return serial;
}

} // namespace

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw DatabaseError("cannot prepare \"" + sql.toStdString() +
                            "\": " + query.lastError().text().toStdString());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw DatabaseError("\"" + sql.toStdString() +
                            "\" failed: " + query.lastError().text().toStdString());
    return query;
}

Database::Database(const QString &filePath)
    : m_filePath(filePath)
    , m_id(nextDatabaseId++)
{}

Database::~Database()
{
    closeAll();
}

QSqlDatabase Database::connection()
{
    const QString name = QStringLiteral("godwit-db%1-thread%2").arg(m_id).arg(threadSerial());
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        std::lock_guard lock(m_mutex);
        m_connectionNames.append(name);
    }
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        throw DatabaseError("cannot open " + m_filePath.toStdString() + ": " +
                            db.lastError().text().toStdString());
    QSqlQuery journal = exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!journal.next() ||
        journal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw DatabaseError("cannot switch " + m_filePath.toStdString() + " to WAL mode");
    exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    return db;
}

QStringList Database::connectionNames() const
{
    std::lock_guard lock(m_mutex);
    return m_connectionNames;
}

void Database::closeAll()
{
    QStringList names;
    {
        std::lock_guard lock(m_mutex);
        names.swap(m_connectionNames);
    }
    // removeDatabase() drops the last reference, which closes the SQLite handle (checkpointing the WAL when
    // it is the last connection to the file).
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

} // namespace godwit::server
