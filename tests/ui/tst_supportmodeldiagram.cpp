#include "models/domain/supportmodelcatalogue.h"
#include "ui/diagram/diagrambox.h"
#include "ui/diagram/diagramexport.h"
#include "ui/diagram/diagramview.h"
#include "ui/diagram/supportmodeldiagram.h"
#include "ui/languagemanager.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using Domain::SupportModel;
using Gui::DiagramBox;
using Gui::SupportModelDiagram;

namespace {

/// A hand-made engagement-month: people on every level, a policy with targets for all
/// severities, hours logged, one optional service contracted.
Models::SupportModelDiagramData data(SupportModel model)
{
    Models::SupportModelDiagramData d;
    d.engagement.id = 7;
    d.engagement.key = QStringLiteral("HAND");
    d.engagement.client = QStringLiteral("Hand AB");
    d.engagement.model = model;
    d.engagement.severity1Cover24x7 = model == SupportModel::SlaHotfix;
    d.engagement.rolesCovered = {Domain::Role::Dev, Domain::Role::QA, Domain::Role::Ops};
    d.engagement.optionalServices = {QStringLiteral("architecture-review"),
                                     QStringLiteral("platform-upgrades")};
    d.month = QDate(2026, 11, 1);
    d.people = {
        {QStringLiteral("Ali Hassan"), Domain::Role::Ops, 60 * 60, Domain::ServiceLevel::L1},
        {QStringLiteral("Astrid Lindqvist"), Domain::Role::Dev, 80 * 60, Domain::ServiceLevel::L2},
        {QStringLiteral("Maja Karlsson"), Domain::Role::QA, 40 * 60, Domain::ServiceLevel::L3},
        {QStringLiteral("Lena Holm"), Domain::Role::SA, 16 * 60 + 30, Domain::ServiceLevel::OptionalL3}};
    d.loggedMinutes = {25 * 60, 12 * 60 + 30, 61 * 60, 6 * 60};
    Domain::SlaPolicy policy;
    policy.effectiveFrom = QDate(2026, 1, 1);
    policy.target(1) = {30, 240, true, true, 0.75, 95.0};
    policy.target(2) = {60, 480, false, false, 0.75, 95.0};
    policy.target(3) = {240, 2400, false, false, 0.75, 95.0};
    policy.target(4) = {480, 4800, false, false, 0.75, 95.0};
    d.policy = policy;
    d.committedMinutes = 120 * 60;
    return d;
}

QRectF sceneRectOf(const DiagramBox *b)
{
    return b->mapRectToScene(QRectF(QPointF(0, 0), b->rect().size()));
}

/// Whether `text` drawn wrapped in `rect` with `font` shows whole: no line wider than the rect,
/// no word broken, all lines within its height.
QString cutText(const QFont &font, const QRectF &rect, const QString &text)
{
    if (text.isEmpty())
        return {};
    const QFontMetricsF metrics(font);
    const QRectF needed =
        metrics.boundingRect(QRectF(QPointF(0, 0), QSizeF(rect.width(), 1e6)), DiagramBox::TextFlags, text);
    if (needed.height() > rect.height() + 0.5)
        return QStringLiteral("needs %1 px of height, has %2").arg(needed.height()).arg(rect.height());
    if (needed.width() > rect.width() + 0.5)
        return QStringLiteral("needs %1 px of width, has %2").arg(needed.width()).arg(rect.width());
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
        if (metrics.horizontalAdvance(word) > rect.width() + 0.5)
            return QStringLiteral("the word '%1' is wider than %2 px").arg(word).arg(rect.width());
    }
    return {};
}

QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts;
}

} // namespace

class TestSupportModelDiagram : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private slots:
    void cleanupTestCase() { m_languages.setLanguage(QStringLiteral("en")); }

    void shouldLayOutWithoutOverlapsOrCutTextAtEverySize_data()
    {
        QTest::addColumn<SupportModel>("model");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<SupportModelDiagram::Mode>("mode");
        const QSize sizes[] = {{1024, 700}, {1920, 1080}, {3840, 2160}};
        for (SupportModel model : Domain::allSupportModels()) {
            for (const char *language : {"en", "sv"}) {
                for (const QSize &size : sizes) {
                    QTest::addRow("%s %s %dx%d", qPrintable(Domain::supportModelId(model)), language,
                                  size.width(), size.height())
                        << model << QString::fromLatin1(language) << size << SupportModelDiagram::Mode::Full;
                }
                QTest::addRow("%s %s compact", qPrintable(Domain::supportModelId(model)), language)
                    << model << QString::fromLatin1(language) << QSize(300, 250)
                    << SupportModelDiagram::Mode::Compact;
            }
        }
    }

    void shouldLayOutWithoutOverlapsOrCutTextAtEverySize()
    {
        QFETCH(SupportModel, model);
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(SupportModelDiagram::Mode, mode);
        QVERIFY(m_languages.setLanguage(language));
        // GIVEN a view of the size, the diagram laid out for its width (as the page does)
        QGraphicsScene scene;
        Gui::DiagramView view;
        view.setScene(&scene);
        view.resize(size);
        const QVector<DiagramBox *> boxes =
            SupportModelDiagram::build(&scene, data(model), view.viewport()->width(), mode);
        view.setBoxes(boxes);
        QVERIFY(boxes.size() >= (mode == SupportModelDiagram::Mode::Full ? 30 : 6));
        // THEN no two boxes on the same level of nesting overlap, and children stay in their parent
        for (int i = 0; i < boxes.size(); ++i) {
            const QRectF a = sceneRectOf(boxes[i]);
            QVERIFY2(scene.sceneRect().contains(a), qPrintable(boxes[i]->title()));
            if (auto *parent = static_cast<DiagramBox *>(boxes[i]->parentItem()))
                QVERIFY2(sceneRectOf(parent).contains(a), qPrintable(boxes[i]->title()));
            for (int j = i + 1; j < boxes.size(); ++j) {
                if (boxes[i]->parentItem() != boxes[j]->parentItem())
                    continue;
                QVERIFY2(!a.intersects(sceneRectOf(boxes[j])),
                         qPrintable(
                             QStringLiteral("'%1' overlaps '%2'").arg(boxes[i]->title(), boxes[j]->title())));
            }
        }
        // AND no text is cut: titles and bodies fit their rects, which lie inside the box and
        // clear of its children (badges beside the title, activities under it)
        for (const DiagramBox *b : boxes) {
            const QRectF box(QPointF(0, 0), b->rect().size());
            const QString title = cutText(b->titleFont(), b->titleRect(), b->title());
            QVERIFY2(title.isEmpty(), qPrintable(b->title() + QStringLiteral(": ") + title));
            QVERIFY2(box.contains(b->titleRect()), qPrintable(b->title()));
            if (!b->body().isEmpty()) {
                const QString body = cutText(b->bodyFont(), b->bodyRect(), b->body());
                QVERIFY2(body.isEmpty(), qPrintable(b->title() + QStringLiteral(" (body): ") + body));
                QVERIFY2(box.contains(b->bodyRect()), qPrintable(b->title()));
            }
            for (const QGraphicsItem *item : b->childItems()) {
                const auto *child = static_cast<const DiagramBox *>(item);
                const QRectF childRect(child->pos(), child->rect().size());
                QVERIFY2(!childRect.intersects(b->titleRect()),
                         qPrintable(child->title() + QStringLiteral(" on ") + b->title()));
                QVERIFY2(b->body().isEmpty() || !childRect.intersects(b->bodyRect()),
                         qPrintable(child->title()));
            }
        }
        // AND every box says a catalogue term in the language, or a language-neutral mark
        QSet<QString> seen;
        for (const DiagramBox *b : boxes) {
            if (b->kind() == DiagramBox::Kind::Badge) {
                QVERIFY2(b->title() == QStringLiteral("24×7") || b->title() == QStringLiteral("SLA"),
                         qPrintable(b->title()));
                continue;
            }
            QVERIFY2(b->term(), qPrintable(b->title()));
            QCOMPARE(b->title(), QCoreApplication::translate("Catalogue", b->term()));
            seen.insert(QLatin1String(b->term()));
        }
        QVERIFY(seen.contains(QLatin1String(Domain::SupportModelCatalogue::serviceManagement())));
        if (mode == SupportModelDiagram::Mode::Full) {
            for (const Domain::ActivityInfo &a : Domain::SupportModelCatalogue::activities())
                QVERIFY2(seen.contains(QLatin1String(a.name)), a.name);
        }
    }

    void shouldSpeakTheReviewedSwedish()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QGraphicsScene scene;
        const QVector<DiagramBox *> boxes =
            SupportModelDiagram::build(&scene, data(SupportModel::SlaHotfix), 1600);
        QStringList titles;
        for (const DiagramBox *b : boxes)
            titles.append(b->title());
        // The reviewer's terms (swedish-review.md), not the playbook's machine translation
        for (const char *term :
             {"L1 – Övervakning och incidenthantering", "L3 – Vidareutveckling", "Tillvalstjänster",
              "Incidenthantering", "Tjänsteförfrågningar", "Ändringshantering", "Problemhantering",
              "Kundorganisation", "Leverans- och servicehantering", "Eskalering"})
            QVERIFY2(titles.contains(QString::fromUtf8(term)), term);
        QVERIFY(!titles.contains(QStringLiteral("Händelsehantering")));
        // Every catalogue term of the diagram is translated (IT reads the same in both languages)
        for (const DiagramBox *b : boxes) {
            if (b->term() && qstrcmp(b->term(), "IT") != 0)
                QVERIFY2(b->title() != QLatin1String(b->term()), b->term());
        }
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void shouldShowTheEngagementsPeopleTargetsAndHoursOnTheLevels()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        const QString l1 =
            SupportModelDiagram::levelBody(data(SupportModel::SlaHotfix), Domain::ServiceLevel::L1);
        QVERIFY2(l1.contains(QStringLiteral("Ali Hassan (Ops) 60 h")), qPrintable(l1));
        QVERIFY2(l1.contains(QStringLiteral("Severity 1: 30 min / 4 h (24×7)")), qPrintable(l1));
        QVERIFY2(l1.contains(QStringLiteral("Severity 4: 8 h / 80 h")), qPrintable(l1));
        QVERIFY2(l1.contains(QStringLiteral("Logged in November 2026: 25 h")), qPrintable(l1));
        QVERIFY2(l1.contains(QStringLiteral("Roles: Developer, Operations")), qPrintable(l1));
        // Critical incidents only: severities 1 and 2
        const QString critical = SupportModelDiagram::levelBody(data(SupportModel::SlaCriticalDedicated),
                                                                Domain::ServiceLevel::L1);
        QVERIFY(critical.contains(QStringLiteral("Severity 2")));
        QVERIFY(!critical.contains(QStringLiteral("Severity 3")));
        // Fixed capacity has no SLA; L3 is planned work
        QVERIFY(SupportModelDiagram::levelBody(data(SupportModel::FixedCapacity), Domain::ServiceLevel::L1)
                    .contains(QStringLiteral("No SLA")));
        const QString l3 =
            SupportModelDiagram::levelBody(data(SupportModel::SlaHotfix), Domain::ServiceLevel::L3);
        QVERIFY(l3.contains(QStringLiteral("No SLA: planned work")));
        QVERIFY(l3.contains(QStringLiteral("Maja Karlsson (QA) 40 h")));
        QVERIFY(
            SupportModelDiagram::levelBody(data(SupportModel::SlaHotfix), Domain::ServiceLevel::OptionalL3)
                .contains(QStringLiteral("Lena Holm (SA) 16.5 h")));
    }

    void shouldMarkWhatTheModelIncludes()
    {
        QGraphicsScene scene;
        const QVector<DiagramBox *> boxes =
            SupportModelDiagram::build(&scene, data(SupportModel::SlaHotfix), 1600);
        int contracted = 0;
        int notContracted = 0;
        bool badge24x7 = false;
        for (const DiagramBox *b : boxes) {
            if (b->kind() == DiagramBox::Kind::OptionalService)
                (b->state() == DiagramBox::State::InForce ? contracted : notContracted) += 1;
            if (b->kind() == DiagramBox::Kind::Activity)
                QCOMPARE(b->state(), DiagramBox::State::InForce);
            if (b->kind() == DiagramBox::Kind::Badge && b->title() == QStringLiteral("24×7"))
                badge24x7 = true;
            if (b->kind() == DiagramBox::Kind::Level) {
                // Hovering a level lists its activities and what the model says
                QVERIFY(b->toolTip().contains(QStringLiteral("Incident management")) ||
                        b->toolTip().contains(QStringLiteral("Problem management")) ||
                        b->toolTip().contains(QStringLiteral("Design and development")));
                QVERIFY(b->toolTip().contains(QStringLiteral("SLA for all support tickets")));
            }
        }
        QCOMPARE(contracted, 2);
        QCOMPARE(notContracted, 5);
        QVERIFY(badge24x7);
        // Without the option, an SLA + hotfix engagement has no 24×7 badge
        Models::SupportModelDiagramData without = data(SupportModel::SlaHotfix);
        without.engagement.severity1Cover24x7 = false;
        for (const DiagramBox *b : SupportModelDiagram::build(&scene, without, 1600))
            QVERIFY(b->title() != QStringLiteral("24×7"));
    }

    void shouldExportSvgWithTextAsTextAndPng()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QTemporaryDir dir;
        const QString svgPath = dir.filePath(QStringLiteral("d.svg"));
        QString reason;
        QVERIFY2(Gui::DiagramExport::write(data(SupportModel::ManagedService), svgPath, &reason),
                 qPrintable(reason));
        QFile file(svgPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QString error;
        const QString texts = svgTexts(svg, &error).join(QLatin1Char(' ')).simplified();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSvgRenderer renderer(svgPath);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.defaultSize().width() >= SupportModelDiagram::ExportWidth - 1);
        // Every box's words are in the file as text
        QGraphicsScene scene;
        for (const DiagramBox *b : SupportModelDiagram::build(
                 &scene, data(SupportModel::ManagedService), SupportModelDiagram::ExportWidth,
                 SupportModelDiagram::Mode::Full, Gui::DiagramExport::exportFont())) {
            for (const QString &word : b->title().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                QVERIFY2(texts.contains(word), qPrintable(word));
        }
        const QString pngPath = dir.filePath(QStringLiteral("d.png"));
        QVERIFY2(Gui::DiagramExport::write(data(SupportModel::ManagedService), pngPath, &reason),
                 qPrintable(reason));
        const QImage png(pngPath);
        QVERIFY(!png.isNull());
        QCOMPARE(png.width(), int(2 * SupportModelDiagram::ExportWidth));
        // A name without .svg or .png is refused and nothing is written
        const QString bad = dir.filePath(QStringLiteral("d.pdf"));
        QVERIFY(!Gui::DiagramExport::write(data(SupportModel::ManagedService), bad, &reason));
        QVERIFY(reason.contains(QStringLiteral(".svg")));
        QVERIFY(!QFile::exists(bad));
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void shouldWriteTheSameDrawingForTheSameData()
    {
        QTemporaryDir dir;
        QString reason;
        QVERIFY(Gui::DiagramExport::write(data(SupportModel::SlaHotfix),
                                          dir.filePath(QStringLiteral("a.svg")), &reason));
        QVERIFY(Gui::DiagramExport::write(data(SupportModel::SlaHotfix),
                                          dir.filePath(QStringLiteral("b.svg")), &reason));
        QFile a(dir.filePath(QStringLiteral("a.svg")));
        QFile b(dir.filePath(QStringLiteral("b.svg")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }
};

QTEST_MAIN(TestSupportModelDiagram)
#include "tst_supportmodeldiagram.moc"
