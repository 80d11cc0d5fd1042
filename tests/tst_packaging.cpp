#include <QTest>

class Tstpackaging final : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstpackaging)
#include "tst_packaging.moc"
