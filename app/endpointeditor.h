#pragma once

#include "configissue.h"
#include "endpointconfig.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Edits one EndpointConfig, one widget per config key. config() reads the widgets back; issues()
// validates what they hold and the dialog shows the result. setIssues() marks the widgets that the
// issues point at (a red frame through the "invalid" property, and the message as tooltip).
// Ranges are left wide on purpose: a value out of range is reported by validate(), not silently
// clamped by a spin box. A widget that cannot show a value exactly (the factor rounded, the message
// size in KiB, the pins as lines) gives the value from setConfig() back until the user edits it.
class EndpointEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointEditor)

public:
    explicit EndpointEditor(QWidget *parent = nullptr);

    // Does not emit changed().
    void setConfig(const EndpointConfig &config);
    EndpointConfig config() const;

    // EndpointConfig::validate() of the current fields, plus what cannot be read from the fields at
    // all (a close code that is not a number). Paths have no prefix: "urls[0]", "heartbeat.timeout_ms".
    ConfigIssues issues() const;
    // Marks the widgets for these issues (paths as issues() gives them) and clears the others.
    void setIssues(const ConfigIssues &issues);
    // The widget that edits the key at path, or nullptr.
    QWidget *widgetForPath(const QString &path) const;

Q_SIGNALS:
    void changed();

private:
    void onModeChanged();
    void onEdited();
    void onBrowseCaFile();
    QSpinBox *addSpin(const QString &objectName, const QString &accessibleName, int minimum);
    QList<int> parseCloseCodes(ConfigIssues *issues) const;

    QLineEdit *m_name;
    QPlainTextEdit *m_urls;
    QPlainTextEdit *m_headers;
    QLineEdit *m_subprotocols;
    QSpinBox *m_connectTimeout;

    QLineEdit *m_caFile;
    QPushButton *m_caFileBrowse;
    QPlainTextEdit *m_pins;

    QComboBox *m_mode;
    QSpinBox *m_interval;
    QSpinBox *m_timeout;
    QSpinBox *m_maxMissed;
    QCheckBox *m_anyTrafficResets;
    QLineEdit *m_payload;
    QLineEdit *m_expectText;
    QLineEdit *m_expectField;
    QLineEdit *m_expectEquals;
    QLabel *m_expectTextLabel;
    QLabel *m_expectFieldLabel;
    QLabel *m_expectEqualsLabel;

    QSpinBox *m_initial;
    QSpinBox *m_max;
    QDoubleSpinBox *m_factor;
    QComboBox *m_jitter;
    QSpinBox *m_maxAttempts;
    QSpinBox *m_stable;
    QSpinBox *m_slowRetry;
    QLineEdit *m_closeCodes;
    QCheckBox *m_retryAuthFailures;

    QPlainTextEdit *m_onOpen;
    QSpinBox *m_staleAfter;
    QSpinBox *m_sendQueueLimit;
    QLineEdit *m_sequenceField;
    QSpinBox *m_maxMessageKiB;

    // The config last set, so that values a widget shows rounded (factor) read back unchanged.
    EndpointConfig m_original;
    double m_shownFactor = 0.0;
    int m_shownMaxMessageKiB = 0;
    QString m_shownPins;
    QHash<QString, QWidget *> m_fields; // config key path -> widget
    QHash<QWidget *, QString> m_baseToolTips;
    bool m_loading = false;
};
