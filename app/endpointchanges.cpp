#include "endpointchanges.h"

#include "connectionmanager.h"

#include <QHash>

bool EndpointChanges::isEmpty() const
{
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
}

EndpointChanges diffEndpoints(const QList<EndpointConfig> &before, const QList<EndpointConfig> &after)
{
    QHash<QString, const EndpointConfig *> old;
    for (const EndpointConfig &config : before)
        old.insert(config.name, &config);

    EndpointChanges changes;
    QHash<QString, bool> kept;
    for (const EndpointConfig &config : after) {
        kept.insert(config.name, true);
        const EndpointConfig *previous = old.value(config.name);
        if (!previous)
            changes.added.append(config);
        else if (!(*previous == config))
            changes.changed.append(config);
    }
    for (const EndpointConfig &config : before) {
        if (!kept.contains(config.name))
            changes.removed.append(config.name);
    }
    return changes;
}

void applyEndpointChanges(ConnectionManager *manager, const EndpointChanges &changes)
{
    for (const QString &name : changes.removed)
        manager->removeEndpoint(name);
    for (const EndpointConfig &config : changes.changed)
        manager->updateEndpoint(config);
    for (const EndpointConfig &config : changes.added)
        manager->addEndpoint(config, true);
}
