#include "logging.h"

// Debug output is opt-in: QT_LOGGING_RULES="feedpulse.*.debug=true".

Q_LOGGING_CATEGORY(lcConnection, "feedpulse.connection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcManager, "feedpulse.manager", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "feedpulse.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "feedpulse.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRecorder, "feedpulse.recorder", QtInfoMsg)
