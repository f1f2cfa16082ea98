/*
 * timex_rules.c -- the rule base of the time-expression tagger, as data.
 *
 * Three tables, each entry marked with the languages it serves (FR, EN or
 * both), so that adding a language means adding rows:
 *
 *   lexicon    folded words (lower case, no accents, ’ as ') with their
 *              class and value: month and weekday names, number words,
 *              ordinals, units, parts of day, seasons, modifiers, deictic
 *              words, set words, holidays, tense markers, and the literal
 *              words the patterns name (added automatically);
 *   rules      patterns over word classes (see tx_rule in timex_internal.h
 *              for the pattern language) with the kind of resolution;
 *              K_PREFIX rules are modifiers and determiners that may stand
 *              before any other match and extend it;
 *   suffixes   verb endings that mark a past or future clause (the tense
 *              rule of docs/timex.md), beside the auxiliaries of the lexicon.
 *
 * Digit tokens get their classes from their shape in timex.c (a day is
 * 1..31, a year four digits 1000..2999, 14h30 a clock time...).
 */
#include "extract/timex_internal.h"

#define FR TXL_FR
#define EN TXL_EN
#define ALL TXL_ALL

const tx_lex vl_timex_lexicon[] = {
    /* months */
    {"janvier", FR, TC_MONTH, 1}, {"fevrier", FR, TC_MONTH, 2}, {"mars", FR, TC_MONTH, 3},
    {"avril", FR, TC_MONTH, 4}, {"mai", FR, TC_MONTH, 5}, {"juin", FR, TC_MONTH, 6},
    {"juillet", FR, TC_MONTH, 7}, {"aout", FR, TC_MONTH, 8}, {"septembre", FR, TC_MONTH, 9},
    {"octobre", FR, TC_MONTH, 10}, {"novembre", FR, TC_MONTH, 11}, {"decembre", FR, TC_MONTH, 12},
    {"janv", FR, TC_MONTH, 1}, {"fevr", FR, TC_MONTH, 2}, {"fev", FR, TC_MONTH, 2},
    {"avr", FR, TC_MONTH, 4}, {"juil", FR, TC_MONTH, 7}, {"sept", FR, TC_ABBR, 0},
    {"oct", ALL, TC_MONTH, 10}, {"nov", ALL, TC_MONTH, 11}, {"dec", ALL, TC_MONTH, 12},
    {"janv", FR, TC_ABBR, 0}, {"fevr", FR, TC_ABBR, 0}, {"fev", FR, TC_ABBR, 0},
    {"avr", FR, TC_ABBR, 0}, {"juil", FR, TC_ABBR, 0}, {"oct", ALL, TC_ABBR, 0},
    {"nov", ALL, TC_ABBR, 0}, {"dec", ALL, TC_ABBR, 0},
    {"january", EN, TC_MONTH, 1}, {"february", EN, TC_MONTH, 2}, {"march", EN, TC_MONTH, 3},
    {"april", EN, TC_MONTH, 4}, {"may", EN, TC_MONTH, 5}, {"june", EN, TC_MONTH, 6},
    {"july", EN, TC_MONTH, 7}, {"august", EN, TC_MONTH, 8}, {"september", EN, TC_MONTH, 9},
    {"october", EN, TC_MONTH, 10}, {"november", EN, TC_MONTH, 11}, {"december", EN, TC_MONTH, 12},
    {"jan", EN, TC_MONTH, 1}, {"feb", EN, TC_MONTH, 2}, {"mar", EN, TC_MONTH, 3},
    {"apr", EN, TC_MONTH, 4}, {"jun", EN, TC_MONTH, 6}, {"jul", EN, TC_MONTH, 7},
    {"aug", EN, TC_MONTH, 8}, {"sep", EN, TC_MONTH, 9}, {"sept", ALL, TC_MONTH, 9},
    {"jan", EN, TC_ABBR, 0}, {"feb", EN, TC_ABBR, 0}, {"mar", EN, TC_ABBR, 0},
    {"apr", EN, TC_ABBR, 0}, {"jun", EN, TC_ABBR, 0}, {"jul", EN, TC_ABBR, 0},
    {"aug", EN, TC_ABBR, 0}, {"sep", EN, TC_ABBR, 0}, {"sept", EN, TC_ABBR, 0},
    /* weekdays */
    {"lundi", FR, TC_DOW, 1}, {"mardi", FR, TC_DOW, 2}, {"mercredi", FR, TC_DOW, 3},
    {"jeudi", FR, TC_DOW, 4}, {"vendredi", FR, TC_DOW, 5}, {"samedi", FR, TC_DOW, 6},
    {"dimanche", FR, TC_DOW, 7},
    {"lundis", FR, TC_DOWS, 1}, {"mardis", FR, TC_DOWS, 2}, {"mercredis", FR, TC_DOWS, 3},
    {"jeudis", FR, TC_DOWS, 4}, {"vendredis", FR, TC_DOWS, 5}, {"samedis", FR, TC_DOWS, 6},
    {"dimanches", FR, TC_DOWS, 7},
    {"monday", EN, TC_DOW, 1}, {"tuesday", EN, TC_DOW, 2}, {"wednesday", EN, TC_DOW, 3},
    {"thursday", EN, TC_DOW, 4}, {"friday", EN, TC_DOW, 5}, {"saturday", EN, TC_DOW, 6},
    {"sunday", EN, TC_DOW, 7},
    {"mondays", EN, TC_DOWS, 1}, {"tuesdays", EN, TC_DOWS, 2}, {"wednesdays", EN, TC_DOWS, 3},
    {"thursdays", EN, TC_DOWS, 4}, {"fridays", EN, TC_DOWS, 5}, {"saturdays", EN, TC_DOWS, 6},
    {"sundays", EN, TC_DOWS, 7},
    /* number words (merged into one TC_NUM token by the engine) */
    {"un", FR, TC_NUMW, 1}, {"une", FR, TC_NUMW, 1}, {"deux", FR, TC_NUMW, 2},
    {"trois", FR, TC_NUMW, 3}, {"quatre", FR, TC_NUMW, 4}, {"cinq", FR, TC_NUMW, 5},
    {"six", FR, TC_NUMW, 6}, {"sept", FR, TC_NUMW, 7}, {"huit", FR, TC_NUMW, 8},
    {"neuf", FR, TC_NUMW, 9}, {"dix", FR, TC_NUMW, 10}, {"onze", FR, TC_NUMW, 11},
    {"douze", FR, TC_NUMW, 12}, {"treize", FR, TC_NUMW, 13}, {"quatorze", FR, TC_NUMW, 14},
    {"quinze", FR, TC_NUMW, 15}, {"seize", FR, TC_NUMW, 16}, {"vingt", FR, TC_NUMW, 20},
    {"vingts", FR, TC_NUMW, 20}, {"trente", FR, TC_NUMW, 30}, {"quarante", FR, TC_NUMW, 40},
    {"cinquante", FR, TC_NUMW, 50}, {"soixante", FR, TC_NUMW, 60}, {"cent", FR, TC_NUMW, 100},
    {"cents", FR, TC_NUMW, 100}, {"mille", FR, TC_NUMW, 1000},
    {"one", EN, TC_NUMW, 1}, {"two", EN, TC_NUMW, 2}, {"three", EN, TC_NUMW, 3},
    {"four", EN, TC_NUMW, 4}, {"five", EN, TC_NUMW, 5}, {"six", EN, TC_NUMW, 6},
    {"seven", EN, TC_NUMW, 7}, {"eight", EN, TC_NUMW, 8}, {"nine", EN, TC_NUMW, 9},
    {"ten", EN, TC_NUMW, 10}, {"eleven", EN, TC_NUMW, 11}, {"twelve", EN, TC_NUMW, 12},
    {"thirteen", EN, TC_NUMW, 13}, {"fourteen", EN, TC_NUMW, 14}, {"fifteen", EN, TC_NUMW, 15},
    {"sixteen", EN, TC_NUMW, 16}, {"seventeen", EN, TC_NUMW, 17}, {"eighteen", EN, TC_NUMW, 18},
    {"nineteen", EN, TC_NUMW, 19}, {"twenty", EN, TC_NUMW, 20}, {"thirty", EN, TC_NUMW, 30},
    {"forty", EN, TC_NUMW, 40}, {"fifty", EN, TC_NUMW, 50}, {"sixty", EN, TC_NUMW, 60},
    {"seventy", EN, TC_NUMW, 70}, {"eighty", EN, TC_NUMW, 80}, {"ninety", EN, TC_NUMW, 90},
    {"hundred", EN, TC_NUMW, 100}, {"thousand", EN, TC_NUMW, 1000},
    {"a", EN, TC_NUM, 1}, {"an", EN, TC_NUM, 1},
    /* ordinals (premier/first are also days of the month) */
    {"premier", FR, TC_ORD, 1}, {"premiere", FR, TC_ORD, 1}, {"premier", FR, TC_DAY, 1},
    {"deuxieme", FR, TC_ORD, 2}, {"second", FR, TC_ORD, 2}, {"seconde", FR, TC_ORD, 2},
    {"troisieme", FR, TC_ORD, 3}, {"quatrieme", FR, TC_ORD, 4}, {"cinquieme", FR, TC_ORD, 5},
    {"sixieme", FR, TC_ORD, 6}, {"septieme", FR, TC_ORD, 7}, {"huitieme", FR, TC_ORD, 8},
    {"neuvieme", FR, TC_ORD, 9}, {"dixieme", FR, TC_ORD, 10},
    {"first", EN, TC_ORD, 1}, {"second", EN, TC_ORD, 2}, {"third", EN, TC_ORD, 3},
    {"fourth", EN, TC_ORD, 4}, {"fifth", EN, TC_ORD, 5}, {"sixth", EN, TC_ORD, 6},
    {"seventh", EN, TC_ORD, 7}, {"eighth", EN, TC_ORD, 8}, {"ninth", EN, TC_ORD, 9},
    {"tenth", EN, TC_ORD, 10}, {"eleventh", EN, TC_ORD, 11}, {"twelfth", EN, TC_ORD, 12},
    {"twentieth", EN, TC_ORD, 20}, {"nineteenth", EN, TC_ORD, 19},
    {"xviiie", FR, TC_CENT, 18}, {"xixe", FR, TC_CENT, 19}, {"xxe", FR, TC_CENT, 20},
    {"xxie", FR, TC_CENT, 21}, {"xixeme", FR, TC_CENT, 19}, {"xxeme", FR, TC_CENT, 20},
    {"xxieme", FR, TC_CENT, 21},
    /* the earlier centuries in Roman numerals ("XIVe siècle", "IIIe
     * siècle", "Ier siècle"): a century only before siècle (K_CENTURY); not
     * "vie" (VIe), a word of its own */
    {"ier", FR, TC_CENT, 1}, {"iie", FR, TC_CENT, 2}, {"iieme", FR, TC_CENT, 2},
    {"iiie", FR, TC_CENT, 3}, {"iiieme", FR, TC_CENT, 3}, {"ive", FR, TC_CENT, 4}, {"iveme", FR, TC_CENT, 4},
    {"ve", FR, TC_CENT, 5}, {"veme", FR, TC_CENT, 5}, {"vieme", FR, TC_CENT, 6},
    {"viie", FR, TC_CENT, 7}, {"viieme", FR, TC_CENT, 7}, {"viiie", FR, TC_CENT, 8}, {"viiieme", FR, TC_CENT, 8},
    {"ixe", FR, TC_CENT, 9}, {"ixeme", FR, TC_CENT, 9}, {"xe", FR, TC_CENT, 10}, {"xeme", FR, TC_CENT, 10},
    {"xie", FR, TC_CENT, 11}, {"xieme", FR, TC_CENT, 11}, {"xiie", FR, TC_CENT, 12}, {"xiieme", FR, TC_CENT, 12},
    {"xiiie", FR, TC_CENT, 13}, {"xiiieme", FR, TC_CENT, 13}, {"xive", FR, TC_CENT, 14}, {"xiveme", FR, TC_CENT, 14},
    {"xve", FR, TC_CENT, 15}, {"xveme", FR, TC_CENT, 15}, {"xvie", FR, TC_CENT, 16}, {"xvieme", FR, TC_CENT, 16},
    {"xviie", FR, TC_CENT, 17}, {"xviieme", FR, TC_CENT, 17}, {"xviiieme", FR, TC_CENT, 18},
    /* units */
    {"an", FR, TC_UNIT, U_YEAR}, {"ans", FR, TC_UNITS, U_YEAR}, {"annee", FR, TC_UNIT, U_YEAR},
    {"annees", FR, TC_UNITS, U_YEAR}, {"mois", FR, TC_UNIT, U_MONTH}, {"mois", FR, TC_UNITS, U_MONTH},
    {"semaine", FR, TC_UNIT, U_WEEK}, {"semaines", FR, TC_UNITS, U_WEEK},
    {"jour", FR, TC_UNIT, U_DAY}, {"jours", FR, TC_UNITS, U_DAY}, {"journee", FR, TC_UNIT, U_DAY},
    {"journees", FR, TC_UNITS, U_DAY}, {"heure", FR, TC_UNIT, U_HOUR}, {"heures", FR, TC_UNITS, U_HOUR},
    {"minute", ALL, TC_UNIT, U_MINUTE}, {"minutes", ALL, TC_UNITS, U_MINUTE},
    {"seconde", FR, TC_UNIT, U_SECOND}, {"secondes", FR, TC_UNITS, U_SECOND},
    {"decennie", FR, TC_UNIT, U_DECADE}, {"decennies", FR, TC_UNITS, U_DECADE},
    {"siecle", FR, TC_UNIT, U_CENTURY}, {"siecles", FR, TC_UNITS, U_CENTURY},
    {"trimestre", FR, TC_UNIT, U_QUARTER}, {"trimestres", FR, TC_UNITS, U_QUARTER},
    {"semestre", FR, TC_UNIT, U_SEMESTER}, {"semestres", FR, TC_UNITS, U_SEMESTER},
    {"week-end", ALL, TC_UNIT, U_WEEKEND}, {"week-ends", ALL, TC_UNITS, U_WEEKEND},
    {"weekend", ALL, TC_UNIT, U_WEEKEND}, {"weekends", ALL, TC_UNITS, U_WEEKEND},
    {"year", EN, TC_UNIT, U_YEAR}, {"years", EN, TC_UNITS, U_YEAR},
    {"month", EN, TC_UNIT, U_MONTH}, {"months", EN, TC_UNITS, U_MONTH},
    {"week", EN, TC_UNIT, U_WEEK}, {"weeks", EN, TC_UNITS, U_WEEK},
    {"day", EN, TC_UNIT, U_DAY}, {"days", EN, TC_UNITS, U_DAY},
    {"hour", EN, TC_UNIT, U_HOUR}, {"hours", EN, TC_UNITS, U_HOUR},
    {"second", EN, TC_UNIT, U_SECOND}, {"seconds", EN, TC_UNITS, U_SECOND},
    {"decade", EN, TC_UNIT, U_DECADE}, {"decades", EN, TC_UNITS, U_DECADE},
    {"century", EN, TC_UNIT, U_CENTURY}, {"centuries", EN, TC_UNITS, U_CENTURY},
    {"quarter", EN, TC_UNIT, U_QUARTER}, {"quarters", EN, TC_UNITS, U_QUARTER},
    /* days relative to the reference: offset + 100 * part of day */
    {"hier", FR, TC_REL, -1}, {"aujourd'hui", FR, TC_REL, 0}, {"demain", FR, TC_REL, 1},
    {"avant-hier", FR, TC_REL, -2}, {"apres-demain", FR, TC_REL, 2}, {"lendemain", FR, TC_REL, 1},
    {"surlendemain", FR, TC_REL, 2},
    {"yesterday", EN, TC_REL, -1}, {"today", EN, TC_REL, 0}, {"tomorrow", EN, TC_REL, 1},
    {"tonight", EN, TC_REL, 100 * POD_NI},
    /* deictic words */
    {"dernier", FR, TC_PAST, -1}, {"derniere", FR, TC_PAST, -1}, {"derniers", FR, TC_PAST, -1},
    {"dernieres", FR, TC_PAST, -1}, {"passe", FR, TC_PAST, -1}, {"passee", FR, TC_PAST, -1},
    {"precedent", FR, TC_PAST, -1}, {"precedente", FR, TC_PAST, -1},
    {"prochain", FR, TC_NEXT, 1}, {"prochaine", FR, TC_NEXT, 1}, {"prochains", FR, TC_NEXT, 1},
    {"prochaines", FR, TC_NEXT, 1}, {"suivant", FR, TC_NEXT, 1}, {"suivante", FR, TC_NEXT, 1},
    {"ce", FR, TC_THIS, 0}, {"cet", FR, TC_THIS, 0}, {"cette", FR, TC_THIS, 0},
    {"last", EN, TC_PAST, -1}, {"previous", EN, TC_PAST, -1}, {"preceding", EN, TC_PAST, -1},
    {"prior", EN, TC_PAST, -1},
    {"next", EN, TC_NEXT, 1}, {"coming", EN, TC_NEXT, 1}, {"following", EN, TC_NEXT, 1},
    {"this", EN, TC_THIS, 0}, {"current", EN, TC_THIS, 0},
    /* parts of day */
    {"matin", FR, TC_POD, POD_MO}, {"matinee", FR, TC_POD, POD_MO}, {"apres-midi", FR, TC_POD, POD_AF},
    {"soir", FR, TC_POD, POD_EV}, {"soiree", FR, TC_POD, POD_EV}, {"nuit", FR, TC_POD, POD_NI},
    {"mi-journee", FR, TC_POD, POD_MI},
    {"morning", EN, TC_POD, POD_MO}, {"afternoon", EN, TC_POD, POD_AF},
    {"evening", EN, TC_POD, POD_EV}, {"night", EN, TC_POD, POD_NI}, {"overnight", EN, TC_POD, POD_NI},
    {"midday", EN, TC_POD, POD_MI},
    /* seasons */
    {"printemps", FR, TC_SEASON, SEASON_SP}, {"ete", FR, TC_SEASON, SEASON_SU},
    {"automne", FR, TC_SEASON, SEASON_FA}, {"hiver", FR, TC_SEASON, SEASON_WI},
    /* plurals, for sets ("tous les hivers"; "étés" folds as the verb
     * "êtes": named only by the set rules, gather reads it) */
    {"automnes", FR, TC_SEASON, SEASON_FA}, {"hivers", FR, TC_SEASON, SEASON_WI},
    {"spring", EN, TC_SEASON, SEASON_SP}, {"summer", EN, TC_SEASON, SEASON_SU},
    {"autumn", EN, TC_SEASON, SEASON_FA}, {"winter", EN, TC_SEASON, SEASON_WI},
    /* modifiers of a period, and of a quantity */
    {"debut", FR, TC_MOD, MOD_START}, {"fin", FR, TC_MOD, MOD_END}, {"mi", FR, TC_MOD, MOD_MID},
    {"milieu", FR, TC_MOD, MOD_MID},
    {"early", EN, TC_MOD, MOD_START}, {"late", EN, TC_MOD, MOD_END}, {"mid", EN, TC_MOD, MOD_MID},
    {"beginning", EN, TC_MOD, MOD_START}, {"start", EN, TC_MOD, MOD_START}, {"end", EN, TC_MOD, MOD_END},
    {"middle", EN, TC_MOD, MOD_MID},
    /* modifier nouns that are also verbs: "Talks end March 6", "Classes
     * start Monday", "Beginning Monday, stores will close" name the day,
     * not its end or start; bare, they modify only after a preposition
     * ("by end March") or joined by a hyphen ("end-March") */
    {"end", EN, TC_MODN, 0}, {"start", EN, TC_MODN, 0}, {"beginning", EN, TC_MODN, 0},
    {"by", EN, TC_PREP, 0}, {"at", EN, TC_PREP, 0}, {"until", EN, TC_PREP, 0},
    {"till", EN, TC_PREP, 0}, {"before", EN, TC_PREP, 0}, {"after", EN, TC_PREP, 0},
    {"from", EN, TC_PREP, 0}, {"since", EN, TC_PREP, 0}, {"through", EN, TC_PREP, 0},
    {"toward", EN, TC_PREP, 0}, {"towards", EN, TC_PREP, 0}, {"around", EN, TC_PREP, 0},
    {"environ", FR, TC_QUANT, MOD_APPROX}, {"quelque", FR, TC_QUANT, MOD_APPROX},
    /* collective numerals, a count and its approximation at once: "une
     * dizaine de jours" is about ten days (a negative count is an
     * approximate one: gather() in timex.c) */
    {"dizaine", FR, TC_NUM, -10}, {"douzaine", FR, TC_NUM, -12}, {"quinzaine", FR, TC_NUM, -15},
    {"vingtaine", FR, TC_NUM, -20}, {"trentaine", FR, TC_NUM, -30}, {"quarantaine", FR, TC_NUM, -40},
    {"cinquantaine", FR, TC_NUM, -50}, {"soixantaine", FR, TC_NUM, -60}, {"centaine", FR, TC_NUM, -100},
    {"about", EN, TC_QUANT, MOD_APPROX}, {"around", EN, TC_QUANT, MOD_APPROX},
    {"nearly", EN, TC_QUANT, MOD_APPROX}, {"almost", EN, TC_QUANT, MOD_APPROX},
    {"approximately", EN, TC_QUANT, MOD_APPROX}, {"roughly", EN, TC_QUANT, MOD_APPROX},
    /* vague counts */
    {"quelques", FR, TC_VAGUE, 0}, {"plusieurs", FR, TC_VAGUE, 0}, {"nombreuses", FR, TC_VAGUE, 0},
    {"nombreux", FR, TC_VAGUE, 0},
    {"several", EN, TC_VAGUE, 0}, {"few", EN, TC_VAGUE, 0}, {"many", EN, TC_VAGUE, 0},
    {"some", EN, TC_VAGUE, 0},
    /* references without a calendar value */
    {"maintenant", FR, TC_REF, REF_PRESENT}, {"actuellement", FR, TC_REF, REF_PRESENT},
    {"desormais", FR, TC_REF, REF_PRESENT}, {"dorenavant", FR, TC_REF, REF_PRESENT},
    {"recemment", FR, TC_REF, REF_PAST}, {"autrefois", FR, TC_REF, REF_PAST},
    {"jadis", FR, TC_REF, REF_PAST}, {"auparavant", FR, TC_REF, REF_PAST},
    {"naguere", FR, TC_REF, REF_PAST}, {"bientot", FR, TC_REF, REF_FUTURE},
    {"prochainement", FR, TC_REF, REF_FUTURE}, {"avenir", FR, TC_REF, REF_FUTURE},
    /* ("previously", "formerly" are left out: mostly "previously announced",
     * "formerly known as", which place nothing in time) */
    {"now", EN, TC_REF, REF_PRESENT}, {"currently", EN, TC_REF, REF_PRESENT},
    {"nowadays", EN, TC_REF, REF_PRESENT}, {"recently", EN, TC_REF, REF_PAST},
    {"lately", EN, TC_REF, REF_PAST}, {"soon", EN, TC_REF, REF_FUTURE},
    /* decades in words */
    {"sixties", EN, TC_DECADE, 1960}, {"seventies", EN, TC_DECADE, 1970},
    {"eighties", EN, TC_DECADE, 1980}, {"nineties", EN, TC_DECADE, 1990},
    /* sets */
    {"chaque", FR, TC_SETW, 0}, {"every", EN, TC_SETW, 0}, {"each", EN, TC_SETW, 0},
{"quotidienne", FR, TC_SETADJ, U_DAY},
    {"quotidiennement", FR, TC_SETADJ, U_DAY}, {"hebdomadaire", FR, TC_SETADJ, U_WEEK},
    {"mensuel", FR, TC_SETADJ, U_MONTH}, {"mensuelle", FR, TC_SETADJ, U_MONTH},
    {"annuel", FR, TC_SETADJ, U_YEAR}, {"annuelle", FR, TC_SETADJ, U_YEAR},
    {"annuellement", FR, TC_SETADJ, U_YEAR},
    {"daily", EN, TC_SETADJ, U_DAY}, {"weekly", EN, TC_SETADJ, U_WEEK},
    {"monthly", EN, TC_SETADJ, U_MONTH}, {"annually", EN, TC_SETADJ, U_YEAR},
    {"yearly", EN, TC_SETADJ, U_YEAR}, {"quarterly", EN, TC_SETADJ, U_QUARTER},
    {"hourly", EN, TC_SETADJ, U_HOUR},
    /* holidays: month * 100 + day, 5000 + days after Easter Sunday, or
     * 2000 + month * 100 + nth * 10 + weekday (the fourth Thursday of November) */
    {"noel", FR, TC_HOLIDAY, 1225}, {"toussaint", FR, TC_HOLIDAY, 1101},
    {"saint-sylvestre", FR, TC_HOLIDAY, 1231}, {"saint-valentin", FR, TC_HOLIDAY, 214},
    {"paques", FR, TC_HOLIDAY, 5000}, {"pentecote", FR, TC_HOLIDAY, 5049},
    {"christmas", EN, TC_HOLIDAY, 1225}, {"easter", EN, TC_HOLIDAY, 5000},
    {"halloween", EN, TC_HOLIDAY, 1031}, {"thanksgiving", EN, TC_HOLIDAY, 3144},
    /* "a couple of years": two */
    {"couple", EN, TC_NUM, 2},
    /* English words that are months only when capitalised (may, march) */
    {"may", EN, TC_NEEDCAP, 0}, {"march", EN, TC_NEEDCAP, 0}, {"mar", EN, TC_NEEDCAP, 0},
    {"jan", EN, TC_NEEDCAP, 0}, {"sun", EN, TC_NEEDCAP, 0},
    /* am / pm (a.m. and p.m. are folded to these by the tokenizer) */
    {"am", EN, TC_AMPM, 0}, {"pm", EN, TC_AMPM, 12},
    /* words after which a bare four-digit number is a year */
    {"en", FR, TC_YEARCUE, 0}, {"depuis", FR, TC_YEARCUE, 0}, {"de", FR, TC_YEARCUE, 0},
    {"jusqu'en", FR, TC_YEARCUE, 0}, {"pour", FR, TC_YEARCUE, 0}, {"avant", FR, TC_YEARCUE, 0},
    {"apres", FR, TC_YEARCUE, 0}, {"pendant", FR, TC_YEARCUE, 0}, {"durant", FR, TC_YEARCUE, 0},
    {"entre", FR, TC_YEARCUE, 0}, {"et", FR, TC_YEARCUE, 0}, {"a", FR, TC_YEARCUE, 0},
    {"au", FR, TC_YEARCUE, 0}, {"des", FR, TC_YEARCUE, 0}, {"vers", FR, TC_YEARCUE, 0},
    {"d'ici", FR, TC_YEARCUE, 0}, {"ou", FR, TC_YEARCUE, 0},
    /* "le budget 2028": a year as the modifier of a budget */
    {"budget", FR, TC_YEARCUE, 0},
    {"in", EN, TC_YEARCUE, 0}, {"since", EN, TC_YEARCUE, 0}, {"of", EN, TC_YEARCUE, 0},
    {"until", EN, TC_YEARCUE, 0}, {"by", EN, TC_YEARCUE, 0}, {"from", EN, TC_YEARCUE, 0},
    {"to", EN, TC_YEARCUE, 0}, {"for", EN, TC_YEARCUE, 0}, {"before", EN, TC_YEARCUE, 0},
    {"after", EN, TC_YEARCUE, 0}, {"during", EN, TC_YEARCUE, 0}, {"between", EN, TC_YEARCUE, 0},
    {"and", EN, TC_YEARCUE, 0}, {"the", EN, TC_YEARCUE, 0}, {"through", EN, TC_YEARCUE, 0},
    {"or", EN, TC_YEARCUE, 0}, {"fiscal", EN, TC_YEARCUE, 0},
    /* a determiner before a year used as an adjective: "a 1996 law", "his
     * 1990 earnings projection", "both 1990 and 1991" */
    {"a", EN, TC_YEARCUE, 0}, {"an", EN, TC_YEARCUE, 0}, {"his", EN, TC_YEARCUE, 0},
    {"her", EN, TC_YEARCUE, 0}, {"its", EN, TC_YEARCUE, 0}, {"their", EN, TC_YEARCUE, 0},
    {"our", EN, TC_YEARCUE, 0}, {"both", EN, TC_YEARCUE, 0},
    /* a demonstrative before a year used as an adjective ("that 1964
     * charter"), and a maturity ("notes due 1995"): news style writes a
     * count of a thousand or more with its comma (2,000 troops) */
    {"that", EN, TC_YEARCUE, 0}, {"this", EN, TC_YEARCUE, 0}, {"these", EN, TC_YEARCUE, 0},
    {"those", EN, TC_YEARCUE, 0}, {"due", EN, TC_YEARCUE, 0},
    /* determiners and the like: a set adjective after them is no set */
    {"its", EN, TC_DET, 0}, {"their", EN, TC_DET, 0}, {"his", EN, TC_DET, 0},
    {"her", EN, TC_DET, 0}, {"our", EN, TC_DET, 0}, {"a", EN, TC_DET, 0},
    {"an", EN, TC_DET, 0}, {"the", EN, TC_DET, 0}, {"first", EN, TC_DET, 0},
    {"initial", EN, TC_DET, 0}, {"regular", EN, TC_DET, 0}, {"latest", EN, TC_DET, 0},
    {"usual", EN, TC_DET, 0},
    {"son", FR, TC_DET, 0}, {"sa", FR, TC_DET, 0}, {"leur", FR, TC_DET, 0},
    {"notre", FR, TC_DET, 0}, {"un", FR, TC_DET, 0}, {"une", FR, TC_DET, 0},
    {"le", FR, TC_DET, 0}, {"la", FR, TC_DET, 0}, {"l'", FR, TC_DET, 0},
    {"du", FR, TC_DET, 0}, {"au", FR, TC_DET, 0}, {"premier", FR, TC_DET, 0},
    {"premiere", FR, TC_DET, 0},
    /* tense: auxiliaries and verbs that mark the clause */
    {"a", FR, TC_TPAST, 0}, {"ont", FR, TC_TPAST, 0}, {"avait", FR, TC_TPAST, 0},
    {"avaient", FR, TC_TPAST, 0}, {"avons", FR, TC_TPAST, 0}, {"avez", FR, TC_TPAST, 0},
    {"avais", FR, TC_TPAST, 0}, {"etais", FR, TC_TPAST, 0}, {"etions", FR, TC_TPAST, 0},
    {"eut", FR, TC_TPAST, 0}, {"eurent", FR, TC_TPAST, 0}, {"etait", FR, TC_TPAST, 0},
    {"etaient", FR, TC_TPAST, 0}, {"fut", FR, TC_TPAST, 0}, {"furent", FR, TC_TPAST, 0},
    {"est", FR, TC_TAUX, 0}, {"sont", FR, TC_TAUX, 0},
    {"sera", FR, TC_TFUT, 0}, {"seront", FR, TC_TFUT, 0}, {"aura", FR, TC_TFUT, 0},
    {"auront", FR, TC_TFUT, 0}, {"va", FR, TC_TFUT, 0}, {"vont", FR, TC_TFUT, 0},
    {"doit", FR, TC_TFUT, 0}, {"doivent", FR, TC_TFUT, 0}, {"devrait", FR, TC_TFUT, 0},
    {"devraient", FR, TC_TFUT, 0}, {"prevu", FR, TC_TFUT, 0}, {"prevue", FR, TC_TFUT, 0},
    {"prevus", FR, TC_TFUT, 0}, {"prevues", FR, TC_TFUT, 0},
    {"serons", FR, TC_TFUT, 0}, {"serez", FR, TC_TFUT, 0}, {"serai", FR, TC_TFUT, 0},
    {"aurons", FR, TC_TFUT, 0}, {"aurez", FR, TC_TFUT, 0}, {"aurai", FR, TC_TFUT, 0},
    {"ferai", FR, TC_TFUT, 0}, {"irons", FR, TC_TFUT, 0}, {"irez", FR, TC_TFUT, 0},
    {"was", EN, TC_TPAST, 0}, {"were", EN, TC_TPAST, 0}, {"had", EN, TC_TPAST, 0},
    {"did", EN, TC_TPAST, 0}, {"said", EN, TC_TPAST, 0}, {"told", EN, TC_TPAST, 0},
    {"went", EN, TC_TPAST, 0}, {"came", EN, TC_TPAST, 0}, {"took", EN, TC_TPAST, 0},
    {"made", EN, TC_TPAST, 0}, {"held", EN, TC_TPAST, 0}, {"began", EN, TC_TPAST, 0},
    {"met", EN, TC_TPAST, 0}, {"saw", EN, TC_TPAST, 0}, {"gave", EN, TC_TPAST, 0},
    {"left", EN, TC_TPAST, 0}, {"got", EN, TC_TPAST, 0}, {"found", EN, TC_TPAST, 0},
    {"won", EN, TC_TPAST, 0}, {"lost", EN, TC_TPAST, 0}, {"fell", EN, TC_TPAST, 0},
    {"rose", EN, TC_TPAST, 0}, {"sold", EN, TC_TPAST, 0}, {"paid", EN, TC_TPAST, 0},
    {"ago", EN, TC_TPAST, 0}, {"has", EN, TC_TPAST, 1}, {"have", EN, TC_TPAST, 1}, {"led", EN, TC_TPAST, 0}, {"fled", EN, TC_TPAST, 0},
    /* irregular simple pasts, which the -ed rule cannot see (forms that are
     * also presents or nouns, as put, cut, set, read, shot, the Fed, are
     * left out) */
    {"bought", EN, TC_TPAST, 0}, {"brought", EN, TC_TPAST, 0}, {"thought", EN, TC_TPAST, 0},
    {"sought", EN, TC_TPAST, 0}, {"caught", EN, TC_TPAST, 0}, {"taught", EN, TC_TPAST, 0},
    {"fought", EN, TC_TPAST, 0}, {"built", EN, TC_TPAST, 0}, {"sent", EN, TC_TPAST, 0},
    {"spent", EN, TC_TPAST, 0}, {"kept", EN, TC_TPAST, 0}, {"felt", EN, TC_TPAST, 0},
    {"meant", EN, TC_TPAST, 0}, {"dealt", EN, TC_TPAST, 0}, {"struck", EN, TC_TPAST, 0},
    {"stood", EN, TC_TPAST, 0}, {"became", EN, TC_TPAST, 0}, {"broke", EN, TC_TPAST, 0},
    {"chose", EN, TC_TPAST, 0}, {"drove", EN, TC_TPAST, 0}, {"flew", EN, TC_TPAST, 0},
    {"grew", EN, TC_TPAST, 0}, {"knew", EN, TC_TPAST, 0}, {"ran", EN, TC_TPAST, 0},
    {"spoke", EN, TC_TPAST, 0}, {"threw", EN, TC_TPAST, 0}, {"wrote", EN, TC_TPAST, 0},
    {"drew", EN, TC_TPAST, 0}, {"withdrew", EN, TC_TPAST, 0}, {"arose", EN, TC_TPAST, 0},
    {"stole", EN, TC_TPAST, 0}, {"swore", EN, TC_TPAST, 0},
    {"forgot", EN, TC_TPAST, 0}, {"overtook", EN, TC_TPAST, 0}, {"undertook", EN, TC_TPAST, 0},
    {"hung", EN, TC_TPAST, 0}, {"sank", EN, TC_TPAST, 0}, {"shook", EN, TC_TPAST, 0},
    {"slid", EN, TC_TPAST, 0}, {"stuck", EN, TC_TPAST, 0}, {"swept", EN, TC_TPAST, 0},
    {"wept", EN, TC_TPAST, 0}, {"ate", EN, TC_TPAST, 0},
    {"sat", EN, TC_TPAST, 0}, {"forbade", EN, TC_TPAST, 0}, {"rang", EN, TC_TPAST, 0},
    {"sped", EN, TC_TPAST, 0}, {"woke", EN, TC_TPAST, 0}, {"blew", EN, TC_TPAST, 0},
    {"sprang", EN, TC_TPAST, 0}, {"tore", EN, TC_TPAST, 0}, {"bore", EN, TC_TPAST, 0},
    {"will", EN, TC_TFUT, 0}, {"'ll", EN, TC_TFUT, 0}, {"shall", EN, TC_TFUT, 0},
    /* contracted negations, read whole (else "won't" is the past "won"
     * and "'t"): the tense of their auxiliary */
    {"won't", EN, TC_TFUT, 0}, {"wouldn't", EN, TC_TFUT, 0},
    {"didn't", EN, TC_TPAST, 0}, {"wasn't", EN, TC_TPAST, 0}, {"weren't", EN, TC_TPAST, 0},
    {"going", EN, TC_TFUT, 0}, {"expected", EN, TC_TFUT, 0}, {"scheduled", EN, TC_TFUT, 0},
    {"planned", EN, TC_TFUT, 0}, {"slated", EN, TC_TFUT, 0}, {"due", EN, TC_TFUT, 0},
    /* intentions and modals place the event ahead of the clause's time
     * ("were planning to drive ... on Monday", "might come as early as
     * Tuesday", "did not plan to remove him on Thursday"); value 1: only
     * before "to", since "the plan" is a noun ("could" is left out: "could
     * not be located Wednesday" is a past) */
    {"plan", EN, TC_TFUT, 1}, {"plans", EN, TC_TFUT, 1}, {"planning", EN, TC_TFUT, 0},
    {"intend", EN, TC_TFUT, 1}, {"intends", EN, TC_TFUT, 1},
    {"might", EN, TC_TFUT, 0}, {"would", EN, TC_TFUT, 0}, {"should", EN, TC_TFUT, 0},
    /* "has to", "have to" + verb, an obligation, is no perfect: what it
     * asks is still to come ("the plan has to pass a June hearing"); the
     * TC_TPAST value 1 of has/have: a past only when "to" does not follow */
    {"has", EN, TC_TFUT, 1}, {"have", EN, TC_TFUT, 1},
    /* "be to" + verb, a future arrangement: "is to resume trading Tuesday",
     * "are to meet Friday" (only before "to") */
    {"is", EN, TC_TFUT, 1}, {"are", EN, TC_TFUT, 1},
    /* forecasts and aims, before "to": "are forecast to rise in December",
     * "hopes to visit Paris Friday", "is set to vote Friday" (value 2:
     * also before "for": "the vote, set for Friday") */
    {"forecast", EN, TC_TFUT, 1}, {"projected", EN, TC_TFUT, 1}, {"predicted", EN, TC_TFUT, 1},
    {"hope", EN, TC_TFUT, 1}, {"hopes", EN, TC_TFUT, 1}, {"hoping", EN, TC_TFUT, 1},
    {"aim", EN, TC_TFUT, 1}, {"aims", EN, TC_TFUT, 1}, {"aiming", EN, TC_TFUT, 1},
    {"set", EN, TC_TFUT, 2},
    /* the modals of possibility and obligation ("may" only in lower case:
     * "May" is the month) */
    {"may", EN, TC_TFUT, 3}, {"must", EN, TC_TFUT, 0},
    /* "could" before a verb is a possibility to come ("a cut could come in
     * June", "could take place by July"), but not before a negation,
     * "have" or "be" ("could not be located Wednesday", "could have left
     * on Monday", "neither could be reached Friday": pasts); value 5 */
    {"could", EN, TC_TFUT, 5},
    /* the present of a timetable is a future: "trading resumes Monday",
     * "the summit opens Friday" (third person forms that are seldom nouns) */
    {"opens", EN, TC_TFUT, 0}, {"begins", EN, TC_TFUT, 0}, {"resumes", EN, TC_TFUT, 0},
    {"meets", EN, TC_TFUT, 0}, {"visits", EN, TC_TFUT, 0}, {"arrives", EN, TC_TFUT, 0},
    {"travels", EN, TC_TFUT, 0}, {"goes", EN, TC_TFUT, 0}, {"convenes", EN, TC_TFUT, 0},
    {"reconvenes", EN, TC_TFUT, 0}, {"expires", EN, TC_TFUT, 0}, {"kicks", EN, TC_TFUT, 0},
    /* ... and its plural, but not as an infinitive ("to meet" is left to
     * the infinitive rule, which yields to a verb before it) */
    {"begin", EN, TC_TFUT, 4}, {"meet", EN, TC_TFUT, 4}, {"resume", EN, TC_TFUT, 4},
    {"convene", EN, TC_TFUT, 4},
    {"devra", FR, TC_TFUT, 0}, {"devront", FR, TC_TFUT, 0},
    /* "d'ici (à) lundi": by a day to come */
    {"d'ici", FR, TC_TFUT, 0},
    /* futures too short for the ending rules */
    {"fera", FR, TC_TFUT, 0}, {"dira", FR, TC_TFUT, 0},
    {"prevoit", FR, TC_TFUT, 0}, {"prevoient", FR, TC_TFUT, 0}, {"envisage", FR, TC_TFUT, 0},
    {"envisagent", FR, TC_TFUT, 0},
    /* "serait arrivé" (reportedly arrived) is a past, "serait" alone a
     * conditional: like est/sont, past when a participle follows */
    {"serait", FR, TC_TAUX, 0}, {"seraient", FR, TC_TAUX, 0},
    /* Clause boundaries for the tense scan: a relative pronoun or a
     * subordinator starts another clause, whose verb is not the one the
     * time expression depends on ("le programme, qui doit s'achever le 20
     * mars, n'était pas modifié"); a coordinator does too when a verb
     * follows it ("a eu lieu vendredi et reprendra le 2 avril"). */
    {"qui", FR, TC_CLAUSE, 0}, {"que", FR, TC_CLAUSE, 0}, {"qu'", FR, TC_CLAUSE, 0},
    {"dont", FR, TC_CLAUSE, 0}, {"lorsque", FR, TC_CLAUSE, 0}, {"lorsqu'", FR, TC_CLAUSE, 0},
    {"quand", FR, TC_CLAUSE, 0}, {"puisque", FR, TC_CLAUSE, 0}, {"puisqu'", FR, TC_CLAUSE, 0},
    {"car", FR, TC_CLAUSE, 0}, {"tandis", FR, TC_CLAUSE, 0}, {"lequel", FR, TC_CLAUSE, 0},
    {"laquelle", FR, TC_CLAUSE, 0}, {"lesquels", FR, TC_CLAUSE, 0}, {"lesquelles", FR, TC_CLAUSE, 0},
    {"which", EN, TC_CLAUSE, 0}, {"who", EN, TC_CLAUSE, 0}, {"whom", EN, TC_CLAUSE, 0},
    {"whose", EN, TC_CLAUSE, 0}, {"that", EN, TC_CLAUSE, 0}, {"when", EN, TC_CLAUSE, 0},
    {"where", EN, TC_CLAUSE, 0}, {"while", EN, TC_CLAUSE, 0}, {"because", EN, TC_CLAUSE, 0},
    {"although", EN, TC_CLAUSE, 0}, {"though", EN, TC_CLAUSE, 0}, {"whereas", EN, TC_CLAUSE, 0},
    {"et", FR, TC_COORD, 0}, {"mais", FR, TC_COORD, 0}, {"puis", FR, TC_COORD, 0},
    {"ou", FR, TC_COORD, 0}, {"ensuite", FR, TC_COORD, 0},
    {"and", EN, TC_COORD, 0}, {"but", EN, TC_COORD, 0}, {"then", EN, TC_COORD, 0},
    {"or", EN, TC_COORD, 0},
    /* what may stand between a coordinator and the verb of a new clause
     * ("et il a", "mais n'a pas", "and they will"); a noun there makes a
     * coordination of nouns ("petits et grands pourront") */
    {"il", FR, TC_CLITIC, 0}, {"elle", FR, TC_CLITIC, 0}, {"ils", FR, TC_CLITIC, 0},
    {"elles", FR, TC_CLITIC, 0}, {"on", FR, TC_CLITIC, 0}, {"ne", FR, TC_CLITIC, 0},
    {"n'", FR, TC_CLITIC, 0}, {"se", FR, TC_CLITIC, 0}, {"s'", FR, TC_CLITIC, 0},
    {"y", FR, TC_CLITIC, 0}, {"en", FR, TC_CLITIC, 0}, {"l'", FR, TC_CLITIC, 0},
    {"lui", FR, TC_CLITIC, 0}, {"leur", FR, TC_CLITIC, 0}, {"nous", FR, TC_CLITIC, 0},
    {"vous", FR, TC_CLITIC, 0}, {"je", FR, TC_CLITIC, 0}, {"j'", FR, TC_CLITIC, 0},
    {"he", EN, TC_CLITIC, 0}, {"she", EN, TC_CLITIC, 0}, {"it", EN, TC_CLITIC, 0},
    {"they", EN, TC_CLITIC, 0}, {"we", EN, TC_CLITIC, 0}, {"i", EN, TC_CLITIC, 0},
    {"you", EN, TC_CLITIC, 0}, {"not", EN, TC_CLITIC, 0}, {"also", EN, TC_CLITIC, 0},
    /* "will be voted", "has been delayed": the -ed participle after them
     * is no past; the auxiliary further left gives the tense */
    {"be", EN, TC_BE, 0}, {"been", EN, TC_BE, 0}, {"being", EN, TC_BE, 0},
    /* ... and the present passive tells no past: "spraying is extended
     * through August", "the roads are closed until Friday" */
    {"is", EN, TC_BE, 0}, {"are", EN, TC_BE, 0},
    /* Anaphoric words: "le lendemain", "the following year" count from the
     * last date the text gave before them, not from the dispatch date
     * ("next" counts so only before a day or a part of day: "the next
     * morning", while "next week" is the dispatch's). */
    {"lendemain", FR, TC_ANAPH, 0}, {"surlendemain", FR, TC_ANAPH, 0}, {"suivant", FR, TC_ANAPH, 0}, {"suivante", FR, TC_ANAPH, 0},
    {"suivants", FR, TC_ANAPH, 0}, {"suivantes", FR, TC_ANAPH, 0},
    /* ... and so does "précédent" ("l'année précédente", "la semaine
     * précédente": the one before the year or week told), as "previous" */
    {"precedent", FR, TC_ANAPH, 0}, {"precedente", FR, TC_ANAPH, 0},
    {"following", EN, TC_ANAPH, 0}, {"previous", EN, TC_ANAPH, 0}, {"preceding", EN, TC_ANAPH, 0},
    {"prior", EN, TC_ANAPH, 0},
    /* nouns of a person, before "de" + years: an age */
    {"fils", FR, TC_PERSON, 0}, {"fillette", FR, TC_PERSON, 0}, {"garconnet", FR, TC_PERSON, 0},
    {"dame", FR, TC_PERSON, 0}, {"mere", FR, TC_PERSON, 0}, {"pere", FR, TC_PERSON, 0},
    {"frere", FR, TC_PERSON, 0}, {"soeur", FR, TC_PERSON, 0}, {"mari", FR, TC_PERSON, 0},
    {"epouse", FR, TC_PERSON, 0}, {"compagne", FR, TC_PERSON, 0}, {"victime", FR, TC_PERSON, 0},
    {"suspect", FR, TC_PERSON, 0}, {"suspecte", FR, TC_PERSON, 0}, {"individu", FR, TC_PERSON, 0},
    {"personne", FR, TC_PERSON, 0}, {"personnes", FR, TC_PERSON, 0}, {"eleve", FR, TC_PERSON, 0},
    {"journaliste", FR, TC_PERSON, 0}, {"artiste", FR, TC_PERSON, 0}, {"psychologue", FR, TC_PERSON, 0},
    {"militaire", FR, TC_PERSON, 0}, {"soldat", FR, TC_PERSON, 0}, {"gendarme", FR, TC_PERSON, 0},
    {"actrice", FR, TC_PERSON, 0}, {"acteur", FR, TC_PERSON, 0}, {"pretre", FR, TC_PERSON, 0},
    {"candidat", FR, TC_PERSON, 0}, {"candidate", FR, TC_PERSON, 0}, {"chef", FR, TC_PERSON, 0},
    {"cheffe", FR, TC_PERSON, 0}, {"mineure", FR, TC_PERSON, 0}, {"mineur", FR, TC_PERSON, 0},
    {"detenu", FR, TC_PERSON, 0}, {"detenue", FR, TC_PERSON, 0}, {"otage", FR, TC_PERSON, 0},
    {"touriste", FR, TC_PERSON, 0}, {"pilote", FR, TC_PERSON, 0}, {"maire", FR, TC_PERSON, 0},
    {"retraite", FR, TC_PERSON, 0}, {"retraitee", FR, TC_PERSON, 0}, {"salarie", FR, TC_PERSON, 0},
    {"salariee", FR, TC_PERSON, 0}, {"blesse", FR, TC_PERSON, 0}, {"blessee", FR, TC_PERSON, 0},
    {"accuse", FR, TC_PERSON, 0}, {"accusee", FR, TC_PERSON, 0}, {"patient", FR, TC_PERSON, 0},
    {"patiente", FR, TC_PERSON, 0}, {"medecin", FR, TC_PERSON, 0}, {"infirmiere", FR, TC_PERSON, 0},
    {"infirmier", FR, TC_PERSON, 0}, {"policier", FR, TC_PERSON, 0}, {"policiere", FR, TC_PERSON, 0},
    {"ouvrier", FR, TC_PERSON, 0}, {"ouvriere", FR, TC_PERSON, 0}, {"cycliste", FR, TC_PERSON, 0},
    {"joueuse", FR, TC_PERSON, 0}, {"athlete", FR, TC_PERSON, 0}, {"championne", FR, TC_PERSON, 0},
    {"champion", FR, TC_PERSON, 0}, {"residente", FR, TC_PERSON, 0}, {"resident", FR, TC_PERSON, 0},
    {"etudiante", FR, TC_PERSON, 0}, {"etudiant", FR, TC_PERSON, 0}, {"quinquagenaire", FR, TC_PERSON, 0},
    {"jeunes", FR, TC_PERSON, 0}, {"filles", FR, TC_PERSON, 0}, {"garcons", FR, TC_PERSON, 0},
    {"enfants", FR, TC_PERSON, 0}, {"vieux", FR, TC_PERSON, 0}, {"vieille", FR, TC_PERSON, 0},
    {"marin", FR, TC_PERSON, 0}, {"skipper", FR, TC_PERSON, 0}, {"avocat", FR, TC_PERSON, 0},
    {"avocate", FR, TC_PERSON, 0}, {"magistrat", FR, TC_PERSON, 0}, {"magistrate", FR, TC_PERSON, 0},
    {"prevenu", FR, TC_PERSON, 0}, {"prevenue", FR, TC_PERSON, 0}, {"ministre", FR, TC_PERSON, 0},
    /* Vocabulary of the engine's checks in timex.c (classes no pattern
     * names): words of a person's shape that are none ("pendant 3 ans" is
     * no age) */
    {"pendant", FR, TC_NOPERSON, 0}, {"durant", FR, TC_NOPERSON, 0}, {"avant", FR, TC_NOPERSON, 0}, {"cependant", FR, TC_NOPERSON, 0},
    {"maintenant", FR, TC_NOPERSON, 0},
    /* titles and abbreviations whose dot ends no sentence ("Gen. Smith
     * said Friday", "Mme Durand a dit"): in either language's text */
    {"mr", ALL, TC_TITLE, 0}, {"mrs", ALL, TC_TITLE, 0}, {"ms", ALL, TC_TITLE, 0}, {"dr", ALL, TC_TITLE, 0}, {"st", ALL, TC_TITLE, 0},
    {"gen", ALL, TC_TITLE, 0}, {"sen", ALL, TC_TITLE, 0}, {"rep", ALL, TC_TITLE, 0}, {"gov", ALL, TC_TITLE, 0}, {"lt", ALL, TC_TITLE, 0},
    {"col", ALL, TC_TITLE, 0}, {"sgt", ALL, TC_TITLE, 0}, {"capt", ALL, TC_TITLE, 0}, {"cmdr", ALL, TC_TITLE, 0}, {"adm", ALL, TC_TITLE, 0},
    {"maj", ALL, TC_TITLE, 0}, {"prof", ALL, TC_TITLE, 0}, {"rev", ALL, TC_TITLE, 0}, {"sr", ALL, TC_TITLE, 0}, {"jr", ALL, TC_TITLE, 0},
    {"vs", ALL, TC_TITLE, 0}, {"mt", ALL, TC_TITLE, 0}, {"ft", ALL, TC_TITLE, 0}, {"mme", ALL, TC_TITLE, 0}, {"mlle", ALL, TC_TITLE, 0},
    {"mgr", ALL, TC_TITLE, 0},
    /* time zones: "1600 GMT", "0830 EST", "2200 hrs" are 24-hour clocks */
    {"gmt", EN, TC_ZONE, 0}, {"utc", EN, TC_ZONE, 0}, {"est", EN, TC_ZONE, 0}, {"edt", EN, TC_ZONE, 0}, {"cst", EN, TC_ZONE, 0},
    {"cdt", EN, TC_ZONE, 0}, {"mst", EN, TC_ZONE, 0}, {"mdt", EN, TC_ZONE, 0}, {"pst", EN, TC_ZONE, 0}, {"pdt", EN, TC_ZONE, 0},
    {"hrs", EN, TC_ZONE, 0},
    /* ... and the words of a zone's name (value 1: no zone alone, so
     * "1600 local" is no clock): "9 a.m. Pacific time on March 30" */
    {"local", EN, TC_ZONE, 1}, {"time", EN, TC_ZONE, 1}, {"pacific", EN, TC_ZONE, 1}, {"eastern", EN, TC_ZONE, 1},
    {"central", EN, TC_ZONE, 1}, {"mountain", EN, TC_ZONE, 1}, {"atlantic", EN, TC_ZONE, 1},
    /* words that elide before an apostrophe, joined to it: l'an, qu'il */
    {"l", FR, TC_ELISION, 0}, {"d", FR, TC_ELISION, 0}, {"j", FR, TC_ELISION, 0}, {"m", FR, TC_ELISION, 0}, {"n", FR, TC_ELISION, 0},
    {"s", FR, TC_ELISION, 0}, {"t", FR, TC_ELISION, 0}, {"c", FR, TC_ELISION, 0}, {"qu", FR, TC_ELISION, 0}, {"jusqu", FR, TC_ELISION, 0},
    {"lorsqu", FR, TC_ELISION, 0}, {"puisqu", FR, TC_ELISION, 0}, {"quoiqu", FR, TC_ELISION, 0}, {"presqu", FR, TC_ELISION, 0},
    /* what may stand between avoir and its participle ("n'a pas encore
     * été", "a-t-il déclaré", "a par ailleurs demandé") */
    {"pas", FR, TC_ADV, 0}, {"jamais", FR, TC_ADV, 0}, {"plus", FR, TC_ADV, 0}, {"deja", FR, TC_ADV, 0}, {"aussi", FR, TC_ADV, 0},
    {"ainsi", FR, TC_ADV, 0}, {"encore", FR, TC_ADV, 0}, {"toujours", FR, TC_ADV, 0}, {"bien", FR, TC_ADV, 0}, {"enfin", FR, TC_ADV, 0},
    {"ensuite", FR, TC_ADV, 0}, {"alors", FR, TC_ADV, 0}, {"meme", FR, TC_ADV, 0}, {"rien", FR, TC_ADV, 0}, {"tout", FR, TC_ADV, 0},
    {"longtemps", FR, TC_ADV, 0}, {"souvent", FR, TC_ADV, 0}, {"donc", FR, TC_ADV, 0}, {"certes", FR, TC_ADV, 0}, {"aujourd'hui", FR, TC_ADV, 0},
    {"hier", FR, TC_ADV, 0}, {"par", FR, TC_ADV, 0}, {"ailleurs", FR, TC_ADV, 0}, {"pour", FR, TC_ADV, 0}, {"sa", FR, TC_ADV, 0},
    {"part", FR, TC_ADV, 0}, {"en", FR, TC_ADV, 0}, {"outre", FR, TC_ADV, 0}, {"y", FR, TC_ADV, 0}, {"lui", FR, TC_ADV, 0},
    {"leur", FR, TC_ADV, 0}, {"t", FR, TC_ADV, 0}, {"il", FR, TC_ADV, 0}, {"elle", FR, TC_ADV, 0}, {"on", FR, TC_ADV, 0},
    {"ils", FR, TC_ADV, 0}, {"elles", FR, TC_ADV, 0}, {"vite", FR, TC_ADV, 0}, {"beaucoup", FR, TC_ADV, 0}, {"trop", FR, TC_ADV, 0},
    {"mieux", FR, TC_ADV, 0}, {"tres", FR, TC_ADV, 0}, {"pourtant", FR, TC_ADV, 0}, {"toutefois", FR, TC_ADV, 0}, {"cependant", FR, TC_ADV, 0},
    {"surtout", FR, TC_ADV, 0}, {"notamment", FR, TC_ADV, 0}, {"egalement", FR, TC_ADV, 0}, {"finalement", FR, TC_ADV, 0},
    /* irregular participles, which the shape rule cannot see */
    {"ouvert", FR, TC_PPIRR, 0}, {"rouvert", FR, TC_PPIRR, 0}, {"recouvert", FR, TC_PPIRR, 0}, {"entrouvert", FR, TC_PPIRR, 0}, {"offert", FR, TC_PPIRR, 0}, {"souffert", FR, TC_PPIRR, 0}, {"couvert", FR, TC_PPIRR, 0}, {"decouvert", FR, TC_PPIRR, 0},
    {"peint", FR, TC_PPIRR, 0}, {"atteint", FR, TC_PPIRR, 0}, {"rejoint", FR, TC_PPIRR, 0}, {"craint", FR, TC_PPIRR, 0}, {"contraint", FR, TC_PPIRR, 0},
    {"eteint", FR, TC_PPIRR, 0}, {"mort", FR, TC_PPIRR, 0}, {"ete", FR, TC_PPIRR, 0}, {"eu", FR, TC_PPIRR, 0}, {"pu", FR, TC_PPIRR, 0},
    {"su", FR, TC_PPIRR, 0}, {"vu", FR, TC_PPIRR, 0}, {"fait", FR, TC_PPIRR, 0}, {"dit", FR, TC_PPIRR, 0}, {"pris", FR, TC_PPIRR, 0},
    {"mis", FR, TC_PPIRR, 0}, {"ecrit", FR, TC_PPIRR, 0}, {"produit", FR, TC_PPIRR, 0}, {"conduit", FR, TC_PPIRR, 0}, {"detruit", FR, TC_PPIRR, 0},
    /* participles of acts announced before they happen (organisé,
     * prévu, programmé): a day after them is no past */
    {"organise", FR, TC_ANNOUNCED, 0}, {"organisee", FR, TC_ANNOUNCED, 0}, {"organises", FR, TC_ANNOUNCED, 0}, {"organisees", FR, TC_ANNOUNCED, 0}, {"programme", FR, TC_ANNOUNCED, 0},
    {"programmee", FR, TC_ANNOUNCED, 0}, {"programmes", FR, TC_ANNOUNCED, 0}, {"programmees", FR, TC_ANNOUNCED, 0}, {"fixe", FR, TC_ANNOUNCED, 0}, {"fixee", FR, TC_ANNOUNCED, 0},
    {"attendu", FR, TC_ANNOUNCED, 0}, {"attendue", FR, TC_ANNOUNCED, 0}, {"attendus", FR, TC_ANNOUNCED, 0},
    {"attendues", FR, TC_ANNOUNCED, 0}, {"reporte", FR, TC_ANNOUNCED, 0}, {"reportee", FR, TC_ANNOUNCED, 0}, {"repousse", FR, TC_ANNOUNCED, 0}, {"repoussee", FR, TC_ANNOUNCED, 0},
    {"convoque", FR, TC_ANNOUNCED, 0}, {"convoquee", FR, TC_ANNOUNCED, 0}, {"convoques", FR, TC_ANNOUNCED, 0}, {"diffuse", FR, TC_ANNOUNCED, 0}, {"diffusee", FR, TC_ANNOUNCED, 0},
    {"decale", FR, TC_ANNOUNCED, 0}, {"decalee", FR, TC_ANNOUNCED, 0}, {"avance", FR, TC_ANNOUNCED, 0}, {"avancee", FR, TC_ANNOUNCED, 0}, {"planifie", FR, TC_ANNOUNCED, 0},
    {"planifiee", FR, TC_ANNOUNCED, 0}, {"annonce", FR, TC_ANNOUNCED, 0}, {"annoncee", FR, TC_ANNOUNCED, 0}, {"invite", FR, TC_ANNOUNCED, 0}, {"invitee", FR, TC_ANNOUNCED, 0},
    {"appele", FR, TC_ANNOUNCED, 0}, {"appelee", FR, TC_ANNOUNCED, 0}, {"appeles", FR, TC_ANNOUNCED, 0}, {"prevu", FR, TC_ANNOUNCED, 0}, {"prevue", FR, TC_ANNOUNCED, 0},
    /* nouns shaped as participles in -ée, and the words that make one a
     * noun ("la nouvelle année mardi soir", "la mi-journée samedi") */
    {"annee", FR, TC_NOUNE, 0}, {"annees", FR, TC_NOUNE, 0}, {"journee", FR, TC_NOUNE, 0}, {"journees", FR, TC_NOUNE, 0}, {"soiree", FR, TC_NOUNE, 0},
    {"soirees", FR, TC_NOUNE, 0}, {"matinee", FR, TC_NOUNE, 0}, {"matinees", FR, TC_NOUNE, 0}, {"mi-journee", FR, TC_NOUNE, 0}, {"armee", FR, TC_NOUNE, 0},
    {"entree", FR, TC_NOUNE, 0}, {"arrivee", FR, TC_NOUNE, 0}, {"rentree", FR, TC_NOUNE, 0}, {"societe", FR, TC_NOUNE, 0}, {"sante", FR, TC_NOUNE, 0},
    {"ete", FR, TC_NOUNE, 0}, {"cote", FR, TC_NOUNE, 0}, {"liberte", FR, TC_NOUNE, 0}, {"securite", FR, TC_NOUNE, 0}, {"comite", FR, TC_NOUNE, 0},
    {"marche", FR, TC_NOUNE, 0}, {"depute", FR, TC_NOUNE, 0}, {"deputes", FR, TC_NOUNE, 0}, {"deputee", FR, TC_NOUNE, 0}, {"assemblee", FR, TC_NOUNE, 0},
    {"tournee", FR, TC_NOUNE, 0}, {"duree", FR, TC_NOUNE, 0}, {"pensee", FR, TC_NOUNE, 0}, {"idee", FR, TC_NOUNE, 0}, {"musee", FR, TC_NOUNE, 0},
    {"lycee", FR, TC_NOUNE, 0}, {"universite", FR, TC_NOUNE, 0}, {"majorite", FR, TC_NOUNE, 0}, {"communaute", FR, TC_NOUNE, 0}, {"activite", FR, TC_NOUNE, 0},
    {"qualite", FR, TC_NOUNE, 0}, {"priorite", FR, TC_NOUNE, 0}, {"realite", FR, TC_NOUNE, 0}, {"verite", FR, TC_NOUNE, 0}, {"volonte", FR, TC_NOUNE, 0},
    {"unite", FR, TC_NOUNE, 0}, {"identite", FR, TC_NOUNE, 0}, {"difficulte", FR, TC_NOUNE, 0}, {"capacite", FR, TC_NOUNE, 0}, {"necessite", FR, TC_NOUNE, 0},
    {"nuitee", FR, TC_NOUNE, 0}, {"veillee", FR, TC_NOUNE, 0}, {"cite", FR, TC_NOUNE, 0}, {"equipe", FR, TC_NOUNE, 0}, {"traversee", FR, TC_NOUNE, 0},
    {"randonnee", FR, TC_NOUNE, 0}, {"fumee", FR, TC_NOUNE, 0}, {"portee", FR, TC_NOUNE, 0}, {"montee", FR, TC_NOUNE, 0}, {"vallee", FR, TC_NOUNE, 0},
    {"degre", FR, TC_NOUNE, 0}, {"degres", FR, TC_NOUNE, 0}, /* "jusqu'à 17 degrés samedi": a forecast's unit */
    {"la", FR, TC_PREDET, 0}, {"le", FR, TC_PREDET, 0}, {"l'", FR, TC_PREDET, 0}, {"les", FR, TC_PREDET, 0}, {"une", FR, TC_PREDET, 0},
    {"un", FR, TC_PREDET, 0}, {"des", FR, TC_PREDET, 0}, {"du", FR, TC_PREDET, 0}, {"cette", FR, TC_PREDET, 0}, {"ce", FR, TC_PREDET, 0},
    {"cet", FR, TC_PREDET, 0}, {"ces", FR, TC_PREDET, 0}, {"sa", FR, TC_PREDET, 0}, {"son", FR, TC_PREDET, 0}, {"ses", FR, TC_PREDET, 0},
    {"leur", FR, TC_PREDET, 0}, {"leurs", FR, TC_PREDET, 0}, {"notre", FR, TC_PREDET, 0}, {"votre", FR, TC_PREDET, 0}, {"chaque", FR, TC_PREDET, 0},
    {"nouvelle", FR, TC_PREDET, 0}, {"nouvel", FR, TC_PREDET, 0}, {"nouveau", FR, TC_PREDET, 0}, {"meme", FR, TC_PREDET, 0}, {"premiere", FR, TC_PREDET, 0},
    {"premier", FR, TC_PREDET, 0}, {"derniere", FR, TC_PREDET, 0}, {"dernier", FR, TC_PREDET, 0}, {"prochaine", FR, TC_PREDET, 0}, {"grande", FR, TC_PREDET, 0},
    {"grand", FR, TC_PREDET, 0}, {"petite", FR, TC_PREDET, 0}, {"petit", FR, TC_PREDET, 0}, {"belle", FR, TC_PREDET, 0}, {"bonne", FR, TC_PREDET, 0},
    {"mi", FR, TC_PREDET, 0},
    /* verbs of attribution: after a comma, the report's, not the event's */
    {"said", EN, TC_SAY, 0}, {"says", EN, TC_SAY, 0}, {"told", EN, TC_SAY, 0}, {"added", EN, TC_SAY, 0}, {"stated", EN, TC_SAY, 0},
    {"noted", EN, TC_SAY, 0}, {"declared", EN, TC_SAY, 0}, {"explained", EN, TC_SAY, 0},
    {"indique", FR, TC_SAY, 0}, {"precise", FR, TC_SAY, 0}, {"annonce", FR, TC_SAY, 0}, {"declare", FR, TC_SAY, 0}, {"explique", FR, TC_SAY, 0},
    {"affirme", FR, TC_SAY, 0}, {"assure", FR, TC_SAY, 0}, {"ajoute", FR, TC_SAY, 0}, {"souligne", FR, TC_SAY, 0}, {"rapporte", FR, TC_SAY, 0},
    {"estime", FR, TC_SAY, 0}, {"confie", FR, TC_SAY, 0}, {"dit", FR, TC_SAY, 0}, {"raconte", FR, TC_SAY, 0}, {"confirme", FR, TC_SAY, 0},
    {"indiquent", FR, TC_SAY, 0}, {"annoncent", FR, TC_SAY, 0}, {"precisent", FR, TC_SAY, 0}, {"fait", FR, TC_SAY, 0},
    /* between the two ends of a range or pair of days ("du samedi au
     * dimanche", "Friday and Saturday", "samedi-dimanche") */
    {"au", FR, TC_LINK, 0}, {"a", FR, TC_LINK, 0}, {"et", FR, TC_LINK, 0}, {"ou", FR, TC_LINK, 0}, {"jusqu'a", FR, TC_LINK, 0},
    {"to", EN, TC_LINK, 0}, {"through", EN, TC_LINK, 0}, {"thru", EN, TC_LINK, 0}, {"until", EN, TC_LINK, 0}, {"till", EN, TC_LINK, 0},
    {"and", EN, TC_LINK, 0}, {"or", EN, TC_LINK, 0},
    {"-", ALL, TC_LINK, 0},
    {"entre", FR, TC_CLOCKOPEN, 0}, {"de", FR, TC_CLOCKOPEN, 0},
    /* what a company reports on a quarter or a half (placed by the
     * nearest such period, not by the tense of the report) */
    {"results", EN, TC_REPORT, 0}, {"earnings", EN, TC_REPORT, 0}, {"profit", EN, TC_REPORT, 0},
    {"profits", EN, TC_REPORT, 0}, {"loss", EN, TC_REPORT, 0}, {"losses", EN, TC_REPORT, 0},
    {"sales", EN, TC_REPORT, 0}, {"revenue", EN, TC_REPORT, 0}, {"revenues", EN, TC_REPORT, 0},
    {"figures", EN, TC_REPORT, 0},
    {"resultats", FR, TC_REPORT, 0}, {"benefice", FR, TC_REPORT, 0}, {"benefices", FR, TC_REPORT, 0},
    {"perte", FR, TC_REPORT, 0}, {"pertes", FR, TC_REPORT, 0}, {"ventes", FR, TC_REPORT, 0},
    {"chiffres", FR, TC_REPORT, 0},
    /* ... and what statistics offices estimate of one: "sa première
     * estimation pour le troisième trimestre" published in October is of
     * the quarter just ended */
    {"estimation", FR, TC_REPORT, 0}, {"estimations", FR, TC_REPORT, 0}, {"pib", FR, TC_REPORT, 0},
    {"estimate", EN, TC_REPORT, 0}, {"estimates", EN, TC_REPORT, 0}, {"gdp", EN, TC_REPORT, 0},
    /* English words the context tests of timex.c read (CTX_* flags in
     * timex_internal.h): after "to", no verb; before "to", a preposition
     * it completes; after "a|an UNIT", a span of its own; clauses of no
     * plan; the year after or before the one told; -ing words that open
     * no participle clause */
    /* verbs of putting off ("postponed the vote to Tuesday", "a reporté
     * la réunion à jeudi"): the weekday after "to", "until", "à" is the
     * event's new day, to come whatever the verb's tense */
    /* verbs of request ("urged residents to avoid work on Saturday"):
     * the act asked for is not before the asking, so the weekday of the
     * infinitive after them is the nearest, not the past one */
    {"urged", EN, TC_CTX, CTX_URGE}, {"asked", EN, TC_CTX, CTX_URGE}, {"advised", EN, TC_CTX, CTX_URGE},
    {"told", EN, TC_CTX, CTX_URGE}, {"ordered", EN, TC_CTX, CTX_URGE}, {"encouraged", EN, TC_CTX, CTX_URGE},
    {"instructed", EN, TC_CTX, CTX_URGE}, {"requested", EN, TC_CTX, CTX_URGE}, {"warned", EN, TC_CTX, CTX_URGE},
    {"invited", EN, TC_CTX, CTX_URGE},
    /* numbered texts and things: "Resolution 2736", "Flight 1549", "article
     * 1240 du Code civil" are numbers, not years (capitalised or not) */
    /* adverbs of habit (not English "generally", the consensus of
     * "analysts generally expect"; "ordinaire" counts only in
     * "d'ordinaire") */
    {"usually", EN, TC_CTX, CTX_HABIT}, {"typically", EN, TC_CTX, CTX_HABIT}, {"normally", EN, TC_CTX, CTX_HABIT},
    {"traditionally", EN, TC_CTX, CTX_HABIT}, {"habituellement", FR, TC_CTX, CTX_HABIT},
    {"generalement", FR, TC_CTX, CTX_HABIT}, {"traditionnellement", FR, TC_CTX, CTX_HABIT},
    {"ordinaire", FR, TC_CTX, CTX_HABIT},
    {"resolution", ALL, TC_CTX, CTX_NUMBERED}, {"resolutions", ALL, TC_CTX, CTX_NUMBERED},
    {"article", ALL, TC_CTX, CTX_NUMBERED}, {"articles", ALL, TC_CTX, CTX_NUMBERED},
    {"flight", EN, TC_CTX, CTX_NUMBERED}, {"vol", FR, TC_CTX, CTX_NUMBERED},
    {"route", ALL, TC_CTX, CTX_NUMBERED}, {"highway", EN, TC_CTX, CTX_NUMBERED},
    {"room", EN, TC_CTX, CTX_NUMBERED}, {"chambre", FR, TC_CTX, CTX_NUMBERED},
    {"section", ALL, TC_CTX, CTX_NUMBERED}, {"chapter", EN, TC_CTX, CTX_NUMBERED},
    {"bill", EN, TC_CTX, CTX_NUMBERED},
    {"page", ALL, TC_CTX, CTX_NUMBERED}, {"pages", ALL, TC_CTX, CTX_NUMBERED},
    {"postponed", EN, TC_CTX, CTX_DEFER}, {"delayed", EN, TC_CTX, CTX_DEFER}, {"moved", EN, TC_CTX, CTX_DEFER},
    {"pushed", EN, TC_CTX, CTX_DEFER}, {"rescheduled", EN, TC_CTX, CTX_DEFER}, {"deferred", EN, TC_CTX, CTX_DEFER},
    {"adjourned", EN, TC_CTX, CTX_DEFER}, {"delays", EN, TC_CTX, CTX_DEFER}, {"postpones", EN, TC_CTX, CTX_DEFER},
    {"reporte", FR, TC_CTX, CTX_DEFER}, {"reportee", FR, TC_CTX, CTX_DEFER}, {"reportes", FR, TC_CTX, CTX_DEFER},
    {"reportees", FR, TC_CTX, CTX_DEFER}, {"repousse", FR, TC_CTX, CTX_DEFER}, {"repoussee", FR, TC_CTX, CTX_DEFER},
    {"repousses", FR, TC_CTX, CTX_DEFER}, {"repoussees", FR, TC_CTX, CTX_DEFER}, {"ajourne", FR, TC_CTX, CTX_DEFER},
    {"ajournee", FR, TC_CTX, CTX_DEFER}, {"decale", FR, TC_CTX, CTX_DEFER}, {"decalee", FR, TC_CTX, CTX_DEFER},
    {"this", EN, TC_CTX, CTX_NOTVERB}, {"that", EN, TC_CTX, CTX_NOTVERB}, {"these", EN, TC_CTX, CTX_NOTVERB},
    {"those", EN, TC_CTX, CTX_NOTVERB}, {"him", EN, TC_CTX, CTX_NOTVERB}, {"them", EN, TC_CTX, CTX_NOTVERB},
    {"me", EN, TC_CTX, CTX_NOTVERB}, {"us", EN, TC_CTX, CTX_NOTVERB}, {"it", EN, TC_CTX, CTX_NOTVERB},
    {"date", EN, TC_CTX, CTX_NOTVERB}, {"some", EN, TC_CTX, CTX_NOTVERB}, {"all", EN, TC_CTX, CTX_NOTVERB},
    {"each", EN, TC_CTX, CTX_NOTVERB}, {"every", EN, TC_CTX, CTX_NOTVERB},
    {"more", EN, TC_CTX, CTX_NOTVERB | CTX_NOTRATE}, {"about", EN, TC_CTX, CTX_NOTVERB},
    {"around", EN, TC_CTX, CTX_NOTVERB}, {"up", EN, TC_CTX, CTX_TOPREP}, {"according", EN, TC_CTX, CTX_TOPREP | CTX_NOPART},
    {"close", EN, TC_CTX, CTX_TOPREP}, {"due", EN, TC_CTX, CTX_TOPREP}, {"compared", EN, TC_CTX, CTX_TOPREP},
    {"next", EN, TC_CTX, CTX_TOPREP | CTX_YEARNEXT}, {"prior", EN, TC_CTX, CTX_TOPREP | CTX_YEARPREV},
    {"back", EN, TC_CTX, CTX_TOPREP}, {"from", EN, TC_CTX, CTX_TOPREP | CTX_NOTRATE},
    {"order", EN, TC_CTX, CTX_TOPREP}, {"similar", EN, TC_CTX, CTX_TOPREP}, {"down", EN, TC_CTX, CTX_TOPREP},
    {"rose", EN, TC_CTX, CTX_TOPREP}, {"fell", EN, TC_CTX, CTX_TOPREP}, {"ago", EN, TC_CTX, CTX_NOTRATE | CTX_SPAN},
    {"earlier", EN, TC_CTX, CTX_NOTRATE | CTX_SPAN}, {"later", EN, TC_CTX, CTX_NOTRATE | CTX_SPAN}, {"before", EN, TC_CTX, CTX_NOTRATE},
    {"after", EN, TC_CTX, CTX_NOTRATE | CTX_NOPLANFAR}, {"old", EN, TC_CTX, CTX_NOTRATE},
    {"long", EN, TC_CTX, CTX_NOTRATE}, {"of", EN, TC_CTX, CTX_NOTRATE}, {"and", EN, TC_CTX, CTX_NOTRATE},
    {"or", EN, TC_CTX, CTX_NOTRATE}, {"being", EN, TC_CTX, CTX_NOPLAN}, {"since", EN, TC_CTX, CTX_NOPLANFAR},
    {"following", EN, TC_CTX, CTX_YEARNEXT}, {"previous", EN, TC_CTX, CTX_YEARPREV},
    {"preceding", EN, TC_CTX, CTX_YEARPREV},
    {"pending", EN, TC_CTX, CTX_NOPART}, {"notwithstanding", EN, TC_CTX, CTX_NOPART}, {"including", EN, TC_CTX, CTX_NOPART},
    {"morning", EN, TC_CTX, CTX_NOPART}, {"evening", EN, TC_CTX, CTX_NOPART}, {"nothing", EN, TC_CTX, CTX_NOPART},
    {"something", EN, TC_CTX, CTX_NOPART}, {"anything", EN, TC_CTX, CTX_NOPART},
    {"everything", EN, TC_CTX, CTX_NOPART}, {"spring", EN, TC_CTX, CTX_NOPART}, {"sterling", EN, TC_CTX, CTX_NOPART},
    /* French words after "une seconde" that open no noun: the unit is a
     * span ("pas une seconde sur ce dossier", "à une seconde près"); before
     * any other word "seconde" is the adjective ("une seconde vague"); the
     * prepositions of TC_TPREP, determiners, coordinators and clause words
     * count too */
    {"d'", FR, TC_CTX, CTX_SPAN}, {"sur", FR, TC_CTX, CTX_SPAN}, {"dans", FR, TC_CTX, CTX_SPAN},
    {"aux", FR, TC_CTX, CTX_SPAN}, {"les", FR, TC_CTX, CTX_SPAN}, {"ne", FR, TC_CTX, CTX_SPAN},
    {"n'", FR, TC_CTX, CTX_SPAN}, {"plus", FR, TC_CTX, CTX_SPAN}, {"pres", FR, TC_CTX, CTX_SPAN},
    {"trop", FR, TC_CTX, CTX_SPAN}, {"sans", FR, TC_CTX, CTX_SPAN}, {"avec", FR, TC_CTX, CTX_SPAN},
    {"par", FR, TC_CTX, CTX_SPAN}, {"seulement", FR, TC_CTX, CTX_SPAN}, {"environ", FR, TC_CTX, CTX_SPAN},
    /* French prepositions before a clock time ("à 7h30 le dimanche") */
    {"a", FR, TC_TPREP, 0}, {"vers", FR, TC_TPREP, 0}, {"des", FR, TC_TPREP, 0}, {"avant", FR, TC_TPREP, 0}, {"apres", FR, TC_TPREP, 0},
    {"jusqu'a", FR, TC_TPREP, 0}, {"depuis", FR, TC_TPREP, 0}, {"de", FR, TC_TPREP, 0}, {"entre", FR, TC_TPREP, 0}, {"pour", FR, TC_TPREP, 0},
    /* quantities: "to 2150 mln dlrs", "1990 pct" are no years */
    {"million", ALL, TC_QTY, 0}, {"millions", ALL, TC_QTY, 0}, {"billion", ALL, TC_QTY, 0}, {"billions", ALL, TC_QTY, 0}, {"tonnes", ALL, TC_QTY, 0},
    {"mln", EN, TC_QTY, 0}, {"bln", EN, TC_QTY, 0}, {"pct", EN, TC_QTY, 0}, {"percent", EN, TC_QTY, 0}, {"dlrs", EN, TC_QTY, 0},
    {"dollars", ALL, TC_QTY, 0}, {"tons", EN, TC_QTY, 0},
    /* words the suffix rules would misread */
    {"camera", FR, TC_TNONE, 0}, {"opera", FR, TC_TNONE, 0}, {"ultra", FR, TC_TNONE, 0},
    {"extra", FR, TC_TNONE, 0}, {"front", FR, TC_TNONE, 0}, {"affront", FR, TC_TNONE, 0},
    {"lait", FR, TC_TNONE, 0}, {"souhait", FR, TC_TNONE, 0}, {"trait", FR, TC_TNONE, 0},
    {"portrait", FR, TC_TNONE, 0}, {"retrait", FR, TC_TNONE, 0}, {"extrait", FR, TC_TNONE, 0},
    {"attrait", FR, TC_TNONE, 0}, {"abstrait", FR, TC_TNONE, 0},
    {"vignerons", FR, TC_TNONE, 0}, {"forgerons", FR, TC_TNONE, 0}, {"bucherons", FR, TC_TNONE, 0},
    {"biberons", FR, TC_TNONE, 0}, {"moucherons", FR, TC_TNONE, 0}, {"marrons", FR, TC_TNONE, 0},
    {"potimarrons", FR, TC_TNONE, 0}, {"carrez", FR, TC_TNONE, 0},
    {"need", EN, TC_TNONE, 0}, {"speed", EN, TC_TNONE, 0}, {"seed", EN, TC_TNONE, 0},
    {"feed", EN, TC_TNONE, 0}, {"breed", EN, TC_TNONE, 0}, {"deed", EN, TC_TNONE, 0},
    {"hundred", EN, TC_TNONE, 0}, {"united", EN, TC_TNONE, 0}, {"based", EN, TC_TNONE, 0},
    {"limited", EN, TC_TNONE, 0}, {"red", EN, TC_TNONE, 0}, {"bed", EN, TC_TNONE, 0},
    {"proposed", EN, TC_TNONE, 0}, {"related", EN, TC_TNONE, 0}, {"indeed", EN, TC_TNONE, 0},
    /* adjectives in -ed of business and political copy: "preferred shares" */
    {"preferred", EN, TC_TNONE, 0}, {"advanced", EN, TC_TNONE, 0}, {"interested", EN, TC_TNONE, 0},
    {"concerned", EN, TC_TNONE, 0}, {"armed", EN, TC_TNONE, 0}, {"detailed", EN, TC_TNONE, 0},
    {"unidentified", EN, TC_TNONE, 0}, {"unnamed", EN, TC_TNONE, 0}, {"elected", EN, TC_TNONE, 0},
    /* un- adjectives, which have no verb behind them: "on a still
     * unspecified date in January" */
    {"unspecified", EN, TC_TNONE, 0}, {"undisclosed", EN, TC_TNONE, 0}, {"unexpected", EN, TC_TNONE, 0},
    {"unprecedented", EN, TC_TNONE, 0}, {"unchanged", EN, TC_TNONE, 0}, {"unconfirmed", EN, TC_TNONE, 0},
    {"unexplained", EN, TC_TNONE, 0}, {"unresolved", EN, TC_TNONE, 0}, {"unscheduled", EN, TC_TNONE, 0},
    {"unannounced", EN, TC_TNONE, 0}, {"unsolicited", EN, TC_TNONE, 0}, {"unsecured", EN, TC_TNONE, 0},
    {"unopposed", EN, TC_TNONE, 0}, {"unarmed", EN, TC_TNONE, 0}, {"unemployed", EN, TC_TNONE, 0},
};
const size_t vl_timex_lexicon_len = sizeof vl_timex_lexicon / sizeof vl_timex_lexicon[0];

/* The patterns.  Order matters only between matches of the same extent:
 * the earlier rule wins.  Determiners and modifiers are K_PREFIX rules. */
const tx_rule vl_timex_rules[] = {
    /* --- prefixes: modifiers (param: mod from the MOD word) and determiners */
    {FR, K_PREFIX, -1, 0, "MOD de|du|d'|des? l'|la|le|les?"},
    /* ... with its own article, which prefixes do not chain to: "d'ici
     * la fin de l'année", "depuis le début de l'année", "à la mi-juin"
     * (the gold's extents, 82 of 82) */
    {FR, K_PREFIX, -1, 0, "le|la|l' MOD de|du|d'|des? l'|la|le|les?"},
    {FR, K_PREFIX, -1, 0, "QUANT"},
    {FR, K_PREFIX, MOD_APPROX, RF_POINT, "vers"},
    {FR, K_PREFIX, MOD_APPROX, 0, "pres de|d'"},
    {FR, K_PREFIX, MOD_MORE_THAN, 0, "plus de|d'"},
    {FR, K_PREFIX, MOD_LESS_THAN, 0, "moins de|d'"},
    {FR, K_PREFIX, MOD_EQUAL_OR_MORE, 0, "au moins"},
    {FR, K_PREFIX, 0, 0, "le|la|l'|les"},
    /* "ce vendredi", "ce mardi 30 juin": the demonstrative is part of the
     * expression, as in "ce matin", "ce week-end" (French TimeBank) */
    {FR, K_PREFIX, 0, 0, "ce|cette"},
    {EN, K_PREFIX, -1, 0, "the MOD of? the?"},
    {EN, K_PREFIX, -1, 0, "MOD of the?"},
    {EN, K_PREFIX, -1, RF_BAREMOD, "MOD the?"},
    {EN, K_PREFIX, -1, 0, "QUANT"},
    {EN, K_PREFIX, MOD_MORE_THAN, 0, "more than"},
    {EN, K_PREFIX, MOD_LESS_THAN, 0, "less|fewer than"},
    {EN, K_PREFIX, MOD_EQUAL_OR_MORE, 0, "at least"},
    {EN, K_PREFIX, MOD_EQUAL_OR_LESS, 0, "up to"},
    /* "at most 45 minutes": no more than */
    {EN, K_PREFIX, MOD_EQUAL_OR_LESS, 0, "at most"},
    /* (but "delays added up to 3 hours" is the verb "add up to": a sum) */
    {EN, K_NONE, 0, 0, "add|added|adds|adding up to"},
    /* "no more than sixty days" is at most sixty, "no less than" at least */
    {EN, K_PREFIX, MOD_EQUAL_OR_LESS, 0, "no|not more than"},
    {EN, K_PREFIX, MOD_EQUAL_OR_MORE, 0, "no|not less|fewer than"},
    {EN, K_PREFIX, 0, RF_DETDUR, "the"},
    /* half of a month, decade or century is its start or end ("the
     * second half of the 1990s"); half of a year is a half (rules below) */
    {EN, K_PREFIX, MOD_START, 0, "the? first half of the?"},
    {EN, K_PREFIX, MOD_END, 0, "the? second|last|latter half of the?"},
    /* "the first week of March", "the last days of 2023": its start or end
     * (not "the last week" and a stray month) */
    {EN, K_PREFIX, MOD_START, 0, "the first|opening week|weeks|days of"},
    {EN, K_PREFIX, MOD_END, 0, "the last|final|closing week|weeks|days of"},

    /* --- not time: the news of a given hour is a programme, not a time
     * nor a duration: "le 20 heures de France 2", "présentateur du 13h",
     * "le journal de 20 heures" (a forecaster's "bulletin de 16h" is
     * issued at a time of a day: a time) */
    {FR, K_NONE, 0, 0, "du|au HOUR heures|h"},
    {FR, K_NONE, 0, 0, "du|au CLOCK"},
    /* ("le" is also a prefix of the durations: the blocker must be
     * longer than "le 13h" to win, so it takes the channel's "de") */
    {FR, K_NONE, 0, 0, "le HOUR heures|h de|d'|sur"},
    {FR, K_NONE, 0, 0, "le CLOCK de|d'|sur"},
    {FR, K_NONE, 0, 0, "journal|jt de HOUR heures|h"},
    {FR, K_NONE, 0, 0, "journal|jt de CLOCK"},
    /* --- not time: ages */
    {FR, K_NONE, 0, 0, "age|agee|ages|agees de NUM ans"},
    {FR, K_NONE, 0, 0, "homme|femme|hommes|femmes|garcon|fille|enfant|adolescent|adolescente|jeune|bebe de NUM ans"},
    /* "une fillette de trois ans", "l'informaticien de 34 ans": an age
     * (PERSON: the nouns of the lexicon, and names and nouns of a
     * person's shape, marked in timex.c) */
    {FR, K_NONE, 0, 0, "PERSON de|d' NUM ans|an"},
    /* two ages or a range of them: "âgés de 19 et 50 ans", "des jeunes de
     * 17 à 27 ans" */
    {FR, K_NONE, 0, 0, "age|agee|ages|agees|PERSON de|d' NUM et|a|ou NUM ans"},
    /* an age set off after a name: "Marie, 34 ans, a témoigné",
     * "raconte André, 73 ans." */
    {FR, K_NONE, 0, 0, "_,|_( NUM ans _,|_)|_.|_;"},
    /* an age group: "les moins de 15 ans", "chez les plus de 65 ans" */
    {FR, K_NONE, 0, 0, "les|des|aux moins|plus de|d' NUM ans"},
    /* "elle n'avait que 11 ans quand", "il a 33 ans.": avoir and an age
     * that ends the clause ("il a 20 ans d'expérience" counts years);
     * "a" only after its subject, the key being also that of "à" */
    {FR, K_NONE, 0, 0,
     "avait|avaient|ont|aura|aurait|auront|avoir|ayant|avais|ai|as que|seulement|deja|presque|bientot|alors|pas|encore? "
     "NUM ans|an _.|_,|_;|_)|_!|_?|_et|_quand|_lorsque|_lors|_au|_a"},
    {FR, K_NONE, 0, 0,
     "_il|_elle|_qui|_on|_n'|_ne|_en a que|seulement|deja|presque|bientot|alors|pas|encore? "
     "NUM ans|an _.|_,|_;|_)|_!|_?|_et|_quand|_lorsque|_lors|_au|_a"},
    /* "mort à 85 ans", "la retraite à 67 ans": the age of an event */
    {FR, K_NONE, 0, 0, "_mort|_morte|_decede|_decedee|_eteint|_eteinte|_meurt|_disparu|_disparue|_retraite|_pivot a "
                       "seulement|presque? NUM ans|an"},
    /* ... and "à 26 ans" closing its phrase is an age, whatever the verb
     * ("publié en 1961, à 26 ans.", "A 94 ans, il fait face", "entre à 7
     * ans au conservatoire"); "à 20 ans de prison" counts years */
    {FR, K_NONE, 0, 0, "a NUM ans _.|_,|_;|_?|_)|_!"},
    {FR, K_NONE, 0, 0, "a NUM ans _au|_dans|_chez|_lors|_quand|_lorsque"},
    /* ... but not a span that reaches back or ahead ("les faits remontent
     * à dix ans", "d'ici à 5 ans") or the end of a range of spans ("de six
     * mois à trois ans", "de 2 à 3 ans") */
    {FR, K_DUR, 0, 0, "_remonte|_remontent|_remontait|_remontaient|_remonterait|_remontant|_d'ici|_UNITS _a NUM ans"},
    {FR, K_DUR, 0, 0, "_de _NUM _a NUM ans"},
    /* ... nor a length put at ("d'une durée estimée à quatre ans", "une
     * durée fixée à cinq ans") */
    {FR, K_DUR, 0, 0, "_duree _estimee|_evaluee|_fixee|_prevue|_limitee|_portee _a NUM ans"},
    /* "un homme d'une quarantaine d'années", "âgée d'une vingtaine
     * d'années": an age (on OrangeSum nearly all of them follow a person) */
    {FR, K_NONE, 0, 0, "d' une NUM d' annees"},
    {EN, K_NONE, 0, 0, "NUM UNIT|UNITS old"},
    {EN, K_NONE, 0, 0, "aged NUM"},
    /* a day a contact relative clause defines is an event's, named by
     * its use: "on the last day the governor had to act", "the first day
     * they met" (as the gold's "the last day of classes") */
    {EN, K_NONE, 0, 0, "the last|first day the|he|she|they|it|we|i|you"},
    /* "en 2026, dernière année d'ouverture", "en 2017, la dernière année
     * disponible": an apposition after a comma says what the time told
     * before was (the final one), not the year before the dispatch */
    {FR, K_NONE, 0, 0, ", la? derniere|premiere annee"},
    /* ... and "mardi, dernier jour d'audience", ", premier jour de
     * classe": a day in apposition named by its use ("..., le dernier jour
     * du mois" stays: the longer date wins) */
    {FR, K_NONE, 0, 0, ", le|la? dernier|derniere|premier|premiere jour|journee de|d'"},
    /* "au début du semestre d'internat", "un trimestre d'études": a term
     * of a course or a job, no half or quarter of the calendar ("le
     * premier semestre de l'année" keeps its "de") */
    {FR, K_NONE, 0, 0, "semestre|trimestre d'"},
    /* an age bound after people: "everyone older than 6 months",
     * "children under 2 years", "babies younger than 12 months" */
    {EN, K_NONE, 0, 0, "everyone|anyone|people|persons|children|kids|adults|infants|babies|toddlers|patients "
                       "older|younger|over|under than? NUM UNIT|UNITS"},
    {EN, K_NONE, 0, 0, "residents|women|men|girls|boys|those older|younger|over|under than? NUM UNIT|UNITS"},
    /* "children under 5 years of age", "at 12 to 15 months of age" */
    {EN, K_NONE, 0, 0, "NUM to|and|or? NUM? UNIT|UNITS of age"},
    /* "as soon as he arrives" is a conjunction; "as soon as possible" a time */
    {EN, K_NONE, 0, 0, "as soon as"},
    /* names: the newspaper, the football club (classes, not literal
     * words: a literal "today" or "wednesday" would join TC_LIT, which
     * lets "the" before it pass for a counted period's) */
    {EN, K_NONE, 0, 0, "usa REL"},
    {EN, K_NONE, 0, 0, "sheffield DOW"},
    /* a share, not a period: "a quarter of the shares", "three quarters of" */
    {EN, K_NONE, 0, 0, "NUM quarter|quarters of"},

    /* --- absolute and underspecified dates */
    {ALL, K_DATE, 0, 0, "ISO"},
    /* "cut Sunday service", "Saturday hours": a weekday naming the kind
     * of a service or schedule is every such day (batch 17; before the
     * weekday rows, which it ties) */
    {EN, K_SET, 0, 0, "DOW _service|_services|_schedule|_schedules|_hours|_shifts"},
    {FR, K_DATE, 0, 0, "DOW? DAY MONTH YEAR|PAST|NEXT?"},
    {FR, K_DATE, 0, 0, "DOW DAY"},
    /* "le 23 mars au soir", "le 2 juin au matin": that day's part */
    {FR, K_DATE, 0, 0, "DOW? DAY MONTH YEAR? au POD"},
    /* "le matin du 9 janvier 2014", "la nuit du 6 mai", "la nuit de
     * vendredi": that day's part, one expression */
    {FR, K_DATE, 0, 0, "POD du DAY MONTH YEAR?"},
    {FR, K_DATE, 0, 0, "POD de DOW PAST|NEXT? DAY? MONTH? YEAR?"},
    {FR, K_DATE, 0, 0, "mois de|d' MONTH YEAR|PAST|NEXT?"},
    {FR, K_DATE, 0, RF_Y2, "DOW? DAY MONTH YEAR2"},
    {FR, K_DATE, 0, RF_Y2, "MONTH YEAR2"},
    {FR, K_DATE, 0, 0, "MONTH YEAR|PAST|NEXT?"},
    {FR, K_DATE, 0, 0, "l'? annee|an YEAR"},
    {FR, K_DATE, 0, RF_BAREYEAR, "YEAR"},
    {FR, K_DATE, 0, 0, "DOW PAST|NEXT? POD?"},
    /* "la nuit de mercredi à jeudi", "la nuit du 14 au 15 février 2016",
     * "la nuit du 31 janvier au 1er février": the night of the first day
     * (param -1: a date given is the day it ends, less one day; a bare
     * weekday, the first one; complete() in timex.c) */
    {FR, K_TIME, -1, 0, "nuit de|du DOW a|au DOW PAST|NEXT? DAY? MONTH? YEAR?"},
    {FR, K_TIME, -1, 0, "nuit du DAY MONTH? au DAY MONTH YEAR?"},
    /* "jeudi midi", "mardi minuit": that day at noon or midnight */
    {FR, K_TIME, 0, 0, "DOW PAST|NEXT? midi|minuit"},
    /* "jusqu'à vendredi 10 heures", "lundi 8h30": that day at that hour
     * (not "vendredi 10", a day of the month that is no Friday) */
    {FR, K_TIME, 0, 0, "DOW PAST|NEXT? HOUR heures|heure MIN?"},
    {FR, K_TIME, 0, 0, "DOW PAST|NEXT? CLOCK"},
    {FR, K_TIME, 0, 0, "DOW PAST|NEXT? HOUR h MIN?"},
    /* "jusqu'à demain 6 heures", "hier 23h": that day at that hour */
    {FR, K_TIME, 0, 0, "REL HOUR heures|heure|h MIN?"},
    {FR, K_TIME, 0, 0, "REL CLOCK"},
    {FR, K_DATE, 0, 0, "HOLIDAY YEAR|PAST|NEXT?"},
    /* "le Nouvel An", "les festivités du Nouvel An": New Year's Day (not
     * the Jewish, Chinese or Iranian new year, of other calendars) */
    {FR, K_DATE, 0, 0, "nouvel an YEAR?"},
    /* ... and "le jour de l'An", the same day */
    {FR, K_DATE, 0, 0, "le? jour de l' an YEAR?"},
    {FR, K_NONE, 0, 0, "nouvel an juif|chinois|lunaire|vietnamien|iranien|perse|persan|kurde|berbere|tibetain|orthodoxe|musulman"},
    {FR, K_NONE, 0, 0, "nouvel an islamique|hegirien|tamoul|thai|khmer|bouddhiste|thailandais|coreen|ethiopien|mongol|cambodgien|laotien"},
    {FR, K_NONE, 0, 0, "hashana|hachana|hashanah|norouz|nowruz|tet ( nouvel an"},
    {FR, K_DATE, 0, 0, "SEASON YEAR|PAST|NEXT"},
    {FR, K_DATE, 0, 0, "THIS SEASON"},
    {FR, K_DATE, 0, 0, "_en|_au SEASON"},
    /* the article is the expression's: "à l'automne", "avant l'été" (the
     * gold's extents 51 of 51, French TimeBank's "l'automne") */
    {FR, K_DATE, 0, 0, "l' SEASON"},
    /* "depuis le printemps", "avant l'hiver" ("l'" is taken above) */
    {FR, K_DATE, 0, 0, "_depuis|_avant|_apres|_pendant|_durant|_des|_jusqu'a le SEASON YEAR?"},
    /* ... and one a modifier opens: "la fin de l'été", "au début de
     * l'automne" (the modifier prefix takes "de l'") */
    {FR, K_DATE, 0, RF_AFTERMOD, "SEASON"},
    {FR, K_DATE, 0, 0, "ORD|PAST UNIT YEAR"},
    {FR, K_DATE, 0, 0, "ORD UNIT YEAR?"},
    {EN, K_DATE, 0, 0, "DOW ,? MONTH DAY ,? YEAR?"},
    {EN, K_DATE, 0, 0, "MONTH DAY ,? YEAR?"},
    /* "the week of March 6": that day's ISO week */
    {EN, K_DATE, 0, 0, "the? week of MONTH DAY ,? YEAR?"},
    /* "the weekend of April 13" is that day's weekend */
    {EN, K_DATE, 0, 0, "the weekend of MONTH DAY ,? YEAR?"},
    /* ... and so are "la semaine du 23 mars", "le week-end du 4 juillet" */
    {FR, K_DATE, 0, 0, "la|le semaine|week-end|weekend du DAY MONTH YEAR?"},
    /* "the first Sunday in May", "the last Friday of June 2027" */
    {EN, K_DATE, 0, 0, "the ORD|last DOW of|in MONTH ,? YEAR?"},
    {EN, K_DATE, 0, 0, "DOW ,? DAY of? MONTH ,? YEAR?"},
    /* "the fifth of November", "the Fourth of July" */
    {EN, K_DATE, 0, 0, "the ORD of MONTH ,? YEAR?"},
    /* ... and the holiday's name without "the", as a modifier: "its
     * Fourth of July recess", "a Fourth of July parade" */
    {EN, K_DATE, 0, 0, "ORD of MONTH _recess|_holiday|_holidays|_weekend|_parade|_fireworks|_break|_celebration|_celebrations"},
    {EN, K_DATE, 0, 0, "DAY of? MONTH ,? YEAR?"},
    {EN, K_DATE, 0, 0, "MONTH of? YEAR"},
    /* "submitted in December, 1985." (but "In December, 2000 people
     * marched": a count; the year must end the phrase) */
    {EN, K_DATE, 0, 0, "MONTH , YEAR _.|_,|_;|_)|_and|_when|_after|_before"},
    {EN, K_DATE, 0, 0, "MONTH DAY? ,? PAST|NEXT|THIS year"},
    {EN, K_DATE, 0, 0, "DAY of? MONTH PAST|NEXT|THIS year"},
    /* "in April of that year", "June of the following year": the month of
     * the year the story told (RF_ANAPH), shifted as the word says */
    {EN, K_DATE, 0, RF_ANAPH, "MONTH DAY? ,? of? that year"},
    /* "he left that October.": the month in the year told, where it ends
     * the clause ("said that October sales rose" is a conjunction's) */
    {EN, K_DATE, 0, RF_ANAPH, "that MONTH _,|_.|_;|_:|_)"},
    {FR, K_DATE, 0, RF_ANAPH, "DAY? MONTH de la meme annee"},
    /* "June 16th of last year", "May of next year" */
    {EN, K_DATE, 0, 0, "MONTH DAY? ,? of PAST|NEXT|THIS year"},
    {EN, K_DATE, 0, RF_ANAPH, "MONTH DAY? ,? of? the same|following|next|previous|preceding|prior year"},
    /* "shot last Oct. 23", "due next June 30": that day, the last or next one */
    {EN, K_DATE, 0, 0, "PAST|NEXT MONTH DAY"},
    {EN, K_DATE, 0, 0, "PAST|NEXT|THIS MONTH"},
    /* a futures or delivery month is one to come ("the June delivery",
     * "the July contract", "spot May"), whatever the tense of the market
     * report (param 1: the future, obeyed as written) */
    {EN, K_DATE, 1, 0, "MONTH _delivery|_deliveries|_contract|_contracts|_futures|_options|_position|_positions|_loading|_loadings"},
    {EN, K_DATE, 1, 0, "_spot|_nearby MONTH"},
    {EN, K_DATE, 0, 0, "MONTH"},
    {EN, K_DATE, 0, 0, "fiscal YEAR"},
    {FR, K_DATE, 0, 0, "l' exercice fiscal? YEAR"},
    {EN, K_DATE, 0, 0, "the? year YEAR"},
    {EN, K_DATE, 0, RF_BAREYEAR, "YEAR"},
    {EN, K_DATE, 0, 0, "PAST|NEXT|THIS DOW POD?"},
    {EN, K_DATE, 0, 0, "DOW POD?"},
    {EN, K_DATE, 0, 0, "HOLIDAY day? YEAR?"},
    /* holidays named by two or three words, capitalised: "New Year's Day",
     * "New Year's Eve", "Christmas Eve", "Labor Day" (first Monday of
     * September), "Memorial Day" (last Monday of May), "Columbus Day"
     * (second Monday of October), "Veterans Day",
     * "Valentine's Day", "Boxing Day" (December 26) */
    {EN, K_DATE, 0, RF_CAP, "new year 's day|eve YEAR?"},
    {EN, K_DATE, 0, RF_CAP, "labor|memorial|veterans|boxing|columbus day YEAR?"},
    /* "Black Friday", the day after Thanksgiving, in French copy too */
    {ALL, K_DATE, 0, RF_CAP, "black friday YEAR?"},
    {EN, K_DATE, 0, RF_CAP, "valentine 's day YEAR?"},
    /* "Election Day": the Tuesday after the first Monday of November */
    {EN, K_DATE, 0, RF_CAP, "election day YEAR?"},
    {EN, K_DATE, 0, 0, "HOLIDAY eve YEAR?"},
    /* "the day after Thanksgiving", "the day before Christmas": a day from
     * the holiday (its name alone would cut the extent; batch 19's "the
     * day before the season's opening gala" is one DATE) */
    {EN, K_DATE, 0, 0, "the day after|before HOLIDAY YEAR?"},
    {EN, K_DATE, 0, 0, "PAST|NEXT new year 's day|eve"},
    /* the days of Easter: "Good Friday", "Easter Monday" (not a weekday
     * after the feast) */
    {EN, K_DATE, 0, RF_CAP, "good friday YEAR?"},
    {EN, K_DATE, 0, 0, "HOLIDAY sunday|monday YEAR?"},
    {EN, K_DATE, 0, 0, "PAST|NEXT good friday"},
    {EN, K_DATE, 0, 0, "PAST|NEXT HOLIDAY sunday|monday"},
    {FR, K_DATE, 0, 0, "vendredi saint YEAR?"},
    {FR, K_DATE, 0, 0, "lundi de HOLIDAY YEAR?"},
    {EN, K_DATE, 0, 0, "PAST|NEXT HOLIDAY day|eve?"},
    /* "Easter week", "Christmas week": the ISO week of the holiday */
    {EN, K_DATE, 0, 0, "PAST|NEXT? HOLIDAY week"},
    /* ... and "the Thanksgiving holiday weekend", "Christmas weekend" the
     * weekend of that week (batches 5 and 17: "the New Year weekend") */
    {EN, K_DATE, 0, 0, "the? PAST|NEXT? HOLIDAY holiday? weekend"},
    {EN, K_DATE, 0, 0, "PAST|NEXT|THIS SEASON|fall"},
    {EN, K_DATE, 0, 0, "THIS past SEASON|fall|DOW"},
    /* "that summer": of the year the text tells ("that fall" is as often
     * a relative clause: "prices that fall") */
    {EN, K_DATE, 0, 0, "that SEASON"},
    /* "chasing these guys all summer": the season its clause's tense
     * places, "all" in the extent (batch 17's "tout l'été") */
    {EN, K_DATE, 0, 0, "all SEASON"},
    /* ... and "waited all year", "open all year": the year it places */
    {EN, K_REL, 0, 0, "all year"},
    {EN, K_DATE, 0, 0, "the? SEASON of? YEAR"},
    /* "the fall of 2022", "in fall 2022" ("fall" is no season alone) */
    {EN, K_DATE, 0, 0, "the fall of YEAR"},
    {EN, K_DATE, 0, 0, "_in|_during|_by|_until|_since fall YEAR"},
    /* "sold out since the fall.", "back in the fall, when": after a
     * preposition of time and before the clause ends, the season (not
     * "the fall of the wall", "the fall in prices") */
    {EN, K_DATE, 0, 0, "_since|_in|_during|_until|_by|_through|_before|_after|_over the fall _.|_,|_;|_and|_when"},
    /* ... and before a noun of a time of year, as the other seasons are
     * taken: "before the fall selling season", "after the fall break" */
    {EN, K_DATE, 0, 0, "_since|_in|_during|_until|_by|_through|_before|_after|_over|_for|_of the fall "
                       "_season|_selling|_shopping|_break|_semester|_term|_window|_harvest|_campaign|_schedule|_lineup"},
    {EN, K_DATE, 0, 0, "SEASON|fall PAST|NEXT|THIS year"},
    /* "planned for the autumn", "before the winter", "in spring": after
     * a preposition of time the season is a date ("the spring" alone may
     * be a water spring, "fall" alone a verb) */
    {EN, K_DATE, 0, 0, "_in|_during|_over|_into|_through|_until|_by|_since|_for|_before|_after|_till the SEASON"},
    {EN, K_DATE, 0, 0, "_of|_throughout the SEASON"},
    /* ... and after a modifier with "of", which the prefix took with the
     * article: "the end of the summer", "the beginning of winter" (the
     * mod kept; not "a late spring would...", nor "the end of the Spring
     * session"; French has its own, "la fin de l'été") */
    {EN, K_DATE, 0, RF_AFTERMOD, "SEASON"},
    {EN, K_NONE, 0, RF_AFTERMOD, "SEASON wheat|crop|crops|grain|grains|barley|rye|oats|plantings|sowings|wheats|session"},
    /* (a season naming a crop or a sitting is no time: "of the winter
     * wheat", "winter and spring wheat", "the Spring session") */
    {EN, K_NONE, 0, 0, "of|and the? SEASON wheat|crop|crops|grain|grains|barley|rye|oats|plantings|sowings|wheats|session"},
    /* a season a weather word qualifies: "after a dry spring", "its
     * driest summer since 1950" (param 2: with no tense, the nearest such
     * season, "the chance of a wet spring" told on 31 December) */
    {EN, K_DATE, 2, 0, "_dry|_wet|_cold|_mild|_cool|_rainy|_snowy|_harsh SEASON"},
    /* (not "a hot spring", "warm springs": water) */
    {EN, K_DATE, 2, 0, "_hot|_warm summer|winter|autumn"},
    {EN, K_DATE, 2, 0, "_driest|_wettest|_hottest|_coldest|_warmest|_coolest|_mildest SEASON"},
    /* (an ordinal counts them: "a third dry summer", "its second
     * straight wet winter") */
    {EN, K_NONE, 0, 0, "ORD straight|consecutive? dry|wet|hot|cold|mild|warm|cool|rainy|snowy|harsh SEASON"},
    {EN, K_DATE, 0, 0, "_in|_during|_until|_by|_since|_before|_after|_till SEASON"},
    /* ... and so is one a modifier opens: "peak in late summer", "by early
     * spring", "in the late autumn" (the modifier gives the mod) */
    {EN, K_DATE, 0, 0, "_in|_during|_over|_into|_through|_until|_by|_since|_for|_before|_after|_till the? MOD SEASON"},
    /* "the third quarter of 1989"; without a year, "of" is not the
     * expression's ("the third quarter of $226 million") */
    {EN, K_DATE, 0, 0, "ORD UNIT of? fiscal? YEAR"},
    {EN, K_DATE, 0, 0, "ORD UNIT of the current|fiscal? year"},
    {EN, K_DATE, 0, 0, "ORD UNIT"},
    {EN, K_DATE, 0, 0, "YEAR|fiscal ORD UNIT"},
    /* "the first 1986 quarter": the year inside (not 1986 quarters);
     * "1986 year net" (earnings tables): that year */
    {EN, K_DATE, 0, 0, "ORD fiscal? YEAR quarter|half"},
    {EN, K_DATE, 0, 0, "fiscal? YEAR year"},
    /* "fiscal 1990's first quarter", "1988's fourth quarter" */
    {EN, K_DATE, 0, 0, "fiscal? YEAR 's fiscal? ORD UNIT"},
    /* a quarter of a year named relatively: "this year's third quarter",
     * "the fourth quarter of last year" */
    {EN, K_DATE, 0, 0, "PAST|NEXT|THIS UNIT 's ORD UNIT"},
    {EN, K_DATE, 0, 0, "ORD UNIT of PAST|NEXT|THIS UNIT"},
    /* a half of a named year: "the first half of 2023", "the last half of
     * fiscal 1989", "the second half of next year", "this year's first
     * half" (a bare "second half" is as often a match's: not tagged) */
    {EN, K_DATE, 0, 0, "ORD|last|latter half of fiscal? YEAR"},
    {EN, K_DATE, 0, 0, "ORD|last|latter half of PAST|NEXT|THIS year"},
    {EN, K_DATE, 0, 0, "ORD|last|latter half of the current|fiscal? year"},
    {EN, K_DATE, 0, 0, "PAST|NEXT|THIS year 's ORD|latter half"},
    {EN, K_DATE, 0, 0, "YEAR 's ORD|latter half"},
    /* the analysts' shorthand: "Q1 2027", "fiscal 2026 H2", and a half
     * before what is reported ("H1 profit"); a quarter needs its year
     * ("Audi Q3 sales" is a car's) */
    {EN, K_DATE, 0, 0, "q1|q2|q3|q4|h1|h2 fiscal? YEAR"},
    {EN, K_DATE, 0, 0, "fiscal? YEAR q1|q2|q3|q4|h1|h2"},
    {EN, K_DATE, 0, 0, "h1|h2 _REPORT"},
    /* a quarter named by its months: "the July-September quarter" (Q3;
     * TempEval-3 tags such a quarter whole) */
    {EN, K_DATE, 0, 0, "the MONTH -? MONTH UNIT"},
    /* the first of a range of years: "covering 2021 through 2025" */
    {EN, K_DATE, 0, 0, "YEAR _through|_thru"},
    /* "FY2026" (split into "fy" and the year by the tokenizer): the
     * fiscal year, which TimeML values as the year ("fiscal 2026") */
    {EN, K_DATE, 0, 0, "fy YEAR"},
    /* a quarter or half after a preposition or determiner: "in Q3", "a
     * flat H1", "for H2", "the Q4 results" (not "Audi Q3 sales") */
    {EN, K_DATE, 0, 0, "_in|_for|_during|_since|_a|_the|_its|_flat|_weak|_strong|_from|_than q1|q2|q3|q4|h1|h2"},
    {FR, K_DATE, 0, 0, "MONTH"},

    /* --- the quarter of a business report (K_QREF: param quarters from it) */
    /* (RF_ANAPH: from the quarter the text named; else the last ended) */
    {EN, K_QREF, 0, RF_ANAPH, "the|that quarter"},
    {EN, K_QREF, 0, 0, "the latest|recent|just-ended|past quarter|period"},
    {EN, K_QREF, 0, 0, "the most recent quarter|period"},
    {EN, K_QREF, -4, RF_ANAPH, "the|a comparable|same? year-earlier|year-ago ORD? quarter|period"},
    {EN, K_QREF, -4, RF_ANAPH, "the same|comparable|corresponding? quarter|period a year ago|earlier"},
    {EN, K_QREF, -4, RF_ANAPH, "the same|comparable|corresponding quarter|period last year"},
    {EN, K_YAGO, 0, 0, "year-earlier|year-ago"},
    /* "le trimestre" of a results story or a statistics release: the quarter
     * its lead reported on (a French report names the quarters it
     * compares with, "après un recul au deuxième trimestre", before
     * coming back to "le trimestre"); "le trimestre précédent", "le
     * trimestre dernier" are longer matches and win */
    {FR, K_QREF, 0, RF_ANAPH | RF_FIRSTQ, "le trimestre"},

    /* --- clock times */
    /* a clock-shaped count before "de" + noun is how long something
     * lasted: "1h44 de séquestration", "2h30 de débat", "à 2h de Paris"
     * (PT1H44M); a time of day takes "du" ("1h44 du matin") */
    {FR, K_TIME, 0, 0, "CLOCK _de|_d' _DOW|_demain|_hier|_aujourd'hui|_ce|_cette"}, /* "la séance de 14h30 de jeudi" */
    {FR, K_TIME, 0, 0, "CLOCK _de _l'|_la _POD"},                                     /* "2h de l'après-midi" */
    {FR, K_TIME, 0, 0, "_a|_vers|_des|_avant|_apres|_jusqu'a|_depuis HOUR heures|heure de l'|la POD"},
    /* "9 heures du matin", "3 heures de l'après-midi": a time of day
     * whatever comes before it ("de 9 heures du matin jusqu'à 16 heures") */
    {FR, K_TIME, 0, 0, "HOUR heures|heure du POD"},
    {FR, K_TIME, 0, 0, "HOUR heures|heure de l'|la POD"},
    /* a range of clock times told once: "entre 14 et 20 heures" (but
     * "entre 2 et 3 heures d'attente" is how long) */
    {FR, K_DUR, 0, 0, "_entre _HOUR _et HOUR heures _de|_d'"},
    {FR, K_TIME, 0, 0, "_entre _HOUR _et HOUR heures"},
    {FR, K_DUR, 0, 0, "CLOCK _de|_d'"},
    /* the same with the hours written out: "après deux heures de
     * cache-cache" is how long, not "after two o'clock" */
    {FR, K_DUR, 0, 0, "_apres|_avant|_depuis HOUR heures|heure _de|_d'"},
    /* ... and after "pendant", "durant", "en" ("négocié pendant 3h",
     * "bouclé en 2h06"; after
     * "moins de", "plus de", "près de" see clock_count in timex.c) */
    {FR, K_DUR, 0, 0, "_pendant|_durant|_en CLOCK"},
    /* a clock time then its weekday: "à 8h15 le samedi" is that
     * Saturday at 8:15; with no preposition before it, it is the name of
     * a programme ("l'émission 19h le dimanche") */
    {FR, K_TIME, 0, RF_PREP, "CLOCK le|ce DOW PAST|NEXT?"},
    {FR, K_TIME, 0, RF_PREP, "CLOCK le|ce DOW DAY MONTH YEAR?"},
    {FR, K_NONE, 0, 0, "CLOCK le DOW"},
    {ALL, K_TIME, 0, 0, "CLOCK AMPM?"},
    /* race and record times: "2 h 06 min 12 s", "1 h 45 min", "3 min 42
     * s", "9 s 58" are how long (PT2H6M12S, PT9.58S: race_time in
     * timex.c), not the clock time "2 h 06" */
    {FR, K_DUR, 0, 0, "HOUR h MIN min|mn NUM? s?"},
    /* "huit ans et neuf mois", "two hours 40 minutes", "3 years and 2
     * months": one duration (compound_duration in timex.c) */
    {ALL, K_DUR, 0, RF_COMPOUND, "NUM UNIT|UNITS and|et? NUM UNIT|UNITS"},
    {ALL, K_DUR, 0, RF_COMPOUND, "NUM UNIT|UNITS NUM UNIT|UNITS and|et? NUM UNIT|UNITS"},
    /* ... and with a comma between: "3 hours, 10 minutes" (a match whose
     * units do not run down, "for 2 days, 3 hours later"... stays two) */
    {ALL, K_DUR, 0, RF_COMPOUND, "NUM UNIT|UNITS , NUM UNIT|UNITS"},
    {ALL, K_DUR, 0, RF_COMPOUND, "NUM UNIT|UNITS , NUM UNIT|UNITS ,? and|et NUM UNIT|UNITS"},
    /* ... and a race time spelt out: "2 hours, 6 minutes, 41 seconds" */
    {ALL, K_DUR, 0, RF_COMPOUND, "NUM UNIT|UNITS , NUM UNIT|UNITS , NUM UNIT|UNITS"},
    {ALL, K_DUR, 0, RF_COMPOUND, "a|an|un|une UNIT and|et NUM UNIT|UNITS"},
    {FR, K_DUR, 0, 0, "NUM min|mn NUM s NUM?"},
    {FR, K_DUR, 0, 0, "NUM s NUM"},
    /* a total past a day: "58 h 12 min 40 s" (HOUR stops at 24) */
    {FR, K_DUR, 0, 0, "NUM h MIN min|mn NUM s"},
    /* a gap in seconds alone after "à": "arrivé à 9 s", "à 31 s" (the
     * elision of "à 3 s'ajoute" is another token) */
    {FR, K_DUR, 0, 0, "_a NUM s"},
    /* a race gap: "à 18 centièmes", "pour trois dixièmes" (not of
     * anything else: "trois dixièmes de point") */
    {FR, K_DUR, 0, 0, "NUM dixiemes|centiemes|milliemes"},
    {FR, K_NONE, 0, 0, "NUM dixiemes|centiemes|milliemes de|d'|du|des"},
    /* "bouclé en 1 h 52", "pendant 2 h 30": after "en", "pendant",
     * "durant" a clock-shaped "N h MM" is how long; French writes a time of
     * day after "à", never after "en" */
    {FR, K_DUR, 0, 0, "_pendant|_durant|_en HOUR h MIN?"},
    {FR, K_TIME, 0, 0, "HOUR h MIN?"},
    {FR, K_TIME, 0, 0, "_a|_vers|_des|_avant|_apres|_jusqu'a|_depuis HOUR heures|heure MIN?"},
    /* ... and after "à partir de" (the ends of a range, "entre 22 heures
     * et 6 heures": clock_range in timex.c) */
    {FR, K_TIME, 0, 0, "_partir _de|_d' HOUR heures|heure MIN?"},
    /* "Il est 19 heures" (the newsreader's clock, "il est 4 heures du
     * matin à Nouméa"): a time of day, not how long; "il est resté 19
     * heures" has a verb between and stays a span */
    {FR, K_TIME, 0, 0, "_il _est HOUR heures|heure MIN?"},
    /* ... and an hour given with its time zone ("17 heures en temps
     * universel", "7 heures GMT", "3 heures heure locale"): a span has
     * none.  The zone stays out of the extent, as the gold batches write
     * "heure de Paris" */
    {FR, K_TIME, 0, 0, "HOUR heures|heure MIN? _gmt|_utc|_tu"},
    {FR, K_TIME, 0, 0, "HOUR heures|heure MIN? _en _temps _universel"},
    {FR, K_TIME, 0, 0, "HOUR heures|heure MIN? _,? _heure|_heures _locale|_locales"},
    {FR, K_TIME, 0, 0, "_alentours|_autour _de|_d' HOUR heures|heure MIN?"},
    /* overtime, rush hours: no time */
    {FR, K_NONE, 0, 0, "des|les|aux? heures supplementaires|creuses|sup"},
    {FR, K_NONE, 0, 0, "des|les|aux? heures de pointe|d'affluence"},
    {FR, K_TIME, 0, 0, "_a|_vers|_des|_avant|_apres|_jusqu'a midi|minuit"},
    /* "depuis minuit", "d'ici minuit", "à partir de minuit" */
    {FR, K_TIME, 0, 0, "_depuis|_d'ici midi|minuit"},
    {FR, K_TIME, 0, 0, "_partir _de midi|minuit"},
    {EN, K_TIME, 0, 0, "HOUR AMPM"},
    {EN, K_TIME, 0, 0, "HOUR o'clock"},
    /* "4 in the morning", "9 o'clock at night": the part of day tells the
     * half of the clock (resolved in timex_resolve.c) */
    {EN, K_TIME, 0, 0, "HOUR o'clock? in the POD"},
    {EN, K_TIME, 0, 0, "HOUR o'clock? at night"},
    /* ... and after minutes: "2:46 in the afternoon" */
    {EN, K_TIME, 0, 0, "CLOCK in the POD"},
    {EN, K_TIME, 0, 0, "CLOCK at night"},
    {EN, K_TIME, 0, 0, "_at|_by|_before|_after|_until|_around|_since|_from|_till|_past noon|midnight|midday"},
    /* ... and the ends of a range of clock times: "between noon and 7
     * p.m.", "between 8 a.m. and noon" (midnight, whose day a range
     * shifts, is left to the clock-time rules) */
    {EN, K_TIME, 0, 0, "_between|_and|_to noon|midday"},
    /* the first end of a range of hours sharing the second's a.m. or
     * p.m.: the "2" of "between 2 and 5 p.m.", "from 9 to 11 a.m." (timex.c
     * checks the hour and its marker after) */
    {EN, K_TIME, 0, 0, "_between|_from HOUR _and|_to"},
    /* a clock time then its day, as agency copy writes them: "9 a.m. EST
     * Tuesday", "noon Thursday" (the weekday placed by the tense rule) */
    {EN, K_TIME, 0, 0, "CLOCK AMPM? est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc? DOW"},
    {EN, K_TIME, 0, 0, "HOUR AMPM est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc? DOW"},
    {EN, K_TIME, 0, 0, "noon|midnight|midday DOW"},
    /* the time zone belongs to the clock time: "9:30 a.m. EST", "1600 GMT" */
    {EN, K_TIME, 0, 0, "CLOCK AMPM? est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|hrs"},
    {EN, K_TIME, 0, 0, "HOUR AMPM est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc"},
    /* ... or its date: "5 p.m. EST Nov. 9" */
    {EN, K_TIME, 0, 0, "CLOCK AMPM? est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc? ,? MONTH DAY ,? YEAR?"},
    {EN, K_TIME, 0, 0, "HOUR AMPM est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc? ,? MONTH DAY ,? YEAR?"},

    /* --- relative to the reference */
    /* "Aujourd'hui, la ville a changé": set off by a comma, nowadays */
    {FR, K_REF, REF_PRESENT, RF_TIME_TYPE | RF_OPENS, "aujourd'hui _,"},
    {FR, K_REF, REF_PRESENT, RF_TIME_TYPE, "_et|_mais|_puis _, aujourd'hui _,"},
    {ALL, K_REL, 0, 0, "REL POD? DOW?"},
    {FR, K_REL, 0, 0, "REL en|dans MOD? de|d'? la|l'? POD"},
    {FR, K_REL, 0, 0, "THIS|PAST|NEXT POD"},
    {FR, K_REL, 0, 0, "THIS UNIT ci?"},
    {FR, K_REL, 0, 0, "UNIT PAST|NEXT"},
    {FR, K_REL, 0, 0, "PAST|NEXT UNIT"},
    {FR, K_REL, 0, 0, "POD PAST|NEXT"},
    {FR, K_REL, 0, 0, "UNIT en cours"},
    /* a company's fiscal year, "l'exercice en cours" (this year, as
     * "l'année en cours"; "exercice" is the year in timex.c, not a unit:
     * "un exercice militaire" counts none) */
    {FR, K_REL, 0, 0, "l' exercice en cours"},
    /* "toute la semaine", "toute la semaine prochaine": the week, as "cette
     * semaine" (French TimeBank's "toute l'année" is no guide: a set);
     * "toute la journée" is a span of one day (P1D) */
    {FR, K_REL, 0, 0, "toute la semaine PAST|NEXT?"},
    /* ... and "tout le week-end", the weekend "ce week-end" would be */
    {FR, K_REL, 0, 0, "tout le UNIT PAST|NEXT?"},
    /* ... and "tout le printemps", "tout l'hiver dernier": the season, with
     * "tout" in the extent (batch 17) */
    {FR, K_DATE, 0, 0, "tout le|l' SEASON PAST|NEXT?"},
    {FR, K_DUR, 1, 0, "toute la journee"},
    /* a day named by its use is an event, no span: "une journée ville
     * morte" (batch 25; quoted, "une journée \"ville morte\"", see
     * post_tokens; "une journée de grèves" is left, batches silent) */
    {FR, K_NONE, 0, 0, "une|la|cette|leur journee|journees ville|villes mortes?"},
    /* "un retour au calme pour le week-end", "durant le week-end": this
     * weekend, placed by the tense like "ce week-end" (English: "over
     * the weekend") */
    {FR, K_REL, 0, 0, "_pour|_durant|_pendant le week-end|weekend"},
    /* ... but "le week-end de la Pentecôte", "du 23 septembre" is that one */
    /* "le week-end de la Pentecôte", "le week-end de Pâques": the
     * weekend of the holiday's week, as "the Easter weekend" */
    {FR, K_DATE, 0, 0, "le week-end|weekend de la|l'? HOLIDAY"},
    {FR, K_NONE, 0, 0, "_pour|_durant|_pendant le week-end|weekend de|du|des|d'"},
    {FR, K_REL, 0, RF_AFTERMOD, "UNIT"},
    /* a part of day with no day named is the day the text is telling:
     * "Le 24 mars, elle avait passé la soirée et la nuit chez un ami",
     * "dans la soirée", "en fin d'après-midi", "le matin même" */
    {FR, K_REL, 0, RF_ANAPH, "la|le|l' POD meme?"},
    {FR, K_REL, 0, RF_ANAPH, "en POD"},
    {FR, K_REL, 0, RF_ANAPH | RF_AFTERMOD, "POD"},
    {FR, K_REL, 0, RF_ANAPH, "le|ce meme jour"},
    /* ... and "le jour même", the same day in the other order */
    {FR, K_REL, 0, RF_ANAPH, "le jour meme"},
    /* "la même année", "le même mois": the year or month the text tells,
     * but "la même semaine en 2019" is a comparison's, of another year */
    {FR, K_REL, 0, RF_ANAPH, "la|le meme UNIT"},
    {FR, K_NONE, 0, 0, "la|le meme UNIT en|de|d' _YEAR|_PAST|_l'"},
    /* "ce jour-là", "cette année-là", "ce soir-là": the day, year or part
     * of day the text is telling, not the dispatch's ("that day") */
    {FR, K_REL, 0, RF_ANAPH, "THIS UNIT|POD la`"},
    /* "la veille", the day before the one told (as "le lendemain" is the
     * day after), when it stands alone: "la veille de l'élection" names
     * its own day, "la veille technologique" is no time; before a
     * preposition, a determiner or a conjunction it ends its phrase ("le
     * procès s'était tenu la veille devant", "annoncé la veille par",
     * "avait défendu la veille un traité") */
    {FR, K_REL, -1, RF_ANAPH, "la veille _,|_.|_;|_)|_:|_a|_au|_en|_et|_elle|_il|_on"},
    {FR, K_REL, -1, RF_ANAPH, "la veille _aux|_par|_avec|_sur|_sous|_dans|_pour|_devant|_chez|_lors|_selon|_ni"},
    {FR, K_REL, -1, RF_ANAPH, "la veille _un|_une|_le|_les|_son|_sa|_ses|_leur|_qu'|_que"},
    {FR, K_REL, -1, RF_ANAPH, "la veille au soir|matin"},
    /* "a annoncé vendredi, à la veille de l'ouverture du Salon": in
     * apposition to the day just told, that day (complete() requires the
     * apposition; alone, the event's day is unknown) */
    {FR, K_REL, 0, RF_ANAPH, "la veille _de|_du|_des|_d'"},
    {EN, K_REL, 0, 0, "THIS|PAST|NEXT POD"},
    {EN, K_REL, 0, 0, "THIS|PAST|NEXT UNIT"},
    /* "this past week", "this past weekend": the last one */
    {EN, K_REL, 0, 0, "THIS past UNIT"},
    {EN, K_REL, 0, 0, "earlier|later THIS UNIT"},
    /* broadcast copy: "earlier today", "later tonight", "later this
     * morning": the day or part of day, the adverb in the extent */
    {EN, K_REL, 0, 0, "earlier|later REL"},
    {EN, K_REL, 0, 0, "earlier|later THIS POD"},
    /* "searched overnight.", "could fall overnight, with": the night
     * the clause's tense places, as "the night" (not a modifier, "the
     * overnight rate", "overnight sessions"); "all night" likewise */
    {EN, K_REL, 0, 0, "overnight _.|_,|_;|_with|_and|_as|_after|_before|_in|_to|_from|_into"},
    {EN, K_REL, 0, 0, "all night"},
    /* ... and "worked through the night to pull residents off", "would
     * work through the night, officials said" (the gold twice) */
    {EN, K_REL, 0, 0, "_through|_throughout the night _.|_,|_;|_to|_and|_as|_with|_in|_on|_after|_before|_until"},
    /* "the year ended Sept. 30": a twelve-month period named by its last
     * day (a fiscal year), not the calendar year: a duration, P1Y */
    {EN, K_DUR, 0, 0, "the fiscal? year _ended|_ending"},
    /* ... and so is "the year to March", "the year through June 30" */
    {EN, K_DUR, 0, 0, "the fiscal? year _to|_through _MONTH"},
    /* "the year" of a dispatch is its year ("net for the year rose") */
    {EN, K_REL, 0, 0, "the current|fiscal|full? year"},
    {EN, K_REL, 0, 0, "the current fiscal year"},
    /* "by the end of the calendar year": this year, said against a
     * fiscal one, after a modifier only (alone it is as often generic,
     * "its fiscal year matches the calendar year", or a report's year) */
    {EN, K_REL, 0, RF_AFTERMOD, "the current? calendar year"},
    {EN, K_DATE, 0, 0, "the? calendar year YEAR"},
    /* "six days into the new fiscal year": the one just begun or about
     * to begin, named by the year it ends in (complete()) */
    {EN, K_REL, 0, 0, "the new fiscal year"},
    /* "take effect with the new year", "in the new year": the year about
     * to begin (told from September) or just begun */
    {EN, K_REL, 0, 0, "the new year"},
    {EN, K_REL, 0, 0, "year 's? MOD"},
    {EN, K_REL, 0, RF_AFTERMOD, "UNIT"},
    {EN, K_REL, 0, RF_ANAPH, "that|the same day"},
    /* "that year", "later that month": the year or month the text tells */
    {EN, K_REL, 0, RF_ANAPH, "earlier|later? that year|month|week"},
    /* "the same year": the year the text tells (not "the same month",
     * "the same week": as often "the same week a year earlier") */
    {EN, K_REL, 0, RF_ANAPH, "the same year"},
    /* ... but "the same month last year" is the month told, a year back
     * (complete()) */
    {EN, K_REL, 0, RF_ANAPH, "the same month last|next year"},
    /* "earlier in the year", "later in the month": like "earlier this
     * year", the dispatch's year or month */
    {EN, K_REL, 0, 0, "earlier|later in the year|month|week"},
    /* "over the weekend": this weekend, placed by the tense like "ce week-end" */
    {EN, K_REL, 0, 0, "_over|_during|_on|_for|_at|_through|_by|_until|_before the weekend"},
    /* ... and the object of a verb of spending time: "planned to spend the
     * weekend with his mother", "spent the weekend in talks" */
    {EN, K_REL, 0, 0, "_spend|_spends|_spent|_spending the weekend"},
    /* "a look back at the decade": the dispatch's */
    {EN, K_REL, 0, 0, "the decade"},
    {EN, K_REL, 0, RF_ANAPH, "that same day"},
    {EN, K_REL, -2, 0, "the? day before yesterday"},
    /* "walked out on Sept. 6, the day before the opening gala": in
     * apposition to the day just told, that day (as "la veille de") */
    {EN, K_REL, 0, RF_ANAPH, "the day before _the|_its|_his|_her|_their"},
    /* "had rested the night before": the night of the day before the
     * one told, when it ends its phrase */
    {EN, K_REL, -1, RF_ANAPH, "the POD before _.|_,|_;|_)|_and|_but|_when|_at|_in|_to"},
    {EN, K_REL, 2, 0, "the? day after tomorrow"},

    /* --- ago and later */
    {FR, K_AGO, 0, 0, "il y a QUANT? NUM|VAGUE UNIT|UNITS"},
    /* "il y a une trentaine d'années", "dans une quinzaine de jours", "une
     * dizaine de jours": a collective numeral (NUM and QUANT) and its
     * unit; "d'une quarantaine d'années" after a person is an age (below) */
    {FR, K_AGO, 0, 0, "il y a une NUM de|d' UNITS"},
    /* "une demi-heure", "half an hour": half of one unit (complete() in
     * timex.c makes the count a bare half) */
    {FR, K_AGO, 0, 0, "il y a une demi UNIT"},
    /* "dans quinze jours", "dans un mois", "dans une demi-heure": the span
     * to wait, a DURATION without "dans" (as "in", a preposition: batches
     * 15 and 17) */
    {FR, K_DUR, 0, 0, "_dans une demi UNIT"},
    {FR, K_DUR, 0, 0, "une demi UNIT"},
    /* "un quart d'heure", "trois quarts d'heure": 15 and 45 minutes
     * (complete() in timex.c turns the quarters into minutes) */
    {FR, K_DUR, 0, 0, "NUM quart|quarts d' heure"},
    {EN, K_AGO, 0, 0, "half an|a UNIT ago|earlier"},
    {EN, K_DUR, 0, 0, "half an|a UNIT"},
    {FR, K_DUR, 0, 0, "_dans une NUM de|d' UNITS"},
    {FR, K_DUR, 0, 0, "_dans NUM|VAGUE UNIT|UNITS"},
    /* "un an plus tôt", "trois ans auparavant", "deux jours plus tard":
     * counted from the last date the text told, at its precision (after
     * "en mars 2024", "un an plus tôt" is 2023-03), as TimeBank reads "a
     * year earlier" (RF_ANAPH; story_shift in timex.c); with no such date,
     * "plus tôt" counts from the dispatch as "il y a" does, and "plus
     * tard" stays the duration it counts (docs/timex.md) */
    {FR, K_AGO, 0, RF_ANAPH, "NUM UNIT|UNITS plus tot"},
    {FR, K_AGO, 0, RF_ANAPH, "NUM UNIT|UNITS auparavant"},
    {FR, K_LATER, 0, RF_ANAPH, "NUM UNIT|UNITS plus tard"},
    {EN, K_AGO, 0, 0, "QUANT? NUM|VAGUE UNIT|UNITS ago|earlier"},
    {EN, K_AGO, 0, 0, "a few UNITS ago|earlier"},
    /* "against $5 a year before.": "before" ending its phrase is
     * "earlier" ("a year before the vote" is a span before an event) */
    {EN, K_AGO, 0, 0, "QUANT? NUM|VAGUE UNIT|UNITS before _,|_.|_;|_:|_)"},
    /* "down from 15 million the year before.", "the month after,": the
     * article makes it the story's (counted as "un an plus tôt", one unit:
     * the param); before an event ("the year before the war") it is
     * none of these */
    {EN, K_AGO, 1, RF_ANAPH, "the UNIT before _,|_.|_;|_:|_)"},
    {EN, K_LATER, 1, RF_ANAPH, "the UNIT after _,|_.|_;|_:|_)"},
    /* "within a year" bounds a span: a duration, "within" outside it.
     * "in" stays outside too, as in TimeBank (in <two weeks>, the first
     * time in <22 years>: none of its 50 durations after "in" takes it) */
    /* ... but "the first time in 20 years" is the span since the last
     * time, whatever the tense ("could return for the first time in 20
     * years") */
    {EN, K_DUR, 0, 0, "_time _in NUM|VAGUE UNITS"},
    {EN, K_LATER, 0, RF_NEEDFUT, "_in NUM|VAGUE UNIT|UNITS"},
    {EN, K_LATER, 1, 0, "NUM UNIT|UNITS from now"},

    /* --- references and plural periods */
    {EN, K_REF, 0, 0, "REF"},
    {FR, K_REF, 0, RF_TIME_TYPE, "REF"},
    {FR, K_REF, REF_PRESENT, RF_TIME_TYPE, "_a present"},
    {FR, K_REF, REF_PRESENT, RF_TIME_TYPE, "en ce moment"},
    {FR, K_REF, REF_PRESENT, RF_TIME_TYPE, "ces jours-ci"},
    {FR, K_REF, REF_FUTURE, RF_TIME_TYPE, "l'? avenir"},
    {FR, K_REF, REF_PRESENT, RF_TIME_TYPE, "actuel|actuelle|actuels|actuelles"},
    {EN, K_REF, REF_FUTURE, 0, "_in the future"},
    /* "worried about the future", "well into the future"; but "the future
     * of the company" is its fate, not a time (the blocker is longer) */
    {EN, K_REF, REF_FUTURE, 0, "the future"},
    {EN, K_NONE, 0, 0, "the future of"},
    {EN, K_REF, REF_FUTURE, 0, "a later date|time"},
    {EN, K_REF, REF_PAST, 0, "_in the past"},
    {EN, K_REF, REF_PRESENT, 0, "these days"},
    {EN, K_REF, REF_FUTURE, 0, "as soon as possible"},
    {EN, K_REF, REF_FUTURE, 0, "the near|foreseeable future"},
    {EN, K_REF, REF_FUTURE, 0, "the near|short term"},
    {EN, K_REF, REF_PRESENT, 0, "at present"},
    /* "in recent weeks" is "the past few weeks": a vague span ending now
     * (PXW), as the TIDES/TimeML guidelines write it.  "recent years" is
     * most often the past itself in TempEval-3 (PAST_REF twice, PXY once
     * in its tuning half; batch 14 of tests/data/timex-gold too) */
    {EN, K_REF, REF_PAST, 0, "recent years"},
    {EN, K_DUR, -2, 0, "recent UNITS"},
    {FR, K_PLREF, 0, 0, "ces|les? PAST|NEXT UNITS"},
    {FR, K_PLREF, 0, 0, "ces|les? UNITS PAST|NEXT"},
    {FR, K_PLREF, 1, 0, "ces|les? UNITS a venir"},
    {EN, K_PLREF, 0, 0, "the? NEXT|PAST UNITS"},

    /* a rate: "$21 an hour", "50,000 barrels a day", "eight meetings a
     * year", "3,000 calls a week" are sets (TimeBank: "$33 million a
     * year", "fifty thousand CDs a year"), where "for a year", "a year
     * ago" count one unit.  Before the durations, which it must win. */
    {EN, K_SET, 0, RF_RATE, "a|an UNIT"},

    /* --- durations */
    {ALL, K_DUR, 0, 0, "NUM UNIT|UNITS"},
    {ALL, K_DUR, 0, 0, "VAGUE UNITS"},
    {FR, K_DUR, 0, 0, "des UNITS"},
    {FR, K_DUR, 0, 0, "une NUM de|d' UNITS"},
    /* "passé" without its determiner is a participle ("a passé 45
     * minutes") or a preposition ("passé 20 heures"), not "last" */
    {FR, K_DUR, 0, 0, "ces|les PAST|NEXT NUM UNITS"},
    {FR, K_DUR, 0, 0, "derniers|dernieres|prochains|prochaines NUM UNITS"},
    {FR, K_DUR, 0, 0, "ces|les? NUM PAST|NEXT UNITS"},
    /* "les neuf premiers mois", "les deux premières semaines": a span
     * counted from a start, as "the first nine months" (TimeBank: P9M) */
    {FR, K_DUR, 0, 0, "les? NUM premiers|premieres UNITS"},
    {EN, K_DUR, 0, 0, "a few UNITS"},
    /* "five straight months", "three consecutive days": a span (French
     * "sept jours d'affilée" leaves its adverb out: "sept jours") */
    {EN, K_DUR, 0, 0, "NUM straight|consecutive|successive UNITS"},
    /* "it will take a while", "for a while": a vague span of no unit
     * (TimeBank: PXX); "a while ago" is the vague past, and "once in a
     * while" (sometimes) no time at all */
    {EN, K_DUR, -2, 0, "a while"},
    {EN, K_REF, REF_PAST, 0, "a while ago"},
    {EN, K_NONE, 0, 0, "once in a while"},
    /* "a short time ago", "a short time earlier": spoken news's vague
     * past, as "a while ago" ("in a short time" stays untagged) */
    {EN, K_REF, REF_PAST, 0, "a short time ago|earlier"},
    /* bare "years ago", "decades ago" ("should have done years ago"): the
     * vague past, as "several years ago" */
    {EN, K_REF, REF_PAST, 0, "years|decades ago"},
    /* broadcast copy: "our top story this hour", "still counted at this
     * hour" (the hour of the newsreader's clock when told: complete() in
     * timex.c), "back at the top of the hour" (the next full hour) */
    {EN, K_REF, REF_PRESENT, 0, "this hour"},
    {EN, K_REF, REF_FUTURE, RF_TIME_TYPE, "the top of the hour"},
    /* "tout à l'heure": soon, or a moment ago in a past clause */
    {FR, K_REF, REF_FUTURE, RF_TIME_TYPE, "tout a l' heure"},
    /* "a week-long strike", "the decade-long war", "all day long": a span
     * of one unit (or of the count: "a two-day-long visit") */
    {EN, K_DUR, 0, 0, "NUM? UNIT long"},
    {EN, K_DUR, 0, 0, "NUM|VAGUE more UNIT|UNITS"},
    /* a bare plural after for/in/within counts an unknown number: "for
     * years", "the first time in months" (param -2: vague, PXY) */
    {EN, K_DUR, -2, 0, "_for|_in|_within UNITS"},
    /* ... and "hours" or "minutes" before after/later/earlier/before:
     * "hours after the vote" (complete(): not after a determiner or a
     * count; "months before" is left alone: on TempEval-3's held half it
     * cost more values than it found) */
    {EN, K_DUR, -2, 0, "hours|minutes _after|_later|_earlier|_before"},
    /* "in morning trading", "during afternoon trading": that part of the
     * day the story is on */
    {EN, K_REL, 0, RF_ANAPH, "_in|_during|_by POD _trading|_dealings|_deals"},
    {EN, K_DUR, 0, 0, "a? NUM of UNITS"},
    /* "an extra week", "an additional year": one more unit, a span */
    {EN, K_DUR, 1, 0, "a|an extra|additional UNIT"},
    /* "last" right after a modal or "to" is the verb: "the deal would
     * last four years", "talks could last several days" (the context
     * words are consumed: "may" would make "the May" a determiner's
     * month, "now" would lose its own PRESENT_REF) */
    {EN, K_DUR, 0, 0, "_can|_could|_might|_must|_should|_to|_will|_would _last NUM|VAGUE UNITS"},
    /* ... and with a bare plural, a vague count: "could last weeks" (PXW) */
    {EN, K_DUR, -2, 0, "_can|_could|_might|_must|_should|_to|_will|_would _last UNITS"},
    {EN, K_DUR, 0, 0, "the? past|last|next|first|ORD NUM|VAGUE UNITS"},
    {EN, K_DUR, 0, 0, "the? past UNIT"},
    /* a rate or a change over the decade to come: "1.8% a year over the
     * next decade", as "over the next 12 months" (P10Y; TimeBank's "over
     * the next year or so" is a date, so only decades and centuries) */
    {EN, K_DUR, 0, 0, "_over|_during|_throughout the next|coming decade|century"},

    /* --- sets */
    {FR, K_SET, 0, 0, "chaque NUM? UNIT|UNITS|DOW|POD"},
    /* a part of a weekday, every week: "chaque dimanche matin", "tous les
     * lundis soir", "every Sunday morning" (XXXX-WXX-7TMO) */
    {FR, K_SET, 0, 0, "chaque DOW POD"},
    {FR, K_SET, 0, 0, "tous les DOWS POD"},
    {EN, K_SET, 0, 0, "every|each DOW POD"},
    /* "chaque hiver", "tous les étés": XXXX-WI, XXXX-SU */
    {FR, K_SET, 0, 0, "chaque SEASON"},
    {EN, K_SET, 0, 0, "every|each SEASON|fall"},
    {FR, K_SET, 0, 0, "tous les SEASON|etes"},
    /* the seasons of the last few years, each of them: "les trois
     * derniers étés", "the past three summers" (TempEval-3: SET XXXX-SU) */
    {FR, K_SET, 0, 0, "les|ces NUM derniers SEASON|etes"},
    {EN, K_SET, 0, 0, "the past|last NUM summers|winters|springs|autumns"},
    /* the second season of a pair: "in spring and summer", "each spring
     * and autumn" (a set when the first is: timex.c, set_pair_end) */
    {EN, K_DATE, 0, 0, "_and SEASON"},
    /* a date of every year: "chaque 14 juillet", "tous les 1er mai",
     * "chaque mois d'août", "every July 4", "each May" (XXXX-07-14,
     * XXXX-05); not "tous les 15 jours", a count of days */
    {FR, K_SET, 0, 0, "chaque|tous|toutes les? DAY MONTH"},
    {FR, K_SET, 0, 0, "chaque|tous les? mois de|d' MONTH"},
    {EN, K_SET, 0, 0, "every|each MONTH DAY?"},
    {FR, K_SET, 0, 0, "tous|toutes les NUM? UNITS|DOWS"},
    /* "tous les matins", "toutes les nuits": every such part of day, as
     * "chaque matin" (XXXX-XX-XXTMO); the plurals are no parts of day
     * elsewhere ("ces dernières nuits", "les nuits de samedi à
     * dimanche"): named only here, gather reads them */
    {FR, K_SET, 0, 0, "tous|toutes les matins|soirs|nuits"},
    /* (and "8 000 spectateurs par soir", "120 euros par nuit": every such
     * part of day, as "chaque soir") */
    {FR, K_SET, 0, 0, "par UNIT|POD"},
    /* ... and "trois avalanches mortelles par hiver": every winter */
    {FR, K_SET, 0, 0, "par SEASON"},
    /* "deux fois par jour", "une fois par an": the frequency with its
     * period, as "twice a week" in English (param 1: a set of one unit) */
    {FR, K_SET, 1, 0, "NUM fois par UNIT"},
    /* ... a vague count too: "plusieurs fois par jour", "several times a
     * week" (the count in the extent, the period one unit) */
    {FR, K_SET, 1, 0, "VAGUE fois par UNIT"},
    /* ... and so is a span a period holds: "deux jours par semaine",
     * "douze heures par jour", "three days a week" (P1W) */
    {FR, K_SET, 1, 0, "NUM UNIT|UNITS par UNIT"},
    /* ... and nights of opening a week: "deux nuits par semaine" */
    {FR, K_SET, 1, 0, "NUM nuits|soirs|matins|nuit|soir|matin par UNIT"},
    /* "sept jours sur sept", "24 heures sur 24": every week, every day
     * (timex.c: the period the count fills; batch 10's "seven days a
     * week", P1W) */
    {FR, K_SET, 1, 0, "NUM UNITS sur NUM"},
    {EN, K_SET, 1, 0, "NUM UNIT|UNITS a|an|per UNIT"},
    {EN, K_SET, 0, 0, "every|each NUM? UNIT|UNITS|DOW|POD"},
    {EN, K_SET, 0, 0, "per UNIT"},
    /* "every couple of months": every two ("couple" is a NUM) */
    {EN, K_SET, 0, 0, "every|each NUM of UNITS"},
    /* a speed is no set: "185 km per hour", "115 miles an hour", "40
     * kilomètres par heure" (a distance before the unit) */
    {EN, K_NONE, 0, 0, "km|kilometers|kilometres|miles|mile|meters|metres|feet|knots per|an|a hour|minute|second"},
    {FR, K_NONE, 0, 0, "km|kilometres|metres|noeuds par heure|minute|seconde"},
    /* a frequency: "twice a week", "three times a year" are sets of the
     * unit (TIDES: P1W, with the count as the frequency), not durations
     * (param 1: the count is the frequency's, the period is one unit) */
    {EN, K_SET, 1, 0, "once|twice|thrice a|an|per|each UNIT"},
    {EN, K_SET, 1, 0, "NUM times a|an|per|each UNIT"},
    {EN, K_SET, 1, 0, "VAGUE times a|an|per|each UNIT"},
    {EN, K_SET, 0, 0, "_on DOWS"},
    /* ... and bare: "open Saturdays from 9 a.m.", "works Sundays" */
    {EN, K_SET, 0, 0, "DOWS"},
    /* "full on a Saturday night", "closed on a Sunday": any such day */
    {EN, K_SET, 0, 0, "_on _a DOW POD?"},
    /* the weekday a schedule leaves out is every such day: "tous les
     * jours sauf le lundi", "open daily except Monday" */
    {FR, K_SET, 0, 0, "_sauf|_excepte le DOW|week-end|weekend"},
    {EN, K_SET, 0, 0, "_except _on? DOW|DOWS"},
    /* generic weekdays of a schedule: French puts the article before a
     * weekday that recurs ("ouvert le samedi", "fermé le dimanche", "le
     * dimanche matin"; a given day is bare, "samedi", or dated, "le
     * samedi 16 janvier", which a longer rule takes); the second end of a
     * range or pair of such weekdays is one too (timex.c,
     * weekday_set_end), and "du lundi au vendredi" before clock times is
     * a schedule (timex.c, schedule_weekdays; without them it may be one
     * weekend's, "la brocante se tient du samedi au dimanche") */
    {FR, K_SET, 0, 0, "le DOW POD?"},
    /* one in two: "un mardi sur deux", "every other Tuesday" (the value
     * cannot say "other", TimeML's freq does), "every other week" (P2W) */
    {FR, K_SET, 0, 0, "un DOW sur deux"},
    {EN, K_SET, 0, 0, "every other DOW"},
    {EN, K_SET, 2, 0, "every other UNIT"},
    /* a part of a weekday in the plural: "Saturday mornings" (TimeBank:
     * "Tuesday nights", XXXX-WXX-2TNI) */
    {EN, K_SET, 0, 0, "DOW mornings|afternoons|evenings|nights"},
    /* (a date given with it is that day: "sauf le lundi 3 mars") */
    {FR, K_DATE, 0, 0, "_sauf|_excepte le DOW DAY MONTH YEAR?"},
    {EN, K_DATE, 0, 0, "_except _on? DOW ,? MONTH DAY ,? YEAR?"},
    /* after a determiner, a set adjective qualifies a thing, not the time
     * of an event: "its quarterly dividend", "a weekly magazine" */
    {ALL, K_SET, 0, RF_NODET, "SETADJ"},
    /* a comparison over a period is no repeated time: "en glissement
     * annuel", "en rythme annuel", "en variation mensuelle" (year-on-year;
     * "en moyenne quotidiennement" is a rate and stays a set) */
    {FR, K_NONE, 0, 0, "glissement|rythme|variation|base SETADJ"},

    /* --- decades and centuries */
    {FR, K_DECADE, 0, 0, "des|les? annees YEAR|NUM"},
    {ALL, K_DECADE, 0, 0, "DECADE"},
    /* "the 1980s": the article in the extent, as TempEval-3 ("the 1990s")
     * and the gold batches write it */
    {EN, K_DECADE, 0, 0, "the DECADE"},
    {FR, K_CENTURY, 0, 0, "CENT|ORD siecle"},
    {EN, K_CENTURY, 0, 0, "ORD century"},
};
const size_t vl_timex_rules_len = sizeof vl_timex_rules / sizeof vl_timex_rules[0];

/* Verb endings that mark the tense of a clause (words of at least min_len
 * bytes; TC_TNONE words are exempt). */
const tx_tense_suffix vl_timex_tense_suffixes[] = {
    {"eront", FR, 6, TENSE_FUTURE, 0}, {"iront", FR, 6, TENSE_FUTURE, 0}, {"dront", FR, 6, TENSE_FUTURE, 0},
    {"era", FR, 5, TENSE_FUTURE, 0}, {"ira", FR, 5, TENSE_FUTURE, 0}, {"dra", FR, 5, TENSE_FUTURE, 0},
    {"rra", FR, 5, TENSE_FUTURE, 0}, {"ttra", FR, 5, TENSE_FUTURE, 0},
    /* the future of -cevoir, -ivre (recevra, suivra, poursuivra, vivra);
     * "livra", a past historic, is rare in news */
    {"vra", FR, 5, TENSE_FUTURE, 0},
    /* the conditional of reported speech (elle entamerait, il prendrait)
     * places the event after the report: before the imperfect's -ait */
    {"eraient", FR, 8, TENSE_FUTURE, 0}, {"erait", FR, 6, TENSE_FUTURE, 0},
    {"draient", FR, 8, TENSE_FUTURE, 0}, {"drait", FR, 6, TENSE_FUTURE, 0},
    {"rraient", FR, 8, TENSE_FUTURE, 0}, {"rrait", FR, 6, TENSE_FUTURE, 0},
    {"rront", FR, 6, TENSE_FUTURE, 0}, {"ront", FR, 6, TENSE_FUTURE, 0},
    /* the future of quoted speech, first and second persons ("nous
     * reviendrons", "vous verrez", "je prendrai"); as written, so the
     * present "espérons", "libérez" (-érons, -érez) is none */
    {"erons", FR, 6, TENSE_FUTURE, 0}, {"drons", FR, 6, TENSE_FUTURE, 0}, {"rrons", FR, 6, TENSE_FUTURE, 0},
    {"erez", FR, 6, TENSE_FUTURE, 0}, {"drez", FR, 6, TENSE_FUTURE, 0}, {"rrez", FR, 6, TENSE_FUTURE, 0},
    {"erai", FR, 6, TENSE_FUTURE, 0}, {"drai", FR, 6, TENSE_FUTURE, 0}, {"rrai", FR, 6, TENSE_FUTURE, 0},
    /* the imperfect (reported: see tx_tense_suffix) */
    {"aient", FR, 6, TENSE_PAST, 1}, {"ait", FR, 5, TENSE_PAST, 1},
    {"ed", EN, 4, TENSE_PAST, 0},
};
const size_t vl_timex_tense_suffixes_len = sizeof vl_timex_tense_suffixes / sizeof vl_timex_tense_suffixes[0];

/* Endings of French person nouns (-ien(ne), -iste, -eur, -euse, -rice,
 * -ais(e), -ois(e), -ant(e), -ier(e)): such a word before "de" + years
 * makes them an age ("l'informaticien de 34 ans"). */
const tx_suffix vl_timex_person_suffixes[] = {
    {"ien", FR}, {"ienne", FR}, {"iste", FR}, {"eur", FR}, {"euse", FR}, {"rice", FR}, {"ais", FR},
    {"aise", FR}, {"ois", FR}, {"oise", FR}, {"ant", FR}, {"ante", FR}, {"iens", FR}, {"iennes", FR},
    {"ier", FR}, {"iere", FR}, {"een", FR}, {"eenne", FR}, {"eens", FR}, {"eennes", FR}, /* lycéen, européenne */
};
const size_t vl_timex_person_suffixes_len = sizeof vl_timex_person_suffixes / sizeof vl_timex_person_suffixes[0];

/* Ordinal endings glued to digits (1er, 2e, XXe, 21st, 2d); those in e or
 * i (French) also make a century. */
const tx_suffix vl_timex_ord_suffixes[] = {
    {"er", FR}, {"re", FR}, {"e", FR}, {"eme", FR}, {"ieme", FR},
    {"st", EN}, {"nd", EN}, {"rd", EN}, {"th", EN}, {"d", EN},
};
const size_t vl_timex_ord_suffixes_len = sizeof vl_timex_ord_suffixes / sizeof vl_timex_ord_suffixes[0];
