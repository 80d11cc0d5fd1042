#pragma once

#include "feedserver.h"

#include <QString>
#include <QStringList>

// What the feedpulse-server command line asks for: a FeedServerConfig (a --config file first, then
// every flag on top of it), or help, or the version, or the errors that stop it from starting.
struct ServerOptions
{
    FeedServerConfig config;
    bool ok = false;               // config is complete and valid; nothing in errors
    bool helpRequested = false;    // --help: print helpText and exit 0
    bool versionRequested = false; // --version: print the version and exit 0
    QString helpText;
    // One line each, naming the flag ("--port: …") or the file and JSON path ("a.json: feeds[1].rate: …").
    QStringList errors;
};

// Parses arguments (arguments.first() is the program name) with QCommandLineParser.
ServerOptions parseServerOptions(const QStringList &arguments);
