#!/usr/bin/env python3
# Builds the canonical text of seal format 2 (docs/seal-format.md) from minutes written
# as JSON (tests/data/seal/format2-example.json shows the shape), writes it to standard
# output and its SHA-256 to standard error. Needs nothing but Python 3.
import hashlib, json, sys, unicodedata

def value(v):
    if isinstance(v, bool):
        return 'yes' if v else 'no'
    s = unicodedata.normalize('NFC', str(v).replace('\r\n', '\n').replace('\r', '\n'))
    return ''.join('\\\\' if c == '\\' else '\\n' if c == '\n' else
                   '\\u%04x' % ord(c) if ord(c) < 0x20 or ord(c) == 0x7f else c for c in s)

def lines(record, keys):
    return ''.join(k + ':' + (' ' + value(record[k]) if value(record[k]) else '') + '\n' for k in keys)

m = json.load(open(sys.argv[1], encoding='utf-8'))
text = lines({'verkstan-minutes-seal': 2}, ['verkstan-minutes-seal'])
text += lines(m, ['previous', 'body', 'date', 'start', 'end', 'place', 'addition', 'adjusted-on'])
for n, a in enumerate(m['attendance'], 1):
    text += f'[attendee {n}]\n' + lines(a, ['name', 'party', 'organisation', 'member', 'status', 'role',
                                            'arrived-at', 'left-after'])
for n, item in enumerate(m['items'], 1):
    text += f'[item {n}]\n' + lines(item, ['number', 'title', 'discussion', 'decision'])
    for k, a in enumerate(item['assignments'], 1):
        text += f'[assignment {n}.{k}]\n' + lines(a, ['responsible', 'task', 'due'])
for n, a in enumerate(m['adjustments'], 1):
    text += f'[adjustment {n}]\n' + lines(a, ['name', 'role', 'date', 'method'])
text += '[end]\n'
sys.stdout.buffer.write(text.encode('utf-8'))
print(hashlib.sha256(text.encode('utf-8')).hexdigest(), file=sys.stderr)
