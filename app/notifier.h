#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class Clock;
class QStatusBar;
class QSystemTrayIcon;

// Turns connection state changes into tray or status-bar notices, without the noise of a flapping
// link. A state change only makes a candidate notice per endpoint; the candidate is sent when the
// endpoint is still in that condition holdMs later (on the Clock), and dropped as soon as it is not.
//
//   Down      an Open/Stale endpoint failed (Backoff or Connecting) and has not come back
//   GaveUp    the endpoint entered GaveUp and has not come back
//   Recovered the endpoint is Open again after a Down or GaveUp notice was sent for it
//
// A user stop (Closing/Stopped) cancels everything for the endpoint and sends nothing.
// Deadlines are served by one timer, or by Clock::advanced() when the clock is manual.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    enum class Kind { Down, GaveUp, Recovered };
    Q_ENUM(Kind)

    explicit Notifier(Clock *clock = nullptr, QObject *parent = nullptr);
    ~Notifier() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // How long a condition must hold before its notice is sent (default 5000 ms).
    void setHoldMs(int ms);
    int holdMs() const { return m_holdMs; }

    // Where notices go: the tray icon when the platform has a tray and the icon is visible,
    // else the status bar. Neither is owned.
    void setTrayIcon(QSystemTrayIcon *tray);
    void setStatusBar(QStatusBar *bar);

    // Notices sent so far of one kind.
    int noticeCount(Kind kind) const;

public Q_SLOTS:
    // Connect to ConnectionManager::stateChanged.
    void onStateChanged(const QString &endpoint, int state, int previous);

Q_SIGNALS:
    void notify(const QString &endpoint, Notifier::Kind kind, const QString &title, const QString &message);

private:
    struct Watch
    {
        int state = 0;
        bool pending = false;
        Kind pendingKind = Kind::Down;
        qint64 pendingSince = 0; // Clock time the candidate's condition started
        qint64 downSince = 0;    // Clock time the current outage began; 0 while up
        qint64 outageMs = -1;    // length of the outage a pending Recovered ends; -1 if unknown
        bool downNoticeSent = false;
        bool gaveUpNoticeSent = false;
    };

    void propose(Watch &watch, Kind kind, qint64 now);
    void evaluate();
    void armTimer();
    void send(const QString &endpoint, Watch &watch, qint64 now);

    Clock *m_clock;
    QTimer m_timer;
    QPointer<QSystemTrayIcon> m_tray;
    QPointer<QStatusBar> m_statusBar;
    QHash<QString, Watch> m_watches;
    int m_holdMs = 5000;
    bool m_enabled = true;
    int m_counts[3] = {};
};
