#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace needlechart::test {

// The independent FHIR R4 validator (scripts/fhir-validator.sh: @medplum/core and fhir.js), run
// on a bundle from the export's tests, so an export is never judged by the exporter's own code.
// What the validator said about a bundle; `ran` is false when it could not run at all (no
// node or npm, or its packages could not be installed), which the script says by exit code 77.
struct ValidatorRun {
    bool ran = false;
    int exitCode = -1;
    QString output;
};

inline constexpr int ValidatorUnavailable = 77;

inline ValidatorRun validate(const QJsonObject& bundle)
{
    ValidatorRun run;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        run.output = QStringLiteral("no temporary directory");
        return run;
    }
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        run.output = QStringLiteral("cannot write the bundle");
        return run;
    }
    file.write(QJsonDocument(bundle).toJson());
    file.close();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"),
                  {QStringLiteral(NEEDLECHART_SOURCE_DIR "/scripts/fhir-validator.sh"), path});
    // The first run installs the validator's npm packages.
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("the validator did not finish: ") + process.errorString()
                     + QLatin1Char('\n') + QString::fromUtf8(process.readAll());
        return run;
    }
    run.output = QString::fromUtf8(process.readAll());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.ran = run.exitCode != ValidatorUnavailable;
    return run;
}

// Skips the test when the validator cannot run, unless the run requires it
// (NEEDLECHART_REQUIRE_FHIR_VALIDATOR=1, as CI sets it): then it fails.
#define NEEDLECHART_REQUIRE_VALIDATOR(run)                                                         \
    do {                                                                                           \
        if (!(run).ran) {                                                                          \
            if (qEnvironmentVariableIntValue("NEEDLECHART_REQUIRE_FHIR_VALIDATOR") == 1)           \
                FAIL() << "the FHIR validator could not run:\n" << (run).output.toStdString();     \
            GTEST_SKIP() << "the FHIR validator could not run:\n" << (run).output.toStdString();   \
        }                                                                                          \
    } while (false)

} // namespace needlechart::test
