// Generated worklogs for the streaming benchmarks of `worklogs list` and `export` (issue 13):
// reproducible (fixed seed), written through WorklogRepository as an import writes them, a chunk
// at a time so that the generator itself never holds the whole set.
//
//   gen_worklogs DB COUNT [KEY]   adds COUNT worklogs to the engagement KEY (default BENCH) of DB;
//                                 a new DB gets that engagement first
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/transactionguard.h"
#include "models/storage/worklogrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <cstdio>

namespace {

QVector<Domain::Worklog> generate(int first, int count, QRandomGenerator &random)
{
    static const char *const people[] = {"Anna Berg", "Björn Ek",   "Cecilia Lund", "David Holm",
                                         "Eva Sjö",   "Fredrik Ås", "Greta Nord",   "Hugo Dal"};
    static const char *const words[] = {"Checkout, payment step", "Search \"did you mean\"",
                                        "Price import",           "Stock sync",
                                        "Release 4.2 deploy",     "Newsletter template"};
    QVector<Domain::Worklog> worklogs;
    worklogs.reserve(count);
    for (int i = first; i < first + count; ++i) {
        Domain::Worklog w;
        w.sourceKey = QStringLiteral("WL-%1").arg(i);
        w.date = QDate(2025, 1, 1).addDays(random.bounded(365));
        w.person = QString::fromUtf8(people[random.bounded(8)]);
        if (random.bounded(5) != 0)
            w.role = Domain::Role(random.bounded(Domain::RoleCount));
        w.seconds = 900 * (1 + random.bounded(32));
        if (random.bounded(3) != 0)
            w.ticketKey = QStringLiteral("BENCH-%1").arg(random.bounded(1000000));
        w.serviceLevel = Domain::ServiceLevel(random.bounded(3));
        w.description = QString::fromUtf8(words[random.bounded(6)]);
        worklogs.append(w);
    }
    return worklogs;
}

int fail(const Storage::StorageError &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: gen_worklogs DB COUNT [KEY]\n");
        return 2;
    }
    const QString key = args.value(3, QStringLiteral("BENCH"));
    const int count = args.at(2).toInt();
    Storage::Database db;
    if (Storage::StorageError e = db.open(args.at(1), Storage::Database::Access::ReadWrite,
                                          Storage::Database::Creation::CreateIfMissing))
        return fail(e);
    std::optional<Domain::Engagement> found;
    Storage::StorageError error = Storage::EngagementRepository(db).findByKey(key, &found);
    Domain::Engagement e;
    if (!error && found) {
        e = *found;
    } else if (!error) {
        e.key = key;
        e.client = QStringLiteral("Bench");
        e.model = Domain::SupportModel::SlaHotfix;
        e.start = QDate(2024, 1, 1);
        e.timeZone = "Europe/Stockholm";
        error = Storage::EngagementRepository(db).insert(&e);
    }
    if (error)
        return fail(error);
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(20261205);
    Storage::TransactionGuard guard(db.connection());
    constexpr int chunk = 50000;
    for (int first = 0; first < count; first += chunk) {
        Storage::UpsertCounts counts;
        if ((error = Storage::WorklogRepository(db).upsert(
                 e.id, QStringLiteral("bench"), generate(first, std::min(chunk, count - first), random),
                 &counts)))
            return fail(error);
    }
    if (!guard.commit())
        return fail({Storage::StorageError::Kind::Query, QStringLiteral("commit"), args.at(1), QString()});
    std::printf("added %d worklogs to %s in %.1f s\n", count, qPrintable(key), timer.nsecsElapsed() / 1e9);
    return 0;
}
