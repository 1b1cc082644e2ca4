// Every user-visible string must be translated into Swedish: an unfinished or empty Swedish
// message fails the build's tests, naming the source text.
#include <QFile>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QString tsPath(const QString &language)
    {
        return qEnvironmentVariable("DD_TRANSLATIONS_DIR") +
               QStringLiteral("/deliverydesk_%1.ts").arg(language);
    }

private slots:
    void shouldHaveEverySwedishMessageFinished()
    {
        QFile file(tsPath(QStringLiteral("sv")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString source, context;
        QStringList unfinished;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool isUnfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (isUnfinished || text.trimmed().isEmpty())
                    unfinished.append(QStringLiteral("%1: %2").arg(context, source));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished Swedish message(s):\n").arg(unfinished.size()) +
                            unfinished.join(QLatin1Char('\n'))));
    }

    void shouldUseTheSwedishTermsOfTheTrade()
    {
        QFile file(tsPath(QStringLiteral("sv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const char *term : {"ärende", "allvarlighetsgrad", "förvaltning"})
            QVERIFY2(text.contains(QString::fromUtf8(term), Qt::CaseInsensitive), term);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
