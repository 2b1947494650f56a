// File > Export Report… as a user goes through it: the menu entry (Ctrl+R) is there once
// something is open, its file dialog writes one HTML file of the investigation on screen
// (the demo, a capture with its growth and a comparison, a log opened from disk), the
// status bar says where and what, and a file that cannot be written is said so.
#include "app/gui/main_window.h"
#include "tests/support/html_check.h"
#include "tests/support/kd_log_generator.h"
#include "views/investigation.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace poolscope;
using namespace poolscope::testdata;

namespace {

QAction* menuAction(QMainWindow& window, const QKeySequence& shortcut)
{
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* action : menu->menu()->actions())
                if (action->shortcut() == shortcut)
                    return action;
    return nullptr;
}

QString statusText(QMainWindow& window)
{
    QString text;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
        text += label->text();
    return text;
}

HtmlDocument readReport(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseHtml(file.readAll().toStdString());
}

std::string textOf(const HtmlDocument& doc, std::string_view id)
{
    const HtmlElement* e = doc.byId(id);
    return e ? doc.text(*e) : std::string();
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// The images are PNG files drawn by the chart adapter, inline.
int realPngs(const HtmlDocument& doc)
{
    int n = 0;
    for (const HtmlElement* img : doc.named("img")) {
        const std::string& src = img->attributes.at("src");
        if (src.rfind("data:image/png;base64,", 0) != 0)
            return -1;
        const auto bytes = decodeBase64(src.substr(src.find(',') + 1));
        if (!bytes || !checkPng(*bytes))
            return -1;
        ++n;
    }
    return n;
}

} // namespace

class ReportExportTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QVERIFY(m_files.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QApplication::setOrganizationName(QStringLiteral("PoolScopeTest"));
        QApplication::setApplicationName(QStringLiteral("PoolScopeReportTest"));
        // The dialog a test can fill in: Qt's own, not the platform's.
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void init()
    {
        m_investigation = std::make_unique<views::Investigation>(PoolTagDatabase::builtin());
        m_window = std::make_unique<app::MainWindow>(*m_investigation);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_investigation.reset();
    }

    void theMenuEntryWritesTheReportThroughItsDialog()
    {
        QAction* action = menuAction(*m_window, QKeySequence(Qt::CTRL | Qt::Key_R));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Export &Report…"));
        QVERIFY(!action->isEnabled()); // nothing open yet
        m_window->openDemo();
        QVERIFY(action->isEnabled());

        // The save dialog proposes a name from what is open; the user picks a place.
        const QString path = m_files.filePath(QStringLiteral("demo report.html"));
        QString proposed;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            proposed = dialog->selectedFiles().value(0);
            dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
        });
        poll.start(20);
        action->trigger();
        poll.stop();
        QVERIFY2(proposed.endsWith(QStringLiteral("/demo_kd-report.html")), qPrintable(proposed));

        QVERIFY(QFile::exists(path));
        const QString status = statusText(*m_window);
        QVERIFY2(status.startsWith(QStringLiteral("Report written to ") + path + QStringLiteral(" (")), qPrintable(status));
        QVERIFY2(status.endsWith(QStringLiteral("KB): 4 findings, 3 charts")), qPrintable(status));

        const HtmlDocument doc = readReport(path);
        QVERIFY2(doc.error.empty(), doc.error.c_str());
        QCOMPARE(realPngs(doc), 3);
        QVERIFY(!has(doc.source, "http://") && !has(doc.source, "https://"));
        // Said to be generated data, first thing.
        QVERIFY(has(doc.source, "<p class=\"demo\">Demo data: generated"));
        // Both cases of the demo, to their holders.
        const std::string findings = textOf(doc, "findings");
        QVERIFY2(has(findings, "IOCPLeak.exe (pid 0x1a2c)"), findings.c_str());
        QVERIFY(has(findings, "xxxxxx.EXE (pid 0x8e8) holds 323,155 Thread handles"));
        QVERIFY(has(textOf(doc, "source"), "File demo_kd.log"));
    }

    void aCaptureWithAComparisonOnScreen()
    {
        m_window->openDemo(true);
        m_investigation->setCurrentIndex(11);
        m_investigation->compareWithIndex(0);
        const QString path = m_files.filePath(QStringLiteral("capture.html"));
        QString error;
        QVERIFY2(m_window->exportReport(path, &error), qPrintable(error));
        const HtmlDocument doc = readReport(path);
        QVERIFY2(doc.error.empty(), doc.error.c_str());
        QVERIFY(doc.byId("growth"));
        QVERIFY(doc.byId("comparison"));
        QCOMPARE(doc.within(*doc.byId("growth"), "img").size(), std::size_t{1});
        QCOMPARE(realPngs(doc), 2);
        const std::string source = textOf(doc, "source");
        QVERIFY2(has(source, "Snapshots 12 snapshots"), source.c_str());
        QVERIFY2(has(source, "Compared with demo_poolmon.log screen 1"), source.c_str());
        QVERIFY(has(textOf(doc, "comparison"), "Pool tags, largest growth first"));
    }

    void aLogOpenedFromDiskNamesItsFile()
    {
        const QString log = m_files.filePath(QStringLiteral("customer.log"));
        {
            QFile file(log);
            QVERIFY(file.open(QIODevice::WriteOnly));
            KdLogOptions options;
            options.noiseProcesses = 8;
            file.write(QByteArray::fromStdString(generateKdLog(options)));
        }
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(log);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(0).at(0).toBool());
        const QString path = m_files.filePath(QStringLiteral("customer.html"));
        QVERIFY(m_window->exportReport(path, nullptr));
        const HtmlDocument doc = readReport(path);
        QVERIFY2(doc.error.empty(), doc.error.c_str());
        QVERIFY(has(textOf(doc, "source"), "File " + log.toStdString()));
        QVERIFY(!has(doc.source, "class=\"demo\""));
    }

    void whatCannotBeWrittenIsSaid()
    {
        QString error;
        QVERIFY(!m_window->exportReport(m_files.filePath(QStringLiteral("x.html")), &error));
        QCOMPARE(error, QStringLiteral("nothing is open: open a file or the demo first"));
        m_window->openDemo();
        const QString nowhere = m_files.filePath(QStringLiteral("no-such-folder/report.html"));
        QVERIFY(!m_window->exportReport(nowhere, &error));
        QVERIFY2(error.startsWith(nowhere + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(statusText(*m_window).startsWith(QStringLiteral("Report not written: ") + nowhere), qPrintable(statusText(*m_window)));
        QVERIFY(!QFile::exists(nowhere));
    }

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    std::unique_ptr<views::Investigation> m_investigation;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(ReportExportTest)
#include "report_export_test.moc"
