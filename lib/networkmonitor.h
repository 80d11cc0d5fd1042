#pragma once

#include <QObject>

// Whether the machine has a network, as far as anyone can tell. The logic that reacts to it lives
// in ConnectionManager; this class is the seam. A plain NetworkMonitor is driven by setReachable()
// (tests); attachSystem() binds it to QNetworkInformation when a backend exists, and otherwise says
// once in the log that reachability is unknown and stays "reachable".
class NetworkMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkMonitor)

public:
    explicit NetworkMonitor(QObject *parent = nullptr);

    bool isReachable() const { return m_reachable; }
    bool hasBackend() const { return m_hasBackend; }

    // Returns false (after logging once) when no QNetworkInformation backend is available.
    bool attachSystem();
    void setReachable(bool reachable);

Q_SIGNALS:
    void reachabilityChanged(bool reachable);

private:
    bool m_reachable = true;
    bool m_hasBackend = false;
};
