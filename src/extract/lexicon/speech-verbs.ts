/**
 * Speech verbs: lemmas by how they report speech, their inflections (CUES), forms that are also nouns, verbs that
 * take an object or a request.
 * Data only: no rules.
 */
import { set, dict } from './words.js';

/** Verbs of saying: lemma → whether a bare complement clause (no "that") may follow. */
export const SAY_BARE = set(
  'say tell add note warn argue claim explain insist write ask acknowledge stress emphasise emphasize state ' +
    'declare assert maintain contend suggest predict recall remark observe comment reply respond answer retort ' +
    'admit concede allege inform assure promise vow pledge threaten complain lament boast joke quip tweet testify ' +
    'estimate conclude reiterate repeat underline underscore highlight mention indicate counter ' +
    'shout exclaim whisper recount specify clarify affirm hint forecast reassure advise recommend propose ' +
    'speculate caution brief hope fear think believe chant sing scream yell proclaim',
);
/** Verbs that only introduce reported speech with "that" (otherwise they take an ordinary object). */
export const SAY_THAT = set(
  'confirm reveal report announce deny disclose signal post charge accuse point show find hold rule ' +
    'order instruct decide determine certify',
);
/** Verbs that attribute a quoted phrase but do not introduce a clause ("called it a “lie”"). */
export const ATTRIB_ONLY = set(
  'call describe dismiss brand label term denounce condemn criticise criticize praise hail slam blast ' +
    'characterise characterize refer cite urge demand plead appeal welcome apologise apologize thank remember ' +
    'decry mock deride ridicule chide tout lambast lambaste exhort',
);
/** Manner verbs of feature writing ("“…,” she laughs."): attribute a marked quote, never introduce reported speech. */
export const MANNER = set(
  'laugh chuckle smile grin shrug sigh nod continue muse interject fume bark grouse snipe snap scoff gush press ponder ' +
    'marvel react',
);
/** Verbs that are opinion rather than speech: used only with explicit quote marks, never for INDIRECT. */
export const NOT_INDIRECT = set('think believe hope fear');

export const IRREGULAR: Record<string, string[]> = dict({
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  think: ['thought', 'thinks', 'thinking'],
  find: ['found', 'finds', 'finding'],
  show: ['showed', 'shows', 'showing', 'shown'],
  speak: ['spoke', 'speaks', 'speaking'],
});

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]];
  const out = [lemma];
  let stem = lemma;
  if (lemma.endsWith('e')) {
    stem = lemma.slice(0, -1);
    out.push(`${lemma}d`, `${lemma}s`, `${stem}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    stem = lemma.slice(0, -1);
    out.push(`${stem}ied`, `${stem}ies`, `${lemma}ing`);
  } else if (/(s|sh|ch|x|z)$/.test(lemma)) {
    out.push(`${lemma}ed`, `${lemma}es`, `${lemma}ing`);
  } else if (/^(admit|commit|quip|plan|regret|refer)$/.test(lemma)) {
    const d = lemma + lemma.slice(-1);
    out.push(`${d}ed`, `${lemma}s`, `${d}ing`);
  } else {
    out.push(`${lemma}ed`, `${lemma}s`, `${lemma}ing`);
  }
  return out;
}

export interface CueInfo {
  lemma: string;
  /** May introduce reported speech without quote marks. */
  indirect: 'bare' | 'that' | 'no';
  gerund: boolean;
}

export const CUES = new Map<string, CueInfo>();
for (const [lemmas, mode] of [
  [SAY_BARE, 'bare'],
  [SAY_THAT, 'that'],
  [ATTRIB_ONLY, 'no'],
  [MANNER, 'no'],
] as const) {
  for (const l of lemmas) {
    for (const f of inflect(l)) {
      if (CUES.has(f)) continue;
      const m = NOT_INDIRECT.has(l) ? 'no' : mode;
      CUES.set(f, { lemma: l, indirect: m, gerund: f.endsWith('ing') });
    }
  }
}
// the bare lemma "call" / "report" etc. as nouns are common; nouns that collide with cue forms:
/** Forms that are also nouns ("reports of", "the claim that"): cues only right after a subject-like word. */
/** Cue forms that are also common nouns ("reports of", "the claim that"). */
const NOUN_CUES = [
  'report',
  'reports',
  'post',
  'posts',
  'charge',
  'charges',
  'comment',
  'comments',
  'answer',
  'answers',
  'state',
  'states',
  'call',
  'calls',
  'hope',
  'fear',
  'fears',
  'find',
  'estimate',
  'estimates',
  'promise',
  'pledge',
  'reply',
  'joke',
  'tweet',
  'tweets',
  'counter',
  'brief',
  'remark',
  'remarks',
  'advise',
  'appeal',
  'demand',
  'demands',
  'welcome',
  'repeat',
  'signal',
  'signals',
  'hint',
  'forecast',
  'label',
  'term',
  'cite',
  'praise',
  'blast',
  'highlight',
  'mention',
  'boast',
  'finding',
  'findings',
  'ruling',
  'briefing',
  'writing',
  'posting',
  'reporting',
  'thinking',
  'concern',
];

export const AMBIGUOUS_CUES = set([
  ...NOUN_CUES,
  'hopes',
  'promises',
  'pledges',
  'replies',
  'jokes',
  'appeals',
  'hints',
  'forecasts',
  'labels',
  'terms',
  'highlights',
  'claim',
  'claims',
  'vow',
  'vows',
  'warning',
  'warnings',
  'calling',
  'notes',
  'note',
  'insists',
  'stress',
  'concerns',
  'question',
  'questions',
  'tell',
  'say',
  'add',
  'ask',
  'request',
  'requests',
  'urge',
  'threat',
  'threats',
  'denial',
  'denials',
  'admission',
  'with a laugh',
  'a shrug',
  'laugh',
  'laughs',
  'smile',
  'smiles',
  'grin',
  'grins',
  'shrug',
  'shrugs',
  'sigh',
  'sighs',
  'nod',
  'nods',
  'continue',
  'continues',
  'continued',
]);
/** Noun-like forms that do not introduce reported speech without marks ("the report that", "a call for"). */
export const NOUN_LIKE_CUES = set([
  ...NOUN_CUES,
  'show',
  'shows',
  'think',
  'believe',
  'speaking',
  'point',
  'points',
  'statement',
]);
for (const noun of NOUN_LIKE_CUES) {
  const c = CUES.get(noun);
  if (c) CUES.set(noun, { ...c, indirect: 'no' });
}
// lemma forms of finite verbs are fine after plural subjects ("analysts say", "officials warn")
for (const f of [
  'say',
  'warn',
  'argue',
  'claim',
  'insist',
  'believe',
  'note',
  'suggest',
  'estimate',
  'predict',
  'tell',
  'add',
  'explain',
  'fear',
]) {
  const c = CUES.get(f);
  if (c && f !== 'believe' && f !== 'fear') CUES.set(f, { ...c, indirect: 'bare' });
}
// speaking itself is a cue of the "Speaking to reporters, X said" frame, not a quote verb
CUES.delete('speaking');
CUES.delete('point');
CUES.delete('points');
for (const f of ['show', 'shows', 'showed', 'showing', 'shown', 'find', 'finds', 'found', 'finding']) CUES.delete(f);

export const OBJECT_VERBS = set([
  'tell',
  'inform',
  'brief',
  'assure',
  'warn',
  'remind',
  'advise',
  'notify',
  'ask',
  'urge',
  'reassure',
  'promise',
  'caution',
]);

export const VENUE_END = set([
  'statement',
  'interview',
  'conference',
  'briefing',
  'post',
  'speech',
  'letter',
  'message',
  'tweet',
  'report',
  'meeting',
  'broadcast',
  'address',
  'session',
  'hearing',
  'forum',
  'summit',
  'event',
  'rally',
  'call',
  'email',
  'video',
  'op-ed',
  'column',
  'blog',
  'filing',
  'note',
  'memo',
  'testimony',
  'remarks',
  'appearance',
  'debate',
]);

export const REQUESTS = set([
  'ask',
  'urge',
  'appeal',
  'implore',
  'beg',
  'plead',
  'request',
  'invite',
  'encourage',
  'exhort',
]);

/** Verbs that take a speech verb as their infinitive complement with the same subject ("continues to insist"). */
export const CATENATIVE = set([
  'continue',
  'continues',
  'continued',
  'continuing',
  'expected',
  'likely',
  'going',
  'wants',
  'wanted',
  'tried',
  'tries',
  'seemed',
  'seems',
  'appeared',
  'appears',
  'used',
  'rushed',
  'hastened',
  'moved',
]);
