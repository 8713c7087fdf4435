// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace godwit::app {

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

void SecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(m_insecureFallback);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError,
             j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void SecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(m_insecureFallback);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::EntryNotFound)
            done(true, QString(), QString());
        else if (j->error() != QKeychain::NoError)
            done(false, QString(), j->errorString());
        else
            done(true, readJob->textData(), QString());
    });
    job->start();
}

void SecretStore::remove(const QString &key, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(m_insecureFallback);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : j->errorString());
    });
    job->start();
}

} // namespace godwit::app
