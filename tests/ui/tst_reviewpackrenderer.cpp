// The review pack drawn on a paged device, as the Review page's print preview and `report` use
// it: A4, a page count that the footers agree with, the same drawing twice for the same pack, and
// an empty pack (an engagement without any data) still drawn without a crash.
#include "models/portfolio.h"
#include "models/reviewpackloader.h"
#include "models/slarecomputer.h"
#include "ui/report/reviewpackrenderer.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestReviewPackRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;
    Models::ReviewPack m_pack;

    static int render(const Models::ReviewPack &pack, QByteArray *pdf, QPageSize::PageSizeId *size = nullptr)
    {
        QBuffer buffer(pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::Letter)); // the renderer sets A4 itself
        const int pages = Gui::ReviewPackRenderer::render(pack, &writer);
        if (size)
            *size = writer.pageLayout().pageSize().id();
        return pages;
    }

    /// "/Type /Page" objects of the PDF (not "/Pages").
    static int pdfPages(const QByteArray &pdf)
    {
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
        return int(QString::fromLatin1(pdf).count(page));
    }

private slots:
    void initTestCase()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC);
        QVERIFY(m_portfolio.createDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), QDate(2026, 11, 25))
                    .isNull());
        QVERIFY(
            Models::SlaRecomputer::recomputeAll(*m_portfolio.database(), now.toSecsSinceEpoch()).isNull());
        const Models::ReviewPackLoader::Error error =
            Models::ReviewPackLoader(*m_portfolio.database())
                .load(QStringLiteral("FJALLGEAR"), QStringLiteral("2026-Q3"), now, &m_pack);
        QVERIFY2(!error, qPrintable(error.message(QStringLiteral("FJALLGEAR"), QStringLiteral("2026-Q3"))));
        m_pack.preparedBy = QStringLiteral("Test");
    }

    void shouldDrawOnA4WithTheCountedPages()
    {
        QByteArray pdf;
        QPageSize::PageSizeId size = QPageSize::Letter;
        const int pages = render(m_pack, &pdf, &size);
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(size, QPageSize::A4);
        QVERIFY2(pages >= 8 && pages <= 20, qPrintable(QString::number(pages)));
        QCOMPARE(pdfPages(pdf), pages);
    }

    void shouldDrawTheSamePackTheSameWay()
    {
        QByteArray a;
        QByteArray b;
        QCOMPARE(render(m_pack, &a), render(m_pack, &b));
        QCOMPARE(a.size(), b.size());
    }

    void shouldDrawAnEmptyPack()
    {
        Models::ReviewPack empty;
        empty.engagement.key = QStringLiteral("EMPTY");
        empty.engagement.client = QStringLiteral("Empty AB");
        empty.period = *Models::ReviewPeriod::parse(QStringLiteral("2026-10"));
        empty.current.period = empty.period;
        empty.previous.period = empty.period.previous();
        empty.nextMonth = QDate(2026, 11, 1);
        QByteArray pdf;
        const int pages = render(empty, &pdf);
        QVERIFY2(pages >= 5 && pages <= 10, qPrintable(QString::number(pages)));
        QCOMPARE(pdfPages(pdf), pages);
    }

    void shouldListTheBreachesAcrossPagesUpToTheLimit()
    {
        // GIVEN the demo's breaches repeated up to the most a pack lists, and far beyond it
        QVERIFY(!m_pack.listedBreaches.isEmpty());
        const auto repeated = [&](int count) {
            // the loader lists at most the limit of them and counts the rest
            Models::ReviewPack pack = m_pack;
            const int listed = std::min(count, Models::ReviewPackLoader::MaxListedBreaches);
            while (pack.listedBreaches.size() < listed)
                pack.listedBreaches += m_pack.listedBreaches;
            pack.listedBreaches.resize(listed);
            pack.breachCount = count;
            return pack;
        };
        const int limit = Models::ReviewPackLoader::MaxListedBreaches;
        QByteArray few;
        QByteArray full;
        QByteArray far;
        const int fewPages = render(m_pack, &few);
        const int fullPages = render(repeated(limit), &full);
        const int farPages = render(repeated(40 * limit), &far);
        // THEN the limit's rows go on over pages (under 20 breaches a page), not one page
        // overflowing ...
        QCOMPARE(pdfPages(full), fullPages);
        QVERIFY2(fullPages >= fewPages + 4,
                 qPrintable(QStringLiteral("%1 → %2").arg(fewPages).arg(fullPages)));
        // ... and forty times as many breaches list no more (one sentence says so)
        QCOMPARE(pdfPages(far), farPages);
        QVERIFY2(farPages <= fullPages + 1,
                 qPrintable(QStringLiteral("%1 → %2").arg(fullPages).arg(farPages)));
    }
};

QTEST_MAIN(TestReviewPackRenderer)
#include "tst_reviewpackrenderer.moc"
