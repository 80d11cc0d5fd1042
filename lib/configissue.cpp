#include "configissue.h"

using namespace Qt::StringLiterals;

QString ConfigIssue::toString() const
{
    if (path.isEmpty())
        return message;
    return path % u": "_s % message;
}
