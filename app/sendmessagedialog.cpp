#include "sendmessagedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SendMessageDialog::SendMessageDialog(const QString &endpoint, QWidget *parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)), m_json(new QCheckBox(tr("Send as &JSON"), this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Send to %1").arg(endpoint));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Message:"), this);
    label->setBuddy(m_edit);
    layout->addWidget(label);
    m_edit->setObjectName(u"messageEdit"_s);
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    layout->addWidget(m_edit);
    m_json->setObjectName(u"jsonCheck"_s);
    m_json->setAccessibleName(tr("Send as JSON"));
    layout->addWidget(m_json);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    // The same red as the other dialogs' messages; BrightText is white in Fusion, unreadable here.
    m_error->setStyleSheet(u"color: #c62828;"_s);
    layout->addWidget(m_error);
    QPushButton *send = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(u"sendButton"_s);
    send->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &SendMessageDialog::validate);
    connect(m_json, &QCheckBox::toggled, this, &SendMessageDialog::validate);
    resize(480, 260);
    validate();
}

QString SendMessageDialog::message() const
{
    if (!isJson()) {
        return m_edit->toPlainText();
    }
    // Compact, so the server sees one line whatever the user typed.
    return QString::fromUtf8(
        QJsonDocument::fromJson(m_edit->toPlainText().toUtf8()).toJson(QJsonDocument::Compact));
}

void SendMessageDialog::setMessage(const QString &text)
{
    m_edit->setPlainText(text);
}

bool SendMessageDialog::isJson() const
{
    return m_json->isChecked();
}

void SendMessageDialog::setJson(bool json)
{
    m_json->setChecked(json);
}

void SendMessageDialog::validate()
{
    QString problem;
    const QString text = m_edit->toPlainText();
    if (text.isEmpty()) {
        problem = tr("The message is empty.");
    } else if (isJson()) {
        QJsonParseError error;
        QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            //: %1 is Qt's description of the JSON error, %2 the character offset
            problem = tr("Not valid JSON: %1 at character %2.").arg(error.errorString()).arg(error.offset);
        }
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(problem.isEmpty());
        }
    }
}
