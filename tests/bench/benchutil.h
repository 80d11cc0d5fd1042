#pragma once

// Small helpers shared by the benchmarks: resident memory, process CPU time, the open-files limit.
// Linux only, as the benchmarks are.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace BenchUtil {

// Resident set size in kB, from /proc/self/status (or another process's, given its pid); -1 if unknown.
inline qint64 rssKb(qint64 pid = 0)
{
    using namespace Qt::StringLiterals;
    QFile status(pid > 0 ? u"/proc/%1/status"_s.arg(pid) : u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // /proc files report size 0, so atEnd() is true at once; readAll() reads until EOF.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// User plus system CPU time of this process (every thread), in seconds.
inline double processCpuSeconds()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    const auto toSeconds = [](const timeval &tv) { return double(tv.tv_sec) + double(tv.tv_usec) / 1e6; };
    return toSeconds(usage.ru_utime) + toSeconds(usage.ru_stime);
}

// User plus system CPU time of another process, from /proc/PID/stat; -1 if unknown.
inline double childCpuSeconds(qint64 pid)
{
    using namespace Qt::StringLiterals;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may contain spaces; the fields after its closing parenthesis do not.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // After the name: state is field 3, so utime (14) and stime (15) are at indexes 11 and 12.
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

// CPU time of one thread, from a clock id that pthread_getcpuclockid() gave, in seconds.
inline double threadCpuSeconds(clockid_t clock)
{
    timespec ts = {};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct FileLimit
{
    rlim_t softBefore = 0;
    rlim_t soft = 0;
    rlim_t hard = 0;
    bool ok = false;
};

// Raises the soft RLIMIT_NOFILE to the hard limit: a thousand sockets need more than the usual 1024.
inline FileLimit raiseFileLimit()
{
    FileLimit result;
    rlimit limit = {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return result;
    result.softBefore = limit.rlim_cur;
    result.hard = limit.rlim_max;
    limit.rlim_cur = limit.rlim_max;
    result.ok = setrlimit(RLIMIT_NOFILE, &limit) == 0;
    getrlimit(RLIMIT_NOFILE, &limit);
    result.soft = limit.rlim_cur;
    return result;
}

} // namespace BenchUtil
