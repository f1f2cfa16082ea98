"""lttoolbox.py -- reads a compiled lttoolbox transducer (an apertium
dictionary of Debian's packages) through lt-print, for the scripts that
take names from them (gazetteers.py, entity-links.py).  Debian ships the
dictionaries compiled only; lt-print (lttoolbox-dev) dumps them as AT&T
text."""
import collections
import subprocess
import sys


def att_sections(path, who):
    """The transducers of the compiled file at path, as lt-print dumps them
    ("from to input output weight" arcs, "state weight" finals, "--"
    between sections): a list of (arcs by state: [(to, input, output)],
    final states).  `who` names the calling script in the error message."""
    try:
        text = subprocess.run(["lt-print", path], check=True, capture_output=True).stdout.decode("utf-8")
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f"{who}: lt-print {path} failed ({e}): run 'make deps' (as root)")
    sections = []
    arcs, finals = collections.defaultdict(list), set()
    for line in text.split("\n"):
        if line == "--":
            sections.append((arcs, finals))
            arcs, finals = collections.defaultdict(list), set()
            continue
        f = line.split("\t")
        if len(f) >= 4:
            arcs[int(f[0])].append((int(f[1]), f[2], f[3]))
        elif f[0]:
            finals.add(int(f[0]))
    sections.append((arcs, finals))
    return sections
