#pragma once

#include "endpointconfig.h"

#include <QList>
#include <QStringList>

class ConnectionManager;

// What the settings dialog changed, by endpoint name; an endpoint that was left alone appears
// nowhere, so applying the changes never touches its connection. A rename is a removal and an add.
struct EndpointChanges
{
    QList<EndpointConfig> added;
    QList<EndpointConfig> changed;
    QStringList removed;

    bool isEmpty() const;
};

EndpointChanges diffEndpoints(const QList<EndpointConfig> &before, const QList<EndpointConfig> &after);

// Removes, then updates the changed ones (ConnectionManager restarts a connection only when something
// it uses changed), then adds and starts the new ones.
void applyEndpointChanges(ConnectionManager *manager, const EndpointChanges &changes);
