#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Asks for one message to send to an endpoint, as text or as JSON. In JSON mode the text must parse
// as JSON; Send stays disabled, and the label says where parsing failed, until it does.
class SendMessageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendMessageDialog)

public:
    explicit SendMessageDialog(const QString &endpoint, QWidget *parent = nullptr);

    QString message() const;
    void setMessage(const QString &text);
    bool isJson() const;
    void setJson(bool json);

private:
    void validate();

    QPlainTextEdit *m_edit;
    QCheckBox *m_json;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
