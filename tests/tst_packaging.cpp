// Desktop integration and packaging with the real tools: the .desktop entry and the AppStream metainfo
// through their validators, `cmake --install` into a temporary prefix, and the .deb that CPack builds,
// unpacked and run against the system's Qt.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"org.feedpulse.FeedPulse"_s;

// Every file the install rules put under the prefix, relative to it.
QStringList installedFiles()
{
    return {
        u"bin/feedpulse"_s,
        u"bin/feedpulse-server"_s,
        u"share/applications/"_s + AppId + u".desktop"_s,
        u"share/metainfo/"_s + AppId + u".metainfo.xml"_s,
        u"share/icons/hicolor/scalable/apps/"_s + AppId + u".svg"_s,
        u"share/feedpulse/translations/feedpulse_en.qm"_s,
        u"share/feedpulse/translations/feedpulse_zh_CN.qm"_s,
        u"share/feedpulse/translations/feedpulse_zh_TW.qm"_s,
    };
}

QByteArray missingTool(const QString &tool, const QString &package)
{
    return QString(tool + u" is not installed: apt-get install "_s + package).toLocal8Bit();
}

struct Result
{
    int exitCode = -1;
    QByteArray output; // stdout and stderr, merged
};

// Runs a program to completion while the event loop keeps running; exitCode is -1 if it did not start,
// crashed or timed out.
Result run(const QString &program, const QStringList &arguments, const QString &workingDirectory = {},
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 60'000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    Result result;
    process.start(program, arguments);
    if (!process.waitForStarted(10'000)) {
        result.output = QString(program + u" did not start: "_s + process.errorString()).toLocal8Bit();
        return result;
    }
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        result.output = QByteArray(process.readAll() + "\n[timed out]");
        return result;
    }
    result.output = process.readAll();
    if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    return result;
}

// The message for a failed QVERIFY2: the command and what it printed.
QByteArray describe(const QString &program, const QStringList &arguments, const Result &result)
{
    const QString command = (QStringList{program} + arguments).join(u' ');
    return QString(command + u" exited with "_s + QString::number(result.exitCode) + u":\n"_s +
                   QString::fromUtf8(result.output))
        .toLocal8Bit();
}

// A value from the build directory's CMakeCache.txt, so that the tests use the cmake that configured it.
QString cacheValue(const QString &buildDir, const QString &key)
{
    QFile cache(buildDir + u"/CMakeCache.txt"_s);
    if (!cache.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    const QByteArray prefix = key.toUtf8() + ':';
    while (!cache.atEnd()) {
        const QByteArray line = cache.readLine().trimmed();
        if (line.startsWith(prefix)) {
            return QString::fromUtf8(line.mid(line.indexOf('=') + 1));
        }
    }
    return {};
}

} // namespace

class tst_Packaging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void desktopFileValidates();
    void metainfoValidates();
    void installTree();
    void debInstallsAndRuns();

private:
    // An environment for running feedpulse: its own home, so that no saved language setting applies.
    QProcessEnvironment appEnvironment(const QString &locale) const;
    void validateDesktopFile(const QString &path);

    QString m_sourceDir;
    QString m_buildDir;
    QString m_cmake;
    QString m_cpack;
    QTemporaryDir m_home;
};

void tst_Packaging::initTestCase()
{
    m_sourceDir = qEnvironmentVariable("FEEDPULSE_SOURCE_DIR");
    m_buildDir = qEnvironmentVariable("FEEDPULSE_BUILD_DIR");
    QVERIFY2(!m_sourceDir.isEmpty() && !m_buildDir.isEmpty(),
             "FEEDPULSE_SOURCE_DIR and FEEDPULSE_BUILD_DIR must be set (ctest sets them)");
    QVERIFY(m_home.isValid());

    m_cmake = cacheValue(m_buildDir, u"CMAKE_COMMAND"_s);
    m_cpack = cacheValue(m_buildDir, u"CMAKE_CPACK_COMMAND"_s);
    if (m_cmake.isEmpty()) {
        m_cmake = QStandardPaths::findExecutable(u"cmake"_s);
    }
    if (m_cpack.isEmpty()) {
        m_cpack = QStandardPaths::findExecutable(u"cpack"_s);
    }
    QVERIFY2(!m_cmake.isEmpty(), missingTool(u"cmake"_s, u"cmake"_s));
    QVERIFY2(!m_cpack.isEmpty(), missingTool(u"cpack"_s, u"cmake"_s));
}

QProcessEnvironment tst_Packaging::appEnvironment(const QString &locale) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/.config"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, locale);
    env.insert(u"LC_ALL"_s, locale);
    // LANGUAGE would take precedence over LANG for the UI language.
    env.remove(u"LANGUAGE"_s);
    return env;
}

void tst_Packaging::validateDesktopFile(const QString &path)
{
    const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    QVERIFY2(!validator.isEmpty(), missingTool(u"desktop-file-validate"_s, u"desktop-file-utils"_s));
    QVERIFY2(QFileInfo::exists(path), qPrintable(path + u" is missing"_s));

    const Result result = run(validator, {path});
    QVERIFY2(result.exitCode == 0, describe(validator, {path}, result));
    QVERIFY2(!result.output.toLower().contains("error"), describe(validator, {path}, result));
}

void tst_Packaging::desktopFileValidates()
{
    validateDesktopFile(m_sourceDir + u"/resources/"_s + AppId + u".desktop"_s);
}

void tst_Packaging::metainfoValidates()
{
    const QString appstreamcli = QStandardPaths::findExecutable(u"appstreamcli"_s);
    QVERIFY2(!appstreamcli.isEmpty(), missingTool(u"appstreamcli"_s, u"appstream"_s));
    const QString metainfo = m_sourceDir + u"/resources/"_s + AppId + u".metainfo.xml"_s;
    QVERIFY2(QFileInfo::exists(metainfo), qPrintable(metainfo + u" is missing"_s));

    const QStringList arguments{u"validate"_s, u"--no-net"_s, metainfo};
    const Result result = run(appstreamcli, arguments);
    QVERIFY2(result.exitCode == 0, describe(appstreamcli, arguments, result));
}

void tst_Packaging::installTree()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const QStringList arguments{u"--install"_s, m_buildDir, u"--prefix"_s, prefix.path()};
    const Result install = run(m_cmake, arguments);
    QVERIFY2(install.exitCode == 0, describe(m_cmake, arguments, install));

    for (const QString &file : installedFiles()) {
        const QFileInfo info(prefix.filePath(file));
        QVERIFY2(info.isFile() && info.size() > 0, qPrintable(file + u" was not installed"_s));
    }
    const QString feedpulse = prefix.filePath(u"bin/feedpulse"_s);
    QVERIFY2(QFileInfo(feedpulse).isExecutable(), "bin/feedpulse is not executable");
    QVERIFY2(QFileInfo(prefix.filePath(u"bin/feedpulse-server"_s)).isExecutable(),
             "bin/feedpulse-server is not executable");

    const Result version = run(feedpulse, {u"--version"_s}, {}, appEnvironment(u"C.UTF-8"_s));
    QVERIFY2(version.exitCode == 0, describe(feedpulse, {u"--version"_s}, version));
    QCOMPARE(version.output.trimmed(), QByteArray("feedpulse " FEEDPULSE_VERSION));

    // The translations are embedded, so the installed binary speaks the system's language without
    // being told where its .qm files are.
    const struct
    {
        QString locale;
        QString expected;
    } languages[] = {
        {u"zh_CN.UTF-8"_s, u"心跳、重连"_s},
        {u"zh_TW.UTF-8"_s, u"心跳、重新連線"_s},
    };
    for (const auto &language : languages) {
        const Result help = run(feedpulse, {u"--help"_s}, {}, appEnvironment(language.locale));
        QVERIFY2(help.exitCode == 0, describe(feedpulse, {u"--help"_s}, help));
        QVERIFY2(QString::fromUtf8(help.output).contains(language.expected),
                 qPrintable(u"--help under "_s + language.locale + u" lacks \""_s + language.expected +
                            u"\":\n"_s + QString::fromUtf8(help.output)));
    }

    validateDesktopFile(prefix.filePath(u"share/applications/"_s + AppId + u".desktop"_s));
}

void tst_Packaging::debInstallsAndRuns()
{
    const QString dpkgDeb = QStandardPaths::findExecutable(u"dpkg-deb"_s);
    const QString dpkg = QStandardPaths::findExecutable(u"dpkg"_s);
    QVERIFY2(!dpkgDeb.isEmpty(), missingTool(u"dpkg-deb"_s, u"dpkg"_s));
    QVERIFY2(!dpkg.isEmpty(), missingTool(u"dpkg"_s, u"dpkg"_s));

    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QStringList cpackArguments{u"-G"_s,    u"DEB"_s,      u"-B"_s,
                                     out.path(), u"--config"_s, m_buildDir + u"/CPackConfig.cmake"_s};
    const Result cpack =
        run(m_cpack, cpackArguments, m_buildDir, QProcessEnvironment::systemEnvironment(), 180'000);
    QVERIFY2(cpack.exitCode == 0, describe(m_cpack, cpackArguments, cpack));

    const QStringList debs = QDir(out.path()).entryList({u"*.deb"_s}, QDir::Files);
    QVERIFY2(debs.size() == 1, qPrintable(u"expected one .deb, found: "_s + debs.join(u", "_s)));
    const QString deb = out.filePath(debs.constFirst());
    QVERIFY2(debs.constFirst().startsWith(u"feedpulse_"_s + QString::fromLatin1(FEEDPULSE_VERSION) + u'_'),
             qPrintable(debs.constFirst()));

    // The control fields.
    const QStringList fieldArguments{u"-f"_s, deb, u"Package"_s, u"Version"_s, u"Depends"_s};
    const Result fields = run(dpkgDeb, fieldArguments);
    QVERIFY2(fields.exitCode == 0, describe(dpkgDeb, fieldArguments, fields));
    QMap<QByteArray, QByteArray> control;
    for (const QByteArray &line : fields.output.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            control.insert(line.left(colon), line.mid(colon + 1).trimmed());
        }
    }
    QCOMPARE(control.value("Package"), QByteArray("feedpulse"));
    QCOMPARE(control.value("Version"), QByteArray(FEEDPULSE_VERSION));
    for (const char *dependency : {"libqt6core6", "libqt6widgets6", "libqt6websockets6", "libqt6svg6"}) {
        QVERIFY2(control.value("Depends").contains(dependency),
                 QByteArray("Depends: " + control.value("Depends") + " lacks " + dependency));
    }

    // The contents: desktop integration in place, and nothing from the tests or benchmarks.
    const Result contents = run(dpkg, {u"-c"_s, deb});
    QVERIFY2(contents.exitCode == 0, describe(dpkg, {u"-c"_s, deb}, contents));
    QStringList paths;
    for (const QByteArray &line : contents.output.split('\n')) {
        const QList<QByteArray> columns = line.simplified().split(' ');
        if (columns.size() >= 6) {
            paths.append(QString::fromUtf8(columns.at(5)));
        }
    }
    const QStringList expected{
        u"./usr/bin/feedpulse"_s,
        u"./usr/bin/feedpulse-server"_s,
        u"./usr/share/applications/"_s + AppId + u".desktop"_s,
        u"./usr/share/icons/hicolor/scalable/apps/"_s + AppId + u".svg"_s,
        u"./usr/share/metainfo/"_s + AppId + u".metainfo.xml"_s,
        u"./usr/share/feedpulse/translations/feedpulse_zh_CN.qm"_s,
    };
    for (const QString &path : expected) {
        QVERIFY2(paths.contains(path), qPrintable(path + u" is not in the package:\n"_s + paths.join(u'\n')));
    }
    for (const QString &path : std::as_const(paths)) {
        QVERIFY2(!path.contains(u"tst_"_s) && !path.contains(u"bench_"_s),
                 qPrintable(path + u" should not be packaged"_s));
    }

    // Unpacked into a scratch root, the binaries run against the system's Qt.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const Result extract = run(dpkgDeb, {u"-x"_s, deb, root.path()});
    QVERIFY2(extract.exitCode == 0, describe(dpkgDeb, {u"-x"_s, deb, root.path()}, extract));
    for (const QString &binary : {u"feedpulse"_s, u"feedpulse-server"_s}) {
        const QString program = root.filePath(u"usr/bin/"_s + binary);
        const Result version = run(program, {u"--version"_s}, {}, appEnvironment(u"C.UTF-8"_s));
        QVERIFY2(version.exitCode == 0, describe(program, {u"--version"_s}, version));
        QCOMPARE(version.output.trimmed(),
                 QString(binary + u' ' + QString::fromLatin1(FEEDPULSE_VERSION)).toUtf8());
    }
}

QTEST_MAIN(tst_Packaging)
#include "tst_packaging.moc"
