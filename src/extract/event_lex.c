/*
 * event_lex.c -- the event lexicon, as data: French and English verbs (and
 * the deverbal nouns that light verbs carry) with the CAMEO root code of
 * the action they report, their irregular forms, the light verbs, the
 * function words by role, and the verb endings that follow a stem.
 *
 * The codes (CAMEO root codes, Schrodt 2012):
 *   01 make public statement    02 appeal              03 express intent to cooperate
 *   04 consult                  05 diplomatic cooperation 06 material cooperation
 *   07 provide aid              08 yield               09 investigate
 *   10 demand                   11 disapprove          12 reject
 *   13 threaten                 14 protest             15 exhibit force posture
 *   16 reduce relations         17 coerce              18 assault
 *   19 fight                    20 unconventional mass violence
 * A verb is listed only when its usual news sense is the code's; verbs
 * whose sense turns on their object (frapper, strike, take) are left out:
 * no event is better than a wrong one.
 */
#include <stddef.h>

#include "extract/event_internal.h"

#define FR EL_FR
#define EN EL_EN
#define ALL EL_ALL

#define V(w, l, c) {w, 0, l, c, EVF_VERB, 0, NULL, NULL}
#define VP(w, l, c, p) {w, 0, l, c, EVF_VERB | EVF_NEEDPREP, p, NULL, NULL}
#define F(w, lem, l, c) {w, lem, l, c, EVF_FORM, 0, NULL, NULL}
#define FP(w, lem, l, c, p) {w, lem, l, c, EVF_FORM | EVF_NEEDPREP, p, NULL, NULL}
#define N(w, l, c) {w, 0, l, c, EVF_NOUN, 0, NULL, NULL}
#define L(w, l) {w, 0, l, 0, EVF_LIGHT, 0, NULL, NULL}
#define LF(w, lem, l) {w, lem, l, 0, EVF_FORM | EVF_LIGHT, 0, NULL, NULL}
#define VR(w, l, c) {w, 0, l, c, EVF_VERB | EVF_PRON, 0, NULL, NULL}
#define VO(w, l, c) {w, 0, l, c, EVF_VERB | EVF_NEEDOBJ, 0, NULL, NULL}
/* a verb whose CAMEO sense turns on its object: the object must hold one of
 * the words of list o (envoyer des armes, not envoyer un message) */
#define VOW(w, l, c, o) {w, 0, l, c, EVF_VERB | EVF_NEEDOBJ, 0, o, NULL}
#define FOW(w, lem, l, c, o) {w, lem, l, c, EVF_FORM | EVF_NEEDOBJ, 0, o, NULL}
#define VRO(w, l, c) {w, 0, l, c, EVF_VERB | EVF_PRON | EVF_PRONONLY, 0, NULL, NULL}
#define FRO(w, lem, l, c) {w, lem, l, c, EVF_FORM | EVF_PRON | EVF_PRONONLY, 0, NULL, NULL}

/* What aid is made of (CAMEO 07: humanitarian, military, economic aid). */
const char *const vl_event_aid_objects[] = {
    "aide", "armes", "arme", "munition", "vivres", "medicament", "materiel", "equipement", "fourniture",
    "generateur", "vaccin", "tente", "couverture", "nourriture", "denree", "secours", "renfort", "char",
    "missile", "obus", "avion", "helicoptere", "drone", "fonds", "pret", "subvention", "don", "ambulance",
    "aid", "weapon", "arms", "ammunition", "food", "medicine", "medical", "supplies", "equipment", "generator",
    "vaccine", "tent", "blanket", "relief", "rescue", "tank", "missile", "shell", "aircraft", "jet",
    "helicopter", "drone", "loan", "grant", "fund", "donation", "assistance", "ambulance", "troops", "water",
    "trainer", "instructeur", "adviser", "advisor", "conseiller", "soldat", "soldier", "troupe",
    NULL};
/* What is closed or suspended between states (CAMEO 16). */
const char *const vl_event_closure_objects[] = {
    "frontiere", "ambassade", "consulat", "espace aerien", "espace", "poste-frontiere", "port", "aeroport",
    "border", "embassy", "consulate", "airspace", "crossing", "port", "airport", "mission", NULL};
/* What is signed between parties (CAMEO 05: a decree is not). */
const char *const vl_event_agreement_objects[] = {
    "accord", "traite", "pacte", "convention", "protocole", "memorandum", "declaration", "charte", "contrat",
    "agreement", "treaty", "pact", "deal", "accord", "convention", "protocol", "memorandum", "declaration",
    "charter", "contract", NULL};
/* What is offered or proposed in cooperation (CAMEO 03): not a price, a
 * gift or an amendment. */
const char *const vl_event_cooperation_objects[] = {
    "aide", "soutien", "treve", "cessez-le-feu", "negociation", "mediation", "dialogue", "cooperation",
    "accord", "paix", "pourparlers", "assistance", "aid", "support", "truce", "ceasefire", "cease-fire",
    "negotiation", "talks", "mediation", "dialogue", "cooperation", "peace", "help", "assistance",
    /* the verbs of an infinitive clause (offered to mediate, propose de négocier) */
    "negocier", "cooperer", "aider", "mediate", "negotiate", "cooperate", NULL};
/* Whom one receives for talks (CAMEO 04): a name, or a word of office;
 * not des menaces, not a patient.  "@ent" admits a named entity. */
const char *const vl_event_guest_objects[] = {
    "@ent", "president", "presidente", "ministre", "homologue", "delegation", "chef", "premier", "roi", "reine",
    "prince", "princesse", "ambassadeur", "ambassadrice", "dirigeant", "dirigeante", "representant",
    "representante", "emissaire", "envoye", "envoyee", "secretaire", "chancelier", "chanceliere", "pape",
    "maire", "gouverneur", "syndicat", "syndicats", "opposition", "patronat", NULL};
/* What the police seize (CAMEO 17: saisir la justice is a referral). */
const char *const vl_event_seized_objects[] = {
    "drogue", "kilo", "kilos", "tonne", "arme", "munition", "bien", "passeport", "cargaison", "navire", "bateau",
    "vehicule", "voiture", "camion", "ordinateur", "telephone", "document", "journal", "exemplaire", "stock",
    "cocaine", "heroine", "cannabis", "resine", "billet", "especes", "avoir", NULL};
/* The ties a state suspends (CAMEO 16): not shares, not a licence. */
const char *const vl_event_ties_objects[] = {
    "relation", "lien", "negociation", "pourparlers", "dialogue", "cooperation", "aide", "accord", "traite",
    "participation", "adhesion", "relations", "ties", "talks", "negotiation", "dialogue", "cooperation", "aid",
    "agreement", "treaty", "participation", "membership", "exchange", "echange", NULL};
/* Whom (or what) one releases or returns when yielding (CAMEO 08). */
const char *const vl_event_captive_objects[] = {
    "prisoner", "hostage", "detainee", "captive", "inmate", "journalist", "activist", "dissident", "soldier",
    "sailor", "crew", "fishermen", "pilot", "tourist", "worker", "national", "citizen", "civilian", "man",
    "men", "woman", "women", "people", "child", "children", "student", "leader", "opponent", "body",
    "bodies", "remains", "territory", "land", "island", "ship", "vessel", "tanker", "aircraft", NULL};
/* Words that make attaquer / attack a lawsuit or a criticism, within the
 * clause after the verb. */
const char *const vl_event_lawsuit_words[] = {
    "justice", "diffamation", "injure", "plainte", "tribunal", "tribunaux", "devant", "prud'hommes",
    "proces", "court", "courts", "lawsuit", "suit", "libel", "defamation", "verbally", NULL};
/* What one "accuses" without accusing anyone: a blow, a delay, a fall. */
const char *const vl_event_suffered_words[] = {
    "coup", "retard", "baisse", "recul", "perte", "deficit", "repli", "chute", "hausse", "ecart", "fatigue",
    NULL};
/* A toll one "deplores": deaths, victims, the wounded. */
const char *const vl_event_toll_words[] = {
    "mort", "morts", "deces", "victime", "blesse", "disparu", "perte", NULL};
/* What one "meets" without meeting anyone (rencontrer des difficultés). */
const char *const vl_event_hardship_words[] = {
    "difficulte", "probleme", "succes", "obstacle", "resistance", "souci", "echec", "difficulty", "problem",
    "resistance", "obstacle", "success", NULL};
/* What one appeals in court. */
const char *const vl_event_ruling_words[] = {
    "decision", "ruling", "verdict", "judgment", "judgement", "sentence", "conviction", "against", "court",
    NULL};
/* What a board declares to its shareholders. */
const char *const vl_event_payout_words[] = {
    "dividend", "split", "distribution", "payout", "stock", NULL};
/* Who arrests (interpeller): the police and the authorities. */
const char *const vl_event_police_nouns[] = {
    "police", "policier", "policiere", "gendarme", "gendarmerie", "douane", "douanier", "enqueteur",
    "autorite", "force", "agent", "brigade", "militaire", "soldat", "armee", "service", "parquet", "juge",
    NULL};
/* Whom one evacuates in a rescue (not a withdrawal): people, a named
 * person ("@per": an entity of type PER), the wounded. */
const char *const vl_event_rescued_words[] = {
    "@per", "blesse", "victime", "malade", "injured", "wounded", "victim", "personne", "habitant", "riverain", "resident", "passager", "voyageur", "eleve", "patient", "touriste",
    "famille", "enfant", "salarie", "client", "spectateur", "occupant", "people", "resident", "passenger",
    "patient", "tourist", "family", "families", "children", "worker", "employee", NULL};
/* What one claims without demanding it: a victory, an attack. */
const char *const vl_event_claimed_words[] = {
    "victoire", "attentat", "attaque", "paternite", "responsabilite", "enlevement", "assassinat", "meurtre",
    "titre", "succes", NULL};
/* What a force deploys (CAMEO 15). */
const char *const vl_event_force_objects[] = {
    "troupe", "soldat", "force", "militaire", "policier", "gendarme", "navire", "batiment", "fregate",
    "porte-avions", "sous-marin", "avion", "chasseur", "bombardier", "char", "blinde", "missile", "batterie",
    "drone", "helicoptere", "unite", "contingent", "renfort", "effectif", "homme", "bataillon", "brigade",
    "artillerie", "systeme", "troops", "soldier", "forces", "warship", "ship", "vessel", "aircraft", "jet",
    "fighter", "bomber", "tank", "missile", "battery", "unit", "police", "marine", "battalion", "brigade",
    "carrier", "submarine", "drone", "helicopter", "men", "personnel", "artillery", "system", NULL};
/* Armed parties (CAMEO 19: fight). */
const char *const vl_event_combatant_objects[] = {
    "@ent", "force", "armee", "troupe", "soldat", "rebelle", "milice", "milicien", "insurge", "jihadiste",
    "djihadiste", "combattant", "paramilitaire", "separatiste", "terroriste", "militant", "policier", "police",
    "gendarme", "manifestant", "assaillant", "ennemi", "army", "troops", "troop", "soldier", "rebel", "militia",
    "militias", "militiamen", "insurgent", "jihadist", "fighter", "paramilitary", "paramilitaries",
    "separatist", "terrorist", "militant", "police", "policemen", "protester", "gunmen", "enemy", "forces",
    NULL};
/* What states share (CAMEO 06). */
const char *const vl_event_share_objects[] = {
    "renseignement", "information", "donnee", "intelligence", "information", "data", "technology",
    "technologie", "expertise", "savoir-faire", NULL};
#define FR_(w, lem, l, c) {w, lem, l, c, EVF_FORM | EVF_PRON, 0, NULL, NULL}

const ev_lex vl_event_lexicon[] = {
    /* 01 make public statement */
    V("annoncer", FR, 1), V("déclarer", FR, 1), V("affirmer", FR, 1), V("proclamer", FR, 1),
    V("announce", EN, 1), 
    /* not declared a dividend, a stock split (a company's payout) */
    {"declare", 0, EN, 1, EVF_VERB, 0, NULL, vl_event_payout_words}, V("proclaim", EN, 1),
    /* 02 appeal */
    /* appeler à, appeler X à: not appeler le Samu */
    {"appeler", 0, FR, 2, EVF_VERB | EVF_NEEDTO, 0, NULL, NULL}, V("exhorter", FR, 2), V("implorer", FR, 2), V("solliciter", FR, 2),
    V("urge", EN, 2), 
    /* appealed for aid, to the donors; not appealed the ruling (a lawsuit) */
    {"appeal", 0, EN, 2, EVF_VERB, 0, NULL, vl_event_ruling_words}, V("plead", EN, 2), VP("call", EN, 2, "on"),
    /* 03 express intent to cooperate */
    VOW("proposer", FR, 3, vl_event_cooperation_objects), V("promettre", FR, 3), F("promis", "promettre", FR, 3), F("promise", "promettre", FR, 3),
    VOW("offrir", FR, 3, vl_event_cooperation_objects), FOW("offert", "offrir", FR, 3, vl_event_cooperation_objects),
    /* s'engager à only: engager des poursuites, un bras de fer, des moyens
     * are no pledges */
    VRO("engager", FR, 3),
    VOW("propose", EN, 3, vl_event_cooperation_objects), V("pledge", EN, 3), V("promise", EN, 3),
    VOW("offer", EN, 3, vl_event_cooperation_objects), V("vow", EN, 3),
    /* 04 consult */
    /* rencontrer des difficultés is no meeting */
    {"rencontrer", 0, FR, 4, EVF_VERB | EVF_PRON, 0, NULL, vl_event_hardship_words}, VOW("recevoir", FR, 4, vl_event_guest_objects), FOW("recu", "recevoir", FR, 4, vl_event_guest_objects),
    FOW("recue", "recevoir", FR, 4, vl_event_guest_objects), FOW("recus", "recevoir", FR, 4, vl_event_guest_objects),
    FOW("recues", "recevoir", FR, 4, vl_event_guest_objects), FOW("recoit", "recevoir", FR, 4, vl_event_guest_objects),
    FOW("recoivent", "recevoir", FR, 4, vl_event_guest_objects),
    /* s'entretenir only: entretenir une relation is no meeting */
    VRO("entretenir", FR, 4), FRO("entretenu", "entretenir", FR, 4), FRO("entretenus", "entretenir", FR, 4),
    FRO("entretient", "entretenir", FR, 4),
    V("négocier", FR, 4), V("consulter", FR, 4), V("visiter", FR, 4), VP("discuter", FR, 4, "avec"),
    VP("parler", FR, 4, "avec"), V("téléphoner", FR, 4),
    V("meet", EN, 4), F("met", "meet", EN, 4), V("host", EN, 4), V("visit", EN, 4), V("consult", EN, 4),
    V("negotiate", EN, 4), VP("talk", EN, 4, "with"), VP("speak", EN, 4, "with"), FP("spoke", "speak", EN, 4, "with"),
    FP("spoken", "speak", EN, 4, "with"), V("telephone", EN, 4), V("phone", EN, 4),
    N("entretien", FR, 4), N("entretien telephonique", FR, 4), N("appel telephonique", FR, 4),
    N("rencontre", FR, 4), N("consultations", FR, 4), N("pourparlers", FR, 4), N("negociations", FR, 4),
    N("talks", EN, 4), N("phone call", EN, 4), N("telephone call", EN, 4), N("meeting", EN, 4),
    N("consultations", EN, 4), N("negotiations", EN, 4),
    /* 05 engage in diplomatic cooperation */
    V("saluer", FR, 5), VR("féliciter", FR, 5), 
    /* soutenir avoir tué, soutenir que: to maintain, no support */
    {"soutenir", 0, FR, 5, EVF_VERB | EVF_NOTCLAIM, 0, NULL, NULL},
    {"soutenu", "soutenir", FR, 5, EVF_FORM | EVF_NOTCLAIM, 0, NULL, NULL},
    {"soutient", "soutenir", FR, 5, EVF_FORM | EVF_NOTCLAIM, 0, NULL, NULL}, VOW("signer", FR, 5, vl_event_agreement_objects), V("approuver", FR, 5), V("ratifier", FR, 5),
    /* not reconnaître (a reconnu avoir menti: admit) */
    V("praise", EN, 5), V("welcome", EN, 5), V("support", EN, 5), V("endorse", EN, 5), VOW("sign", EN, 5, vl_event_agreement_objects),
    /* not recognize: news uses it for acknowledge (recognized the need)
     * far more than for diplomatic recognition */
    V("congratulate", EN, 5), V("ratify", EN, 5),
    /* 06 engage in material cooperation */
    V("coopérer", FR, 6), V("collaborer", FR, 6), VOW("partager", FR, 6, vl_event_share_objects), VOW("échanger", FR, 6, vl_event_share_objects),
    V("cooperate", EN, 6), V("collaborate", EN, 6), VOW("share", EN, 6, vl_event_share_objects),
    /* 07 provide aid */
    VOW("envoyer", FR, 7, vl_event_aid_objects), VOW("fournir", FR, 7, vl_event_aid_objects), VOW("livrer", FR, 7, vl_event_aid_objects), VOW("aider", FR, 7, vl_event_aid_objects), VOW("financer", FR, 7, vl_event_aid_objects),
    V("secourir", FR, 7), VOW("accorder", FR, 7, vl_event_aid_objects), VOW("donner", FR, 7, vl_event_aid_objects),
    VOW("send", EN, 7, vl_event_aid_objects), FOW("sent", "send", EN, 7, vl_event_aid_objects), VOW("provide", EN, 7, vl_event_aid_objects), VOW("supply", EN, 7, vl_event_aid_objects), VOW("deliver", EN, 7, vl_event_aid_objects),
    V("donate", EN, 7), VOW("grant", EN, 7, vl_event_aid_objects),
    /* not fund: financial news funds purchases with share issues */
    /* 08 yield */
    V("libérer", FR, 8), V("relâcher", FR, 8), V("gracier", FR, 8), V("amnistier", FR, 8), V("céder", FR, 8),
    /* se retirer de; retirer ses troupes, sa candidature (not a video) */
    {"retirer", 0, FR, 8, EVF_VERB | EVF_PRON | EVF_NEEDOBJ | EVF_OBJPRON, 0, vl_event_withdrawn_objects, NULL}, 
    /* évacuer une position; not firemen evacuating people (a rescue) */
    {"évacuer", 0, FR, 8, EVF_VERB, 0, NULL, vl_event_rescued_words}, V("restituer", FR, 8),
    /* not lever, lift: lever des fonds, lifted its forecast */
    /* release prisoners, not figures, a report or security interests */
    VOW("release", EN, 8, vl_event_captive_objects), V("free", EN, 8), F("freed", "free", EN, 8), V("pardon", EN, 8), 
    /* withdrew from, withdrew its troops; not withdrew an offer */
    {"withdraw", 0, EN, 8, EVF_VERB | EVF_NEEDOBJ | EVF_OBJIF, 0, vl_event_withdrawn_objects, NULL},
    {"withdrew", "withdraw", EN, 8, EVF_FORM | EVF_NEEDOBJ | EVF_OBJIF, 0, vl_event_withdrawn_objects, NULL},
    {"withdrawn", "withdraw", EN, 8, EVF_FORM | EVF_NEEDOBJ | EVF_OBJIF, 0, vl_event_withdrawn_objects, NULL}, V("surrender", EN, 8), V("concede", EN, 8),
    /* return land, hostages; not returned to work, to Washington */
    {"evacuate", 0, EN, 8, EVF_VERB, 0, NULL, vl_event_rescued_words}, VOW("return", EN, 8, vl_event_captive_objects),
    /* 09 investigate */
    V("enquêter", FR, 9), V("investiguer", FR, 9), V("investigate", EN, 9), V("probe", EN, 9),
    N("enquete", FR, 9), N("enquete judiciaire", FR, 9), N("information judiciaire", FR, 9), N("investigation", ALL, 9),
    N("inquiry", EN, 9), N("probe", EN, 9),
    /* 10 demand */
    V("exiger", FR, 10), V("réclamer", FR, 10), V("sommer", FR, 10), 
    /* revendiquer une hausse; not revendiquer la victoire, un attentat (a claim) */
    {"revendiquer", 0, FR, 10, EVF_VERB, 0, NULL, vl_event_claimed_words},
    V("demand", EN, 10), V("insist", EN, 10),
    /* 11 disapprove */
    V("condamner", FR, 11), V("critiquer", FR, 11), V("dénoncer", FR, 11), 
    /* accuser le coup, un retard, une baisse: no accusation */
    {"accuser", 0, FR, 11, EVF_VERB, 0, NULL, vl_event_suffered_words},
    V("blâmer", FR, 11), V("fustiger", FR, 11), 
    /* déplorer des morts, des victimes: a toll, no disapproval */
    {"déplorer", 0, FR, 11, EVF_VERB, 0, NULL, vl_event_toll_words}, V("reprocher", FR, 11),
    V("condemn", EN, 11), V("criticize", EN, 11), V("criticise", EN, 11), V("denounce", EN, 11),
    V("accuse", EN, 11), V("blame", EN, 11), V("deplore", EN, 11), V("rebuke", EN, 11),
    /* 12 reject */
    V("rejeter", FR, 12), V("refuser", FR, 12), V("démentir", FR, 12), F("nie", "nier", FR, 12), F("nient", "nier", FR, 12), F("nier", "nier", FR, 12),
    F("dementi", "dementir", FR, 12), V("récuser", FR, 12),
    V("reject", EN, 12), V("refuse", EN, 12), V("deny", EN, 12), V("veto", EN, 12), V("dismiss", EN, 12),
    VP("vote", EN, 12, "down"),
    /* 13 threaten */
    V("menacer", FR, 13), V("threaten", EN, 13),
    /* 14 protest */
    V("manifester", FR, 14), V("protester", FR, 14), V("défiler", FR, 14), V("boycotter", FR, 14),
    V("protest", EN, 14), V("demonstrate", EN, 14), V("boycott", EN, 14),
    N("greve", FR, 14), N("greve generale", FR, 14),
    /* 15 exhibit force posture */
    /* troops, ships, missiles; not banners, efforts or a parachute */
    VOW("déployer", FR, 15, vl_event_force_objects), V("mobiliser", FR, 15), V("masser", FR, 15),
    VOW("deploy", EN, 15, vl_event_force_objects), V("mobilize", EN, 15), V("mobilise", EN, 15), V("mass", EN, 15),
    /* 16 reduce relations */
    V("expulser", FR, 16), V("sanctionner", FR, 16), V("rompre", FR, 16), F("rompu", "rompre", FR, 16),
    VOW("suspendre", FR, 16, vl_event_ties_objects), FOW("suspendu", "suspendre", FR, 16, vl_event_ties_objects), VOW("fermer", FR, 16, vl_event_closure_objects), VOW("imposer", FR, 16, vl_event_sanction_objects),
    V("expel", EN, 16), V("sanction", EN, 16), V("sever", EN, 16), VOW("suspend", EN, 16, vl_event_ties_objects), VOW("impose", EN, 16, vl_event_sanction_objects),
    VOW("close", EN, 16, vl_event_closure_objects), V("recall", EN, 16),
    /* 17 coerce */
    V("arrêter", FR, 17), 
    /* interpeller: arrested by the police, not accosted by a thief */
    {"interpeller", 0, FR, 17, EVF_VERB | EVF_POLICE, 0, NULL, NULL}, V("détenir", FR, 17), F("detenu", "detenir", FR, 17),
    F("detenus", "detenir", FR, 17), V("emprisonner", FR, 17), V("incarcérer", FR, 17), V("confisquer", FR, 17),
    VOW("saisir", FR, 17, vl_event_seized_objects), V("censurer", FR, 17), V("interdire", FR, 17), F("interdit", "interdire", FR, 17),
    V("arrest", EN, 17), V("detain", EN, 17), V("jail", EN, 17), V("imprison", EN, 17), V("seize", EN, 17),
    V("confiscate", EN, 17), V("ban", EN, 17), V("deport", EN, 17), V("censor", EN, 17),
    /* 18 assault */
    /* attaquer en justice, pour diffamation: a lawsuit, no assault */
    {"attaquer", 0, FR, 18, EVF_VERB, 0, NULL, vl_event_lawsuit_words}, V("bombarder", FR, 18), V("pilonner", FR, 18), V("tuer", FR, 18),
    V("assassiner", FR, 18), V("enlever", FR, 18), V("kidnapper", FR, 18), V("torturer", FR, 18),
    V("agresser", FR, 18),
    {"attack", 0, EN, 18, EVF_VERB, 0, NULL, vl_event_lawsuit_words}, V("bomb", EN, 18), V("shell", EN, 18), V("kill", EN, 18), V("assassinate", EN, 18),
    V("kidnap", EN, 18), V("abduct", EN, 18), V("torture", EN, 18), V("assault", EN, 18),
    N("attaque", FR, 18), N("attaques", FR, 18), N("attack", EN, 18), N("attacks", EN, 18),
    /* 19 fight */
    /* fighting is between armed parties: affronter un second tour, fought
     * over trade issues are no fights */
    VOW("combattre", FR, 19, vl_event_combatant_objects), FOW("combattu", "combattre", FR, 19, vl_event_combatant_objects),
    {"affronter", 0, FR, 19, EVF_VERB | EVF_PRON | EVF_NEEDOBJ, 0, vl_event_combatant_objects, NULL},
    VOW("fight", EN, 19, vl_event_combatant_objects), FOW("fought", "fight", EN, 19, vl_event_combatant_objects),
    VP("clash", EN, 19, "with"), VOW("battle", EN, 19, vl_event_combatant_objects),
    /* 20 mass violence */
    V("massacrer", FR, 20), V("exterminer", FR, 20), V("massacre", EN, 20), V("exterminate", EN, 20),
    N("massacre", ALL, 20),
    /* light verbs: they carry the deverbal nouns above */
    L("ouvrir", FR), LF("ouvert", "ouvrir", FR), LF("ouvre", "ouvrir", FR), L("lancer", FR), L("mener", FR),
    L("tenir", FR), LF("tenu", "tenir", FR), LF("eu", "avoir", FR), L("effectuer", FR), L("conduire", FR),
    LF("conduit", "conduire", FR), L("commencer", FR), L("entamer", FR), L("organiser", FR),
    L("open", EN), L("launch", EN), L("conduct", EN), L("hold", EN), LF("held", "hold", EN), LF("had", "have", EN),
    L("begin", EN), LF("began", "begin", EN), LF("begun", "begin", EN), L("start", EN),
    /* commettre un massacre, carried out an attack */
    L("commettre", FR), LF("commis", "commettre", FR), L("perpétrer", FR), L("commit", EN), L("perpetrate", EN),
    L("carry", EN),
};
const unsigned vl_event_lexicon_len = sizeof vl_event_lexicon / sizeof vl_event_lexicon[0];

const ev_word vl_event_words[] = {
    /* auxiliaries */
    {"a", FR, ER_AUX_HAVE, 0}, {"ont", FR, ER_AUX_HAVE, 0}, {"avait", FR, ER_AUX_HAVE, 0},
    {"avaient", FR, ER_AUX_HAVE, 0}, {"aura", FR, ER_AUX_HAVE, 0}, {"auront", FR, ER_AUX_HAVE, 0},
    {"aurait", FR, ER_AUX_HAVE, 0}, {"auraient", FR, ER_AUX_HAVE, 0}, {"avoir", FR, ER_AUX_HAVE, 0},
    {"ayant", FR, ER_AUX_HAVE, 0}, {"having", EN, ER_AUX_HAVE, 0}, {"etant", FR, ER_AUX_BE, 0},
    /* first and second persons: quotations put them in reported clauses
     * ("nous l'avons reçu"); unknown, "l'avons" passed for a noun subject.
     * Not "as" nor "avions": nouns first (un as, des avions de chasse). */
    {"ai", FR, ER_AUX_HAVE, 0}, {"avons", FR, ER_AUX_HAVE, 0},
    {"avez", FR, ER_AUX_HAVE, 0}, {"avais", FR, ER_AUX_HAVE, 0},
    {"aviez", FR, ER_AUX_HAVE, 0}, {"aurai", FR, ER_AUX_HAVE, 0}, {"aurons", FR, ER_AUX_HAVE, 0},
    {"aurez", FR, ER_AUX_HAVE, 0}, {"aurais", FR, ER_AUX_HAVE, 0}, {"aurions", FR, ER_AUX_HAVE, 0},
    {"suis", FR, ER_AUX_BE, 0}, {"sommes", FR, ER_AUX_BE, 0}, {"etes", FR, ER_AUX_BE, 0},
    {"etais", FR, ER_AUX_BE, 0}, {"etions", FR, ER_AUX_BE, 0}, {"serai", FR, ER_AUX_BE, 0},
    {"serons", FR, ER_AUX_BE, 0}, {"serez", FR, ER_AUX_BE, 0}, {"serais", FR, ER_AUX_BE, 0},
    {"has", EN, ER_AUX_HAVE, 0}, {"have", EN, ER_AUX_HAVE, 0}, {"had", EN, ER_AUX_HAVE, 0},
    {"est", FR, ER_AUX_BE, 0}, {"sont", FR, ER_AUX_BE, 0}, {"etait", FR, ER_AUX_BE, 0},
    {"etaient", FR, ER_AUX_BE, 0}, {"ete", FR, ER_AUX_BE, 0}, {"sera", FR, ER_AUX_BE, 0},
    {"seront", FR, ER_AUX_BE, 0}, {"fut", FR, ER_AUX_BE, 0}, {"furent", FR, ER_AUX_BE, 0},
    {"serait", FR, ER_AUX_BE, 0}, {"seraient", FR, ER_AUX_BE, 0}, {"etre", FR, ER_AUX_BE, 0},
    {"is", EN, ER_AUX_BE, 0}, {"are", EN, ER_AUX_BE, 0}, {"was", EN, ER_AUX_BE, 0}, {"were", EN, ER_AUX_BE, 0},
    {"been", EN, ER_AUX_BE, 0}, {"be", EN, ER_AUX_BE, 0}, {"being", EN, ER_AUX_BE, 0},
    {"va", FR, ER_MODAL, 0}, {"vont", FR, ER_MODAL, 0}, {"doit", FR, ER_MODAL, 0}, {"doivent", FR, ER_MODAL, 0},
    {"devait", FR, ER_MODAL, 0}, {"devrait", FR, ER_MODAL, 0}, {"peut", FR, ER_MODAL, 0},
    {"veulent", FR, ER_MODAL, 0}, {"voulait", FR, ER_MODAL, 0}, {"voulaient", FR, ER_MODAL, 0},
    {"devaient", FR, ER_MODAL, 0}, {"devraient", FR, ER_MODAL, 0}, {"devront", FR, ER_MODAL, 0},
    {"pourraient", FR, ER_MODAL, 0}, {"pourront", FR, ER_MODAL, 0}, {"pouvait", FR, ER_MODAL, 0},
    {"souhaite", FR, ER_MODAL, 0}, {"souhaitent", FR, ER_MODAL, 0}, {"entend", FR, ER_MODAL, 0},
    {"entendent", FR, ER_MODAL, 0},
    /* devoir, pouvoir, vouloir, compter, espérer before an infinitive
     * (nous devons libérer, comptait se retirer, espérait s'entretenir) */
    {"dois", FR, ER_MODAL, 0}, {"devons", FR, ER_MODAL, 0}, {"devez", FR, ER_MODAL, 0}, {"devra", FR, ER_MODAL, 0},
    {"peux", FR, ER_MODAL, 0}, {"pouvons", FR, ER_MODAL, 0}, {"pouvez", FR, ER_MODAL, 0}, {"pourra", FR, ER_MODAL, 0},
    {"pouvaient", FR, ER_MODAL, 0}, {"veux", FR, ER_MODAL, 0}, {"voulons", FR, ER_MODAL, 0},
    {"voudrait", FR, ER_MODAL, 0}, {"comptent", FR, ER_MODAL, 0},
    {"comptait", FR, ER_MODAL, 0}, {"comptaient", FR, ER_MODAL, 0}, {"espere", FR, ER_MODAL, 0},
    {"esperent", FR, ER_MODAL, 0}, {"esperait", FR, ER_MODAL, 0}, {"esperaient", FR, ER_MODAL, 0},
    {"souhaitait", FR, ER_MODAL, 0}, {"souhaitaient", FR, ER_MODAL, 0},
    {"tentent", FR, ER_MODAL, 0}, {"tentait", FR, ER_MODAL, 0},
    /* il faut, il fallait: impersonal, no subject */
    {"faut", FR, ER_MODAL, 0}, {"fallait", FR, ER_MODAL, 0}, {"faudra", FR, ER_MODAL, 0}, {"faudrait", FR, ER_MODAL, 0},
    {"peuvent", FR, ER_MODAL, 0}, {"pourrait", FR, ER_MODAL, 0}, {"veut", FR, ER_MODAL, 0},
    {"will", EN, ER_MODAL, 0}, {"would", EN, ER_MODAL, 0}, {"could", EN, ER_MODAL, 0}, {"should", EN, ER_MODAL, 0},
    {"may", EN, ER_MODAL, 0}, {"might", EN, ER_MODAL, 0}, {"can", EN, ER_MODAL, 0}, {"must", EN, ER_MODAL, 0},
    {"did", EN, ER_MODAL, 0}, {"does", EN, ER_MODAL, 0}, {"do", EN, ER_MODAL, 0},
    /* clitics and negation */
    {"se", FR, ER_REFL, 0}, {"s'", FR, ER_REFL, 0}, {"lui", FR, ER_CLITIC, 0}, {"leur", FR, ER_CLITIC, ER_DET},
    {"y", FR, ER_CLITIC, 0}, {"m'", FR, ER_CLITIC, 0}, {"t'", FR, ER_CLITIC, 0}, {"me", FR, ER_CLITIC, 0},
    {"te", FR, ER_CLITIC, 0}, {"nous", FR, ER_CLITIC, ER_PRON}, {"vous", FR, ER_CLITIC, ER_PRON},
    {"ne", FR, ER_NEG, 0}, {"n'", FR, ER_NEG, 0}, {"pas", FR, ER_NEG, 0},
    {"jamais", FR, ER_NEG, 0}, {"not", EN, ER_NEG, 0}, {"never", EN, ER_NEG, 0}, {"n't", EN, ER_NEG, 0},
    /* adverbs that sit inside a verb group */
    {"egalement", FR, ER_ADV, 0}, {"aussi", FR, ER_ADV, 0}, {"deja", FR, ER_ADV, 0}, {"finalement", FR, ER_ADV, 0},
    {"officiellement", FR, ER_ADV, 0}, {"fermement", FR, ER_ADV, 0}, {"vivement", FR, ER_ADV, 0},
    {"notamment", FR, ER_ADV, 0}, {"aussitot", FR, ER_ADV, 0}, {"encore", FR, ER_ADV, 0},
    {"also", EN, ER_ADV, 0}, {"already", EN, ER_ADV, 0}, {"formally", EN, ER_ADV, 0}, {"officially", EN, ER_ADV, 0},
    {"reportedly", EN, ER_ADV, 0}, {"strongly", EN, ER_ADV, 0}, {"later", EN, ER_ADV, 0}, {"again", EN, ER_ADV, 0},
    /* carried out an attack: the particle between a light verb and its noun */
    {"out", EN, ER_ADV, 0}, {"jointly", EN, ER_ADV, 0}, {"publicly", EN, ER_ADV, 0}, {"immediately", EN, ER_ADV, 0},
    {"repeatedly", EN, ER_ADV, 0}, {"allegedly", EN, ER_ADV, 0}, {"then", EN, ER_ADV, 0},
    /* sentence adverbs: no target (a affirmé pourtant, appelle ainsi à) */
    {"pourtant", FR, ER_ADV, 0}, {"ainsi", FR, ER_ADV, 0}, {"toutefois", FR, ER_ADV, 0},
    {"cependant", FR, ER_ADV, 0}, {"neanmoins", FR, ER_ADV, 0}, {"ensuite", FR, ER_ADV, 0},
    {"enfin", FR, ER_ADV, 0}, {"desormais", FR, ER_ADV, 0}, {"surtout", FR, ER_ADV, 0}, {"donc", FR, ER_ADV, 0},
    {"plutot", FR, ER_ADV, 0}, {"ailleurs", FR, ER_ADV, 0}, {"meanwhile", EN, ER_ADV, 0},
    {"however", EN, ER_ADV, 0}, {"instead", EN, ER_ADV, 0}, {"still", EN, ER_ADV, 0},
    /* determiners */
    {"le", FR, ER_DET, 0}, {"la", FR, ER_DET, 0}, {"les", FR, ER_DET, 0}, {"l'", FR, ER_DET, 0},
    {"un", FR, ER_DET, 0}, {"une", FR, ER_DET, 0}, {"ce", FR, ER_DET, 0}, {"cet", FR, ER_DET, 0},
    {"cette", FR, ER_DET, 0}, {"ces", FR, ER_DET, 0}, {"son", FR, ER_DET, 0}, {"sa", FR, ER_DET, 0},
    {"ses", FR, ER_DET, 0}, {"leurs", FR, ER_DET, 0}, {"notre", FR, ER_DET, 0}, {"nos", FR, ER_DET, 0},
    {"votre", FR, ER_DET, 0}, {"vos", FR, ER_DET, 0}, {"mon", FR, ER_DET, 0}, {"ma", FR, ER_DET, 0},
    {"mes", FR, ER_DET, 0}, {"ton", FR, ER_DET, 0}, {"ta", FR, ER_DET, 0}, {"tes", FR, ER_DET, 0},
    {"my", EN, ER_DET, 0}, {"your", EN, ER_DET, 0},
    {"plusieurs", FR, ER_DET, 0}, {"toute", FR, ER_DET, 0}, {"tout", FR, ER_DET, 0}, {"tous", FR, ER_DET, 0},
    {"toutes", FR, ER_DET, 0},
    {"the", EN, ER_DET, 0}, {"a", EN, ER_DET, 0}, {"an", EN, ER_DET, 0}, {"its", EN, ER_DET, 0},
    {"their", EN, ER_DET, 0}, {"his", EN, ER_DET, 0}, {"her", EN, ER_DET, 0}, {"this", EN, ER_DET, 0},
    {"these", EN, ER_DET, 0}, {"those", EN, ER_DET, 0}, {"several", EN, ER_DET, 0}, {"our", EN, ER_DET, 0},
    /* prepositions */
    {"de", FR, ER_OF, 0}, {"du", FR, ER_OF, 0}, {"des", FR, ER_OF, ER_DET}, {"d'", FR, ER_OF, 0},
    {"of", EN, ER_OF, 0}, {"par", FR, ER_AGENT, 0}, {"by", EN, ER_AGENT, 0},
    {"avec", FR, ER_WITH, 0}, {"contre", FR, ER_WITH, 0}, {"sur", FR, ER_PREP, 0}, {"a", FR, ER_PLACE, 0},
    {"aupres", FR, ER_PREP, 0},
    {"with", EN, ER_WITH, 0}, {"against", EN, ER_WITH, 0}, {"on", EN, ER_PREP, 0}, {"to", EN, ER_PREP, 0},
    {"into", EN, ER_PREP, 0},
    {"au", FR, ER_PLACE, 0}, {"aux", FR, ER_PLACE, 0}, {"en", FR, ER_PLACE, 0}, {"dans", FR, ER_PLACE, 0},
    {"in", EN, ER_PLACE, 0}, {"at", EN, ER_PLACE, 0}, {"near", EN, ER_PLACE, 0},
    {"pour", FR, ER_PREP, 0}, {"sous", FR, ER_PREP, 0}, {"vers", FR, ER_PREP, 0}, {"entre", FR, ER_PREP, 0},
    {"chez", FR, ER_PREP, 0}, {"selon", FR, ER_PREP, 0}, {"apres", FR, ER_PREP, 0}, {"avant", FR, ER_PREP, 0},
    {"depuis", FR, ER_PREP, 0}, {"pendant", FR, ER_PREP, 0}, {"pres", FR, ER_PREP, 0}, {"devant", FR, ER_PREP, 0},
    {"malgre", FR, ER_PREP, 0}, {"sans", FR, ER_PREP, 0}, {"lors", FR, ER_PREP, 0}, {"face", FR, ER_PREP, 0},
    {"for", EN, ER_PREP, 0}, {"from", EN, ER_PREP, 0}, {"over", EN, ER_PREP, 0}, {"after", EN, ER_PREP, 0},
    {"before", EN, ER_PREP, 0}, {"during", EN, ER_PREP, 0}, {"under", EN, ER_PREP, 0}, {"about", EN, ER_PREP, 0},
    {"along", EN, ER_PREP, 0}, {"outside", EN, ER_PREP, 0}, {"across", EN, ER_PREP, 0}, {"despite", EN, ER_PREP, 0},
    {"according", EN, ER_PREP, 0}, {"amid", EN, ER_PREP, 0}, {"without", EN, ER_PREP, 0},
    {"through", EN, ER_PREP, 0}, {"towards", EN, ER_PREP, 0}, {"toward", EN, ER_PREP, 0},
    /* clause boundaries */
    {"qui", FR, ER_REL, 0}, {"que", FR, ER_REL, 0}, {"qu'", FR, ER_REL, 0}, {"dont", FR, ER_REL, 0},
    {"lequel", FR, ER_REL, 0}, {"laquelle", FR, ER_REL, 0}, {"lesquels", FR, ER_REL, 0}, {"ou", FR, ER_BUT, 0},
    {"who", EN, ER_REL, 0}, {"whom", EN, ER_REL, 0}, {"whose", EN, ER_REL, 0}, {"which", EN, ER_REL, 0},
    {"that", EN, ER_REL, 0}, {"where", EN, ER_REL, 0},
    {"lorsque", FR, ER_SUB, 0}, {"lorsqu'", FR, ER_SUB, 0}, {"quand", FR, ER_SUB, 0}, {"parce", FR, ER_SUB, 0},
    {"puisque", FR, ER_SUB, 0}, {"puisqu'", FR, ER_SUB, 0}, {"tandis", FR, ER_SUB, 0}, {"alors", FR, ER_SUB, 0},
    {"si", FR, ER_SUB, 0}, {"bien", FR, ER_SUB, 0}, {"afin", FR, ER_SUB, 0}, {"car", FR, ER_SUB, 0},
    {"comme", FR, ER_SUB, 0}, {"because", EN, ER_SUB, 0}, {"although", EN, ER_SUB, 0}, {"though", EN, ER_SUB, 0},
    {"while", EN, ER_SUB, 0}, {"whereas", EN, ER_SUB, 0}, {"when", EN, ER_SUB, 0}, {"if", EN, ER_SUB, 0},
    {"since", EN, ER_SUB, 0}, {"unless", EN, ER_SUB, 0}, {"as", EN, ER_SUB, 0}, {"until", EN, ER_SUB, 0},
    {"mais", FR, ER_BUT, 0}, {"but", EN, ER_BUT, 0}, {"or", EN, ER_BUT, 0}, {"et", FR, ER_AND, 0},
    {"and", EN, ER_AND, 0},
    /* subject pronouns */
    {"il", FR, ER_PRON, 0}, {"elle", FR, ER_PRON, 0}, {"ils", FR, ER_PRON, 0}, {"elles", FR, ER_PRON, 0},
    {"on", FR, ER_PRON, 0}, {"je", FR, ER_PRON, 0}, {"j'", FR, ER_PRON, 0},
    {"tu", FR, ER_PRON, 0}, {"ceux", FR, ER_PRON, 0}, {"celui", FR, ER_PRON, 0},
    {"celle", FR, ER_PRON, 0}, {"celles", FR, ER_PRON, 0}, {"celui-ci", FR, ER_PRON, 0}, {"celle-ci", FR, ER_PRON, 0},
    {"he", EN, ER_PRON, 0}, {"she", EN, ER_PRON, 0}, {"they", EN, ER_PRON, 0}, {"it", EN, ER_PRON, 0},
    {"we", EN, ER_PRON, 0}, {"i", EN, ER_PRON, 0}, {"you", EN, ER_PRON, 0},
};
const unsigned vl_event_words_len = sizeof vl_event_words / sizeof vl_event_words[0];

/* Endings after the stem: French conjugation (present, imperfect, future,
 * conditional, simple past, participles, infinitive; -er, -ir and -re
 * verbs), English inflection.  Folded (é -> e). */
const char *const vl_event_verb_suffixes_fr[] = {
    /* no bare stem: "appel", "combat" are nouns far more often than verbs */
    "e", "es", "ent", "er", "ez", "ons", "ee", "ees", "ait", "aient", "ais", "a", "ai", "erent", "era",
    "eront", "erait", "eraient", "i", "is", "it", "ie", "ies", "ir", "issent", "issait", "issaient", "ira",
    "iront", "irait", "u", "us", "ue", "ues", "re", "ra", "ront", "rait", "raient", "ient", "iennent", "t",
    "ssent", "le", "les", "lent", "te", "tes", "tent", "lera", "leront", "tera", "teront", NULL};
const char *const vl_event_verb_suffixes_en[] = {"", "e", "s", "es", "ed", "d", "ing", "ping", "ped", "ted",
                                                 "ting", "led", "ling", "ied", "ies", "y", "ned", "ning",
                                                 /* Snowball keeps -ize/-ise out of the stem (critic|ized) */
                                                 "ize", "izes", "ized", "izing", "ise", "ises", "ised", "ising", NULL};

/* English words in -ly that are nouns or adjectives, never adverbs between
 * a subject and its verb (the royal family said, the assembly voted). */
const char *const vl_event_ly_nouns[] = {
    "family", "assembly", "supply", "monopoly", "ally", "rally", "reply", "anomaly", "daily", "weekly",
    "monthly", "quarterly", "yearly", "early", "elderly", "only", "holy", "bully", "belly", "jelly",
    "lily", "folly", "melancholy", "homily", "italy", "july", "friendly", "likely", "unlikely", "costly",
    "deadly", "lonely", "lovely", "orderly", "ugly", "silly", "jolly", "wily", "burly", NULL};

/* Words that are never part of an actor's noun phrase: verbs the lexicon
 * does not list but news puts before a verb of its (semble dénoncer, voit
 * défiler, se fait appeler, affirmant avoir rompu), reporting verbs of an
 * outer clause (Washington said four frigates shelled), and the negative
 * pronouns of "ne rien céder". */
const char *const vl_event_not_actor[] = {
    "semble", "semblent", "semblait", "paraissent", "parait", "voit", "voient", "fait", "font", "faisait",
    "affirmant", "estimant", "expliquant", "assurant", "rien", "personne", "aucun", "aucune",
    "said", "says", "nothing", "nobody", "dit", "disent", NULL};

/* What a state withdraws when it yields (CAMEO 08): troops, an envoy, a
 * candidacy, a bill; not a video, a product or a licence. */
const char *const vl_event_withdrawn_objects[] = {
    "troupe", "soldat", "militaire", "force", "contingent", "ambassadeur", "ambassadrice", "diplomate",
    "candidature", "plainte", "projet", "reforme", "texte", "ultimatum", "menace", "veto", "reserve",
    "troops", "soldier", "forces", "contingent", "ambassador", "envoy", "diplomat", "candidacy", "bill",
    "objection", "threat", "demand", "complaint", "opposition", "request", "demande", "recours", NULL};
/* What one imposes on another state (CAMEO 16): sanctions, an embargo,
 * duties; a quarantine or a rule is no reduction of relations. */
const char *const vl_event_sanction_objects[] = {
    "sanction", "embargo", "blocus", "droits", "taxe", "surtaxe", "tarif", "quota", "represaille",
    "sanction", "embargo", "blockade", "tariff", "duty", "duties", "quota", "levy", "surcharge", "reprisal",
    NULL};

/* The head nouns of actors (folded, singular; a plural in -s, -x or -es
 * also matches): who acts in the news -- people by role, office or trade,
 * public bodies, companies and groups, armed parties.  An actor that is no
 * named entity must have one as its head: not the virus, a law, a report,
 * a list, a number (le virus tue, la loi interdit, a catalogue announces). */
const char *const vl_event_agent_nouns[] = {
    /* French: state and politics */
    "gouvernement", "executif", "etat", "president", "presidente", "presidence", "ministre", "ministere",
    "secretaire", "depute", "deputee", "senateur", "senatrice", "elu", "elue", "maire", "adjoint", "adjointe",
    "conseil", "conseiller", "conseillere", "prefet", "prefete", "prefecture", "gouverneur", "administration",
    "autorite", "pouvoir", "regime", "junte", "parlement", "assemblee", "senat", "commission", "diplomate",
    "diplomatie", "ambassadeur", "ambassadrice", "ambassade", "consul", "chancelier", "chanceliere", "roi",
    "reine", "prince", "princesse", "monarque", "pape", "eveque", "archeveque", "cardinal", "pretre", "imam",
    "rabbin", "dirigeant", "dirigeante", "chef", "cheffe", "leader", "responsable", "porte-parole",
    "delegation", "delegue", "deleguee", "emissaire", "envoye", "envoyee", "negociateur", "mediateur",
    "candidat", "candidate", "parti", "opposition", "majorite", "coalition", "alliance", "camp", "militant",
    "militante", "activiste", "partisan", "partisane", "sympathisant", "electeur", "electrice", "citoyen",
    "citoyenne", "mairie", "municipalite", "region", "departement", "commune", "ville", "pays", "nation",
    "republique", "royaume", "capitale", "opposant", "opposante", "detracteur", "detractrice", "allie",
    "democrate", "republicain", "socialiste", "ecologiste", "communiste", "conservateur", "travailliste",
    "insoumis", "signataire", "collectivite", "vice-president", "vice-presidente", "premier-ministre",
    /* justice, police, rescue */
    "police", "policier", "policiere", "gendarme", "gendarmerie", "douane", "douanier", "enqueteur",
    "enqueteurs", "parquet", "procureur", "procureure", "juge", "magistrat", "magistrate", "tribunal",
    "cour", "justice", "avocat", "avocate", "commissaire", "brigade", "agent", "surveillant", "garde",
    "inspecteur", "inspection", "pompier", "sauveteur", "secouriste", "militaire", "cnil", "defenseur",
    /* armed parties and offenders */
    "armee", "soldat", "troupe", "force", "marine", "aviation", "commando", "rebelle", "insurge", "milice",
    "milicien", "jihadiste", "djihadiste", "islamiste", "terroriste", "combattant", "combattante",
    "assaillant", "agresseur", "tireur", "kamikaze", "ravisseur", "pirate", "separatiste", "taliban",
    "groupe", "faction", "guerilla", "paramilitaire", "mercenaire", "bandit", "gang", "cartel", "trafiquant",
    "malfaiteur", "cambrioleur", "voleur", "braqueur", "suspect", "suspecte", "auteur", "autrice",
    "meurtrier", "meurtriere", "tueur", "tueuse", "criminel", "manifestant", "manifestante", "greviste",
    "protestataire", "emeutier", "casseur", "gilet", "forcene", "ennemi", "occupant",
    /* organisations and trades */
    "entreprise", "societe", "firme", "compagnie", "constructeur", "fabricant", "laboratoire", "banque",
    "assureur", "operateur", "enseigne", "distributeur", "chaine", "journal", "quotidien", "hebdomadaire",
    "magazine", "media", "presse", "redaction", "agence", "organisation", "association", "ong", "federation",
    "syndicat", "intersyndicale", "confederation", "union", "collectif", "mouvement", "fondation", "institut",
    "institution", "organisme", "comite", "club", "equipe", "direction", "directeur", "directrice", "patron",
    "patronne", "patronat", "pdg", "actionnaire", "salarie", "salariee", "employe", "employee", "personnel",
    "ouvrier", "ouvriere", "travailleur", "travailleuse", "fonctionnaire", "enseignant", "enseignante",
    "professeur", "instituteur", "eleve", "etudiant", "etudiante", "lyceen", "lyceenne", "medecin",
    "infirmier", "infirmiere", "soignant", "soignante", "chercheur", "chercheuse", "scientifique", "expert",
    "experte", "specialiste", "economiste", "analyste", "agriculteur", "agricultrice", "eleveur",
    "viticulteur", "pecheur", "commercant", "restaurateur", "chauffeur", "routier", "cheminot", "pilote",
    "controleur", "organisateur", "organisatrice", "proprietaire", "locataire", "exploitant", "producteur",
    "plateforme", "reseau", "site", "groupement", "consortium", "geant", "filiale", "marque", "editeur",
    "ecole", "universite", "hopital", "clinique", "academie", "ordre", "cabinet", "service", "office",
    "observatoire", "conseiller", "representant", "representante", "membre", "proche", "entourage",
    /* people */
    "homme", "femme", "individu", "personne", "jeune", "adolescent", "adolescente", "enfant", "fille",
    "garcon", "fils", "pere", "mere", "parent", "frere", "soeur", "oncle", "tante", "cousin", "cousine",
    "epoux", "epouse", "mari", "compagnon", "compagne", "famille", "voisin", "voisine", "habitant",
    "habitante", "riverain", "resident", "passant", "temoin", "victime", "plaignant", "plaignante",
    "retraite", "patient", "patiente", "client", "cliente", "consommateur", "usager", "voyageur", "passager",
    "touriste", "spectateur", "supporter", "fan", "internaute", "utilisateur", "abonne", "lecteur",
    "population", "foule", "gens", "couple", "mannequin", "star", "vedette", "celebrite", "personnalite",
    "acteur", "actrice", "chanteur", "chanteuse", "comedien", "comedienne", "humoriste", "artiste",
    "ecrivain", "ecrivaine", "romancier", "realisateur", "realisatrice", "journaliste", "animateur",
    "animatrice", "presentateur", "presentatrice", "chroniqueur", "sportif", "sportive", "joueur",
    "joueuse", "entraineur", "selectionneur", "footballeur", "athlete", "champion", "championne",
    "coureur", "cycliste", "avocat", "notaire", "interesse", "interessee", "chasseur", "militant",
    "benevole", "survivant", "rescape", "otage", "detenu", "prisonnier", "migrant", "refugie",
    /* English */
    "government", "administration", "ministry", "minister", "president", "premier", "chancellor", "official",
    "spokesman", "spokeswoman", "spokesperson", "secretary", "senator", "congressman", "congresswoman",
    "lawmaker", "legislator", "legislature", "parliament", "congress", "senate", "committee", "commission",
    "council", "court", "judge", "prosecutor", "attorney", "lawyer", "police", "policeman", "policemen",
    "officer", "troops", "army", "soldier", "forces", "military", "navy", "rebel", "guerrilla", "militant",
    "gunmen", "gunman", "insurgent", "terrorist", "protester", "protestor", "demonstrator", "striker",
    "worker", "union", "employee", "company", "firm", "group", "bank", "banker", "board", "director",
    "management", "manager", "shareholder", "investor", "analyst", "economist", "chairman", "chief",
    "executive", "leader", "party", "opposition", "coalition", "authority", "authorities", "regulator",
    "agency", "department", "embassy", "ambassador", "envoy", "delegation", "delegate", "negotiator",
    "diplomat", "producer", "country", "countries", "nation", "state", "member", "trader", "dealer",
    "broker", "farmer", "miner", "exporter", "importer", "manufacturer", "maker", "airline", "carrier",
    "utility", "corporation", "subsidiary", "unit", "concern", "bidder", "buyer", "seller", "source",
    "king", "queen", "prince", "pope", "governor", "mayor", "candidate", "voter", "citizen", "resident",
    "man", "men", "woman", "women", "people", "family", "families", "student", "teacher", "doctor",
    "spokesmen", "staff", "cabinet", "junta", "regime", "militia", "militiamen", "fighter", "commander",
    "general", "institute", "association", "federation", "organization", "organisation", "cartel",
    "consortium", "partner", "ally", "allies", "administration", "treasury", "exchange", "commissioner",
    "inspector", "investigator", "officials", "monitor", "observer", "mission", "bloc", "alliance",
    "kidnapper", "abductor", "captor", "hijacker", "attacker", "assailant", "killer", "bomber", "raider",
    "pirate", "suspect", "police", "guard", "agent", "activist", "campaigner", "lobby", "organizer",
    "organiser", "resident", "villager", "settler", "refugee", "prisoner", "inmate", "hostage", "victim",
    "kidnappeur", "preneur", "aide", "adviser", "advisor", "assistant", "warship", "destroyer", "frigate",
    "plane", "jet", "aircraft", "drone", "helicopter", "tank", "artillery", "navire", "avion", "fregate",
    "helicoptere", "char", "artillerie", "batiment", "assembly", "gunboat", "warplane", "ship", "vessel",
    "sniper", "tireur", "docker", "marin", "sailor", "city", "town", "municipality", "province", "county",
    "district", "region", "village", "territory", "republic", "kingdom", "capital", "province", "canton",
    "territoire", "ville", "empire", NULL};

/* Words before a French actor's head noun that are not it: numbers,
 * quantities (followed by de), pre-nominal adjectives. */
const char *const vl_event_head_skip[] = {
    "ancien", "ancienne", "anciens", "anciennes", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles",
    "premier", "premiere", "premiers", "premieres", "grand", "grande", "grands", "grandes", "petit",
    "petite", "petits", "petites", "haut", "haute", "hauts", "hautes", "principal", "principale",
    "principaux", "principales", "seul", "seule", "seuls", "seules", "vieux", "vieille", "jeune", "jeunes",
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze",
    "vingt", "trente", "cent", "cents", "mille", "quelques", "nombreux", "nombreuses", "differents",
    "divers", "diverses", "milliers", "millier", "centaines", "centaine", "dizaines", "dizaine",
    "millions", "million", "plupart", "ensemble", "totalite", "integralite", "partie", "moitie", "nombre",
    "poignee", "tiers", "quart", "ex", "futur", "future", "actuel", "actuelle", "celebre", "puissant",
    "puissante", "quelque", "environ", "pres", "autre", "autres", "chaque", "tel", "telle", "certains", "certaines", "beaucoup",
    /* English quantities before "of" */
    "thousands", "hundreds", "dozens", "millions", "scores", "tens", "some", "many", "most", "none", "one",
    "two", "three", "four", "five", "majority", "number", "group", NULL};
