#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Certificates made at test time with the openssl CLI (run through QProcess) in a QTemporaryDir that
// lives as long as the fixture: a self-signed CA, a server certificate for 127.0.0.1 and localhost
// (subjectAltName IP and DNS) signed by that CA, and an unrelated self-signed certificate for the same
// names, made the way operators make one with `openssl req -x509`. All keys are P-256 EC keys. Each
// identity carries its PEM paths, the loaded certificate and key, and its SHA-256 fingerprint in the
// two spellings operators paste into configs.
class TlsFixture final
{
    Q_DISABLE_COPY_MOVE(TlsFixture)

public:
    struct Identity
    {
        QString certificatePath;
        QString keyPath;
        QSslCertificate certificate;
        QSslKey key;
        // The SHA-256 of the DER certificate: "ab12…" (64 lowercase hex digits) and "AB:12:…" (what
        // `openssl x509 -noout -fingerprint -sha256` prints after "sha256 Fingerprint=").
        QString sha256Hex;
        QString sha256Colons;

        // A server-side configuration presenting this certificate and key (TLS 1.2 or later, no client
        // certificates asked for), for QWebSocketServer::SecureMode or a QSslServer.
        QSslConfiguration serverConfiguration() const;
    };

    TlsFixture();
    ~TlsFixture();

    // Runs openssl into the temporary directory and loads the results. False, with errorString() set,
    // when openssl is missing or fails or a result does not load; QVERIFY2(f.generate(), qPrintable(
    // f.errorString())) then fails with the reason.
    bool generate();
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    QString directory() const { return m_dir.path(); }

    const Identity &ca() const { return m_ca; }
    // Signed by ca(); its chain is this certificate alone, so clients must trust ca() to verify it.
    const Identity &server() const { return m_server; }
    const Identity &other() const { return m_other; }

    // The default client configuration (system CAs) with ca() trusted as well.
    QSslConfiguration clientConfiguration() const;

    static QString sha256Hex(const QSslCertificate &certificate);
    static QString sha256Colons(const QSslCertificate &certificate);
    // The openssl executable on PATH, empty when there is none.
    static QString opensslProgram();

private:
    bool run(const QStringList &arguments);
    bool load(Identity &identity, const QString &name);

    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_error;
    Identity m_ca;
    Identity m_server;
    Identity m_other;
    bool m_valid = false;
};
