#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fills a Qt .ts file from a Python dict {source: translation} (the project's zh_CN glossary lives
in resources/translations/zh_CN.py). Usage: translate_fill.py FILE.ts GLOSSARY.py
Messages without an entry stay unfinished (lupdate keeps them for a translator)."""
import runpy
import sys
import xml.etree.ElementTree as ET

ts_path, glossary_path = sys.argv[1], sys.argv[2]
table = runpy.run_path(glossary_path)["ZH"]
tree = ET.parse(ts_path)
missing = 0
for message in tree.getroot().iter("message"):
    source = message.find("source").text or ""
    translation = message.find("translation")
    if source not in table:
        missing += 1
        continue
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        ET.SubElement(translation, "numerusform").text = table[source]
    else:
        translation.text = table[source]
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
print("%s: %d left without a translation" % (ts_path, missing))
sys.exit(1 if missing else 0)
