#include "bencode/bencodedecoder.h"
#include "bencode/bencodeencoder.h"
#include "errortext.h"

#include <QTest>

class TestBencodeDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesScalars_data();
    void decodesScalars();
    void reportsErrors_data();
    void reportsErrors();
    void warnsAboutNonCanonicalInput_data();
    void warnsAboutNonCanonicalInput();
    void keepsOffsetsOfEveryValue();
    void dictionaryLookupTakesFirstDuplicate();
    void nestingLimit();
    void nodeLimit();
    void sizeLimit();
    void stringsAreViewsIntoSource();
    void manyWarningsAreCapped();
};

void TestBencodeDecoder::decodesScalars_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("integer");
    QTest::addColumn<QByteArray>("string");

    QTest::newRow("zero") << QByteArray("i0e") << int(BencodeType::Integer) << qint64(0)
                          << QByteArray();
    QTest::newRow("negative") << QByteArray("i-42e") << int(BencodeType::Integer) << qint64(-42)
                              << QByteArray();
    QTest::newRow("int64 max") << QByteArray("i9223372036854775807e") << int(BencodeType::Integer)
                               << std::numeric_limits<qint64>::max() << QByteArray();
    QTest::newRow("int64 min") << QByteArray("i-9223372036854775808e") << int(BencodeType::Integer)
                               << std::numeric_limits<qint64>::min() << QByteArray();
    QTest::newRow("empty string") << QByteArray("0:") << int(BencodeType::String) << qint64(0)
                                  << QByteArray();
    QTest::newRow("binary string") << QByteArray("3:a\0b", 5) << int(BencodeType::String)
                                   << qint64(0) << QByteArray("a\0b", 3);
}

void TestBencodeDecoder::decodesScalars()
{
    QFETCH(QByteArray, input);
    QFETCH(int, type);
    QFETCH(qint64, integer);
    QFETCH(QByteArray, string);
    const Expected<BencodeDocument> document = BencodeDecoder::decode(input);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(int(document->root().type()), type);
    QCOMPARE(document->root().toInteger(), integer);
    QCOMPARE(document->root().toByteArray(), string);
    QVERIFY(document->warnings().isEmpty());
}

void TestBencodeDecoder::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << qint64(0) << QStringLiteral("the input is empty");
    QTest::newRow("colon missing") << QByteArray("d12x") << qint64(3)
                                   << QStringLiteral("expected ':' after string length, found 'x'");
    QTest::newRow("string past end")
        << QByteArray("10:abc") << qint64(0)
        << QStringLiteral("string of 10 bytes runs past the end of the "
                          "input (3 bytes left)");
    QTest::newRow("string length overflow")
        << QByteArray("99999999999999999999:a") << qint64(0)
        << QStringLiteral("string length does not fit in 64 bits");
    QTest::newRow("integer overflow") << QByteArray("i9223372036854775808e") << qint64(0)
                                      << QStringLiteral("integer does not fit in 64 bits");
    QTest::newRow("integer huge") << QByteArray("i-99999999999999999999e") << qint64(0)
                                  << QStringLiteral("integer does not fit in 64 bits");
    QTest::newRow("integer empty") << QByteArray("ie") << qint64(1)
                                   << QStringLiteral("expected a digit in integer, found 'e'");
    QTest::newRow("integer minus only") << QByteArray("i-e") << qint64(2)
                                        << QStringLiteral("expected a digit in integer, found 'e'");
    QTest::newRow("integer not closed") << QByteArray("i12x") << qint64(3)
                                        << QStringLiteral("expected 'e' after integer, found 'x'");
    QTest::newRow("integer truncated")
        << QByteArray("i12") << qint64(3)
        << QStringLiteral("unexpected end of input inside an integer");
    QTest::newRow("list not closed") << QByteArray("li1e") << qint64(4)
                                     << QStringLiteral("unexpected end of input inside a list");
    QTest::newRow("dict not closed")
        << QByteArray("d1:ai1e") << qint64(7)
        << QStringLiteral("unexpected end of input inside a dictionary");
    QTest::newRow("dict key not a string") << QByteArray("di1ei2ee") << qint64(1)
                                           << QStringLiteral("expected a string as dictionary key, "
                                                             "found 'i'");
    QTest::newRow("dict key without value")
        << QByteArray("d1:ae") << qint64(4) << QStringLiteral("dictionary key has no value");
    QTest::newRow("stray end") << QByteArray("e") << qint64(0)
                               << QStringLiteral("expected a value, found 'e'");
    QTest::newRow("binary byte") << QByteArray("\xff") << qint64(0)
                                 << QStringLiteral("expected a value, found byte 0xff");
    QTest::newRow("length truncated") << QByteArray("12") << qint64(2)
                                      << QStringLiteral("unexpected end of input inside a string "
                                                        "length");
}

void TestBencodeDecoder::reportsErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, offset);
    QFETCH(QString, message);
    const Expected<BencodeDocument> document = BencodeDecoder::decode(input);
    QVERIFY(!document.hasValue());
    QCOMPARE(document.error().kind(), Error::Kind::Malformed);
    QCOMPARE(document.error().message(), message);
    QCOMPARE(document.error().offset(), offset);
    QCOMPARE(document.error().describe(),
             message + QStringLiteral(" at byte ") + QString::number(offset));
}

void TestBencodeDecoder::warnsAboutNonCanonicalInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("warning");

    QTest::newRow("unsorted keys")
        << QByteArray("d1:bi1e1:ai2ee")
        << QStringLiteral("dictionary key \"a\" is out of order at byte 7");
    QTest::newRow("duplicate keys") << QByteArray("d1:ai1e1:ai2ee")
                                    << QStringLiteral("duplicate dictionary key \"a\" at byte 7");
    QTest::newRow("leading zero") << QByteArray("i007e")
                                  << QStringLiteral("integer has leading zeros at byte 0");
    QTest::newRow("negative zero")
        << QByteArray("li-0ee") << QStringLiteral("integer is negative zero at byte 1");
    QTest::newRow("length leading zero")
        << QByteArray("03:abc") << QStringLiteral("string length has leading zeros at byte 0");
    QTest::newRow("trailing garbage") << QByteArray("i1eXYZ")
                                      << QStringLiteral("trailing data after the end of the value "
                                                        "(3 bytes) at byte 3");
}

void TestBencodeDecoder::warnsAboutNonCanonicalInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, warning);
    const Expected<BencodeDocument> document = BencodeDecoder::decode(input);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->warnings().size(), 1);
    QCOMPARE(document->warnings().first().describe(), warning);
}

void TestBencodeDecoder::keepsOffsetsOfEveryValue()
{
    const QByteArray input("d8:announce3:url4:infod6:lengthi5e4:name1:xe3:zzzli1eee");
    const Expected<BencodeDocument> document = BencodeDecoder::decode(input);
    QVERIFY(document.hasValue());
    const BencodeValue info = document->root().value("info");
    QVERIFY(info.isDictionary());
    QCOMPARE(info.rawBytes(), QByteArrayView("d6:lengthi5e4:name1:xe"));
    QCOMPARE(info.startOffset(), input.indexOf("d6:length"));
    QCOMPARE(info.endOffset(), input.indexOf("3:zzz"));
    QCOMPARE(info.value("length").toInteger(), 5);
    QCOMPARE(info.value("name").toUtf8String(), QStringLiteral("x"));
    QCOMPARE(document->root().size(), 3);
    QCOMPARE(document->root().value("zzz").items().size(), 1);
    QCOMPARE(document->root().value("zzz").items().first().toInteger(), 1);
    QCOMPARE(document->root().rawBytes(), QByteArrayView(input));
    QVERIFY(!document->root().value("missing").isValid());
    QCOMPARE(document->root().value("missing").value("deeper").toInteger(-1), -1);
}

void TestBencodeDecoder::dictionaryLookupTakesFirstDuplicate()
{
    const Expected<BencodeDocument> document = BencodeDecoder::decode("d1:ai1e1:ai2ee");
    QVERIFY(document.hasValue());
    QCOMPARE(document->root().value("a").toInteger(), 1);
    QCOMPARE(document->root().entries().size(), 2);
    // The canonical re-encoding keeps the first and sorts.
    QCOMPARE(BencodeEncoder::canonical(document->root()), QByteArray("d1:ai1ee"));
}

void TestBencodeDecoder::nestingLimit()
{
    const QByteArray ok = QByteArray(BencodeLimits::kDefaultMaxDepth, 'l') +
                          QByteArray(BencodeLimits::kDefaultMaxDepth, 'e');
    QVERIFY(BencodeDecoder::decode(ok).hasValue());
    const QByteArray deep = QByteArray(BencodeLimits::kDefaultMaxDepth + 1, 'l') +
                            QByteArray(BencodeLimits::kDefaultMaxDepth + 1, 'e');
    const Expected<BencodeDocument> document = BencodeDecoder::decode(deep);
    QVERIFY(!document.hasValue());
    QCOMPARE(document.error().message(), QStringLiteral("nesting deeper than 100 levels"));
    QCOMPARE(document.error().offset(), BencodeLimits::kDefaultMaxDepth);
    // A million levels does not blow the stack: the decoder is iterative and stops at the limit.
    QVERIFY(!BencodeDecoder::decode(QByteArray(1'000'000, 'l')).hasValue());
}

void TestBencodeDecoder::nodeLimit()
{
    BencodeLimits limits;
    limits.maxNodes = 10;
    QByteArray input = "l" + QByteArray("i1e").repeated(9) + "e";
    QVERIFY(BencodeDecoder::decode(input, limits).hasValue());
    input = "l" + QByteArray("i1e").repeated(10) + "e";
    const Expected<BencodeDocument> document = BencodeDecoder::decode(input, limits);
    QVERIFY(!document.hasValue());
    QCOMPARE(document.error().message(), QStringLiteral("more than 10 values"));
}

void TestBencodeDecoder::sizeLimit()
{
    BencodeLimits limits;
    limits.maxInputSize = 4;
    QVERIFY(BencodeDecoder::decode("i12e", limits).hasValue());
    const Expected<BencodeDocument> document = BencodeDecoder::decode("i123e", limits);
    QVERIFY(!document.hasValue());
    QCOMPARE(document.error().message(),
             QStringLiteral("the input is 5 bytes, more than the limit of 4 bytes"));
}

void TestBencodeDecoder::stringsAreViewsIntoSource()
{
    const QByteArray input = "l5:hello5:worlde";
    const Expected<BencodeDocument> document = BencodeDecoder::decode(input);
    const QByteArrayView view = document->root().firstChild().stringView();
    QCOMPARE(view, QByteArrayView("hello"));
    QCOMPARE(static_cast<const void *>(view.data()),
             static_cast<const void *>(document->source().data() + 3));
}

void TestBencodeDecoder::manyWarningsAreCapped()
{
    QByteArray input = "l" + QByteArray("i00e").repeated(200) + "e";
    const Expected<BencodeDocument> document = BencodeDecoder::decode(input);
    QVERIFY(document.hasValue());
    QCOMPARE(document->warnings().size(), BencodeLimits::kMaxWarnings + 1);
    QCOMPARE(document->warnings().last().message, QStringLiteral("150 more warnings not shown"));
}

QTEST_GUILESS_MAIN(TestBencodeDecoder)
#include "tst_bencodedecoder.moc"
