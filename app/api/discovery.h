// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apirequest.h"
#include "app/api/types.h"
#include "engine/template.h"

namespace godwit::app {

// GET /sources
class ListSourcesRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit ListSourcesRequest(QObject *parent = nullptr);
    const QList<Source> &sources() const { return m_sources; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QList<Source> m_sources;
};

// GET /templates
class ListTemplatesRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit ListTemplatesRequest(QObject *parent = nullptr);
    const QList<engine::Template> &templates() const { return m_templates; }
    const QStringList &warnings() const { return m_warnings; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QList<engine::Template> m_templates;
    QStringList m_warnings;
};

} // namespace godwit::app
