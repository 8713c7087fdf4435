// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's full pass (validateCsvFile: inspect, map, detect, validate and normalise every
// row) against a bundled template, without the command line around it: wall time, the process's
// CPU time, rows and flagged rows, peak RSS; one JSON object on stdout. What `godwit validate`
// spends beyond this is process start and the JSON report.
//
// --outputs DIR also writes the valid rows and all rows (DIR/valid.csv, DIR/all.csv), as the
// server's imports do. --full-path validates every row the full way (no PassingLane), for
// comparison; --report FILE writes the validation's JSON (FileValidation::toJson) there.
// --unique-budget BYTES sets the memory the `unique` check may take before it goes through
// temporary files (FileValidationOptions::uniqueMemoryBudget; 0 always spills).
//
//   godwit-bench-validate bench/data/contacts-5m.csv [--template contacts] [--threads 2] [--runs 1]
//                         [--outputs DIR] [--full-path] [--report FILE] [--unique-budget BYTES]

#include "engine/bundledtemplates.h"
#include "engine/filevalidation.h"
#include "engine/passinglane.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <sys/resource.h>

#include <cstdio>

using namespace godwit::engine;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // Linux: KiB
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path;
    QString slug = QStringLiteral("contacts");
    int threads = 0;
    int runs = 1;
    QString outputs;
    QString reportPath;
    qint64 uniqueBudget = -1;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--template") && i + 1 < args.size())
            slug = args.at(++i);
        else if (arg == QLatin1String("--threads") && i + 1 < args.size())
            threads = args.at(++i).toInt();
        else if (arg == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (arg == QLatin1String("--outputs") && i + 1 < args.size())
            outputs = args.at(++i);
        else if (arg == QLatin1String("--full-path"))
            PassingLane::setEnabled(false);
        else if (arg == QLatin1String("--unique-budget") && i + 1 < args.size())
            uniqueBudget = args.at(++i).toLongLong();
        else if (arg == QLatin1String("--report") && i + 1 < args.size())
            reportPath = args.at(++i);
        else if (path.isEmpty() && !arg.startsWith(QLatin1String("--")))
            path = arg;
        else {
            std::fprintf(stderr,
                         "usage: godwit-bench-validate FILE [--template SLUG] [--threads N] [--runs N] "
                         "[--outputs DIR] [--full-path] [--report FILE]\n");
            return 2;
        }
    }
    const std::optional<Template> tmpl = bundledTemplate(slug);
    if (path.isEmpty() || !tmpl) {
        std::fprintf(stderr, "godwit-bench-validate: a file and a bundled template are needed\n");
        return 2;
    }
    FileValidationOptions options;
    options.threads = threads;
    if (uniqueBudget >= 0)
        options.uniqueMemoryBudget = uniqueBudget;
    QJsonArray walls;
    QJsonArray cpus;
    QJsonObject phases; // seconds from the start when each phase began (last run), and the end
    QElapsedTimer timer;
    options.progress = [&](const ValidationProgress &p) {
        const QString name = validationPhaseName(p.phase);
        if (!phases.contains(name))
            phases.insert(name, double(timer.nsecsElapsed()) / 1e9);
        return true;
    };
    FileValidation result;
    for (int run = 0; run < runs; ++run) {
        QFile valid(QDir(outputs).filePath(QStringLiteral("valid.csv")));
        QFile all(QDir(outputs).filePath(QStringLiteral("all.csv")));
        if (!outputs.isEmpty()) {
            if (!valid.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                !all.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                std::fprintf(stderr, "godwit-bench-validate: cannot write into %s\n", qPrintable(outputs));
                return 2;
            }
            options.writeValid = &valid;
            options.writeAll = &all;
        }
        const double cpu0 = cpuSeconds();
        phases = {};
        timer.start();
        result = validateCsvFile(path, *tmpl, nullptr, options);
        walls.append(double(timer.nsecsElapsed()) / 1e9);
        phases.insert(QStringLiteral("end"), walls.last());
        cpus.append(cpuSeconds() - cpu0);
        if (!result.ok()) {
            std::fprintf(stderr, "godwit-bench-validate: %s\n", qPrintable(result.errorMessage));
            return 1;
        }
    }
    if (!reportPath.isEmpty()) {
        QFile report(reportPath);
        if (!report.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            report.write(QJsonDocument(result.toJson()).toJson()) < 0) {
            std::fprintf(stderr, "godwit-bench-validate: cannot write %s\n", qPrintable(reportPath));
            return 2;
        }
    }
    QJsonObject out{{QStringLiteral("file"), path},
                    {QStringLiteral("rows"), result.report.rowCount()},
                    {QStringLiteral("valid_rows"), result.report.validRowCount()},
                    {QStringLiteral("invalid_cell_count"), result.report.invalidCellCount()},
                    {QStringLiteral("wall_s"), walls},
                    {QStringLiteral("cpu_s"), cpus},
                    {QStringLiteral("phase_starts_s"), phases},
                    {QStringLiteral("peak_rss_MB"), qint64(peakRssMegabytes())}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
