#include "epolldispatcher.h"

#include "logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstring>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

namespace {

constexpr qint64 NsPerMs = 1'000'000;

thread_local quint64 t_passes = 0;

qint64 steadyNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent), m_epoll(epoll_create1(EPOLL_CLOEXEC)),
      m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wakeFd < 0) {
        qCWarning(lcManager) << "epoll/eventfd unavailable:" << strerror(errno);
        return;
    }
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event) != 0) {
        qCWarning(lcManager) << "epoll_ctl on the wake-up eventfd failed:" << strerror(errno);
        ::close(m_wakeFd);
        m_wakeFd = -1;
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wakeFd >= 0) {
        ::close(m_wakeFd);
    }
    if (m_epoll >= 0) {
        ::close(m_epoll);
    }
}

// --- sockets -------------------------------------------------------------------------------------

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Watch &watch = m_watches[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watch.read = notifier;
        break;
    case QSocketNotifier::Write:
        watch.write = notifier;
        break;
    case QSocketNotifier::Exception:
        watch.exception = notifier;
        break;
    }
    markDirty(fd, watch);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    std::erase(m_pendingNotifiers, notifier);
    const auto it = m_watches.find(fd);
    if (it == m_watches.end()) {
        return;
    }
    Watch &watch = it->second;
    if (watch.read == notifier) {
        watch.read = nullptr;
    }
    if (watch.write == notifier) {
        watch.write = nullptr;
    }
    if (watch.exception == notifier) {
        watch.exception = nullptr;
    }
    if (watch.read || watch.write || watch.exception) {
        markDirty(fd, watch);
        return;
    }
    // The last notifier of a descriptor goes at once, not deferred: the socket is usually closed
    // right after, which takes it out of the kernel's set behind our back, and a new socket that
    // gets the same number must then be added afresh.
    if (watch.inKernel != 0) {
        epoll_event event{};
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &event);
    }
    m_watches.erase(it);
}

void EpollEventDispatcher::markDirty(int fd, Watch &watch)
{
    if (!watch.dirty) {
        watch.dirty = true;
        m_dirty.push_back(fd);
    }
}

// The kernel hears about notifier changes only just before the wait, and only when the net change
// is real. QAbstractSocket switches its write notifier on for every write and off once the data is
// out; when the write is flushed in the same pass, the two cancel and cost no system call.
void EpollEventDispatcher::applyInterest()
{
    for (const int fd : m_dirty) {
        const auto it = m_watches.find(fd);
        if (it == m_watches.end()) {
            continue;
        }
        Watch &watch = it->second;
        watch.dirty = false;
        epoll_event event{};
        event.data.fd = fd;
        event.events =
            (watch.read ? EPOLLIN : 0u) | (watch.write ? EPOLLOUT : 0u) | (watch.exception ? EPOLLPRI : 0u);
        // Never empty here: the last notifier's removal is applied at once.
        if (event.events != watch.inKernel) {
            if (watch.inKernel == 0 || epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) != 0) {
                // Not in the set yet, or no longer: a closed descriptor leaves it silently, and its
                // number may come back for a new socket.
                if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0 &&
                    !(errno == EEXIST && epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) == 0)) {
                    qCWarning(lcManager) << "Cannot watch socket" << fd << ':' << strerror(errno);
                    event.events = 0;
                }
            }
            watch.inKernel = event.events;
        }
    }
    m_dirty.clear();
}

bool EpollEventDispatcher::activateSocketNotifiers()
{
    bool activated = false;
    while (!m_pendingNotifiers.empty()) {
        // Front to back: a notifier may unregister others (they leave the list) or itself.
        QSocketNotifier *notifier = m_pendingNotifiers.front();
        m_pendingNotifiers.erase(m_pendingNotifiers.begin());
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        activated = true;
    }
    return activated;
}

// --- timers --------------------------------------------------------------------------------------

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    Timer &timer = m_timers[timerId];
    timer.intervalMs = std::max<qint64>(0, interval);
    timer.deadlineNs = steadyNs() + timer.intervalMs * NsPerMs;
    timer.type = timerType;
    timer.object = object;
    timer.serial = ++m_nextSerial;
    pushDeadline(timerId, timer);
}

void EpollEventDispatcher::pushDeadline(int id, const Timer &timer)
{
    // Killed and restarted timers leave stale entries behind; rebuild before they outnumber the
    // live ones, so that the heap stays proportional to the timers that exist.
    if (m_deadlines.size() > 2 * m_timers.size() + 64) {
        std::erase_if(m_deadlines, [this](const HeapEntry &entry) { return !isCurrent(entry); });
        std::make_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
    }
    m_deadlines.push_back({timer.deadlineNs, id, timer.serial});
    std::push_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
}

bool EpollEventDispatcher::isCurrent(const HeapEntry &entry) const
{
    const auto it = m_timers.find(entry.id);
    return it != m_timers.end() && it->second.serial == entry.serial &&
           it->second.deadlineNs == entry.deadlineNs;
}

void EpollEventDispatcher::dropStaleTop()
{
    while (!m_deadlines.empty() && !isCurrent(m_deadlines.front())) {
        std::pop_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
        m_deadlines.pop_back();
    }
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    return m_timers.erase(timerId) > 0;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    return std::erase_if(m_timers, [object](const auto &entry) { return entry.second.object == object; }) > 0;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> result;
    for (const auto &[id, timer] : m_timers) {
        if (timer.object == object) {
            result.append(TimerInfo(id, int(timer.intervalMs), timer.type));
        }
    }
    return result;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end()) {
        return -1;
    }
    const qint64 left = it->second.deadlineNs - steadyNs();
    return left <= 0 ? 0 : int((left + NsPerMs - 1) / NsPerMs);
}

int EpollEventDispatcher::waitTimeoutMs(qint64 nowNs)
{
    dropStaleTop();
    if (m_deadlines.empty()) {
        return -1;
    }
    // Round up: waking a little late costs nothing, waking early costs a pass that finds nothing due.
    const qint64 left = m_deadlines.front().deadlineNs - nowNs;
    return left <= 0 ? 0 : int(std::min<qint64>(INT_MAX, (left + NsPerMs - 1) / NsPerMs));
}

bool EpollEventDispatcher::activateTimers(qint64 nowNs)
{
    m_dueTimers.clear();
    for (dropStaleTop(); !m_deadlines.empty() && m_deadlines.front().deadlineNs <= nowNs; dropStaleTop()) {
        m_dueTimers.push_back({m_deadlines.front().id, m_deadlines.front().serial});
        std::pop_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
        m_deadlines.pop_back();
    }
    // Each due timer fires once per pass. A handler may kill or restart any timer, its own included,
    // so each one is looked up again, and a restarted one (new serial) waits for its new deadline.
    for (const Due &due : m_dueTimers) {
        const auto it = m_timers.find(due.id);
        if (it == m_timers.end() || it->second.serial != due.serial) {
            continue;
        }
        Timer &timer = it->second;
        timer.deadlineNs += timer.intervalMs * NsPerMs;
        if (timer.deadlineNs <= nowNs) {
            timer.deadlineNs = nowNs + timer.intervalMs * NsPerMs; // fell behind: skip, never burst
        }
        pushDeadline(due.id, timer);
        QTimerEvent event(due.id);
        QCoreApplication::sendEvent(timer.object, &event);
    }
    return !m_dueTimers.empty();
}

// --- the loop ------------------------------------------------------------------------------------

quint64 EpollEventDispatcher::passesOnThisThread()
{
    return t_passes;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    ++t_passes;
    m_interrupted.storeRelaxed(0);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool mayWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.loadRelaxed();
    int timeoutMs = mayWait ? waitTimeoutMs(steadyNs()) : 0;
    if (timeoutMs != 0) {
        Q_EMIT aboutToBlock();
    }

    applyInterest();
    std::array<epoll_event, 256> events;
    int ready = 0;
    if (timeoutMs != 0 && m_coalesceNs > 0) {
        const qint64 nowNs = steadyNs();
        const qint64 quietUntilNs = m_lastWaitEndNs + m_coalesceNs;
        // Whatever is ready already costs no wake-up; only an empty poll leads to the sleep.
        if (nowNs < quietUntilNs &&
            (ready = epoll_wait(m_epoll, events.data(), int(events.size()), 0)) == 0) {
            qint64 sleepNs = quietUntilNs - nowNs;
            if (timeoutMs > 0) {
                sleepNs = std::min(sleepNs, qint64(timeoutMs) * NsPerMs);
            }
            const timespec pause{time_t(sleepNs / 1'000'000'000), long(sleepNs % 1'000'000'000)};
            nanosleep(&pause, nullptr);
            timeoutMs = waitTimeoutMs(steadyNs());
            ready = -1; // wait below, with what is left of the timeout
        }
    }
    if (ready <= 0) {
        ready = epoll_wait(m_epoll, events.data(), int(events.size()), timeoutMs);
    }
    if (timeoutMs != 0) {
        m_lastWaitEndNs = steadyNs();
    }
    if (ready < 0) {
        if (errno != EINTR) {
            qCWarning(lcManager) << "epoll_wait failed:" << strerror(errno);
        }
        ready = 0;
    }
    if (timeoutMs != 0) {
        Q_EMIT awake();
    }

    bool handled = false;
    const bool sockets = !(flags & QEventLoop::ExcludeSocketNotifiers);
    for (int i = 0; i < ready; ++i) {
        const int fd = events[std::size_t(i)].data.fd;
        const quint32 what = events[std::size_t(i)].events;
        if (fd == m_wakeFd) {
            eventfd_t value = 0;
            eventfd_read(m_wakeFd, &value);
            // Cleared after the read: a wake-up from here on writes again and ends the next wait.
            m_wakePending.storeRelease(0);
            handled = true; // the posted events are sent at the start of the next pass
            continue;
        }
        if (!sockets) {
            continue;
        }
        const auto it = m_watches.find(fd);
        if (it == m_watches.end()) {
            continue;
        }
        const Watch &watch = it->second;
        // Like Qt's Unix dispatcher: hang-up and error wake both readers and writers, so that the
        // socket finds out by reading or writing.
        const bool failed = what & (EPOLLHUP | EPOLLERR);
        if (watch.read && (failed || (what & EPOLLIN))) {
            m_pendingNotifiers.push_back(watch.read);
        }
        if (watch.write && (failed || (what & EPOLLOUT))) {
            m_pendingNotifiers.push_back(watch.write);
        }
        if (watch.exception && (what & EPOLLPRI)) {
            m_pendingNotifiers.push_back(watch.exception);
        }
    }
    handled |= activateSocketNotifiers();
    if (!(flags & QEventLoop::X11ExcludeTimers)) {
        handled |= activateTimers(steadyNs());
    }
    return handled;
}

void EpollEventDispatcher::setWakeCoalescing(std::chrono::microseconds interval)
{
    m_coalesceNs =
        std::max<qint64>(0, std::chrono::duration_cast<std::chrono::nanoseconds>(interval).count());
}

std::chrono::microseconds EpollEventDispatcher::wakeCoalescing() const
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::nanoseconds(m_coalesceNs));
}

void EpollEventDispatcher::wakeUp()
{
    // Many threads may post at once; one write is enough until the loop has read it.
    if (m_wakePending.testAndSetAcquire(0, 1)) {
        eventfd_write(m_wakeFd, 1);
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.storeRelaxed(1);
    wakeUp();
}
