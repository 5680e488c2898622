#pragma once

#include "needlechart/domain/common/Result.h"

#include <string>

namespace needlechart::test {

// An Error as a failed assertion prints it: the code, the message, the technical detail and
// each field's complaint on a line of its own.
inline std::string describe(const Error& e)
{
    std::string text = std::string(errorCodeName(e.code)) + ": " + e.message.toStdString();
    if (!e.detail.isEmpty())
        text += " / " + e.detail.toStdString();
    for (const FieldError& f : e.fieldErrors)
        text += "\n  " + f.field.toStdString() + ": " + f.message.toStdString();
    return text;
}

} // namespace needlechart::test
