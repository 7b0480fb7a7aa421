#!/usr/bin/env bash
# One closing line for make test, counted from the JUnit reports of every test layer.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
python3 - "$ROOT" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
root = sys.argv[1]
layers = {
    "backend": glob.glob(f"{root}/backend/target/surefire-reports/TEST-*.xml"),
    "frontend": glob.glob(f"{root}/frontend/test-results/junit.xml"),
    "browser": glob.glob(f"{root}/frontend/e2e/test-results/junit.xml"),
}
total_passed = total_failed = total_skipped = 0
for layer, files in layers.items():
    passed = failed = skipped = 0
    for f in files:
        for case in ET.parse(f).getroot().iter("testcase"):
            if case.find("failure") is not None or case.find("error") is not None:
                failed += 1
            elif case.find("skipped") is not None:
                skipped += 1
            else:
                passed += 1
    print(f"  {layer:9} {passed:4} passed, {failed} failed, {skipped} skipped")
    total_passed += passed; total_failed += failed; total_skipped += skipped
print(f"{total_passed} passed, {total_failed} failed, {total_skipped} skipped")
PY
