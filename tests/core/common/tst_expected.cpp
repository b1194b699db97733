#include "common/expected.h"

#include <QStringList>
#include <QTest>
#include <functional>
#include <memory>

class TestExpected : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsAValue();
    void holdsAnError();
    void movesTheValueOut();
    void defaultHoldsADefaultValue();
    void voidIsSuccessOrAnError();
    void andThenStopsAtTheFirstError();
    void errorDescribesItsOffset_data();
    void errorDescribesItsOffset();
    void errorsCompareByEveryPart();
};

namespace {
Expected<int> half(int number)
{
    if (number % 2 != 0)
        return Error(Error::Kind::Malformed, QStringLiteral("%1 is odd").arg(number));
    return number / 2;
}

Expected<void> check(bool fine)
{
    if (!fine)
        return Error(Error::Kind::FileAccess, QStringLiteral("no"));
    return {};
}
} // namespace

void TestExpected::holdsAValue()
{
    const Expected<int> result = half(42);
    QVERIFY(result.hasValue());
    QVERIFY(bool(result));
    QCOMPARE(result.value(), 21);
    QCOMPARE(*result, 21);
    QCOMPARE(result.valueOr(-1), 21);
    Expected<QStringList> list = QStringList{QStringLiteral("a")};
    list->append(QStringLiteral("b"));
    QCOMPARE(list->size(), 2);
}

void TestExpected::holdsAnError()
{
    const Expected<int> result = half(7);
    QVERIFY(!result.hasValue());
    QVERIFY(!result);
    QCOMPARE(result.error().kind(), Error::Kind::Malformed);
    QCOMPARE(result.error().message(), QStringLiteral("7 is odd"));
    QVERIFY(!result.error().hasOffset());
    QCOMPARE(result.valueOr(-1), -1);
    QVERIFY_THROWS_EXCEPTION(std::bad_variant_access, (void)result.value());
}

void TestExpected::movesTheValueOut()
{
    Expected<std::unique_ptr<int>> owner = std::make_unique<int>(5);
    const std::unique_ptr<int> taken = std::move(owner).value();
    QCOMPARE(*taken, 5);
}

void TestExpected::defaultHoldsADefaultValue()
{
    const Expected<QString> result;
    QVERIFY(result.hasValue());
    QVERIFY(result->isEmpty());
    static_assert(!std::is_default_constructible_v<Expected<std::reference_wrapper<int>>>);
}

void TestExpected::voidIsSuccessOrAnError()
{
    QVERIFY(check(true).hasValue());
    const Expected<void> failed = check(false);
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind(), Error::Kind::FileAccess);
    QCOMPARE(failed.error().message(), QStringLiteral("no"));
    QVERIFY_THROWS_EXCEPTION(std::bad_optional_access, (void)check(true).error());
}

void TestExpected::andThenStopsAtTheFirstError()
{
    QCOMPARE(half(84).andThen(half).valueOr(-1), 21);
    const Expected<int> odd = half(12).andThen(half).andThen(half);
    QVERIFY(!odd);
    QCOMPARE(odd.error().message(), QStringLiteral("3 is odd"));
    int calls = 0;
    const auto step = [&calls](bool fine) {
        ++calls;
        return check(fine);
    };
    const Expected<void> stopped =
        step(true).andThen([&] { return step(false); }).andThen([&] { return step(true); });
    QCOMPARE(stopped.error().kind(), Error::Kind::FileAccess);
    QCOMPARE(calls, 2);
    const Expected<QString> named =
        check(true).andThen([]() -> Expected<QString> { return QStringLiteral("done"); });
    QCOMPARE(named.valueOr(QString()), QStringLiteral("done"));
}

void TestExpected::errorDescribesItsOffset_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("description");
    QTest::newRow("none") << Error::kNoOffset << QStringLiteral("unexpected end");
    QTest::newRow("first byte") << qint64(0) << QStringLiteral("unexpected end at byte 0");
    QTest::newRow("second byte") << qint64(1) << QStringLiteral("unexpected end at byte 1");
}

void TestExpected::errorDescribesItsOffset()
{
    QFETCH(qint64, offset);
    QFETCH(QString, description);
    const Error error(Error::Kind::Malformed, QStringLiteral("unexpected end"), offset);
    QCOMPARE(error.hasOffset(), offset >= 0);
    QCOMPARE(error.offset(), offset);
    QCOMPARE(error.describe(), description);
}

void TestExpected::errorsCompareByEveryPart()
{
    const Error error(Error::Kind::Malformed, QStringLiteral("bad"), 3);
    QCOMPARE(error, Error(Error::Kind::Malformed, QStringLiteral("bad"), 3));
    QVERIFY(!(error == Error(Error::Kind::Generic, QStringLiteral("bad"), 3)));
    QVERIFY(!(error == Error(Error::Kind::Malformed, QStringLiteral("worse"), 3)));
    QVERIFY(!(error == Error(Error::Kind::Malformed, QStringLiteral("bad"))));
}

QTEST_GUILESS_MAIN(TestExpected)
#include "tst_expected.moc"
