#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation is not finished or does not fit its source.

For each catalogue (translations/ffconsole_*.ts unless files are named):
  - it is current: lupdate, run on a copy with today's sources, finds nothing new, vanished or
    obsolete (skipped with --no-lupdate, for a translator checking a file being written);
  - no entry is unfinished, vanished or obsolete;
  - every translation has the source's placeholders (%1..%99, %L1.., %n), each as often;
  - a plural entry has as many forms as the language has (Polish three, German, French and
    English two), each with the source's placeholders;
  - the accelerator (a single &) is kept: one where the source has one, none where it has none;
  - a key sequence ("Ctrl+Shift+L") is left as it is, since QKeySequence reads it.

Prints one line per problem ("file: context: source: problem") and exits 1 if there is any.
"""
import argparse
import collections
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# What lupdate reads: the folders translations/CMakeLists.txt names.
SOURCE_DIRS = ["api", "investigation", "models", "ui", "app"]
PLURAL_FORMS = {"de": 2, "fr": 2, "en": 2, "pl": 3}
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")
# A key sequence handed to QKeySequence in its portable form ("Ctrl+Shift+L"): translated, it
# would no longer parse, and the shortcut would be gone.
KEY_SEQUENCE = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)+\S+$")


def lupdate_binary():
    for candidate in ("/usr/lib/qt6/bin/lupdate", shutil.which("lupdate6"), shutil.which("lupdate")):
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("check-translations: lupdate not found (Debian: qt6-l10n-tools)")


def placeholders(text):
    return collections.Counter(PLACEHOLDER.findall(text or ""))


def accelerators(text):
    return len(ACCELERATOR.findall((text or "").replace("&&", "")))


def language_of(path, root):
    language = root.get("language") or os.path.basename(path).rsplit("_", 1)[-1].split(".")[0]
    return language.split("_")[0]


def check_message(context, message, language, say):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        say(context, source, "no translation element")
        return
    kind = translation.get("type")
    if kind in ("unfinished", "vanished", "obsolete"):
        say(context, source, kind)
        return
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.findall("numerusform")]
        wanted = PLURAL_FORMS.get(language)
        if wanted is not None and len(forms) != wanted:
            say(context, source, f"{len(forms)} plural forms, {language} has {wanted}")
    else:
        forms = [translation.text or ""]
    if KEY_SEQUENCE.match(source) and forms != [source]:
        say(context, source, f"a key sequence, translated as “{forms[0]}”: QKeySequence reads it as it is")
    for form in forms:
        if not form.strip():
            say(context, source, "empty translation")
        elif placeholders(form) != placeholders(source):
            say(context, source, f"placeholders {sorted(placeholders(form).elements())} in “{form}”, "
                                 f"the source has {sorted(placeholders(source).elements())}")
        elif accelerators(form) != accelerators(source):
            say(context, source, f"{accelerators(form)} accelerators (&) in “{form}”, the source has "
                                 f"{accelerators(source)}")


def check_file(path, problems):
    root = ET.parse(path).getroot()
    language = language_of(path, root)
    name = os.path.relpath(path, ROOT) if path.startswith(ROOT) else path

    def say(context, source, problem):
        problems.append(f"{name}: {context}: “{source[:70]}”: {problem}")

    for context in root.iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            check_message(context_name, message, language, say)


def refreshed_copy(path, scratch, plurals_only):
    """A copy of the catalogue as lupdate makes it from today's sources."""
    copy = os.path.join(scratch, os.path.basename(path))
    shutil.copyfile(path, copy)
    command = [lupdate_binary(), "-silent", "-no-obsolete", "-locations", "none", "-I", ROOT]
    if plurals_only:
        command.append("-pluralonly")
    command += [os.path.join(ROOT, d) for d in SOURCE_DIRS] + ["-ts", copy]
    # lupdate warns about Q_DECLARE_METATYPE of a qualified class, which is no string: its
    # output is shown only when it fails.
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        sys.exit(f"check-translations: lupdate failed:\n{done.stdout}")
    return copy


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="catalogues (default: translations/ffconsole_*.ts)")
    parser.add_argument("--no-lupdate", action="store_true", help="check the files as they are")
    arguments = parser.parse_args()
    files = arguments.files or sorted(glob.glob(os.path.join(ROOT, "translations", "ffconsole_*.ts")))
    if not files:
        sys.exit("check-translations: no catalogues found")
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for path in files:
            path = os.path.abspath(path)
            if not arguments.no_lupdate:
                plurals_only = path.endswith("_en.ts")
                path_checked = refreshed_copy(path, scratch, plurals_only)
                before = len(problems)
                check_file(path_checked, problems)
                # Name the committed file, not the scratch copy.
                problems[before:] = [p.replace(path_checked, path) for p in problems[before:]]
            else:
                check_file(path, problems)
    for problem in problems:
        print(problem)
    count = len(problems)
    print(f"check-translations: {len(files)} catalogue(s), {count} problem(s)"
          + ("" if arguments.no_lupdate else " (against today's sources)"))
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main())
