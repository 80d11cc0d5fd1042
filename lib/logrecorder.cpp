#include "logrecorder.h"

#include "logging.h"
#include "messagestore.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Records per recordsSince() call: large enough to amortise the store's lock, small enough that
// a backlog does not copy the whole ring at once.
constexpr qsizetype BatchSize = 1024;

const QRegularExpression &fileNamePattern()
{
    static const QRegularExpression pattern(u"^feedpulse-(\\d{8}-\\d{6})-(\\d+)\\.ndjson$"_s);
    return pattern;
}

} // namespace

LogRecorder::LogRecorder(MessageStore *store, QObject *parent) : QObject(parent), m_store(store) {}

LogRecorder::~LogRecorder()
{
    stop();
}

QString LogRecorder::currentFile() const
{
    return m_file.isOpen() ? m_file.fileName() : QString();
}

bool LogRecorder::start(const QString &directory, qint64 rotateBytes, int keepFiles, QString *error)
{
    stop();
    const auto failStart = [error](const QString &message) {
        qCWarning(lcRecorder).noquote() << message;
        if (error) {
            *error = message;
        }
        return false;
    };
    if (!m_store) {
        return failStart(tr("There is no message log to record."));
    }
    const QDir dir(directory);
    if (!dir.mkpath(u"."_s)) {
        return failStart(
            tr("Cannot create the directory %1.").arg(QDir::toNativeSeparators(dir.absolutePath())));
    }
    m_directory = dir.absolutePath();
    m_rotateBytes = rotateBytes;
    m_keepFiles = keepFiles;
    m_fileCounter = 0;
    m_written = 0;
    m_missed = 0;
    QString openError;
    if (!openNextFile(&openError)) {
        return failStart(openError);
    }
    removeOldFiles();

    m_lastSeq = m_store->lastSeq();
    m_storeConnection =
        connect(m_store, &MessageStore::recordsAvailable, this, &LogRecorder::flush, Qt::QueuedConnection);
    // The store notifies once until somebody reads; a notice sent before we connected would
    // otherwise leave us waiting. This read also catches records appended since lastSeq().
    flush();
    return isRecording();
}

void LogRecorder::stop()
{
    if (!isRecording()) {
        return;
    }
    flush();
    closeFile();
}

void LogRecorder::flush()
{
    if (!isRecording() || !m_store) {
        return;
    }
    // Stop at what is there now: a writer faster than the disk must not keep us here forever.
    // Anything newer arrives with the next recordsAvailable().
    const quint64 target = m_store->lastSeq();
    do {
        quint64 missed = 0;
        const QList<LogRecord> records = m_store->recordsSince(m_lastSeq, BatchSize, &missed);
        m_missed += missed;
        m_lastSeq += missed;
        for (const LogRecord &record : records) {
            if (!writeLine(record.toJsonLine())) {
                return;
            }
            m_lastSeq = record.seq;
            ++m_written;
        }
        if (records.isEmpty()) {
            break;
        }
    } while (m_lastSeq < target);
    if (!m_file.flush()) {
        fail(tr("Cannot write the log file %1: %2. Recording has stopped.")
                 .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    }
}

bool LogRecorder::openNextFile(QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString path;
    // A name already taken (a restart within the same second) moves N on, so names stay unique
    // and N keeps rising within a second.
    do {
        ++m_fileCounter;
        path = QDir(m_directory).filePath(u"feedpulse-%1-%2.ndjson"_s.arg(stamp).arg(m_fileCounter));
    } while (QFile::exists(path));

    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        //: %1 is a file, %2 its directory, %3 the system's reason
        *error =
            tr("Cannot create the log file %1 in %2: %3")
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(m_directory), m_file.errorString());
        return false;
    }
    m_fileBytes = 0;
    qCDebug(lcRecorder) << "recording to" << path;
    return true;
}

void LogRecorder::removeOldFiles()
{
    if (m_keepFiles <= 0) {
        return;
    }
    QDir dir(m_directory);
    std::vector<std::pair<std::pair<QString, quint64>, QString>> ours;
    for (const QString &name : dir.entryList({u"feedpulse-*.ndjson"_s}, QDir::Files)) {
        const QRegularExpressionMatch match = fileNamePattern().match(name);
        if (match.hasMatch()) {
            ours.push_back({{match.captured(1), match.captured(2).toULongLong()}, name});
        }
    }
    if (ours.size() <= std::size_t(m_keepFiles)) {
        return;
    }
    std::sort(ours.begin(), ours.end());
    const QString current = QFileInfo(m_file.fileName()).fileName();
    std::size_t excess = ours.size() - std::size_t(m_keepFiles);
    for (const auto &[key, name] : ours) {
        if (excess == 0) {
            break;
        }
        if (name == current) {
            continue;
        }
        if (dir.remove(name)) {
            qCDebug(lcRecorder) << "removed" << name;
        } else {
            qCWarning(lcRecorder) << "cannot remove" << dir.filePath(name);
        }
        --excess;
    }
}

bool LogRecorder::writeLine(const QByteArray &line)
{
    if (m_rotateBytes > 0 && m_fileBytes > 0 && m_fileBytes + line.size() > m_rotateBytes) {
        if (!m_file.flush()) {
            fail(tr("Cannot write the log file %1: %2. Recording has stopped.")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
            return false;
        }
        m_file.close();
        QString error;
        if (!openNextFile(&error)) {
            fail(error);
            return false;
        }
        removeOldFiles();
    }
    if (m_file.write(line) != line.size()) {
        fail(tr("Cannot write the log file %1: %2. Recording has stopped.")
                 .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
        return false;
    }
    m_fileBytes += line.size();
    return true;
}

void LogRecorder::fail(const QString &message)
{
    qCWarning(lcRecorder).noquote() << message;
    closeFile();
    Q_EMIT errorOccurred(message);
}

void LogRecorder::closeFile()
{
    disconnect(m_storeConnection);
    m_file.close();
}
