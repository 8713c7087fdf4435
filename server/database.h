// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <mutex>
#include <stdexcept>

namespace godwit::server {

class DatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The SQLite database of one data directory. QSqlDatabase connections belong to the thread that opened
// them, and httplib serves on a thread pool: connection() opens one named connection per (Database,
// thread) on first use. closeAll() (also run by the destructor) must run after those threads are gone.
class Database {
public:
    explicit Database(const QString &filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &filePath() const { return m_filePath; }

    // The calling thread's connection, opened with WAL, foreign keys and a busy timeout.
    // Throws DatabaseError when the file cannot be opened.
    QSqlDatabase connection();
    QStringList connectionNames() const;
    void closeAll();

private:
    QString m_filePath;
    quint64 m_id;
    mutable std::mutex m_mutex;
    QStringList m_connectionNames;
};

// Prepares and runs one statement with positional bound values; throws DatabaseError on failure.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// BEGIN IMMEDIATE ... COMMIT, rolled back when the body throws. IMMEDIATE takes the write lock at once, so
// two processes (the server and `godwit-server keys`) never both decide based on the same stale read.
template <typename Body> auto inTransaction(const QSqlDatabase &db, Body &&body)
{
    exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    try {
        if constexpr (std::is_void_v<decltype(body())>) {
            body();
            exec(db, QStringLiteral("COMMIT"));
        } else {
            auto result = body();
            exec(db, QStringLiteral("COMMIT"));
            return result;
        }
    } catch (...) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

} // namespace godwit::server
