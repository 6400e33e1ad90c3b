#include "core/vault/KeyStore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace cv::core {

namespace {

class KeyStoreText
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)
public:
    static QString unavailable(const QString& detail)
    {
        return tr("The system keychain cannot be reached (%1). A vault protected by a passphrase "
                  "can still be opened and created.")
            .arg(detail);
    }
    static QString timedOut() { return tr("the keychain did not answer in time"); }
    static QString notFound(const QString& account)
    {
        return tr("The system keychain holds no key for this vault (%1).").arg(account);
    }
};

// Runs a QtKeychain job to completion. Returns false on time-out; the job
// then deletes itself when (if ever) it finishes.
bool runJob(QKeychain::Job& job, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

Error errorFrom(const QKeychain::Job& job, const QString& account)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error{ErrorCode::KeyNotFound, KeyStoreText::notFound(account), {}};
    return Error{ErrorCode::KeychainUnavailable, KeyStoreText::unavailable(job.errorString()), {}};
}

template<typename JobT> JobT* makeJob(const QString& account)
{
    // Parented to nothing and auto-deleting: a job that outlives our wait
    // (time-out) cleans up after itself instead of dangling.
    auto* job = new JobT(SystemKeyStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // fail closed: never a plaintext file
    job->setKey(account);
    return job;
}

} // namespace

SystemKeyStore::SystemKeyStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{}

QString SystemKeyStore::serviceName()
{
    return QStringLiteral("CoachVault");
}

Result<SecretBytes> SystemKeyStore::readKey(const QString& account)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(account);
    job->setAutoDelete(false);
    if (!runJob(*job, m_timeout)) {
        job->setAutoDelete(true);
        return fail(ErrorCode::KeychainUnavailable,
                    KeyStoreText::unavailable(KeyStoreText::timedOut()));
    }
    std::unique_ptr<QKeychain::ReadPasswordJob> owned(job);
    if (job->error() != QKeychain::NoError)
        return std::unexpected(errorFrom(*job, account));
    QByteArray data = job->binaryData();
    return SecretBytes::takeBytes(data);
}

Result<void> SystemKeyStore::writeKey(const QString& account, const SecretBytes& key)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(account);
    job->setAutoDelete(false);
    QByteArray copy = key.exposeCopy();
    job->setBinaryData(copy);
    wipe(copy);
    if (!runJob(*job, m_timeout)) {
        job->setAutoDelete(true);
        return fail(ErrorCode::KeychainUnavailable,
                    KeyStoreText::unavailable(KeyStoreText::timedOut()));
    }
    std::unique_ptr<QKeychain::WritePasswordJob> owned(job);
    if (job->error() != QKeychain::NoError)
        return std::unexpected(errorFrom(*job, account));
    return {};
}

Result<void> SystemKeyStore::removeKey(const QString& account)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(account);
    job->setAutoDelete(false);
    if (!runJob(*job, m_timeout)) {
        job->setAutoDelete(true);
        return fail(ErrorCode::KeychainUnavailable,
                    KeyStoreText::unavailable(KeyStoreText::timedOut()));
    }
    std::unique_ptr<QKeychain::DeletePasswordJob> owned(job);
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return std::unexpected(errorFrom(*job, account));
    return {};
}

} // namespace cv::core
