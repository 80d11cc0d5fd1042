#include "notifier.h"

#include "clock.h"
#include "connection.h"

#include <QStatusBar>
#include <QSystemTrayIcon>

#include <algorithm>
#include <chrono>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

using State = Connection::State;

bool isUp(int state)
{
    return state == int(State::Open) || state == int(State::Stale);
}

// Trying to get back: the slow lane goes GaveUp → Connecting → GaveUp, so these all count as
// still down rather than as a change of condition.
bool isDown(int state)
{
    return state == int(State::Backoff) || state == int(State::Connecting) || state == int(State::GaveUp);
}

bool isUserStop(int state)
{
    return state == int(State::Closing) || state == int(State::Stopped);
}

int seconds(qint64 ms)
{
    return int(std::clamp<qint64>((ms + 500) / 1000, 0, std::numeric_limits<int>::max()));
}

} // namespace

Notifier::Notifier(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : Clock::system()), m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Notifier::evaluate);
    if (m_clock->isManual()) {
        connect(m_clock, &Clock::advanced, this, &Notifier::evaluate);
    }
}

Notifier::~Notifier() = default;

void Notifier::setEnabled(bool enabled)
{
    if (m_enabled == enabled) {
        return;
    }
    m_enabled = enabled;
    if (!enabled) {
        // Candidates made while enabled must not fire later; what was already sent stays sent,
        // so a recovery after re-enabling is still reported.
        for (Watch &watch : m_watches) {
            watch.pending = false;
        }
        armTimer();
    }
}

void Notifier::setHoldMs(int ms)
{
    m_holdMs = std::max(0, ms);
    evaluate();
}

void Notifier::setTrayIcon(QSystemTrayIcon *tray)
{
    m_tray = tray;
}

void Notifier::setStatusBar(QStatusBar *bar)
{
    m_statusBar = bar;
}

int Notifier::noticeCount(Kind kind) const
{
    return m_counts[int(kind)];
}

void Notifier::onStateChanged(const QString &endpoint, int state, int previous)
{
    if (isUserStop(state)) {
        m_watches.remove(endpoint);
        armTimer();
        return;
    }
    const qint64 now = m_clock->now();
    Watch &watch = m_watches[endpoint];
    watch.state = state;

    if (isUp(state)) {
        if (!isUp(previous)) {
            watch.outageMs = watch.downSince ? now - watch.downSince : -1;
        }
        if (!watch.downNoticeSent && !watch.gaveUpNoticeSent) {
            // Otherwise the outage that was announced lasts until its recovery is.
            watch.downSince = 0;
        }
        if (watch.pending && watch.pendingKind != Kind::Recovered) {
            // A flap: the failure did not last, so nobody hears of it.
            watch.pending = false;
        }
        if ((watch.downNoticeSent || watch.gaveUpNoticeSent) && !isUp(previous)) {
            if (m_enabled) {
                propose(watch, Kind::Recovered, now);
            } else {
                // Recovered while muted: the outage is over, so the next failure is news again.
                watch.downNoticeSent = false;
                watch.gaveUpNoticeSent = false;
                watch.downSince = 0;
            }
        }
    } else if (isDown(state)) {
        if (watch.pending && watch.pendingKind == Kind::Recovered) {
            // Back down before the recovery held: the earlier notice still describes the endpoint.
            watch.pending = false;
        }
        if (watch.downSince == 0) {
            watch.downSince = now;
        }
        if (isUp(previous)) {
            if (!watch.downNoticeSent && !watch.gaveUpNoticeSent) {
                propose(watch, Kind::Down, now);
            }
        }
        if (state == int(State::GaveUp) && previous != int(State::GaveUp) && !watch.gaveUpNoticeSent &&
            !(watch.pending && watch.pendingKind == Kind::GaveUp)) {
            // Supersedes a pending Down: one notice for one outage.
            propose(watch, Kind::GaveUp, now);
        }
    }
    evaluate();
}

void Notifier::propose(Watch &watch, Kind kind, qint64 now)
{
    if (!m_enabled) {
        return;
    }
    watch.pending = true;
    watch.pendingKind = kind;
    watch.pendingSince = now;
}

void Notifier::evaluate()
{
    const qint64 now = m_clock->now();
    for (auto it = m_watches.begin(); it != m_watches.end(); ++it) {
        Watch &watch = it.value();
        if (!watch.pending || now - watch.pendingSince < m_holdMs) {
            continue;
        }
        const bool holds = watch.pendingKind == Kind::Recovered ? isUp(watch.state) : isDown(watch.state);
        watch.pending = false;
        if (holds && m_enabled) {
            send(it.key(), watch, now);
        }
    }
    armTimer();
}

void Notifier::armTimer()
{
    qint64 next = 0;
    for (const Watch &watch : std::as_const(m_watches)) {
        if (watch.pending) {
            const qint64 at = watch.pendingSince + m_holdMs;
            next = next == 0 ? at : std::min(next, at);
        }
    }
    if (next == 0 || m_clock->isManual()) {
        // A manual clock wakes us through advanced(); a real timer would only spin.
        m_timer.stop();
        return;
    }
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, next - m_clock->now())));
}

void Notifier::send(const QString &endpoint, Watch &watch, qint64 now)
{
    QString title;
    QString message;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    const Kind kind = watch.pendingKind;
    switch (kind) {
    case Kind::Down:
        watch.downNoticeSent = true;
        icon = QSystemTrayIcon::Warning;
        //: %1 is the endpoint name
        title = tr("%1 is down").arg(endpoint);
        message = tr("The connection was lost %n second(s) ago and is being re-established.", nullptr,
                     seconds(now - watch.downSince));
        break;
    case Kind::GaveUp:
        watch.gaveUpNoticeSent = true;
        icon = QSystemTrayIcon::Critical;
        //: %1 is the endpoint name
        title = tr("%1 gave up").arg(endpoint);
        message = tr("Repeated connection attempts failed; it now retries at a slower pace.");
        break;
    case Kind::Recovered:
        watch.downSince = 0;
        watch.downNoticeSent = false;
        watch.gaveUpNoticeSent = false;
        //: %1 is the endpoint name
        title = tr("%1 is back").arg(endpoint);
        message = watch.outageMs >= 0 ? tr("The connection is open again after %n second(s) without it.",
                                           nullptr, seconds(watch.outageMs))
                                      : tr("The connection is open again.");
        break;
    }
    ++m_counts[int(kind)];

    Q_EMIT notify(endpoint, kind, title, message);
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->showMessage(title, message, icon, 5000);
    } else if (m_statusBar) {
        m_statusBar->showMessage(title + u": "_s + message, 10000);
    }
}
