// ConfigStore (load/save of the endpoints file, broken files kept), diffEndpoints and AppSettings.

#include "appsettings.h"
#include "configissues.h"
#include "configstore.h"
#include "endpointchanges.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using ConfigIssuesTesting::describe;

namespace {

EndpointConfig endpoint(const QString &name)
{
    EndpointConfig config;
    config.name = name;
    config.urls = {u"wss://feed.example/"_s % QString::fromLatin1(QUrl::toPercentEncoding(name)),
                   u"ws://backup.example:8080/x?token=${TOKEN}"_s};
    return config;
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList names(const QList<EndpointConfig> &endpoints)
{
    QStringList result;
    for (const EndpointConfig &config : endpoints)
        result.append(config.name);
    return result;
}

QStringList paths(const ConfigIssues &issues)
{
    QStringList result;
    for (const ConfigIssue &issue : issues)
        result.append(issue.path);
    return result;
}

} // namespace

class tst_ConfigStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void emptyListRoundTrip();
    void missingFile();
    void brokenFileIsKeptAndBackedUp_data();
    void brokenFileIsKeptAndBackedUp();
    void olderBackupIsNeverOverwritten();
    void saveCreatesTheFolder();
    void diff_data();
    void diff();
    void appSettingsRoundTrip();
    void appSettingsDefaultsForMissingOrBadKeys();
    void appSettingsValidate_data();
    void appSettingsValidate();
};

void tst_ConfigStore::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"endpoints.json"_s);

    EndpointConfig ticker = endpoint(u"ticker"_s);
    ticker.headers = {{u"Authorization"_s, u"Bearer ${T}"_s}};
    ticker.heartbeat.mode = HeartbeatPolicy::Mode::Json;
    ticker.heartbeat.expectField = u"op"_s;
    ticker.heartbeat.expectEquals = QJsonValue(u"pong"_s);
    ticker.backoff.factor = 1.337;
    ticker.noRetryCloseCodes = {1008, 4001};
    ticker.onOpen = {u"{\"op\":\"subscribe\"}"_s};
    EndpointConfig chat = endpoint(u"聊天 chat"_s);
    chat.heartbeat.mode = HeartbeatPolicy::Mode::Text;
    chat.heartbeat.payload = u"ping"_s;
    chat.heartbeat.expectText = u"pong"_s;
    const QList<EndpointConfig> endpoints{ticker, chat};

    QString error;
    QVERIFY2(ConfigStore::save(fileName, endpoints, &error), qPrintable(error));
    const LoadedConfig loaded = ConfigStore::load(fileName);
    QVERIFY2(loaded.issues.isEmpty(), qPrintable(describe(loaded.issues)));
    QVERIFY(loaded.parsed);
    QVERIFY(loaded.backupPath.isEmpty());
    QCOMPARE(loaded.file.endpoints, endpoints);

    // Saving over a good file is fine, and no temporary file is left behind.
    QVERIFY2(ConfigStore::save(fileName, {chat}, &error), qPrintable(error));
    QCOMPARE(ConfigStore::load(fileName).file.endpoints, QList<EndpointConfig>{chat});
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"endpoints.json"_s});
}

void tst_ConfigStore::emptyListRoundTrip()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"endpoints.json"_s);
    QString error;
    QVERIFY2(ConfigStore::save(fileName, {}, &error), qPrintable(error));
    const LoadedConfig loaded = ConfigStore::load(fileName);
    QVERIFY(loaded.parsed);
    QVERIFY(loaded.issues.isEmpty());
    QVERIFY(loaded.file.endpoints.isEmpty());
    QVERIFY(!QFile::exists(fileName + u".bak"_s));
}

void tst_ConfigStore::missingFile()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"nothing-here.json"_s);
    const LoadedConfig loaded = ConfigStore::load(fileName);
    QVERIFY(loaded.parsed);
    QVERIFY(loaded.issues.isEmpty());
    QVERIFY(loaded.file.endpoints.isEmpty());
    QVERIFY(loaded.backupPath.isEmpty());
    QVERIFY(!QFile::exists(fileName));
    QVERIFY(!QFile::exists(fileName + u".bak"_s));
}

void tst_ConfigStore::brokenFileIsKeptAndBackedUp_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("issuePath");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("bad JSON") << QByteArray(
                                     "{\n  \"version\": 1,\n  \"endpoints\": [ {\"name\" \"x\"} ]\n}\n")
                              << QString() << u"line 3, column"_s;
    QTest::newRow("unknown key") << QByteArray(R"({"version": 1, "endpoints": [{"name": "a",
        "urls": ["ws://h/"], "heartbeat": {"intervall_ms": 5}}]})")
                                 << u"endpoints[0].heartbeat.intervall_ms"_s << u"unknown key"_s;
    QTest::newRow("bad url") << QByteArray(
                                    R"({"version": 1, "endpoints": [{"name": "a", "urls": ["http://x"]}]})")
                             << u"endpoints[0].urls[0]"_s << u"ws"_s;
}

void tst_ConfigStore::brokenFileIsKeptAndBackedUp()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, issuePath);
    QFETCH(QString, messageContains);

    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"endpoints.json"_s);
    QVERIFY(writeAll(fileName, content));

    const LoadedConfig loaded = ConfigStore::load(fileName);
    QVERIFY(!loaded.parsed);
    QVERIFY(loaded.file.endpoints.isEmpty());
    QVERIFY(!loaded.issues.isEmpty());
    QCOMPARE(loaded.issues.constFirst().path, issuePath);
    QVERIFY2(loaded.issues.constFirst().message.contains(messageContains),
             qPrintable(loaded.issues.constFirst().toString()));
    QCOMPARE(loaded.backupPath, fileName + u".bak"_s);
    QCOMPARE(readAll(loaded.backupPath), content);
    QCOMPARE(readAll(fileName), content);

    // Save refuses to replace the broken file and says why.
    QString error;
    QVERIFY(!ConfigStore::save(fileName, {endpoint(u"new"_s)}, &error));
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QCOMPARE(readAll(fileName), content);

    // Loading again reuses the same backup.
    QCOMPARE(ConfigStore::load(fileName).backupPath, fileName + u".bak"_s);
    QVERIFY(!QFile::exists(fileName + u".bak.2"_s));

    // Unless told to.
    error.clear();
    QVERIFY2(ConfigStore::save(fileName, {endpoint(u"new"_s)}, &error, true), qPrintable(error));
    QCOMPARE(names(ConfigStore::load(fileName).file.endpoints), QStringList{u"new"_s});
    QCOMPARE(readAll(fileName + u".bak"_s), content);
}

void tst_ConfigStore::olderBackupIsNeverOverwritten()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"endpoints.json"_s);
    const QByteArray older("older broken backup");
    QVERIFY(writeAll(fileName + u".bak"_s, older));
    const QByteArray broken("{ nope");
    QVERIFY(writeAll(fileName, broken));

    const LoadedConfig loaded = ConfigStore::load(fileName);
    QVERIFY(!loaded.parsed);
    QCOMPARE(loaded.backupPath, fileName + u".bak.2"_s);
    QCOMPARE(readAll(fileName + u".bak"_s), older);
    QCOMPARE(readAll(loaded.backupPath), broken);
}

void tst_ConfigStore::saveCreatesTheFolder()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"a/b/endpoints.json"_s);
    QString error;
    QVERIFY2(ConfigStore::save(fileName, {endpoint(u"x"_s)}, &error), qPrintable(error));
    QCOMPARE(names(ConfigStore::load(fileName).file.endpoints), QStringList{u"x"_s});
    QVERIFY(ConfigStore::defaultPath().endsWith(u"/endpoints.json"_s));
}

void tst_ConfigStore::diff_data()
{
    QTest::addColumn<QList<EndpointConfig>>("before");
    QTest::addColumn<QList<EndpointConfig>>("after");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<QStringList>("removed");

    const EndpointConfig a = endpoint(u"a"_s);
    const EndpointConfig b = endpoint(u"b"_s);
    const EndpointConfig c = endpoint(u"c"_s);
    EndpointConfig b2 = b;
    b2.heartbeat.intervalMs = 5000;
    EndpointConfig renamed = a;
    renamed.name = u"a2"_s;

    QTest::newRow("unchanged") << QList{a, b} << QList{a, b} << QStringList() << QStringList()
                               << QStringList();
    QTest::newRow("reordered") << QList{a, b} << QList{b, a} << QStringList() << QStringList()
                               << QStringList();
    QTest::newRow("added") << QList{a} << QList{a, c} << QStringList{u"c"_s} << QStringList()
                           << QStringList();
    QTest::newRow("removed") << QList{a, b} << QList{b} << QStringList() << QStringList()
                             << QStringList{u"a"_s};
    QTest::newRow("changed") << QList{a, b} << QList{a, b2} << QStringList() << QStringList{u"b"_s}
                             << QStringList();
    QTest::newRow("renamed") << QList{a, b} << QList{renamed, b} << QStringList{u"a2"_s} << QStringList()
                             << QStringList{u"a"_s};
    QTest::newRow("everything") << QList{a, b} << QList{b2, c} << QStringList{u"c"_s} << QStringList{u"b"_s}
                                << QStringList{u"a"_s};
    QTest::newRow("from nothing") << QList<EndpointConfig>() << QList{a, b} << QStringList{u"a"_s, u"b"_s}
                                  << QStringList() << QStringList();
}

void tst_ConfigStore::diff()
{
    QFETCH(QList<EndpointConfig>, before);
    QFETCH(QList<EndpointConfig>, after);
    QFETCH(QStringList, added);
    QFETCH(QStringList, changed);
    QFETCH(QStringList, removed);

    const EndpointChanges changes = diffEndpoints(before, after);
    QCOMPARE(names(changes.added), added);
    QCOMPARE(names(changes.changed), changed);
    QCOMPARE(changes.removed, removed);
    QCOMPARE(changes.isEmpty(), added.isEmpty() && changed.isEmpty() && removed.isEmpty());
    // A changed endpoint carries its new settings.
    for (const EndpointConfig &config : changes.changed)
        QVERIFY(after.contains(config));
}

void tst_ConfigStore::appSettingsRoundTrip()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"feedpulse.ini"_s);
    AppSettings settings;
    settings.logCapacity = 123'000;
    settings.recordEnabled = true;
    settings.recordDirectory = dir.filePath(u"records 录音"_s);
    settings.recordRotateBytes = 5LL * 1024 * 1024 * 1024 + 7;
    settings.recordKeepFiles = 17;
    settings.notificationsEnabled = false;
    settings.notifyHoldSeconds = 0;
    settings.language = u"zh_TW"_s;
    settings.metricsPort = 9464;
    QVERIFY(settings.validate().isEmpty());
    {
        QSettings ini(fileName, QSettings::IniFormat);
        settings.save(ini);
        ini.sync();
        QCOMPARE(ini.status(), QSettings::NoError);
    }
    QSettings ini(fileName, QSettings::IniFormat);
    QCOMPARE(AppSettings::load(ini), settings);
}

void tst_ConfigStore::appSettingsDefaultsForMissingOrBadKeys()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"feedpulse.ini"_s);
    QVERIFY(
        writeAll(fileName, "[preferences]\nlog_capacity=lots\nmetrics_port=9000\nrecord_enabled=maybe\n"));
    QSettings ini(fileName, QSettings::IniFormat);
    AppSettings expected;
    expected.metricsPort = 9000;
    const AppSettings loaded = AppSettings::load(ini);
    QCOMPARE(loaded.logCapacity, expected.logCapacity);
    QCOMPARE(loaded.metricsPort, expected.metricsPort);
    QCOMPARE(loaded.recordEnabled, expected.recordEnabled);
    QCOMPARE(loaded, expected);
    QVERIFY(AppSettings().validate().isEmpty());
}

void tst_ConfigStore::appSettingsValidate_data()
{
    QTest::addColumn<AppSettings>("settings");
    QTest::addColumn<QStringList>("paths");

    const auto with = [](auto change) {
        AppSettings settings;
        change(settings);
        return settings;
    };
    QTest::newRow("defaults") << AppSettings() << QStringList();
    QTest::newRow("log too small") << with([](AppSettings &s) { s.logCapacity = 999; })
                                   << QStringList{u"general.log_capacity"_s};
    QTest::newRow("log too large") << with([](AppSettings &s) { s.logCapacity = 1'000'001; })
                                   << QStringList{u"general.log_capacity"_s};
    QTest::newRow("log bounds") << with([](AppSettings &s) { s.logCapacity = 1000; }) << QStringList();
    QTest::newRow("recording without folder")
        << with([](AppSettings &s) { s.recordEnabled = true; }) << QStringList{u"general.record_directory"_s};
    QTest::newRow("folder but recording off")
        << with([](AppSettings &s) { s.recordDirectory = u"/tmp"_s; }) << QStringList();
    QTest::newRow("tiny rotation") << with([](AppSettings &s) { s.recordRotateBytes = 1000; })
                                   << QStringList{u"general.record_rotate_bytes"_s};
    QTest::newRow("keep none") << with([](AppSettings &s) { s.recordKeepFiles = 0; })
                               << QStringList{u"general.record_keep_files"_s};
    QTest::newRow("hold too long") << with([](AppSettings &s) { s.notifyHoldSeconds = 301; })
                                   << QStringList{u"general.notify_hold_seconds"_s};
    QTest::newRow("hold negative") << with([](AppSettings &s) { s.notifyHoldSeconds = -1; })
                                   << QStringList{u"general.notify_hold_seconds"_s};
    QTest::newRow("language") << with([](AppSettings &s) { s.language = u"fr"_s; })
                              << QStringList{u"general.language"_s};
    QTest::newRow("port") << with([](AppSettings &s) { s.metricsPort = 70000; })
                          << QStringList{u"general.metrics_port"_s};
    QTest::newRow("two") << with([](AppSettings &s) {
        s.logCapacity = 0;
        s.metricsPort = -1;
    }) << QStringList{u"general.log_capacity"_s, u"general.metrics_port"_s};
}

void tst_ConfigStore::appSettingsValidate()
{
    QFETCH(AppSettings, settings);
    QFETCH(QStringList, paths);
    const ConfigIssues issues = settings.validate();
    QCOMPARE(::paths(issues), paths);
    for (const ConfigIssue &issue : issues)
        QVERIFY(!issue.message.isEmpty());
}

QTEST_MAIN(tst_ConfigStore)
#include "tst_configstore.moc"
