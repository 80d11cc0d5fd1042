#pragma once

// The app's translations are embedded in feedpulse_app; Qt's own (qtbase) come from the system so
// that standard texts match. Event and metric names are never translated: they are an API.
namespace Translations {

// Loads and installs both translators for the system locale. Call once, after the application
// object exists; the translators live until the application ends.
void install();

} // namespace Translations
