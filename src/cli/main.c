/*
 * main.c -- bin/veille: global options, the command table and the help.
 * Each command lives in its own file (cmd_*.c) and only parses arguments,
 * calls libveille and prints.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const char usage_main[] =
    "usage: veille [--db FILE] COMMAND [ARGS]\n"
    "\n"
    "veille turns dated news dispatches (French, English) into a searchable record.\n"
    "\n"
    "commands:\n"
    "  ingest PATH...        store dispatches from files, folders, or - (stdin)\n"
    "  search QUERY          ranked full-text search (--from --to --lang --mentions --entity --json)\n"
    "  show ID               one stored dispatch\n"
    "  entities              the most mentioned entities (--type --from --to --limit --json)\n"
    "  entity NAME           one entity: aliases, months, co-occurring entities, dispatches\n"
    "  stats                 documents, languages, dates, database size, stale annotations\n"
    "  reannotate            runs the extraction again where it is stale or missing\n"
    "  optimize              merges the search index after a large ingest\n"
    "  quotes [QUERY]        who said what (--speaker --from --to --json)\n"
    "  annotate FILE...      a document's analysis as JSON, nothing stored\n"
    "  analyze TEXT          the index terms veille makes of a text\n"
    "  eval KIND PATH...     scores extraction against gold corpora\n"
    "  timex --date D [FILE] time expressions of a text, resolved against date D\n"
    "  events                stored events: who did what to whom (--actor --code --from --to)\n"
    "  timeline [QUERY]      events and dated facts by the date they refer to (--entity)\n"
    "  train ner|clusters    trains the entity tagger or its word clusters\n"
    "  serve                 the HTTP API and web page (--bind --port --token)\n"
    "  help [COMMAND]        this help, or a command's\n"
    "\n"
    "options:\n"
    "  --db FILE             the database (default: $VEILLE_DB, else ./veille.db)\n"
    "  -h, --help            help\n"
    "  --version             veille's version\n"
    "\n"
    "exit status: 0 success; 1 done, but some input was rejected or not found;\n"
    "2 bad arguments or malformed query; 3 database or system failure; 130 interrupted.\n";

static const struct command {
    const char *name;
    int (*run)(cli_env *, int, char **);
    const char *usage;
} commands[] = {
    {"ingest", cmd_ingest,
     "usage: veille ingest [--quiet] [--batch N] [--jobs N] [--no-extract]\n"
     "                     [--default-lang fr|en] PATH...\n"
     "\n"
     "Stores dispatches.  PATH is a file, a folder (read recursively, hidden\n"
     "files skipped) or - for standard input.  Formats, detected per file:\n"
     "  dispatch text: 'date YYYY-MM-DD' then the body; id = file name without extension\n"
     "  JSON Lines: {\"id\", \"date\", \"text\", \"title\"?, \"source\"?, \"url\"?, \"lang\"?, ...}\n"
     ".gz and .zst files are decompressed.  Documents are identified by id: an\n"
     "unchanged one is skipped, a changed one replaces the stored version.  Bad\n"
     "documents are reported (file:line: problem) and skipped; the exit status\n"
     "is then 1.  Interrupting (Ctrl-C) keeps everything committed so far.\n"
     "\n"
     "  --quiet     no progress bar and no summary\n"
     "  --batch N   documents per transaction (default 2000)\n"
     "  --jobs N    threads annotating documents while one writes (default: one\n"
     "              per processor; 1: no threads); the result is the same\n"
     "  --no-extract  store and index the text (search works) without the extraction\n"
     "              (time expressions, entities, quotations, quantities, events);\n"
     "              'veille reannotate' adds it later\n"
     "  --default-lang fr|en  the language of documents that give none (no \"lang\")\n"
     "              and whose text cannot be identified: tables of figures,\n"
     "              one-line items (else they get no entities or quotations);\n"
     "              stored as though the input had said it\n"},
    {"reannotate", cmd_reannotate,
     "usage: veille reannotate [--all] [--jobs N] [--batch N] [--quiet]\n"
     "\n"
     "Runs the extraction (time expressions, entities, quotations, quantities,\n"
     "events) again over the stored dispatches whose annotations were made by\n"
     "other models or rules than this veille's, or not made at all (ingest\n"
     "--no-extract); 'veille stats' tells how many there are.  Their rows and the\n"
     "entity tables are replaced; the text and its index are not touched.  Work\n"
     "is committed in batches: an interrupted run keeps what it committed and\n"
     "running it again finishes the rest.\n"
     "\n"
     "  --all       every stored dispatch, current or not\n"
     "  --jobs N    annotating threads (default: one per processor; 1: none)\n"
     "  --batch N   dispatches per transaction (default 2000)\n"
     "  --quiet     no progress bar and no summary\n"},
    {"search", cmd_search,
     "usage: veille search [--from DATE] [--to DATE] [--lang fr|en|und] [--limit N]\n"
     "                     [--offset N] [--mentions FROM..TO] [--entity NAME] [--json]\n"
     "                     [--explain] QUERY...\n"
     "\n"
     "Ranked (BM25) full-text search.  Words are matched by stem, without\n"
     "accents or case, and with French elision (l'OTAN = otan).  Function\n"
     "words (le, de, the, of...) are left out beside other words, except in\n"
     "a phrase (docs/query.md).  Syntax:\n"
     "  a b          both            a OR b       either\n"
     "  -a, NOT a    without a       \"a b\"        the exact phrase\n"
     "  pre*         prefix          ( ... )      grouping\n"
     "  title:word   in the title    zapad-2025   hyphenated words as a phrase\n"
     "Several QUERY arguments are joined with spaces.\n"
     "\n"
     "  --from DATE, --to DATE   publication dates, inclusive: YYYY-MM-DD, or\n"
     "                           YYYY-MM / YYYY from its first day or to its last\n"
     "  --lang L                 only documents in language L\n"
     "  --mentions FROM..TO      only documents that mention a time overlapping the\n"
     "                           period, whenever published; FROM, TO: YYYY-MM-DD,\n"
     "                           YYYY-MM or YYYY (one may be left out: 2025-09..);\n"
     "                           one period alone (2025-09) is FROM..TO.  Without\n"
     "                           QUERY: every such document, newest first\n"
     "  --entity NAME            only documents that mention the entity NAME (its\n"
     "                           canonical name or any alias, without case or\n"
     "                           accents; see 'veille help entity'); without QUERY:\n"
     "                           all of them, newest first\n"
     "  --limit N, --offset N    paging (default 10, 0)\n"
     "  --json                   JSON Lines: {\"rank\",\"id\",\"date\",\"lang\",\"title\",\"snippet\",\"score\"}\n"
     "  --explain                print the FTS5 expression the query becomes, and stop\n"},
    {"show", cmd_show,
     "usage: veille show [--json] ID\n"
     "\n"
     "Prints one stored dispatch: its metadata, text, time expressions (with\n"
     "the period each covers) and entity mentions, or with --json one JSON object\n"
     "whose \"timexes\" are\n"
     "[{\"text\",\"type\",\"value\",\"mod\"?,\"start\",\"end\",\"begin\"?,\"end_date\"?}]\n"
     "and \"entities\" [{\"text\",\"type\",\"start\",\"end\",\"entity\",\"name\"}] (entity: its\n"
     "id; name: its canonical name across dispatches).\n"},
    {"entities", cmd_entities,
     "usage: veille entities [--type PER|LOC|ORG|MISC] [--from DATE] [--to DATE]\n"
     "                       [--limit N] [--offset N] [--json]\n"
     "\n"
     "Lists the entities of the stored dispatches, most mentioned first: mentions,\n"
     "dispatches, type, canonical name, first and last dispatch dates.  With\n"
     "--from/--to, mentions and dispatches are counted over the dispatches\n"
     "published in that period (first/last seen stay overall).\n"
     "\n"
     "Ingest links each mention to an entity of earlier dispatches by, in order:\n"
     "its name or an alias (case, accents, punctuation ignored); the place-name\n"
     "table of Debian's iso-codes and GeoNames (Belarus = Bélarus = Biélorussie);\n"
     "a transliteration key for people and places (Loukachenko = Lukashenko);\n"
     "for a one-word person's name, a surname (Rutte = Mark Rutte).  The last\n"
     "three link only when exactly one entity fits.\n"
     "\n"
     "  --type T          only entities of type T\n"
     "  --from, --to      dispatch dates, inclusive: YYYY-MM-DD, or YYYY-MM /\n"
     "                    YYYY from its first day or to its last\n"
     "  --limit N         at most N (default 20), --offset N skips N\n"
     "  --json            JSON Lines: {\"id\",\"name\",\"type\",\"mentions\",\"docs\",\n"
     "                    \"first_seen\",\"last_seen\"}\n"},
    {"entity", cmd_entity,
     "usage: veille entity [--limit N] [--json] NAME...\n"
     "\n"
     "Shows the entity called NAME (several words are one name; case and accents\n"
     "ignored): an entity of that name, else one with that alias, else one that\n"
     "the place-name table, the transliteration key or a surname links to it; the\n"
     "most mentioned when several fit.  Prints its aliases with their counts,\n"
     "mentions by month, the entities that share most dispatches with it, and\n"
     "its newest dispatches (--limit, default 20; all of them: 'veille search\n"
     "--entity NAME').  No such entity: exit status 1.\n"
     "\n"
     "  --json   one object: {\"id\",\"name\",\"type\",\"mentions\",\"docs\",\"first_seen\",\n"
     "           \"last_seen\",\"aliases\":[{\"name\",\"count\"}],\n"
     "           \"months\":[{\"month\",\"mentions\",\"docs\"}],\n"
     "           \"related\":[{\"id\",\"name\",\"type\",\"shared\"}],\n"
     "           \"dispatches\":[{\"id\",\"date\",\"title\",\"mentions\"}]}\n"},
    {"quotes", cmd_quotes,
     "usage: veille quotes [--speaker NAME] [--from DATE] [--to DATE] [--limit N]\n"
     "                     [--offset N] [--json] [QUERY...]\n"
     "\n"
     "The quotations of the stored dispatches with their speakers, the most\n"
     "recent dispatches first: direct quotations (« … », “…”, \"…\") and indirect\n"
     "speech (X a déclaré que …, X said that …).  QUERY (search syntax) is\n"
     "matched against the words of the quotation.\n"
     "\n"
     "  --speaker NAME           the speaker's name or canonical name contains NAME\n"
     "  --from DATE, --to DATE   publication dates, inclusive: YYYY-MM-DD, or\n"
     "                           YYYY-MM / YYYY from its first day or to its last\n"
     "  --limit N, --offset N    paging (default 20, 0)\n"
     "  --json                   JSON Lines: {\"id\",\"date\",\"text\",\"speaker\",\n"
     "                           \"speaker_canonical\",\"verb\",\"direct\",\"start\",\"end\",\n"
     "                           \"speaker_start\",\"speaker_end\"}\n"},
    {"stats", cmd_stats,
     "usage: veille stats [--json]\n"
     "\n"
     "Documents, languages, date range, text and database size, and the\n"
     "dispatches whose annotations are stale (made by other models or rules than\n"
     "this veille's) or missing (ingest --no-extract): see 'veille reannotate'.\n"},
    {"optimize", cmd_optimize,
     "usage: veille optimize\n"
     "\n"
     "Merges the full-text index into one segment (FTS5 'optimize'), so that\n"
     "queries read one posting list per term.  Worth it after a large ingest;\n"
     "it rewrites the whole index.\n"},
    {"annotate", cmd_annotate,
     "usage: veille annotate [--json] [--default-lang fr|en] FILE...\n"
     "\n"
     "Prints the analysis of each document read from FILE (any ingest format;\n"
     "- for standard input), as one JSON object per document: indented, or one\n"
     "per line with --json.  Nothing is stored.  Fields: id, date, lang, title?,\n"
     "source?, url?, text, extra?, timexes, entities, quotes; offsets are Unicode\n"
     "code points into text.  \"quotes\": [{\"text\",\"speaker\",\"speaker_canonical\",\n"
     "\"verb\",\"direct\",\"start\",\"end\",\"speaker_start\",\"speaker_end\"}].\n"
     "--default-lang: as for ingest.\n"},
    {"analyze", cmd_analyze,
     "usage: veille analyze [--lang fr|en|und] [--mode index|query|surface] TEXT...\n"
     "\n"
     "Prints the terms the analyser makes of TEXT, one per line with its byte\n"
     "offsets: what the index holds (index), or what a query looks for (query).\n"
     "Without --lang the language is identified.\n"},
    {"timex", cmd_timex,
     "usage: veille timex --date YYYY-MM-DD [--lang fr|en|und] [--timeml] [FILE|-]\n"
     "\n"
     "Finds the time expressions of a raw text (FILE, or standard input) and\n"
     "resolves them against the reference date --date (TimeML TIMEX3: type\n"
     "DATE, TIME, DURATION or SET; value; mod).  Prints one JSON object\n"
     "{\"date\",\"lang\",\"timexes\":[{\"text\",\"type\",\"value\",\"mod\"?,\"start\",\"end\"}]}\n"
     "with Unicode code-point offsets, or with --timeml a TimeML document.\n"
     "Without --lang the language is identified.  See docs/timex.md.\n"},
    {"serve", cmd_serve,
     "usage: veille serve [--bind ADDR] [--port N] [--token T] [--cors ORIGIN]\n"
     "                    [--threads N] [--time-limit MS] [--cache-mb N]\n"
     "\n"
     "Serves the database over HTTP: a JSON API (docs/api.md) and the web page.\n"
     "Prints the address, then runs until SIGINT (Ctrl-C) or SIGTERM.\n"
     "\n"
     "  --bind ADDR        IPv4 or IPv6 address to listen on (default 127.0.0.1)\n"
     "  --port N           port (default 8080; 0: any free port)\n"
     "  --token T          allows POST /api/ingest with 'Authorization: Bearer T'\n"
     "                     (default: $VEILLE_TOKEN; without one, writes are refused)\n"
     "  --cors ORIGIN      sends Access-Control-Allow-Origin: ORIGIN (default: none)\n"
     "  --threads N        search threads, and as many network threads (default:\n"
     "                     the number of CPUs)\n"
     "  --time-limit MS    time limit of one query (a search, a listing), 503\n"
     "                     past it (default 2000)\n"
     "  --cache-mb N       memory for answers of /api/search (compressed), kept\n"
     "                     until the database changes (default 64; 0: none); a\n"
     "                     search also keeps the other page of its pair (1-2, 3-4)\n"},
    {"events", cmd_events,
     "usage: veille events [--actor NAME] [--code CODE] [--from DATE] [--to DATE]\n"
     "                     [--limit N] [--offset N] [--json]\n"
     "\n"
     "Lists the stored events (actor, action, target, place, date), each taken\n"
     "from one clause of a dispatch, in the order of the dates they refer to.\n"
     "CODE is a CAMEO root code: 01 make statement, 02 appeal, 03 express intent\n"
     "to cooperate, 04 consult, 05 diplomatic cooperation, 06 material\n"
     "cooperation, 07 provide aid, 08 yield, 09 investigate, 10 demand, 11\n"
     "disapprove, 12 reject, 13 threaten, 14 protest, 15 exhibit force posture,\n"
     "16 reduce relations, 17 coerce, 18 assault, 19 fight, 20 mass violence.\n"
     "\n"
     "  --actor NAME           the actor contains NAME (case and accents ignored)\n"
     "  --from DATE, --to DATE the date the event refers to (YYYY, YYYY-MM or\n"
     "                         YYYY-MM-DD); an event without one counts at its\n"
     "                         dispatch date (marked '(dispatch date)')\n"
     "  --limit N, --offset N  paging (default 50, 0)\n"
     "  --json                 JSON Lines: {\"id\",\"doc_date\",\"actor\",\"action\",\"code\",\"class\",\n"
     "                         \"target\"?,\"place\"?,\"date\"?,\"begin\"?,\"end_date\"?,\"text\",\"start\",\"end\"}\n"},
    {"timeline", cmd_timeline,
     "usage: veille timeline [--entity NAME] [--from DATE] [--to DATE] [--limit N] [--json] [QUERY]\n"
     "\n"
     "A chronology: stored events with a date and dated facts (time expressions\n"
     "with a calendar value, shown with their sentence), ordered by the date\n"
     "they refer to, not the publication date; each with its dispatch id and\n"
     "evidence offsets (code points).  QUERY (search syntax) restricts the\n"
     "dispatches.  --entity NAME keeps events whose actor or target contains\n"
     "NAME or a name of the stored entity it designates (its canonical name\n"
     "and aliases: Loukachenko finds Lukashenko), and facts whose sentence\n"
     "does (case and accents ignored).  --json: JSON Lines {\"kind\":\"event\"|\"fact\",\"begin\",\"end_date\",\n"
     "\"value\",\"id\",\"doc_date\",\"text\",\"start\",\"end\",\"event\"?}.\n"},
    {"eval", cmd_eval,
     "usage: veille eval KIND PATH...\n"
     "\n"
     "Scores veille's extraction against gold corpora and prints the standard\n"
     "scores of the field.  'veille eval' alone lists the kinds.\n"
     "'veille eval timex [--lang fr|en] [--errors] PATH' reads TimeML (the DCT is\n"
     "the TIMEX3 with functionInDocument=\"CREATION_TIME\"), tags the raw text and\n"
     "prints the TempEval-3 scores: strict and relaxed extent P/R/F1, type and\n"
     "value accuracy, value F1, overall and per type; --errors lists the missed,\n"
     "spurious and differing expressions.  Without --lang, each file's language is\n"
     "identified.\n"
     "'veille eval events [--errors] PATH' reads an events gold set\n"
     "(tests/data/events-gold): precision and recall per CAMEO root code and\n"
     "overall; --errors lists the spurious and missed events.\n"
     "'veille eval quotes [--errors] PATH' reads aads-french, polnear-en and quotes\n"
     ".gold files (a corpus file or folder, or the folder holding them; French\n"
     "news: tests/data/quotes-gold): span P/R/F1 exact and\n"
     "at 0.8 and 0.3 overlap, speaker accuracy, the extractor's MB/s.  PolNeAR\n"
     "rows: quotations (the quoted stretches of each Content, whole or partial),\n"
     "direct Contents, Contents holding a mark, all attributions.\n"
     "'veille eval ner [--model M] [--lang L] [--errors] PATH' reads CoNLL, HIPE or\n"
     "BRAT gold: conlleval scores; --errors first lists each missed entity (with\n"
     "what was found over it) and each spurious one, tab-separated, in context.\n"
     "Without --model: ner-LANG.model in $VEILLE_MODELS (default models/), LANG\n"
     "from --lang, else identified on the corpus's first 4 KB of text.\n"
     "'veille eval merge [--tagged | --model M [--lang L]] [--errors] PATH' reads\n"
     "entity-linking gold (HIPE TSV's NEL-LIT column, BRAT Reference\n"
     "normalisations), merges the gold mentions into entities as ingest does\n"
     "(within each document, then across documents in a store in memory) and\n"
     "prints B-cubed and pairwise P/R/F1 across and within documents, beside two\n"
     "baselines (same string; canonical name).  End to end, --tagged merges the\n"
     "mentions that the models of $VEILLE_MODELS (default models/) tag in each\n"
     "document's language, --model M those of M; a gold mention is scored\n"
     "through the tagged one of exactly its span.  --errors first lists each\n"
     "gold entity veille split and each entity that joins several.\n"},
    {"train", cmd_train,
     "usage: veille train ner --lang fr|en [--trainer perceptron|crf] [--epochs N] [--seed S]\n"
     "                        [--orders N] [--c2 X] [--max-iter N] [--hash-bits B]\n"
     "                        [--gazetteers DIR] [--clusters FILE] CORPUS... [--other CORPUS]...\n"
     "                        -o MODEL\n"
     "       veille train clusters --lang fr|en [--words N] [--contexts N] [--iterations N]\n"
     "                             [--tokens FILE] [--vectors FILE] TEXT... [-o FILE]\n"
     "\n"
     "Trains an entity tagger (PER/LOC/ORG/MISC; an averaged perceptron, or a\n"
     "linear-chain CRF with --trainer crf: same features, same model file) on gold\n"
     "corpora and writes the model file.  CORPUS is a file or a folder of BRAT\n"
     "standoff (.txt + .ann), HIPE TSV, or CoNLL columns (token ... tag, IOB1,\n"
     "IOB2 or IOBES); the format is detected per file.  --gazetteers DIR reads\n"
     "the name lists of 'make gazetteers' (DIR/country.txt, place.txt, ...) as\n"
     "features and embeds them in the model; --clusters FILE likewise the word\n"
     "clusters of 'veille train clusters', which learns them from raw text\n"
     "(paragraphs separated by blank lines): the N most frequent words (24000)\n"
     "split by bisecting 2-means over their neighbours among the N most\n"
     "frequent (600), at most --iterations 2-means iterations a split (5),\n"
     "written as 'PATH<TAB>word<TAB>count' lines.  --tokens FILE writes the\n"
     "text's words for a word-vector program (fastText: a sentence a line);\n"
     "--vectors FILE splits the same N words by the vectors it learned from them\n"
     "(word2vec's text format, fastText's .vec) instead of by their neighbours.\n"
     "--clusters is repeatable (at most 3): each clustering's prefixes are\n"
     "features of their own.\n"
     "A corpus given with --other is of another domain than the text to tag\n"
     "(encyclopedia, old newspapers): its tokens also get features of their\n"
     "own that absorb its conventions, so that they do not skew the model.\n"
     "\n"
     "  --lang L        the language of the model (fr or en)\n"
     "  --trainer T     perceptron (default) or crf: the CRF maximises the\n"
     "                  likelihood of the gold labels with L2 regularisation by\n"
     "                  L-BFGS, in two stages (sentences, then with the document\n"
     "                  pass); slower to train, independent of the sentence order\n"
     "  --epochs N      perceptron: passes over the data (default 10)\n"
     "  --c2 X          crf: the L2 coefficient (default 3)\n"
     "  --max-iter N    crf: most L-BFGS iterations of each stage (default 100)\n"
     "  --hash-bits B   weight table of 2^B rows (default 18: a 4.5 MB model)\n"
     "  --seed S        perceptron: the order the sentences are shuffled in\n"
     "                  (default 0, the fixed order: the same corpora give the\n"
     "                  same model byte for byte); another seed, another order\n"
     "                  and a slightly different model, to tell a change's\n"
     "                  effect from noise\n"
     "  --orders N      perceptron: trains N models in the orders of seeds S,\n"
     "                  S+1, ... and writes the mean of their weights, one\n"
     "                  model as fast that owes less to any one order\n"
     "                  (default 1; make models uses 4)\n"
     "  --other CORPUS  a corpus of another domain (repeatable)\n"
     "  -o MODEL        the model file to write\n"},
};

static const struct command *find_command(const char *name) {
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, name) == 0) return &commands[i];
    return NULL;
}

static int help(const char *topic) {
    if (!topic) {
        fputs(usage_main, stdout);
        return EXIT_OK;
    }
    const struct command *c = find_command(topic);
    if (!c) {
        cli_fail("no command '%s'; see 'veille --help'", topic);
        return EXIT_USAGE;
    }
    fputs(c->usage, stdout);
    return EXIT_OK;
}

int main(int argc, char **argv) {
    cli_env env = {.db_path = getenv("VEILLE_DB"), .prog = argv[0]};
    if (!env.db_path || !*env.db_path) env.db_path = "veille.db";
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--db") == 0) {
            if (i + 1 >= argc) {
                cli_fail("--db needs a FILE");
                return EXIT_USAGE;
            }
            env.db_path = argv[++i];
        } else if (strncmp(a, "--db=", 5) == 0) {
            env.db_path = a + 5;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            return help(NULL);
        } else if (strcmp(a, "--version") == 0) {
            printf("veille %s\n", VL_VERSION);
            return EXIT_OK;
        } else {
            cli_fail("unknown option '%s'; see 'veille --help'", a);
            return EXIT_USAGE;
        }
    }
    if (i >= argc) {
        fputs(usage_main, stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[i];
    if (strcmp(name, "help") == 0) return help(i + 1 < argc ? argv[i + 1] : NULL);
    const struct command *c = find_command(name);
    if (!c) {
        cli_fail("no command '%s'; see 'veille --help'", name);
        return EXIT_USAGE;
    }
    for (int k = i + 1; k < argc; k++) {
        if (strcmp(argv[k], "--") == 0) break;
        if (strcmp(argv[k], "-h") == 0 || strcmp(argv[k], "--help") == 0) return help(name);
    }
    return c->run(&env, argc - i, argv + i);
}
