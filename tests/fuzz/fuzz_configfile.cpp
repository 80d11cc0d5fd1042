// ConfigFile::parse() on arbitrary bytes: it must report problems, never crash. A config that parses
// without issues is written back with toJson() and read again; docs/CONFIG.md ("Writing the file
// back") promises that this gives exactly the same settings.
#include "configfile.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &saved, const ConfigIssues &issues)
{
    std::fprintf(stderr, "fuzz_configfile: %s\n", what);
    for (const ConfigIssue &issue : issues)
        std::fprintf(stderr, "  issue: %s\n", qPrintable(issue.toString()));
    std::fprintf(stderr, "--- toJson() ---\n%s\n", saved.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ConfigIssues issues;
    const ConfigFile config = ConfigFile::parse(json, &issues);
    if (!issues.isEmpty())
        return 0;

    const QByteArray saved = config.toJson();
    ConfigIssues againIssues;
    const ConfigFile again = ConfigFile::parse(saved, &againIssues);
    if (!againIssues.isEmpty())
        fail("the written-back config has issues", saved, againIssues);
    // Every member of ConfigFile; EndpointConfig compares all of its own.
    if (again.version != config.version)
        fail("version differs after the round trip", saved, {});
    if (again.endpoints != config.endpoints)
        fail("endpoints differ after the round trip", saved, {});
    if (again.attemptsPerSecond != config.attemptsPerSecond || again.attemptBurst != config.attemptBurst)
        fail("connect_budget differs after the round trip", saved, {});
    return 0;
}
