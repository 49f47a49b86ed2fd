/**
 * Concept patterns: synonym sets and small grammatical frames for each idea the catalogue asks
 * about. They match the normalised (lower-case) text produced by `analyse`. Patterns describe a
 * concept's shape (verb + object, noun + modifier), not whole sentences.
 */

const w = String.raw`[a-z'-]+,?`;
/** Up to n filler words between two parts of a frame. */
const gap = (n: number) => String.raw`(?:${w}\s+){0,${n}}?`;
const re = (source: string) => new RegExp(source);

export const FORCE = /\bforce\b/;

export const DEADLY = re(
  String.raw`\b(?:deadly|lethal)\s+force\b|\bshoot(?:ing)?\s+(?:at\s+)?(?:a|any|the)\s+(?:person|suspect|individual)\b|\bdischarg\w*\s+(?:a|their|his|her|any)\s+firearms?\b(?!\s+(?:as\s+a\s+warning|(?:into|in)\s+the\s+(?:air|ground|sky)))|\bfir(?:e|ed|ing)\s+(?:at\s+)?(?:a|any|the)\s+(?:person|suspect|individual)\b|\bfirearms?\s+(?:may|shall|must|can)\s+(?:only\s+)?(?:not\s+)?be\s+(?:fired|discharged|used)\b`,
);

export const LAST_RESORT = re(
  [
    String.raw`\blast\s+resort\b`,
    String.raw`\bnothing\s+else\s+(?:will|would|could)\s+(?:work|succeed)\b`,
    String.raw`\b(?:alternatives?|options?|means|tactics|measures)\b[^.;]{0,50}?\b(?:exhausted|tried|failed|ineffective|unavailable|unsuccessful|attempted|would\s+not\s+(?:work|succeed)|(?:are|is)\s+not\s+(?:available|feasible|possible))\b`,
    String.raw`\bno\s+(?:other\s+)?(?:reasonable\s+|safe\s+|feasible\s+|available\s+|lesser\s+|effective\s+)*(?:alternative|option|means|choice)s?\b`,
    String.raw`\bexhaust\w*\s+(?:all\s+|every\s+)?(?:other\s+)?(?:reasonabl[ey]\s+|available\s+|lesser\s+|feasible\s+)*(?:alternatives?|options?|means)\b`,
    String.raw`\b(?:every|all)\s+(?:other\s+)?(?:reasonable\s+|available\s+|lesser\s+)*(?:alternative|option|means|tactic)s?\b[^.;]{0,40}?\b(?:failed|exhausted|tried|ineffective|used\s+up)\b`,
  ].join('|'),
);

const GRAVE = String.raw`(?:death|dying|serious\s+(?:bodily|physical)\s+(?:injury|harm)|great\s+bodily\s+(?:injury|harm)|grievous\s+(?:bodily\s+)?(?:harm|injury)|(?:human\s+)?li(?:fe|ves))`;
export const IMMINENT = re(
  String.raw`\b(?:imminent|immediate|impending)\b[^.;]{0,50}?\b${GRAVE}\b|\b${GRAVE}\b[^.;]{0,30}?\b(?:is|was|appears)\s+(?:imminent|about\s+to\s+occur)\b`,
);

export const MINIMUM = re(
  [
    String.raw`\b(?:minimum|least|lowest|smallest|minimal)\s+(?:amount\s+|level\s+|degree\s+|of\s+|reasonable\s+|intrusive\s+)*(?:force|intrusive|necessary|required|needed)\b`,
    String.raw`\bonly\s+as\s+much\s+force\s+as\b`,
    String.raw`\blimited\s+to\s+(?:what\s+is|that\s+which\s+is)\s+(?:reasonably\s+|strictly\s+|objectively\s+)?(?:necessary|needed|required)\b`,
    String.raw`\bno\s+more\s+(?:force\s+)?than\s+(?:is\s+|what\s+is\s+)?(?:reasonably\s+|objectively\s+|strictly\s+|actually\s+)?(?:necessary|needed|required)\b`,
    String.raw`\bonly\s+(?:the\s+|that\s+)?(?:amount|level|degree)\s+of\s+force\b[^.;]{0,40}?\b(?:necessary|needed|required)\b`,
    String.raw`\b(?:not\s+exceed\w*|never\s+exceed\w*|exceeds?)\s+(?:what|the\s+(?:amount|level|degree))\b[^.;]{0,40}?\b(?:necessary|needed|required)\b`,
    String.raw`\b(?:reduc|lower|scal|diminish|decreas|taper|de-?escalat)\w*\s+(?:back\s+|down\s+)?(?:the\s+)?(?:level\s+of\s+|amount\s+of\s+|degree\s+of\s+)?force\b`,
  ].join('|'),
);

export const PROPORTIONAL = re(
  String.raw`\bproportion\w*|\bcommensurate\b|\bin\s+relation\s+to\s+the\s+(?:threat|resistance|danger)\b|\b(?:when|where|if|unless|only\s+as)\s+${gap(4)}necessary\b|\bnecessity\b|\bbalanc\w*\s+(?:the\s+)?(?:force|level\s+of\s+force)\b|\b(?:match|fit|correspond)\w*\s+(?:to\s+)?(?:the\s+)?(?:seriousness|severity|level|gravity)\s+of\b`,
);

/** The two halves of the necessary-and-proportional standard, each on its own. */
export const NECESSARY = /\bnecess\w*|\bneeded\b|\bneed\s+to\b|\brequired\s+to\b/;
export const PROPORTION = re(
  String.raw`\bproportion\w*|\bcommensurate\b|\bin\s+relation\s+to\s+the\s+(?:threat|resistance|danger)\b|\b(?:match|fit|correspond)\w*\s+(?:to\s+)?(?:the\s+)?(?:seriousness|severity|level|gravity)\s+of\b|\bbalanc\w*`,
);

export const LAWFUL_PURPOSE = re(
  [
    String.raw`\b(?:lawful|legitimate)\s+(?:law\s+enforcement\s+)?(?:purposes?|objectives?|goals?|aims?)\b`,
    String.raw`\b(?:effect|make|accomplish|complete|carry\s+out|execut)\w*\s+(?:a\s+|an\s+)?(?:lawful\s+|legal\s+)?(?:arrest|detention|seizure|custody)\b`,
    String.raw`\b(?:protect|defend)\w*\s+(?:the\s+officer|officers|themselves|himself|herself|oneself|themself|another(?:\s+person)?|others|other\s+people|a\s+third\s+(?:party|person)|members\s+of\s+the\s+public|the\s+public|self|bystanders)\b`,
    String.raw`\bself[-\s]defen[cs]e\b`,
    String.raw`\bprevent\w*\s+(?:an?\s+|the\s+)?(?:\w+\s+)?escape\b`,
    String.raw`\bovercom\w*\s+(?:active\s+|physical\s+)?resistance\b`,
  ].join('|'),
);

export const PURPOSE_WORD = /\b(?:purposes?|objectives?|reasons?)\b/;

export const DE_ESC = re(
  String.raw`\bde-?\s?escalat\w*|\bdefus\w*|\b(?:calm|stabili[sz]|slow)\w*\s+(?:down\s+)?(?:the\s+)?(?:situation|encounter|person|incident|interaction|things)\b|\breduc\w*\s+(?:the\s+)?(?:intensity|tension)\b|\btalk\w*\s+(?:\w+\s+)?down\b|\bcalm\w*\s+(?:people|them|him|her|everyone|someone)\s+down\b`,
);

export const TECHNIQUES: readonly RegExp[] = [
  // time
  re(
    String.raw`\btime\b(?=\s*(?:,|and|\/)\s*(?:distance|space|cover))|\b(?:creat|buy|gain|allow|tak|us|mak)\w*\s+(?:more\s+|additional\s+|extra\s+)?time\b|\bslow\w*\s+(?:the\s+\w+\s+|things\s+)?down\b|\bslow\w*\s+the\s+pace\b|\bpatien\w*|\bwait\w*\s+(?:for|out)\b`,
  ),
  // distance
  re(
    String.raw`\bdistance\b|\bspace\b|\b(?:creat|increas|maintain|put|open)\w*\s+(?:more\s+)?space\b|\breposition\w*|\bwithdraw\w*|\bstep\w*\s+back\b|\bback\w*\s+away\b|\btactical\s+(?:retreat|withdrawal)\b`,
  ),
  // cover
  re(
    String.raw`\bcover\b|\bconcealment\b|\b(?:physical|protective)\s+barriers?\b|\bbehind\s+(?:a\s+|the\s+)?barriers?\b|\bbarriers\b|\bshield\w*`,
  ),
  // communication
  re(
    String.raw`\bverbal\w*|\bwith\s+words\b|\bpersua\w*|\btalk\w*|\blisten\w*|\bcommunicat\w*|\brapport\b|\bcalm\s+(?:tone|voice|manner)\b|\btone\s+of\s+voice\b|\bwarnings?\b|\bnegotiat\w*|\bempath\w*`,
  ),
  // more help
  re(
    String.raw`\b(?:additional|more)\s+(?:officers|resources|personnel|units|help)\b|\bcrisis\s+(?:intervention|negotiat)\w*|\bbackup\b|\bspeciali[sz]ed\s+units?\b|\bsupervisors?\s+to\s+the\s+scene\b`,
  ),
];

export const DISABILITY = re(
  String.raw`\bdisab\w*|\b(?:hearing|speech|visual|vision|sensory)\s+(?:or\s+[a-z]+\s+)?impair\w*|\bdeaf\w*|\bhard\s+of\s+hearing\b|\bhearing\s+(?:impair\w*|loss)|\bblind\w*|\bvisual(?:ly)?\s+impair\w*|\bautis\w*|\bdevelopmental\w*|\bintellectual\w*|\bcognitive\s+(?:impair\w*|disab\w*|condition\w*)|\bmobility\s+(?:impair\w*|devices?|aids?)|\bwheelchairs?\b|\bsign\s+language\b|\bneurodiverg\w*`,
);
export const MEDICAL_CONDITION = re(
  String.raw`\bmedical\s+(?:conditions?|issues?|emergenc\w*|problems?|crisis|crises|distress|episodes?|needs?)\b|\bdiabet\w*|\bseizures?\b|\bepilep\w*|\bhypoglyc\w*|\bstrokes?\b|\bhead\s+(?:injur\w*|trauma)\b|\bconcussion\w*|\bintoxicat\w*|\boverdos\w*|\bphysical\s+(?:illness|health\s+condition)\w*|(?<!mental\s)\bhealth\s+conditions?\b|(?<!mental\s)\billness\w*|\bdementia\b|\balzheimer\w*|\bmedication\b`,
);
export const MENTAL_HEALTH = re(
  String.raw`\bmental(?:ly)?\s+(?:health|illness|ill|disorders?|conditions?|impair\w*|state)|\bbehaviou?ral\s+health\b|\bpsychiatric\b|\bemotional\s+(?:crisis|distress)\b|\b(?:person|people|someone|individuals?)\s+in\s+(?:a\s+)?crisis\b|\bsuicid\w*|\bpsycho(?:sis|tic)\b|\bschizophren\w*|\btrauma\s+response\b`,
);
export const LANGUAGE = re(
  String.raw`\blimited\s+english\b|\blanguage\s+(?:barriers?|differences?|access|needs?|line)\b|\b(?:not|little|no|limited)\b[^.;]{0,30}?\b(?:speak|understand|read)\w*\s+english\b|\binterpret(?:er|ers|ation|ing)\b|\btranslat\w*|\bprimary\s+language\b|\bnon-?english\b|\benglish\s+(?:proficiency|learners?)\b|\b(?:speaks?|understands?)\s+(?:another|a\s+different)\s+language\b|\b(?:speak|understand)\w*\s+(?:little\s+|no\s+|limited\s+|some\s+)?english\b|\blanguage\s+(?:they|the\s+person|he|she)\s+(?:understands?|speaks?)`,
);

export const CONSIDER = re(
  String.raw`\bconsider\w*|\btak\w*\s+(?:[a-z'-]+\s+){0,4}?into\s+account\b|\baccount\s+for\b|\bassess\w*|\bevaluat\w*\s+(?:whether|if|for)\b|\bdetermin\w*\s+whether\b|\brecogni[sz]\w*|\balert\s+to\b|\baware\b|\bmindful\b|\blook\s+for\b|\battentive\b|\baccommodat\w*|\badjust\w*|\badapt\w*|\btailor\w*|\bsigns?\s+of\b|\brul\w*\s+out\b|\bwhether\b|\bpossibility\b|\bidentify\w*|\b(?:seek|request|use|call|obtain|arrange|provide|get)\w*\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:qualified\s+|telephone\s+|phone\s+|video\s+|certified\s+)?(?:interpret\w*|translat\w*)|\b(?:does|do|did)\s+not\s+(?:appear|seem)\s+to\b|\b(?:seek|request|provide|obtain|use)\w*\s+language\s+(?:assistance|access|services|help|line)\b`,
);
export const NONCOMPLY = re(
  String.raw`\bnon-?complian\w*|\bnot\s+compl(?:y|ying|ied)\b|\bfail\w*\s+to\s+(?:comply|respond|follow|obey)\b|\bunable\s+to\s+(?:comply|understand|hear|respond|follow|obey|process)\b|\binabilit\w*\b|\b(?:does|do|did)\s+not\s+(?:respond|comply|follow|obey|understand|hear)\b|\bunresponsive\b|\b(?:ignor|disregard)\w*\s+(?:commands|orders|instructions|directions)\b|\b(?:commands?|instructions|directions)\b|\bdefian\w*|\bresist\w*|\brefus\w*`,
);

/** Whose body part: "the", "their", "a person's", "the subject's", "an individual's". */
const WHOSE = String.raw`(?:(?:the|a|an|their|his|her)\s+)?(?:[a-z]+'s\s+)?(?:the\s+|their\s+|his\s+|her\s+)?`;

export const NECK = re(
  String.raw`\bchok\w*|\bneck\s+(?:restraints?|holds?|compression|locks?|restrictions?)\b|\bcarotid\b|\bvascular\s+(?:neck\s+)?(?:restraints?|holds?|control)\b|\blvnr\b|\bhead\s?locks?\b|\bstrangl\w*|\bsleeper\s+holds?\b|\bbar[-\s]arm\b|\bpressure\s+(?:to|on|against)\s+${WHOSE}(?:neck|throat|windpipe|trachea)\b|\b(?:on|across|around|to|by)\s+${WHOSE}(?:neck|throat)\b|\bcompress\w*\s+(?:${WHOSE})?(?:windpipe|trachea|throat|neck)\b|\b(?:sit|kneel|stand|press|lean|weight|pressure)\w*\s+${gap(3)}(?:on|upon|against|across)\s+[^.;]{0,30}?\bneck\b`,
);

const AIR = String.raw`(?:(?:the\s+)?flow\s+of\s+(?:blood|air|oxygen)|breath\w*|airways?|air\s?flow|air\s+supply|air|windpipe|trachea|respirat\w*|blood\s+(?:flow|supply|circulation)|circulation|oxygen|ability\s+to\s+breathe)`;
export const BREATH = re(
  [
    String.raw`\b(?:restrict|impair|imped|obstruct|compress|limit|reduc|interfer\w*\s+with|inhibit|block|constrict|compromis|cut\w*\s+off|cut|stop|prevent)\w*\s+${gap(5)}${AIR}\b`,
    String.raw`\b${AIR}\s+${gap(3)}(?:restrict|impair|imped|obstruct|compress|cut\s+off|block|constrict)\w*`,
    String.raw`\bprone\s+(?:restraint|position|positioning|hold)\w*\b[^.;]{0,40}\b(?:pressure|weight|compress)\w*|\b(?:pressure|weight)\b[^.;]{0,30}\b(?:upper\s+body|torso)\b|\basphyx\w*|\bhog[-\s]?t(?:i|y)\w*|\bbind\w*\s+${gap(3)}wrists\s+to\s+${gap(2)}ankles\b|\bhobble\w*\s+(?:${w}\s+){0,4}(?:hands|wrists)\b`,
    String.raw`\b(?:kneel\w*|knees?|body\s+weight|weight|pressure|sit\w*|stand\w*)\s+${gap(3)}(?:on|upon|across|against|to)\s+${gap(4)}(?:back|chest|torso|abdomen|diaphragm)\b`,
  ].join('|'),
);

export const WARNING_SHOT = re(
  String.raw`\b(?:fir|shoot|discharg)\w*\s+${gap(3)}as\s+a\s+warning\b|\bwarning\s+(?:shots?|fire|discharges?|rounds?)\b|\b(?:shots?|rounds?)\s+(?:fired\s+)?(?:into|in)\s+the\s+(?:air|ground|sky)\b|\b(?:fir|shoot|discharg)\w*\s+${gap(3)}(?:into|in)\s+the\s+(?:air|ground|sky)\b`,
);

const VEHICLE = String.raw`(?:motor\s+)?(?:vehicles?|cars?|automobiles?|trucks?|motorists?|drivers?|operators?|occupants?)`;
const SHOOT = String.raw`(?:fir(?:e|es|ed|ing)|shoot\w*|shots?|discharg\w*|rounds?)`;
export const VEHICLE_FIRE = re(
  String.raw`\b(?:deadly|lethal)\s+force\b[^.;]{0,40}\b(?:moving|fleeing)\s+(?:vehicles?|cars?)\b|\b${SHOOT}\b[^.;]{0,60}?\b(?:at|into|toward|towards|from|out\s+of|upon|inside|through)\s+${gap(4)}${VEHICLE}\b|\b(?:moving|fleeing|approaching|oncoming)\s+(?:vehicles?|cars?|automobiles?|trucks?)\b[^.;]{0,60}?\b${SHOOT}\b`,
);

export const PURSUIT = re(
  String.raw`(?<!foot\s)\b(?:vehicle\s+|motor\s+vehicle\s+|high[-\s]speed\s+|vehicular\s+)?pursuits?\b|\bpursu(?:e|es|ed|ing)\s+(?:(?:a|any|the|an)\s+)?(?:fleeing\s+)?(?:vehicles?|cars?|drivers?|motorists?|suspects?)\b|\bchas(?:e|es|ed|ing)\s+(?:a|any|the|an)\s+(?:fleeing\s+)?(?:vehicles?|cars?|drivers?)\b|\b(?:vehicle|car|high[-\s]speed)\s+chases?\b|\bchases?\b(?=[^.;]{0,60}\b(?:vehicles?|cars?|drivers?|motorists?|speeds?)\b)`,
);
export const PURSUIT_CRITERIA = re(
  [
    String.raw`\bviolent\s+(?:felon\w*|crimes?|offen[cs]es?)`,
    String.raw`\bforcible\s+felon\w*`,
    String.raw`\bserious\s+(?:violent\s+)?(?:felon\w*|crimes?|offen[cs]es?)`,
    String.raw`\b(?:imminent|immediate)\s+(?:threat|danger)`,
    String.raw`\boutweigh\w*`,
    String.raw`\bsupervis\w*\s+${gap(3)}(?:approv\w*|authori[sz]\w*|permission|consent)`,
    String.raw`\b(?:approv\w*|authori[sz]\w*|permission)\s+${gap(4)}supervis\w*`,
    String.raw`\b(?:traffic\s+(?:violations?|infractions?|offen[cs]es?)|misdemeanou?rs?|property\s+crimes?|non-?violent|minor\s+offen[cs]es?|stolen\s+(?:vehicles?|cars?))\b`,
  ].join('|'),
);
export const TERMINATE = re(
  String.raw`\bwhen\s+(?:it|the\s+(?:pursuit|chase))\s+(?:ends|stops)\b|\bstop\w*\s+chasing\b|\bterminat\w*|\bcontinu(?:e|es|ed|ing)\b|\bdiscontinu\w*|\bcall\w*\s+off\b|\babandon\w*|\b(?:end|stop|cease|break\s+off)\w*\s+(?:the\s+|a\s+|any\s+)?(?:vehicle\s+)?(?:pursuits?|chases?)\b|\b(?:pursuits?|chases?)\s+${gap(4)}(?:end|ended|stop|stopped|cease|ceased)\b`,
);
export const INITIATE =
  /\b(?:initiat\w*|begin\w*|start\w*|engag\w*\s+in|commenc\w*|undertak\w*|may\s+pursue|pursue\s+only)\b/;

export const INTERVENE = re(
  String.raw`(?<!crisis\s)\binterven\w*|\bintercede\w*|\bintercession\b|\bstep\w*\s+in\b|\b(?:stop|prevent|interrupt|halt|end)\w*\s+${gap(4)}(?:another|a\s+fellow|fellow|other|any)\s+(?:officer|member|deputy|employee)s?\b|\b(?:stop|prevent|halt)\w*\s+(?:[a-z'-]+\s+){0,2}?(?:excessive|unreasonable|unlawful|unnecessary|improper)\s+(?:use\s+of\s+)?force\b|\bstop\s+(?:them|him|her|it)\b`,
);
export const OTHER_OFFICER = re(
  String.raw`\b(?:another|fellow|other|any\s+other)\s+(?:officers?|members?|deput(?:y|ies)|employees?|colleagues?)\b|\bcolleagues?\b|\bpeers?\b|\b(?:excessive|unreasonable|unlawful|unnecessary|improper|unjustified|prohibited)\s+(?:use\s+of\s+)?force\b|\bmisconduct\b|\bregardless\s+of\s+(?:the\s+)?(?:other\s+officer's\s+)?rank\b`,
);
export const REPORT_VERB = re(
  String.raw`\breport\w*|\bnotif\w*|\b(?:inform|tell)\w*\s+(?:a|the|their|his|her)\s+supervisor|\badvis\w*\s+(?:a|the|their)\s+supervisor|\balert\w*\s+(?:a|the)\s+supervisor`,
);

export const MEDICAL_AID = re(
  String.raw`\bmedical\s+(?:aid|attention|care|assistance|treatment|help|personnel|services?|evaluation)\b|\bfirst\s+aid\b|\brender\w*\s+(?:aid|assistance)\b|\bemergency\s+medical\b|\bems\b|\bambulances?\b|\bparamedics?\b|\b(?:call|summon|request)\w*\s+(?:for\s+)?(?:medical|an?\s+ambulance|ems|paramedics|emergency\s+services)\b|\blife[-\s]?saving\s+(?:aid|measures|care)\b|\bcpr\b|\baed\b|\btourniquets?\b|\b(?:provide|give)\w*\s+aid\b|\bbasic\s+life\s+support\b|\bhelp\w*\s+(?:injured|hurt|wounded)\b`,
);

export const REPORT_CONTEXT = re(
  String.raw`\breports?\b|\breporting\b|\breported\b|\breportable\b|\brecord(?:s|ed|ing)?\b|\bdocument(?:s|ed|ing|ation)?\b|\b(?:report|the|a|this|each|every|incident|use[-\s]of[-\s]force|force)\s+forms?\b|\bnot(?:e|es|ed)\b|\bdescrib\w*|\blog(?:s|ged)?\b|\bfields?\b|\bentr(?:y|ies)\b|\bcollect\w*\s+(?:${w}\s+){0,3}?data\b`,
);

export const RACE = /\brac(?:e|es|ial)\b|\bethnic\w*/;
export const AGE = /\bages?\b|\bdate\s+of\s+birth\b|\bdob\b|\bhow\s+old\b|\bbirth\s?date\b/;
export const GENDER = /\bgender\w*|\bsex\b/;
export const LOCATION = re(
  String.raw`\blocations?\b|\baddress(?:es)?\b|\bwhere\s+(?:the\s+)?(?:incident|force|encounter|event)\b|\bgeographic\w*|\bgps\b|\bcoordinates\b|\bintersection\b|\bplace\s+(?:where|of)\b`,
);
export const REASON_FOR_CONTACT = re(
  [
    String.raw`\breasons?\s+(?:for|behind)\s+(?:the\s+)?(?:initial\s+|original\s+)?(?:contact|stop|encounter|interaction|call|detention|police\s+involvement|officer's\s+presence)\b`,
    String.raw`\bwhy\s+${gap(5)}(?:contact|stop|encounter|interaction|approach|engag)\w*`,
    String.raw`\b(?:call|dispatch|incident)\s+types?\b`,
    String.raw`\b(?:basis|grounds?|purpose)\s+(?:for|of)\s+(?:the\s+)?(?:initial\s+)?(?:stop|contact|encounter|detention)\b`,
    String.raw`\bnature\s+of\s+the\s+(?:call|contact|stop|initial\s+contact)\b`,
    String.raw`\bwhat\s+(?:led\s+to|prompted|brought\s+about)\b`,
    String.raw`\binitial\s+contact\b|\bcalls?\s+for\s+service\b|\b911\s+calls?\b`,
  ].join('|'),
);
export const FORCE_TYPES = re(
  String.raw`\b(?:types?|kinds?|categor(?:y|ies)|forms?|levels?|methods?|techniques?)\s+of\s+force\b|\bforce\s+(?:types?|options?|techniques?|tools?|categor(?:y|ies))\b|\b(?:each|every)\s+(?:technique|weapon|tool|tactic|method)\b|\b(?:weapons?|tools?|techniques?|tactics|devices?)\s+(?:used|applied|employed|deployed)\b|\b(?:every|each|any)\s+(?:type|kind|form|category)\b`,
);
export const RESISTANCE = /\bresist\w*|\bnon-?complian\w*|\baggressi\w*|\bassaultive\b|\bcombative\b/;
export const OUTCOME = re(
  String.raw`\boutcomes?\b|\bresult(?:s|ed|ing)?\b|\barrest\w*|\binjur\w*|\bhospital\w*|\bdeaths?\b|\bdied\b|\bfatal\w*|\bkilled\b|\bmedical\s+treatment\b|\bdisposition\b|\bcharged\b|\bcited\b|\breleased\b`,
);
export const EVERY_USE = re(
  [
    String.raw`\b(?:every|each|all|any)\s+(?:use|uses|application|applications|instance|instances|incident|incidents|occasion)\s+(?:of|involving|in\s+which)\s+(?:(?:an?\s+officer|the\s+officer|they|officers)\s+(?:uses?|used)\s+)?(?:force|a\s+weapon|a\s+firearm|physical\s+force)`,
    String.raw`\b(?:every|each|all|any)\s+(?:reportable\s+)?force\b(?!\s+(?:reports?|options?|types?|tools?|techniques?))`,
    String.raw`\breport(?:s|ed|ing)?\s+(?:all\s+|any\s+)?uses?\s+of\s+force\b`,
    String.raw`\b(?:whenever|each\s+time|every\s+time|any\s+time|anytime)\s+(?:(?:an?\s+|any\s+)?(?:officer|member|deputy)s?|they|he|she|he\s+or\s+she)\s+(?:uses?|applies|used)`,
    String.raw`\b(?:officers?|members?|deput(?:y|ies))\s+who\s+(?:uses?|used|appl(?:y|ies|ied))\s+(?:any\s+)?(?:force|a\s+firearm|a\s+weapon)`,
  ].join('|'),
);

export const PUBLISH = re(
  String.raw`\bpublish\w*|\bannounc\w*|\b(?:be|is|are|made)\s+available\b|\bpost(?:s|ed|ing)?\b|\bmake\w*\s+${gap(4)}(?:publicly\s+)?(?:available|accessible|public)\b|\b(?:publicly|openly)\s+(?:available|accessible|posted|released|shared)\b|\bavailable\s+to\s+(?:the\s+public|residents|anyone)\b|\brelease\w*|\bpublic\s+(?:inspection|website|dashboard|portal)\b|\bshar\w*\s+with\s+the\s+public\b|\bmade\s+public\b|\bwebsite\b|\bonline\b|\bconfidential\b|\bwithheld\b|\binternal\s+use\s+only\b|\bexempt\s+from\s+(?:public\s+)?disclosure\b`,
);
export const CONFIDENTIAL =
  /\bconfidential\b|\bwithheld\b|\bnot\s+(?:be\s+)?(?:made\s+)?public\b|\binternal\s+use\s+only\b|\binternally\b|\bexempt\w*\s+from\s+(?:public\s+)?(?:disclosure|release)\b|\bremain\w*\s+internal\b|\bnot\s+(?:be\s+)?(?:shared|released|disclosed|published|posted)\b|\b(?:upon|on)\s+(?:written\s+)?request\b/;
export const POLICY = /\b(?:polic(?:y|ies)|directives?|general\s+orders?|manual|rules?)\b/;
export const CHANGE = re(
  String.raw`\bchanges?\b|\brevision\w*|\brevised\b|\bamend\w*|\bupdates?\b|\bupdated\b|\bmodif\w*|\bnew\s+versions?\b|\bversion\s+history\b|\bredline\w*|\bprior\s+versions?\b|\bwhat\s+changed\b`,
);
export const CHANGE_OF_POLICY = re(
  String.raw`(?<!current\s)\b(?:changes?|revisions?|amendments?|updates?|modifications?|versions?)\s+(?:made\s+)?(?:to|of|in)\s+(?:this|the|its|a|any)\s+(?:use[-\s]of[-\s]force\s+)?(?:polic(?:y|ies)|directives?|general\s+orders?|manual|rules?)\b|\b(?:revised|amended|updated)\s+(?:polic(?:y|ies)|directives?)\b`,
);
export const DATA = re(
  String.raw`\bdata\b|\bdatasets?\b|\bstatistic\w*|\bdashboards?\b|\b(?:annual|quarterly|monthly|yearly)\s+(?:reports?|summar\w*|figures|data)\b|\bfigures\b|\bnumbers\b|\bcounts?\b|\bincident\s+reports?\b|\buse[-\s]of[-\s]force\s+reports?\b|\brecords\b|\btrends?\b`,
);

export const PLAIN_LANGUAGE = re(
  String.raw`\bplain\s+(?:language|english|words)\b|\b(?:avoid\w*|without|free\s+of|minimi[sz]\w*|no)\s+(?:unnecessary\s+|needless\s+)?(?:legal\s+|technical\s+)?(?:jargon|legalese)\b|\b(?:reading|grade)[-\s]level\b|\beasy\s+to\s+(?:read|understand|follow)\b|\bunderstandable\b|\bshort\s+sentences\b|\beveryday\s+(?:words|language)\b`,
);
export const CONSISTENT_TERMS = re(
  String.raw`\bconsisten\w*\s+${gap(6)}(?:terms?|terminology|definitions?|polic(?:y|ies)|orders?|directives?|forms?|each\s+other|itself|throughout)\b|\b(?:terms?|words?|language|terminology|definitions?)\s+${gap(5)}(?:must|shall|should|will)\s+(?:match|mirror|align\s+with|agree\s+with)\b|\bsame\s+(?:terms?|words?|meaning|definitions?)\b|\buniform\s+(?:terms|terminology|definitions)\b|\b(?:terms?|words?)\s+${gap(3)}used\s+consistently\b|\bone\s+(?:term|word)\s+for\s+(?:one|each)\b`,
);
export const DEFINED_TERMS = re(
  String.raw`\b(?:terms?|words?|phrases?)\s+${gap(8)}(?:are|is|be|shall\s+be|must\s+be)\s+defined\b|\bdefin\w*\s+${gap(3)}(?:terms?|words?|phrases?)\b|\bdefinitions?\s+section\b|\bglossary\b`,
);

export const ALT_RESPONDER = re(
  String.raw`\bsocial\s+workers?\b|\bcrisis\s+(?:counsel\w*|teams?|workers?|responders?|clinicians?|specialists?|lines?)\b|\b(?:mental|behaviou?ral)\s+health\s+(?:professionals?|clinicians?|responders?|teams?|workers?|specialists?|counsel\w*|providers?)\b|\bcivilian\s+(?:responders?|teams?|crisis\s+\w+|staff|personnel|workers|specialists?)\b|\bmedics\b|\bmedical\s+first\s+responders\b|\bemts?\b|\bpeer\s+(?:support|specialists?|counsel\w*)\b|\bnon-?police\b|\bunarmed\s+(?:responders?|teams?|civilians?|professionals?)\b|\balternative\s+(?:first\s+)?respon\w*|\bcommunity\s+(?:responders?|response\s+teams?)\b|\bco-?respon\w*|\bmobile\s+crisis\b|\b988\b|\bcare\s+teams?\b|\bnon-?law[-\s]enforcement\b`,
);
export const DISPATCH = re(
  String.raw`\brespon\w*|\bdispatch\w*|\bsend\w*|\bsent\b|\bhandl\w*|\brout\w*|\bdivert\w*|\brefer\w*|\banswer\w*|\bassign\w*|\btransfer\w*|\battend\w*|\bdeploy\w*|\bredirect\w*|\binstead\s+of\b|\brather\s+than\b|\bin\s+place\s+of\b|\blead\w*\s+on\b`,
);
export const SCHOOL = re(
  String.raw`\bschools?\b|\bcampus(?:es)?\b|\bstudents?\b|\bschool\s+resource\s+officers?\b|\bsros?\b|\bclassrooms?\b|\bk-12\b|\bpupils?\b|\beducational\s+(?:settings?|facilities)\b`,
);
export const TRAFFIC = re(
  String.raw`\btraffic\s+(?:stops?|enforcement|violations?|infractions?|offen[cs]es?|citations?|tickets?)\b|\b(?:low[-\s]level|minor|non-?safety|equipment|non-?moving|pretext\w*|regulatory)\s+${gap(2)}(?:stops?|violations?|infractions?|offen[cs]es?)\b|\bexpired\s+(?:registration|tags?|plates?)\b|\bbroken\s+tail\s?lights?\b|\btinted\s+windows?\b|\bcivilian\s+(?:traffic\s+)?enforcement\b|\bautomated\s+(?:traffic\s+)?(?:enforcement|cameras?)\b|\bvehicle\s+stops?\b`,
);
export const FOOTPRINT_ACTION = re(
  String.raw`\bremov\w*|\bwithdraw\w*|\bend(?:s|ed|ing)?\b|\beliminat\w*|\bphas\w*\s+out\b|\breassign\w*|\breplac\w*|\btransfer\w*|\blimit\w*|\brestrict\w*|\breduc\w*|\bno\s+longer\b|\binstead\b|\brather\s+than\b|\bcivilian\b|\bautomated\b|\bpublic\s+health\b|\bstation\w*\b`,
);

export const GROUP = re(
  String.raw`\b(?:(?:community|citizen|civilian|resident|public)\s+)?(?:advisory|working|advisory\s+and\s+working)\s+(?:boards?|groups?|committees?|councils?|panels?|bod(?:y|ies))\b|\b(?:community|citizens?'?|residents?'?|civilian|public)\s+(?:[a-z-]+\s+)?(?:boards?|panels?|councils?|committees?|task\s+forces?)\b|\btask\s+forces?\b`,
);
export const FORM_GROUP = re(
  String.raw`\bestablish\w*|\bform(?:s|ed|ing)?\b|\bcreat\w*|\bconven\w*|\bset\w*\s+up\b|\bappoint\w*|\blaunch\w*|\bstart\w*|\borgani[sz]\w*|\bcharter\w*|\bstand\w*\s+up\b`,
);
export const STAKEHOLDERS: readonly RegExp[] = [
  re(
    String.raw`\bcommunity\s+members?\b|\bresidents?\b|\bmembers\s+of\s+the\s+public\b|\bneighbou?rs\b|\bcitizens\b|\bpeople\s+with\s+lived\s+experience\b|\b(?:directly\s+)?(?:affected|impacted)\s+(?:communities|residents|people)\b|\byouth\b|\bfaith\s+leaders?\b|\bclergy\b`,
  ),
  re(
    String.raw`\badvocat(?:es|e\s+groups?|acy\s+(?:groups?|organi[sz]ations?))\b|\bcivil\s+(?:rights|liberties)\s+(?:groups?|organi[sz]ations?)\b`,
  ),
  re(
    String.raw`\bpolice\s+(?:department|chief|leadership|leaders|command\s+staff)\b|\bchief\s+of\s+police\b|\bdepartment(?:'s)?\s+(?:representatives?|leadership|leaders|staff)\b|\bcommand\s+staff\b|\bsworn\s+officers?\b|\brank[-\s]and[-\s]file\b|\bline\s+officers\b|\bthe\s+(?:police\s+)?department\b`,
  ),
  re(
    String.raw`\bunions?\b|\blabou?r\s+(?:associations?|representatives?)\b|\bofficers'?\s+association\b|\bfraternal\s+order\b|\bpolice\s+(?:officers'?\s+)?association\b|\bbargaining\s+units?\b`,
  ),
  re(
    String.raw`\b(?:city|municipal|county|town)\s+(?:attorneys?|lawyers?|counsel|solicitors?|law\s+departments?)\b|\blegal\s+counsel\b|\bpublic\s+defenders?\b|\bprosecutors?\b|\blawyers?\b`,
  ),
  re(String.raw`\belected\s+(?:officials?|leaders?)\b|\bcity\s+council\w*|\bmayor\b|\bcouncil\s?members?\b`),
];
export const MEMBERSHIP = re(
  String.raw`\binclud\w*|\bmembers?\b|\bmembership\b|\brepresentat\w*|\bseats?\b|\bcompris\w*|\bcompos\w*|\bconsist\w*|\bdrawn\s+from\b|\bparticipa\w*|\binvit\w*|\bbring\w*\s+together\b|\btogether\s+with\b|\balongside\b|\bas\s+well\s+as\b|\bjoin\w*|\bat\s+the\s+table\b|\binvolv\w*|\bmade\s+up\s+of\b|\b(?:panel|board|group|force|committee|council|body)\s+of\b`,
);
export const FOLLOW_TRAINING = /\btrain(?:ing|ed|s)?\b|\bcurricul\w*|\binstruct\w*/;
export const FOLLOW_IMPLEMENT = re(
  String.raw`\bimplement\w*|\broll(?:ed|ing)?[-\s]?out\b|\bput\s+(?:it\s+|this\s+policy\s+)?into\s+(?:practice|effect)\b|\bin\s+(?:practice|the\s+field)\b|\bsupervis\w*\s+(?:practice|compliance)\b|\beffective\s+date\b`,
);
export const FOLLOW_ACCOUNT = re(
  String.raw`\baccountab\w*|\baudit\w*|\bmonitor\w*|\bevaluat\w*|\bdisciplin\w*|\boversight\b|\bmeasur\w*|\bassess\w*\s+(?:whether|the\s+(?:effect|impact|results))\b|\breview\w*\s+(?:the\s+)?(?:policy|its\s+(?:effect|impact)|results|outcomes|whether)\b|\bfollow[-\s]up\b`,
);
export const FOLLOW_POLICY = /\bpolic(?:y|ies)\b|\badopt\w*|\breforms?\b|\bchanges?\b|\bstandards?\b/;

export const SANCTITY = re(
  String.raw`\bhuman\s+li(?:fe|ves)\b[^.;]{0,30}\b(?:valued|protected|preserved|respected|priority|first)\b|\bsanctity\s+of\s+(?:every\s+|all\s+)?(?:human\s+)?li(?:fe|ves)\b|\b(?:preserv|protect|valu|sav|respect)\w*\s+(?:of\s+|for\s+|the\s+)?(?:every\s+|all\s+)?(?:human\s+)?li(?:fe|ves)\b|\bkeeping\s+people\s+alive\b|\b(?:person's|people's|individual's|human)\s+li(?:fe|ves)\b[^.;]{0,40}?\b(?:ha(?:s|ve)\s+(?:value|worth)|valued|sacred|priority|first)\b|\bpreserv\w*\s+(?:it|them|life)\b[^.;]{0,40}?\b(?:highest|first|top)\s+priority\b|\b(?:human\s+)?life\s+(?:comes\s+)?first\b`,
);
export const EXCEED_LAW = re(
  String.raw`\bmeets?\s+or\s+(?:exceed|surpass)\w*|\b(?:meet|exceed|surpass)\w*\b|\bat\s+least\s+as\s+strict\b|\bstricter\b|\bhigher\s+than\b|\bhigher\s+(?:standard|bar)\b|\bcompl(?:y|ies|iance)\s+with\b`,
);
export const LAW = re(
  String.raw`\bfederal\b|\bstate\s+(?:law|statutes?|legal)\b|\bstate\s+and\s+federal\b|\bconstitution\w*|\bcourt\s+(?:decisions?|rulings?)\b|\blegal\s+(?:standards?|requirements?)\b|\bthe\s+law\b`,
);
export const WEAPON_DISPLAY = re(
  String.raw`\b(?:draw\w*|display\w*|point\w*|un-?holster\w*|aim\w*)\b(?=[^.;]{0,50}\b(?:firearms?|guns?|weapons?|tasers?|handguns?|rifles?|cews?)\b)|\b(?:firearms?|guns?|weapons?|tasers?)\s+(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+)?(?:drawn|displayed|pointed|aimed)\b`,
);
export const ANALYSE = re(
  String.raw`\banaly[sz]\w*|\breview\w*|\bstud(?:y|ies|ied)\b|\bexamin\w*|\bmonitor\w*|\blook\s+at\b|\baudit\w*|\bidentify\b`,
);
export const DISPARITY = re(
  String.raw`\bdisparit\w*|\bbias\w*|\btrends?\b|\bpatterns?\b|\btreated\s+differently\b|\binequit\w*|\bby\s+race\b`,
);

/** Reporting force in general, without "every": the duty's wording, whoever reports. */
export const REPORT_FORCE = re(
  String.raw`\breport\w*\s+(?:of\s+)?(?:the\s+)?(?:use\s+of\s+)?force\b|\bforce\s+(?:must|shall|should|may|will|is\s+to|needs?\s+to)\s+(?:only\s+)?(?:be\s+)?(?:report|document)\w*`,
);
