#include "bencode/bencodedecoder.h"
#include "bencode/bencodeencoder.h"

#include <QTest>

class TestBencodeEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryType();
    void roundTripsCanonicalInput_data();
    void roundTripsCanonicalInput();
    void canonicalSortsKeys();
    void rawSpliceKeepsBytes();
};

void TestBencodeEncoder::writesEveryType()
{
    BencodeEncoder encoder;
    encoder.beginDictionary();
    encoder.writeString("a");
    encoder.writeInteger(-3);
    encoder.writeString("b");
    encoder.beginList();
    encoder.writeString(QByteArrayView("x\0y", 3));
    encoder.writeInteger(0);
    encoder.end();
    encoder.end();
    QCOMPARE(encoder.data(), QByteArray("d1:ai-3e1:bl3:x\0yi0eee", 22));
}

void TestBencodeEncoder::roundTripsCanonicalInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("int") << QByteArray("i-9223372036854775808e");
    QTest::newRow("nested") << QByteArray("d1:ad1:bl0:i0eee1:cle1:ddee");
    QTest::newRow("binary key") << QByteArray("d1:\x01i1e1:\xffi2ee");
}

void TestBencodeEncoder::roundTripsCanonicalInput()
{
    QFETCH(QByteArray, input);
    const Expected<BencodeDocument> document = BencodeDecoder::decode(input);
    QVERIFY(document.hasValue());
    QVERIFY(document->warnings().isEmpty());
    QCOMPARE(BencodeEncoder::canonical(document->root()), input);
}

void TestBencodeEncoder::canonicalSortsKeys()
{
    // Byte order, not locale order: 'B' (0x42) sorts before 'a' (0x61), 0xff last.
    const Expected<BencodeDocument> document = BencodeDecoder::decode("d1:\xffi3e1:ai1e1:Bi2ee");
    QVERIFY(document.hasValue());
    QCOMPARE(BencodeEncoder::canonical(document->root()), QByteArray("d1:Bi2e1:ai1e1:\xffi3ee"));
}

void TestBencodeEncoder::rawSpliceKeepsBytes()
{
    // An info dict with unsorted keys stays byte for byte as it was, so its hash is unchanged.
    const QByteArray info = "d4:name1:x6:lengthi1ee";
    BencodeEncoder encoder;
    encoder.beginDictionary();
    encoder.writeString("announce");
    encoder.writeString("http://127.0.0.1/announce");
    encoder.writeString("info");
    encoder.writeRaw(info);
    encoder.end();
    const Expected<BencodeDocument> document = BencodeDecoder::decode(encoder.data());
    QVERIFY(document.hasValue());
    QCOMPARE(document->root().value("info").rawBytes(), QByteArrayView(info));
}

QTEST_GUILESS_MAIN(TestBencodeEncoder)
#include "tst_bencodeencoder.moc"
