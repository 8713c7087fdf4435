// SPDX-License-Identifier: GPL-3.0-or-later
#include "destinationreceiver.h"

#include <QHash>
#include <QJsonDocument>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <mutex>

namespace godwit::test {

struct DestinationReceiver::State {
    mutable std::mutex mutex;
    quint16 port = 0;
    int failCount = 0;
    int failStatus = 500;
    QList<QPair<QByteArray, int>> rejects;
    QStringList hollowValues;
    QByteArray authorization;
    int delayMs = 0;
    QList<Record> records;
    QHash<QByteArray, int> byKey; // idempotency key -> index in records
    QList<Request> requests;

    // One complete request -> the answer's status and body.
    QPair<int, QByteArray> answer(Request &request)
    {
        std::lock_guard lock(mutex);
        if (!authorization.isEmpty() && request.authorization != authorization)
            return {401, R"({"message":"bad credentials"})"};
        const QByteArray base = "/crm/";
        if (!request.path.startsWith(base))
            return {404, R"({"message":"not found"})"};
        const QList<QByteArray> parts = request.path.mid(base.size()).split('/');
        if (request.method == "POST" && parts.size() == 1) {
            if (failCount > 0) {
                --failCount;
                return {failStatus, R"({"message":"temporarily unavailable"})"};
            }
            for (const auto &reject : rejects) {
                if (request.body.contains(reject.first))
                    return {reject.second, R"({"message":"duplicate record"})"};
            }
            if (!request.idempotencyKey.isEmpty() && byKey.contains(request.idempotencyKey)) {
                const Record &existing = records.at(byKey.value(request.idempotencyKey));
                return {200, QJsonDocument(QJsonObject{{QLatin1String("id"), existing.id}}).toJson()};
            }
            Record record;
            record.path = QString::fromUtf8(request.path);
            record.id = QString::number(records.size() + 1);
            record.body = QJsonDocument::fromJson(request.body).object();
            record.idempotencyKey = request.idempotencyKey;
            if (!request.idempotencyKey.isEmpty())
                byKey.insert(request.idempotencyKey, int(records.size()));
            records.append(record);
            return {201, QJsonDocument(QJsonObject{{QLatin1String("id"), record.id}}).toJson()};
        }
        if (request.method == "GET" && parts.size() == 2) {
            for (const Record &record : std::as_const(records)) {
                if (record.id.toUtf8() != parts.at(1) || record.path.toUtf8() != base + parts.at(0))
                    continue;
                QJsonObject body = record.body;
                for (auto it = body.begin(); it != body.end();) {
                    if (hollowValues.contains(it.value().toString()))
                        it = body.erase(it);
                    else
                        ++it;
                }
                body.insert(QLatin1String("id"), record.id);
                return {200, QJsonDocument(body).toJson()};
            }
            return {404, R"({"message":"no such record"})"};
        }
        return {405, R"({"message":"method not allowed"})"};
    }
};

namespace {

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

class DestinationReceiver::Thread : public QThread {
public:
    explicit Thread(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}
    QSemaphore ready;

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        {
            std::lock_guard lock(m_state->mutex);
            m_state->port = server.serverPort();
        }
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    serve(socket, buffer.get());
                });
            }
        });
        ready.release();
        exec();
    }

private:
    void serve(QTcpSocket *socket, QByteArray *buffer)
    {
        for (;;) {
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
            Request request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            qsizetype length = 0;
            bool close = false;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                if (name == "content-length")
                    length = value.toLongLong();
                else if (name == "content-type")
                    request.contentType = value;
                else if (name == "authorization")
                    request.authorization = value;
                else if (name == "idempotency-key")
                    request.idempotencyKey = value;
                else if (name == "connection" && value.toLower() == "close")
                    close = true;
            }
            if (buffer->size() < headEnd + 4 + length)
                return;
            request.body = buffer->mid(headEnd + 4, length);
            buffer->remove(0, headEnd + 4 + length);
            int delay = 0;
            {
                std::lock_guard lock(m_state->mutex);
                delay = m_state->delayMs;
            }
            if (delay > 0)
                QThread::msleep(ulong(delay));
            const auto [status, body] = m_state->answer(request);
            request.status = status;
            {
                std::lock_guard lock(m_state->mutex);
                m_state->requests.append(request);
            }
            socket->write(
                "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonOf(status) +
                "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                (close ? "\r\nConnection: close" : "") + "\r\n\r\n" + body);
            socket->flush();
            if (close) {
                socket->disconnectFromHost();
                return;
            }
        }
    }

    std::shared_ptr<State> m_state;
};

DestinationReceiver::DestinationReceiver()
    : m_state(std::make_shared<State>())
    , m_thread(std::make_unique<Thread>(m_state))
{
    m_thread->start();
    m_thread->ready.acquire();
}

DestinationReceiver::~DestinationReceiver()
{
    m_thread->quit();
    m_thread->wait();
}

QUrl DestinationReceiver::baseUrl() const
{
    std::lock_guard lock(m_state->mutex);
    return QUrl(QStringLiteral("http://127.0.0.1:%1/crm").arg(m_state->port));
}

void DestinationReceiver::failNextPosts(int count, int status)
{
    std::lock_guard lock(m_state->mutex);
    m_state->failCount = count;
    m_state->failStatus = status;
}

void DestinationReceiver::rejectRowsContaining(const QByteArray &text, int status)
{
    std::lock_guard lock(m_state->mutex);
    m_state->rejects.append({text, status});
}

void DestinationReceiver::hollowOnReadBack(const QString &value)
{
    std::lock_guard lock(m_state->mutex);
    m_state->hollowValues.append(value);
}

void DestinationReceiver::requireAuthorization(const QByteArray &value)
{
    std::lock_guard lock(m_state->mutex);
    m_state->authorization = value;
}

void DestinationReceiver::setDelayMs(int ms)
{
    std::lock_guard lock(m_state->mutex);
    m_state->delayMs = ms;
}

QList<DestinationReceiver::Record> DestinationReceiver::records() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->records;
}

QList<DestinationReceiver::Request> DestinationReceiver::requests() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->requests;
}

int DestinationReceiver::postCount() const
{
    std::lock_guard lock(m_state->mutex);
    return int(std::count_if(m_state->requests.cbegin(), m_state->requests.cend(),
                             [](const Request &r) { return r.method == "POST"; }));
}

QList<QByteArray> DestinationReceiver::repeatedKeys() const
{
    std::lock_guard lock(m_state->mutex);
    QHash<QByteArray, int> seen;
    for (const Request &r : std::as_const(m_state->requests)) {
        if (r.method == "POST" && !r.idempotencyKey.isEmpty() && r.status >= 200 && r.status < 300)
            ++seen[r.idempotencyKey];
    }
    QList<QByteArray> repeated;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() > 1)
            repeated.append(it.key());
    }
    return repeated;
}

} // namespace godwit::test
