#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks of the source tree that the compiler cannot make, run by ctest (tests/style):

  format    every C++ file is formatted with the repository's .clang-format
  spdx      every source file and script names its licence in an SPDX line at the top
  layers    no file includes from a layer above its own (docs/ARCHITECTURE.md)
  spelling  what agents read says "licence", never "license" (the API's names excepted)
  size      no C++ file is so long that it surely does several jobs (test suites may be longer)

Usage: check-tree.py CHECK [--clang-format PATH]. Prints one line per problem, file:line first,
and exits 1 if there is any.
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Folders that are not the project's own sources: build trees, fuzzing inputs, git.
SKIPPED_DIRS = {".git", "corpus", ".cache"}

# What each folder's files may include from the project, by the first parts of the path. A file
# is ruled by the longest folder prefix that names it. tests/ may include anything.
LAYERS = {
    "api": {"api"},
    "investigation": {"api", "investigation"},
    "models": {"api", "investigation", "models"},
    "ui": {"api", "investigation", "models", "ui"},
    "app/cli": {"api", "investigation", "models", "app/cli"},
    "app/console": {"api", "investigation", "models", "ui", "app/console"},
    "sandbox": {"api", "sandbox"},
    "benchmarks": {"api", "investigation", "models", "ui", "benchmarks"},
}

PROJECT_INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
# "license" as a word of its own: not inside an API name (PersistentLicenseIssued,
# api/License/...) or a command name (ack-license), which keep their spelling.
LICENSE_WORD = re.compile(r"(?<![A-Za-z/_-])[Ll]icens(?:e|es|ed|ing)\b")
STRING_LITERAL = re.compile(r'(\b(?:tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP)\s*\((?:[^"()]*,\s*)?)?("(?:[^"\\\n]|\\.)*")')
# A literal of one word that no tr() wraps is a name for the program (an API path segment, a
# key), not text for agents.
IDENTIFIER = re.compile(r'^"[A-Za-z][A-Za-z0-9_.-]*"$')
# The licence's own name keeps its spelling.
PROPER_NAMES = ("General Public License",)


def source_files(extensions):
    for top, dirs, files in os.walk(ROOT):
        rel_top = os.path.relpath(top, ROOT)
        dirs[:] = sorted(d for d in dirs
                         if d not in SKIPPED_DIRS and not (rel_top == "." and (d.startswith("build") or d == "out")))
        for name in sorted(files):
            if name.endswith(extensions):
                yield os.path.relpath(os.path.join(top, name), ROOT)


def cpp_files():
    return source_files((".cpp", ".h"))


def check_format(clang_format):
    files = list(cpp_files())
    problems = []
    # In batches, to keep command lines short.
    for start in range(0, len(files), 50):
        batch = files[start:start + 50]
        result = subprocess.run([clang_format, "--dry-run", "--Werror", *batch], cwd=ROOT,
                                capture_output=True, text=True)
        if result.returncode != 0:
            for line in result.stderr.splitlines():
                if "error:" in line:
                    problems.append(line.replace(" [-Wclang-format-violations]", ""))
    # One line per file is enough to act on: clang-format -i fixes the rest.
    seen = set()
    for problem in problems:
        name = problem.split(":", 1)[0]
        if name not in seen:
            seen.add(name)
            print(f"{problem}: not formatted (run: clang-format -i {name})")
    return not seen


def check_spdx():
    ok = True
    scripts = [os.path.join("scripts", n) for n in sorted(os.listdir(os.path.join(ROOT, "scripts")))]
    cmake = list(source_files(("CMakeLists.txt", ".cmake")))
    python = list(source_files((".py",)))
    for name in [*cpp_files(), *cmake, *python, *scripts, ".ci/run"]:
        with open(os.path.join(ROOT, name), encoding="utf-8") as f:
            head = [f.readline() for _ in range(2)]
        if not any("SPDX-License-Identifier: GPL-3.0-or-later" in line for line in head):
            print(f"{name}:1: no 'SPDX-License-Identifier: GPL-3.0-or-later' line at the top")
            ok = False
    return ok


def layer_of(name):
    best = None
    for folder in LAYERS:
        if name.startswith(folder + "/") and (best is None or len(folder) > len(best)):
            best = folder
    return best


def check_layers():
    ok = True
    for name in cpp_files():
        layer = layer_of(name)
        if layer is None:
            continue
        allowed = LAYERS[layer]
        with open(os.path.join(ROOT, name), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                match = PROJECT_INCLUDE.match(line)
                if not match:
                    continue
                included = match.group(1)
                if "/" not in included:
                    continue  # a generated file beside it (ui_*.h, *_autogen)
                if not any(included.startswith(folder + "/") for folder in allowed):
                    print(f"{name}:{number}: includes \"{included}\", but {layer}/ may only use "
                          + ", ".join(sorted(f + "/" for f in allowed)))
                    ok = False
    return ok


def check_spelling():
    ok = True
    for name in cpp_files():
        if not name.startswith(("api/", "investigation/", "models/", "ui/", "app/")):
            continue
        with open(os.path.join(ROOT, name), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                for translated, literal in STRING_LITERAL.findall(line):
                    if not translated and IDENTIFIER.match(literal):
                        continue
                    text = literal
                    for proper in PROPER_NAMES:
                        text = text.replace(proper, "")
                    if LICENSE_WORD.search(text):
                        print(f"{name}:{number}: {literal}: agents read \"licence\" (UK spelling)")
                        ok = False
    return ok


# About 400 lines for a class, 800 for a test suite, with some slack so that a comment does not
# fail the build: past these a file does several jobs and is to be split.
MAX_LINES = 450
MAX_TEST_LINES = 850


def check_size():
    ok = True
    for name in cpp_files():
        with open(os.path.join(ROOT, name), encoding="utf-8") as f:
            lines = sum(1 for _ in f)
        limit = MAX_TEST_LINES if name.startswith("tests/") else MAX_LINES
        if lines > limit:
            print(f"{name}:{lines}: {lines} lines, more than {limit}: split it by what it does")
            ok = False
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("check", choices=["format", "spdx", "layers", "spelling", "size"])
    parser.add_argument("--clang-format", default="clang-format")
    args = parser.parse_args()
    checks = {
        "format": lambda: check_format(args.clang_format),
        "spdx": check_spdx,
        "layers": check_layers,
        "spelling": check_spelling,
        "size": check_size,
    }
    return 0 if checks[args.check]() else 1


if __name__ == "__main__":
    sys.exit(main())
