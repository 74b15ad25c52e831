#!/usr/bin/env python3
"""Lists the test functions that were skipped, from the JUnit XML that every Qt test
writes to build/test-results/ (ctest counts a skipped function as a passed test).

A skip is allowed only when VERKSTAN_TEST_WITHOUT names what it went without: such skips
say so in their message, "[without pdftotext] ...". Any other skip fails: it may hide a
failure. Exit status 0 when every skip is allowed, 1 otherwise, 2 on bad usage.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        print("usage: skipped-tests.py BUILD/test-results", file=sys.stderr)
        return 2
    results = sys.argv[1]
    opted_out = {w.strip().lower() for w in os.environ.get("VERKSTAN_TEST_WITHOUT", "").split(",") if w.strip()}
    files = sorted(f for f in os.listdir(results) if f.endswith(".xml"))
    if not files:
        print("skipped-tests: no test results in %s" % results, file=sys.stderr)
        return 1
    skipped, unreadable = [], []
    functions = 0
    for name in files:
        try:
            root = ET.parse(os.path.join(results, name)).getroot()
        except ET.ParseError as error:
            unreadable.append("%s (%s)" % (name, error))
            continue
        for case in root.iter("testcase"):
            functions += 1
            for skip in case.findall("skipped"):
                message = skip.get("message") or (skip.text or "").strip()
                skipped.append((name[:-4], case.get("name", "?"), message))
    not_allowed = []
    for test, function, message in skipped:
        match = re.match(r"\[without ([a-z0-9_-]+)\]", message)
        if not (match and match.group(1).lower() in opted_out):
            not_allowed.append((test, function, message))
    print("%d test function(s) in %d test program(s); %d skipped%s" % (
        functions, len(files), len(skipped), ":" if skipped else "."))
    for test, function, message in skipped:
        print("  SKIPPED %s %s: %s" % (test, function, message))
    for name in unreadable:
        print("  UNREADABLE %s" % name)
    if not_allowed or unreadable:
        print("skipped-tests: %d skip(s) not opted out by VERKSTAN_TEST_WITHOUT (%s); a skip may hide a failure"
              % (len(not_allowed), ",".join(sorted(opted_out)) or "empty"), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
