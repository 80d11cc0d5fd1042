#pragma once

#include <QWidget>

struct LogRecord;
class QLabel;
class QPlainTextEdit;

// Shows one log record in full: a header line (time, endpoint, direction, size) and the payload,
// as indented JSON when the text is a JSON object or array, as a hex dump (offset, 16 bytes, ASCII)
// when it is binary, otherwise as plain text. Read-only, monospace.
class MessageDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDetailsView)

public:
    enum class Mode { Json, Text, Hex };
    Q_ENUM(Mode)

    // Binary payloads beyond this are cut in the hex dump, with a note saying how much was left out.
    static constexpr qsizetype HexDumpLimit = 64 * 1024;

    explicit MessageDetailsView(QWidget *parent = nullptr);

    void showRecord(const LogRecord &record);
    void clear();

    QString currentText() const;
    QString headerText() const;
    Mode mode() const { return m_mode; }

    // The pure formatting, also useful to tests.
    static QString hexDump(const QByteArray &data, qsizetype limit = HexDumpLimit);
    // The indented JSON of text when it is a JSON object or array, otherwise a null string.
    static QString prettyJson(const QString &text);

private:
    QLabel *m_header;
    QPlainTextEdit *m_text;
    Mode m_mode = Mode::Text;
};
