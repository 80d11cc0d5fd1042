#include "tlsfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

// Quiet by default: every test links the kit. QT_LOGGING_RULES="feedpulse.testkit.*.debug=true" shows it.
Q_LOGGING_CATEGORY(lcTlsFixture, "feedpulse.testkit.tls", QtInfoMsg)

namespace {

constexpr int OpensslTimeoutMs = 30'000;

// Our own config, so that neither the system openssl.cnf nor its default extensions change what we
// get. other_ext is what the stock v3_ca section gives `openssl req -x509`, plus the subjectAltName.
const QByteArray OpensslConfig = R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = FeedPulse
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[other_ext]
basicConstraints = critical, CA:TRUE
subjectAltName = IP:127.0.0.1, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
)"_ba;

const QStringList NewEcKey = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                              u"-nodes"_s};
const QString ValidDays = u"7"_s;

} // namespace

QSslConfiguration TlsFixture::Identity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

TlsFixture::TlsFixture() = default;

TlsFixture::~TlsFixture() = default;

bool TlsFixture::generate()
{
    m_valid = false;
    m_error.clear();
    m_openssl = opensslProgram();
    if (m_openssl.isEmpty()) {
        m_error = u"the openssl command-line tool is not on PATH (Debian package: openssl); it makes the "
                  u"test certificates"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary directory: "_s + m_dir.errorString();
        return false;
    }
    QFile config(m_dir.filePath(u"openssl.cnf"_s));
    if (!config.open(QIODevice::WriteOnly) || config.write(OpensslConfig) < 0) {
        m_error = u"cannot write "_s + config.fileName() + u": "_s + config.errorString();
        return false;
    }
    config.close();

    const QString serial = u"0x"_s + QString::number(QRandomGenerator::global()->generate64() >> 1, 16);
    const QStringList common = {u"-config"_s, config.fileName(), u"-days"_s, ValidDays};
    const bool ok =
        run(QStringList{u"req"_s, u"-x509"_s, u"-extensions"_s, u"ca_ext"_s, u"-keyout"_s, u"ca.key"_s,
                        u"-out"_s, u"ca.pem"_s, u"-subj"_s, u"/CN=FeedPulse Test CA"_s} +
            NewEcKey + common) &&
        run(QStringList{u"req"_s, u"-new"_s, u"-config"_s, config.fileName(), u"-keyout"_s, u"server.key"_s,
                        u"-out"_s, u"server.csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s} +
            NewEcKey) &&
        run({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
             u"-set_serial"_s, serial, u"-days"_s, ValidDays, u"-sha256"_s, u"-extfile"_s, config.fileName(),
             u"-extensions"_s, u"server_ext"_s, u"-out"_s, u"server.pem"_s}) &&
        run(QStringList{u"req"_s, u"-x509"_s, u"-extensions"_s, u"other_ext"_s, u"-keyout"_s, u"other.key"_s,
                        u"-out"_s, u"other.pem"_s, u"-subj"_s,
                        u"/CN=FeedPulse unrelated test certificate"_s} +
            NewEcKey + common);
    if (!ok)
        return false;
    m_valid = load(m_ca, u"ca"_s) && load(m_server, u"server"_s) && load(m_other, u"other"_s);
    return m_valid;
}

QSslConfiguration TlsFixture::clientConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(m_ca.certificate);
    return configuration;
}

QString TlsFixture::sha256Hex(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString TlsFixture::sha256Colons(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TlsFixture::opensslProgram()
{
    return QStandardPaths::findExecutable(u"openssl"_s);
}

bool TlsFixture::run(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    qCDebug(lcTlsFixture) << "openssl" << arguments;
    process.start(m_openssl, arguments);
    const bool finished = process.waitForFinished(OpensslTimeoutMs);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (!finished)
        process.kill();
    m_error =
        u"`openssl "_s + arguments.join(u' ') + u"` failed ("_s +
        (process.error() == QProcess::UnknownError ? u"exit code "_s + QString::number(process.exitCode())
                                                   : process.errorString()) +
        u"): "_s + QString::fromLocal8Bit(process.readAll()).trimmed();
    return false;
}

bool TlsFixture::load(Identity &identity, const QString &name)
{
    identity.certificatePath = m_dir.filePath(name + u".pem"_s);
    identity.keyPath = m_dir.filePath(name + u".key"_s);
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(identity.certificatePath);
    QFile keyFile(identity.keyPath);
    if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly)) {
        m_error = u"cannot load "_s + identity.certificatePath + u" or "_s + identity.keyPath;
        return false;
    }
    identity.certificate = certificates.constFirst();
    identity.key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (identity.certificate.isNull() || identity.key.isNull()) {
        m_error = u"openssl wrote "_s + name + u".pem/.key, but Qt cannot load them"_s;
        return false;
    }
    identity.sha256Hex = sha256Hex(identity.certificate);
    identity.sha256Colons = sha256Colons(identity.certificate);
    return true;
}
