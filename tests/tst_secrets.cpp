#include "secrets.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Secrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expand_data();
    void expand();
    void variableNames_data();
    void variableNames();
    void secretQueryKey_data();
    void secretQueryKey();
    void secretHeader_data();
    void secretHeader();
    void redactUrl_data();
    void redactUrl();
    void redactQUrl();
    void redactHeaderValue_data();
    void redactHeaderValue();
    void redactText_data();
    void redactText();
};

void tst_Secrets::expand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("no variables") << u"plain $text {x}"_s << u"plain $text {x}"_s << QStringList();
    QTest::newRow("set") << u"Bearer ${TOKEN}"_s << u"Bearer s3cr3t"_s << QStringList();
    QTest::newRow("set but empty") << u"[${EMPTY}]"_s << u"[]"_s << QStringList();
    QTest::newRow("unset") << u"a${NOPE}b"_s << u"ab"_s << QStringList{u"NOPE"_s};
    QTest::newRow("unset twice, listed once")
        << u"${NOPE}${NOPE}${OTHER}"_s << QString() << QStringList{u"NOPE"_s, u"OTHER"_s};
    QTest::newRow("escape") << u"$${TOKEN}"_s << u"${TOKEN}"_s << QStringList();
    QTest::newRow("escape then variable") << u"$${X} ${HOST}"_s << u"${X} h.example"_s << QStringList();
    QTest::newRow("unterminated") << u"wss://h/${TOKEN"_s << u"wss://h/${TOKEN"_s << QStringList();
    QTest::newRow("unterminated then variable") << u"${A ${HOST}"_s << u"${A h.example"_s << QStringList();
    QTest::newRow("bad name left alone") << u"${1X} ${A-B} ${}"_s << u"${1X} ${A-B} ${}"_s << QStringList();
    QTest::newRow("multiple") << u"wss://${HOST}/feed?token=${TOKEN}&u=${USER_1}"_s
                              << u"wss://h.example/feed?token=s3cr3t&u=ann"_s << QStringList();
    QTest::newRow("adjacent") << u"${HOST}${TOKEN}${HOST}"_s << u"h.examples3cr3th.example"_s
                              << QStringList();
    QTest::newRow("lone dollar") << u"cost $5 and $"_s << u"cost $5 and $"_s << QStringList();
    QTest::newRow("value not re-expanded") << u"${NESTED}"_s << u"${TOKEN}"_s << QStringList();
    QTest::newRow("underscore name") << u"${_private}"_s << u"p"_s << QStringList();
}

void tst_Secrets::expand()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);

    QProcessEnvironment env;
    env.insert(u"TOKEN"_s, u"s3cr3t"_s);
    env.insert(u"HOST"_s, u"h.example"_s);
    env.insert(u"USER_1"_s, u"ann"_s);
    env.insert(u"EMPTY"_s, QString());
    env.insert(u"NESTED"_s, u"${TOKEN}"_s);
    env.insert(u"_private"_s, u"p"_s);

    QStringList actualMissing;
    QCOMPARE(Secrets::expand(text, env, &actualMissing), expected);
    QCOMPARE(actualMissing, missing);
    // The missing list is optional.
    QCOMPARE(Secrets::expand(text, env), expected);
}

void tst_Secrets::secretQueryKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");

    for (const QString &key :
         {u"token"_s,         u"access_token"_s, u"wsToken"_s,    u"WSTOKEN"_s, u"auth"_s,
          u"Authorization"_s, u"key"_s,          u"apikey"_s,     u"api_key"_s, u"API_KEY"_s,
          u"password"_s,      u"passwd"_s,       u"pwd"_s,        u"secret"_s,  u"signature"_s,
          u"sig"_s,           u"session"_s,      u"sessionid"_s,  u"jwt"_s,     u"refresh_token"_s,
          u"clientSecret"_s,  u"x-api-key"_s,    u"db_password"_s})
        QTest::newRow(qPrintable(key)) << key << true;
    for (const QString &key : {u"channel"_s, u"symbol"_s, u"v"_s, u""_s, u"tokens"_s, u"keys"_s, u"signed"_s,
                               u"author"_s, u"sessions_count"_s})
        QTest::newRow(qPrintable(u"not "_s + key)) << key << false;
}

void tst_Secrets::secretQueryKey()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(Secrets::isSecretQueryKey(key), secret);
}

void tst_Secrets::secretHeader_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");

    for (const QString &name : {u"Authorization"_s, u"authorization"_s, u"Proxy-Authorization"_s, u"Cookie"_s,
                                u"Set-Cookie"_s, u"X-Api-Key"_s, u"X-Auth-Token"_s, u"X-Client-Secret"_s,
                                u"X-Password"_s, u"X-Authentication"_s, u"Sec-WebSocket-Key"_s})
        QTest::newRow(qPrintable(name)) << name << true;
    for (const QString &name : {u"User-Agent"_s, u"Origin"_s, u"Sec-WebSocket-Protocol"_s, u"X-Client"_s,
                                u"Accept"_s, u"Keep-Alive"_s})
        QTest::newRow(qPrintable(u"not "_s + name)) << name << false;
}

void tst_Secrets::secretHeader()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(Secrets::isSecretHeader(name), secret);
}

void tst_Secrets::redactUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("token") << u"wss://h.example/feed?token=abc123"_s << u"wss://h.example/feed?token=***"_s;
    QTest::newRow("access_token") << u"wss://h.example/?access_token=abc"_s
                                  << u"wss://h.example/?access_token=***"_s;
    QTest::newRow("wsToken") << u"wss://h.example/ws?wsToken=abc"_s << u"wss://h.example/ws?wsToken=***"_s;
    QTest::newRow("key") << u"wss://h.example/?key=k-1"_s << u"wss://h.example/?key=***"_s;
    QTest::newRow("password in userinfo")
        << u"wss://ann:hunter2@h.example:8443/feed"_s << u"wss://ann:***@h.example:8443/feed"_s;
    QTest::newRow("user without password") << u"wss://ann@h.example/feed"_s << u"wss://ann@h.example/feed"_s;
    QTest::newRow("mixed params keep order")
        << u"wss://h.example/feed?channel=trades&token=abc&symbol=BTC-USD&api_key=zz&v=2"_s
        << u"wss://h.example/feed?channel=trades&token=***&symbol=BTC-USD&api_key=***&v=2"_s;
    QTest::newRow("placeholder value")
        << u"wss://h.example/feed?token=${TICKER_TOKEN}&x=1"_s << u"wss://h.example/feed?token=***&x=1"_s;
    QTest::newRow("placeholder password")
        << u"wss://${USER}:${PASS}@h.example/"_s << u"wss://${USER}:***@h.example/"_s;
    QTest::newRow("no query") << u"wss://h.example/feed"_s << u"wss://h.example/feed"_s;
    QTest::newRow("empty secret value")
        << u"wss://h.example/?token=&a=1"_s << u"wss://h.example/?token=&a=1"_s;
    QTest::newRow("key without value") << u"wss://h.example/?token&a=1"_s << u"wss://h.example/?token&a=1"_s;
    QTest::newRow("encoded value") << u"wss://h.example/?token=a%26b%3Dc&a=1"_s
                                   << u"wss://h.example/?token=***&a=1"_s;
    QTest::newRow("encoded key") << u"wss://h.example/?access%5Ftoken=abc"_s
                                 << u"wss://h.example/?access%5Ftoken=***"_s;
    QTest::newRow("fragment kept") << u"wss://h.example/?sig=abc#token=x"_s
                                   << u"wss://h.example/?sig=***#token=x"_s;
    QTest::newRow("at sign in path") << u"wss://h.example/u@x:y?a=1"_s << u"wss://h.example/u@x:y?a=1"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_Secrets::redactUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(Secrets::redactUrl(url), expected);
}

void tst_Secrets::redactQUrl()
{
    const QUrl url(u"wss://ann:hunter2@h.example/feed?channel=trades&token=abc123&v=2"_s);
    QVERIFY(url.isValid());
    const QString redacted = Secrets::redactUrl(url);
    QCOMPARE(redacted, u"wss://ann:***@h.example/feed?channel=trades&token=***&v=2"_s);
    QVERIFY(!redacted.contains(u"hunter2"_s));
    QVERIFY(!redacted.contains(u"abc123"_s));

    // A value with an encoded delimiter does not leak its tail.
    const QUrl encoded(u"wss://h.example/?token=a%26b&x=1"_s);
    QCOMPARE(Secrets::redactUrl(encoded), u"wss://h.example/?token=***&x=1"_s);
}

void tst_Secrets::redactHeaderValue_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bearer") << u"Authorization"_s << u"Bearer abc.def.ghi"_s << u"Bearer ***"_s;
    QTest::newRow("basic") << u"Authorization"_s << u"Basic dXNlcjpwYXNz"_s << u"Basic ***"_s;
    QTest::newRow("token scheme") << u"Authorization"_s << u"Token 12345"_s << u"Token ***"_s;
    QTest::newRow("scheme case kept") << u"authorization"_s << u"bearer xyz"_s << u"bearer ***"_s;
    QTest::newRow("placeholder") << u"Authorization"_s << u"Bearer ${TICKER_TOKEN}"_s << u"Bearer ***"_s;
    QTest::newRow("no scheme") << u"X-Api-Key"_s << u"abc123"_s << u"***"_s;
    QTest::newRow("unknown first word masked") << u"X-Api-Key"_s << u"part1 part2"_s << u"***"_s;
    QTest::newRow("cookie") << u"Cookie"_s << u"session=abc; theme=dark"_s << u"***"_s;
    QTest::newRow("scheme alone") << u"Authorization"_s << u"Bearer"_s << u"***"_s;
    QTest::newRow("empty secret") << u"Authorization"_s << QString() << QString();
    QTest::newRow("not secret") << u"User-Agent"_s << u"feedpulse/0.1 Bearer x"_s
                                << u"feedpulse/0.1 Bearer x"_s;
    QTest::newRow("origin") << u"Origin"_s << u"https://example.com"_s << u"https://example.com"_s;
}

void tst_Secrets::redactHeaderValue()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(Secrets::redactHeaderValue(name, value), expected);
}

void tst_Secrets::redactText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one") << u"connected with s3cr3t ok"_s << QStringList{u"s3cr3t"_s}
                         << u"connected with *** ok"_s;
    QTest::newRow("every occurrence")
        << u"s3cr3t and s3cr3t"_s << QStringList{u"s3cr3t"_s} << u"*** and ***"_s;
    QTest::newRow("several") << u"user ann pass hunter2 token abc"_s << QStringList{u"hunter2"_s, u"abc"_s}
                             << u"user ann pass *** token ***"_s;
    QTest::newRow("too short ignored") << u"a ab abc"_s << QStringList{u"a"_s, u"ab"_s} << u"a ab abc"_s;
    QTest::newRow("empty ignored") << u"text"_s << QStringList{QString()} << u"text"_s;
    QTest::newRow("longest first") << u"key=abcdef"_s << QStringList{u"abc"_s, u"abcdef"_s} << u"key=***"_s;
    QTest::newRow("none") << u"nothing here"_s << QStringList() << u"nothing here"_s;
}

void tst_Secrets::redactText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    QFETCH(QString, expected);
    QCOMPARE(Secrets::redactText(text, secrets), expected);
}

void tst_Secrets::variableNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("none") << u"ws://host/feed"_s << QStringList();
    QTest::newRow("two in order, once each") << u"${B}/${A}?x=${B}"_s << QStringList{u"B"_s, u"A"_s};
    QTest::newRow("escaped is not a variable") << u"$${NOT}/${YES}"_s << QStringList{u"YES"_s};
    QTest::newRow("unterminated") << u"${OPEN"_s << QStringList();
}

void tst_Secrets::variableNames()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QCOMPARE(Secrets::variableNames(text), names);
}

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
