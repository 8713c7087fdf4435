// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fake third-party destination for export tests (a CRM the server writes rows to), served by the test
// itself on 127.0.0.1 from a thread of its own, so it answers while the test blocks. Qt only.
//
//   POST <base>/<slug>        stores the JSON body as a record: 201 {"id": "<n>"}. A repeated
//                             Idempotency-Key gets the record it already made (200), nothing new.
//   GET  <base>/<slug>/<id>   200 with the record (minus any field dropped for it), 404 when unknown.
//
// Failures on demand: the next N POSTs answer a status (500: retried by the server), rows whose body
// contains a text answer 422, a record whose body contains a text loses that value's field on read-back
// (a "hollow write"), a required Authorization value (401 otherwise), a delay per request.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

namespace godwit::test {

class DestinationReceiver {
public:
    DestinationReceiver(); // listening when constructed
    ~DestinationReceiver();
    DestinationReceiver(const DestinationReceiver &) = delete;
    DestinationReceiver &operator=(const DestinationReceiver &) = delete;

    QUrl baseUrl() const; // http://127.0.0.1:<port>/crm

    struct Record {
        QString path; // "/crm/contacts"
        QString id;
        QJsonObject body;
        QByteArray idempotencyKey;
    };
    struct Request {
        QByteArray method;
        QByteArray path;
        QByteArray contentType;
        QByteArray authorization;
        QByteArray idempotencyKey;
        QByteArray body;
        int status = 0; // what it was answered
    };

    void failNextPosts(int count, int status);
    void rejectRowsContaining(const QByteArray &text, int status = 422);
    void hollowOnReadBack(const QString &value); // the field holding this value is missing on read-back
    void requireAuthorization(const QByteArray &value);
    void setDelayMs(int ms);

    QList<Record> records() const;
    QList<Request> requests() const;
    int postCount() const;
    // Idempotency keys POSTed more than once.
    QList<QByteArray> repeatedKeys() const;

private:
    struct State;
    class Thread;
    std::shared_ptr<State> m_state;
    std::unique_ptr<Thread> m_thread;
};

} // namespace godwit::test
