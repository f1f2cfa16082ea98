#!/usr/bin/env python3
"""ner-gold.py -- builds tests/data/ner-gold (BRAT .txt/.ann pairs, no
entity ids) from its inline markup, one source file per language:
"=== NAME" starts a dispatch (NAME is YYYY_MM_DD-NNN, so that the readers
know its date), "[surface|T]" marks a mention, T in P L O M (Person,
Location, Organization, Misc).  Offsets are Unicode code points, checked
against the written text; a mention must start and end on a word boundary
(a letter or digit glued to either side is refused), so that a slip in
the markup cannot hide inside a word.

    python3 scripts/ner-gold.py tests/data/ner-gold/fr.src tests/data/ner-gold/fr
"""
import os, re, sys, unicodedata
TYPES = {'P': 'Person', 'L': 'Location', 'O': 'Organization', 'M': 'Misc'}
MARK = re.compile(r'\[([^\[\]|]+)\|([PLOM])\]')

def build(src, outdir):
    os.makedirs(outdir, exist_ok=True)
    text = open(src, encoding='utf-8').read()
    docs = [d for d in re.split(r'^=== ', text, flags=re.M)[1:]]
    types, words, nment = {}, [], 0
    for d in docs:
        head, body = d.split('\n', 1)
        name = head.strip()
        assert re.fullmatch(r'\d{4}_\d\d_\d\d-\d{3}', name), name
        body = unicodedata.normalize('NFC', body.strip('\n') + '\n')
        out, anns, last = '', [], 0
        for m in MARK.finditer(body):
            out += body[last:m.start()]
            s = len(out)
            out += m.group(1)
            anns.append((s, len(out), m.group(2), m.group(1)))
            last = m.end()
        out += body[last:]
        assert '[' not in out and ']' not in out and '|' not in out, (name, out)
        for s, e, t, surf in anns:
            assert out[s:e] == surf and surf == surf.strip(), (name, surf)
            assert s == 0 or not out[s - 1].isalnum(), (name, 'glued before', surf)
            assert e == len(out) or not out[e].isalnum(), (name, 'glued after', surf)
        with open(os.path.join(outdir, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(out)
        with open(os.path.join(outdir, name + '.ann'), 'w', encoding='utf-8') as f:
            for i, (s, e, t, surf) in enumerate(anns, 1):
                f.write(f'T{i}\t{TYPES[t]} {s} {e}\t{surf}\n')
        nment += len(anns)
        words.append(len(out.split()))
        for a in anns:
            types[a[2]] = types.get(a[2], 0) + 1
    print(outdir, 'docs', len(docs), 'mentions', nment, 'types', types,
          'words min/max/total', min(words), max(words), sum(words))

if __name__ == '__main__':
    build(sys.argv[1], sys.argv[2])
