#pragma once

#include "endpointconfig.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class FeedServer;
class QTimer;

// `feedpulse --demo`: embedded FeedServers on loopback and four endpoints that show the product on
// first run. Each behaviour needs its own server, because fault switches apply to a whole server:
//   ticker   a healthy JSON feed with JSON heartbeats;
//   orders   flaky: its server closes every client every 20 s, so it reconnects;
//   chat     its server ignores pings, so text heartbeats time out and it reconnects;
//   sensors  its server stalls for 12 s of every 20, so it goes stale and fresh again.
class Demo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Demo)

public:
    // The pace of the faults; the defaults are for people, tests run them faster.
    struct Timing
    {
        int flakyCloseEveryMs = 20'000; // orders: closed this often
        int stallCycleMs = 20'000;      // sensors: one stall and one flow per cycle
        int stallMs = 12'000;           // sensors: the stalled part of the cycle
        int staleAfterMs = 3'000;       // sensors: silent this long means stale
        int chatPingIntervalMs = 4'000; // chat: text pings that its server ignores
        int chatPingTimeoutMs = 2'000;
    };

    explicit Demo(QObject *parent = nullptr);
    explicit Demo(const Timing &timing, QObject *parent = nullptr);
    ~Demo() override;

    // Starts every server. False with a message when one cannot listen.
    bool start(QString *error);
    void stop();
    // The four endpoints, pointing at the running servers (valid after start()).
    QList<EndpointConfig> endpoints() const;
    // The servers in endpoint order, for tests.
    QList<FeedServer *> servers() const;

private:
    Timing m_timing;
    std::vector<std::unique_ptr<FeedServer>> m_servers;
    QTimer *m_stallTimer;
    bool m_stalled = false;
};
