// Secrets stay out of sight. A token is set through ${FP_TOKEN} (Authorization header, on_open auth
// message, URL query) and others are written literally (token-like query parameters, the user info,
// an X-Api-Key header). A session runs twice, as the real `feedpulse --headless` binary and as the
// window in this process: traffic, the server going away and coming back, a server close whose reason
// quotes the tokens, a mirror server whose refusals quote the request URL, and an endpoint whose URL
// no longer parses once ${FP_HOST} is expanded. Every output (events, logging categories, /metrics
// and /healthz, every model role, the log exports and recording, the message details, the widgets,
// the notices) is then searched for every spelling of every secret, one row per output and secret.
// The servers must have received the real values, so that nothing passes by sending nothing.

#include "connection.h"
#include "connectionmanager.h"
#include "endpointtablemodel.h"
#include "eventrecorder.h"
#include "logexporter.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "messagedetailsview.h"
#include "metrics.h"
#include "notifier.h"
#include "testhttp.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUrlQuery>

#include <csignal>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString TokenVariable = u"FP_TOKEN"_s;
// The "badhost" endpoint: a host that makes the expanded URL invalid (a space), although the config
// checks out, and a token of its own.
const QString HostVariable = u"FP_HOST"_s;
const QString BadHost = u"bad host"_s;
const QString BadTokenVariable = u"FP_BAD_TOKEN"_s;
const QString UserName = u"feeduser"_s;

// Distinct values, so that a finding names its source. The ${FP_TOKEN} value carries characters that
// URL encoding changes. The core is a distinctive part that also catches truncated or re-encoded
// copies.
struct Secret
{
    QString name; // where it is set
    QString value;
    QString core;
};

// feed and mirror
const Secret EnvToken{u"${FP_TOKEN}"_s, u"tkA-9f41c7e2+x/Q="_s, u"9f41c7e2"_s};
const Secret AccessToken{u"access_token & X-Api-Key"_s, u"ltB-5e1d0a9c77b3"_s, u"5e1d0a9c77b3"_s};
const Secret WsToken{u"wsToken"_s, u"ltC-83b6f2d4a10e"_s, u"83b6f2d4a10e"_s};
const Secret KeyParam{u"key"_s, u"ltD-c0ffee5129ab"_s, u"c0ffee5129ab"_s};
const Secret PasswordParam{u"password"_s, u"ltE-7a61d9e3f805"_s, u"7a61d9e3f805"_s};
const Secret UserInfo{u"user info"_s, u"ltF-2b94e7c1d06a"_s, u"2b94e7c1d06a"_s};
// badhost
const Secret BadEnvToken{u"badhost ${FP_BAD_TOKEN}"_s, u"tkG-e5a7c3019b4d"_s, u"e5a7c3019b4d"_s};
const Secret BadAccessToken{u"badhost access_token"_s, u"ltH-46d8b2f0e971"_s, u"46d8b2f0e971"_s};
const Secret BadUserInfo{u"badhost user info"_s, u"ltI-9c3e5a17d2f6"_s, u"9c3e5a17d2f6"_s};

QList<Secret> allSecrets()
{
    return {EnvToken, AccessToken, WsToken,        KeyParam,   PasswordParam,
            UserInfo, BadEnvToken, BadAccessToken, BadUserInfo};
}

// The secrets that come from the environment: a window that shows the config as written may show
// the literal ones, never these.
bool fromEnvironment(const Secret &secret)
{
    return secret.value == EnvToken.value || secret.value == BadEnvToken.value;
}

// The spellings a secret may take on its way out: as is, URL-encoded, base64 (alone, and as Basic
// credentials for the user info) and the distinctive core.
QList<std::pair<QString, QString>> spellings(const Secret &secret)
{
    const QByteArray utf8 = secret.value.toUtf8();
    QList<std::pair<QString, QString>> result{{u"raw"_s, secret.value}};
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret.value));
    if (encoded != secret.value)
        result.append({u"URL-encoded"_s, encoded});
    result.append({u"base64"_s, QString::fromLatin1(utf8.toBase64(QByteArray::OmitTrailingEquals))});
    result.append({u"base64url"_s, QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding |
                                                                     QByteArray::OmitTrailingEquals))});
    if (secret.value == UserInfo.value || secret.value == BadUserInfo.value) {
        const QByteArray basic = (UserName + u':' + secret.value).toUtf8().toBase64();
        result.append({u"Basic credentials"_s, QString::fromLatin1(basic)});
    }
    result.append({u"core"_s, secret.core});
    return result;
}

// Every occurrence of any spelling of the secret: "spelling at offset: …context…".
QStringList findings(const QString &text, const Secret &secret)
{
    QStringList found;
    for (const auto &[spelling, needle] : spellings(secret)) {
        for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            const qsizetype from = std::max<qsizetype>(0, at - 80);
            QString context = text.mid(from, at - from + needle.size() + 80);
            context.replace(u'\n', u"\\n"_s);
            found << u"%1 at %2: …%3…"_s.arg(spelling).arg(at).arg(context);
            if (found.size() >= 5)
                return found;
        }
    }
    return found;
}

// --- the peers -----------------------------------------------------------------------------------

// Refuses every WebSocket upgrade with a status line that quotes the request target, as some
// proxies do ("502 Bad gateway for /path?query"): an error text that repeats it carries the URL.
class MirrorServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorServer)

public:
    explicit MirrorServer(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &MirrorServer::onNewConnection);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    // The request heads received, whole.
    QList<QByteArray> requests;

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                QByteArray &head = m_heads[socket];
                head += socket->readAll();
                if (!head.contains("\r\n\r\n"))
                    return;
                requests << head;
                const QByteArray target = head.left(head.indexOf("\r\n")).split(' ').value(1);
                m_heads.remove(socket);
                socket->write("HTTP/1.1 502 Bad gateway for " + target +
                              "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_heads;
};

// The query every URL carries: the ${FP_TOKEN} reference and the literal tokens.
QString secretQuery()
{
    return u"token=${%1}&access_token=%2&wsToken=%3&key=%4&password=%5&v=2"_s.arg(
        TokenVariable, AccessToken.value, WsToken.value, KeyParam.value, PasswordParam.value);
}

// "feed" on the test server (text heartbeats, an auth message on open, quick retries), "mirror" on
// the mirror server and "badhost", whose URL turns invalid once expanded; all with every secret.
QByteArray configJson(quint16 feedPort, quint16 mirrorPort)
{
    const QJsonObject headers{{u"Authorization"_s, u"Bearer ${%1}"_s.arg(TokenVariable)},
                              {u"X-Api-Key"_s, AccessToken.value}};
    const QJsonObject feed{
        {u"name"_s, u"feed"_s},
        {u"urls"_s, QJsonArray{u"ws://%1:%2@127.0.0.1:%3/feed?client=feed&%4"_s.arg(
                        UserName, UserInfo.value, QString::number(feedPort), secretQuery())}},
        {u"headers"_s, headers},
        {u"heartbeat"_s,
         QJsonObject{{u"mode"_s, u"text"_s}, {u"interval_ms"_s, 100}, {u"timeout_ms"_s, 1000}}},
        {u"reconnect"_s,
         QJsonObject{
             {u"initial_ms"_s, 50}, {u"max_ms"_s, 200}, {u"jitter"_s, u"none"_s}, {u"stable_ms"_s, 0}}},
        {u"on_open"_s, QJsonArray{u"{\"op\":\"auth\",\"token\":\"${%1}\"}"_s.arg(TokenVariable)}},
    };
    const QJsonObject mirror{
        {u"name"_s, u"mirror"_s},
        {u"urls"_s, QJsonArray{u"ws://%1:%2@127.0.0.1:%3/mirror?%4"_s.arg(
                        UserName, UserInfo.value, QString::number(mirrorPort), secretQuery())}},
        {u"headers"_s, headers},
        {u"reconnect"_s, QJsonObject{{u"initial_ms"_s, 100}, {u"max_ms"_s, 400}, {u"jitter"_s, u"none"_s}}},
    };
    const QJsonObject badHost{
        {u"name"_s, u"badhost"_s},
        {u"urls"_s, QJsonArray{u"ws://%1:%2@${%3}/feed?token=${%4}&access_token=%5"_s.arg(
                        UserName, BadUserInfo.value, HostVariable, BadTokenVariable, BadAccessToken.value)}},
    };
    return QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"endpoints"_s, QJsonArray{feed, mirror, badHost}}})
        .toJson();
}

QString writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The reason the test server closes with: what a server says when it rejects credentials.
QString rejectionReason()
{
    return u"rejected %1 %2 %3 %4 %5"_s.arg(EnvToken.value, AccessToken.value, WsToken.value, KeyParam.value,
                                            PasswordParam.value);
}

using EventCount = std::function<int(const QString &endpoint, const QString &type)>;

// One session: open with the real secrets, traffic, a server close quoting them, the server going
// away and coming back, and refused upgrades at the mirror. Also checks that the servers received
// every real value. Callers check QTest::currentTestFailed() afterwards.
void driveSession(TestServer &server, MirrorServer &mirror, const EventCount &count)
{
    QTRY_COMPARE_WITH_TIMEOUT(count(u"feed"_s, u"open"_s), 1, 10'000);
    const QString auth = u"{\"op\":\"auth\",\"token\":\"%1\"}"_s.arg(EnvToken.value);
    QTRY_VERIFY(server.received(u"feed"_s).contains(auth));
    const QNetworkRequest request = server.lastRequest(u"feed"_s);
    QCOMPARE(request.rawHeader("Authorization"), "Bearer " + EnvToken.value.toUtf8());
    QCOMPARE(request.rawHeader("X-Api-Key"), AccessToken.value.toUtf8());
    const QUrlQuery query(request.url());
    QCOMPARE(query.queryItemValue(u"token"_s, QUrl::FullyDecoded), EnvToken.value);
    QCOMPARE(query.queryItemValue(u"access_token"_s, QUrl::FullyDecoded), AccessToken.value);
    QCOMPARE(query.queryItemValue(u"wsToken"_s, QUrl::FullyDecoded), WsToken.value);
    QCOMPARE(query.queryItemValue(u"key"_s, QUrl::FullyDecoded), KeyParam.value);
    QCOMPARE(query.queryItemValue(u"password"_s, QUrl::FullyDecoded), PasswordParam.value);
    QTRY_VERIFY(count(u"feed"_s, u"pong"_s) >= 1);
    server.pushToAll(u"{\"price\":101.5}"_s);

    // The server goes away: a dropped link, refused attempts, and back.
    const quint16 port = server.port();
    server.close();
    QTRY_COMPARE_WITH_TIMEOUT(count(u"feed"_s, u"closed"_s), 1, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(count(u"feed"_s, u"error"_s) >= 1, 10'000);
    QVERIFY(server.listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(count(u"feed"_s, u"open"_s), 2, 10'000);

    // The server rejects the credentials, quoting them; the client comes back. Last, so that the
    // table's last close is this one.
    server.closeAll(4001, rejectionReason());
    QTRY_COMPARE_WITH_TIMEOUT(count(u"feed"_s, u"closed"_s), 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(count(u"feed"_s, u"open"_s), 3, 10'000);
    QTRY_COMPARE(server.received(u"feed"_s).count(auth), 3);
    server.pushToAll(u"hello"_s);
    QTRY_VERIFY(count(u"feed"_s, u"pong"_s) >= 3);

    // The mirror refused with the request target in the status line, secrets included.
    QTRY_VERIFY_WITH_TIMEOUT(count(u"mirror"_s, u"error"_s) >= 2, 10'000);
    QVERIFY(!mirror.requests.isEmpty());
    const QByteArray head = mirror.requests.constLast();
    for (const Secret &secret : {AccessToken, WsToken, KeyParam, PasswordParam})
        QVERIFY2(head.contains(secret.value.toUtf8()), head.constData());
    QVERIFY2(head.contains(QUrl::toPercentEncoding(EnvToken.value)) || head.contains(EnvToken.value.toUtf8()),
             head.constData());
    QVERIFY2(head.contains(QByteArray("Bearer " + EnvToken.value.toUtf8())), head.constData());

    // The URL that no longer parses once ${FP_HOST} is in stops its endpoint with an error.
    QTRY_VERIFY_WITH_TIMEOUT(count(u"badhost"_s, u"error"_s) >= 1, 10'000);
}

// --- reading every output ------------------------------------------------------------------------

QString variantText(const QVariant &value)
{
    if (!value.isValid())
        return {};
    if (value.canConvert<QString>() && value.typeId() != QMetaType::Bool)
        return value.toString();
    QString text;
    QDebug(&text) << value;
    return text;
}

// Every role that carries text, for every cell and header of the model.
QString modelText(const QAbstractItemModel *model)
{
    QList<int> roles = {Qt::DisplayRole,
                        Qt::ToolTipRole,
                        Qt::StatusTipRole,
                        Qt::WhatsThisRole,
                        Qt::EditRole,
                        Qt::AccessibleTextRole,
                        Qt::AccessibleDescriptionRole};
    for (int role = Qt::UserRole; role <= Qt::UserRole + 12; ++role)
        roles << role;
    QString text;
    for (int column = 0; column < model->columnCount(); ++column) {
        for (const int role : std::as_const(roles))
            text += variantText(model->headerData(column, Qt::Horizontal, role)) + u'\n';
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (const int role : std::as_const(roles)) {
                const QString cell = variantText(model->data(index, role));
                if (!cell.isEmpty())
                    text += u"[%1,%2,%3] %4\n"_s.arg(row).arg(column).arg(role).arg(cell);
            }
        }
    }
    return text;
}

// What a user can read in the widget and its children: titles, tips, labels, button and field
// texts, combo and list items, actions, the status bar.
QString widgetText(QWidget *root)
{
    QString text;
    const auto add = [&text](const QObject *object, const QString &what, const QString &value) {
        if (!value.isEmpty())
            text += object->objectName() + u'.' + what + u": "_s + value + u'\n';
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        add(widget, u"windowTitle"_s, widget->windowTitle());
        add(widget, u"toolTip"_s, widget->toolTip());
        add(widget, u"statusTip"_s, widget->statusTip());
        add(widget, u"whatsThis"_s, widget->whatsThis());
        add(widget, u"accessibleName"_s, widget->accessibleName());
        add(widget, u"accessibleDescription"_s, widget->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(widget, u"text"_s, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(widget, u"text"_s, button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(widget, u"text"_s, edit->text() + u' ' + edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            add(widget, u"text"_s, edit->toPlainText());
        if (auto *edit = qobject_cast<QTextEdit *>(widget))
            add(widget, u"text"_s, edit->toPlainText());
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(widget, u"item"_s, combo->itemText(i) + u' ' + variantText(combo->itemData(i)));
        }
        if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                add(widget, u"item"_s, list->item(i)->text() + u' ' + list->item(i)->toolTip());
        }
        if (auto *bar = qobject_cast<QStatusBar *>(widget))
            add(widget, u"message"_s, bar->currentMessage());
    }
    for (const QAction *action : root->findChildren<QAction *>())
        add(action, u"action"_s, action->text() + u' ' + action->toolTip() + u' ' + action->statusTip());
    return text;
}

// Everything logged in this process, except by the test kit's own peers.
QMutex logMutex;
QString logText;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    if (!category.startsWith(u"feedpulse.testkit")) {
        const QMutexLocker lock(&logMutex);
        logText += category + u": "_s + message + u'\n';
    }
    // QTest still sees (and prints) the warnings; the debug chatter stays in the capture.
    if (type != QtDebugMsg && type != QtInfoMsg && previousHandler)
        previousHandler(type, context, message);
}

QString takeLog()
{
    const QMutexLocker lock(&logMutex);
    return std::exchange(logText, QString());
}

// --- the headless binary ---------------------------------------------------------------------------

QString feedpulseBinary()
{
    return qEnvironmentVariable("FEEDPULSE_BUILD_DIR") + u"/app/feedpulse"_s;
}

// Runs the binary, keeping stdout and stderr whole and the stdout lines parsed.
class Headless final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Headless)

public:
    explicit Headless(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&process, &QProcess::readyReadStandardOutput, this, &Headless::onOutput);
        connect(&process, &QProcess::readyReadStandardError, this,
                [this] { err += process.readAllStandardError(); });
    }

    int count(const QString &endpoint, const QString &type) const
    {
        return int(std::count_if(lines.cbegin(), lines.cend(), [&](const QJsonObject &line) {
            return line.value(u"endpoint"_s).toString() == endpoint &&
                   line.value(u"event"_s).toString() == type;
        }));
    }

    QProcess process;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines;

private:
    void onOutput()
    {
        const QByteArray chunk = process.readAllStandardOutput();
        out += chunk;
        m_pending += chunk;
        for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
            const QJsonDocument document = QJsonDocument::fromJson(m_pending.left(end));
            if (document.isObject())
                lines << document.object();
            m_pending.remove(0, end + 1);
        }
    }

    QByteArray m_pending;
};

} // namespace

class tst_Redaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headlessSession();
    void windowSession();
    void secretFoundNowhere_data();
    void secretFoundNowhere();
    void cleanupTestCase();

private:
    struct Output
    {
        QString name;
        QString text;
        bool configVisible = false; // shows the config as written: only ${VAR} values must not appear
    };
    void addOutput(const QString &name, const QString &text, bool configVisible = false)
    {
        m_outputs.append({name, text, configVisible});
    }

    QList<Output> m_outputs;
    bool m_headlessDone = false;
    bool m_windowDone = false;
};

void tst_Redaction::initTestCase()
{
    QVERIFY2(QFile::exists(feedpulseBinary()), qPrintable(feedpulseBinary()));
    // Before anything connects: ${FP_TOKEN} is read from the environment at connect time.
    qputenv(TokenVariable.toLatin1().constData(), EnvToken.value.toUtf8());
    qputenv(HostVariable.toLatin1().constData(), BadHost.toUtf8());
    qputenv(BadTokenVariable.toLatin1().constData(), BadEnvToken.value.toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FeedPulseTest"_s);
    QCoreApplication::setApplicationName(u"tst_redaction"_s);
    QSettings().clear();
    QLoggingCategory::setFilterRules(u"feedpulse.*=true"_s);
    previousHandler = qInstallMessageHandler(captureMessage);
}

void tst_Redaction::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void tst_Redaction::headlessSession()
{
    TestServer server;
    QVERIFY(server.listen());
    MirrorServer mirror;
    QVERIFY(mirror.listen());
    QTemporaryDir dir;
    const QString config =
        writeFile(dir.filePath(u"config.json"_s), configJson(server.port(), mirror.port()));
    QVERIFY(!config.isEmpty());

    Headless headless;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(TokenVariable, EnvToken.value);
    env.insert(HostVariable, BadHost);
    env.insert(BadTokenVariable, BadEnvToken.value);
    env.insert(u"QT_LOGGING_RULES"_s, u"feedpulse.*=true"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    headless.process.setProcessEnvironment(env);
    headless.process.start(feedpulseBinary(), {u"--headless"_s, u"--config"_s, config, u"--metrics-port"_s,
                                               u"0"_s, u"--log-messages"_s, u"--stats-interval"_s, u"200"_s});
    QVERIFY(headless.process.waitForStarted(10'000));

    static const QRegularExpression serving(u"serving metrics on (\\S+)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(serving.match(QString::fromUtf8(headless.err)).hasMatch(), 10'000);
    const QUrl metricsUrl(serving.match(QString::fromUtf8(headless.err)).captured(1));

    driveSession(server, mirror, [&headless](const QString &endpoint, const QString &type) {
        return headless.count(endpoint, type);
    });
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(headless.count(u"feed"_s, u"stats"_s) >= 1);

    const TestHttp::Reply scrape = TestHttp::get(metricsUrl);
    QCOMPARE(scrape.status, 200);
    const QByteArray &metrics = scrape.body;
    QVERIFY2(metrics.contains("feedpulse_endpoint_up{endpoint=\"feed\"} 1\n"), metrics.constData());
    QUrl healthUrl = metricsUrl;
    healthUrl.setPath(u"/healthz"_s);
    const TestHttp::Reply healthReply = TestHttp::get(healthUrl);
    QCOMPARE(healthReply.status, 200);
    const QByteArray &health = healthReply.body;

    ::kill(pid_t(headless.process.processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(headless.process.state(), QProcess::NotRunning, 10'000);
    QCOMPARE(headless.process.exitCode(), 0);
    // The logging categories were on, so that their silence about secrets means something.
    QVERIFY2(headless.err.contains("feedpulse.connection: "), headless.err.constData());
    // The failures carried their text, so that redaction had something to do.
    QVERIFY(headless.out.contains("\"reason\":"));
    QVERIFY(headless.out.contains("\"phase\":"));

    addOutput(u"headless stdout (events)"_s, QString::fromUtf8(headless.out));
    addOutput(u"headless stderr (logging)"_s, QString::fromUtf8(headless.err));
    addOutput(u"headless /metrics"_s, QString::fromUtf8(metrics));
    addOutput(u"headless /healthz"_s, QString::fromUtf8(health));
    m_headlessDone = true;
}

void tst_Redaction::windowSession()
{
    takeLog(); // from here on, what the window's process logs
    TestServer server;
    QVERIFY(server.listen());
    MirrorServer mirror;
    QVERIFY(mirror.listen());
    QTemporaryDir dir;
    const QString config =
        writeFile(dir.filePath(u"config.json"_s), configJson(server.port(), mirror.port()));
    QVERIFY(!config.isEmpty());

    ConnectionManager manager;
    EventRecorder events;
    connect(&manager, &ConnectionManager::event, &events, &EventRecorder::record);
    QString notices; // outlives the window, whose status bar may still speak while it goes
    MainWindow window(&manager);
    connect(
        window.notifier(), &Notifier::notify, window.notifier(),
        [&notices](const QString &endpoint, Notifier::Kind, const QString &title, const QString &message) {
            notices += endpoint + u": "_s + title + u": "_s + message + u'\n';
        });
    connect(window.statusBar(), &QStatusBar::messageChanged, window.statusBar(),
            [&notices](const QString &message) { notices += u"status bar: "_s + message + u'\n'; });
    AppSettings settings = window.settings();
    settings.recordEnabled = true;
    settings.recordDirectory = dir.filePath(u"recording"_s);
    settings.notifyHoldSeconds = 0;
    window.applySettings(settings);
    window.setMetricsAddress(QHostAddress(QHostAddress::LocalHost), 0);
    QVERIFY(window.metricsServer() && window.metricsServer()->isListening());
    QVERIFY(window.loadConfig(config));
    window.show();

    driveSession(server, mirror, [&events](const QString &endpoint, const QString &type) {
        return int(std::count_if(events.entries().cbegin(), events.entries().cend(), [&](const auto &entry) {
            return entry.event.endpoint == endpoint && entry.event.type == type;
        }));
    });
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(notices.contains(u"feed: "_s));

    // The table has caught up: the feed is open and the mirror shows its latest failure.
    EndpointTableModel *table = window.tableModel();
    QTRY_COMPARE(table->rowCount(), 3);
    QTRY_COMPARE(table->index(table->rowOf(u"feed"_s), 0).data(EndpointTableModel::StateRole).toInt(),
                 int(Connection::State::Open));
    QTRY_VERIFY(!table->index(table->rowOf(u"mirror"_s), EndpointTableModel::LastCloseColumn)
                     .data()
                     .toString()
                     .isEmpty());

    const QUrl metricsUrl(window.metricsServer()->url());
    const TestHttp::Reply scrape = TestHttp::get(metricsUrl);
    QCOMPARE(scrape.status, 200);
    const QByteArray &metrics = scrape.body;
    QVERIFY2(metrics.contains("feedpulse_endpoint_up{endpoint=\"feed\"} 1\n"), metrics.constData());
    QUrl healthUrl = metricsUrl;
    healthUrl.setPath(u"/healthz"_s);
    const TestHttp::Reply healthReply = TestHttp::get(healthUrl);
    QCOMPARE(healthReply.status, 200);
    const QByteArray &health = healthReply.body;

    LogView *logView = window.logView();
    LogModel *log = logView->model();
    log->flushNow();
    QVERIFY(log->rowCount() > 0);
    QString error;
    const QString ndjson = dir.filePath(u"log.ndjson"_s);
    const QString csv = dir.filePath(u"log.csv"_s);
    const QString viewExport = dir.filePath(u"view.ndjson"_s);
    QVERIFY2(LogExporter::exportView(log, ndjson, LogExporter::Format::Ndjson, &error), qPrintable(error));
    QVERIFY2(LogExporter::exportView(log, csv, LogExporter::Format::Csv, &error), qPrintable(error));
    QVERIFY(logView->exportTo(viewExport, LogExporter::Format::Ndjson));

    // The details pane, for every row the log view shows, selected as a user would.
    QString details;
    QTableView *logTable = logView->table();
    for (int row = 0; row < logTable->model()->rowCount(); ++row) {
        logTable->setCurrentIndex(logTable->model()->index(row, 0));
        details += logView->details()->headerText() + u'\n' + logView->details()->currentText() + u'\n';
    }
    QVERIFY(details.contains(u"\"op\": \"auth\""_s));

    QString engineEvents;
    for (const EventRecorder::Entry &entry : events.entries())
        engineEvents += QString::fromUtf8(entry.event.toJsonLine()) + u'\n';

    addOutput(u"window engine events"_s, engineEvents);
    addOutput(u"window endpoint table"_s, modelText(table));
    addOutput(u"window log model"_s, modelText(log));
    addOutput(u"window log view (proxy)"_s, modelText(logTable->model()));
    addOutput(u"window export NDJSON"_s, QString::fromUtf8(readFile(ndjson)));
    addOutput(u"window export CSV"_s, QString::fromUtf8(readFile(csv)));
    addOutput(u"window export from the log view"_s, QString::fromUtf8(readFile(viewExport)));
    addOutput(u"window message details"_s, details);
    addOutput(u"window widgets"_s, widgetText(&window));
    addOutput(u"window notices and status bar"_s, notices);
    addOutput(u"window /metrics"_s, QString::fromUtf8(metrics));
    addOutput(u"window /healthz"_s, QString::fromUtf8(health));

    // The settings dialog: its list shows no secret; its editor shows the config as written, where
    // ${FP_TOKEN} stays a reference.
    window.openSettings();
    auto *dialog = window.findChild<QDialog *>(u"settingsDialog"_s);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    addOutput(u"settings dialog endpoint list"_s, widgetText(list));
    for (int row = 0; row < list->count(); ++row) {
        list->setCurrentRow(row);
        addOutput(u"settings dialog editor, row %1"_s.arg(row), widgetText(dialog), true);
    }
    dialog->reject();

    // Closing stops the recording, which writes what is pending.
    window.close();
    QString recording;
    const QDir recordDir(settings.recordDirectory);
    for (const QString &name : recordDir.entryList(QDir::Files))
        recording += QString::fromUtf8(readFile(recordDir.filePath(name)));
    QVERIFY(recording.contains(u"auth"_s));
    addOutput(u"window log recording"_s, recording);
    const QString logged = takeLog();
    QVERIFY2(logged.contains(u"feedpulse.connection: "_s), qPrintable(logged.left(2000)));
    addOutput(u"window process logging"_s, logged);
    m_windowDone = true;
}

void tst_Redaction::secretFoundNowhere_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("secret"); // index into allSecrets()

    QVERIFY2(m_headlessDone && m_windowDone, "a session did not complete; see its failure above");
    const QList<Secret> secrets = allSecrets();
    for (const Output &output : std::as_const(m_outputs)) {
        for (int i = 0; i < secrets.size(); ++i) {
            if (output.configVisible && !fromEnvironment(secrets.at(i)))
                continue;
            const QString row = output.name + u" / "_s + secrets.at(i).name;
            QTest::newRow(qPrintable(row)) << output.text << i;
        }
    }
}

void tst_Redaction::secretFoundNowhere()
{
    QFETCH(QString, text);
    QFETCH(int, secret);
    // An output that says nothing proves nothing.
    QVERIFY(!text.trimmed().isEmpty());
    const QStringList found = findings(text, allSecrets().at(secret));
    QVERIFY2(found.isEmpty(),
             qPrintable(u"found in %1:\n  "_s.arg(QString::fromUtf8(QTest::currentDataTag())) +
                        found.join(u"\n  "_s)));
}

QTEST_MAIN(tst_Redaction)
#include "tst_redaction.moc"
