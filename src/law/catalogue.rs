//! The catalogue itself. One entry per [`RuleId`], in the same order (a test checks it).
//! Sources: `law/RULES.md` and `law/ADDENDUM-2026-12.md` of the project's shared material,
//! the seeds and `caselaw/decisions.json`, and stored copies of primary pages read through
//! the project's search tools; nothing else.
//!
//! Every source has a [`SourceKind`](super::SourceKind). Each rule cites its primary sources
//! first: the article (wetten.overheid.nl `jci` link with `artikel`, or EUR-Lex with the
//! article in the label), the decision (uitspraken.rechtspraak.nl by ECLI, HUDOC), official
//! guidance (AP, EDPB) or parliamentary papers; then Dutch secondary sources only where they
//! add what the primary ones do not show; theory (the reason model of precedent) last, and
//! never in a ruling ([`Rule::ruling_sources`](super::Rule::ruling_sources)).
//!
//! Where a link is built from a verified reference rather than copied from a stored source
//! (a wetten.overheid.nl `jci` link to an article, a HUDOC search by application number),
//! that is the only thing constructed; the reference itself is in RULES.md.
//!
//! Removed in issue #14 item 4, because the official text or Dutch guidance carries the
//! point and a practising lawyer would not cite them: the Luxembourg CNPD's French page
//! (AVG-6-4: the factors are in art. 6(4) itself), the Polish ODO24 pages (AVG-22), the
//! Maltese Ellul Schranz blog (Bărbulescu 1–4: the judgment on HUDOC), the Glasgow
//! university page (AVG-5-1-c, AVG-5-1-e), the Terena wiki (AVG-35-1), the Twente university
//! page (AP-DPIA-LIST), GDPRhub on art. 6 (the last sentence of art. 6(1) itself), foreign
//! firms' and annotators' pages on the AI Act (FPF on art. 5(1)(e) and (f), Lewis Silkin,
//! Sipoch, overview.legal, legalviz, a mirror of a DLA Piper note on the omnibus) and DLA
//! Piper on C-65/23 (GDPRhub reports the judgment). Secondary pages that remain are Dutch,
//! or the only support read for a point (marked in the rule's comment).

use super::{Rule, RuleId as R, Source, Status::*};
use crate::Date;

const fn l(label: &'static str, url: &'static str) -> Source {
    Source::legislation(label, url)
}

const fn case(label: &'static str, url: &'static str) -> Source {
    Source::case_law(label, url)
}

const fn g(label: &'static str, url: &'static str) -> Source {
    Source::guidance(label, url)
}

const fn sec(label: &'static str, url: &'static str) -> Source {
    Source::secondary(label, url)
}

const AVG: Option<Date> = Some(super::AVG_FROM);
const AI5: Option<Date> = Some(super::AI_PROHIBITIONS_FROM);

const WOR_27_1: Source = l(
    "art. 27 lid 1 WOR",
    "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=27&lid=1",
);
const WOR_27_2: Source = l(
    "art. 27 lid 2 WOR",
    "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=27&lid=2",
);
const WOR_27_4: Source = l(
    "art. 27 lid 4 WOR",
    "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=27&lid=4",
);
const WORONLINE_27_4: Source = sec(
    "woronline: vervangende toestemming",
    "https://woronline.nl/jurisprudentie/31/Vervangende-toestemming",
);
const BASE: Source = sec(
    "BASE Advocaten: de toets van de kantonrechter in twee stappen",
    "https://www.friendsinbusiness.nl/rotterdam/blog-base-advocaten-het-instemmingsrecht-van-de-ondernemingsraad-de-toets-van-de-kantonrechter-in-twee-stappen/",
);
const OMRON: Source = case(
    "Rb. Oost-Brabant 20-09-2016, ECLI:NL:RBOBR:2016:5172",
    "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBOBR:2016:5172",
);
// Read in the stored copy of uitspraken.rechtspraak.nl (inhoudsindicatie): the OR invoked
// the nullity of Apple Retail's decision to show the first name of the employee concerned in
// customer-satisfaction surveys; an instemmingsplichtig decision under art. 27 lid 1 sub l
// and k WOR; the OR niet-ontvankelijk because it invoked the nullity (lid 5) too late. Also
// shared/caselaw/decisions.json. The Stibbe seed cites it ("Vgl.", footnote 14) for badges
// put to a new use (AVG-6-4).
const APPLE_2017: Source = case(
    "Rb. Amsterdam 10-10-2017, ECLI:NL:RBAMS:2017:7888: voortaan de voornaam van de medewerker in klanttevredenheidsenquêtes is een instemmingsplichtig besluit (art. 27 lid 1 sub k en l WOR)",
    "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBAMS:2017:7888",
);

// EUR-Lex. The article anchor was NOT verified: no stored copy of an EUR-Lex page itself was
// found (issue #14 item 4). Repositories that parse EUR-Lex's Official Journal markup show
// each article in `<div class="eli-subdivision" id="art_N">` (one says it checked this on
// the AI Act's live page), and links to the AVG in the wild use both `#art_N` and generated
// `#d1e…-1-1` anchors; neither was read on EUR-Lex. So every AVG and AI-Act source links
// the regulation and names the article in its label. Once an anchor form is verified,
// build it here (and tighten the test `eu_sources_name_the_article`).
const AVG_URL: &str = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679";
const AIA_URL: &str = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32024R1689";

/// An article of the AVG (Verordening (EU) 2016/679), named in the label.
const fn avg(label: &'static str) -> Source {
    l(label, AVG_URL)
}

/// An article or annex of the AI-verordening (Verordening (EU) 2024/1689), named in the label.
const fn aia(label: &'static str) -> Source {
    l(label, AIA_URL)
}

const UAVG_29: Source = l(
    "art. 29 UAVG",
    "https://wetten.overheid.nl/jci1.3:c:BWBR0040940&artikel=29",
);
// The Arbeidstijdenbesluit as enacted (Stb. 1995, 599), read in the stored copy on
// officielebekendmakingen.nl. Its BWB id (BWBR0007687) is a recollection in the ADDENDUM
// (MEMORY), so no wetten.overheid.nl article link is built; the current wording of
// art. 3.2:1 (at least 52 weeks) was read only in Rendement's quotation (ADDENDUM 2026-12).
const ATB: Source = l(
    "Arbeidstijdenbesluit (Stb. 1995, 599), art. 3.2:1: bewaren van de arbeidstijdregistratie",
    "https://zoek.officielebekendmakingen.nl/stb-1995-599.html",
);
// HUDOC links are searches by application number, built from the verified reference
// (RULES.md).
const BARBULESCU: Source = case(
    "EHRM (GC) 5-9-2017, Bărbulescu t. Roemenië, nr. 61496/08",
    "https://hudoc.echr.coe.int/eng#{%22appno%22:[%2261496/08%22]}",
);
// López Ribalda (RULES.md ECHR-LOPEZ-RIBALDA, VERIFIED as to the outcome): read in stored
// copies of the judgment (vlex, laweuro: Grand Chamber, 17 October 2019, applications
// nos. 1874/13 and 8567/13; no violation of art. 8, nor of art. 6).
const LOPEZ_RIBALDA: Source = case(
    "EHRM (GC) 17-10-2019, López Ribalda e.a. t. Spanje, nrs. 1874/13 en 8567/13",
    "https://hudoc.echr.coe.int/eng#{%22appno%22:[%221874/13%22]}",
);
// ADDENDUM 2026-12 (VERIFIED: exists); the stored copy of the EDPB page was read.
const EDPB_VIDEO: Source = g(
    "EDPB, Richtsnoeren 3/2019 inzake de verwerking van persoonsgegevens door middel van videoapparatuur",
    "https://edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-32019-processing-personal-data-through-video_nl",
);
// The AP's pages on monitoring staff (RULES.md AP-MONITOR, VERIFIED).
const AP_MONITOR: Source = g(
    "AP: voorwaarden voor controle van werknemers",
    "https://autoriteitpersoonsgegevens.nl/en/node/92/monitoring-employees/conditions-for-monitoring-employees",
);
const AP_COVERT: Source = g(
    "AP: voorwaarden voor heimelijke controle van werknemers",
    "https://www.autoriteitpersoonsgegevens.nl/en/node/92/monitoring-employees/conditions-for-covert-monitoring-of-employees",
);
// The AP's Dutch page on monitoring staff, as the Minister cites it in the answers of
// 31 May 2021 (shared/seeds/000, footnotes 2 and 3: "geraadpleegd op 10 mei 2021").
const AP_CONTROLE: Source = g(
    "AP: controle van personeel (door de minister geraadpleegd op 10-5-2021)",
    "https://www.autoriteitpersoonsgegevens.nl/nl/onderwerpen/werk-uitkering/controle-van-personeel",
);
const AP_OR: Source = g(
    "AP: ondernemingsraad (OR)",
    "https://autoriteitpersoonsgegevens.nl/nl/onderwerpen/werk-en-uitkering/ondernemingsraad-or",
);
const MINISTER_2021: Source = Source::parliamentary(
    "Aanhangsel Handelingen II 2020/21, nr. 2967 (2021Z06117), antwoord 2",
    "https://zoek.officielebekendmakingen.nl/ah-tk-20202021-2967.html",
);
const SEED_STIBBE: Source = Source::secondary_unlinked(
    "A.F. Tadema & Y.S. Farzanh (Stibbe), artikel over kantoorplicht en monitoring (2025)",
);

/// The catalogue, indexed by [`RuleId`](super::RuleId).
pub static CATALOGUE: &[Rule] = &[
    // ---------------------------------------------------------------- WOR
    Rule {
        id: R::Wor27_1Scope,
        title_nl: "Instemmingsrecht: besluit van de ondernemer over een regeling op de limitatieve lijst",
        title_en: "Consent right: the employer's decision on a regeling on the closed list",
        status: Verified,
        from: None,
        until: None,
        sources: &[
            WOR_27_1,
            case(
                "HR 08-03-2019, ECLI:NL:HR:2019:314 (gedoogde praktijk)",
                "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2019:314",
            ),
            sec(
                "OR-net: instemmingsrecht",
                "https://kennisbank.ornet.nl/themas/wet-op-de-ondernemingsraden/instemmingsrecht/135956",
            ),
            sec(
                "woronline: instemmingsbevoegdheid",
                "https://www.woronline.nl/wor-artikelen/artikel-27-het-instemmingsrecht-van-de-or/instemmingsbevoegdheid",
            ),
        ],
    },
    Rule {
        id: R::Wor27_1K,
        title_nl: "Art. 27 lid 1 sub k WOR: regeling over verwerking en bescherming van persoonsgegevens",
        title_en: "Art. 27(1)(k) WOR: regeling on processing and protecting staff personal data",
        status: Verified,
        from: None,
        until: None,
        sources: &[
            WOR_27_1,
            APPLE_2017,
            sec(
                "woronline: artikel 27",
                "https://www.woronline.nl/wor-artikelen/artikel-27-het-instemmingsrecht-van-de-or",
            ),
            sec(
                "Declercq: personeelsvolgsysteem",
                "https://www.declercq.com/keyword/personeelsvolgsysteem/",
            ),
        ],
    },
    Rule {
        id: R::Wor27_1L,
        title_nl: "Art. 27 lid 1 sub l WOR: voorzieningen gericht op of geschikt voor controle op aanwezigheid, gedrag of prestaties",
        title_en: "Art. 27(1)(l) WOR: facilities aimed at or suitable for checking attendance, behaviour or performance",
        status: Verified,
        from: None,
        until: None,
        sources: &[
            WOR_27_1,
            APPLE_2017,
            AP_OR,
            sec(
                "Rendement: instemmingsrecht bij geheim cameratoezicht",
                "https://www.rendement.nl/privacy/nieuws/instemmingsrecht-or-bij-geheim-cameratoezicht.html",
            ),
            sec(
                "Performa: toegangspassen",
                "https://performa-or.nl/faq/onze-organisatie-wil-iedereen-een-pasje-geven-om-het-bedrijfsterrein-op-te-komen-heeft-de-or-instemmingsrecht/",
            ),
        ],
    },
    // Issue #20 item 16. The book said a regeling allowing covert cameras needs consent, the
    // engine let an incidental covert camera through without. Rendement (7 April 2023),
    // read in the stored copy: the consent right "geldt als de bestuurder het cameratoezicht
    // structureel wil invoeren of als hij het bestaande beleid daarvoor wil wijzigen, maar
    // óók als hij eenmalig of tijdelijk werknemers in het geheim wil filmen" (RULES.md,
    // WOR-27-1-l). Performa (27 May 2021): within a consented camera policy no new consent
    // is needed, but covert use usually falls outside it and must be put to the OR. PARTIAL:
    // secondary sources agree; no court decision in the catalogue says it.
    Rule {
        id: R::Wor27_1CovertOnce,
        title_nl: "Ook eenmalig of tijdelijk heimelijk filmen van werknemers is instemmingsplichtig: \"incidenteel\" sluit dat niet uit",
        title_en: "One-off or temporary covert filming of staff also needs consent: \"incidental\" does not exclude it",
        status: Partial,
        from: None,
        until: None,
        sources: &[
            WOR_27_1,
            sec(
                "Rendement: instemmingsrecht OR bij (geheim) cameratoezicht (7-4-2023)",
                "https://www.rendement.nl/privacy/nieuws/instemmingsrecht-or-bij-geheim-cameratoezicht.html",
            ),
            sec(
                "Performa: kan de bestuurder cameratoezicht herhalen zonder opnieuw instemming te vragen? (27-5-2021)",
                "https://performa-or.nl/faq/de-or-stemt-in-met-cameratoezicht-in-de-organisatie-kan-de-bestuurder-dit-herhalen-zonder-opnieuw-om-instemming-te-vragen/",
            ),
        ],
    },
    // Letter g (appraisal) as the shared DOMAIN §1 lists it ("appraisal (g)"); the statute's
    // wording of the letter was not read in a stored copy. Derived where monitoring data feed
    // appraisals (a consequence for appraisal, or the purpose of evaluating performance):
    // the engine's reading of DOMAIN and of the lawyer's situations (presence status and
    // keylogging feeding appraisals). PARTIAL.
    Rule {
        id: R::Wor27_1G,
        title_nl: "Art. 27 lid 1 sub g WOR: regeling over personeelsbeoordeling",
        title_en: "Art. 27(1)(g) WOR: regeling on staff appraisal",
        status: Partial,
        from: None,
        until: None,
        sources: &[
            WOR_27_1,
            sec(
                "woronline: artikel 27",
                "https://www.woronline.nl/wor-artikelen/artikel-27-het-instemmingsrecht-van-de-or",
            ),
        ],
    },
    // The consent right extended by an agreement with the OR: OR-net's kennisbank (read):
    // "Het instemmingsrecht kan daarnaast uitgebreid worden bij ondernemingsovereenkomst
    // (artikel 32 WOR), bij wet of bij cao." That the procedure of art. 27, lid 4 included,
    // then applies to the extended right was not read: PARTIAL.
    Rule {
        id: R::Wor32,
        title_nl: "Art. 32 WOR: instemmingsrecht uitgebreid bij ondernemingsovereenkomst",
        title_en: "Art. 32 WOR: consent right extended by an agreement with the OR",
        status: Partial,
        from: None,
        until: None,
        sources: &[
            l(
                "art. 32 WOR",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=32",
            ),
            sec(
                "OR-net: instemmingsrecht",
                "https://kennisbank.ornet.nl/themas/wet-op-de-ondernemingsraden/instemmingsrecht/135956",
            ),
        ],
    },
    Rule {
        id: R::Wor27_2,
        title_nl: "Art. 27 lid 2 WOR: schriftelijk, met redenen en gevolgen, en ten minste één overlegvergadering",
        title_en: "Art. 27(2) WOR: in writing, with reasons and consequences, and at least one consultation meeting",
        status: Partial,
        from: None,
        until: None,
        sources: &[
            l(
                "art. 27 lid 2 WOR",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=27&lid=2",
            ),
            sec(
                "Sprengers: het instemmingstraject",
                "https://www.sprengersadvocaten.nl/actueel/publicaties/het-instemmingstraject/",
            ),
            sec(
                "Declercq: personele gevolgen",
                "https://www.declercq.com/keyword/personele-gevolgen/",
            ),
        ],
    },
    Rule {
        id: R::Wor27_2Term,
        title_nl: "Geen wettelijke termijn voor het besluit van de OR; niet beslissen is geen instemming",
        title_en: "No statutory deadline for the OR's decision; not deciding is not consenting",
        status: Verified,
        from: None,
        until: None,
        sources: &[
            WOR_27_2,
            sec(
                "OR-net: besluittermijn instemmingsaanvraag",
                "https://www.ornet.nl/or-werk/wat-is-de-besluittermijn-voor-een-instemmingsaanvraag/",
            ),
            sec(
                "Rendement: mogelijke beslissingen op een instemmingsaanvraag",
                "https://www.rendement.nl/instemmingsrecht/vraag-en-antwoord/welke-beslissingen-zijn-mogelijk-op-een-instemmingsaanvraag",
            ),
        ],
    },
    // A request filed before the consent procedure of art. 27 lid 2 is completed: the
    // employer declined (or never convened) the consultation meeting, or went to court while
    // the OR was still deciding within a reasonable time, or the OR asked for a formal
    // request it never got. The Declercq report of a Middelburg decision: no substantive
    // consultation, no substitute consent. That this makes the request premature and
    // refused without weighing, not merely a weight in the balance, is the engine's reading
    // of that report and of WOR-27-2-TERM: INFERENCE.
    Rule {
        id: R::Wor27_2Premature,
        title_nl: "Verzoek prematuur: de instemmingsprocedure van art. 27 lid 2 WOR is niet afgerond",
        title_en: "Request premature: the consent procedure of art. 27(2) WOR is not completed",
        status: Inference,
        from: None,
        until: None,
        sources: &[
            l(
                "art. 27 lid 2 WOR",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=27&lid=2",
            ),
            sec(
                "Declercq: instemmingsrecht OR, geen inhoudelijk overleg, geen vervangende toestemming",
                "https://www.declercq.com/blogs/instemmingsrecht-or-geen-inhoudelijk-overleg-geen-vervangende-toestemming/",
            ),
            sec(
                "OR-net: besluittermijn instemmingsaanvraag",
                "https://www.ornet.nl/or-werk/wat-is-de-besluittermijn-voor-een-instemmingsaanvraag/",
            ),
        ],
    },
    Rule {
        id: R::Wor27_3,
        title_nl: "Art. 27 lid 3 WOR: geen instemmingsrecht voor zover de cao de zaak inhoudelijk regelt",
        title_en: "Art. 27(3) WOR: no consent right insofar as a cao already regulates the matter substantively",
        status: Verified,
        from: None,
        until: None,
        sources: &[
            l(
                "art. 27 lid 3 WOR",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=27&lid=3",
            ),
            case(
                "PHR ECLI:NL:PHR:2006:AY5701",
                "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:PHR:2006:AY5701",
            ),
            sec(
                "woronline: instemmingsrecht en cao",
                "https://woronline.nl/jurisprudentie/11/Instemmingsrecht-en-cao",
            ),
        ],
    },
    Rule {
        id: R::Wor27_4Ground1,
        title_nl: "Art. 27 lid 4 WOR, grond 1: de weigering van de OR is onredelijk",
        title_en: "Art. 27(4) WOR, ground 1: the OR's refusal is unreasonable",
        status: Verified,
        from: None,
        until: None,
        sources: &[
            WOR_27_4,
            WORONLINE_27_4,
            BASE,
            sec(
                "Lexology: practice review of art. 27(4)",
                "https://www.lexology.com/library/detail.aspx?g=4d1ba610-dbde-465f-9b0b-c91b00944888",
            ),
        ],
    },
    Rule {
        id: R::Wor27_4Ground2,
        title_nl: "Art. 27 lid 4 WOR, grond 2: het besluit wordt gevergd door zwaarwegende bedrijfsorganisatorische, -economische of -sociale redenen",
        title_en: "Art. 27(4) WOR, ground 2: the decision is required by weighty organisational, economic or social reasons",
        status: Verified,
        from: None,
        until: None,
        sources: &[
            WOR_27_4,
            WORONLINE_27_4,
            sec(
                "Performa: checklist kantonrechter art. 27 en 36 WOR",
                "https://performa-or.nl/checklist/kantonrechter-artikel-27-en-36-wor/",
            ),
        ],
    },
    // Not in RULES.md: an INFERENCE from the statute's *gevergd* ("required") and from QBuzz
    // 2021, whose court summary (read from the case file's record) says the refusal was "niet
    // onredelijk", "maar inhoudelijke afweging van de betrokken belangen leidt ertoe dat QBuzz
    // de nieuwe roosters mag invoeren": ground 2 granted after weighing the interests at
    // stake, not on the weight of a reason alone. How the weighty reasons meet the interests
    // against them per reading: see `src/stage2.rs`.
    Rule {
        id: R::Wor27_4Ground2Weighing,
        title_nl: "Art. 27 lid 4 WOR, grond 2: de zwaarwegende redenen worden afgewogen tegen de belangen die tegen het besluit pleiten; zij vergen het besluit niet tegen duidelijk zwaardere belangen in",
        title_en: "Art. 27(4) WOR, ground 2: the weighty reasons are weighed against the interests against the decision; they do not require it against clearly heavier interests",
        status: Inference,
        from: None,
        until: None,
        sources: &[
            WOR_27_4,
            case(
                "Rb. Midden-Nederland 21-07-2021, ECLI:NL:RBMNE:2021:3538 (QBuzz): weigering niet onredelijk, maar inhoudelijke afweging van de betrokken belangen leidt tot toestemming",
                "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBMNE:2021:3538",
            ),
        ],
    },
    // What the employer asked decides what the court can give: permission for the proposal
    // as a whole, or subsidiarily for its separable parts. The court does not rewrite the
    // proposal (the regeling's `separable` doc; art. 24 Rv, read on wetboekplus.nl: the court
    // decides on the grounds the parties put forward). A partial grant only on a subsidiary
    // request: INFERENCE.
    Rule {
        id: R::Wor27_4Petitum,
        title_nl: "De rechter beslist over wat de ondernemer verzocht: het geheel, of subsidiair de scheidbare onderdelen",
        title_en: "The court decides what the employer asked: the whole, or subsidiarily the separable parts",
        status: Inference,
        from: None,
        until: None,
        sources: &[
            WOR_27_4,
            l(
                "art. 24 Rv",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0001827&artikel=24",
            ),
        ],
    },
    // The OR's condition or counter-proposal is weighed against the proposal through
    // necessity: does it reach the employer's aim with less intrusion (DOMAIN §2, "the judge
    // then weighs the proposal against the OR's alternative"). KLM 2008 is cited for it only
    // as reported: the OR would consent only to anonymous registration, which (van-doorne.com)
    // was held not a reasonable alternative; the court's own considerations were not
    // readable (cases/ECLI_NL_RBAMS_2008_BD6534.json). PARTIAL.
    Rule {
        id: R::Wor27_4OrAlternative,
        title_nl: "Instemming onder voorwaarden: de rechter weegt het voorstel tegen het alternatief van de OR",
        title_en: "Conditional consent: the court weighs the proposal against the OR's alternative",
        status: Partial,
        from: None,
        until: None,
        sources: &[
            WOR_27_4,
            case(
                "Rb. Amsterdam 16-06-2008, ECLI:NL:RBAMS:2008:BD6534 (KLM)",
                "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBAMS:2008:BD6534",
            ),
            sec(
                "Van Doorne: nieuwsbrief september 2008 over KLM",
                "http://www.van-doorne.com/nieuwsbrieven/nieuwsbrief_september_2008/september_04_en.php",
            ),
        ],
    },
    // What the parties put forward in the proceedings counts. Declercq reports that the Hoge
    // Raad held a court of appeal wrong to leave aside arguments the OR first advanced on
    // appeal, and that the kantonrechter Middelburg, following it, weighed arguments the OR
    // first raised in the proceedings (read: the Declercq page). That a refusal without
    // reasons, or an OR that would not discuss alternatives, adds no weight of its own, and
    // that the court decides on the proposal as the employer amended it in the proceedings
    // (DOMAIN §2: defects cured during the proceedings count), are the engine's reading:
    // PARTIAL.
    Rule {
        id: R::Wor27_4Arguments,
        title_nl: "De rechter weegt wat partijen in de procedure aanvoeren, ook argumenten die de OR pas daar aanvoert",
        title_en: "The court weighs what the parties put forward in the proceedings, including arguments the OR first raises there",
        status: Partial,
        from: None,
        until: None,
        sources: &[
            WOR_27_4,
            sec(
                "Declercq: instemmingsrecht OR, geen inhoudelijk overleg, geen vervangende toestemming",
                "https://www.declercq.com/blogs/instemmingsrecht-or-geen-inhoudelijk-overleg-geen-vervangende-toestemming/",
            ),
        ],
    },
    // The court weighs the OR's arguments for withholding consent against the employer's for
    // the decision (woronline). A demand unrelated to the regeling, to which the OR tied its
    // consent, is no argument against the proposal: left aside. No source says so in terms:
    // INFERENCE.
    Rule {
        id: R::Wor27_4Unrelated,
        title_nl: "Een eis die los staat van de regeling is geen argument tegen het voorstel",
        title_en: "A demand unrelated to the regeling is no argument against the proposal",
        status: Inference,
        from: None,
        until: None,
        sources: &[WOR_27_4, WORONLINE_27_4],
    },
    Rule {
        id: R::Wor27_5,
        title_nl: "Art. 27 lid 5 WOR: nietigheid, mits de OR die binnen een maand schriftelijk inroept",
        title_en: "Art. 27(5) WOR: nullity, if the OR invokes it in writing within one month",
        status: Verified,
        from: None,
        until: None,
        sources: &[
            l(
                "art. 27 lid 5 WOR",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=27&lid=5",
            ),
            case(
                "Rb. Amsterdam 10-10-2017, ECLI:NL:RBAMS:2017:7888: de OR is niet-ontvankelijk, omdat hij de nietigheid (art. 27 lid 5 WOR) te laat heeft ingeroepen",
                "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBAMS:2017:7888",
            ),
            sec(
                "SER: nietig besluit",
                "https://www.ser.nl/nl/thema/medezeggenschap/FAQ/nietig-besluit",
            ),
            sec(
                "woronline: inroepen nietigheid",
                "https://woronline.nl/jurisprudentie/30/Inroepen-nietigheid",
            ),
        ],
    },
    Rule {
        id: R::Wor25_1K,
        title_nl: "Art. 25 lid 1 sub k WOR: adviesrecht bij een belangrijke technologische voorziening",
        title_en: "Art. 25(1)(k) WOR: advice right on an important technological facility",
        status: Verified,
        from: None,
        until: None,
        sources: &[
            l(
                "art. 25 lid 1 WOR",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=25&lid=1",
            ),
            sec(
                "collegebundel: art. 25 lid 1 WOR",
                "https://collegebundel.nl/wet-op-de-ondernemingsraden/artikel25/lid1",
            ),
            sec(
                "BASE: thuiswerkbeleid en de OR",
                "https://www.baseadvocaten.nl/en/news/335/56/Thuiswerkbeleid-en-de-positie-van-de-ondernemingsraad",
            ),
        ],
    },
    Rule {
        id: R::Wor36,
        title_nl: "Art. 36 lid 4 WOR: verzoek niet-ontvankelijk bij een Arbowet-verzoek over dezelfde zaak",
        title_en: "Art. 36(4) WOR: request inadmissible where an Arbowet demand covers the same matter",
        status: Partial,
        from: None,
        until: None,
        sources: &[
            l(
                "art. 36 WOR",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=36",
            ),
            sec(
                "Declercq: procedure kantonrechter",
                "https://www.declercq.com/keyword/procedure-kantonrechter/",
            ),
            sec(
                "woronline: instemmingsrecht en cao",
                "https://woronline.nl/jurisprudentie/11/Instemmingsrecht-en-cao",
            ),
        ],
    },
    // Art. 22 WOR (text read in two unofficial copies of the current text,
    // wetopdeondernemingsraden.com and depijl-mz.nl, which agree; the official text on
    // wetten.overheid.nl was not read, nor the dates in force): the costs reasonably needed
    // for the OR's task, including those of legal proceedings, are the employer's, the
    // latter if the employer was told of them in advance (lid 2); art. 22a: the OR cannot be
    // ordered to pay the costs of proceedings against the employer. PARTIAL.
    Rule {
        id: R::Wor22,
        title_nl: "Art. 22 en 22a WOR: de redelijke kosten van de OR voor deze procedure komen ten laste van de ondernemer",
        title_en: "Arts. 22 and 22a WOR: the OR's reasonable costs of these proceedings are borne by the employer",
        status: Partial,
        from: None,
        until: None,
        sources: &[
            l(
                "art. 22 WOR",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=22",
            ),
            l(
                "art. 22a WOR",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=22a",
            ),
            sec(
                "wetopdeondernemingsraden.com: art. 22 WOR",
                "https://wetopdeondernemingsraden.com/wor/art-22-wor/",
            ),
            sec(
                "De Pijl: artikel 22 WOR, kosten",
                "https://www.depijl-mz.nl/wor/a22/",
            ),
            sec(
                "woronline: kosten van deskundigen",
                "https://woronline.nl/jurisprudentie/10/Kosten-van-deskundigen",
            ),
        ],
    },
    Rule {
        id: R::CaseOmron2016,
        title_nl: "Omron: de privacytoets binnen de belangenafweging van art. 27 lid 4 WOR",
        title_en: "Omron: the privacy test inside the weighing of art. 27(4) WOR",
        status: Verified,
        from: None,
        until: None,
        sources: &[
            OMRON,
            WOR_27_4,
            sec(
                "Nieuwsbrief Medezeggenschap 5-10-2016",
                "https://nieuwsbriefmedezeggenschap.nl/2016/10/05/camerabeelden-om-diefstal-te-voorkomen/",
            ),
            sec(
                "Boels Zanders: cameratoezicht op de werkvloer",
                "https://www.boelszanders.nl/cameratoezicht-op-de-werkvloer/",
            ),
        ],
    },
    Rule {
        id: R::Rv149,
        title_nl: "Art. 149 Rv: niet (voldoende) betwiste stellingen gelden als vaststaand",
        title_en: "Art. 149 Rv: statements not (sufficiently) disputed count as established",
        status: Partial,
        from: None,
        until: None,
        sources: &[l(
            "art. 149 Rv",
            "https://wetten.overheid.nl/jci1.3:c:BWBR0001827&artikel=149",
        )],
    },
    Rule {
        id: R::Rv150,
        title_nl: "Art. 150 Rv: wie zich beroept op de rechtsgevolgen van gestelde feiten, draagt de bewijslast daarvan",
        title_en: "Art. 150 Rv: a party relying on the legal effects of the facts it asserts bears the burden of proving them",
        status: Partial,
        from: None,
        until: None,
        sources: &[l(
            "art. 150 Rv",
            "https://wetten.overheid.nl/jci1.3:c:BWBR0001827&artikel=150",
        )],
    },
    // The bounds of the dispute: the court decides on what the parties put forward and adds
    // legal grounds of its own motion, not facts (DOMAIN §3; the links are built from the
    // article numbers). A categorical ban applies of its own force; a curable point weighs
    // only as far as the OR raised it or the facts plainly show it.
    Rule {
        id: R::Rv24,
        title_nl: "Art. 24 en 25 Rv: de rechter beslist binnen de grenzen van wat partijen aanvoeren en vult alleen rechtsgronden ambtshalve aan",
        title_en: "Arts. 24 and 25 Rv: the court decides within the bounds of what the parties put forward and adds only legal grounds of its own motion",
        status: Partial,
        from: None,
        until: None,
        sources: &[
            l(
                "art. 24 Rv",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0001827&artikel=24",
            ),
            l(
                "art. 25 Rv",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0001827&artikel=25",
            ),
        ],
    },
    // An unkept earlier agreement with the OR (an evaluation promised and never held) weighs
    // for the OR: DOMAIN §2 names it among the OR's typical interests. No decision in the
    // shared sources states it as a rule: INFERENCE.
    Rule {
        id: R::WorEarlierAgreement,
        title_nl: "Een eerdere afspraak met de OR die de ondernemer niet is nagekomen, weegt voor de OR",
        title_en: "An earlier agreement with the OR that the employer did not keep weighs for the OR",
        status: Inference,
        from: None,
        until: None,
        sources: &[WOR_27_4, WORONLINE_27_4],
    },
    // Primary terms of employment (pay, and what else belongs to collective bargaining) are
    // the unions' and the cao's domain; art. 27 lid 3 leaves the OR no consent right insofar
    // as a cao regulates the matter. That an OR may reasonably decline to decide a regeling
    // that changes such terms before the unions have, and that this weighs for it, is the
    // engine's reading; no source in the shared material states it: INFERENCE.
    Rule {
        id: R::WorPrimaryTerms,
        title_nl: "Een regeling die primaire arbeidsvoorwaarden wijzigt: de OR mag het oordeel daarover aan de vakbonden laten",
        title_en: "A regeling that changes primary terms of employment: the OR may leave those to the unions",
        status: Inference,
        from: None,
        until: None,
        sources: &[
            l(
                "art. 27 lid 3 WOR",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=27&lid=3",
            ),
            sec(
                "woronline: instemmingsrecht en cao",
                "https://woronline.nl/jurisprudentie/11/Instemmingsrecht-en-cao",
            ),
        ],
    },
    Rule {
        id: R::Wbp8F,
        title_nl: "Art. 8 sub f Wbp: gerechtvaardigd belang, noodzaak en afweging (vóór de AVG)",
        title_en: "Art. 8(f) Wbp: legitimate interest, necessity and balancing (before the AVG)",
        status: Partial,
        from: Some(super::SUPPORTED_FROM),
        until: Some(Date::ymd(2018, 5, 24)),
        sources: &[
            l(
                "art. 8 Wbp",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0011468&artikel=8",
            ),
            OMRON,
            sec(
                "Boels Zanders: cameratoezicht op de werkvloer",
                "https://www.boelszanders.nl/cameratoezicht-op-de-werkvloer/",
            ),
        ],
    },
    // ---------------------------------------------------------------- AVG
    Rule {
        id: R::Avg5_1C,
        title_nl: "Art. 5 lid 1 sub c AVG: dataminimalisatie en subsidiariteit",
        title_en: "Art. 5(1)(c) GDPR: data minimisation and subsidiarity",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[avg("art. 5 lid 1 sub c AVG"), AP_MONITOR, SEED_STIBBE],
    },
    // Not in RULES.md as a rule of its own: an INFERENCE from art. 5(1)(c) (personal data
    // must be "toereikend, ter zake dienend en beperkt tot wat noodzakelijk is") and from the
    // necessity step of art. 6(1)(f) (RULES.md AVG-6-1-f-2): a measure that cannot serve its
    // purpose at all processes data that are not relevant to it, and cannot be necessary for
    // it. Which purposes need which observations is the library's own derivation.
    Rule {
        id: R::Avg5_1CSuitability,
        title_nl: "Geschiktheid: een maatregel die het doel niet kan dienen, verwerkt gegevens die voor dat doel niet ter zake dienend zijn en kan er niet noodzakelijk voor zijn (art. 5 lid 1 sub c en art. 6 lid 1 sub f AVG)",
        title_en: "Suitability: a measure that cannot serve its purpose processes data that are not relevant to it and cannot be necessary for it (art. 5(1)(c) and 6(1)(f) GDPR)",
        status: Inference,
        from: AVG,
        until: None,
        sources: &[avg("art. 5 lid 1 sub c en art. 6 lid 1 sub f AVG")],
    },
    Rule {
        id: R::Avg5_1E,
        title_nl: "Art. 5 lid 1 sub e AVG: opslagbeperking",
        title_en: "Art. 5(1)(e) GDPR: storage limitation",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[avg("art. 5 lid 1 sub e AVG")],
    },
    // Retention is judged per kind of data against the norm for that kind (ADDENDUM
    // 2026-12: INFERENCE): camera images four weeks (UNVERIFIED, see the calibration key
    // `retention.camera_images_days`); working-time records at least 52 weeks (ATB-3-2-1);
    // for other kinds the catalogue has no norm, and the ruling says so.
    Rule {
        id: R::RetentionPerKind,
        title_nl: "Bewaartermijn per soort gegevens: camerabeelden, arbeidstijdregistratie, overige",
        title_en: "Retention per kind of data: camera images, working-time records, other data",
        status: Inference,
        from: None,
        until: None,
        sources: &[
            avg("art. 5 lid 1 sub e AVG"),
            EDPB_VIDEO,
            ATB,
            sec(
                "ICTRecht: camerabeelden mogen vier weken worden bewaard (2012; secundaire bron)",
                "https://www.ictrecht.nl/blog/camerabeelden-mogen-vier-weken-worden-bewaard",
            ),
        ],
    },
    // Issue #20 item 9. Art. 5(1)(e) AVG: kept "for no longer than is necessary for the
    // purposes for which the personal data are processed" (AVG-5-1-e, VERIFIED). A term that
    // runs for as long as the employment lasts is set by the employment, not by the purpose;
    // that it is therefore longer than the purpose needs is the engine's reading: INFERENCE.
    // Working-time records are excepted: the law requires them kept 52 weeks (ATB-3-2-1).
    Rule {
        id: R::RetentionEmployment,
        title_nl: "Bewaren zolang het dienstverband duurt: de termijn volgt niet het doel en is langer dan het doel nodig maakt",
        title_en: "Keeping data for the duration of employment: the term does not follow the purpose and is longer than the purpose needs",
        status: Inference,
        from: AVG,
        until: None,
        sources: &[avg("art. 5 lid 1 sub e AVG"), ATB],
    },
    // Issue #20 item 9. Art. 17(3)(e) AVG: the right to erasure does not apply to the extent
    // processing is necessary "for the establishment, exercise or defence of legal claims"
    // (read in the stored summaries of art. 17; the text is in the AVG itself). That keeping the
    // data about an incident until the proceedings about it end is therefore not excessive
    // retention is the engine's reading: INFERENCE.
    Rule {
        id: R::RetentionProceedings,
        title_nl: "Gegevens over een incident bewaren tot het einde van de procedure is niet bovenmatig (art. 17 lid 3 sub e AVG)",
        title_en: "Keeping data about an incident until the proceedings end is not excessive (art. 17(3)(e) GDPR)",
        status: Inference,
        from: AVG,
        until: None,
        sources: &[avg("art. 17 lid 3 sub e AVG")],
    },
    Rule {
        id: R::Atb3_2_1,
        title_nl: "Art. 3.2:1 Arbeidstijdenbesluit: de arbeidstijdregistratie wordt ten minste 52 weken bewaard",
        title_en: "Art. 3.2:1 Arbeidstijdenbesluit: working-time records are kept at least 52 weeks",
        status: Verified,
        from: None,
        until: None,
        sources: &[
            ATB,
            sec(
                "Rendement: bewaartermijn arbeidstijdenregistratie (citeert art. 3.2:1 ATB; secundaire bron)",
                "https://www.rendement.nl/arbeidstijden/nieuws/kleine-lettertjes-bewaartermijn-arbeidstijdenregistratie.html",
            ),
        ],
    },
    Rule {
        id: R::Avg5_2,
        title_nl: "Art. 5 lid 2 AVG: verantwoordingsplicht — de werkgever moet naleving kunnen aantonen",
        title_en: "Art. 5(2) GDPR: accountability — the employer must be able to show compliance",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[avg("art. 5 lid 2 AVG")],
    },
    // Sources: the AVG's articles on consent; WP29 Opinion 2/2017 (WP249) is read only in a
    // Norwegian firm's English summary (RULES.md AVG-6-1-a-EMP): kept, Secondary, as the only
    // support read for "employee consent is rarely valid"; the EDPB's own copy was not found.
    Rule {
        id: R::Avg6_1AEmp,
        title_nl: "Toestemming van werknemers is zelden een geldige grondslag",
        title_en: "Employee consent is rarely a valid legal basis",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[
            avg("art. 6 lid 1 sub a en art. 7 AVG"),
            sec(
                "WP29, Advies 2/2017 over gegevensverwerking op het werk (WP249), samengevat door Wikborg Rein",
                "https://www.wr.no/aktuelt/the-wp29-opinion-2-2017-on-data-processing-at-work",
            ),
        ],
    },
    // A legal obligation carries the processing only as far as the obligation requires it
    // ("noodzakelijk om te voldoen aan een wettelijke verplichting"); the excess needs a basis
    // of its own. Registering working time rests on art. 4:3 Arbeidstijdenwet (ADDENDUM
    // 2026-12, ATB-3-2-1); checking who is at the office rests on no obligation (DOMAIN §2).
    // The split between what the obligation requires and the excess is the library's
    // reading of "necessary" in art. 6(1)(c): INFERENCE.
    Rule {
        id: R::Avg6_1C,
        title_nl: "Art. 6 lid 1 sub c AVG: een wettelijke plicht draagt de verwerking voor zover die plicht haar vereist (zoals registratie van arbeidstijd); wat verder gaat, vraagt een eigen grondslag",
        title_en: "Art. 6(1)(c) GDPR: a legal obligation carries the processing as far as the obligation requires it (such as registering working time); what goes further needs a basis of its own",
        status: Inference,
        from: AVG,
        until: None,
        sources: &[avg("art. 6 lid 1 sub c AVG"), ATB],
    },
    // Art. 6(3) AVG: the basis for processing under art. 6(1)(c) is laid down by Union or
    // member-state law (RULES.md AVG-6-1-f text; the article itself in the AVG). A statute
    // and an order given under a statutory power can be such an obligation; the general
    // security duty of art. 32 obliges appropriate measures but leaves the means to the
    // employer, and an insurer's condition is a contract: neither obliges the employer to
    // process these data. They can still be reasons in the weighing (legitimate interest).
    // The classification is the library's reading: INFERENCE.
    Rule {
        id: R::Avg6_3,
        title_nl: "Art. 6 lid 3 AVG: een wettelijke plicht staat in het recht van de Unie of van een lidstaat; de algemene beveiligingsplicht (art. 32 AVG) en een voorwaarde van een verzekeraar verplichten niet tot deze verwerking",
        title_en: "Art. 6(3) GDPR: a legal obligation is laid down in Union or member-state law; the general security duty (art. 32 GDPR) and an insurer's condition do not oblige the employer to this processing",
        status: Inference,
        from: AVG,
        until: None,
        sources: &[avg("art. 6 lid 3 en art. 32 AVG")],
    },
    // Art. 6(1)(e) and the last sentence of art. 6(1): a public authority processing in the
    // performance of its tasks rests on the public task, and cannot rely on legitimate
    // interest (VERIFIED, RULES.md AVG-6-1-f); outside its tasks point (f) is available. That
    // the label in the request does not decide — the court looks at the facts and supplies
    // the legal ground of its own motion (art. 25 Rv, DESIGN.md) — is the library's reading:
    // INFERENCE.
    Rule {
        id: R::Avg6_1E,
        title_nl: "Art. 6 lid 1 sub e AVG: een overheid die verwerkt voor haar publieke taak, doet dat op die grondslag; het etiket in het verzoek beslist niet",
        title_en: "Art. 6(1)(e) GDPR: a public authority processing for its public task rests on that basis; the label in the request does not decide",
        status: Inference,
        from: AVG,
        until: None,
        sources: &[avg("art. 6 lid 1 sub e en f (slotzin) AVG")],
    },
    Rule {
        id: R::Avg6_1F1,
        title_nl: "Art. 6 lid 1 sub f AVG, stap 1: een werkelijk, gerechtvaardigd belang; niet voor overheden bij hun taken",
        title_en: "Art. 6(1)(f) GDPR, step 1: a real, legitimate interest; not for public authorities in their tasks",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[avg("art. 6 lid 1 sub f AVG"), AP_MONITOR],
    },
    // C-708/18 is read only in the SCL's summary (RULES.md); the CURIA text and its ECLI were
    // not read, so no CURIA link is built: Secondary. The AP's conditions carry the
    // necessity step (no less intrusive means) as guidance.
    Rule {
        id: R::Avg6_1F2,
        title_nl: "Art. 6 lid 1 sub f AVG, stap 2: noodzaak — geen minder ingrijpend middel",
        title_en: "Art. 6(1)(f) GDPR, step 2: necessity — no less intrusive means",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[
            avg("art. 6 lid 1 sub f AVG"),
            AP_MONITOR,
            sec(
                "HvJ EU 11-12-2019, C-708/18 (TK), samengevat door de SCL",
                "https://www.scl.org/articles/10794-the-cjeu-is-always-watching-tk-v-asociatia-de-proprietari-bloc-m5a-scaraa",
            ),
        ],
    },
    Rule {
        id: R::Avg6_1F3,
        title_nl: "Art. 6 lid 1 sub f AVG, stap 3: belangenafweging — meegenomen in de afweging van art. 27 lid 4 WOR",
        title_en: "Art. 6(1)(f) GDPR, step 3: balancing — fed into the weighing of art. 27(4) WOR",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[avg("art. 6 lid 1 sub f AVG"), OMRON, AP_MONITOR],
    },
    // The CNPD's French factor list is gone: the factors are art. 6(4)(a)–(e) itself. The
    // Stibbe seed applies the point to access badges and cites ECLI:NL:RBAMS:2017:7888
    // ("Vgl.", footnote 14); that decision concerned another system (first names in
    // customer-satisfaction surveys), as its label says, and is cited for the WOR consequence
    // (a new use of an existing system is instemmingsplichtig), not for art. 6(4) itself.
    Rule {
        id: R::Avg6_4,
        title_nl: "Art. 6 lid 4 AVG: verenigbaarheid van verdere verwerking (bijv. toegangspasdata voor aanwezigheidscontrole)",
        title_en: "Art. 6(4) GDPR: compatibility of further processing (e.g. badge data reused for attendance checks)",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[
            avg("art. 6 lid 4 AVG"),
            case(
                "Rb. Amsterdam 10-10-2017, ECLI:NL:RBAMS:2017:7888: een wijziging in het gebruik van een bestaand systeem (voortaan de voornaam van de medewerker in klanttevredenheidsenquêtes) is instemmingsplichtig onder art. 27 lid 1 sub k en l WOR; het Stibbe-artikel haalt haar aan (\"vgl.\") bij toegangspassen die voortaan voor aanwezigheidscontrole worden gebruikt",
                "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBAMS:2017:7888",
            ),
            SEED_STIBBE,
        ],
    },
    Rule {
        id: R::Avg9_1,
        title_nl: "Art. 9 lid 1 AVG: verbod op biometrische gegevens voor unieke identificatie",
        title_en: "Art. 9(1) GDPR: ban on biometric data for unique identification",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[
            avg("art. 9 lid 1 AVG"),
            sec(
                "AP-boete € 725.000 vingerafdrukken (2020), via avgtekst.nl",
                "https://avgtekst.nl/document/25-boete-vingerafdrukken-personeel",
            ),
            sec(
                "PMP: biometrische gegevens",
                "https://pmpartners.nl/actueel/de-avg-in-beeld-biometrische-gegevens/",
            ),
        ],
    },
    Rule {
        id: R::Uavg29,
        title_nl: "Art. 29 UAVG: biometrie alleen indien noodzakelijk voor authenticatie of beveiliging",
        title_en: "Art. 29 UAVG: biometrics only where necessary for authentication or security",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[
            UAVG_29,
            sec(
                "Kamervragen 2019Z24271, via openkamer.org",
                "https://openkamer.org/kamervraag/2019Z24271",
            ),
            sec(
                "Accountancy van Morgen: biometrische persoonsgegevens",
                "https://www.accountancyvanmorgen.nl/2020/01/28/biometrische-persoonsgegevens-verwerken-wat-mag-niet/",
            ),
        ],
    },
    // The other special categories of art. 9(1) AVG: processing them is prohibited unless an
    // exception of art. 9(2) applies, which the employer must show. The catalogue's stored
    // sources verify the ban for biometric data (AVG-9-1) and its application to health data
    // in an absence registration (AP-FINE-2021-CPA); the list of categories follows the
    // article (the same traits as AIA-5-1-g). That none of the exceptions fits a monitoring
    // regeling, so that the ban is categorical there, is the library's reading.
    // What "necessary for authentication or security" (art. 29 UAVG) asks, derived from facts
    // rather than entered as a conclusion: a security need a badge cannot meet, no less
    // intrusive means (badge, fob, PIN) that would do — the AP's strict reading in the
    // fingerprint case (RULES.md UAVG-29) — and verification, not identification:
    // authentication confirms that a person is who they claim to be, which 1:1 verification
    // does (AIA-ANNEX-III-1's definition); a 1:n search of a central database of all staff
    // goes beyond it (art. 5(1)(c) AVG). The combination is the library's reading: INFERENCE.
    Rule {
        id: R::Uavg29Design,
        title_nl: "Art. 29 UAVG afgeleid uit de feiten: een beveiligingsbehoefte die een pas niet dekt, geen minder ingrijpend middel, en verificatie (1:1) in plaats van identificatie in een centrale databank (1:n)",
        title_en: "Art. 29 UAVG derived from the facts: a security need a badge does not meet, no less intrusive means, and verification (1:1) rather than identification against a central database (1:n)",
        status: Inference,
        from: AVG,
        until: None,
        sources: &[
            UAVG_29,
            aia("bijlage III punt 1 sub a AI-verordening (biometrische verificatie uitgezonderd)"),
            sec(
                "AP-boete € 725.000 vingerafdrukken (2020), via avgtekst.nl",
                "https://avgtekst.nl/document/25-boete-vingerafdrukken-personeel",
            ),
            sec(
                "aiact.annotated: Annex III(1)(a), verificatie uitgezonderd",
                "https://aiact.annotated.nl/en/aiact/annex/iii/1/a/",
            ),
        ],
    },
    Rule {
        id: R::Avg9_1Categories,
        title_nl: "Art. 9 lid 1 AVG: verbod op bijzondere persoonsgegevens (gezondheid, ras of etnische afkomst, politieke opvattingen, godsdienst of levensovertuiging, vakbondslidmaatschap, genetische gegevens, seksueel gedrag of gerichtheid)",
        title_en: "Art. 9(1) GDPR: ban on special categories of personal data (health, racial or ethnic origin, political opinions, religious or philosophical beliefs, trade-union membership, genetic data, sex life or orientation)",
        status: Partial,
        from: AVG,
        until: None,
        sources: &[
            avg("art. 9 lid 1 en 2 AVG"),
            sec(
                "AP-boete € 15.000 CP&A: gezondheidsgegevens in de verzuimregistratie (2021), via avgtekst.nl",
                "https://avgtekst.nl/document/18-boete-cp-a-verzuimregistratie",
            ),
        ],
    },
    // Art. 30 UAVG with the AP's policy rules on the sick employee ("De zieke werknemer",
    // BWBR0037896, in force from 29 April 2016; stored copy read): the employer may record
    // that an employee is sick, the expected duration and what sick pay and reintegration
    // need, not the nature or cause of the illness, not even with the employee's consent.
    // The wording of art. 30 UAVG itself was not read (MEMORY): PARTIAL.
    Rule {
        id: R::Uavg30,
        title_nl: "Art. 30 UAVG en AP-beleidsregels De zieke werknemer: de werkgever mag verzuim registreren, niet de aard of oorzaak van de ziekte",
        title_en: "Art. 30 UAVG and the AP's policy rules on the sick employee: the employer may record absence through illness, not the nature or cause of the illness",
        status: Partial,
        from: AVG,
        until: None,
        sources: &[
            l(
                "art. 30 UAVG",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0040940&artikel=30",
            ),
            g(
                "AP, Beleidsregels verwerking persoonsgegevens gezondheid zieke werknemers (BWBR0037896)",
                "https://wetten.overheid.nl/BWBR0037896",
            ),
            sec(
                "AP-boete € 15.000 CP&A: gezondheidsgegevens in de verzuimregistratie (2021), via avgtekst.nl",
                "https://avgtekst.nl/document/18-boete-cp-a-verzuimregistratie",
            ),
            sec(
                "Vijf Eiken: wat mag u vragen aan zieke werknemers (secundaire bron)",
                "https://vijfeiken.nl/wat-mag-u-als-werkgever-wel-vragen-aan-zieke-werknemers-en-wat-zeker-niet/",
            ),
        ],
    },
    Rule {
        id: R::Avg13_14,
        title_nl: "Art. 13 en 14 AVG: werknemers vooraf informeren over controle, redenen en reikwijdte",
        title_en: "Arts 13 and 14 GDPR: informing staff in advance of monitoring, its reasons and scope",
        status: Partial,
        from: AVG,
        until: None,
        sources: &[avg("art. 13 en 14 AVG"), AP_MONITOR],
    },
    // ODO24 (Polish) is gone: art. 22 itself states the rule.
    Rule {
        id: R::Avg22,
        title_nl: "Art. 22 AVG: geen uitsluitend geautomatiseerd besluit met aanmerkelijke gevolgen zonder menselijke tussenkomst",
        title_en: "Art. 22 GDPR: no solely automated decision with significant effects without human intervention",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[avg("art. 22 AVG")],
    },
    // Issue #20 item 7: several consequences at once, of which an informal conversation is
    // the lightest. Art. 22(1) reaches only a decision "which produces legal effects
    // concerning him or her or similarly significantly affects him or her" (the text of the
    // AVG, as AVG-22 above). That a conversation with the manager, with nothing decided and
    // nothing on file, is no such decision, and that a warning, an appraisal, non-renewal,
    // discipline and dismissal are, is the engine's reading of that text: INFERENCE.
    Rule {
        id: R::Avg22Effects,
        title_nl: "Art. 22 lid 1 AVG: alleen een besluit met rechtsgevolgen of een vergelijkbaar aanmerkelijk gevolg; een gesprek is dat niet, een waarschuwing, beoordeling, niet-verlenging, disciplinaire maatregel of ontslag wel",
        title_en: "Art. 22(1) GDPR: only a decision with legal or similarly significant effects; an informal conversation is none, a warning, appraisal, non-renewal, discipline or dismissal is",
        status: Inference,
        from: AVG,
        until: None,
        sources: &[avg("art. 22 lid 1 AVG")],
    },
    // The Terena wiki on WP248's criteria is gone. WP248 (endorsed by the EDPB) was not read
    // on an EDPB page, so it is not cited; the AP's covert-monitoring conditions (a DPIA
    // before the first use) are.
    Rule {
        id: R::Avg35_1,
        title_nl: "Art. 35 AVG: DPIA vóór verwerking met een hoog risico",
        title_en: "Art. 35 GDPR: DPIA before processing likely to pose a high risk",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[avg("art. 35 AVG"), AP_COVERT],
    },
    // The AP's decision itself was not found in a stored copy; the Staatscourant number in
    // the title is UNVERIFIED (ADDENDUM 2026-12: "2019, 64418 is a recollection"). Primary:
    // art. 35(4) AVG, under which the AP adopts the list, and the AP's covert-monitoring
    // conditions (a DPIA before the first use). The list's categories were read in Dutch
    // reports of the decision (Banning, 29 November 2019; Accountancy van Morgen, named in
    // the ADDENDUM; Nysingh); the Twente university page is gone.
    Rule {
        id: R::ApDpiaList,
        title_nl: "AP-lijst DPIA-verplicht (Stcrt. 2019, 64418): heimelijk onderzoek (1), controle werknemers (11), biometrie (17)",
        title_en: "AP list of processing needing a DPIA (Stcrt. 2019, 64418): covert investigation (1), monitoring employees (11), biometrics (17)",
        status: Verified,
        from: Some(Date::ymd(2019, 11, 27)),
        until: None,
        sources: &[
            avg("art. 35 lid 4 AVG (de lijst van de toezichthoudende autoriteit)"),
            AP_COVERT,
            sec(
                "Banning: verwerkingen van persoonsgegevens waarvoor een DPIA moet plaatsvinden (29-11-2019)",
                "https://www.banning-legal.com/publication/verwerkingen-van-persoonsgegevens-waarvoor-een-dpia-moet-plaatsvinden/",
            ),
            sec(
                "Accountancy van Morgen: definitieve lijst verwerkingen met verplichte DPIA (6-12-2019)",
                "https://www.accountancyvanmorgen.nl/2019/12/06/definitieve-lijst-verwerking-persoonsgegevens-met-verplichte-dpia/",
            ),
            sec(
                "Nysingh: de DPIA op de werkvloer",
                "https://www.nysingh.nl/blog/de-dpia-op-de-werkvloer/",
            ),
        ],
    },
    // C-65/23 is read only on GDPRhub (RULES.md); the CURIA text was not read: Secondary.
    Rule {
        id: R::Avg88,
        title_nl: "Art. 88 AVG en HvJ EU C-65/23: instemming maakt onrechtmatige verwerking niet rechtmatig",
        title_en: "Art. 88 GDPR and CJEU C-65/23: consent under works-council law does not make unlawful processing lawful",
        status: Inference,
        from: AVG,
        until: None,
        sources: &[
            avg("art. 88 AVG"),
            sec(
                "HvJ EU 19-12-2024, C-65/23 (K GmbH), via GDPRhub",
                "https://gdprhub.eu/index.php?title=CJEU_-_C%E2%80%9165%2F23_-_K_GmbH",
            ),
        ],
    },
    Rule {
        id: R::ApMonitor,
        title_nl: "AP: voorwaarden voor (heimelijke) controle van werknemers",
        title_en: "AP: conditions for (covert) monitoring of employees",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[AP_MONITOR, AP_COVERT, AP_CONTROLE],
    },
    Rule {
        id: R::ApSupervision,
        title_nl: "De Autoriteit Persoonsgegevens houdt toezicht op de AVG, los van de uitspraak van de kantonrechter",
        title_en: "The Dutch Data Protection Authority supervises the AVG, whatever the kantonrechter rules",
        status: Verified,
        from: None,
        until: None,
        sources: &[MINISTER_2021, AP_OR],
    },
    // ---------------------------------------------------------------- AI Act
    Rule {
        id: R::Aia3_1,
        title_nl: "Art. 3 lid 1 AI-verordening: is het een AI-systeem?",
        title_en: "Art. 3(1) AI Act: is it an AI system?",
        status: Partial,
        from: Some(Date::ymd(2025, 2, 2)),
        until: None,
        sources: &[aia("art. 3 punt 1 AI-verordening")],
    },
    // ADDENDUM 2026-12 (VERIFIED in RULES.md terms): an emotion recognition system infers
    // emotions on the basis of biometric data (art. 3(39)); inferring sentiment from written
    // text is not biometric and falls outside art. 5(1)(f) and Annex III point 1(c) — it can
    // still be high-risk under Annex III point 4(b). A prohibited practice is not also a
    // high-risk system: once art. 5 applies, the high-risk duties are beside the point.
    // FPF (a US think tank) stays, Secondary: the only source read for how art. 5(1)(f) and
    // the high-risk annex relate; the definitions are art. 3(39) and 5(1)(f) themselves.
    Rule {
        id: R::Aia3_39,
        title_nl: "Art. 3 punt 39 AI-verordening: emotieherkenning berust op biometrische gegevens, tekst niet; een verboden praktijk is niet ook een hoog-risicosysteem",
        title_en: "Art. 3(39) AI Act: emotion recognition rests on biometric data, text does not; a prohibited practice is not also a high-risk system",
        status: Verified,
        from: AI5,
        until: None,
        sources: &[
            aia("art. 3 punt 39 en art. 5 lid 1 sub f AI-verordening"),
            sec(
                "FPF: emotion recognition in the workplace",
                "https://fpf.org/blog/red-lines-under-eu-ai-act-unpacking-the-prohibition-of-emotion-recognition-in-the-workplace-and-education-institutions",
            ),
        ],
    },
    Rule {
        id: R::Aia5_1E,
        title_nl: "Art. 5 lid 1 sub e AI-verordening: verbod op ongerichte scraping voor gezichtsherkenningsdatabanken",
        title_en: "Art. 5(1)(e) AI Act: ban on untargeted scraping to build facial-recognition databases",
        status: Verified,
        from: AI5,
        until: None,
        sources: &[aia("art. 5 lid 1 sub e AI-verordening")],
    },
    Rule {
        id: R::Aia5_1F,
        title_nl: "Art. 5 lid 1 sub f AI-verordening: verbod op emotieherkenning op de werkplek",
        title_en: "Art. 5(1)(f) AI Act: ban on emotion recognition in the workplace",
        status: Verified,
        from: AI5,
        until: None,
        sources: &[aia("art. 5 lid 1 sub f AI-verordening")],
    },
    Rule {
        id: R::Aia5_1G,
        title_nl: "Art. 5 lid 1 sub g AI-verordening: verbod op biometrische categorisering naar gevoelige kenmerken",
        title_en: "Art. 5(1)(g) AI Act: ban on biometric categorisation by sensitive traits",
        status: Verified,
        from: AI5,
        until: None,
        sources: &[
            aia("art. 5 lid 1 sub g en overweging 30 AI-verordening"),
            sec(
                "aiactblog: overweging 30",
                "https://www.aiactblog.nl/en/ai-act/overweging/30",
            ),
        ],
    },
    Rule {
        id: R::Aia6_3,
        title_nl: "Art. 6 lid 3 AI-verordening: filter voor bijlage III; profilering is altijd hoog risico",
        title_en: "Art. 6(3) AI Act: Annex III filter; profiling is always high-risk",
        status: Verified,
        from: Some(Date::ymd(2024, 8, 1)),
        until: None,
        sources: &[aia("art. 6 lid 3 AI-verordening")],
    },
    Rule {
        id: R::AiaAnnexIII1,
        title_nl: "Bijlage III punt 1 AI-verordening: biometrische identificatie op afstand en emotieherkenning zijn hoog risico",
        title_en: "Annex III point 1 AI Act: remote biometric identification and emotion recognition are high-risk",
        status: Verified,
        from: Some(Date::ymd(2024, 8, 1)),
        until: None,
        sources: &[
            aia("bijlage III punt 1 AI-verordening"),
            sec(
                "aiact.annotated: Annex III(1)",
                "https://aiact.annotated.nl/en/aiact/annex/iii/1/",
            ),
        ],
    },
    Rule {
        id: R::AiaAnnexIII4B,
        title_nl: "Bijlage III punt 4 sub b AI-verordening: AI voor monitoring en evaluatie van werknemers is hoog risico",
        title_en: "Annex III point 4(b) AI Act: AI monitoring and evaluating workers is high-risk",
        status: Verified,
        from: Some(Date::ymd(2024, 8, 1)),
        until: None,
        sources: &[
            aia("bijlage III punt 4 sub b AI-verordening"),
            sec(
                "aiact.annotated: Annex III(4)",
                "https://aiact.annotated.nl/en/aiact/annex/iii/4/",
            ),
        ],
    },
    Rule {
        id: R::Aia26_2,
        title_nl: "Art. 26 lid 2 AI-verordening: menselijk toezicht door bekwame personen",
        title_en: "Art. 26(2) AI Act: human oversight by competent people",
        status: Verified,
        from: None,
        until: None,
        sources: &[aia("art. 26 lid 2 AI-verordening")],
    },
    Rule {
        id: R::Aia26_7,
        title_nl: "Art. 26 lid 7 AI-verordening: werknemersvertegenwoordigers en werknemers vooraf informeren",
        title_en: "Art. 26(7) AI Act: informing workers' representatives and workers before use",
        status: Verified,
        from: None,
        until: None,
        sources: &[
            aia("art. 26 lid 7 AI-verordening"),
            g(
                "Algoritmekader (Ministerie van BZK): werknemers informeren",
                "https://minbzk.github.io/Algoritmekader/voldoen-aan-wetten-en-regels/vereisten/aia-24-informeren-werknemers",
            ),
        ],
    },
    // Primary: art. 113 with the original dates, which the omnibus changes. The omnibus is not
    // seen in the Official Journal in any stored source (ADDENDUM 2026-12): the Dutch
    // aiactblog report stays, Secondary; legalviz and a vercel mirror of a DLA Piper note are
    // gone.
    Rule {
        id: R::AiaOmnibus,
        title_nl: "Digitale omnibus AI: hoog-risicoplichten bijlage III uitgesteld tot 2 december 2027 (publicatie in PB niet bevestigd)",
        title_en: "Digital Omnibus on AI: Annex III high-risk duties moved to 2 December 2027 (OJ publication not confirmed)",
        status: Partial,
        from: None,
        until: None,
        sources: &[
            aia(
                "art. 113 AI-verordening (de oorspronkelijke data; de omnibus wijzigt ze, publicatie in het PB niet gezien)",
            ),
            sec(
                "aiactblog: postponement to December 2027",
                "https://www.aiactblog.nl/en/posts/digital-omnibus-high-risk-postponement-december-2027",
            ),
        ],
    },
    // ---------------------------------------------------------------- ECHR
    Rule {
        id: R::EchrBarbulescu1,
        title_nl: "Bărbulescu 1: vooraf duidelijk geïnformeerd over (de aard van) de controle",
        title_en: "Bărbulescu 1: clear notice in advance of the monitoring and its nature",
        status: Verified,
        from: Some(Date::ymd(2017, 9, 5)),
        until: None,
        sources: &[BARBULESCU],
    },
    Rule {
        id: R::EchrBarbulescu2,
        title_nl: "Bărbulescu 2: omvang en indringendheid van de controle",
        title_en: "Bărbulescu 2: extent and intrusiveness of the monitoring",
        status: Verified,
        from: Some(Date::ymd(2017, 9, 5)),
        until: None,
        sources: &[BARBULESCU],
    },
    Rule {
        id: R::EchrBarbulescu3,
        title_nl: "Bărbulescu 3: gerechtvaardigde redenen van de werkgever",
        title_en: "Bărbulescu 3: legitimate reasons of the employer",
        status: Verified,
        from: Some(Date::ymd(2017, 9, 5)),
        until: None,
        sources: &[BARBULESCU],
    },
    Rule {
        id: R::EchrBarbulescu4,
        title_nl: "Bărbulescu 4: minder ingrijpende middelen",
        title_en: "Bărbulescu 4: less intrusive methods",
        status: Verified,
        from: Some(Date::ymd(2017, 9, 5)),
        until: None,
        sources: &[BARBULESCU],
    },
    // Criteria 5 and 6 (MEMORY in RULES.md: §§ 121–122 not read verbatim). The judgment is on
    // HUDOC; the Privacy Law Barrister's English summary stays, Secondary, as the only text
    // read that states these two criteria. (The Maltese Ellul Schranz summary, which covers
    // criteria 1–4, is gone: the judgment is cited.)
    Rule {
        id: R::EchrBarbulescu5,
        title_nl: "Bărbulescu 5: gevolgen van de controle voor de werknemer",
        title_en: "Bărbulescu 5: consequences of the monitoring for the employee",
        status: Memory,
        from: Some(Date::ymd(2017, 9, 5)),
        until: None,
        sources: &[
            BARBULESCU,
            sec(
                "Privacy Law Barrister: Bărbulescu",
                "https://privacylawbarrister.com/2017/10/02/monitoring-employees-and-article-8-of-the-european-convention-on-human-rights/",
            ),
        ],
    },
    Rule {
        id: R::EchrBarbulescu6,
        title_nl: "Bărbulescu 6: passende waarborgen",
        title_en: "Bărbulescu 6: adequate safeguards",
        status: Memory,
        from: Some(Date::ymd(2017, 9, 5)),
        until: None,
        sources: &[
            BARBULESCU,
            sec(
                "Privacy Law Barrister: Bărbulescu",
                "https://privacylawbarrister.com/2017/10/02/monitoring-employees-and-article-8-of-the-european-convention-on-human-rights/",
            ),
        ],
    },
    Rule {
        id: R::EchrLopezRibalda,
        title_nl: "López Ribalda: heimelijk cameratoezicht alleen bij redelijk vermoeden van ernstig wangedrag, beperkt in omvang en tijd",
        title_en: "López Ribalda: covert cameras only on a reasonable suspicion of serious misconduct, limited in scope and time",
        status: Partial,
        from: Some(Date::ymd(2019, 10, 17)),
        until: None,
        sources: &[
            LOPEZ_RIBALDA,
            AP_COVERT,
            EDPB_VIDEO,
            sec(
                "privacy-web: geheime camera's op de werkplek",
                "https://privacy-web.nl/artikelen/het-gebruik-van-geheime-cameras-op-de-werkplek-een-nuancering",
            ),
        ],
    },
    // ---------------------------------------------------------------- home working
    Rule {
        id: R::NlThuiswerk,
        title_nl: "Thuis gelden dezelfde regels als op kantoor: niet intensiever controleren omdat thuis wordt gewerkt",
        title_en: "The same rules at home as at the office: no more intensive monitoring because people work from home",
        status: Verified,
        from: AVG,
        until: None,
        sources: &[MINISTER_2021, AP_CONTROLE, AP_MONITOR],
    },
    // Issue #12 item 3, #20 item 8. The AP's answer "Mag mijn werkgever een trackingsysteem
    // plaatsen in mijn auto?" (16 January 2018), as reproduced by privacy-web.nl with the AP
    // named as its source: "Bij het controleren in privétijd wegen uw belangen meestal
    // zwaarder dan het belang van uw werkgever. Bij veel bedrijven kan de black box, de board
    // computer of het gps-systeem worden uitgezet in privétijd." PARTIAL: read in a
    // reproduction, not on autoriteitpersoonsgegevens.nl; it names no rule, it says how the
    // balance usually falls. The engine reads it as one step of the intrusion (tracking in
    // private time) that a privacy switch removes.
    // Primary: the balancing of art. 6(1)(f) AVG that the AP's answer describes, and the AP's
    // conditions for monitoring staff; the reproduction of the answer is Secondary.
    Rule {
        id: R::ApPrivateTime,
        title_nl: "Volgen in privétijd (bijv. een auto van de zaak die privé mag worden gebruikt) weegt zwaarder; een privacyschakelaar voorkomt het",
        title_en: "Tracking in private time (e.g. a company car that may be used privately) weighs heavier; a privacy switch prevents it",
        status: Partial,
        from: None,
        until: None,
        sources: &[
            avg("art. 6 lid 1 sub f AVG"),
            AP_MONITOR,
            sec(
                "Autoriteit Persoonsgegevens (16-1-2018), via privacy-web.nl: mag mijn werkgever een trackingsysteem plaatsen in mijn auto?",
                "https://www.privacy-web.nl/vragen/mag-mijn-werkgever-een-trackingsysteem-plaatsen-in-mijn-auto",
            ),
        ],
    },
    // Issue #12 item 3. Monitoring that reaches into the home where housemates are present
    // records people who are not staff and have no part in the employment relationship: the
    // home's protection (art. 8 ECHR) is theirs too. No source in the catalogue says how a
    // court weighs this: INFERENCE, one step of the intrusion beside the home itself.
    Rule {
        id: R::HomeHousemates,
        title_nl: "Toezicht dat thuis ook huisgenoten vastlegt, raakt het privéleven van mensen die geen werknemer zijn",
        title_en: "Monitoring that also records housemates at home reaches the private life of people who are not staff",
        status: Inference,
        from: None,
        until: None,
        sources: &[MINISTER_2021, BARBULESCU],
    },
    // ---------------------------------------------------------------- precedent
    // Not a rule of Dutch law: lower courts are not bound by earlier decisions. A modelling
    // device (INFERENCE) that checks a ruling against the decided cases of `cases/` and says
    // so in the trace; a step about a decided case cites that decision first. The linked
    // source shows a kantonrechter treating its own earlier test as a precedent to adjust.
    // Theory, never cited in a ruling: Horty (2011) was read in stored copies (PhilPapers
    // record; the article's first page: Legal Theory 17 (2011), 1–33); Prakken & Sartor's
    // title, authors and year (1998) were read in stored copies (a preprint dated 19 June
    // 1998 and a Springer chapter page); the journal volume the catalogue once gave was not
    // confirmed and is left out.
    Rule {
        id: R::PrecedentAFortiori,
        title_nl: "Consistentie met eerdere uitspraken: a fortiori (redenmodel van precedent)",
        title_en: "Consistency with decided cases: a fortiori (reason model of precedent)",
        status: Inference,
        from: None,
        until: None,
        sources: &[
            case(
                "Rb. Midden-Nederland 21-07-2021, ECLI:NL:RBMNE:2021:3538: de kantonrechter past zijn eerdere toets (ECLI:NL:RBUTR:2012:BY4610) uitdrukkelijk aan",
                "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBMNE:2021:3538",
            ),
            Source::theory(
                "J.F. Horty, 'Rules and reasons in the theory of precedent', Legal Theory 17 (2011), p. 1-33",
                Some("https://philpapers.org/rec/HORRAR"),
            ),
            Source::theory(
                "H. Prakken & G. Sartor, 'Modelling reasoning with precedents in a formal dialogue game' (1998)",
                None,
            ),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::super::{RuleId, SourceKind};
    use super::*;

    /// Every rule rests on at least one primary source (legislation, a decision, official
    /// guidance or parliamentary papers), and its sources are ordered: primary, then
    /// secondary, then theory.
    #[test]
    fn every_rule_cites_a_primary_source_first() {
        for r in CATALOGUE {
            let code = r.id.code();
            assert!(
                r.sources.iter().any(|s| matches!(
                    s.kind,
                    SourceKind::Legislation | SourceKind::CaseLaw | SourceKind::Guidance
                )),
                "{code}: no legislation, decision or guidance"
            );
            assert!(
                r.sources[0].kind.is_primary(),
                "{code}: first source not primary"
            );
            let rank = |k: SourceKind| match k {
                _ if k.is_primary() => 0,
                SourceKind::Secondary => 1,
                _ => 2,
            };
            for w in r.sources.windows(2) {
                assert!(
                    rank(w[0].kind) <= rank(w[1].kind),
                    "{code}: {:?} '{}' before {:?} '{}'",
                    w[0].kind,
                    w[0].label,
                    w[1].kind,
                    w[1].label
                );
            }
        }
    }

    /// A ruling never cites theory, and no label calls itself a recollection.
    #[test]
    fn no_theory_or_memory_on_the_ruling_path() {
        for r in CATALOGUE {
            let code = r.id.code();
            for s in r.ruling_sources() {
                assert_ne!(s.kind, SourceKind::Theory, "{code}: {}", s.label);
            }
            assert_eq!(
                r.ruling_sources().count() + r.theory_sources().count(),
                r.sources.len(),
                "{code}"
            );
            for s in r.sources {
                assert!(
                    !s.label.to_uppercase().contains("MEMORY"),
                    "{code}: {}",
                    s.label
                );
            }
            let first = r.ruling_sources().next().expect("a ruling source");
            assert!(first.kind.is_primary(), "{code}");
        }
        let p = RuleId::PrecedentAFortiori.rule();
        assert_eq!(p.theory_sources().count(), 2);
        assert!(p.ruling_sources().all(|s| s.kind == SourceKind::CaseLaw));
    }

    /// Dutch legislation is cited by article: a `jci` link naming the `artikel`. (Official
    /// guidance published on wetten.overheid.nl, such as the AP's policy rules, is cited as
    /// a whole.)
    #[test]
    fn wetten_links_name_the_article() {
        for r in CATALOGUE {
            for s in r.sources {
                let Some(url) = s.url else { continue };
                if url.contains("wetten.overheid.nl") && s.kind == SourceKind::Legislation {
                    assert!(
                        url.starts_with("https://wetten.overheid.nl/jci1.3:c:BWBR")
                            && url.contains("&artikel="),
                        "{}: {url}",
                        r.id.code()
                    );
                }
            }
        }
    }

    /// Every AVG and AI-Act rule cites the article first, as legislation on EUR-Lex, with the
    /// article in the label. The link goes to the regulation: EUR-Lex's article anchor was
    /// not verified (see `AVG_URL`); when it is, require it here.
    #[test]
    fn eu_sources_name_the_article() {
        for r in CATALOGUE {
            let code = r.id.code();
            for s in r.sources {
                if s.url.is_some_and(|u| u.contains("eur-lex.europa.eu")) {
                    assert_eq!(s.kind, SourceKind::Legislation, "{code}");
                    assert!(
                        s.url == Some(AVG_URL) || s.url == Some(AIA_URL),
                        "{code}: {:?}",
                        s.url
                    );
                    assert!(
                        s.label.starts_with("art. ") || s.label.starts_with("bijlage "),
                        "{code}: '{}' names no article",
                        s.label
                    );
                    let act = if s.url == Some(AVG_URL) {
                        "AVG"
                    } else {
                        "AI-verordening"
                    };
                    assert!(s.label.contains(act), "{code}: '{}'", s.label);
                }
            }
            if code.starts_with("AVG-") || code.starts_with("AIA-") {
                let first = &r.sources[0];
                assert!(
                    first.kind == SourceKind::Legislation
                        && first.url.is_some_and(|u| u.contains("eur-lex.europa.eu")),
                    "{code}: the article first"
                );
            }
        }
    }

    /// No rule cites the same link twice.
    #[test]
    fn no_duplicate_url_within_a_rule() {
        for r in CATALOGUE {
            let urls: Vec<&str> = r.sources.iter().filter_map(|s| s.url).collect();
            for (i, u) in urls.iter().enumerate() {
                assert!(!urls[..i].contains(u), "{}: {u} twice", r.id.code());
            }
        }
    }

    /// The foreign-language and non-Dutch secondary pages a practising lawyer objected to
    /// (issue #14 item 4) are gone: the official text or Dutch guidance supports each point.
    #[test]
    fn the_objected_pages_are_gone() {
        const GONE: &[&str] = &[
            "cnpd.public.lu",
            "odo24.pl",
            "ellulschranz.com",
            "wikis.terena.org",
            "gla.ac.uk",
            "utwente.nl",
        ];
        for r in CATALOGUE {
            for s in r.sources {
                if let Some(u) = s.url {
                    assert!(!GONE.iter().any(|g| u.contains(g)), "{}: {u}", r.id.code());
                }
            }
        }
    }

    /// The sources the issue asked for are cited where they belong.
    #[test]
    fn the_missing_primary_sources_are_cited() {
        let cites = |id: RuleId, needle: &str| {
            id.rule()
                .ruling_sources()
                .any(|s| s.url.is_some_and(|u| u.contains(needle)))
        };
        for id in [RuleId::RetentionPerKind, RuleId::EchrLopezRibalda] {
            assert!(cites(
                id,
                "guidelines-32019-processing-personal-data-through-video"
            ));
        }
        for id in [
            RuleId::Wor27_1K,
            RuleId::Wor27_1L,
            RuleId::Wor27_5,
            RuleId::Avg6_4,
        ] {
            assert!(cites(id, "ECLI:NL:RBAMS:2017:7888"), "{}", id.code());
        }
        assert!(cites(RuleId::EchrLopezRibalda, "1874/13"));
        for id in [
            RuleId::ApMonitor,
            RuleId::Avg13_14,
            RuleId::NlThuiswerk,
            RuleId::Wor27_1L,
        ] {
            assert!(cites(id, "autoriteitpersoonsgegevens.nl"), "{}", id.code());
        }
    }

    #[test]
    fn source_kinds_serialise_in_snake_case() {
        for k in [
            SourceKind::Legislation,
            SourceKind::CaseLaw,
            SourceKind::Guidance,
            SourceKind::Parliamentary,
            SourceKind::Secondary,
            SourceKind::Theory,
        ] {
            assert_eq!(
                serde_json::to_value(k).unwrap(),
                serde_json::Value::String(k.code().into())
            );
        }
        let v = serde_json::to_value(RuleId::Wor27_4Ground1.rule()).unwrap();
        assert_eq!(v["sources"][0]["kind"], "legislation");
    }
}
