// Key material lives in guarded memory: copies are exact, comparisons are
// constant-time equal/unequal, and the plain Qt copies we are handed are
// overwritten once taken.
#include "core/security/SecretBytes.h"

#include <QTest>

using namespace cv::core;

class SecretBytesHygiene final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomKeysDiffer()
    {
        const SecretBytes a = SecretBytes::random(32);
        const SecretBytes b = SecretBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(!a.equals(b));
        QVERIFY(a.equals(a.clone()));
    }

    void hexIsLowerCaseAndExact()
    {
        const unsigned char raw[] = {0x00, 0xab, 0xff, 0x10};
        const SecretBytes bytes = SecretBytes::copyOf(raw, sizeof raw);
        const SecretBytes hex = bytes.toHex();
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(hex.data()), qsizetype(hex.size())),
                 QByteArray("00abff10"));
    }

    void takeUtf8WipesTheString()
    {
        QString text = QStringLiteral("geheim wachtwoord é");
        text.detach();
        const SecretBytes secret = SecretBytes::takeUtf8(text);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size())),
                 QStringLiteral("geheim wachtwoord é").toUtf8());
        QVERIFY(text.isEmpty());
    }

    void takeBytesWipesTheArray()
    {
        QByteArray bytes("0123456789abcdef");
        bytes.detach();
        const SecretBytes secret = SecretBytes::takeBytes(bytes);
        QCOMPARE(secret.size(), std::size_t(16));
        QVERIFY(bytes.isEmpty());
    }

    void movedFromIsEmpty()
    {
        SecretBytes a = SecretBytes::random(8);
        SecretBytes b = std::move(a);
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the contract under test
        QCOMPARE(b.size(), std::size_t(8));
    }
};

QTEST_GUILESS_MAIN(SecretBytesHygiene)
#include "SecretBytesHygiene.moc"
