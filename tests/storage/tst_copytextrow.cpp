// Storage::CopyTextRow: the lines of PostgreSQL's COPY text format, as `COPY … TO STDOUT` sends them.
#include "models/storage/copytextrow.h"

#include <QtTest>

using Storage::CopyTextRow;

namespace {

/// The row's fields as text, "<NULL>" for a NULL.
QList<QByteArray> fieldsOf(const QByteArray &line, bool *ok)
{
    CopyTextRow row;
    *ok = row.parse(line.constData(), line.size());
    QList<QByteArray> fields;
    for (int i = 0; *ok && i < row.count(); ++i)
        fields << (row.isNull(i) ? QByteArray("<NULL>") : QByteArray(row.data(i), row.size(i)));
    return fields;
}

} // namespace

class TestCopyTextRow : public QObject
{
    Q_OBJECT

private slots:
    void shouldSplitAndUnescape_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QList<QByteArray>>("fields");
        using L = QList<QByteArray>;
        QTest::newRow("plain") << QByteArray("1\tSHOP-1\t1735689600") << L{"1", "SHOP-1", "1735689600"};
        QTest::newRow("one field") << QByteArray("42") << L{"42"};
        QTest::newRow("empty line: one empty field") << QByteArray("") << L{""};
        QTest::newRow("empty fields") << QByteArray("\t\t") << L{"", "", ""};
        QTest::newRow("null") << QByteArray("1\t\\N\tx") << L{"1", "<NULL>", "x"};
        QTest::newRow("null last") << QByteArray("1\t\\N") << L{"1", "<NULL>"};
        QTest::newRow("the text \\N is not null") << QByteArray("\\\\N\t\\N") << L{"\\N", "<NULL>"};
        QTest::newRow("\\N inside text") << QByteArray("a\\Nb") << L{"aNb"};
        QTest::newRow("control characters")
            << QByteArray("a\\tb\\nc\\rd\\\\e\\bf\\fg\\vh") << L{"a\tb\nc\rd\\e\bf\fg\vh"};
        QTest::newRow("octal") << QByteArray("\\101\\0612\\7x") << L{"A12\ax"};
        QTest::newRow("hex") << QByteArray("\\x41\\x4a\\x7g\\xz") << L{"AJ\agxz"};
        QTest::newRow("other escaped characters stand for themselves")
            << QByteArray("\\q\\'\\\"") << L{"q'\""};
        QTest::newRow("utf-8 untouched") << QByteArray("Kund ✓ åäö\tΩ") << L{"Kund ✓ åäö", "Ω"};
    }

    void shouldSplitAndUnescape()
    {
        QFETCH(QByteArray, line);
        QFETCH(QList<QByteArray>, fields);
        bool ok = false;
        QCOMPARE(fieldsOf(line, &ok), fields);
        QVERIFY(ok);
    }

    void shouldRefuseALineEndingInsideAnEscape()
    {
        bool ok = true;
        fieldsOf(QByteArray("abc\\"), &ok);
        QVERIFY(!ok);
    }

    // One object parses row after row: a short row after a long one keeps nothing of it.
    void shouldForgetThePreviousRow()
    {
        CopyTextRow row;
        const QByteArray longLine("a much longer first row\twith\\ttwo fields\t\\N");
        QVERIFY(row.parse(longLine.constData(), longLine.size()));
        QCOMPARE(row.count(), 3);
        const QByteArray shortLine("x\ty");
        QVERIFY(row.parse(shortLine.constData(), shortLine.size()));
        QCOMPARE(row.count(), 2);
        QCOMPARE(QByteArray(row.data(0), row.size(0)), QByteArray("x"));
        QCOMPARE(QByteArray(row.data(1), row.size(1)), QByteArray("y"));
        QVERIFY(!row.isNull(1));
    }

    // A row of another width, or one COPY never writes, is refused in the words the errors use.
    void shouldSayWhenARowDoesNotHaveItsColumns()
    {
        CopyTextRow row;
        const QByteArray three("1\tx\t\\N");
        QCOMPARE(row.parseRow(three.constData(), three.size(), 3), QString());
        QCOMPARE(row.parseRow(three.constData(), three.size(), 6),
                 QStringLiteral("the server sent 3 fields for 6 columns"));
        const QByteArray broken("1\t2\\");
        QVERIFY(!row.parseRow(broken.constData(), broken.size(), 2).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCopyTextRow)
#include "tst_copytextrow.moc"
