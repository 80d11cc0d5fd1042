#pragma once

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>

class MessageStore;
struct LogRecord;

// Records a MessageStore to rotating NDJSON files, one compact JSON object per record:
//   {"seq":N,"ts":"…Z","endpoint":"…","direction":"in|out|event","heartbeat":false,"text":"…"}
// with "hex" instead of "text" for binary payloads.
//
// The recorder pulls from the store (recordsSince after the last seq it wrote) whenever the store
// signals recordsAvailable, through a queued connection, so the writer thread never waits for the
// disk. Records written to the store before start() are not recorded; records the store overwrote
// before they could be read are counted in recordsMissed(). Files are named
// feedpulse-YYYYMMDD-HHMMSS-N.ndjson (UTC creation time, N rising per file); a new one is started
// when a line would take the current one past rotateBytes, and only the newest keepFiles files of
// that name are kept in the directory. A failure to open or write stops recording and is reported
// through errorOccurred().
class LogRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogRecorder)

public:
    explicit LogRecorder(MessageStore *store, QObject *parent = nullptr);
    ~LogRecorder() override;

    // Creates directory if missing. rotateBytes <= 0 never rotates; keepFiles <= 0 keeps every file.
    // Returns false (and sets *error, if given) when the directory or the first file cannot be made.
    bool start(const QString &directory, qint64 rotateBytes, int keepFiles, QString *error = nullptr);
    // Writes everything still pending, then closes the file.
    void stop();

    bool isRecording() const { return m_file.isOpen(); }
    // The file being written; empty when not recording.
    QString currentFile() const;
    quint64 recordsWritten() const { return m_written; }
    quint64 recordsMissed() const { return m_missed; }

    // Pulls everything pending from the store now and pushes it to the file.
    void flush();

Q_SIGNALS:
    // Recording has stopped because a file could not be opened or written; message names the file.
    void errorOccurred(const QString &message);

private:
    bool openNextFile(QString *error);
    void removeOldFiles();
    bool writeLine(const QByteArray &line);
    void fail(const QString &message);
    void closeFile();

    QPointer<MessageStore> m_store;
    QFile m_file;
    QString m_directory;
    qint64 m_rotateBytes = 0;
    int m_keepFiles = 0;
    qint64 m_fileBytes = 0;
    quint64 m_fileCounter = 0;
    quint64 m_lastSeq = 0;
    quint64 m_written = 0;
    quint64 m_missed = 0;
    QMetaObject::Connection m_storeConnection;
};
