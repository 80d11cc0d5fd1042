#include "networkmonitor.h"

#include "logging.h"

#include <QNetworkInformation>

NetworkMonitor::NetworkMonitor(QObject *parent) : QObject(parent) {}

bool NetworkMonitor::attachSystem()
{
    if (m_hasBackend) {
        return true;
    }
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        static bool said = false;
        if (!std::exchange(said, true)) {
            qCInfo(lcNetwork) << "No network-reachability backend is available; reconnects will not"
                                 " wait for the network or react to it coming back.";
        }
        return false;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    m_hasBackend = true;
    qCInfo(lcNetwork) << "Network reachability from backend" << info->backendName();
    const auto apply = [this](QNetworkInformation::Reachability reachability) {
        // Unknown means the backend cannot tell; treating it as offline would stall every endpoint.
        setReachable(reachability != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
    return true;
}

void NetworkMonitor::setReachable(bool reachable)
{
    if (m_reachable == reachable) {
        return;
    }
    m_reachable = reachable;
    qCInfo(lcNetwork) << (reachable ? "Network is reachable again" : "Network is unreachable");
    Q_EMIT reachabilityChanged(reachable);
}
