#pragma once

// The app's translations are embedded in feedpulse_app; Qt's own (qtbase) come from the system so
// that standard texts match. Event and metric names are never translated: they are an API.
#include <QString>

namespace Translations {

// Loads and installs both translators for a language ("zh_CN", "zh_TW", "en"), or for the system
// locale when it is empty. Call once, after the application object exists; the translators live
// until the application ends.
void install(const QString &language = {});

} // namespace Translations
