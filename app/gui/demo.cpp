#include "demo.h"

#include "analysis/poolmon_reader.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"

#include <QCoreApplication>
#include <QFile>

// The demo is compiled into a static library: name its resource so the linker keeps it.
static void initDemoResource()
{
    Q_INIT_RESOURCE(demo);
}

namespace poolscope::app {

DemoSource openDemo(Demo demo, QString* error)
{
    initDemoResource();
    const bool kd = demo == Demo::KdLog;
    const QString path = kd ? QStringLiteral(":/demo/demo_kd.log") : QStringLiteral(":/demo/demo_poolmon.log");
    const std::string name = kd ? "demo_kd.log" : "demo_poolmon.log";
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("poolscope::app::Demo", "the demo data %1 is missing from this build").arg(path);
        return {};
    }
    const QByteArray bytes = file.readAll();
    const TextDocument document = decodeText(std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())), name);
    auto opened = std::make_shared<OpenedSource>();
    if (kd) {
        auto snapshot = readWindbgLog(document);
        if (!snapshot.ok()) {
            if (error)
                *error = QString::fromStdString(snapshot.error().describe());
            return {};
        }
        opened->kind = SourceKind::WindbgLog;
        opened->series.snapshots.push_back(std::move(snapshot.value()));
    } else {
        auto series = readPoolmon(document);
        if (!series.ok()) {
            if (error)
                *error = QString::fromStdString(series.error().describe());
            return {};
        }
        opened->kind = SourceKind::Poolmon;
        opened->series = std::move(series.value());
    }
    return {opened, kd ? QCoreApplication::translate("poolscope::app::Demo", "Demo: IOCP leak and thread-handle leak (KD log)")
                       : QCoreApplication::translate("poolscope::app::Demo", "Demo: pool growth over 12 poolmon screens")};
}

} // namespace poolscope::app
