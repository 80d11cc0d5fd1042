#include <QTest>

class Tsti18n final : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tsti18n)
#include "tst_i18n.moc"
