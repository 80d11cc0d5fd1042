#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

void install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);
    auto *appTranslator = new QTranslator(app);
    // English is the source language, but its plural forms live in feedpulse_en; it is also the
    // fallback for a locale with no translation (C, or one we do not ship).
    if (appTranslator->load(locale, u"feedpulse"_s, u"_"_s, u":/i18n"_s) ||
        appTranslator->load(u"feedpulse_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(appTranslator);
    }
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
}

} // namespace Translations
