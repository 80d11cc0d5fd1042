// The committed .ts files against the sources: lupdate runs over lib/ and app/ into temporary
// copies, and the messages it finds must be the ones already committed. The Chinese files must be
// complete, with the placeholders of their sources and the project's terms; the English file must
// carry both plural forms of every %n message.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;      // disambiguation, the second argument of tr()
    QString extraComment; // the //: comment for translators
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QString translation;
    QStringList forms; // numerus forms

    // What identifies a message to lupdate and QTranslator.
    QString key() const
    {
        return context % u'\x1f' % source % u'\x1f' % comment % (numerus ? u"\x1f%n"_s : QString());
    }
    QString describe() const
    {
        QString text = context % u": '"_s % source % u'\'';
        if (!comment.isEmpty())
            text += u" ("_s % comment % u')';
        if (numerus)
            text += u" [numerus]"_s;
        return text;
    }
    QStringList texts() const { return numerus ? forms : QStringList{translation}; }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &fileName)
{
    TsFile ts;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = fileName % u": "_s % file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"extracomment") {
            message.extraComment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus) {
                message.translation = xml.readElementText();
                ts.messages.append(message);
            } else {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
                ts.messages.append(message);
            }
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(fileName).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString tsPath(const QString &language)
{
    return qEnvironmentVariable("FEEDPULSE_SOURCE_DIR") % u"/translations/feedpulse_"_s % language % u".ts"_s;
}

// %1..%99, %L1 and %n, %Ln: what QString::arg() and tr() replace.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:[1-9][0-9]?|n)"_s);
    QSet<QString> result;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        result.insert(match.captured());
    return result;
}

QString joined(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u' ');
}

bool hasCjk(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

QString lupdatePath()
{
    const QString fromQt = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_s;
    if (QFileInfo(fromQt).isExecutable())
        return fromQt;
    const QString debian = u"/usr/lib/qt6/bin/lupdate"_s;
    return QFileInfo(debian).isExecutable() ? debian : QString();
}

const QStringList Languages = {u"en"_s, u"zh_CN"_s, u"zh_TW"_s};

} // namespace

class tst_Translations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tsFilesAreNotBehindTheSources();
    void chineseIsComplete_data();
    void chineseIsComplete();
    void englishHasBothPluralForms();
    void terminology_data();
    void terminology();
    void scriptMatchesTheLanguage_data();
    void scriptMatchesTheLanguage();
    void mnemonicsKeepTheirLetter_data();
    void mnemonicsKeepTheirLetter();

private:
    QString m_sourceDir;
};

void tst_Translations::initTestCase()
{
    m_sourceDir = qEnvironmentVariable("FEEDPULSE_SOURCE_DIR");
    QVERIFY2(QFileInfo(m_sourceDir + u"/translations"_s).isDir(),
             "FEEDPULSE_SOURCE_DIR must name the source tree (ctest sets it)");
    for (const QString &language : Languages) {
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY(!ts.messages.isEmpty());
    }
}

void tst_Translations::tsFilesAreNotBehindTheSources()
{
    const QString lupdate = lupdatePath();
    QVERIFY2(!lupdate.isEmpty(), "lupdate is missing: install qt6-l10n-tools (Qt Linguist tools)");

    // The same set that app/CMakeLists.txt globs for qt_add_translations.
    QStringList sources;
    for (const QString &directory : {u"lib"_s, u"app"_s}) {
        const QDir dir(m_sourceDir + u'/' + directory);
        const QStringList files = dir.entryList({u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            sources.append(dir.filePath(file));
    }
    QVERIFY(sources.size() > 20);

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QStringList copies;
    for (const QString &language : Languages) {
        const QString copy = temp.filePath(QFileInfo(tsPath(language)).fileName());
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        copies.append(copy);
    }

    QProcess process;
    process.start(lupdate, QStringList(sources)
                               << u"-no-obsolete"_s << u"-locations"_s << u"none"_s << u"-ts"_s << copies);
    QVERIFY2(process.waitForFinished(120'000), qPrintable(process.errorString()));
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(errors));
    // Warnings ("Discarding unconsumed meta data": a //: comment lupdate could not attach) do not
    // make the files stale, but they are worth seeing in the CI log.
    for (const QString &line : errors.split(u'\n', Qt::SkipEmptyParts))
        qInfo("lupdate: %s", qPrintable(line));

    QStringList problems;
    for (qsizetype i = 0; i < Languages.size(); ++i) {
        const TsFile committed = readTs(tsPath(Languages.at(i)));
        const TsFile updated = readTs(copies.at(i));
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        QHash<QString, Message> before;
        for (const Message &message : committed.messages)
            before.insert(message.key(), message);
        QSet<QString> after;
        for (const Message &message : updated.messages) {
            after.insert(message.key());
            const auto found = before.constFind(message.key());
            if (found == before.cend())
                problems << u"%1 new: %2"_s.arg(Languages.at(i), message.describe());
            else if (found->extraComment != message.extraComment)
                problems << u"%1 changed translator comment: %2"_s.arg(Languages.at(i), message.describe());
        }
        for (const Message &message : committed.messages) {
            if (!after.contains(message.key()))
                problems << u"%1 gone from the sources: %2"_s.arg(Languages.at(i), message.describe());
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"translations are behind the sources: run `cmake --build build --target "
                        "update_translations`;\n"_s +
                        problems.join(u'\n')));
}

void tst_Translations::chineseIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s;
}

void tst_Translations::chineseIsComplete()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const Message &message : ts.messages) {
        if (!message.type.isEmpty())
            problems << message.type % u": "_s % message.describe();
        // Chinese has one plural form.
        if (message.numerus && message.forms.size() != 1)
            problems
                << u"%1 plural forms instead of 1: %2"_s.arg(message.forms.size()).arg(message.describe());
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &text : message.texts()) {
            if (text.trimmed().isEmpty()) {
                problems << u"empty: "_s % message.describe();
                continue;
            }
            const QSet<QString> found = placeholders(text);
            if (found != expected)
                problems << u"placeholders {%1} instead of {%2}: %3 -> '%4'"_s.arg(
                    joined(found), joined(expected), message.describe(), text);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(language % u" is not complete:\n"_s % problems.join(u'\n')));
}

void tst_Translations::englishHasBothPluralForms()
{
    const TsFile ts = readTs(tsPath(u"en"_s));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    int numerus = 0;
    for (const Message &message : ts.messages) {
        // The other entries repeat the source text; only the plural forms need checking.
        if (!message.numerus)
            continue;
        ++numerus;
        if (message.type == u"unfinished" || message.forms.size() != 2) {
            problems
                << u"%1 forms (%2): %3"_s.arg(message.forms.size()).arg(message.type, message.describe());
            continue;
        }
        for (const QString &form : std::as_const(message.forms)) {
            if (form.trimmed().isEmpty())
                problems << u"empty form: "_s % message.describe();
            else if (placeholders(form) != placeholders(message.source))
                problems << u"placeholders of '%1' differ: %2"_s.arg(form, message.describe());
        }
    }
    QVERIFY(numerus > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(u"feedpulse_en.ts plural forms:\n"_s % problems.join(u'\n')));
}

void tst_Translations::terminology_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sourcePattern"); // case-insensitive
    QTest::addColumn<QString>("required");
    QTest::addColumn<QStringList>("forbidden"); // other renderings of the same term
    QTest::addColumn<int>("minimumMatches");    // so that a rule cannot pass by matching nothing

    const QString heartbeat = u"heartbeat"_s;
    const QString reconnect = u"reconnect"_s;
    // No source says "backoff" yet; the rule waits for the first one.
    const QString backoff = u"backoff|exponential"_s;
    QTest::newRow("zh_CN heartbeat") << u"zh_CN"_s << heartbeat << u"心跳"_s << QStringList{u"心搏"_s} << 5;
    QTest::newRow("zh_CN reconnect") << u"zh_CN"_s << reconnect << u"重连"_s
                                     << QStringList{u"重新连接"_s, u"重新连线"_s} << 5;
    QTest::newRow("zh_CN backoff") << u"zh_CN"_s << backoff << u"指数退避"_s << QStringList{u"指数回退"_s}
                                   << 0;
    QTest::newRow("zh_TW heartbeat") << u"zh_TW"_s << heartbeat << u"心跳"_s << QStringList{u"心搏"_s} << 5;
    QTest::newRow("zh_TW reconnect") << u"zh_TW"_s << reconnect << u"重新連線"_s
                                     << QStringList{u"重連"_s, u"重新連接"_s} << 5;
    QTest::newRow("zh_TW backoff") << u"zh_TW"_s << backoff << u"指數退避"_s << QStringList{u"指數回退"_s}
                                   << 0;
}

void tst_Translations::terminology()
{
    QFETCH(QString, language);
    QFETCH(QString, sourcePattern);
    QFETCH(QString, required);
    QFETCH(QStringList, forbidden);
    QFETCH(int, minimumMatches);

    const QRegularExpression pattern(sourcePattern, QRegularExpression::CaseInsensitiveOption);
    QVERIFY(pattern.isValid());
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    int matches = 0;
    QStringList problems;
    for (const Message &message : ts.messages) {
        const bool applies = pattern.match(message.source).hasMatch();
        for (const QString &text : message.texts()) {
            if (applies && !text.contains(required))
                problems << u"'%1' -> '%2' lacks %3"_s.arg(message.source, text, required);
            for (const QString &word : std::as_const(forbidden)) {
                if (text.contains(word))
                    problems << u"'%1' -> '%2' says %3, not %4"_s.arg(message.source, text, word, required);
            }
        }
        matches += applies ? 1 : 0;
    }
    QVERIFY2(matches >= minimumMatches,
             qPrintable(u"only %1 sources match /%2/"_s.arg(matches).arg(sourcePattern)));
    QVERIFY2(problems.isEmpty(), qPrintable(language % u" terminology:\n"_s % problems.join(u'\n')));
}

void tst_Translations::scriptMatchesTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("otherScript");
    // Characters that exist in only one of the two scripts and are common in this UI.
    const QString simplified = u"连线设认发时间错误这个为数据开关闭务网络协议态节后尝试记录显终"_s;
    const QString traditional = u"連線設認發時間錯誤這個為數據開關閉務網絡協議態節後嘗試記錄顯終"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << traditional;
    QTest::newRow("zh_TW") << u"zh_TW"_s << simplified;
}

void tst_Translations::scriptMatchesTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, otherScript);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    int chinese = 0;
    for (const Message &message : ts.messages) {
        for (const QString &text : message.texts()) {
            chinese += hasCjk(text) ? 1 : 0;
            for (const QChar c : text) {
                if (otherScript.contains(c)) {
                    problems << u"'%1' -> '%2' has %3"_s.arg(message.source, text, c);
                    break;
                }
            }
        }
    }
    // Nearly every entry is Chinese; the few that are not are units and symbols ("%n ms").
    QVERIFY2(chinese > ts.messages.size() * 9 / 10, qPrintable(QString::number(chinese)));
    QVERIFY2(problems.isEmpty(),
             qPrintable(language % u" uses the other script:\n"_s % problems.join(u'\n')));
}

void tst_Translations::mnemonicsKeepTheirLetter_data()
{
    chineseIsComplete_data();
}

// "&Name:" becomes "名称(&N)：": the same key in every language, upper case, in parentheses.
void tst_Translations::mnemonicsKeepTheirLetter()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    static const QRegularExpression mnemonic(u"&([^&\\s])"_s);
    QStringList problems;
    int mnemonics = 0;
    for (const Message &message : ts.messages) {
        const QRegularExpressionMatch inSource = mnemonic.match(QString(message.source).remove(u"&&"_s));
        for (const QString &text : message.texts()) {
            const QString plain = QString(text).remove(u"&&"_s);
            if (!inSource.hasMatch()) {
                if (mnemonic.match(plain).hasMatch())
                    problems << u"'%1' -> '%2' adds a mnemonic"_s.arg(message.source, text);
                continue;
            }
            ++mnemonics;
            const QString expected = u"(&"_s % inSource.captured(1).toUpper() % u')';
            if (!plain.contains(expected) || plain.count(u'&') != 1)
                problems << u"'%1' -> '%2' should have %3"_s.arg(message.source, text, expected);
        }
    }
    QVERIFY(mnemonics > 20);
    QVERIFY2(problems.isEmpty(), qPrintable(language % u" mnemonics:\n"_s % problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
