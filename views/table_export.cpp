#include "table_export.h"

#include "model/format.h"
#include "views/record_table_model.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QWidget>

namespace poolscope::views {

namespace {

QString cellText(const QAbstractItemModel& model, int row, int column, int role)
{
    const QModelIndex index = model.index(row, column);
    QVariant value = model.data(index, role);
    if (!value.isValid() && role != Qt::DisplayRole)
        value = model.data(index, Qt::DisplayRole);
    return value.toString();
}

void appendCsv(QByteArray& out, const QString& text)
{
    out += QByteArray::fromStdString(format::csvField(text.toStdString()));
}

} // namespace

QByteArray tableToCsv(const QAbstractItemModel& model)
{
    QByteArray out;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            out += ',';
        // The untranslated title where the model has one: a script reads the same header
        // whatever language the window speaks.
        QVariant title = model.headerData(c, Qt::Horizontal, ExportRole);
        if (!title.isValid())
            title = model.headerData(c, Qt::Horizontal, Qt::DisplayRole);
        appendCsv(out, title.toString());
    }
    out += "\r\n";
    const int rows = model.rowCount();
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out += ',';
            appendCsv(out, cellText(model, r, c, ExportRole));
        }
        out += "\r\n";
    }
    return out;
}

QString rowsToTsv(const QAbstractItemModel& model, const QList<int>& rows)
{
    QStringList lines;
    QStringList cells;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c)
        cells << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    lines << cells.join(QLatin1Char('\t'));
    for (int r : rows) {
        cells.clear();
        for (int c = 0; c < columns; ++c)
            cells << cellText(model, r, c, Qt::DisplayRole).replace(QLatin1Char('\t'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool saveWidgetPng(QWidget& widget, const QString& path, QString* error)
{
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1.0);
    image.fill(widget.palette().window().color());
    {
        QPainter painter(&image);
        widget.render(&painter);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = QCoreApplication::translate("poolscope::views::Export", "%1: could not write the PNG file").arg(path);
        return false;
    }
    return true;
}

} // namespace poolscope::views
