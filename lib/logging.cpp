#include "logging.h"

Q_LOGGING_CATEGORY(lcConnection, "feedpulse.connection")
Q_LOGGING_CATEGORY(lcManager, "feedpulse.manager")
Q_LOGGING_CATEGORY(lcConfig, "feedpulse.config")
Q_LOGGING_CATEGORY(lcNetwork, "feedpulse.network")
