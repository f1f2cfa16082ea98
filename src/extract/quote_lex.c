/*
 * quote_lex.c -- the quotation rule base, as data: the reporting verbs of
 * French and English news and the small words the speaker patterns are
 * made of.  The engine (quote.c) generates the regular inflected forms of
 * each verb (French groups 1 and 2, English -s/-ed/-ing), so a lemma is
 * listed once; irregular forms are listed beside it.  Adding a verb is one
 * line here.
 */
#include "extract/quote_internal.h"

#define FR QL_FR
#define EN QL_EN

const qt_verb vl_quote_verbs[] = {
    /* French, group 1 (-er) */
    {"déclarer", FR, 0, NULL}, {"affirmer", FR, 0, NULL}, {"ajouter", FR, 0, NULL},
    {"estimer", FR, 0, NULL}, {"souligner", FR, 0, NULL}, {"expliquer", FR, 0, NULL},
    {"indiquer", FR, 0, NULL}, {"assurer", FR, 0, NULL}, {"lancer", FR, QV_WEAK, NULL},
    {"confier", FR, 0, NULL}, {"raconter", FR, 0, NULL}, {"préciser", FR, 0, NULL},
    {"insister", FR, 0, NULL}, {"marteler", FR, 0, "martèle martèlent martèlera"},
    {"rappeler", FR, 0, "rappelle rappellent rappellera rappellerait"},
    {"observer", FR, 0, NULL}, {"noter", FR, 0, NULL}, {"commenter", FR, 0, NULL},
    {"annoncer", FR, 0, NULL}, {"dénoncer", FR, 0, NULL}, {"déplorer", FR, 0, NULL},
    {"regretter", FR, 0, NULL}, {"juger", FR, 0, NULL}, {"considérer", FR, 0, "considère considèrent"},
    {"protester", FR, 0, NULL}, {"fustiger", FR, 0, NULL}, {"critiquer", FR, 0, NULL},
    {"accuser", FR, 0, NULL}, {"avouer", FR, 0, NULL}, {"admettre", FR, QV_NOGEN,
     "admet admettent admis admise admettait admettra admettrait admit"},
    {"reconnaître", FR, QV_NOGEN, "reconnaît reconnait reconnaissent reconnu reconnue reconnaissait reconnaîtra reconnut"},
    {"s'exclamer", FR, 0, NULL}, {"exclamer", FR, 0, NULL}, {"s'écrier", FR, 0, NULL},
    {"écrier", FR, 0, NULL}, {"s'interroger", FR, 0, NULL}, {"interroger", FR, 0, NULL},
    {"demander", FR, 0, NULL}, {"questionner", FR, 0, NULL}, {"s'inquiéter", FR, 0, "inquiète inquiètent"},
    {"inquiéter", FR, 0, NULL}, {"s'indigner", FR, 0, NULL}, {"indigner", FR, 0, NULL},
    {"se féliciter", FR, 0, NULL}, {"féliciter", FR, 0, NULL}, {"se réjouir", FR, QV_GROUP2, NULL},
    {"réjouir", FR, QV_GROUP2, NULL}, {"résumer", FR, 0, NULL}, {"relever", FR, 0, "relève relèvent"},
    {"signaler", FR, 0, NULL}, {"témoigner", FR, 0, NULL}, {"raconter", FR, 0, NULL},
    {"répliquer", FR, 0, NULL}, {"rétorquer", FR, 0, NULL}, {"riposter", FR, 0, NULL},
    {"ironiser", FR, 0, NULL}, {"plaisanter", FR, 0, NULL}, {"s'emporter", FR, 0, NULL},
    {"tonner", FR, 0, NULL}, {"s'alarmer", FR, 0, NULL}, {"alarmer", FR, 0, NULL},
    {"conclure", FR, QV_NOGEN, "conclut concluent conclu conclue concluait conclura conclurent"},
    {"poursuivre", FR, QV_NOGEN, "poursuit poursuivent poursuivi poursuivait poursuivra poursuivit"},
    {"continuer", FR, 0, NULL}, {"enchaîner", FR, 0, NULL}, {"renchérir", FR, QV_GROUP2, NULL},
    {"insister", FR, 0, NULL}, {"clamer", FR, 0, NULL}, {"proclamer", FR, 0, NULL},
    {"certifier", FR, 0, NULL}, {"jurer", FR, 0, NULL}, {"garantir", FR, QV_GROUP2, NULL},
    {"avertir", FR, QV_GROUP2, NULL}, {"prévenir", FR, QV_NOGEN,
     "prévient préviennent prévenu prévenue prévenait préviendra préviendrait"},
    {"menacer", FR, 0, NULL}, {"mettre en garde", FR, QV_NOGEN, NULL},
    {"promettre", FR, QV_NOGEN, "promet promettent promis promise promettait promettra promit"},
    {"répondre", FR, QV_NOGEN, "répond répondent répondu répondait répondra répondrait répondit répondirent"},
    {"reprendre", FR, QV_NOGEN, "reprend reprennent repris reprit reprenait reprendra"},
    {"dire", FR, QV_NOGEN, "dit dis disent dite disait disaient dira dirait diront disant"},
    {"redire", FR, QV_NOGEN, "redit redisent"},
    {"prédire", FR, QV_NOGEN, "prédit prédisent prédisait"},
    {"écrire", FR, QV_NOGEN, "écrit écrivent écrivait écrira écrivant écrivit"},
    {"soutenir", FR, QV_NOGEN, "soutient soutiennent soutenu soutenait soutiendra soutint"},
    {"maintenir", FR, QV_NOGEN, "maintient maintiennent maintenu maintenait"},
    {"convenir", FR, QV_NOGEN, "convient conviennent convenu"},
    {"interrompre", FR, QV_NOGEN, "interrompt interrompu"},
    {"s'étonner", FR, 0, NULL}, {"étonner", FR, 0, NULL}, {"murmurer", FR, 0, NULL},
    {"chuchoter", FR, 0, NULL}, {"crier", FR, 0, NULL}, {"hurler", FR, 0, NULL},
    {"s'écrier", FR, 0, NULL}, {"trancher", FR, 0, NULL}, {"résumer", FR, 0, NULL},
    {"analyser", FR, 0, NULL}, {"détailler", FR, 0, NULL}, {"développer", FR, 0, NULL},
    {"argumenter", FR, 0, NULL}, {"plaider", FR, 0, NULL}, {"réclamer", FR, 0, NULL},
    {"exiger", FR, 0, NULL}, {"appeler", FR, 0, "appelle appellent appellera"},
    {"exhorter", FR, 0, NULL}, {"implorer", FR, 0, NULL}, {"supplier", FR, 0, NULL},
    {"nier", FR, 0, NULL}, {"démentir", FR, QV_NOGEN, "dément démentent démenti démentait"},
    {"contester", FR, 0, NULL}, {"réfuter", FR, 0, NULL}, {"objecter", FR, 0, NULL},
    {"rassurer", FR, 0, NULL}, {"tempérer", FR, 0, "tempère"}, {"nuancer", FR, 0, NULL},
    {"relativiser", FR, 0, NULL}, {"confirmer", FR, 0, NULL}, {"informer", FR, 0, NULL},
    {"révéler", FR, 0, "révèle révèlent"}, {"dévoiler", FR, 0, NULL}, {"communiquer", FR, 0, NULL},
    {"publier", FR, 0, NULL}, {"tweeter", FR, 0, NULL}, {"twitter", FR, 0, NULL},
    {"poster", FR, 0, NULL}, {"répéter", FR, 0, "répète répètent"}, {"réitérer", FR, 0, "réitère"},
    {"qualifier", FR, QV_WEAK, NULL}, {"décrire", FR, QV_NOGEN, "décrit décrivent décrivait"},
    {"évoquer", FR, QV_WEAK, NULL}, {"promettre", FR, QV_NOGEN, NULL}, {"espérer", FR, 0, "espère espèrent"},
    {"s'interroger", FR, 0, NULL}, {"jubiler", FR, 0, NULL}, {"lâcher", FR, 0, NULL},
    {"glisser", FR, QV_WEAK, NULL}, {"souffler", FR, QV_WEAK, NULL}, {"résumer", FR, 0, NULL},
    {"tweeter", FR, 0, NULL}, {"annoncer", FR, 0, NULL}, {"assener", FR, 0, "assène"},
    {"asséner", FR, 0, "assène"}, {"trancher", FR, 0, NULL}, {"expliciter", FR, 0, NULL},
    {"admettre", FR, QV_NOGEN, NULL}, {"constater", FR, 0, NULL}, {"remarquer", FR, 0, NULL},
    {"reprocher", FR, 0, NULL}, {"condamner", FR, 0, NULL}, {"saluer", FR, QV_WEAK, NULL},
    {"mentionner", FR, 0, NULL}, {"citer", FR, QV_WEAK, NULL}, {"interpeller", FR, 0, NULL},
    {"penser", FR, 0, NULL}, {"croire", FR, QV_NOGEN, "croit croient cru croyait"},
    {"se dire", FR, QV_NOGEN, NULL}, {"assurer", FR, 0, NULL}, {"fulminer", FR, 0, NULL},
    {"s'agacer", FR, 0, NULL}, {"agacer", FR, 0, NULL}, {"pointer", FR, QV_WEAK, NULL},
    {"traiter", FR, QV_WEAK, NULL}, {"surnommer", FR, QV_WEAK, NULL}, {"louer", FR, QV_WEAK, NULL},
    {"parler", FR, QV_WEAK, NULL}, {"taxer", FR, QV_WEAK, NULL}, {"exprimer", FR, QV_WEAK, NULL},
    {"réagir", FR, QV_GROUP2, NULL}, {"défendre", FR, QV_NOGEN | QV_WEAK, "défend défendent défendu défendait"},
    /* manner-of-speaking verbs of news prose (« … », a-t-elle souri) */
    {"sourire", FR, QV_NOGEN, "sourit sourient souri souriait sourira"},
    {"rire", FR, QV_NOGEN, "rit rient ri riait"}, {"soupirer", FR, 0, NULL}, {"s'amuser", FR, 0, NULL},
    {"tacler", FR, 0, NULL}, {"cingler", FR, 0, NULL}, {"grincer", FR, 0, NULL}, {"pester", FR, 0, NULL},
    {"abonder", FR, 0, NULL}, {"concéder", FR, 0, "concède concèdent"}, {"s'insurger", FR, 0, NULL},
    {"s'offusquer", FR, 0, NULL}, {"se justifier", FR, 0, NULL}, {"se vanter", FR, 0, NULL},
    {"fanfaronner", FR, 0, NULL}, {"persifler", FR, 0, NULL}, {"se désoler", FR, 0, NULL},

    /* English */
    {"say", EN, QV_NOGEN, "say says said saying"}, {"tell", EN, QV_NOGEN, "tell tells told telling"},
    {"add", EN, 0, NULL}, {"state", EN, 0, NULL}, {"warn", EN, 0, NULL}, {"explain", EN, 0, NULL},
    {"announce", EN, 0, NULL}, {"claim", EN, 0, NULL}, {"insist", EN, 0, NULL}, {"note", EN, 0, NULL},
    {"argue", EN, 0, NULL}, {"ask", EN, 0, NULL}, {"acknowledge", EN, 0, NULL}, {"admit", EN, 0, "admitted admitting"},
    {"declare", EN, 0, NULL}, {"write", EN, QV_NOGEN, "write writes wrote written writing"},
    {"reply", EN, 0, NULL}, {"respond", EN, 0, NULL}, {"suggest", EN, 0, NULL}, {"predict", EN, 0, NULL},
    {"recall", EN, 0, NULL}, {"report", EN, QV_WEAK, NULL}, {"confirm", EN, 0, NULL}, {"deny", EN, 0, NULL},
    {"comment", EN, 0, NULL}, {"complain", EN, 0, NULL}, {"conclude", EN, 0, NULL}, {"continue", EN, 0, NULL},
    {"emphasize", EN, 0, NULL}, {"emphasise", EN, 0, NULL}, {"stress", EN, 0, NULL}, {"caution", EN, 0, NULL},
    {"testify", EN, 0, NULL}, {"tweet", EN, 0, NULL}, {"post", EN, QV_WEAK, NULL}, {"vow", EN, 0, NULL},
    {"pledge", EN, 0, NULL}, {"promise", EN, 0, NULL}, {"concede", EN, 0, NULL}, {"observe", EN, 0, NULL},
    {"remark", EN, 0, NULL}, {"reiterate", EN, 0, NULL}, {"recount", EN, 0, NULL}, {"describe", EN, QV_WEAK, NULL},
    {"urge", EN, 0, NULL}, {"boast", EN, 0, NULL}, {"joke", EN, 0, NULL}, {"quip", EN, 0, "quipped quipping"},
    {"shout", EN, 0, NULL}, {"yell", EN, 0, NULL}, {"scream", EN, 0, NULL}, {"whisper", EN, 0, NULL},
    {"mutter", EN, 0, NULL}, {"exclaim", EN, 0, NULL}, {"assert", EN, 0, NULL}, {"contend", EN, 0, NULL},
    {"maintain", EN, 0, NULL}, {"allege", EN, 0, NULL}, {"counter", EN, 0, NULL}, {"retort", EN, 0, NULL},
    {"answer", EN, 0, NULL}, {"agree", EN, 0, NULL}, {"mention", EN, 0, NULL}, {"point out", EN, QV_NOGEN, NULL},
    {"think", EN, QV_NOGEN, "think thinks thought"}, {"believe", EN, 0, NULL}, {"speak", EN, QV_NOGEN, "spoke"},
    {"reveal", EN, 0, NULL}, {"disclose", EN, 0, NULL}, {"inform", EN, 0, NULL}, {"indicate", EN, 0, NULL},
    {"estimate", EN, 0, NULL}, {"predict", EN, 0, NULL}, {"demand", EN, 0, NULL}, {"plead", EN, 0, NULL},
    {"charge", EN, QV_WEAK, NULL}, {"accuse", EN, 0, NULL}, {"criticize", EN, 0, NULL}, {"criticise", EN, 0, NULL},
    {"lament", EN, 0, NULL}, {"complain", EN, 0, NULL}, {"wonder", EN, 0, NULL}, {"muse", EN, 0, NULL},
    {"recount", EN, 0, NULL}, {"proclaim", EN, 0, NULL}, {"affirm", EN, 0, NULL}, {"assure", EN, 0, NULL},
    {"reassure", EN, 0, NULL}, {"advise", EN, 0, NULL}, {"remind", EN, 0, NULL}, {"repeat", EN, 0, NULL},
    {"blast", EN, QV_WEAK, NULL}, {"slam", EN, QV_WEAK, "slammed slamming"}, {"call", EN, QV_WEAK, NULL},
    /* as X put it, "…" / "…," was how X put it */
    {"put", EN, QV_WEAK | QV_NOGEN, "put puts"},
    {"threaten", EN, 0, NULL}, {"hint", EN, 0, NULL}, {"signal", EN, QV_WEAK, "signaled signalled"},
    {"snap", EN, 0, "snapped"}, {"laugh", EN, 0, NULL}, {"sigh", EN, 0, NULL}, {"chant", EN, 0, NULL},
    {"read", EN, QV_NOGEN | QV_WEAK, "reads"}, {"begin", EN, QV_NOGEN | QV_WEAK, NULL},
    {"tout", EN, QV_WEAK, NULL}, {"praise", EN, QV_WEAK, NULL}, {"hail", EN, QV_WEAK, NULL},
    {"label", EN, QV_WEAK, NULL}, {"brand", EN, QV_WEAK, NULL}, {"dub", EN, QV_WEAK, "dubbed dubbing"},
    {"condemn", EN, 0, NULL}, {"denounce", EN, 0, NULL}, {"decry", EN, 0, NULL}, {"declare", EN, 0, NULL}, {"reason", EN, 0, NULL}, {"interject", EN, 0, NULL},
};
const size_t vl_quote_verbs_len = sizeof vl_quote_verbs / sizeof vl_quote_verbs[0];

#define PRON QW_PRON
const qt_word vl_quote_words[] = {
    /* subject pronouns */
    {"il", FR, PRON | QW_MASC}, {"elle", FR, PRON | QW_FEM}, {"ils", FR, PRON | QW_PLURAL | QW_MASC},
    {"elles", FR, PRON | QW_PLURAL | QW_FEM}, {"on", FR, PRON | QW_PLURAL},
    {"he", EN, PRON | QW_MASC}, {"she", EN, PRON | QW_FEM}, {"they", EN, PRON | QW_PLURAL},
    /* never a speaker */
    {"je", FR, QW_NOSAY}, {"nous", FR, QW_NOSAY}, {"vous", FR, QW_NOSAY}, {"cela", FR, QW_NOSAY},
    {"ce", FR, QW_NOSAY | QW_DET}, {"ça", FR, QW_NOSAY}, {"i", EN, QW_NOSAY}, {"we", EN, QW_NOSAY},
    {"you", EN, QW_NOSAY}, {"it", EN, QW_NOSAY}, {"this", EN, QW_NOSAY | QW_DET}, {"that", EN, QW_NOSAY | QW_THAT},
    {"who", EN, QW_STOP | QW_REL}, {"which", EN, QW_STOP}, {"qui", FR, QW_STOP | QW_REL}, {"there", EN, QW_NOSAY},
    /* determiners that open a description */
    {"le", FR, QW_DET | QW_FUNC}, {"la", FR, QW_DET | QW_FUNC}, {"l'", FR, QW_DET | QW_FUNC},
    {"les", FR, QW_DET | QW_FUNC}, {"un", FR, QW_DET}, {"une", FR, QW_DET}, {"des", FR, QW_DET | QW_FUNC},
    {"son", FR, QW_DET}, {"sa", FR, QW_DET}, {"ses", FR, QW_DET}, {"leur", FR, QW_DET},
    {"cette", FR, QW_DET}, {"cet", FR, QW_DET}, {"ces", FR, QW_DET}, {"plusieurs", FR, QW_DET},
    {"the", EN, QW_DET | QW_FUNC}, {"a", EN, QW_DET | QW_FUNC}, {"an", EN, QW_DET | QW_FUNC},
    {"his", EN, QW_DET}, {"her", EN, QW_DET}, {"its", EN, QW_DET}, {"their", EN, QW_DET},
    {"these", EN, QW_DET}, {"those", EN, QW_DET}, {"several", EN, QW_DET}, {"one", EN, QW_DET},
    /* "the following statement": the word after it is a noun */
    {"following", EN, QW_DET},
    /* possessives of the first and second persons: a word after them is a
     * noun (my answer, notre appel), never a speaker's description */
    {"my", EN, QW_DET | QW_NOSAY}, {"our", EN, QW_DET | QW_NOSAY}, {"your", EN, QW_DET | QW_NOSAY},
    {"mon", FR, QW_DET | QW_NOSAY}, {"ma", FR, QW_DET | QW_NOSAY}, {"mes", FR, QW_DET | QW_NOSAY},
    {"notre", FR, QW_DET | QW_NOSAY}, {"nos", FR, QW_DET | QW_NOSAY}, {"votre", FR, QW_DET | QW_NOSAY},
    {"vos", FR, QW_DET | QW_NOSAY},
    /* auxiliaries before the participle (and French inversion heads) */
    {"a", FR, QW_AUX}, {"ont", FR, QW_AUX}, {"avait", FR, QW_AUX}, {"avaient", FR, QW_AUX},
    {"aura", FR, QW_AUX}, {"auront", FR, QW_AUX}, {"aurait", FR, QW_AUX}, {"auraient", FR, QW_AUX},
    {"est", FR, QW_AUX}, {"sont", FR, QW_AUX}, {"été", FR, QW_AUX}, {"était", FR, QW_AUX}, {"étaient", FR, QW_AUX}, {"s'est", FR, QW_AUX}, {"se", FR, QW_AUX},
    {"s'", FR, QW_AUX}, {"va", FR, QW_AUX}, {"vont", FR, QW_AUX}, {"doit", FR, QW_AUX},
    {"has", EN, QW_AUX}, {"have", EN, QW_AUX}, {"had", EN, QW_AUX}, {"will", EN, QW_AUX},
    {"would", EN, QW_AUX}, {"was", EN, QW_AUX}, {"were", EN, QW_AUX}, {"is", EN, QW_AUX},
    {"are", EN, QW_AUX}, {"did", EN, QW_AUX}, {"does", EN, QW_AUX}, {"could", EN, QW_AUX},
    {"can", EN, QW_AUX}, {"may", EN, QW_AUX}, {"might", EN, QW_AUX}, {"also", EN, QW_ADV},
    {"'s", EN, QW_AUX}, {"’s", EN, QW_AUX}, {"been", EN, QW_AUX}, {"not", EN, QW_ADV},
    /* adverbs inside the verb group */
    {"également", FR, QW_ADV}, {"aussi", FR, QW_ADV}, {"encore", FR, QW_ADV}, {"déjà", FR, QW_ADV},
    {"ensuite", FR, QW_ADV}, {"alors", FR, QW_ADV}, {"ainsi", FR, QW_ADV}, {"pourtant", FR, QW_ADV},
    {"toutefois", FR, QW_ADV}, {"cependant", FR, QW_ADV}, {"néanmoins", FR, QW_ADV}, {"même", FR, QW_ADV},
    {"notamment", FR, QW_ADV}, {"plus", FR, QW_ADV}, {"tard", FR, QW_ADV}, {"récemment", FR, QW_ADV},
    {"later", EN, QW_ADV}, {"then", EN, QW_ADV}, {"again", EN, QW_ADV}, {"previously", EN, QW_ADV},
    {"earlier", EN, QW_ADV}, {"recently", EN, QW_ADV}, {"repeatedly", EN, QW_ADV}, {"once", EN, QW_ADV},
    {"has", EN, QW_AUX}, {"frequently", EN, QW_ADV}, {"often", EN, QW_ADV}, {"publicly", EN, QW_ADV},
    {"privately", EN, QW_ADV}, {"flatly", EN, QW_ADV}, {"bluntly", EN, QW_ADV}, {"simply", EN, QW_ADV},
    {"reportedly", EN, QW_ADV}, {"subsequently", EN, QW_ADV}, {"even", EN, QW_ADV}, {"still", EN, QW_ADV},
    {"further", EN, QW_ADV}, {"first", EN, QW_ADV}, {"never", EN, QW_ADV}, {"just", EN, QW_ADV},
    {"already", EN, QW_ADV}, {"ultimately", EN, QW_ADV}, {"d'abord", FR, QW_ADV}, {"enfin", FR, QW_ADV},
    {"now", EN, QW_ADV}, {"long", EN, QW_ADV}, {"désormais", FR, QW_ADV}, {"toujours", FR, QW_ADV},
    {"aussitôt", FR, QW_ADV}, {"vite", FR, QW_ADV}, {"aujourd'hui", FR, QW_ADV},
    /* negated and modal auxiliaries: Trump isn't saying, X should say */
    {"isn't", EN, QW_AUX}, {"aren't", EN, QW_AUX}, {"wasn't", EN, QW_AUX}, {"weren't", EN, QW_AUX},
    {"doesn't", EN, QW_AUX}, {"didn't", EN, QW_AUX}, {"don't", EN, QW_AUX}, {"hasn't", EN, QW_AUX},
    {"haven't", EN, QW_AUX}, {"hadn't", EN, QW_AUX}, {"won't", EN, QW_AUX}, {"wouldn't", EN, QW_AUX},
    {"can't", EN, QW_AUX}, {"couldn't", EN, QW_AUX}, {"should", EN, QW_AUX}, {"shouldn't", EN, QW_AUX},
    {"must", EN, QW_AUX}, {"n'ont", FR, QW_AUX}, {"n'avait", FR, QW_AUX}, {"n'est", FR, QW_AUX},
    {"n'a", FR, QW_AUX}, {"ne", FR, QW_ADV}, {"n'", FR, QW_ADV}, {"pas", FR, QW_ADV}, {"jamais", FR, QW_ADV},
    {"lui", FR, QW_ADV | QW_OBJ | QW_MASC}, {"leur", FR, QW_ADV}, {"eux", FR, QW_OBJ | QW_PLURAL},
    {"him", EN, QW_OBJ | QW_MASC}, {"her", EN, QW_OBJ | QW_FEM}, {"them", EN, QW_OBJ | QW_PLURAL}, {"m'a", FR, QW_AUX}, {"nous", FR, QW_ADV},
    /* "selon X", "according to X" */
    {"selon", FR, QW_ACCORDING}, {"d'après", FR, QW_ACCORDING}, {"according", EN, QW_ACCORDING},
    /* indirect speech */
    {"que", FR, QW_THAT}, {"qu'", FR, QW_THAT},
    /* words that end a description after the verb (prepositions of place
     * and time, conjunctions, relatives) */
    {"à", FR, QW_STOP}, {"au", FR, QW_STOP}, {"aux", FR, QW_STOP}, {"lors", FR, QW_STOP},
    {"devant", FR, QW_STOP}, {"dans", FR, QW_STOP}, {"sur", FR, QW_STOP}, {"en", FR, QW_STOP},
    {"pendant", FR, QW_STOP}, {"après", FR, QW_STOP}, {"avant", FR, QW_STOP}, {"depuis", FR, QW_STOP},
    {"et", FR, QW_STOP}, {"mais", FR, QW_STOP}, {"car", FR, QW_STOP}, {"puis", FR, QW_STOP},
    {"mardi", FR, QW_STOP}, {"lundi", FR, QW_STOP}, {"mercredi", FR, QW_STOP}, {"jeudi", FR, QW_STOP},
    {"vendredi", FR, QW_STOP}, {"samedi", FR, QW_STOP}, {"dimanche", FR, QW_STOP}, {"hier", FR, QW_STOP},
    {"dont", FR, QW_STOP}, {"où", FR, QW_STOP}, {"pour", FR, QW_STOP}, {"par", FR, QW_STOP},
    {"avec", FR, QW_STOP}, {"lorsque", FR, QW_STOP}, {"quand", FR, QW_STOP}, {"alors", FR, QW_STOP},
    {"to", EN, QW_STOP}, {"at", EN, QW_STOP}, {"in", EN, QW_STOP}, {"on", EN, QW_STOP},
    {"during", EN, QW_STOP}, {"after", EN, QW_STOP}, {"before", EN, QW_STOP}, {"and", EN, QW_STOP},
    {"but", EN, QW_STOP}, {"in", EN, QW_STOP}, {"when", EN, QW_STOP}, {"while", EN, QW_STOP},
    {"as", EN, QW_STOP}, {"for", EN, QW_STOP}, {"with", EN, QW_STOP}, {"by", EN, QW_STOP},
    {"monday", EN, QW_STOP}, {"tuesday", EN, QW_STOP}, {"wednesday", EN, QW_STOP}, {"thursday", EN, QW_STOP},
    {"friday", EN, QW_STOP}, {"saturday", EN, QW_STOP}, {"sunday", EN, QW_STOP}, {"yesterday", EN, QW_STOP},
    {"today", EN, QW_STOP}, {"because", EN, QW_STOP}, {"if", EN, QW_STOP}, {"si", FR, QW_STOP},
    {"from", EN, QW_STOP}, {"about", EN, QW_STOP},
    {"despite", EN, QW_STOP}, {"although", EN, QW_STOP}, {"though", EN, QW_STOP}, {"whether", EN, QW_STOP},
    {"than", EN, QW_STOP}, {"into", EN, QW_STOP}, {"over", EN, QW_STOP}, {"under", EN, QW_STOP},
    {"against", EN, QW_STOP}, {"without", EN, QW_STOP}, {"through", EN, QW_STOP}, {"amid", EN, QW_STOP},
    {"among", EN, QW_STOP}, {"since", EN, QW_STOP}, {"until", EN, QW_STOP}, {"upon", EN, QW_STOP},
    {"malgré", FR, QW_STOP}, {"contre", FR, QW_STOP}, {"sans", FR, QW_STOP}, {"entre", FR, QW_STOP},
    {"chez", FR, QW_STOP}, {"vers", FR, QW_STOP}, {"parmi", FR, QW_STOP}, {"sous", FR, QW_STOP},
    {"jusqu'", FR, QW_STOP}, {"puisque", FR, QW_STOP}, {"comme", FR, QW_STOP}, {"of", EN, QW_FUNC}, {"de", FR, QW_FUNC},
    {"du", FR, QW_FUNC}, {"d'", FR, QW_FUNC},
    /* civil titles: the gender of the name they stand before */
    {"m.", FR, QW_TITLE | QW_MASC}, {"mme", FR, QW_TITLE | QW_FEM}, {"mme.", FR, QW_TITLE | QW_FEM},
    {"mr", EN, QW_TITLE | QW_MASC}, {"mr.", EN, QW_TITLE | QW_MASC}, {"mrs", EN, QW_TITLE | QW_FEM},
    {"mrs.", EN, QW_TITLE | QW_FEM}, {"ms", EN, QW_TITLE | QW_FEM}, {"ms.", EN, QW_TITLE | QW_FEM},
    {"madame", FR, QW_TITLE | QW_FEM}, {"monsieur", FR, QW_TITLE | QW_MASC},
};
const size_t vl_quote_words_len = sizeof vl_quote_words / sizeof vl_quote_words[0];

/* Verbs whose quoted words follow a preposition (qualifier de « … »,
 * accused of "…", described as "…"): see quote_internal.h. */
const qt_lemma vl_quote_qualify[] = {
    {"qualifier", FR}, {"traiter", FR}, {"décrire", FR}, {"accuser", FR}, {"taxer", FR}, {"parler", FR},
    {"menacer", FR}, {"avertir", FR}, {"prévenir", FR}, {"promettre", FR}, {"appeler", FR}, {"exhorter", FR},
    {"surnommer", FR}, {"reprocher", FR}, {"mettre en garde", FR}, {"s'inquiéter", FR}, {"inquiéter", FR},
    {"dénoncer", FR}, {"condamner", FR}, {"fustiger", FR}, {"critiquer", FR}, {"saluer", FR}, {"louer", FR},
    {"denounce", EN}, {"condemn", EN}, {"decry", EN}, {"blast", EN}, {"slam", EN}, {"praise", EN}, {"hail", EN},
    {"tout", EN},
    {"describe", EN}, {"call", EN}, {"label", EN}, {"brand", EN}, {"dub", EN}, {"accuse", EN}, {"charge", EN},
    {"warn", EN}, {"caution", EN}, {"speak", EN}, {"urge", EN}, {"threaten", EN}, {"promise", EN},
    {"pledge", EN}, {"vow", EN}, {"criticize", EN}, {"criticise", EN}, {"complain", EN}, {"plead", EN},
};
const size_t vl_quote_qualify_len = sizeof vl_quote_qualify / sizeof vl_quote_qualify[0];

/* Prepositions (lower case, ' for the apostrophe). */
const qt_lemma vl_quote_preps[] = {
    {"à", FR}, {"au", FR}, {"aux", FR}, {"de", FR}, {"d'", FR}, {"du", FR}, {"en", FR}, {"vers", FR},
    {"par", FR}, {"pour", FR}, {"sur", FR}, {"dans", FR}, {"avec", FR}, {"sans", FR}, {"entre", FR},
    {"contre", FR}, {"comme", FR}, {"jusqu'à", FR}, {"sous", FR}, {"chez", FR},
    {"to", EN}, {"from", EN}, {"at", EN}, {"of", EN}, {"in", EN}, {"on", EN}, {"into", EN}, {"as", EN},
    {"with", EN}, {"for", EN}, {"by", EN}, {"about", EN}, {"between", EN}, {"under", EN}, {"toward", EN},
    {"towards", EN},
};
const size_t vl_quote_preps_len = sizeof vl_quote_preps / sizeof vl_quote_preps[0];

/* Auxiliaries of the passive: before the participle of a reporting verb,
 * their subject is what was said or whom it was said to, not the speaker
 * (le retour est espéré, he was told). */
const qt_lemma vl_quote_passive[] = {
    {"est", FR}, {"sont", FR}, {"était", FR}, {"étaient", FR}, {"été", FR}, {"fut", FR}, {"sera", FR},
    {"seront", FR}, {"is", EN}, {"are", EN}, {"was", EN}, {"were", EN}, {"been", EN}, {"be", EN},
};
const size_t vl_quote_passive_len = sizeof vl_quote_passive / sizeof vl_quote_passive[0];

/* Prepositions of a change of value (from "stable" to "negative", de
 * « négative » à « stable »): after a verb that reports nothing and its
 * object (downgraded the outlook to "negative"), the quoted word is a
 * label. */
const qt_lemma vl_quote_dirpreps[] = {
    {"à", FR}, {"de", FR}, {"d'", FR}, {"vers", FR}, {"jusqu'à", FR}, {"to", EN}, {"from", EN},
};
const size_t vl_quote_dirpreps_len = sizeof vl_quote_dirpreps / sizeof vl_quote_dirpreps[0];

/* Nouns that, after a definite determiner and alone (l'institution, the
 * company), refer back to the organisation last named: news prose names
 * an organisation once, then calls it by its kind. */
const qt_lemma vl_quote_org_anaphors[] = {
    {"institution", FR}, {"organisation", FR}, {"organisme", FR}, {"entreprise", FR}, {"société", FR},
    {"compagnie", FR}, {"firme", FR}, {"juridiction", FR}, {"agence", FR}, {"association", FR},
    {"company", EN}, {"firm", EN}, {"institution", EN}, {"organization", EN}, {"organisation", EN},
    {"agency", EN}, {"group", EN}, {"bank", EN}, {"ministry", EN}, {"court", EN},
};
const size_t vl_quote_org_anaphors_len = sizeof vl_quote_org_anaphors / sizeof vl_quote_org_anaphors[0];
