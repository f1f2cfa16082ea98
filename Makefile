# Makefile -- builds libveille (lib/libveille.a), the program (bin/veille),
# the SQLite extension (lib/veille_fts.so), the tests, fuzzers and benchmarks.
#
#   make            library, program and extension
#   make test       unit and integration tests (cmocka)
#   make SAN=1 test the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make fuzz       libFuzzer targets (clang) in build/fuzz
#   make bench      the benchmarks of bench/ (see bench/README.md)
#   make deps       installs the Debian packages veille needs (as root)
#   make demo       ingests the example dispatches and searches them
#   make e2e        the web page's end-to-end tests in headless Chromium

CC ?= cc
PKGS := sqlite3 libutf8proc jansson zlib libzstd libxxhash libmicrohttpd
DEPS_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# liblbfgs (Debian's liblbfgs-dev, Okazaki's L-BFGS, the one CRFsuite uses)
# ships no pkg-config file: the CRF trainer of src/ner/train_crf.c.
DEPS_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -llbfgs -lstemmer -lm -pthread
TEST_CFLAGS := $(shell pkg-config --cflags cmocka 2>/dev/null)
TEST_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null)

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla
CFLAGS ?= -O2 -g
ALL_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -fPIC $(WARN) \
              -Iinclude -Isrc $(DEPS_CFLAGS) $(CFLAGS)

ifeq ($(SAN),1)
OUT := build/san
BINDIR := $(OUT)/bin
LIBDIR := $(OUT)/lib
ALL_CFLAGS += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDSAN := -fsanitize=address,undefined
else
OUT := build/release
BINDIR := bin
LIBDIR := lib
LDSAN :=
endif
# A build in a folder of its own (make CC=clang OUT=build/clang) keeps its
# program and library there too, rather than linking over the default
# build's bin/veille and lib/libveille.a.
ifeq ($(origin OUT),command line)
BINDIR := $(OUT)/bin
LIBDIR := $(OUT)/lib
endif

# Every folder of src/ is a module of the library, but the command line and
# the extension, which sit on top of it.
LIB_SRC := $(sort $(filter-out src/cli/% src/ext/%,$(wildcard src/*/*.c)))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
EXT_SRC := $(sort $(wildcard src/ext/*.c))
# The extension carries the analyser and the tokenizer glue, nothing that
# calls SQLite directly: it reaches SQLite through the loader's API table.
EXT_LIB_SRC := $(sort $(wildcard src/base/*.c src/text/*.c)) src/store/fts_tokenizer.c

LIB_OBJ := $(LIB_SRC:%.c=$(OUT)/obj/%.o)
# The web page, generated into C at build time (see "web page" below).
WEB_GEN := build/gen/web_assets.c
LIB_OBJ += $(OUT)/obj/$(WEB_GEN:.c=.o)
CLI_OBJ := $(CLI_SRC:%.c=$(OUT)/obj/%.o)
EXT_OBJ := $(EXT_SRC:%.c=$(OUT)/obj/%.o) $(EXT_LIB_SRC:%.c=$(OUT)/obj/%.o)

# The name table that links French and English spellings of one entity
# across dispatches, generated from Debian's iso-codes, libgeonames-common
# and Apertium's bilingual dictionaries at build time
# (scripts/entity-links.py, src/ner/links.c).
GEN_LINKS := build/gen/entity_links.c
LIB_OBJ += $(GEN_LINKS:%.c=$(OUT)/obj/%.o)

TEST_HARNESS := tests/harness.c
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
INTEG_SRC := $(sort $(wildcard tests/integration/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(OUT)/tests/%)
INTEG_BIN := $(INTEG_SRC:tests/integration/%.c=$(OUT)/tests/%)

LIB := $(LIBDIR)/libveille.a
EXT := $(LIBDIR)/veille_fts.so
PROG := $(BINDIR)/veille

.PHONY: all test unit integration fuzz fuzz-run bench deps demo clean FORCE

all: $(LIB) $(PROG) $(EXT)

$(OUT)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(GEN_LINKS): scripts/entity-links.py scripts/lttoolbox.py
	@mkdir -p $(dir $@)
	python3 scripts/entity-links.py > $@.tmp && mv $@.tmp $@

$(PROG): $(CLI_OBJ) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(LDSAN) -o $@ $(CLI_OBJ) $(LIB) $(DEPS_LIBS)

$(EXT): $(EXT_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(LDSAN) -shared -o $@ $^ $(shell pkg-config --libs libutf8proc) -lstemmer -lm

$(OUT)/tests/%: tests/unit/%.c $(TEST_HARNESS) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -Itests -o $@ $< $(TEST_HARNESS) $(LIB) $(LDSAN) $(DEPS_LIBS) $(TEST_LIBS)

$(OUT)/tests/%: tests/integration/%.c $(TEST_HARNESS) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -Itests -o $@ $< $(TEST_HARNESS) $(LIB) $(LDSAN) $(DEPS_LIBS) $(TEST_LIBS)

# The extension is loaded by the sqlite3 shell, which has no sanitizer
# runtime: the tests load the plain build of it, even under SAN=1.
TEST_EXT := lib/veille_fts.so
TEST_ENV = VEILLE_BIN=$(abspath $(PROG)) VEILLE_EXT=$(abspath $(TEST_EXT)) VEILLE_SRC=$(CURDIR)

ifeq ($(SAN),1)
$(TEST_EXT): FORCE
	$(MAKE) --no-print-directory SAN= $(TEST_EXT)
endif
FORCE:

# Each test binary prints cmocka's summary; tests/run.sh adds up all of them
# into the closing line "N passed, N failed".
test: all $(TEST_EXT) $(UNIT_BIN) $(INTEG_BIN)
	@$(TEST_ENV) sh tests/run.sh $(UNIT_BIN) $(INTEG_BIN) tests/scripts/test_orgs_mine.sh

unit: all $(UNIT_BIN)
	@$(TEST_ENV) sh tests/run.sh $(UNIT_BIN)

integration: all $(TEST_EXT) $(INTEG_BIN)
	@$(TEST_ENV) sh tests/run.sh $(INTEG_BIN)

# libFuzzer targets: built with clang, sanitizers on.
FUZZ_CC ?= clang
FUZZ_OUT := build/fuzz
FUZZ_FLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 -Wall -Wextra -Werror -Iinclude -Isrc $(DEPS_CFLAGS) \
              -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))
FUZZ_BIN := $(FUZZ_SRC:fuzz/%.c=$(FUZZ_OUT)/%)
FUZZ_LIB_OBJ := $(LIB_SRC:%.c=$(FUZZ_OUT)/obj/%.o) $(GEN_LINKS:%.c=$(FUZZ_OUT)/obj/%.o) $(FUZZ_OUT)/obj/$(WEB_GEN:.c=.o)

# -MMD: a merge that changes a header rebuilds the objects that include it
# (stale objects with old struct layouts gave false crashes).
$(FUZZ_OUT)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) -MMD -MP -c $< -o $@

-include $(FUZZ_LIB_OBJ:.o=.d)

$(FUZZ_OUT)/fuzz_%: fuzz/fuzz_%.c $(FUZZ_LIB_OBJ)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_LIB_OBJ) $(DEPS_LIBS)

# The fuzzers' objects are kept between builds (not intermediate files).
.SECONDARY: $(FUZZ_LIB_OBJ)

fuzz: $(FUZZ_BIN)

# A short run of every target (FUZZ_SECONDS each), seeded from fuzz/corpus.
FUZZ_SECONDS ?= 30
fuzz-run: fuzz
	@for f in $(FUZZ_BIN); do n=$$(basename $$f); mkdir -p build/fuzz/corpus/$$n; \
	  echo "fuzzing $$n for $(FUZZ_SECONDS)s"; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -print_final_stats=1 \
	      build/fuzz/corpus/$$n fuzz/corpus/$$n 2>build/fuzz/$$n.log \
	    || { tail -50 build/fuzz/$$n.log; exit 1; }; \
	  grep -E 'stat::number_of_executed_units' build/fuzz/$$n.log; done

bench: all
	sh bench/run.sh

deps:
	sh scripts/install-deps.sh

# The web page (web/, docs in web/README.md) is embedded in the program:
# tools/embed_assets writes $(WEB_GEN) from the files web/assets.list
# names, the page's own and the libraries web/package-lock.json pins. Those
# are fetched from the npm registry by `npm ci` into web/node_modules when
# it is missing or older than the lock file (make deps does it too); with
# web/node_modules in place the build needs no network. Without npm, make
# stops and says to run make deps.
WEB_SRC := web/assets.list web/index.html $(wildcard web/static/*.css web/static/js/*.js)
WEB_NPM := web/node_modules/.package-lock.json
EMBED := build/tools/embed_assets

$(EMBED): tools/embed_assets.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) -O2 -o $@ $<

$(WEB_NPM): web/package.json web/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "make: npm is needed once to fetch the web page's libraries into web/node_modules: run 'make deps' (as root)" >&2; exit 1; }
	cd web && npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

$(WEB_GEN): $(EMBED) $(WEB_SRC) $(WEB_NPM)
	@mkdir -p $(dir $@)
	$(EMBED) web/assets.list $@

# End-to-end tests of the page in headless Chromium (tests/e2e/README.md).
.PHONY: e2e
e2e: all
	sh tests/e2e/run.sh

demo: all
	sh scripts/demo.sh

# The entity models (models/README.md), trained on all the gold of CORPORA.
# models-eval scores the recipe on data it did not see: the French one
# retrained without winer-fr's last eight months (build/ner-fr-heldout.model)
# and scored on them; the English one on CoNLL testa, never trained on.
.PHONY: models models-eval
CORPORA ?= ../shared/corpora
# winer-fr is news, the domain we tag; wikineural-fr (encyclopedia) and
# europeana-bnf-fr (old newspapers) are --other domains, whose own feature
# copies absorb their conventions; hipe2022-fr (historical OCR) is left
# out: it cost F1 on news either way (models/README.md).
NER_FR_OTHER := --other $(CORPORA)/wikineural-fr --other $(CORPORA)/europeana-bnf-fr/enp_FR.bnf.bio
NER_FR_TRAIN := $(CORPORA)/winer-fr $(NER_FR_OTHER)
NER_FR_SPLIT := $(CORPORA)/winer-fr/2016 $(foreach m,01 02 03 04,$(CORPORA)/winer-fr/2017/$(m)) $(NER_FR_OTHER)
NER_FR_HELDOUT := $(foreach m,05 06 07 08 09 10 11 12,$(CORPORA)/winer-fr/2017/$(m))
# The English gold (CoNLL files): the recipe learns from train.conllu,
# whose token text joins Reuters-21578 in the raw text of the English
# clusters, and is scored on val.conllu (eng.testa; make models-eval).  The
# committed model then learns from both (NER_EN_FINAL), as the French one
# learns from all of winer-fr: more gold, once the recipe is chosen.
NER_EN_TRAIN := $(CORPORA)/conll2003-en/train.conllu
NER_EN_DEV := $(CORPORA)/conll2003-en/val.conllu
NER_EN_FINAL := $(NER_EN_TRAIN) $(NER_EN_DEV)
# Our own golds of invented modern dispatches (tests/data/ner-gold*, BRAT,
# written by the project) are gold news of today's vocabulary, which
# neither CoNLL's 1996 Reuters nor winer-fr's 2016-17 has: both models
# and both held-out recipes learn from them, once (models/README.md,
# "Our own golds").  A new gold stays out of this list until it has
# judged the models blind; list it here only after its first scoring.
# Each model is the mean of NER_ORDERS perceptrons that learn the same
# sentences in as many shuffle orders (train ner --orders): one order's
# model owes a tenth of the names it finds to its order (models/README.md,
# "Several orders").
NER_ORDERS := 4
NER_GOLDS := ner-gold ner-gold2 ner-gold3 ner-gold4 ner-gold5 ner-gold6 ner-gold7 ner-gold8 ner-gold9 ner-gold10 ner-gold11 ner-gold12 ner-gold13 ner-gold14 ner-gold15 ner-gold16 ner-gold17
NER_GOLD_FR := $(foreach g,$(NER_GOLDS),tests/data/$(g)/fr)
NER_GOLD_EN := $(foreach g,$(NER_GOLDS),tests/data/$(g)/en)
# The gazetteers are extracted from Debian's packages (make deps installs
# them), never copied into the repository: scripts/gazetteers.py.  The
# English model reads GAZ_EN: GAZ's lists with English names added (and
# org.txt), which the French model never sees.
GAZ := build/gazetteers
GAZ_EN := build/gazetteers-en
.PHONY: gazetteers
gazetteers: $(GAZ)/country.txt $(GAZ_EN)/org.txt
$(GAZ)/country.txt $(GAZ_EN)/org.txt &: scripts/gazetteers.py scripts/lttoolbox.py
	python3 scripts/gazetteers.py $(GAZ) $(GAZ_EN)
# Word clusters learned by veille from the raw news corpora (orangesum-fr,
# reuters21578-en), their text extracted by scripts/raw-text.py; English
# adds the token text of its gold (NER_EN_TRAIN; never the scored testa)
# and PolNeAR's articles (polnear-en train and dev, US news of 2015-16:
# modern words, +0.8 F1 on the modern golds; models/README.md).
CLU := build/clusters
.PHONY: clusters
clusters: $(CLU)/fr.clusters $(CLU)/en.clusters $(CLU)/fr-sg.clusters $(CLU)/en-sg.clusters
$(CLU)/fr.txt: scripts/raw-text.py
	@mkdir -p $(CLU)
	python3 scripts/raw-text.py orangesum $(CORPORA)/orangesum-fr/orangesum-fr.jsonl.xz > $@.tmp && mv $@.tmp $@
$(CLU)/en.txt: scripts/raw-text.py $(NER_EN_TRAIN)
	@mkdir -p $(CLU)
	python3 scripts/raw-text.py reuters $(CORPORA)/reuters21578-en/reut2-*.sgm.xz > $@.tmp
	python3 scripts/raw-text.py conll $(NER_EN_TRAIN) >> $@.tmp
	python3 scripts/raw-text.py text $(CORPORA)/polnear-en/train/text/*.txt $(CORPORA)/polnear-en/dev/text/*.txt >> $@.tmp
	mv $@.tmp $@
$(CLU)/fr.clusters $(CLU)/en.clusters: $(CLU)/%.clusters: $(CLU)/%.txt | $(PROG)
	$(PROG) train clusters --lang $* $< -o $@
# A second clustering of the same words: their skip-gram vectors (Debian's
# fasttext; make deps installs it) learned from the same text as veille
# tokenises it (--tokens), split by the same bisecting 2-means (--vectors).
# A window of 2 words (fastText's default, 5, did no better than noise:
# models/README.md); one thread, so that the vectors, and the model, come
# out the same from the same text.  The tagger gets the prefixes of both
# paths, each in a feature namespace of its own (--clusters twice).
$(CLU)/%.tok: $(CLU)/%.txt | $(PROG)
	$(PROG) train clusters --lang $* $< --tokens $@
$(CLU)/fr-sg.clusters $(CLU)/en-sg.clusters: $(CLU)/%-sg.clusters: $(CLU)/%.tok $(CLU)/%.txt | $(PROG)
	fasttext skipgram -input $< -output $(CLU)/$*-sg -dim 100 -ws 2 -epoch 5 -minCount 3 -minn 0 -maxn 0 \
	    -thread 1 -seed 0 -verbose 0
	$(PROG) train clusters --lang $* $(CLU)/$*.txt --vectors $(CLU)/$*-sg.vec -o $@
	rm -f $(CLU)/$*-sg.bin
# An organisation list mined from the same raw French text by cue patterns
# ("la société X", "le quotidien X", "... (CGT)"; scripts/orgs-mine.py,
# never a gold label).  Tried as the French gazetteer's org.txt and not
# kept: it lowered the tuning splits (models/README.md, "An organisation
# list mined from raw news").  `make orgs` rebuilds it apart, in
# build/orgs-fr (the gazetteers beside it), for a next try; no model reads it.
ORGS := build/orgs-fr
.PHONY: orgs
orgs: $(ORGS)/org.txt
$(ORGS)/org.txt: scripts/orgs-mine.py $(CLU)/fr.txt $(GAZ)/country.txt
	@mkdir -p $(ORGS)
	cp $(GAZ)/*.txt $(ORGS)/
	python3 scripts/orgs-mine.py --min 3 --cap 0.5 --gaz $(GAZ) $(CLU)/fr.txt > $@.tmp && mv $@.tmp $@
CLU_FR := --clusters $(CLU)/fr.clusters --clusters $(CLU)/fr-sg.clusters
CLU_EN := --clusters $(CLU)/en.clusters --clusters $(CLU)/en-sg.clusters
models: $(PROG) $(GAZ)/country.txt $(GAZ_EN)/org.txt $(CLU)/fr.clusters $(CLU)/en.clusters $(CLU)/fr-sg.clusters $(CLU)/en-sg.clusters
	$(PROG) train ner --lang fr --orders $(NER_ORDERS) --gazetteers $(GAZ) $(CLU_FR) $(NER_FR_TRAIN) $(NER_GOLD_FR) -o models/ner-fr.model
	$(PROG) train ner --lang en --orders $(NER_ORDERS) --gazetteers $(GAZ_EN) $(CLU_EN) \
	    $(NER_EN_FINAL) $(NER_GOLD_EN) -o models/ner-en.model
models-eval: $(PROG) $(GAZ)/country.txt $(GAZ_EN)/org.txt $(CLU)/fr.clusters $(CLU)/en.clusters $(CLU)/fr-sg.clusters $(CLU)/en-sg.clusters
	$(PROG) train ner --lang fr --orders $(NER_ORDERS) --gazetteers $(GAZ) $(CLU_FR) $(NER_FR_SPLIT) $(NER_GOLD_FR) -o build/ner-fr-heldout.model
	$(PROG) eval ner --model build/ner-fr-heldout.model $(NER_FR_HELDOUT)
	$(PROG) train ner --lang en --orders $(NER_ORDERS) --gazetteers $(GAZ_EN) $(CLU_EN) \
	    $(NER_EN_TRAIN) $(NER_GOLD_EN) -o build/ner-en-heldout.model
	$(PROG) eval ner --model build/ner-en-heldout.model $(NER_EN_DEV)

clean:
	rm -rf build bin lib

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(EXT_OBJ:.o=.d)
