// The PoolScope window. With no file it opens the demo investigation; scripts can make
// screenshots and CSV files of any view without touching the mouse:
//   poolscope [FILE] [--compare FILE] [--view NAME] [--size WxH] [--language LANG]
//             [--export-png VIEW|window OUT.png]
#include "app/build_info.h"
#include "app/gui/dark_palette.h"
#include "app/gui/language.h"
#include "app/gui/main_window.h"

#include "analysis/pooltag_database.h"
#include "analysis/text/phrase.h"
#include "views/inspector_view.h"
#include "views/investigation.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <string_view>

using namespace poolscope;

namespace {

struct Exports {
    QString pngView, pngPath;
    bool any() const { return !pngPath.isEmpty(); }
};

int runExports(app::MainWindow& window, const Exports& exports)
{
    QString error;
    if (!window.exportViewPng(exports.pngView, exports.pngPath, &error)) {
        std::fprintf(stderr, "poolscope: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

// The options, built the same way for the full window and for --help / --version.
struct CommandLine {
    QCommandLineParser parser;
    const QCommandLineOption compare{QStringLiteral("compare"), QStringLiteral("Compare with this file (the 'before' side)."), QStringLiteral("file")};
    const QCommandLineOption view{QStringLiteral("view"), QStringLiteral("Start on this view: %1.").arg(app::MainWindow::viewNames().join(QStringLiteral(", "))), QStringLiteral("name")};
    const QCommandLineOption size{QStringLiteral("size"), QStringLiteral("Window size, e.g. 1600x1000."), QStringLiteral("WxH")};
    const QCommandLineOption language{QStringLiteral("language"), QStringLiteral("The window's language for this run: en, zh_CN or system (default: Settings > Language)."), QStringLiteral("lang")};
    const QCommandLineOption png{QStringLiteral("export-png"), QStringLiteral("Write VIEW (or 'window') as PNG to the file named by the next argument, then quit."), QStringLiteral("view")};
    const QCommandLineOption baseline{QStringLiteral("baseline"), QStringLiteral("Compare with screen N of the same series (1 = the first)."), QStringLiteral("N")};
    const QCommandLineOption pooltag{QStringLiteral("pooltag"), QStringLiteral("A pooltag.txt with tag descriptions."), QStringLiteral("file")};
    const QCommandLineOption symbols{QStringLiteral("symbols"), QStringLiteral("A folder of kernel PDBs (a WinDbg symbol cache) or volatility3 symbol files for dumps' kernels (added to Settings > Symbol Folders for this run)."), QStringLiteral("dir")};
    const QCommandLineOption step{QStringLiteral("step"), QStringLiteral("Show entry N of the selected port's queue in the inspector (0 = its head), as Next does."), QStringLiteral("N")};
    const QCommandLineOption dark{QStringLiteral("dark"), QStringLiteral("Use a dark palette, as a dark desktop gives one (for screenshots where the platform gives none).")};

    CommandLine()
    {
        parser.setApplicationDescription(QStringLiteral("Find what leaks Windows kernel pool."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("A poolmon capture, WinDbg/KD log or kernel dump (default: the demo); several files of one system, oldest first, make one series"));
        parser.addOptions({compare, baseline, view, size, language, png, pooltag, symbols, step, dark});
    }
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PoolScope"));
    QCoreApplication::setApplicationName(QStringLiteral("PoolScope"));
    QCoreApplication::setApplicationVersion(QString::fromStdString(app::versionText()));
}

// --help and --version need no display: answered before a QApplication would try to
// connect to one (over ssh, or when the build writes the man page).
bool asksForTextOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        describeApplication();
        CommandLine commandLine;
        commandLine.parser.process(core); // prints and exits
        return 0;
    }
    QApplication application(argc, argv);
    // The analysis layer's sentences in the window's language (the command line stays English).
    text::setTranslator([](const char* context, const char* source) {
        return QCoreApplication::translate(context, source).toStdString();
    });
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.poolscope.PoolScope"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.poolscope.PoolScope")));

    CommandLine commandLine;
    QCommandLineParser& parser = commandLine.parser;
    const QCommandLineOption& compare = commandLine.compare;
    const QCommandLineOption& view = commandLine.view;
    const QCommandLineOption& size = commandLine.size;
    const QCommandLineOption& png = commandLine.png;
    const QCommandLineOption& baseline = commandLine.baseline;
    const QCommandLineOption& pooltag = commandLine.pooltag;
    const QCommandLineOption& symbols = commandLine.symbols;
    const QCommandLineOption& step = commandLine.step;
    parser.process(application);
    if (parser.isSet(commandLine.dark)) {
        QApplication::setStyle(QStringLiteral("Fusion")); // a style that draws with the palette
        QApplication::setPalette(app::darkPalette());
    }
    // Before the window is built: its widgets take their text as they are created.
    QString language = parser.isSet(commandLine.language) ? parser.value(commandLine.language) : app::savedLanguage();
    if (language == QLatin1String("system"))
        language.clear();
    app::applyLanguage(language);

    // --export-png VIEW FILE: FILE is the argument right after VIEW, wherever the input is.
    QStringList positional = parser.positionalArguments();
    Exports exports;
    if (parser.isSet(png)) {
        exports.pngView = parser.value(png);
        const QStringList arguments = QCoreApplication::arguments();
        const qsizetype at = arguments.indexOf(QStringLiteral("--export-png"));
        if (at < 0 || at + 2 >= arguments.size() || !positional.contains(arguments[at + 2])) {
            std::fprintf(stderr, "poolscope: --export-png needs VIEW and an output file\n");
            return 2;
        }
        exports.pngPath = arguments[at + 2];
        positional.removeOne(exports.pngPath);
    }

    std::vector<std::string> tried;
    PoolTagDatabase descriptions = PoolTagDatabase::loadDefault(tried);
    if (parser.isSet(pooltag)) {
        auto loaded = PoolTagDatabase::load(parser.value(pooltag).toStdString());
        if (!loaded.ok()) {
            std::fprintf(stderr, "poolscope: %s\n", loaded.error().describe().c_str());
            return 1;
        }
        loaded.value().merge(descriptions);
        descriptions = std::move(loaded.value());
    }
    views::Investigation investigation(std::move(descriptions));
    app::MainWindow window(investigation);
    if (parser.isSet(symbols)) {
        // For this run only: the saved folders stay as the user set them.
        window.setSymbolFolders(window.symbolFolders() + parser.values(symbols), false);
    }
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();

    int exitCode = 0;
    const auto afterLoad = [&](bool ok, const QString& message) {
        if (!ok) {
            std::fprintf(stderr, "poolscope: %s\n", qPrintable(message));
            if (exports.any()) {
                exitCode = 1;
                QApplication::exit(1);
                return;
            }
        }
        if (parser.isSet(baseline))
            investigation.compareWithIndex(parser.value(baseline).toInt() - 1);
        if (parser.isSet(view))
            window.showView(parser.value(view));
        if (parser.isSet(step) && investigation.selectedPort())
            window.inspector()->showStep(ListRef{ListKind::PortQueue, *investigation.selectedPort()},
                                         parser.value(step).toULongLong());
        if (exports.any()) {
            // The view to grab in front now: a view that reads on demand (Allocations looks
            // its tag up in the pool when it is shown) starts, and the wait below covers it.
            if (app::MainWindow::viewNames().contains(exports.pngView) && !parser.isSet(view))
                window.showView(exports.pngView);
            // Wait for the Overview's findings, then let the views lay themselves out at the
            // final size before grabbing them.
            auto* wait = new QTimer(&window);
            QObject::connect(wait, &QTimer::timeout, &window, [&, wait] {
                if (window.isBusy())
                    return;
                wait->stop();
                QTimer::singleShot(200, &window, [&] {
                    exitCode = runExports(window, exports);
                    QApplication::exit(exitCode);
                });
            });
            wait->start(50);
        }
    };
    if (positional.isEmpty()) {
        window.openDemo();
        if (parser.isSet(compare)) {
            QObject::connect(&window, &app::MainWindow::loadFinished, &window, afterLoad);
            window.openCompareFile(parser.value(compare));
        } else {
            afterLoad(true, {});
        }
    } else {
        QObject::connect(&window, &app::MainWindow::loadFinished, &window, [&](bool ok, const QString& message) {
            if (ok && parser.isSet(compare) && !window.property("compared").toBool()) {
                window.setProperty("compared", true);
                window.openCompareFile(parser.value(compare));
                return;
            }
            afterLoad(ok, message);
        });
        window.openFiles(positional); // several files: one series, in the order given
    }
    const int result = application.exec();
    return exitCode != 0 ? exitCode : result;
}
