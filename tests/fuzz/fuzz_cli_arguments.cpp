// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliApplication.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

using namespace ff;
using ff::fuzz::check;

namespace {

// The CLI's add-item reads --item-json from a file: the fuzzer keeps one in a private folder,
// and an argument that is exactly "item.json" names it. (The fuzzer cannot change directory
// there: libFuzzer resolves its corpus and artifact paths against the current one.)
const QString ItemArgument = QStringLiteral("item.json");
// Between the arguments and the item file's bytes; not a character anyone types in argv.
constexpr char ItemSeparator = '\x1e';

std::unique_ptr<QTemporaryDir> workDirectory;

// What would break the one line of stderr in two, or speak to the terminal.
bool breaksTheLine(QChar c)
{
    return c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
        || c.category() == QChar::Separator_Paragraph;
}

QString itemFile;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    QCoreApplication::setApplicationName(QStringLiteral("ffconsole-cli"));
    workDirectory = std::make_unique<QTemporaryDir>();
    itemFile = workDirectory->filePath(ItemArgument);
    // "--item-json -" reads stdin: an empty one, never the terminal the fuzzer runs from.
    const int devNull = ::open("/dev/null", O_RDONLY);
    ::dup2(devNull, STDIN_FILENO);
    ::close(devNull);
    return 0;
}

// ffconsole-cli's argument checks (CliApplication::checkArguments, and through it each
// command's validate()), which must refuse bad input before anything is sent. The input is the
// arguments separated by NUL bytes, then optionally \x1e and the bytes of the file that the
// argument "item.json" stands for. Nothing here touches the network: checkArguments() stops
// where start() would connect.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype separator = input.indexOf(ItemSeparator);
    QFile::remove(itemFile);
    if (separator >= 0) {
        QFile item(itemFile);
        check(item.open(QIODevice::WriteOnly), "the fuzzer can write its item file");
        item.write(input.mid(separator + 1));
    }

    QStringList arguments { QStringLiteral("ffconsole-cli") };
    const QByteArray argv = separator >= 0 ? input.left(separator) : input;
    if (!argv.isEmpty()) {
        for (const QByteArray& argument : argv.split('\0')) {
            const QString text
                = QString::fromLocal8Bit(argument); // as QCoreApplication::arguments() reads argv
            arguments.append(text == ItemArgument ? itemFile : text);
        }
    }

    cli::CliApplication application(arguments);
    const Result<cli::Command*, cli::CommandOutcome> checked = application.checkArguments();
    if (checked) {
        check(*checked != nullptr, "a command that passes its checks is there to run");
        return 0;
    }
    const cli::CommandOutcome& outcome = checked.error();
    if (outcome.code == cli::ExitCode::Ok) {
        check(!outcome.output.isEmpty() && outcome.error.isEmpty(),
            "help and version print something, and no error");
        return 0;
    }
    check(outcome.code == cli::ExitCode::BadInput,
        "bad arguments end with exit code 2, before anything is sent");
    check(outcome.output.isEmpty(), "nothing reaches stdout when the arguments are refused");
    check(!outcome.error.isEmpty(), "a refusal says why");
    const QString line = outcome.errorLine();
    check(std::none_of(line.cbegin(), line.cend(), breaksTheLine),
        "the error is one line on stderr, with no control characters", line.toUtf8());
    return 0;
}
