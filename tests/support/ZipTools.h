#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace needlechart::test {

// What Info-ZIP's unzip (not our ZipWriter) reads back from an archive: the check a person's
// unzip, file manager or another system would make.
class ZipTools {
public:
    // True when `unzip -t` tests every file's CRC-32 and finds no error.
    static bool intact(const QString& path) { return run({QStringLiteral("-tq"), path}).ok; }

    // The names inside, in their order (empty if unzip failed).
    static QStringList names(const QString& path)
    {
        const Run listed = run({QStringLiteral("-Z1"), path});
        if (!listed.ok)
            return {};
        return QString::fromUtf8(listed.output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // One file's bytes (empty if unzip failed).
    static QByteArray file(const QString& path, const QString& name)
    {
        return run({QStringLiteral("-p"), path, name}).output;
    }

private:
    struct Run {
        bool ok = false;
        QByteArray output;
    };
    static Run run(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral("unzip"), arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                process.readAllStandardOutput()};
    }
};

} // namespace needlechart::test
