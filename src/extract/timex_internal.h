/*
 * timex_internal.h -- what the three parts of the time-expression tagger
 * share: word classes, the shape of the rule tables (timex_rules.c), the
 * tokens and matches of the engine (timex.c) and the fields the resolver
 * (timex_resolve.c) turns into TIMEX3 values.  Not public API.
 */
#ifndef VL_EXTRACT_TIMEX_INTERNAL_H
#define VL_EXTRACT_TIMEX_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "extract/timex.h"

/* Word classes.  A token has a bit set of them (a word may be both an
 * ordinal and a unit: "second"); a pattern element names the classes it
 * accepts, and the class it matched with is the role the token plays. */
enum tx_class {
    TC_LIT = 0,   /* a word that some pattern names literally */
    TC_MONTH,     /* value 1..12 */
    TC_DOW,       /* weekday, 1 (Monday) .. 7 */
    TC_DOWS,      /* plural weekday (lundis, Mondays), for sets */
    TC_DAY,       /* day of month: 1..31 in digits, 1er, 1st, premier */
    TC_YEAR,      /* four-digit year 1000..2999 */
    TC_YEAR2,     /* two-digit number that may be a year (octobre 98) */
    TC_NUM,       /* a cardinal: digits, or number words merged; in the lexicon, a
                   * negative value is an approximate count (dizaine: about 10) */
    TC_NUMW,      /* a number word before merging (value) */
    TC_ORD,       /* ordinal: 1..99 */
    TC_UNIT,      /* singular unit (value: enum tx_unit) */
    TC_UNITS,     /* plural unit */
    TC_REL,       /* hier, tomorrow: value = day offset + 100 * part of day */
    TC_PAST,      /* dernier, last, previous */
    TC_NEXT,      /* prochain, next, coming */
    TC_THIS,      /* ce, cette, this, current */
    TC_POD,       /* part of day (enum tx_pod) */
    TC_SEASON,    /* enum tx_season */
    TC_MOD,       /* début, fin, mi, early, late: enum tx_mod */
    TC_QUANT,     /* environ, plus de, about: enum tx_mod */
    TC_HOUR,      /* 0..24 in digits */
    TC_MIN,       /* 0..59 in digits */
    TC_CLOCK,     /* 14h30, 2:30 (token values hour, minute) */
    TC_AMPM,      /* am / pm: 0 or 12 */
    TC_ISO,       /* 2025-09-15 or 15/09/2025 (token values y, m, d) */
    TC_VAGUE,     /* quelques, plusieurs, several, few */
    TC_REF,       /* maintenant, recently: enum tx_ref */
    TC_DECADE,    /* 1990s, '90s (token value: the decade's first year) */
    TC_CENT,      /* XXe (value: century number) */
    TC_SETW,      /* chaque, every, each */
    TC_SETADJ,    /* quotidien, daily: value = unit */
    TC_HOLIDAY,   /* Noël: value = month * 100 + day (101..1231), 5000 + days after
                   * Easter, or 2000 + month * 100 + nth * 10 + weekday (Thanksgiving) */
    TC_YEARCUE,   /* words after which a bare four-digit number is a year */
    TC_TPAST,     /* tense markers: auxiliaries and verbs of the past */
    TC_TFUT,      /* ... and of the future */
    TC_TAUX,      /* est, sont: past when a participle follows */
    TC_TNONE,     /* words the tense suffix rules must leave alone */
    TC_CLAUSE,    /* qui, que, which, when: a new clause starts (tense scan) */
    TC_COORD,     /* et, mais, and, but: a new clause when a verb follows */
    TC_BE,        /* be, been, being: the participle after them has no tense */
    TC_ANAPH,     /* lendemain, following, suivant: counted from the text's last date */
    TC_CLITIC,    /* il, ne, he, not: may stand between a coordinator and its verb */
    TC_ABBR,      /* an abbreviation that takes its following dot (sept.) */
    TC_NEEDCAP,   /* a month name only when capitalised (May, March) */
    TC_DET,       /* its, a, the: before a set adjective, it qualifies a thing */
    TC_MODN,      /* end, start: a modifier noun that is also a verb ("talks end March 6") */
    TC_PREP,      /* by, until: before a bare modifier noun, it is the noun ("by end March") */
    TC_PERSON,    /* a noun of a person: "de 34 ans" after it is an age ("l'informaticien de 34 ans") */
    /* Vocabulary the engine's checks test (not named by any pattern): */
    TC_NOPERSON,  /* pendant, avant: person-noun endings, but no person */
    TC_TITLE,     /* mr, gen, mme: the dot after it ends no sentence */
    TC_ZONE,      /* gmt, est, hrs: a time zone after a 24-hour clock (1600 GMT) */
    TC_ELISION,   /* l, qu, jusqu: a word that elides before an apostrophe (l'an) */
    TC_ADV,       /* pas, deja, il: may stand between avoir and its participle */
    TC_PPIRR,     /* ouvert, fait, pris: irregular past participles */
    TC_ANNOUNCED, /* organise, prevu: participles of acts announced, not told done */
    TC_NOUNE,     /* annee, societe: nouns shaped as participles in -ee */
    TC_PREDET,    /* la, cette, nouvelle: before a word in -ee, it makes it a noun */
    TC_SAY,       /* said, indique: verbs of attribution */
    TC_LINK,      /* au, et, to, -: between the two ends of a range of days */
    TC_TPREP,     /* a, vers, des: French prepositions before a clock time */
    TC_QTY,       /* mln, pct, dlrs: after a number, a quantity (no year) */
    TC_CLOCKOPEN, /* entre, de: before "N heures", the first end of a range of clock times */
    TC_REPORT,    /* results, earnings, résultats: a quarter beside it is one reported on */
    TC_CTX,       /* words some context test reads (mostly English): value, CTX_* flags */
    TC_COUNT
};

/* The value of a TC_CTX word: what the context tests of timex.c make of it
 * (a word may have several). */
enum {
    CTX_NOTVERB = 1,   /* after "to", no infinitive: "to this", "to date", "to more" */
    CTX_TOPREP = 2,    /* "to" after it completes it, no infinitive: "up to", "according to" */
    CTX_NOTRATE = 4,   /* after "a|an UNIT", the unit is a span of its own: "a year ago", "a year of" */
    CTX_NOPLAN = 8,    /* a clause holding it is no plan's ("to resume service after being shut Wednesday") */
    CTX_NOPLANFAR = 16, /* the same, unless right before the expression ("to be announced after July 1") */
    CTX_YEARNEXT = 32, /* "June of the following year": one year on */
    CTX_YEARPREV = 64, /* "June of the previous year": one year back */
    CTX_NOPART = 128,  /* ends in -ing but opens no participle clause: ", according to", ", pending" */
    CTX_SPAN = 256,    /* after "a|une second(e)", no noun: the unit is a span ("a second later", "une seconde de plus") */
    CTX_DEFER = 512,   /* a verb of putting off: the weekday it moves an event to is to come ("postponed to Tuesday") */
    CTX_URGE = 1024,   /* a verb of request: what it asks "to" do lies after it ("urged residents to stay in on Saturday") */
    CTX_NUMBERED = 2048, /* a numbered text or thing: the four digits after it are its number ("Resolution 2736") */
    CTX_HABIT = 4096     /* an adverb of habit: a month or season alone in its sentence is of every year ("usually") */
};

enum tx_unit { U_NONE, U_YEAR, U_MONTH, U_WEEK, U_DAY, U_HOUR, U_MINUTE, U_SECOND,
               U_DECADE, U_CENTURY, U_QUARTER, U_SEMESTER, U_WEEKEND };
enum tx_pod { POD_NONE, POD_MO, POD_AF, POD_EV, POD_NI, POD_MI, POD_DT };
enum tx_season { SEASON_NONE, SEASON_SP, SEASON_SU, SEASON_FA, SEASON_WI };
enum tx_mod { MOD_NONE, MOD_START, MOD_MID, MOD_END, MOD_APPROX, MOD_MORE_THAN,
              MOD_LESS_THAN, MOD_EQUAL_OR_MORE, MOD_EQUAL_OR_LESS };
enum tx_ref { REF_NONE, REF_PRESENT, REF_PAST, REF_FUTURE };
enum tx_tense { TENSE_NONE = 0, TENSE_PAST = -1, TENSE_FUTURE = 1 };

/* Languages as bits of a mask. */
enum { TXL_FR = 1, TXL_EN = 2, TXL_ALL = 3 };

/* One lexicon entry: `word` in folded form (ASCII lower case, accents
 * removed, ’ written '), in the languages `lang`, of class `cls`. */
typedef struct tx_lex {
    const char *word;
    uint8_t lang;
    uint8_t cls;
    int16_t value;
} tx_lex;

/* How a match is resolved (timex_resolve.c). */
enum tx_kind {
    K_NONE,      /* not a time expression, and no part of one: ages (87 ans) */
    K_PREFIX,    /* not a time expression: a modifier or determiner before one */
    K_DATE,      /* calendar fields: year, month, day, weekday, season, quarter, time */
    K_REL,       /* unit shifted by an offset from the reference: la semaine dernière */
    K_AGO,       /* il y a trois ans, two days ago */
    K_LATER,     /* dans deux semaines, in two weeks (a date when the clause is future) */
    K_DUR,       /* trois jours, for six weeks */
    K_SET,       /* chaque lundi, tous les quatre ans, daily */
    K_REF,       /* maintenant, recently: PRESENT_REF, PAST_REF, FUTURE_REF */
    K_PLREF,     /* ces dernières semaines, the coming months */
    K_DECADE,    /* les années 1990, the 1990s */
    K_CENTURY,   /* le XXe siècle, the 20th century */
    K_TIME,      /* clock times */
    K_QREF,      /* the quarter, the year-ago quarter: the quarter a business
                  * report is about (the last one the text named, else the
                  * last one ended before the reference), shifted by param */
    K_YAGO       /* year-earlier, year-ago (adjectives): a year before */
};

/* Rule flags. */
enum {
    RF_BAREYEAR = 1, /* a bare year: needs a cue word before or punctuation after */
    RF_TIME_TYPE = 2, /* the TIMEX3 type is TIME even without a clock time */
    RF_AFTERMOD = 4,  /* only right after a modifier prefix: (la fin de) l'année */
    RF_NEEDFUT = 8,   /* K_LATER: a date only in a future clause, else a duration */
    RF_Y2 = 16,       /* a two-digit year: only before punctuation or the end */
    RF_DETDUR = 32,   /* a determiner prefix only before durations and counted periods */
    RF_ANAPH = 64,    /* counted from the text's last date (la soirée, the evening) */
    RF_OPENS = 128,   /* only at the start of a sentence */
    RF_NODET = 256,   /* not after a determiner (TC_DET): "its quarterly dividend" */
    RF_BAREMOD = 512, /* a bare modifier: a TC_MODN word only after a TC_PREP
                       * word or joined by a hyphen (by end March, end-March) */
    RF_CAP = 1024,    /* the first word capitalised: "Good Friday", not "a good Friday" */
    RF_PREP = 2048,   /* only after a French preposition of time (à, vers, dès...): "à 7h30
                       * le dimanche", where "l'émission 19h le dimanche" is a name */
    RF_POINT = 4096,  /* a prefix only before a point in time, never a duration: "vers
                       * 16 heures" is about four o'clock, not about sixteen hours */
    RF_RATE = 8192,   /* only after a count, a price or a quantity (rate_context):
                       * "$21 an hour", "eight meetings a year" are sets */
    RF_COMPOUND = 16384, /* counts of units in decreasing order, one duration
                          * (compound_duration): "two hours 40 minutes" */
    RF_FIRSTQ = 32768    /* K_QREF: the quarter the text first reported on (its
                          * lead's), not the last one it named: "au troisième
                          * trimestre ... après un recul au deuxième trimestre
                          * ... Le trimestre a été solide" */
};

/* One rule: a pattern over tokens, in a small language (see timex_rules.c):
 * space-separated elements; an element is alternatives joined by '|', each
 * a CLASS name (upper case) or a literal folded word (lower case); '?' after
 * an element makes it optional; '_' before it makes it context (matched but
 * outside the expression's extent, only at either end). */
typedef struct tx_rule {
    uint8_t lang;
    uint8_t kind;
    int16_t param; /* K_PREFIX: the mod it gives; K_REF: enum tx_ref; K_DUR: the count (-2 vague);
                    * K_AGO, K_LATER: the count when the pattern has none ("the year before") */
    uint16_t flags;
    const char *pattern;
} tx_rule;

typedef struct tx_tense_suffix {
    const char *suffix;
    uint8_t lang;
    uint8_t min_len;
    int8_t tense;
    /* 1 for the imperfect: in a clause of reported speech ("a ajouté qu'il
     * comptait sur le sommet de l'été") it is the present of the report,
     * and marks no tense */
    uint8_t reported;
} tx_tense_suffix;

extern const tx_lex vl_timex_lexicon[];
extern const size_t vl_timex_lexicon_len;
extern const tx_rule vl_timex_rules[];
extern const size_t vl_timex_rules_len;
extern const tx_tense_suffix vl_timex_tense_suffixes[];
extern const size_t vl_timex_tense_suffixes_len;

/* Word endings with their languages: of person nouns (a word of a person
 * before "de" + years makes them an age), and of ordinals glued to digits
 * (1er, 21st, XXe). */
typedef struct tx_suffix {
    const char *suffix;
    uint8_t lang;
} tx_suffix;
extern const tx_suffix vl_timex_person_suffixes[];
extern const size_t vl_timex_person_suffixes_len;
extern const tx_suffix vl_timex_ord_suffixes[];
extern const size_t vl_timex_ord_suffixes_len;

/* The fields a match gathers, by the role of each token; -1 when absent. */
typedef struct tx_fields {
    int year, month, day, dow, dows, hour, minute, ampm, pod, season;
    int quarter, semester, decade, century, holiday;
    int n;        /* a count; -2 for a vague count (quelques) */
    int unit;
    int dir;      /* -1 past, +1 next, 0 this; -9 when absent */
    int reldays;  /* day offset of hier/demain; -99 when absent */
    int mod, quant, ref, ord, setw, setadj;
    int tense;    /* enum tx_tense of the clause */
    int tense_adj; /* 1 when the verb marking it stands right before the expression */
    int season_near; /* 1: a season a weather word qualifies, with no tense the nearest ("a wet spring") */
    int anchor_y, anchor_m, anchor_d; /* a date given earlier in the sentence, or -1 */
    /* the day (vl_timex_days) the text last named that fell on this
     * weekday, or -1: a weekday with no tense is that day again */
    int dow_seen;
    /* 1 when the count or unit carries a half: "2 1/2 years", "five and a
     * half hours", "a minute and a half" */
    int half;
    /* a decimal count of seconds: its fraction and the fraction's digits
     * ("57.40 seconds": 40, 2); fdig 0 otherwise */
    int frac, fdig;
    /* the direction of a year named relatively around a quarter or half
     * ("this year's third quarter", "the fourth quarter of last year"):
     * -1, 0, +1; -9 when absent */
    int ydir;
    /* the second end of a range or pair of weekdays ("du samedi au
     * dimanche", "Friday and Saturday"): the day of the first end, after
     * which this weekday falls; -1 otherwise */
    int after_day;
} tx_fields;

/* A count of hours and minutes (a clock-shaped duration, "1h44") into o:
 * DURATION PT1H44M, PT3H or PT45M. */
void vl_timex_put_hours(int hours, int minutes, vl_timex *o);

/* Resolves fields gathered by a rule of `kind` against the reference date
 * into out->type/value/mod.  Returns 0 when the fields make no time
 * expression (an impossible date: 31 février). */
int vl_timex_resolve(int kind, int rule_flags, const tx_fields *f, int ref_y, int ref_m, int ref_d,
                     vl_timex *out);

/* "START", "APPROX"...; "" for MOD_NONE. */
const char *vl_timex_mod_name(int mod);

/* Calendar helpers (timex_resolve.c). */
int64_t vl_timex_days(int y, int m, int d);
void vl_timex_civil(int64_t days, int *y, int *m, int *d);
int vl_timex_clock_hour(const tx_fields *f);
int vl_timex_month_days(int y, int m);

#endif
