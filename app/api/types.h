// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace godwit::app {

struct Source {
    QString id;
    QString name;
    QString logoUrl;
    friend bool operator==(const Source &, const Source &) = default;
};

} // namespace godwit::app
