"""JUnit XML: one test case a release, failed by its findings, for CI dashboards."""

from __future__ import annotations

from xml.etree import ElementTree as ET


def render(results, **_) -> str:
    suites = ET.Element("testsuites", name="relint")
    suite = ET.SubElement(suites, "testsuite", name="relint", tests=str(len(results)),
                          failures=str(sum(1 for r in results if r.diagnostics)),
                          errors=str(sum(1 for r in results if r.errors)))
    for result in results:
        case = ET.SubElement(suite, "testcase", classname="relint", name=result.path)
        if result.diagnostics:
            body = "\n".join(f"{d.start.line}:{d.start.column}: {d.severity}: {d.message} [{d.code} {d.name}]"
                             for d in result.diagnostics)
            failure = ET.SubElement(case, "failure", message=f"{len(result.diagnostics)} findings", type="relint")
            failure.text = body
        for error in result.errors:
            ET.SubElement(case, "error", message=error, type="relint")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
