#pragma once
#include <QByteArray>
#include <QString>

class QAbstractItemModel;
class QModelIndex;
class QWidget;

namespace poolscope::views {

// The table as the user sees it (filtered, sorted, all rows, not just the visible ones) as
// RFC 4180 CSV in UTF-8 with CRLF line ends: a header row, then the ExportRole of every
// cell (raw numbers, no thousands separators).
QByteArray tableToCsv(const QAbstractItemModel& model);
// The given rows (proxy rows, in order) as tab-separated text for the clipboard, with a
// header line, DisplayRole text as shown.
QString rowsToTsv(const QAbstractItemModel& model, const QList<int>& rows);

// Writes bytes to a file; an error names the file and what went wrong.
bool writeFile(const QString& path, const QByteArray& bytes, QString* error);

// A widget rendered to PNG at its current size (device pixel ratio 1, so the file's size
// is the widget's size).
bool saveWidgetPng(QWidget& widget, const QString& path, QString* error);

} // namespace poolscope::views
