// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/discovery.h"
#include "app/api/types.h"
#include "engine/template.h"

#include <QObject>
#include <QPointer>

namespace godwit::app {

class Session;

// The connected account's sources and templates, fetched whenever the session (re)connects.
class AccountService : public QObject {
    Q_OBJECT
public:
    explicit AccountService(Session *session, QObject *parent = nullptr);

    void refresh();
    bool isLoading() const { return m_sourcesRequest || m_templatesRequest; }
    bool isLoaded() const { return m_loaded; }
    const QList<Source> &sources() const { return m_sources; }
    const QList<engine::Template> &templates() const { return m_templates; }
    QString errorString() const { return m_error; }

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);

private:
    void onFinished();
    void clear();

    Session *m_session;
    QPointer<ListSourcesRequest> m_sourcesRequest;
    QPointer<ListTemplatesRequest> m_templatesRequest;
    QList<Source> m_sources;
    QList<engine::Template> m_templates;
    QString m_error;
    QString m_profileId;
    bool m_loaded = false;
};

} // namespace godwit::app
