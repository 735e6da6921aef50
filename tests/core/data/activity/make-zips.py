#!/usr/bin/env python3
"""Writes the zipped fixtures: Apple's export.zip around apple-export.xml (the layout the Health
app writes), and the hostile zips the importer must refuse. Run again only to change them."""
import os, struct, zipfile

here = os.path.dirname(os.path.abspath(__file__))
def out(name):
    return os.path.join(here, name)

xml = open(out("apple-export.xml"), "rb").read()
with zipfile.ZipFile(out("apple-export.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("apple_health_export/export.xml", xml)
    z.writestr("apple_health_export/export_cda.xml", b'<?xml version="1.0"?><ClinicalDocument/>')
    z.writestr("apple_health_export/workout-routes/route_2026-03-02_9.30am.gpx", b"<gpx/>")

whole = open(out("apple-export.zip"), "rb").read()
# An unfinished download: the first half of the bytes.
open(out("truncated-export.zip"), "wb").write(whole[: len(whole) // 2])

# A zip bomb: 24 MB of one byte, which deflates about 1000 to 1.
with zipfile.ZipFile(out("zip-bomb.zip"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("apple_health_export/export.xml", b"<HealthData>" + b" " * (24 << 20))

# A zip that says its entry is smaller than it is (a bomb that lies about its ratio).
data = bytearray(whole)
i = data.index(b"PK\x01\x02")
size = struct.unpack("<I", data[i + 24 : i + 28])[0]
data[i + 24 : i + 28] = struct.pack("<I", size - 100)
open(out("lying-size.zip"), "wb").write(bytes(data))

# A zip with nothing Mend reads.
with zipfile.ZipFile(out("photos.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("holiday/notes.txt", b"sunny")
