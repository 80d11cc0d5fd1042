// The real `feedpulse --demo` window on a real X server (Xvfb), in English, Simplified and Traditional
// Chinese: a screenshot is taken by the app from the screen, saved to docs/screenshots/dashboard.png
// (dashboard-zh_CN.png, dashboard-zh_TW.png), and checked for what the window must show.

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;

class tst_DashboardScreenshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoWindowOnXvfb_data();
    void demoWindowOnXvfb();
};

void tst_DashboardScreenshot::demoWindowOnXvfb_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("en") << u"en"_s << u"dashboard.png"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"dashboard-zh_CN.png"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s << u"dashboard-zh_TW.png"_s;
}

void tst_DashboardScreenshot::demoWindowOnXvfb()
{
    QFETCH(QString, language);
    QFETCH(QString, fileName);
    if (language.startsWith(u"zh"_s)) {
        // Without a CJK font the X server draws boxes (tofu). The window's fonts come from fontconfig,
        // which this process cannot see through QFontDatabase under offscreen, so ask fontconfig.
        const QString fcList = QStandardPaths::findExecutable(u"fc-list"_s);
        QVERIFY2(!fcList.isEmpty(), "fc-list is missing: install fontconfig");
        QProcess fonts;
        fonts.start(fcList,
                    {u":lang=%1"_s.arg(language == u"zh_CN"_s ? u"zh-cn"_s : u"zh-tw"_s), u"family"_s});
        QVERIFY(fonts.waitForFinished(30'000));
        const QString families = QString::fromUtf8(fonts.readAllStandardOutput());
        QVERIFY2(families.contains(u"Noto Sans CJK"_s),
                 qPrintable(u"no Noto Sans CJK font for %1: install fonts-noto-cjk (fc-list found: %2)"_s.arg(
                     language, families.simplified())));
    }
    const QString xvfbRun = QStandardPaths::findExecutable(u"xvfb-run"_s);
    QVERIFY2(!xvfbRun.isEmpty(), "xvfb-run is missing; scripts/test.sh installs the xvfb package");
    const QString binary = qEnvironmentVariable("FEEDPULSE_BUILD_DIR") + u"/app/feedpulse"_s;
    QVERIFY(QFileInfo::exists(binary));
    const QString output = qEnvironmentVariable("FEEDPULSE_SOURCE_DIR") + u"/docs/screenshots/"_s + fileName;
    QFile::remove(output);

    // A fresh home, so no saved layout or language changes the picture.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(xvfbRun, {u"-a"_s, u"-s"_s, u"-screen 0 1280x800x24"_s, binary, u"--demo"_s, u"--lang"_s,
                            language, u"--screenshot"_s, output, u"--screenshot-after"_s, u"12500"_s});
    QVERIFY(process.waitForStarted(10'000));
    // The event loop keeps running while the window lives. At 12.5 s the sensors feed has been
    // stalled long enough to be stale, and chat has had its first heartbeat timeout.
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 90'000);
    const QByteArray log = process.readAll();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, log.constData());

    QImage image(output);
    QVERIFY2(!image.isNull(), qPrintable(output));
    QVERIFY2(image.width() >= 900 && image.height() >= 600,
             qPrintable(u"%1x%2"_s.arg(image.width()).arg(image.height())));
    // A real window, not a blank frame: many colours, and the saturated green of connected rows.
    std::set<QRgb> colours;
    int green = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor colour = image.pixelColor(x, y);
            colours.insert(colour.rgb());
            if (colour.hsvHue() >= 90 && colour.hsvHue() <= 160 && colour.hsvSaturation() > 120 &&
                colour.value() > 90)
                ++green;
        }
    }
    QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
    QVERIFY2(green > 20, qPrintable(QString::number(green)));
}

QTEST_GUILESS_MAIN(tst_DashboardScreenshot)
#include "tst_dashboardscreenshot.moc"
