#pragma once

#include <QString>

class QAbstractItemModel;

// Writes the rows of a log view to a file. The model is a LogModel or any proxy stacked on one; rows
// are read through LogModel's roles, so exactly the rows the view shows are written, in its order.
//   NDJSON: one object a line: seq, ts (ISO 8601 UTC with ms), endpoint, direction (in/out/event),
//           heartbeat, and text, or hex for a binary record.
//   CSV:    a header row, then seq,ts,endpoint,direction,heartbeat,text,hex; RFC 4180 quoting, CRLF.
// The file is replaced atomically (QSaveFile); on failure it is left as it was.
namespace LogExporter {

enum class Format { Ndjson, Csv };

bool exportView(const QAbstractItemModel *view, const QString &fileName, Format format, QString *error);

// The format a file name asks for by its extension (.csv is CSV, anything else NDJSON).
Format formatForFileName(const QString &fileName);

} // namespace LogExporter
