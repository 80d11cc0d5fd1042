#include "endpointeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr int FactorDecimals = 2;
constexpr qint64 KiB = 1024;

// The nearest whole KiB that a spin box can hold; the exact byte count is kept aside.
int toKiB(qint64 bytes)
{
    if (bytes <= 0)
        return 0;
    return int(std::min<qint64>((bytes + KiB / 2) / KiB, std::numeric_limits<int>::max()));
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

QStringList commaList(const QString &text)
{
    QStringList result;
    for (const QString &part : text.split(u',')) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

// One JSON value from text, or nothing when the text is not JSON (QJsonDocument only takes arrays
// and objects at the top, hence the wrapping array).
std::optional<QJsonValue> parseJsonValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QString(u'[' % text % u']').toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

QString jsonValueText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.sliced(1, array.size() - 2));
}

// "equals" accepts any JSON value. A plain word is taken as a string, so people can type pong
// rather than "pong"; anything that reads as JSON (1, true, "1", {...}) is taken as that value.
QJsonValue equalsFromText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (const auto value = parseJsonValue(text.trimmed()))
        return *value;
    return QJsonValue(text);
}

QString equalsToText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isString()) {
        const QString text = value.toString();
        // Quote only when the bare text would read back as something else.
        if (text.trimmed().isEmpty() || text.trimmed() != text || parseJsonValue(text))
            return jsonValueText(value);
        return text;
    }
    return jsonValueText(value);
}

} // namespace

EndpointEditor::EndpointEditor(QWidget *parent) : QWidget(parent)
{
    const auto lineEdit = [this](const QString &objectName, const QString &accessibleName) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        connect(edit, &QLineEdit::textChanged, this, &EndpointEditor::onEdited);
        return edit;
    };
    const auto textEdit = [this](const QString &objectName, const QString &accessibleName) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &EndpointEditor::onEdited);
        return edit;
    };
    const auto combo = [this](const QString &objectName, const QString &accessibleName) {
        auto *box = new QComboBox(this);
        box->setObjectName(objectName);
        box->setAccessibleName(accessibleName);
        return box;
    };

    // --- Connection ---
    m_name = lineEdit(u"nameEdit"_s, tr("Name"));
    m_name->setToolTip(tr("A unique label: letters, digits, spaces and - _ . :"));
    m_urls = textEdit(u"urlsEdit"_s, tr("URLs"));
    m_urls->setPlaceholderText(tr("wss://primary.example/feed\nwss://backup.example/feed"));
    m_urls->setToolTip(tr("One ws:// or wss:// URL per line. The first is the primary, the others are "
                          "tried in turn when it fails. ${VAR} is taken from the environment."));
    m_headers = textEdit(u"headersEdit"_s, tr("Headers"));
    m_headers->setPlaceholderText(tr("Authorization: Bearer ${TOKEN}"));
    m_headers->setToolTip(tr("Extra handshake headers, one \"Name: value\" per line."));
    m_subprotocols = lineEdit(u"subprotocolsEdit"_s, tr("Subprotocols"));
    m_subprotocols->setToolTip(tr("WebSocket subprotocols to offer, separated by commas."));
    m_connectTimeout = addSpin(u"connectTimeoutSpin"_s, tr("Connect timeout"), 0);

    auto *connectionBox = new QGroupBox(tr("Connection"), this);
    auto *connectionForm = new QFormLayout(connectionBox);
    connectionForm->addRow(tr("&Name:"), m_name);
    connectionForm->addRow(tr("&URLs:"), m_urls);
    connectionForm->addRow(tr("&Headers:"), m_headers);
    connectionForm->addRow(tr("&Subprotocols:"), m_subprotocols);
    connectionForm->addRow(tr("Connect &timeout:"), m_connectTimeout);

    // --- TLS ---
    m_caFile = lineEdit(u"caFileEdit"_s, tr("CA bundle file"));
    m_caFile->setPlaceholderText(u"/etc/ssl/private-ca.pem"_s);
    m_caFile->setToolTip(tr("A PEM file with CA certificates to trust in addition to the system's."));
    m_caFileBrowse = new QPushButton(tr("Bro&wse…"), this);
    m_caFileBrowse->setObjectName(u"caFileBrowseButton"_s);
    m_caFileBrowse->setAccessibleName(tr("Choose the CA bundle file"));
    connect(m_caFileBrowse, &QPushButton::clicked, this, &EndpointEditor::onBrowseCaFile);
    m_pins = textEdit(u"pinSha256Edit"_s, tr("Pinned SHA-256 fingerprints"));
    //: Placeholder of the pinned fingerprints field; keep the hex digits
    m_pins->setPlaceholderText(tr("AB:CD:…:EF, one per line"));
    m_pins->setToolTip(tr("SHA-256 fingerprints of the server certificate, one per line (64 hex digits, "
                          "colons allowed). When set, only a certificate with one of them is accepted, "
                          "even a self-signed one."));

    auto *tlsBox = new QGroupBox(tr("TLS"), this);
    auto *tlsForm = new QFormLayout(tlsBox);
    auto *tlsHint = new QLabel(tr("For wss:// URLs. The system's CA certificates are always trusted."), this);
    tlsHint->setWordWrap(true);
    tlsForm->addRow(tlsHint);
    auto *caFileLabel = new QLabel(tr("CA &bundle file:"), this);
    caFileLabel->setBuddy(m_caFile);
    auto *caFileRow = new QHBoxLayout;
    caFileRow->addWidget(m_caFile, 1);
    caFileRow->addWidget(m_caFileBrowse);
    tlsForm->addRow(caFileLabel, caFileRow);
    tlsForm->addRow(tr("&Pinned SHA-256 fingerprints:"), m_pins);

    // --- Heartbeat ---
    m_mode = combo(u"heartbeatModeCombo"_s, tr("Heartbeat mode"));
    //: Heartbeat mode: RFC 6455 ping frames
    m_mode->addItem(tr("Ping frames"), u"ping"_s);
    //: Heartbeat mode: a text message such as "ping"
    m_mode->addItem(tr("Text message"), u"text"_s);
    //: Heartbeat mode: a JSON object such as {"type":"ping"}
    m_mode->addItem(tr("JSON message"), u"json"_s);
    //: Heartbeat mode: send nothing, any inbound traffic proves the link alive
    m_mode->addItem(tr("Passive (watch traffic)"), u"passive"_s);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &EndpointEditor::onModeChanged);
    m_interval = addSpin(u"heartbeatIntervalSpin"_s, tr("Heartbeat interval"), 0);
    m_timeout = addSpin(u"heartbeatTimeoutSpin"_s, tr("Heartbeat timeout"), 0);
    m_maxMissed = addSpin(u"heartbeatMaxMissedSpin"_s, tr("Heartbeats missed before the link is dead"), 0);
    m_maxMissed->setSuffix(QString());
    m_anyTrafficResets = new QCheckBox(tr("Any inbound message &answers the heartbeat"), this);
    m_anyTrafficResets->setObjectName(u"anyTrafficResetsCheck"_s);
    m_anyTrafficResets->setAccessibleName(tr("Any inbound message answers the heartbeat"));
    connect(m_anyTrafficResets, &QCheckBox::toggled, this, &EndpointEditor::onEdited);
    m_payload = lineEdit(u"heartbeatPayloadEdit"_s, tr("Heartbeat payload"));
    m_payload->setToolTip(tr("What to send; empty means the default for the mode."));
    m_expectText = lineEdit(u"heartbeatExpectTextEdit"_s, tr("Expected reply"));
    m_expectText->setPlaceholderText(u"pong"_s);
    m_expectField = lineEdit(u"heartbeatExpectFieldEdit"_s, tr("Reply field"));
    m_expectField->setPlaceholderText(u"type"_s);
    m_expectEquals = lineEdit(u"heartbeatExpectEqualsEdit"_s, tr("Reply field value"));
    m_expectEquals->setPlaceholderText(u"pong"_s);
    m_expectEquals->setToolTip(tr("A JSON value; a plain word is taken as a string."));

    auto *heartbeatBox = new QGroupBox(tr("Heartbeat"), this);
    auto *heartbeatForm = new QFormLayout(heartbeatBox);
    heartbeatForm->addRow(tr("&Mode:"), m_mode);
    heartbeatForm->addRow(tr("&Interval:"), m_interval);
    heartbeatForm->addRow(tr("Ti&meout:"), m_timeout);
    heartbeatForm->addRow(tr("Ma&x missed:"), m_maxMissed);
    heartbeatForm->addRow(QString(), m_anyTrafficResets);
    heartbeatForm->addRow(tr("&Payload:"), m_payload);
    m_expectTextLabel = new QLabel(tr("&Expected reply:"), this);
    m_expectTextLabel->setBuddy(m_expectText);
    heartbeatForm->addRow(m_expectTextLabel, m_expectText);
    m_expectFieldLabel = new QLabel(tr("Reply &field:"), this);
    m_expectFieldLabel->setBuddy(m_expectField);
    heartbeatForm->addRow(m_expectFieldLabel, m_expectField);
    m_expectEqualsLabel = new QLabel(tr("Reply field &equals:"), this);
    m_expectEqualsLabel->setBuddy(m_expectEquals);
    heartbeatForm->addRow(m_expectEqualsLabel, m_expectEquals);

    // --- Reconnect ---
    m_initial = addSpin(u"reconnectInitialSpin"_s, tr("Initial reconnect delay"), 0);
    m_max = addSpin(u"reconnectMaxSpin"_s, tr("Maximum reconnect delay"), 0);
    m_factor = new QDoubleSpinBox(this);
    m_factor->setObjectName(u"reconnectFactorSpin"_s);
    m_factor->setAccessibleName(tr("Reconnect delay factor"));
    m_factor->setDecimals(FactorDecimals);
    m_factor->setRange(0.0, 1000.0);
    m_factor->setSingleStep(0.5);
    connect(m_factor, &QDoubleSpinBox::valueChanged, this, &EndpointEditor::onEdited);
    m_jitter = combo(u"reconnectJitterCombo"_s, tr("Reconnect jitter"));
    //: Reconnect jitter: the delay exactly
    m_jitter->addItem(tr("None"), u"none"_s);
    //: Reconnect jitter: uniform between 0 and the delay
    m_jitter->addItem(tr("Full"), u"full"_s);
    //: Reconnect jitter: uniform between half the delay and the delay
    m_jitter->addItem(tr("Equal"), u"equal"_s);
    //: Reconnect jitter: uniform between the initial delay and three times the previous one
    m_jitter->addItem(tr("Decorrelated"), u"decorrelated"_s);
    connect(m_jitter, &QComboBox::currentIndexChanged, this, &EndpointEditor::onEdited);
    m_maxAttempts = addSpin(u"reconnectMaxAttemptsSpin"_s, tr("Maximum reconnect attempts"), 0);
    m_maxAttempts->setSuffix(QString());
    //: Maximum reconnect attempts of 0
    m_maxAttempts->setSpecialValueText(tr("Unlimited"));
    m_stable = addSpin(u"reconnectStableSpin"_s, tr("Stable connection time"), 0);
    m_slowRetry = addSpin(u"reconnectSlowRetrySpin"_s, tr("Slow retry interval"), 0);
    m_closeCodes = lineEdit(u"noRetryCloseCodesEdit"_s, tr("Close codes that stop retrying"));
    m_closeCodes->setPlaceholderText(u"1008, 4001"_s);
    m_retryAuthFailures = new QCheckBox(tr("Retr&y after HTTP 401/403"), this);
    m_retryAuthFailures->setObjectName(u"retryAuthFailuresCheck"_s);
    m_retryAuthFailures->setAccessibleName(tr("Retry after HTTP 401/403"));
    m_retryAuthFailures->setToolTip(tr("Keep retrying when the server refuses the credentials. When off, "
                                       "the endpoint stops until the headers are fixed."));
    connect(m_retryAuthFailures, &QCheckBox::toggled, this, &EndpointEditor::onEdited);

    auto *reconnectBox = new QGroupBox(tr("Reconnect"), this);
    auto *reconnectForm = new QFormLayout(reconnectBox);
    reconnectForm->addRow(tr("I&nitial delay:"), m_initial);
    reconnectForm->addRow(tr("Maximum &delay:"), m_max);
    reconnectForm->addRow(tr("&Factor:"), m_factor);
    reconnectForm->addRow(tr("&Jitter:"), m_jitter);
    reconnectForm->addRow(tr("Max &attempts:"), m_maxAttempts);
    reconnectForm->addRow(tr("&Stable after:"), m_stable);
    reconnectForm->addRow(tr("S&low retry every:"), m_slowRetry);
    reconnectForm->addRow(tr("&Close codes that stop retrying:"), m_closeCodes);
    reconnectForm->addRow(QString(), m_retryAuthFailures);

    // --- Messages ---
    m_onOpen = textEdit(u"onOpenEdit"_s, tr("Messages sent on open"));
    m_onOpen->setToolTip(tr("Sent in order after every open, one message per line."));
    m_staleAfter = addSpin(u"staleAfterSpin"_s, tr("Stale after"), 0);
    //: Stale threshold of 0
    m_staleAfter->setSpecialValueText(tr("Never"));
    m_sendQueueLimit = addSpin(u"sendQueueLimitSpin"_s, tr("Offline send queue limit"), 0);
    m_sendQueueLimit->setSuffix(QString());
    m_sequenceField = lineEdit(u"sequenceFieldEdit"_s, tr("Sequence field"));
    m_sequenceField->setPlaceholderText(u"seq"_s);
    const QString sequenceHint =
        tr("The JSON member that numbers each message; missing numbers show as gaps. Empty: off.");
    m_sequenceField->setAccessibleDescription(sequenceHint);
    m_maxMessageKiB = addSpin(u"maxMessageSizeSpin"_s, tr("Maximum message size"), 0);
    //: Unit suffix of a spin box: kibibytes
    m_maxMessageKiB->setSuffix(tr(" KiB"));
    m_maxMessageKiB->setSingleStep(1024);
    m_maxMessageKiB->setToolTip(tr("The largest incoming message, from 1 KiB to 1 GiB (1048576 KiB). A "
                                   "larger one closes the link with code 1009."));

    auto *messagesBox = new QGroupBox(tr("Messages"), this);
    auto *messagesForm = new QFormLayout(messagesBox);
    messagesForm->addRow(tr("On &open:"), m_onOpen);
    messagesForm->addRow(tr("Stale a&fter:"), m_staleAfter);
    messagesForm->addRow(tr("Send &queue limit:"), m_sendQueueLimit);
    messagesForm->addRow(tr("Sequence fie&ld:"), m_sequenceField);
    auto *sequenceHintLabel = new QLabel(sequenceHint, this);
    sequenceHintLabel->setObjectName(u"sequenceFieldHint"_s);
    sequenceHintLabel->setWordWrap(true);
    messagesForm->addRow(QString(), sequenceHintLabel);
    messagesForm->addRow(tr("Max message si&ze:"), m_maxMessageKiB);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(connectionBox);
    contentLayout->addWidget(tlsBox);
    contentLayout->addWidget(heartbeatBox);
    contentLayout->addWidget(reconnectBox);
    contentLayout->addWidget(messagesBox);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"endpointEditorScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_fields = {
        {u"name"_s, m_name},
        {u"urls"_s, m_urls},
        {u"headers"_s, m_headers},
        {u"subprotocols"_s, m_subprotocols},
        {u"connect_timeout_ms"_s, m_connectTimeout},
        {u"tls"_s, m_caFile},
        {u"tls.ca_file"_s, m_caFile},
        {u"tls.pin_sha256"_s, m_pins},
        {u"heartbeat.mode"_s, m_mode},
        {u"heartbeat.interval_ms"_s, m_interval},
        {u"heartbeat.timeout_ms"_s, m_timeout},
        {u"heartbeat.max_missed"_s, m_maxMissed},
        {u"heartbeat.any_traffic_resets"_s, m_anyTrafficResets},
        {u"heartbeat.payload"_s, m_payload},
        {u"heartbeat.expect.field"_s, m_expectField},
        {u"heartbeat.expect.equals"_s, m_expectEquals},
        {u"reconnect.initial_ms"_s, m_initial},
        {u"reconnect.max_ms"_s, m_max},
        {u"reconnect.factor"_s, m_factor},
        {u"reconnect.jitter"_s, m_jitter},
        {u"reconnect.max_attempts"_s, m_maxAttempts},
        {u"reconnect.stable_ms"_s, m_stable},
        {u"reconnect.slow_retry_ms"_s, m_slowRetry},
        {u"reconnect.no_retry_close_codes"_s, m_closeCodes},
        {u"reconnect.retry_auth_failures"_s, m_retryAuthFailures},
        {u"on_open"_s, m_onOpen},
        {u"stale_after_ms"_s, m_staleAfter},
        {u"send_queue_limit"_s, m_sendQueueLimit},
        {u"sequence_field"_s, m_sequenceField},
        {u"max_message_bytes"_s, m_maxMessageKiB},
    };
    for (QWidget *widget : std::as_const(m_fields))
        m_baseToolTips.insert(widget, widget->toolTip());
    m_baseToolTips.insert(m_expectText, m_expectText->toolTip());

    setStyleSheet(u"*[invalid=\"true\"] { border: 1px solid #d32f2f; }"_s);
    setConfig(EndpointConfig());
}

QSpinBox *EndpointEditor::addSpin(const QString &objectName, const QString &accessibleName, int minimum)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(minimum, std::numeric_limits<int>::max());
    //: Unit suffix of a spin box: milliseconds
    spin->setSuffix(tr(" ms"));
    spin->setAccelerated(true);
    connect(spin, &QSpinBox::valueChanged, this, &EndpointEditor::onEdited);
    return spin;
}

void EndpointEditor::setConfig(const EndpointConfig &config)
{
    m_loading = true;
    m_original = config;

    m_name->setText(config.name);
    m_urls->setPlainText(config.urls.join(u'\n'));
    QStringList headerLines;
    for (const auto &[name, value] : config.headers)
        headerLines.append(value.isEmpty() ? QString(name % u':') : QString(name % u": "_s % value));
    m_headers->setPlainText(headerLines.join(u'\n'));
    m_subprotocols->setText(config.subprotocols.join(u", "_s));
    m_connectTimeout->setValue(config.connectTimeoutMs);
    m_caFile->setText(config.caFile);
    m_pins->setPlainText(config.pinSha256.join(u'\n'));
    m_shownPins = m_pins->toPlainText();

    const HeartbeatPolicy &hb = config.heartbeat;
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(HeartbeatPolicy::modeName(hb.mode))));
    m_interval->setValue(hb.intervalMs);
    m_timeout->setValue(hb.timeoutMs);
    m_maxMissed->setValue(hb.maxMissed);
    m_anyTrafficResets->setChecked(hb.anyTrafficResets);
    m_payload->setText(hb.payload);
    m_expectText->setText(hb.expectText);
    m_expectField->setText(hb.expectField);
    m_expectEquals->setText(equalsToText(hb.expectEquals));

    m_initial->setValue(
        int(qBound(qint64(0), config.backoff.initialMs, qint64(std::numeric_limits<int>::max()))));
    m_max->setValue(int(qBound(qint64(0), config.backoff.maxMs, qint64(std::numeric_limits<int>::max()))));
    m_factor->setValue(config.backoff.factor);
    m_shownFactor = m_factor->value();
    m_jitter->setCurrentIndex(qMax(0, m_jitter->findData(BackoffPolicy::jitterName(config.backoff.jitter))));
    m_maxAttempts->setValue(config.maxAttempts);
    m_stable->setValue(config.stableMs);
    m_slowRetry->setValue(config.slowRetryMs);
    QStringList codes;
    for (const int code : config.noRetryCloseCodes)
        codes.append(QString::number(code));
    m_closeCodes->setText(codes.join(u", "_s));
    m_retryAuthFailures->setChecked(config.retryAuthFailures);

    m_onOpen->setPlainText(config.onOpen.join(u'\n'));
    m_staleAfter->setValue(config.staleAfterMs);
    m_sendQueueLimit->setValue(config.sendQueueLimit);
    m_sequenceField->setText(config.sequenceField);
    m_maxMessageKiB->setValue(toKiB(config.maxMessageBytes));
    m_shownMaxMessageKiB = m_maxMessageKiB->value();

    onModeChanged();
    m_loading = false;
}

EndpointConfig EndpointEditor::config() const
{
    EndpointConfig config;
    config.name = m_name->text();
    config.urls = nonEmptyLines(m_urls->toPlainText());
    // A line without a colon is a header with an empty value; validate() judges its name.
    for (const QString &line : nonEmptyLines(m_headers->toPlainText())) {
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            config.headers.append({line, QString()});
        else
            config.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    config.subprotocols = commaList(m_subprotocols->text());
    config.connectTimeoutMs = m_connectTimeout->value();
    // Taken as typed: validate() names a stray space rather than the editor hiding it.
    config.caFile = m_caFile->text();
    // Untouched pins keep the file's list exactly (an empty entry, a stray space), so that validate()
    // still names what the lines would hide.
    config.pinSha256 =
        m_pins->toPlainText() == m_shownPins ? m_original.pinSha256 : nonEmptyLines(m_pins->toPlainText());

    HeartbeatPolicy &hb = config.heartbeat;
    hb.mode =
        HeartbeatPolicy::modeFromName(m_mode->currentData().toString()).value_or(HeartbeatPolicy::Mode::Ping);
    hb.intervalMs = m_interval->value();
    hb.timeoutMs = m_timeout->value();
    hb.maxMissed = m_maxMissed->value();
    hb.anyTrafficResets = m_anyTrafficResets->isChecked();
    // Kept in every mode (the file keeps it too), so switching modes back and forth loses nothing.
    hb.payload = m_payload->text();
    if (hb.mode == HeartbeatPolicy::Mode::Text) {
        hb.expectText = m_expectText->text();
    } else if (hb.mode == HeartbeatPolicy::Mode::Json) {
        hb.expectField = m_expectField->text();
        hb.expectEquals = equalsFromText(m_expectEquals->text());
    }

    config.backoff.initialMs = m_initial->value();
    config.backoff.maxMs = m_max->value();
    // The spin box shows the factor rounded; an untouched one keeps the exact value from the file.
    config.backoff.factor =
        m_factor->value() == m_shownFactor ? m_original.backoff.factor : m_factor->value();
    config.backoff.jitter = BackoffPolicy::jitterFromName(m_jitter->currentData().toString())
                                .value_or(BackoffPolicy::Jitter::Full);
    config.maxAttempts = m_maxAttempts->value();
    config.stableMs = m_stable->value();
    config.slowRetryMs = m_slowRetry->value();
    config.noRetryCloseCodes = parseCloseCodes(nullptr);
    config.retryAuthFailures = m_retryAuthFailures->isChecked();

    config.onOpen = nonEmptyLines(m_onOpen->toPlainText());
    config.staleAfterMs = m_staleAfter->value();
    config.sendQueueLimit = m_sendQueueLimit->value();
    config.sequenceField = m_sequenceField->text();
    // The spin box counts whole KiB; an untouched one keeps the exact byte count from the file.
    config.maxMessageBytes = m_maxMessageKiB->value() == m_shownMaxMessageKiB
                                 ? m_original.maxMessageBytes
                                 : qint64(m_maxMessageKiB->value()) * KiB;
    return config;
}

QList<int> EndpointEditor::parseCloseCodes(ConfigIssues *issues) const
{
    QList<int> codes;
    for (const QString &part : commaList(m_closeCodes->text())) {
        bool ok = false;
        const int code = part.toInt(&ok);
        if (ok)
            codes.append(code);
        else if (issues)
            issues->append(
                {u"reconnect.no_retry_close_codes"_s,
                 tr("\"%1\" is not a close code (expected numbers separated by commas)").arg(part)});
    }
    return codes;
}

ConfigIssues EndpointEditor::issues() const
{
    ConfigIssues result;
    parseCloseCodes(&result);
    result.append(config().validate());
    return result;
}

QWidget *EndpointEditor::widgetForPath(const QString &path) const
{
    // "urls[1]" -> "urls", "headers.X-Token" -> "headers": the longest known key that path starts with.
    QString key = path;
    while (!key.isEmpty()) {
        if (key == u"heartbeat.expect"_s)
            return m_mode->currentData().toString() == u"json"_s ? static_cast<QWidget *>(m_expectField)
                                                                 : m_expectText;
        if (QWidget *widget = m_fields.value(key))
            return widget;
        const qsizetype cut = std::max(key.lastIndexOf(u'.'), key.lastIndexOf(u'['));
        if (cut <= 0)
            break;
        key.truncate(cut);
    }
    return nullptr;
}

void EndpointEditor::setIssues(const ConfigIssues &issues)
{
    QHash<QWidget *, QStringList> messages;
    for (const ConfigIssue &issue : issues) {
        if (QWidget *widget = widgetForPath(issue.path))
            messages[widget].append(issue.toString());
    }
    for (auto it = m_baseToolTips.constBegin(); it != m_baseToolTips.constEnd(); ++it) {
        QWidget *widget = it.key();
        const bool invalid = messages.contains(widget);
        widget->setToolTip(invalid ? messages.value(widget).join(u'\n') : it.value());
        if (widget->property("invalid").toBool() == invalid)
            continue;
        widget->setProperty("invalid", invalid);
        // A dynamic property is not watched by the style sheet; re-polish to pick the frame up.
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
        widget->update();
    }
}

void EndpointEditor::onModeChanged()
{
    const QString mode = m_mode->currentData().toString();
    const bool text = mode == u"text"_s;
    const bool json = mode == u"json"_s;
    m_expectTextLabel->setVisible(text);
    m_expectText->setVisible(text);
    m_expectFieldLabel->setVisible(json);
    m_expectField->setVisible(json);
    m_expectEqualsLabel->setVisible(json);
    m_expectEquals->setVisible(json);
    m_payload->setEnabled(text || json);
    m_payload->setPlaceholderText(text ? u"ping"_s : json ? u"{\"type\":\"ping\"}"_s : QString());
    onEdited();
}

void EndpointEditor::onBrowseCaFile()
{
    const QString current = m_caFile->text().trimmed();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("CA bundle file"), start,
                                     //: File dialog filter; keep the patterns in parentheses
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty()) {
        m_caFile->setText(QDir::toNativeSeparators(file));
        m_caFile->setFocus();
    }
}

void EndpointEditor::onEdited()
{
    if (!m_loading)
        Q_EMIT changed();
}
