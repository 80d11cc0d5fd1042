// SettingsDialog and EndpointEditor, driven through their widgets; edits reach a real
// ConnectionManager connected to a real TestServer.

#include "appsettings.h"
#include "configfile.h"
#include "connectionmanager.h"
#include "endpointchanges.h"
#include "endpointeditor.h"
#include "settingsdialog.h"
#include "testserver.h"
#include "tlsfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

EndpointConfig endpoint(const QString &name, const QString &url)
{
    EndpointConfig config;
    config.name = name;
    config.urls = {url};
    config.heartbeat.intervalMs = 60'000;
    config.backoff = {50, 200, 2.0, BackoffPolicy::Jitter::None};
    config.stableMs = 0;
    return config;
}

EndpointConfig endpoint(const QString &name, const TestServer &server)
{
    return endpoint(name, server.url(name).toString());
}

int openCount(const ConnectionManager &manager)
{
    int open = 0;
    for (const ConnectionStats &stats : manager.snapshot())
        open += stats.state == Connection::State::Open ? 1 : 0;
    return open;
}

template <typename T> T *child(const QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qWarning("no widget %s", qPrintable(name));
    return widget;
}

QPushButton *okButton(const QDialog &dialog)
{
    return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

// Replaces the text as a user would: select everything, then type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

void retype(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

void retype(QSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

// Types lines into a plain text edit as a user would, with Return between them.
void retypeLines(QPlainTextEdit *edit, const QStringList &lines)
{
    retype(edit, lines.value(0));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines.at(i));
    }
}

// A made-up SHA-256 fingerprint in the colon spelling: "00:01:02:…:1F".
QString fakePin()
{
    QStringList bytes;
    for (int i = 0; i < 32; ++i)
        bytes.append(u"%1"_s.arg(i, 2, 16, QLatin1Char('0')).toUpper());
    return bytes.join(u':');
}

void clickRow(QListWidget *list, int row)
{
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

QStringList listNames(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names.append(list->item(i)->text());
    return names;
}

QStringList names(const QList<EndpointConfig> &endpoints)
{
    QStringList result;
    for (const EndpointConfig &config : endpoints)
        result.append(config.name);
    return result;
}

} // namespace

class tst_SettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedDialogGivesBackItsInput();
    void editorRoundTripsEveryField();
    void newKeysRoundTripWithoutLoss();
    void maxMessageSizeEditsInKiB();
    void invalidPinDisablesOk();
    void newFieldProblemsDisableOk_data();
    void newFieldProblemsDisableOk();
    void invalidUrlDisablesOk_data();
    void invalidUrlDisablesOk();
    void emptyNameDisablesOk();
    void zeroHeartbeatTimeoutDisablesOk();
    void duplicateNamesDisableOk();
    void problemInAnotherEndpointStillDisablesOk();
    void addDuplicateRemove();
    void generalSettings();
    void importAndExport();
    void addedEndpointConnects();
    void editingOneLeavesTheOthersConnected();

private:
    QList<EndpointConfig> sample() const;
};

QList<EndpointConfig> tst_SettingsDialog::sample() const
{
    EndpointConfig ticker = endpoint(u"ticker"_s, u"wss://primary.example/feed?token=${T}"_s);
    ticker.urls.append(u"wss://backup.example/feed"_s);
    ticker.headers = {{u"Authorization"_s, u"Bearer ${TICKER_TOKEN}"_s}, {u"X-Empty"_s, QString()}};
    ticker.subprotocols = {u"v1.feed"_s, u"v2"_s};
    ticker.heartbeat.mode = HeartbeatPolicy::Mode::Json;
    ticker.heartbeat.payload = u"{\"op\":\"ping\"}"_s;
    ticker.heartbeat.expectField = u"op"_s;
    ticker.heartbeat.expectEquals = QJsonValue(u"pong"_s);
    ticker.backoff.factor = 1.337; // shown rounded, kept exact
    ticker.noRetryCloseCodes = {1008, 4001};
    ticker.onOpen = {u"{\"op\":\"subscribe\",\"channel\":\"trades\"}"_s, u"second"_s};
    ticker.staleAfterMs = 0;
    EndpointConfig chat = endpoint(u"chat"_s, u"ws://127.0.0.1:9/chat"_s);
    chat.heartbeat.mode = HeartbeatPolicy::Mode::Text;
    chat.heartbeat.payload = u"ping"_s;
    chat.heartbeat.expectText = u"pong"_s;
    chat.heartbeat.anyTrafficResets = false;
    chat.maxAttempts = 7;
    EndpointConfig telemetry = endpoint(u"遥测 telemetry"_s, u"ws://127.0.0.1:9/t"_s);
    telemetry.heartbeat.mode = HeartbeatPolicy::Mode::Passive;
    telemetry.backoff.jitter = BackoffPolicy::Jitter::Decorrelated;
    return {ticker, chat, telemetry};
}

void tst_SettingsDialog::unchangedDialogGivesBackItsInput()
{
    AppSettings settings;
    settings.logCapacity = 20'000;
    settings.recordRotateBytes = 10 * 1024 * 1024 + 5;
    settings.language = u"zh_CN"_s;
    SettingsDialog dialog(sample(), settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *list = child<QListWidget>(dialog, u"endpointList"_s);
    QCOMPARE(listNames(list), (QStringList{u"ticker"_s, u"chat"_s, u"遥测 telemetry"_s}));
    // Visiting every endpoint loads it into the editor and reads it back.
    for (int row = 0; row < list->count(); ++row)
        clickRow(list, row);
    QCOMPARE(dialog.currentEndpointName(), u"遥测 telemetry"_s);
    QCOMPARE(dialog.validationMessage(), QString());
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.endpoints(), sample());
    QCOMPARE(dialog.settings(), settings);
    QVERIFY(diffEndpoints(sample(), dialog.endpoints()).isEmpty());
    QCOMPARE(child<QComboBox>(dialog, u"languageCombo"_s)->currentText(), u"简体中文"_s);
}

void tst_SettingsDialog::editorRoundTripsEveryField()
{
    EndpointEditor editor;
    for (const EndpointConfig &config : sample()) {
        editor.setConfig(config);
        QCOMPARE(editor.config(), config);
        QVERIFY(editor.issues().isEmpty());
    }
    // Every widget is named for tests and screen readers.
    for (QWidget *widget : editor.findChildren<QWidget *>()) {
        if (widget->objectName().endsWith(u"Edit"_s) || widget->objectName().endsWith(u"Spin"_s) ||
            widget->objectName().endsWith(u"Combo"_s) || widget->objectName().endsWith(u"Check"_s))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }

    // The JSON "equals" value: a plain word is a string, JSON text is that value.
    EndpointConfig json = sample().at(0);
    editor.setConfig(json);
    QSignalSpy changed(&editor, &EndpointEditor::changed);
    retype(child<QLineEdit>(editor, u"heartbeatExpectEqualsEdit"_s), u"42"_s);
    QVERIFY(changed.count() > 0);
    QCOMPARE(editor.config().heartbeat.expectEquals, QJsonValue(42));
    retype(child<QLineEdit>(editor, u"heartbeatExpectEqualsEdit"_s), u"\"42\""_s);
    QCOMPARE(editor.config().heartbeat.expectEquals, QJsonValue(u"42"_s));

    // A close code that is not a number is a field-level problem.
    retype(child<QLineEdit>(editor, u"noRetryCloseCodesEdit"_s), u"1008, abc"_s);
    const ConfigIssues issues = editor.issues();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().path, u"reconnect.no_retry_close_codes"_s);
    QCOMPARE(editor.widgetForPath(issues.constFirst().path)->objectName(), u"noRetryCloseCodesEdit"_s);
    QCOMPARE(editor.widgetForPath(u"urls[3]"_s)->objectName(), u"urlsEdit"_s);
    QCOMPARE(editor.widgetForPath(u"headers.X-Token"_s)->objectName(), u"headersEdit"_s);
    QCOMPARE(editor.widgetForPath(u"heartbeat.expect"_s)->objectName(), u"heartbeatExpectFieldEdit"_s);
}

// sequence_field, max_message_bytes, reconnect.retry_auth_failures and tls: loaded, shown, and given
// back exactly, through the editor alone and through the dialog.
void tst_SettingsDialog::newKeysRoundTripWithoutLoss()
{
    TlsFixture tls;
    QVERIFY2(tls.generate(), qPrintable(tls.errorString()));
    EndpointConfig secure = endpoint(u"secure"_s, u"wss://feed.example/secure"_s);
    secure.sequenceField = u"seq"_s;
    secure.maxMessageBytes = 5 * 1024 * 1024 + 7; // not a whole number of KiB
    secure.retryAuthFailures = true;
    secure.caFile = tls.ca().certificatePath;
    secure.pinSha256 = {tls.server().sha256Colons, tls.other().sha256Hex};
    QVERIFY(secure.validate().isEmpty());

    EndpointEditor editor;
    editor.setConfig(secure);
    QCOMPARE(editor.config(), secure);
    QVERIFY(editor.issues().isEmpty());
    QCOMPARE(child<QLineEdit>(editor, u"sequenceFieldEdit"_s)->text(), u"seq"_s);
    QCOMPARE(child<QSpinBox>(editor, u"maxMessageSizeSpin"_s)->value(), 5 * 1024);
    QVERIFY(child<QCheckBox>(editor, u"retryAuthFailuresCheck"_s)->isChecked());
    QCOMPARE(child<QLineEdit>(editor, u"caFileEdit"_s)->text(), tls.ca().certificatePath);
    QCOMPARE(child<QPlainTextEdit>(editor, u"pinSha256Edit"_s)->toPlainText(),
             tls.server().sha256Colons + u'\n' + tls.other().sha256Hex);
    QVERIFY(!child<QPushButton>(editor, u"caFileBrowseButton"_s)->accessibleName().isEmpty());

    // Editing another field keeps the exact values of the untouched ones.
    retype(child<QLineEdit>(editor, u"subprotocolsEdit"_s), u"v3"_s);
    EndpointConfig expected = secure;
    expected.subprotocols = {u"v3"_s};
    QCOMPARE(editor.config(), expected);

    // Values the widgets cannot show as they are still come back as they were: a pin entry with a
    // stray space stays, and validate() keeps naming it.
    EndpointConfig odd = secure;
    odd.pinSha256 = {u" "_s + tls.server().sha256Hex};
    odd.maxMessageBytes = 100;
    editor.setConfig(odd);
    QCOMPARE(editor.config(), odd);
    QStringList paths;
    for (const ConfigIssue &issue : editor.issues())
        paths.append(issue.path);
    QCOMPARE(paths, (QStringList{u"max_message_bytes"_s, u"tls.pin_sha256[0]"_s}));

    // Through the dialog: visit every endpoint, change nothing, get the same list back.
    const QList<EndpointConfig> input = sample() << secure;
    SettingsDialog dialog(input, AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListWidget>(dialog, u"endpointList"_s);
    for (int row = 0; row < list->count(); ++row)
        clickRow(list, row);
    QCOMPARE(dialog.currentEndpointName(), u"secure"_s);
    QCOMPARE(dialog.validationMessage(), QString());
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.endpoints(), input);
    QVERIFY(diffEndpoints(input, dialog.endpoints()).isEmpty());
}

void tst_SettingsDialog::maxMessageSizeEditsInKiB()
{
    EndpointEditor editor;
    EndpointConfig config = sample().at(0);
    config.maxMessageBytes = 1024 * 1024 + 1;
    editor.setConfig(config);
    auto *spin = child<QSpinBox>(editor, u"maxMessageSizeSpin"_s);
    QCOMPARE(spin->value(), 1024);
    QCOMPARE(editor.config().maxMessageBytes, qint64(1024 * 1024 + 1));

    // Once edited, the field means what it shows.
    retype(spin, u"2048"_s);
    QCOMPARE(spin->value(), 2048);
    QCOMPARE(editor.config().maxMessageBytes, qint64(2048 * 1024));

    // The default shows as 16 MiB and saves as itself.
    editor.setConfig(EndpointConfig());
    QCOMPARE(spin->value(), 16 * 1024);
    QCOMPARE(editor.config().maxMessageBytes, EndpointConfig::DefaultMaxMessageBytes);
}

void tst_SettingsDialog::invalidPinDisablesOk()
{
    SettingsDialog dialog(sample(), AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(okButton(dialog)->isEnabled());
    auto *pins = child<QPlainTextEdit>(dialog, u"pinSha256Edit"_s);

    retypeLines(pins, {u"AB:CD"_s});
    QVERIFY(!okButton(dialog)->isEnabled());
    QString message = dialog.validationMessage();
    QVERIFY2(message.startsWith(u"ticker: tls.pin_sha256[0]: "_s), qPrintable(message));
    QCOMPARE(child<QLabel>(dialog, u"validationLabel"_s)->text(), message);
    QVERIFY(pins->property("invalid").toBool());
    QVERIFY2(pins->toolTip().contains(u"tls.pin_sha256[0]"_s), qPrintable(pins->toolTip()));
    QVERIFY(child<QListWidget>(dialog, u"endpointList"_s)->item(0)->toolTip().contains(u"tls.pin_sha256"_s));

    // The second line is the bad one now; the index names it.
    retypeLines(pins, {fakePin(), u"not a fingerprint"_s});
    QVERIFY(!okButton(dialog)->isEnabled());
    message = dialog.validationMessage();
    QVERIFY2(message.startsWith(u"ticker: tls.pin_sha256[1]: "_s), qPrintable(message));
    QVERIFY(pins->property("invalid").toBool());

    // Valid pins in either spelling: OK again, and they are saved as typed.
    const QString hex = fakePin().remove(u':').toLower();
    retypeLines(pins, {fakePin(), hex});
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.validationMessage(), QString());
    QVERIFY(!pins->property("invalid").toBool());
    QCOMPARE(dialog.endpoints().at(0).pinSha256, (QStringList{fakePin(), hex}));
}

void tst_SettingsDialog::newFieldProblemsDisableOk_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("good");
    QTest::newRow("ca file missing") << u"caFileEdit"_s << u"/nonexistent/ca.pem"_s << u"tls.ca_file"_s
                                     << QString();
    QTest::newRow("sequence field with a space")
        << u"sequenceFieldEdit"_s << u"seq "_s << u"sequence_field"_s << u"seq"_s;
    QTest::newRow("message size below 1 KiB")
        << u"maxMessageSizeSpin"_s << u"0"_s << u"max_message_bytes"_s << u"64"_s;
}

void tst_SettingsDialog::newFieldProblemsDisableOk()
{
    QFETCH(QString, widget);
    QFETCH(QString, bad);
    QFETCH(QString, path);
    QFETCH(QString, good);

    SettingsDialog dialog(sample(), AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectEndpoint(u"chat"_s);
    QWidget *field = child<QWidget>(dialog, widget);
    QVERIFY(field);
    const auto type = [&](const QString &text) {
        if (auto *spin = qobject_cast<QSpinBox *>(field))
            retype(spin, text);
        else
            retype(qobject_cast<QLineEdit *>(field), text);
    };

    type(bad);
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString message = dialog.validationMessage();
    QVERIFY2(message.startsWith(u"chat: "_s + path + u": "_s), qPrintable(message));
    QVERIFY(field->property("invalid").toBool());
    QVERIFY2(field->toolTip().contains(path), qPrintable(field->toolTip()));
    QCOMPARE(child<EndpointEditor>(dialog, u"endpointEditor"_s)->widgetForPath(path), field);

    type(good);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!field->property("invalid").toBool());
    QVERIFY(!field->toolTip().contains(path));
}

void tst_SettingsDialog::invalidUrlDisablesOk_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("http") << u"http://x"_s;
    QTest::newRow("not a url") << u"not a url"_s;
    QTest::newRow("no host") << u"ws://"_s;
}

void tst_SettingsDialog::invalidUrlDisablesOk()
{
    QFETCH(QString, url);
    SettingsDialog dialog(sample(), AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(okButton(dialog)->isEnabled());

    auto *urls = child<QPlainTextEdit>(dialog, u"urlsEdit"_s);
    retype(urls, url);
    QCOMPARE(urls->toPlainText(), url);
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString message = dialog.validationMessage();
    QVERIFY2(message.startsWith(u"ticker: urls[0]: "_s), qPrintable(message));
    QCOMPARE(child<QLabel>(dialog, u"validationLabel"_s)->text(), message);
    QVERIFY(urls->property("invalid").toBool());
    QVERIFY2(urls->toolTip().contains(u"urls[0]"_s), qPrintable(urls->toolTip()));
    QVERIFY(child<QListWidget>(dialog, u"endpointList"_s)->item(0)->toolTip().contains(u"urls[0]"_s));

    retype(urls, u"wss://fixed.example/feed"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.validationMessage(), QString());
    QVERIFY(!urls->property("invalid").toBool());
    QCOMPARE(dialog.endpoints().at(0).urls, QStringList{u"wss://fixed.example/feed"_s});
}

void tst_SettingsDialog::emptyNameDisablesOk()
{
    SettingsDialog dialog(sample(), AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = child<QLineEdit>(dialog, u"nameEdit"_s);
    retype(name, QString());
    QCOMPARE(name->text(), QString());
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(dialog.validationMessage(), u"name: must not be empty"_s);
    QVERIFY(name->property("invalid").toBool());
    QCOMPARE(child<QListWidget>(dialog, u"endpointList"_s)->item(0)->text(), u"(unnamed)"_s);

    retype(name, u"ticker 2"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.validationMessage(), QString());
    QCOMPARE(child<QListWidget>(dialog, u"endpointList"_s)->item(0)->text(), u"ticker 2"_s);
    QCOMPARE(dialog.endpoints().at(0).name, u"ticker 2"_s);

    retype(name, u"bad/name"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog.validationMessage().startsWith(u"bad/name: name: "_s),
             qPrintable(dialog.validationMessage()));
}

void tst_SettingsDialog::zeroHeartbeatTimeoutDisablesOk()
{
    SettingsDialog dialog(sample(), AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectEndpoint(u"chat"_s);
    auto *timeout = child<QSpinBox>(dialog, u"heartbeatTimeoutSpin"_s);
    retype(timeout, u"0"_s);
    QCOMPARE(timeout->value(), 0);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(dialog.validationMessage(), u"chat: heartbeat.timeout_ms: must be at least 10"_s);
    QVERIFY(timeout->property("invalid").toBool());

    // Neither OK nor accept() closes the dialog while something is invalid.
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    dialog.accept();
    QVERIFY(dialog.isVisible());

    retype(timeout, u"2500"_s);
    QCOMPARE(timeout->value(), 2500);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.endpoints().at(1).heartbeat.timeoutMs, 2500);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_SettingsDialog::duplicateNamesDisableOk()
{
    SettingsDialog dialog(sample(), AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectEndpoint(u"chat"_s);
    retype(child<QLineEdit>(dialog, u"nameEdit"_s), u"ticker"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog.validationMessage().startsWith(u"ticker: name: "_s),
             qPrintable(dialog.validationMessage()));
    retype(child<QLineEdit>(dialog, u"nameEdit"_s), u"chat"_s);
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_SettingsDialog::problemInAnotherEndpointStillDisablesOk()
{
    SettingsDialog dialog(sample(), AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListWidget>(dialog, u"endpointList"_s);
    retype(child<QSpinBox>(dialog, u"reconnectMaxSpin"_s), u"5"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    clickRow(list, 2);
    QCOMPARE(dialog.currentEndpointName(), u"遥测 telemetry"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog.validationMessage().startsWith(u"ticker: reconnect.max_ms: "_s),
             qPrintable(dialog.validationMessage()));
    clickRow(list, 0);
    QVERIFY(child<QSpinBox>(dialog, u"reconnectMaxSpin"_s)->property("invalid").toBool());
    retype(child<QSpinBox>(dialog, u"reconnectMaxSpin"_s), u"5000"_s);
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_SettingsDialog::addDuplicateRemove()
{
    SettingsDialog dialog({sample().at(0)}, AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListWidget>(dialog, u"endpointList"_s);
    auto *name = child<QLineEdit>(dialog, u"nameEdit"_s);

    QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
    QCOMPARE(listNames(list), (QStringList{u"ticker"_s, u"ticker-2"_s}));
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(name->text(), u"ticker-2"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    EndpointConfig copy = sample().at(0);
    copy.name = u"ticker-2"_s;
    QCOMPARE(dialog.endpoints().at(1), copy);

    QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
    QCOMPARE(listNames(list), (QStringList{u"ticker"_s, u"ticker-2"_s, u"ticker-3"_s}));
    clickRow(list, 0);
    QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
    QCOMPARE(listNames(list), (QStringList{u"ticker"_s, u"ticker-4"_s, u"ticker-2"_s, u"ticker-3"_s}));

    // A new endpoint needs a URL before OK is possible.
    QTest::mouseClick(child<QPushButton>(dialog, u"addButton"_s), Qt::LeftButton);
    QCOMPARE(list->count(), 5);
    QCOMPARE(name->text(), u"endpoint"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(dialog.validationMessage(), u"endpoint: urls: must list at least one URL"_s);
    retype(child<QPlainTextEdit>(dialog, u"urlsEdit"_s), u"ws://127.0.0.1:9/new"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, u"addButton"_s), Qt::LeftButton);
    QCOMPARE(name->text(), u"endpoint-2"_s);

    QTest::mouseClick(child<QPushButton>(dialog, u"removeButton"_s), Qt::LeftButton);
    QVERIFY(okButton(dialog)->isEnabled());
    clickRow(list, 1);
    QTest::mouseClick(child<QPushButton>(dialog, u"removeButton"_s), Qt::LeftButton);
    QCOMPARE(names(dialog.endpoints()),
             (QStringList{u"ticker"_s, u"endpoint"_s, u"ticker-2"_s, u"ticker-3"_s}));
    QCOMPARE(listNames(list), names(dialog.endpoints()));
    QCOMPARE(name->text(), list->currentItem()->text());

    while (list->count() > 0)
        QTest::mouseClick(child<QPushButton>(dialog, u"removeButton"_s), Qt::LeftButton);
    QVERIFY(dialog.endpoints().isEmpty());
    QVERIFY(!child<QPushButton>(dialog, u"removeButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, u"duplicateButton"_s)->isEnabled());
    QVERIFY(!child<EndpointEditor>(dialog, u"endpointEditor"_s)->isEnabled());
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_SettingsDialog::generalSettings()
{
    SettingsDialog dialog({}, AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.settings(), AppSettings());

    retype(child<QSpinBox>(dialog, u"logCapacitySpin"_s), u"500"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog.validationMessage().startsWith(u"general.log_capacity: "_s),
             qPrintable(dialog.validationMessage()));
    retype(child<QSpinBox>(dialog, u"logCapacitySpin"_s), u"200000"_s);
    QVERIFY(okButton(dialog)->isEnabled());

    auto *record = child<QCheckBox>(dialog, u"recordEnabledCheck"_s);
    auto *directory = child<QLineEdit>(dialog, u"recordDirectoryEdit"_s);
    QVERIFY(!directory->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton, {}, QPoint(5, record->height() / 2));
    QVERIFY(record->isChecked());
    QVERIFY(directory->isEnabled());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog.validationMessage().startsWith(u"general.record_directory: "_s),
             qPrintable(dialog.validationMessage()));
    QVERIFY(directory->property("invalid").toBool());
    retype(directory, u"/tmp/records"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!directory->property("invalid").toBool());

    child<QSpinBox>(dialog, u"recordRotateSpin"_s)->setValue(16);
    child<QSpinBox>(dialog, u"recordKeepSpin"_s)->setValue(9);
    child<QSpinBox>(dialog, u"notifyHoldSpin"_s)->setValue(30);
    child<QComboBox>(dialog, u"languageCombo"_s)->setCurrentIndex(3);
    retype(child<QSpinBox>(dialog, u"metricsPortSpin"_s), u"9464"_s);

    AppSettings expected;
    expected.logCapacity = 200'000;
    expected.recordEnabled = true;
    expected.recordDirectory = u"/tmp/records"_s;
    expected.recordRotateBytes = 16LL * 1024 * 1024;
    expected.recordKeepFiles = 9;
    expected.notifyHoldSeconds = 30;
    expected.language = u"zh_TW"_s;
    expected.metricsPort = 9464;
    QCOMPARE(dialog.settings(), expected);
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_SettingsDialog::importAndExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SettingsDialog dialog(sample(), AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const QString exported = dir.filePath(u"out.json"_s);
    QString error;
    QVERIFY2(dialog.exportFile(exported, &error), qPrintable(error));
    ConfigIssues issues;
    QCOMPARE(ConfigFile::load(exported, &issues).endpoints, sample());
    QVERIFY(issues.isEmpty());

    // A broken file changes nothing and says why, with line and column.
    const QString broken = dir.filePath(u"broken.json"_s);
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\": 1,\n \"endpoints\": [}\n");
    }
    QVERIFY(!dialog.importFile(broken, &error));
    QVERIFY2(error.contains(u"line 2"_s), qPrintable(error));
    QCOMPARE(dialog.endpoints(), sample());

    EndpointConfig other = endpoint(u"other"_s, u"ws://127.0.0.1:9/o"_s);
    ConfigFile file;
    file.endpoints = {other};
    QVERIFY(file.save(dir.filePath(u"other.json"_s), &error));
    QVERIFY2(dialog.importFile(dir.filePath(u"other.json"_s), &error), qPrintable(error));
    QCOMPARE(dialog.endpoints(), QList<EndpointConfig>{other});
    QCOMPARE(listNames(child<QListWidget>(dialog, u"endpointList"_s)), QStringList{u"other"_s});
    QCOMPARE(child<QLineEdit>(dialog, u"nameEdit"_s)->text(), u"other"_s);

    // Nothing invalid is exported.
    retype(child<QLineEdit>(dialog, u"nameEdit"_s), QString());
    QVERIFY(!child<QPushButton>(dialog, u"exportButton"_s)->isEnabled());
    QVERIFY(!dialog.exportFile(dir.filePath(u"bad.json"_s), &error));
    QVERIFY(!QFile::exists(dir.filePath(u"bad.json"_s)));
}

void tst_SettingsDialog::addedEndpointConnects()
{
    TestServer server;
    QVERIFY(server.listen());
    ConnectionManager manager;
    const QList<EndpointConfig> before{endpoint(u"a"_s, server), endpoint(u"b"_s, server)};
    for (const EndpointConfig &config : before)
        manager.addEndpoint(config);
    QTRY_COMPARE(openCount(manager), 2);

    SettingsDialog dialog(before, AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(dialog, u"addButton"_s), Qt::LeftButton);
    retype(child<QLineEdit>(dialog, u"nameEdit"_s), u"c"_s);
    retype(child<QPlainTextEdit>(dialog, u"urlsEdit"_s), server.url(u"c"_s).toString());
    QCOMPARE(dialog.validationMessage(), QString());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const EndpointChanges changes = diffEndpoints(before, dialog.endpoints());
    QCOMPARE(names(changes.added), QStringList{u"c"_s});
    QVERIFY(changes.changed.isEmpty());
    QVERIFY(changes.removed.isEmpty());
    applyEndpointChanges(&manager, changes);
    QTRY_COMPARE(server.connectionCount(u"c"_s), 1);
    QTRY_COMPARE(openCount(manager), 3);
    QCOMPARE(manager.endpoints(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(server.connectionCount(u"a"_s), 1);
    QCOMPARE(server.connectionCount(u"b"_s), 1);
}

void tst_SettingsDialog::editingOneLeavesTheOthersConnected()
{
    TestServer server;
    QVERIFY(server.listen());
    ConnectionManager manager;
    QList<EndpointConfig> current{endpoint(u"a"_s, server), endpoint(u"b"_s, server),
                                  endpoint(u"c"_s, server)};
    for (const EndpointConfig &config : current)
        manager.addEndpoint(config);
    QTRY_COMPARE(openCount(manager), 3);

    // A heartbeat change applies live: "b" keeps its socket and starts sending text pings.
    {
        SettingsDialog dialog(current, AppSettings());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.selectEndpoint(u"b"_s);
        auto *mode = child<QComboBox>(dialog, u"heartbeatModeCombo"_s);
        mode->setCurrentIndex(mode->findData(u"text"_s));
        QVERIFY(child<QLineEdit>(dialog, u"heartbeatExpectTextEdit"_s)->isVisible());
        QVERIFY(!child<QLineEdit>(dialog, u"heartbeatExpectFieldEdit"_s)->isVisible());
        retype(child<QSpinBox>(dialog, u"heartbeatIntervalSpin"_s), u"100"_s);
        QCOMPARE(dialog.validationMessage(), QString());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const EndpointChanges changes = diffEndpoints(current, dialog.endpoints());
        QVERIFY(changes.added.isEmpty());
        QVERIFY(changes.removed.isEmpty());
        QCOMPARE(names(changes.changed), QStringList{u"b"_s});
        QCOMPARE(changes.changed.constFirst().heartbeat.intervalMs, 100);
        applyEndpointChanges(&manager, changes);
        current = dialog.endpoints();
    }
    QTRY_VERIFY(server.pingsReceived(u"b"_s) >= 2);
    QCOMPARE(server.connectionCount(u"a"_s), 1);
    QCOMPARE(server.connectionCount(u"b"_s), 1);
    QCOMPARE(server.connectionCount(u"c"_s), 1);
    QCOMPARE(openCount(manager), 3);

    // A URL change reconnects that endpoint alone.
    {
        SettingsDialog dialog(current, AppSettings());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.selectEndpoint(u"a"_s);
        retype(child<QPlainTextEdit>(dialog, u"urlsEdit"_s), server.url(u"a-moved"_s).toString());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const EndpointChanges changes = diffEndpoints(current, dialog.endpoints());
        QCOMPARE(names(changes.changed), QStringList{u"a"_s});
        applyEndpointChanges(&manager, changes);
    }
    QTRY_COMPARE(server.connectionCount(u"a-moved"_s), 1);
    QTRY_COMPARE(server.concurrent(u"a"_s), 0);
    QTRY_COMPARE(openCount(manager), 3);
    QCOMPARE(server.connectionCount(u"b"_s), 1);
    QCOMPARE(server.connectionCount(u"c"_s), 1);
    QCOMPARE(server.concurrent(u"b"_s), 1);
    QCOMPARE(server.concurrent(u"c"_s), 1);
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
