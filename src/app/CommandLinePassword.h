#pragma once

#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace needlechart {

// The password of `--login NAME` for a command run without the sign-in window: the first line
// of `--password-file FILE`, or, without one, typed on the terminal with echo off. Never
// logged, never kept after the sign-in.
class CommandLinePassword {
    Q_DECLARE_TR_FUNCTIONS(CommandLinePassword)

public:
    // `passwordFile` empty: ask on the terminal (refused when stdin is not one).
    [[nodiscard]] static Result<QString> read(const QString& login, const QString& passwordFile);
};

} // namespace needlechart
