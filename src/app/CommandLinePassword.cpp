#include "CommandLinePassword.h"

#include <QFile>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace needlechart {
namespace {

Error refused(const QString& message)
{
    return Error{ErrorCode::SignInRefused, message, {}, {}};
}

// Reads one line from the terminal without echoing it.
std::string readHidden()
{
    termios old{};
    const bool isTerminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (isTerminal) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    if (isTerminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::fputc('\n', stderr);
    }
    return line;
}

} // namespace

Result<QString> CommandLinePassword::read(const QString& login, const QString& passwordFile)
{
    if (passwordFile.isEmpty()) {
        if (isatty(STDIN_FILENO) == 0)
            return refused(tr("Give the password of %1 with --password-file FILE (no terminal "
                              "to ask on).")
                               .arg(login));
        std::fprintf(stderr, "%s", qUtf8Printable(tr("Password for %1: ").arg(login)));
        std::fflush(stderr);
        std::string typed = readHidden();
        QString password = QString::fromStdString(typed);
        std::fill(typed.begin(), typed.end(), '\0');
        return password;
    }
    QFile file(passwordFile);
    if (!file.open(QIODevice::ReadOnly))
        return refused(
            tr("Cannot read the password file %1: %2").arg(passwordFile, file.errorString()));
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

} // namespace needlechart
