#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""man-page.py RST2MAN SOURCE.rst PAGE.1 PAGE.1.gz

Builds a man page with rst2man, then:

- puts `.\\" -*- coding: UTF-8 -*-` on its first line, the line man-db's
  preconv reads to know the page's encoding (without it, man renders the
  accents of "départements" through the locale's charset guess);
- writes a gzip copy, reproducible (no name, no time stamp: gzip -n), the
  form Debian installs man pages in.
"""
import gzip
import subprocess
import sys

CODING = '.\\" -*- coding: UTF-8 -*-\n'


def main(rst2man, source, page, page_gz):
    text = subprocess.run([rst2man, source], check=True, capture_output=True).stdout.decode('utf-8')
    if not text.startswith(CODING):
        text = CODING + text
    data = text.encode('utf-8')
    with open(page, 'wb') as f:
        f.write(data)
    with open(page_gz, 'wb') as f:
        f.write(gzip.compress(data, compresslevel=9, mtime=0))
    return 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
