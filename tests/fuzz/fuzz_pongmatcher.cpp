// HeartbeatPolicy::isPong() against a slow reference. The input is lines: mode, payload, expected
// text (text mode) or field (json mode), the expected value as JSON (json mode; empty or invalid
// means unset), then the message (the rest, newlines included).
//
// What is asserted: no false positive ever; in text mode exact equality; in json mode exact
// agreement on messages as QJsonDocument writes them. On other spellings isPong() may miss a reply
// whose field or value is escaped although it need not be ("typ\u0065"): its prefilter expects the
// verbatim text that every encoder writes (heartbeatpolicy.h: no parse unless they appear).
#include "heartbeatpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const char *what, const HeartbeatPolicy &policy, QStringView message)
{
    std::fprintf(
        stderr, "fuzz_pongmatcher: %s\n  mode %s, field \"%s\", equals %s, text \"%s\"\n  message: %s\n",
        what, qPrintable(HeartbeatPolicy::modeName(policy.mode)), qPrintable(policy.effectiveExpectField()),
        QJsonDocument(QJsonArray{policy.effectiveExpectEquals()}).toJson(QJsonDocument::Compact).constData(),
        qPrintable(policy.effectiveExpectText()), qPrintable(message.toString()));
    std::abort();
}

// The json-mode rule as the header states it, with a full parse and no shortcut.
bool referenceJsonPong(const HeartbeatPolicy &policy, const QJsonDocument &document)
{
    return document.isObject() &&
           document.object().value(policy.effectiveExpectField()) == policy.effectiveExpectEquals();
}

QJsonDocument parseObject(QStringView message)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(message.trimmed().toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringView rest = input;
    const auto line = [&rest] {
        const qsizetype end = rest.indexOf(u'\n');
        const QStringView head = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QStringView() : rest.sliced(end + 1);
        return head;
    };

    HeartbeatPolicy policy;
    policy.mode = HeartbeatPolicy::modeFromName(line().toString()).value_or(HeartbeatPolicy::Mode::Json);
    policy.payload = line().toString();
    const QString expect = line().toString();
    if (policy.mode == HeartbeatPolicy::Mode::Text)
        policy.expectText = expect;
    else
        policy.expectField = expect;
    QByteArray equalsJson = line().toUtf8();
    equalsJson.prepend('[').append(']');
    const QJsonDocument equals = QJsonDocument::fromJson(equalsJson);
    if (equals.isArray() && !equals.array().isEmpty())
        policy.expectEquals = equals.array().at(0);
    const QStringView message = rest;

    const bool sends =
        policy.mode == HeartbeatPolicy::Mode::Text || policy.mode == HeartbeatPolicy::Mode::Json;
    if (policy.pingPayload().isEmpty() == sends)
        fail("pingPayload() is empty exactly when the mode sends nothing", policy, message);

    const bool pong = policy.isPong(message);
    switch (policy.mode) {
    case HeartbeatPolicy::Mode::Ping:
    case HeartbeatPolicy::Mode::Passive:
        if (pong)
            fail("a message matched in a mode without application pongs", policy, message);
        return 0;
    case HeartbeatPolicy::Mode::Text:
        if (pong != (message == policy.effectiveExpectText()))
            fail("text mode disagrees with exact equality", policy, message);
        return 0;
    case HeartbeatPolicy::Mode::Json:
        break;
    }

    const QJsonDocument document = parseObject(message);
    if (pong && !referenceJsonPong(policy, document))
        fail("isPong() accepted a message that is not the reply", policy, message);
    if (!document.isObject())
        return 0;
    // The same object as Qt's encoder writes it: here the prefilter may not reject the reply.
    const QString canonical = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    if (policy.isPong(canonical) != referenceJsonPong(policy, document))
        fail("isPong() disagrees with the reference on QJsonDocument's own encoding", policy, canonical);
    return 0;
}
