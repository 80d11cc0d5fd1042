#pragma once

#include <QString>

// The open-files limit: every endpoint holds one socket, so a few thousand endpoints need more
// than the usual soft limit of 1,024. At start the soft limit is raised to the hard limit; if the
// endpoints still do not fit, the caller says so before connecting, instead of letting thousands
// of attempts fail one by one with "Too many open files".
namespace FdLimit {

// Descriptors kept free for everything else: the event loop, log and recording files, the
// metrics server, the network monitor, Qt's own.
inline constexpr qint64 Reserve = 64;

// Raises the soft RLIMIT_NOFILE to the hard limit. Returns the soft limit now in force, or -1
// when it cannot be read.
qint64 raiseToHard();

// Descriptors that this many endpoints need.
constexpr qint64 needed(qint64 endpoints)
{
    return endpoints + Reserve;
}

// Raises the limit, then checks it. Empty when the endpoints fit; otherwise a message that names
// the numbers and what to do.
QString check(qint64 endpoints);

} // namespace FdLimit
