#include <QTest>

class Tsttranslations final : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tsttranslations)
#include "tst_translations.moc"
