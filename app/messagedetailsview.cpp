#include "messagedetailsview.h"

#include "logmodel.h"
#include "messagestore.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MessageDetailsView::MessageDetailsView(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(u"messageDetails"_s);
    setAccessibleName(tr("Message details"));

    m_header->setObjectName(u"messageDetailsHeader"_s);
    m_header->setAccessibleName(tr("Message summary"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setTextFormat(Qt::PlainText);

    m_text->setObjectName(u"messageDetailsText"_s);
    m_text->setAccessibleName(tr("Message content"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("Select a message to see it in full."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
}

QString MessageDetailsView::prettyJson(const QString &text)
{
    // Only a leading brace or bracket is worth a parse; most feeds send JSON, the rest is cheap to skip.
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != u'{' && trimmed.front() != u'['))
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !(document.isObject() || document.isArray()))
        return {};
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString MessageDetailsView::hexDump(const QByteArray &data, qsizetype limit)
{
    const qsizetype shown = std::min(data.size(), std::max<qsizetype>(0, limit));
    QString dump;
    dump.reserve((shown / 16 + 1) * 80);
    static constexpr char16_t digits[] = u"0123456789abcdef";
    for (qsizetype offset = 0; offset < shown; offset += 16) {
        dump += QString::number(offset, 16).rightJustified(8, u'0') + u"  "_s;
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (offset + i < shown) {
                const auto byte = static_cast<unsigned char>(data[offset + i]);
                dump += QChar(digits[byte >> 4]);
                dump += QChar(digits[byte & 0xf]);
                dump += u' ';
                ascii += (byte >= 0x20 && byte < 0x7f) ? QChar(char16_t(byte)) : QChar(u'.');
            } else {
                dump += u"   "_s;
            }
            if (i == 7)
                dump += u' ';
        }
        dump += u" |"_s + ascii + u"|\n"_s;
    }
    if (shown < data.size()) {
        //: Hex dump of a large binary message; %n bytes are not shown
        dump +=
            tr("… %n more bytes not shown", nullptr, int(std::min<qsizetype>(data.size() - shown, INT_MAX)));
        dump += u'\n';
    }
    return dump;
}

void MessageDetailsView::showRecord(const LogRecord &record)
{
    const qsizetype size = record.binary ? record.data.size() : record.text.toUtf8().size();
    //: Details header: seq, local time, endpoint, direction (in/out/event), size in bytes
    QString header = tr("#%1  %2  %3  %4  %n bytes", nullptr, int(std::min<qsizetype>(size, INT_MAX)))
                         .arg(record.seq)
                         .arg(QDateTime::fromMSecsSinceEpoch(record.timestampMs).toString(Qt::ISODateWithMs),
                              record.endpoint, LogModel::directionName(record.direction));
    if (record.heartbeat)
        header += u"  "_s + tr("(heartbeat)");
    m_header->setText(header);

    if (record.binary) {
        m_mode = Mode::Hex;
        m_text->setPlainText(hexDump(record.data));
        return;
    }
    const QString json = prettyJson(record.text);
    if (!json.isNull()) {
        m_mode = Mode::Json;
        m_text->setPlainText(json);
    } else {
        m_mode = Mode::Text;
        m_text->setPlainText(record.text);
    }
}

void MessageDetailsView::clear()
{
    m_mode = Mode::Text;
    m_header->clear();
    m_text->clear();
}

QString MessageDetailsView::currentText() const
{
    return m_text->toPlainText();
}

QString MessageDetailsView::headerText() const
{
    return m_header->text();
}
