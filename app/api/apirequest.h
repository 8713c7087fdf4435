// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apiresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace godwit::app {

class ApiConnection;

// The base of every endpoint class: one HTTP call, one finished() with an ApiResult.
// Subclasses set method/path/body in their constructor and read their typed result in parseBody().
class ApiRequest : public QObject {
    Q_OBJECT
public:
    ~ApiRequest() override;

    void start(ApiConnection *connection);
    void abort();
    bool isRunning() const { return m_reply != nullptr; }

    const ApiResult &result() const { return m_result; }
    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }

signals:
    void finished();

protected:
    ApiRequest(QByteArray method, QString path, QObject *parent = nullptr);
    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setJsonBody(const QJsonObject &body);
    void setRawBody(const QByteArray &body, const QByteArray &contentType);

    // Reads the endpoint's typed result from a 2xx JSON body. Returns an error text when the
    // body lacks what the endpoint promises (the request then ends InvalidResponse).
    virtual QString parseBody(const QJsonObject &body);

private:
    void onReplyFinished();

    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QByteArray m_contentType;
    QPointer<QNetworkReply> m_reply;
    ApiResult m_result;
    bool m_aborted = false;
};

} // namespace godwit::app
