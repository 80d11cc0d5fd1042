#include "fdlimit.h"

#include "logging.h"

#include <QCoreApplication>

#include <limits>
#include <sys/resource.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FdLimit)
};

} // namespace

namespace FdLimit {

qint64 raiseToHard()
{
    rlimit limit = {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        return -1;
    }
    if (limit.rlim_cur < limit.rlim_max) {
        const rlim_t before = limit.rlim_cur;
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) == 0) {
            qCDebug(lcManager) << "open-files limit raised from" << before << "to" << limit.rlim_cur;
        }
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<qint64>::max() : qint64(limit.rlim_cur);
}

QString check(qint64 endpoints)
{
    const qint64 limit = raiseToHard();
    if (limit < 0 || needed(endpoints) <= limit) {
        return {};
    }
    //: %1 endpoints, %2 file descriptors needed, %3 the limit
    return Tr::tr("%1 endpoints need about %2 open files, but this process may open only %3 (the hard "
                  "limit, ulimit -Hn). Raise it (for example LimitNOFILE= in a systemd unit, or "
                  "/etc/security/limits.conf) or split the endpoints across several instances.")
        .arg(endpoints)
        .arg(needed(endpoints))
        .arg(limit);
}

} // namespace FdLimit
