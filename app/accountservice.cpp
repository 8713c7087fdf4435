// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accountservice.h"

#include "app/api/discovery.h"
#include "app/session.h"

namespace godwit::app {

AccountService::AccountService(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &Session::connected, this, &AccountService::refresh);
    connect(session, &Session::stateChanged, this, [this](Session::State state) {
        // A new activation starts from nothing: never show one server's data under another.
        if (state == Session::State::StartingServer ||
            (state == Session::State::Connecting && m_session->profile().id != m_profileId))
            clear();
    });
}

void AccountService::clear()
{
    if (m_sourcesRequest)
        m_sourcesRequest->abort();
    if (m_templatesRequest)
        m_templatesRequest->abort();
    const bool hadData = m_loaded;
    m_sources.clear();
    m_templates.clear();
    m_loaded = false;
    m_error.clear();
    if (hadData)
        emit loaded();
}

void AccountService::refresh()
{
    if (isLoading())
        return;
    m_profileId = m_session->profile().id;
    m_error.clear();
    m_sourcesRequest = new ListSourcesRequest(this);
    m_templatesRequest = new ListTemplatesRequest(this);
    connect(m_sourcesRequest, &ApiRequest::finished, this, &AccountService::onFinished);
    connect(m_templatesRequest, &ApiRequest::finished, this, &AccountService::onFinished);
    emit loadingChanged(true);
    m_sourcesRequest->start(m_session->connection());
    m_templatesRequest->start(m_session->connection());
}

void AccountService::onFinished()
{
    if ((m_sourcesRequest && m_sourcesRequest->isRunning()) ||
        (m_templatesRequest && m_templatesRequest->isRunning()))
        return;
    ListSourcesRequest *sources = m_sourcesRequest;
    ListTemplatesRequest *templates = m_templatesRequest;
    m_sourcesRequest = nullptr;
    m_templatesRequest = nullptr;
    sources->deleteLater();
    templates->deleteLater();
    emit loadingChanged(false);

    const ApiResult &failed = !sources->result().ok() ? sources->result() : templates->result();
    if (!sources->result().ok() || !templates->result().ok()) {
        if (failed.status == ApiStatus::Canceled)
            return;
        m_error = failed.message;
        emit loadFailed(m_error);
        return;
    }
    m_sources = sources->sources();
    m_templates = templates->templates();
    m_loaded = true;
    emit loaded();
}

} // namespace godwit::app
