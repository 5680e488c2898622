#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace needlechart::test {

// What poppler's tools read back from a PDF, as a person (or a GP's system) would see it.
class PdfTools {
public:
    // The text, in NFKC (so the "ﬁ" ligature reads "fi") with spaces and line breaks collapsed;
    // `page` > 0: that page only. Empty if pdftotext failed.
    static QString text(const QString& path, int page = 0)
    {
        QStringList arguments;
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                      << QString::number(page);
        arguments << path << QStringLiteral("-");
        return run(QStringLiteral("pdftotext"), arguments)
            .normalized(QString::NormalizationForm_KC)
            .simplified();
    }

    // How many pages pdfinfo counts (0 if it failed).
    static int pages(const QString& path)
    {
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        for (const QString& line : info.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("Pages:")))
                return line.mid(6).trimmed().toInt();
        return 0;
    }

    // How many raster images pdfimages -list finds (-1 if it failed): a drawing made of vectors
    // adds none.
    static int rasterImages(const QString& path)
    {
        QProcess process;
        process.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return -1;
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return int(lines.size()) - 2; // the heading and its rule
    }

private:
    static QString run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }
};

} // namespace needlechart::test
