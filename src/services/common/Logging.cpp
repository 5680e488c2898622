#include "needlechart/services/common/Logging.h"

#include "needlechart/storage/database/PrivateFolders.h"

#include <QDir>
#include <QFileInfo>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace needlechart {
namespace {

QString g_logFilePath; // written once by initialize(), before any other thread exists

} // namespace

void Logging::initialize(const QString& logDirectory, bool console)
{
    std::vector<spdlog::sink_ptr> sinks;
    // A log holds ids, not patient data, but it is nobody else's business either.
    if (PrivateFolders::create(logDirectory)) {
        g_logFilePath = QDir(logDirectory).filePath(QStringLiteral("needlechart.log"));
        try {
            constexpr std::size_t maxFileSize = 2 * 1024 * 1024;
            constexpr std::size_t maxFiles = 5;
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                g_logFilePath.toStdString(), maxFileSize, maxFiles));
        } catch (const spdlog::spdlog_ex&) {
            g_logFilePath.clear(); // no log file is better than no application
        }
    }
    if (console)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    auto logger = std::make_shared<spdlog::logger>("needlechart", sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    logger->set_level(console ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

QString Logging::logFilePath()
{
    return g_logFilePath;
}

} // namespace needlechart
