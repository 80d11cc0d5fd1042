// The main window, the settings dialog and the send dialog under zh_CN, zh_TW and English: every
// action, header and control shows its translation, and no visible label, button, group box title,
// tab or header section is narrower (or shorter) than its text needs.

#include "appsettings.h"
#include "connectionmanager.h"
#include "endpointconfig.h"
#include "endpointtablemodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "sendmessagedialog.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr QSize WindowSize(1180, 760);

bool hasCjk(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

// The text a user reads: no mnemonic marker, neither "&File" nor the Chinese "文件(&F)".
QString shownText(QString text)
{
    static const QRegularExpression chineseMnemonic(u"\\(&[^&]\\)"_s);
    return text.remove(chineseMnemonic).remove(u'&');
}

// Text that a Chinese user may see untranslated: technical names and units.
bool isTranslatedFor(const QString &text, bool chinese)
{
    if (!chinese || hasCjk(text))
        return true;
    static const QRegularExpression technical(u"\\b(URLs?|RTT|JSON|WebSocket|MiB|ms|s)\\b"_s);
    static const QRegularExpression latin(u"[A-Za-z]"_s);
    return !QString(shownText(text)).remove(technical).contains(latin);
}

// The translators of one language for one test row: the same files Translations::install() loads,
// removed again when the row ends so the next row starts clean.
class LanguageScope final
{
public:
    explicit LanguageScope(const QString &language)
    {
        m_loaded = m_app.load(u"feedpulse_"_s + language, u":/i18n"_s);
        if (m_loaded)
            QCoreApplication::installTranslator(&m_app);
        if (m_qt.load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~LanguageScope()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_app);
    }
    Q_DISABLE_COPY_MOVE(LanguageScope)

    bool isLoaded() const { return m_loaded; }
    bool hasQtTranslations() const { return !m_qt.isEmpty(); }

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_loaded = false;
};

QString describe(const QWidget *widget, const QString &text)
{
    return u"%1 '%2' (%3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()), text,
                                 widget->objectName().isEmpty() ? u"no object name"_s : widget->objectName());
}

// The user-visible text of a label, button or group box, and whether the widget is one.
std::optional<QString> widgetText(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (const auto *box = qobject_cast<const QGroupBox *>(widget))
        return box->title();
    return std::nullopt;
}

// Visible labels, buttons, group boxes, tab bars and header sections that cannot show their whole text.
QStringList clippedWidgets(const QWidget *root)
{
    QStringList problems;
    QList<const QWidget *> widgets{root};
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        if (const auto *tabBar = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabBar->count(); ++i) {
                const QString text = shownText(tabBar->tabText(i));
                const int needed = tabBar->fontMetrics().horizontalAdvance(text);
                if (tabBar->tabRect(i).width() < needed)
                    problems << u"%1: tab %2 is %3 px wide, its text needs %4"_s.arg(describe(widget, text))
                                    .arg(i)
                                    .arg(tabBar->tabRect(i).width())
                                    .arg(needed);
            }
            continue;
        }
        if (const auto *header = qobject_cast<const QHeaderView *>(widget)) {
            if (header->orientation() != Qt::Horizontal)
                continue;
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
                if (header->sectionSize(section) < header->sectionSizeHint(section))
                    problems << u"%1: section '%2' is %3 px wide, needs %4"_s.arg(describe(widget, text))
                                    .arg(text)
                                    .arg(header->sectionSize(section))
                                    .arg(header->sectionSizeHint(section));
            }
            continue;
        }
        const std::optional<QString> text = widgetText(widget);
        // Icon-only buttons (a line edit's clear button, a table's corner button) have no text to cut.
        if (!text || text->isEmpty())
            continue;
        const auto *label = qobject_cast<const QLabel *>(widget);
        const QSize hint =
            qobject_cast<const QGroupBox *>(widget) ? widget->minimumSizeHint() : widget->sizeHint();
        if (label && label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height())
                problems << u"%1: %2x%3, the wrapped text needs %4 px of height"_s
                                .arg(describe(widget, *text))
                                .arg(widget->width())
                                .arg(widget->height())
                                .arg(label->heightForWidth(label->width()));
        } else if (widget->width() < hint.width() || widget->height() < hint.height()) {
            problems << u"%1: %2x%3, needs %4x%5"_s.arg(describe(widget, *text))
                            .arg(widget->width())
                            .arg(widget->height())
                            .arg(hint.width())
                            .arg(hint.height());
        }
    }
    return problems;
}

// Visible texts that a Chinese user would read in English.
QStringList untranslatedTexts(const QWidget *root, bool chinese)
{
    QStringList problems;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        QStringList texts;
        if (const std::optional<QString> text = widgetText(widget))
            texts << *text;
        if (const auto *tabBar = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabBar->count(); ++i)
                texts << tabBar->tabText(i);
        }
        for (const QString &text : std::as_const(texts)) {
            if (!isTranslatedFor(text, chinese))
                problems << describe(widget, text);
        }
    }
    return problems;
}

// Lays out everything that is pending, as the event loop does before painting.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

EndpointConfig demoEndpoint()
{
    EndpointConfig config;
    config.name = u"ticker"_s;
    config.urls = {u"ws://127.0.0.1:9/ticker"_s};
    return config;
}

} // namespace

class tst_I18n final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowIsTranslated_data();
    void mainWindowIsTranslated();
    void mainWindowShowsEveryText_data();
    void mainWindowShowsEveryText();
    void settingsDialogIsTranslated_data();
    void settingsDialogIsTranslated();
    void settingsDialogShowsEveryText_data();
    void settingsDialogShowsEveryText();
    void sendDialogShowsEveryText_data();
    void sendDialogShowsEveryText();
    void ownCloseReasonIsTranslated();
    // Last: Translations::install() keeps its translators until the application ends.
    void installLoadsTheLanguage();

private:
    static void addLanguages();
};

void tst_I18n::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FeedPulseTest"_s);
    QCoreApplication::setApplicationName(u"tst_i18n"_s);
    QSettings().clear();
}

void tst_I18n::addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("zh_CN") << u"zh_CN"_s << true;
    QTest::newRow("zh_TW") << u"zh_TW"_s << true;
    QTest::newRow("en") << u"en"_s << false;
}

void tst_I18n::mainWindowIsTranslated_data()
{
    addLanguages();
}

void tst_I18n::mainWindowIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(bool, chinese);
    const LanguageScope scope(language);
    QVERIFY2(scope.isLoaded(), qPrintable(u":/i18n/feedpulse_"_s + language));

    ConnectionManager manager;
    MainWindow window(&manager);
    window.resize(WindowSize);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The translation for this language, never the English source; English keeps the source.
    const auto checkText = [&](const QString &what, const QString &shown, const char *context,
                               const char *source) {
        const QString expected = QCoreApplication::translate(context, source);
        if (shown != expected)
            return u"%1: '%2', expected '%3'"_s.arg(what, shown, expected);
        const QString english = QString::fromUtf8(source);
        if (chinese && (shown == english || !hasCjk(shown)))
            return u"%1: '%2' is not Chinese"_s.arg(what, shown);
        if (!chinese && shown != english)
            return u"%1: '%2' instead of the source '%3'"_s.arg(what, shown, english);
        return QString();
    };
    QStringList problems;
    const QList<std::pair<QString, const char *>> actions = {
        {u"connectAllAction"_s, "Connect &all"},
        {u"disconnectAllAction"_s, "&Disconnect all"},
        {u"connectAction"_s, "&Connect"},
        {u"disconnectAction"_s, "Dis&connect"},
        {u"retryAction"_s, "&Retry now"},
        {u"sendAction"_s, "&Send message…"},
        {u"addEndpointAction"_s, "&Add endpoint…"},
        {u"settingsAction"_s, "S&ettings…"},
        {u"quitAction"_s, "&Quit"},
    };
    for (const auto &[name, source] : actions) {
        const auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        problems << checkText(name, action->text(), "MainWindow", source);
    }
    const QList<QAction *> menus = window.menuBar()->actions();
    QCOMPARE(menus.size(), 2);
    problems << checkText(u"File menu"_s, menus.at(0)->text(), "MainWindow", "&File");
    problems << checkText(u"Endpoints menu"_s, menus.at(1)->text(), "MainWindow", "&Endpoints");

    // URL and RTT stay as they are in Chinese too.
    const QList<const char *> columns = {"Status",  "Name", "URL",    "Uptime", "Reconnects",
                                         "Attempt", "RTT",  "Msgs/s", "Gaps",   "Last close"};
    QCOMPARE(columns.size(), qsizetype(EndpointTableModel::ColumnCount));
    for (int column = 0; column < int(columns.size()); ++column) {
        const QString text = window.table()->model()->headerData(column, Qt::Horizontal).toString();
        const QString expected = QCoreApplication::translate("EndpointTableModel", columns.at(column));
        if (text != expected)
            problems << u"column %1: '%2', expected '%3'"_s.arg(column).arg(text, expected);
        else if (!isTranslatedFor(text, chinese))
            problems << u"column %1: '%2' is not Chinese"_s.arg(column).arg(text);
    }

    LogView *log = window.logView();
    const QList<std::pair<QString, const char *>> logButtons = {
        {u"logDirectionIn"_s, "In"},
        {u"logDirectionOut"_s, "Out"},
        {u"logDirectionEvent"_s, "Events"},
        {u"logFilterRegex"_s, "Regex"},
        {u"logHideHeartbeats"_s, "Hide heartbeats"},
        {u"logAutoScroll"_s, "Auto-scroll"},
        {u"logPause"_s, "Pause"},
        {u"logClear"_s, "Clear"},
        {u"logExport"_s, "Export…"},
    };
    for (const auto &[name, source] : logButtons) {
        const auto *button = log->findChild<QAbstractButton *>(name);
        QVERIFY2(button, qPrintable(name));
        problems << checkText(name, button->text(), "LogView", source);
    }
    const auto *filter = log->findChild<QLineEdit *>(u"logTextFilter"_s);
    QVERIFY(filter);
    problems << checkText(u"logTextFilter"_s, filter->placeholderText(), "LogView", "Filter messages");
    const auto *endpoints = log->findChild<QComboBox *>(u"logEndpointFilter"_s);
    QVERIFY(endpoints);
    problems << checkText(u"logEndpointFilter"_s, endpoints->itemText(0), "LogView", "All endpoints");
    const auto *logTable = log->findChild<QTableView *>(u"logTable"_s);
    QVERIFY(logTable);
    for (int column = 0; column < logTable->model()->columnCount(); ++column) {
        const QString text = logTable->model()->headerData(column, Qt::Horizontal).toString();
        if (!isTranslatedFor(text, chinese))
            problems << u"log column %1: '%2' is not Chinese"_s.arg(column).arg(text);
    }

    problems << untranslatedTexts(&window, chinese);
    problems.removeAll(QString());
    QVERIFY2(problems.isEmpty(), qPrintable(language % u":\n"_s % problems.join(u'\n')));
}

void tst_I18n::mainWindowShowsEveryText_data()
{
    addLanguages();
}

void tst_I18n::mainWindowShowsEveryText()
{
    QFETCH(QString, language);
    const LanguageScope scope(language);
    QVERIFY(scope.isLoaded());

    ConnectionManager manager;
    MainWindow window(&manager);
    window.resize(WindowSize);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Endpoints that cannot connect: the summary and the table show what a real session shows.
    window.setEndpoints({demoEndpoint()});
    QTRY_COMPARE(window.tableModel()->rowCount(), 1);
    window.selectEndpoint(u"ticker"_s);
    settle();

    // The window fits the size it opens at, rather than growing past it.
    QCOMPARE(window.size(), WindowSize);
    QVERIFY2(window.minimumSizeHint().width() <= WindowSize.width(),
             qPrintable(QString::number(window.minimumSizeHint().width())));
    // Every tool button is on the tool bar, none is pushed into the overflow menu.
    const auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        const QWidget *button = toolBar->widgetForAction(action);
        QVERIFY2(button && button->isVisible(), qPrintable(language % u": "_s % action->text()));
    }
    const QStringList problems = clippedWidgets(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(language % u" clipped:\n"_s % problems.join(u'\n')));
}

void tst_I18n::settingsDialogIsTranslated_data()
{
    addLanguages();
}

void tst_I18n::settingsDialogIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(bool, chinese);
    const LanguageScope scope(language);
    QVERIFY(scope.isLoaded());
    if (chinese)
        QVERIFY2(scope.hasQtTranslations(), "qtbase translations are missing: install qt6-translations-l10n");

    SettingsDialog dialog({demoEndpoint()}, AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QStringList problems;
    const auto expect = [&](const QString &what, const QString &shown, const char *context,
                            const char *source) {
        const QString expected = QCoreApplication::translate(context, source);
        if (shown != expected)
            problems << u"%1: '%2', expected '%3'"_s.arg(what, shown, expected);
        else if (chinese && !hasCjk(shown))
            problems << u"%1: '%2' is not Chinese"_s.arg(what, shown);
    };
    auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    expect(u"tab 0"_s, tabs->tabText(0), "SettingsDialog", "&Endpoints");
    expect(u"tab 1"_s, tabs->tabText(1), "SettingsDialog", "&General");
    expect(u"window title"_s, dialog.windowTitle(), "SettingsDialog", "Settings");
    const QList<std::pair<QString, const char *>> buttons = {
        {u"addButton"_s, "&Add"},        {u"duplicateButton"_s, "D&uplicate"}, {u"removeButton"_s, "&Remove"},
        {u"importButton"_s, "&Import…"}, {u"exportButton"_s, "E&xport…"},
    };
    for (const auto &[name, source] : buttons) {
        const auto *button = dialog.findChild<QPushButton *>(name);
        QVERIFY2(button, qPrintable(name));
        expect(name, button->text(), "SettingsDialog", source);
    }
    // OK and Cancel come from Qt's own translations.
    const auto *box = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(box);
    for (const QDialogButtonBox::StandardButton which : {QDialogButtonBox::Ok, QDialogButtonBox::Cancel}) {
        const QString text = box->button(which)->text();
        if (chinese && !hasCjk(text))
            problems << u"standard button '%1' is not Chinese"_s.arg(text);
    }
    QStringList titles;
    for (const QGroupBox *group : dialog.findChildren<QGroupBox *>())
        titles << group->title();
    for (const char *source : {"Connection", "Heartbeat", "Reconnect", "Messages"})
        QVERIFY2(titles.contains(QCoreApplication::translate("EndpointEditor", source)), source);
    for (const char *source : {"Log", "Recording", "Notifications", "Interface"})
        QVERIFY2(titles.contains(QCoreApplication::translate("SettingsDialog", source)), source);

    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        settle();
        problems << untranslatedTexts(&dialog, chinese);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(language % u":\n"_s % problems.join(u'\n')));
}

void tst_I18n::settingsDialogShowsEveryText_data()
{
    addLanguages();
}

void tst_I18n::settingsDialogShowsEveryText()
{
    QFETCH(QString, language);
    const LanguageScope scope(language);
    QVERIFY(scope.isLoaded());

    SettingsDialog dialog({demoEndpoint()}, AppSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize opened = dialog.size();
    auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
    QVERIFY(tabs);
    auto *mode = dialog.findChild<QComboBox *>(u"heartbeatModeCombo"_s);
    QVERIFY(mode);

    QStringList problems;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        settle();
        problems << clippedWidgets(&dialog);
    }
    // Each heartbeat mode shows its own reply fields.
    tabs->setCurrentIndex(0);
    for (int index = 0; index < mode->count(); ++index) {
        mode->setCurrentIndex(index);
        settle();
        for (const QString &problem : clippedWidgets(&dialog))
            problems << mode->itemText(index) % u": "_s % problem;
    }
    problems.removeDuplicates();
    QCOMPARE(dialog.size(), opened);
    QVERIFY2(problems.isEmpty(), qPrintable(language % u" clipped:\n"_s % problems.join(u'\n')));
}

void tst_I18n::sendDialogShowsEveryText_data()
{
    addLanguages();
}

void tst_I18n::sendDialogShowsEveryText()
{
    QFETCH(QString, language);
    QFETCH(bool, chinese);
    const LanguageScope scope(language);
    QVERIFY(scope.isLoaded());

    SendMessageDialog dialog(u"ticker"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Empty, then invalid JSON: the error label shows both messages.
    QStringList problems = clippedWidgets(&dialog);
    dialog.setJson(true);
    dialog.setMessage(u"{\"type\": "_s);
    settle();
    problems << clippedWidgets(&dialog) << untranslatedTexts(&dialog, chinese);
    if (chinese && !hasCjk(dialog.windowTitle()))
        problems << u"window title '%1' is not Chinese"_s.arg(dialog.windowTitle());
    QVERIFY2(problems.isEmpty(), qPrintable(language % u":\n"_s % problems.join(u'\n')));
}

void tst_I18n::ownCloseReasonIsTranslated()
{
    // The engine's own heartbeat close is shown in the user's language; a server's reason is its own
    // words, even when they read the same.
    LanguageScope scope(u"zh_CN"_s);
    QVERIFY(scope.isLoaded());
    EndpointTableModel model;
    ConnectionStats ours;
    ours.endpoint = u"ours"_s;
    ConnectionStats theirs = ours;
    theirs.endpoint = u"theirs"_s;
    model.setStats({ours, theirs});
    const auto closed = [&model](const QString &endpoint, int code, const QString &by) {
        EngineEvent event;
        event.endpoint = endpoint;
        event.type = u"closed"_s;
        event.fields = {{u"code"_s, code}, {u"reason"_s, u"heartbeat timeout"_s}, {u"by"_s, by}};
        model.applyEvent(event);
        return model.data(model.index(model.rowOf(endpoint), EndpointTableModel::LastCloseColumn)).toString();
    };
    QCOMPARE(closed(u"ours"_s, 1006, u"heartbeat"_s), u"1006 心跳超时"_s);
    QCOMPARE(closed(u"theirs"_s, 1001, u"server"_s), u"1001 heartbeat timeout"_s);
}

void tst_I18n::installLoadsTheLanguage()
{
    QVERIFY(!hasCjk(QCoreApplication::translate("MainWindow", "Connect &all")));
    Translations::install(u"zh_TW"_s);
    const QString text = QCoreApplication::translate("MainWindow", "Connect &all");
    QVERIFY2(text.contains(u"連線"_s), qPrintable(text));
    QVERIFY(hasCjk(QCoreApplication::translate("QPlatformTheme", "Cancel")));
}

QTEST_MAIN(tst_I18n)
#include "tst_i18n.moc"
