#!/usr/bin/env python3
"""merge-gold.py -- builds tests/data/merge-gold (BRAT .txt/.ann pairs with
Reference normalisations) from its inline markup, dispatches.src:
"=== NAME LANG" starts a dispatch, "[surface|T:id]" marks a mention (T: P L O M
for Person Location Organization Misc; id becomes ex:id).  Offsets are Unicode
code points, checked against the written text.

    python3 scripts/merge-gold.py tests/data/merge-gold/dispatches.src tests/data/merge-gold
"""
import os, re, sys, unicodedata
TYPES = {'P': 'Person', 'L': 'Location', 'O': 'Organization', 'M': 'Misc'}
MARK = re.compile(r'\[([^\[\]|]+)\|([PLOM]):([a-z0-9-]+)\]')

def build(src, outdir):
    os.makedirs(outdir, exist_ok=True)
    docs = open(src, encoding='utf-8').read().split('\n=== ')
    stats = {'docs': 0, 'mentions': 0, 'ents': set(), 'types': {}, 'fr': 0, 'en': 0, 'words': []}
    for d in docs:
        d = d.strip()
        if not d:
            continue
        if d.startswith('=== '):
            d = d[4:]
        head, body = d.split('\n', 1)
        name, lang = head.split()
        body = body.strip('\n') + '\n'
        text, anns, pos, last = [], [], 0, 0
        out = ''
        for m in MARK.finditer(body):
            out += body[last:m.start()]
            s = len(out)
            out += m.group(1)
            anns.append((s, len(out), m.group(2), m.group(3), m.group(1)))
            last = m.end()
        out += body[last:]
        assert '[' not in out and ']' not in out and '|' not in out, (name, out)
        out = unicodedata.normalize('NFC', out)
        with open(os.path.join(outdir, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(out)
        with open(os.path.join(outdir, name + '.ann'), 'w', encoding='utf-8') as f:
            for i, (s, e, t, eid, surf) in enumerate(anns, 1):
                assert out[s:e] == surf, (name, s, e, surf)
                f.write(f'T{i}\t{TYPES[t]} {s} {e}\t{surf}\n')
            for i, (s, e, t, eid, surf) in enumerate(anns, 1):
                f.write(f'N{i}\tReference T{i} ex:{eid}\t{surf}\n')
        stats['docs'] += 1
        stats[lang] += 1
        stats['mentions'] += len(anns)
        stats['words'].append(len(out.split()))
        for a in anns:
            stats['ents'].add((a[2], a[3]))
            stats['types'][a[2]] = stats['types'].get(a[2], 0) + 1
    print('docs', stats['docs'], 'fr', stats['fr'], 'en', stats['en'], 'mentions', stats['mentions'],
          'entities', len(stats['ents']), 'types', stats['types'])
    print('words min/max/mean', min(stats['words']), max(stats['words']), sum(stats['words']) / len(stats['words']))
    et = {}
    for t, _ in stats['ents']:
        et[t] = et.get(t, 0) + 1
    print('entities per type', et)

if __name__ == '__main__':
    build(sys.argv[1], sys.argv[2])
