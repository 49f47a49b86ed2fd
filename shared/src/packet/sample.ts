import { CATALOGUE } from '../catalogue';
import { canonicalJson } from './canonical';
import { computeRedline } from './redline';
import { sha256Hex } from './sha256';
import { blocksFromText, blocksText } from './blocks';
import { PACKET_SCHEMA_VERSION, Packet, PacketBlock, PacketClause, PacketMeeting } from './types';

/** Text that has broken renderers elsewhere: markup, control characters, long words, RTL, CJK, emoji. */
export const HOSTILE_TEXTS = {
  html: '<script>alert("x")</script><img src=x onerror="alert(1)"> <a href="javascript:alert(2)">click</a> <b onclick=evil()>bold</b> </p></div><!-- --> &amp; &lt;',
  markdown:
    '[link](javascript:alert(3)) ![img](javascript:alert(4)) <iframe src="https://evil.example"></iframe> # not a heading | table | ``` code',
  control: 'Bell\u0007 null\u0000 escape\u001b[31m vertical\u000b form\u000c del\u007f c1\u0085\u009b end',
  longWord: 'Supercalifragilistic'.repeat(12) + ' https://example.org/' + 'a'.repeat(300),
  arabic: 'يجب على الضباط استخدام أقل قدر ممكن من القوة، ولا يجوز استخدام القوة المميتة إلا كملاذ أخير.',
  hebrew: 'על השוטרים להשתמש בכוח המינימלי הנדרש, ולהפסיק מיד כאשר האיום חלף.',
  cjk: '警察应当优先采取降级措施。武力只能作为最后手段使用。',
  emoji: 'Community voices 🗣️👩🏽‍⚖️✊🏿 matter 💯 — flags 🇺🇸 and ZWJ 👨‍👩‍👧‍👦',
  xml: ']]> <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]> &e; \uFFFE\uD800 lone',
} as const;

const WORDS =
  'officers shall use only the force that is necessary and proportional to the threat faced and shall stop as soon as the threat ends de-escalation comes first whenever time and safety allow warnings are given before force when feasible supervisors review every report within seventy-two hours and the public sees the data each quarter'.split(
    ' ',
  );

/** A small deterministic generator, so the same seed always gives the same packet. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

function uuidFrom(n: number, salt: number): string {
  const hex = sha256Hex(`${salt}:${n}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface SamplePacketOptions {
  clauses?: number;
  version?: number;
  /** Mix the HOSTILE_TEXTS into headings, clause text, dissents and minutes. */
  hostile?: boolean;
  seed?: number;
  meetings?: number;
  members?: number;
  /**
   * Also compare with an imported department policy (`baselineComparison`) and give minority
   * reports a title and co-signers. Off by default so existing samples keep their bytes.
   */
  baseline?: boolean;
  /** 1: an old-schema packet (clause text only, no page size), as published before blocks. */
  schemaVersion?: 1;
}

/**
 * A realistic packet for tests and benchmarks: `clauses` clauses with components, votes,
 * dissents and open discussion, meetings, coverage and language findings. With `version` > 1
 * it also carries a change log against a generated previous version.
 */
export function buildSamplePacket(options: SamplePacketOptions = {}): Packet {
  const {
    clauses: clauseCount = 60,
    version = 1,
    hostile = false,
    seed = 42,
    meetings: meetingCount = 6,
  } = options;
  const memberCount = Math.max(4, options.members ?? 25);
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const hostileValues = Object.values(HOSTILE_TEXTS);
  const members = Array.from({ length: memberCount }, (_, i) => ({
    name: hostile && i === 1 ? `Member ${HOSTILE_TEXTS.html}` : `Member ${String(i + 1).padStart(2, '0')}`,
    role: (i === 0 ? 'FACILITATOR' : i < memberCount - 3 ? 'MEMBER' : 'OBSERVER') as
      'FACILITATOR' | 'MEMBER' | 'OBSERVER',
  }));

  const clauses: PacketClause[] = Array.from({ length: clauseCount }, (_, i) => {
    const component = CATALOGUE[i % CATALOGUE.length];
    const second = CATALOGUE[(i * 7 + 3) % CATALOGUE.length];
    const hostileText = hostile ? hostileValues[i % hostileValues.length] : '';
    const heading =
      hostile && i % 3 === 0
        ? `${component.title} ${hostileText.slice(0, 80)}`
        : `${component.title} ${Math.floor(i / CATALOGUE.length) + 1}`;
    const para = (text: string): PacketBlock => ({ type: 'paragraph', content: [{ text }] });
    // Every third clause enumerates conditions, as policy does: a list with a nested numbered list and emphasis.
    const blocks: PacketBlock[] =
      i % 3 === 1
        ? [
            {
              type: 'paragraph',
              content: [
                { text: `${sentence(12)} Officers ` },
                { text: 'shall', bold: true },
                { text: ' act ' },
                { text: 'only', italic: true },
                { text: ' when:' },
              ],
            },
            {
              type: 'list',
              ordered: false,
              start: 1,
              items: [
                { blocks: [para(`Stop ${sentence(8).toLowerCase()}`)] },
                {
                  blocks: [
                    para(`Report ${sentence(6).toLowerCase()}`),
                    {
                      type: 'list',
                      ordered: true,
                      start: 1,
                      items: [
                        { blocks: [para('Name every officer present.')] },
                        { blocks: [para('Describe the force used.')] },
                      ],
                    },
                  ],
                },
                { blocks: [para(`Render aid ${sentence(5).toLowerCase()}`)] },
              ],
            },
            ...[sentence(18), hostileText].filter(Boolean).map(para),
          ]
        : [sentence(24 + (i % 10)), sentence(18), hostileText, sentence(30)].filter(Boolean).map(para);
    const body = blocksText(blocks);
    const textHash = sha256Hex(`${heading}\n${body}`);
    const yes = 12 + (i % 7);
    const no = i % 5;
    const passed = yes > no * 2;
    return {
      id: uuidFrom(i, seed),
      number: String(i + 1),
      heading,
      text: body,
      blocks,
      textHash,
      components: (i % 4 === 0 ? [component, second] : [component]).map((c) => ({
        id: c.id,
        title: c.title,
      })),
      votes:
        i % 2 === 0
          ? [
              {
                questionId: uuidFrom(i, seed + 1),
                question: `Adopt clause ${i + 1} as written?`,
                rule: 'Simple majority of votes cast; quorum of half the voting members',
                tallies: [
                  { option: 'Yes', count: yes },
                  { option: 'No', count: no },
                  { option: 'Abstain', count: i % 3 },
                ],
                eligible: 22,
                outcome: passed ? 'PASSED' : 'FAILED',
                passed,
                closedAt: new Date(Date.UTC(2025, 9, 1 + (i % 28), 19, 30)).toISOString(),
                textHash: i % 10 === 4 ? sha256Hex(`older ${i}`) : textHash,
                matchesPacketText: i % 10 !== 4,
              },
            ]
          : [],
      dissents:
        i % 6 === 0
          ? [
              {
                kind: i % 12 === 0 ? 'MINORITY_REPORT' : 'OBJECTION',
                author: i % 12 === 0 ? null : members[(2 + (i % 10)) % memberCount].name,
                text: `${sentence(20)}${hostile ? ` ${hostileText}` : ''}`,
                questionId: null,
                createdAt: new Date(Date.UTC(2025, 9, 2 + (i % 20))).toISOString(),
              },
            ]
          : [],
      discussion: {
        openThreads: i % 4,
        excerpts: Array.from({ length: Math.min(2, i % 4) }, (_, k) => ({
          author: members[(i + k) % memberCount].name,
          text: hostile && k === 0 ? hostileText : sentence(16),
          createdAt: new Date(Date.UTC(2025, 9, 10 + k)).toISOString(),
        })),
      },
    };
  });

  const meetings: PacketMeeting[] = Array.from({ length: meetingCount }, (_, i) => ({
    id: uuidFrom(i, seed + 2),
    title: `Board meeting ${i + 1}`,
    startsAt: new Date(Date.UTC(2025, 8, 3 + i * 14, 23, 0)).toISOString(),
    location: i % 2 ? 'Community Centre, Room B' : 'Public Library Auditorium',
    attendees: members.slice(0, memberCount - 2 - (i % 3)).map((m) => m.name),
    absent: members.slice(memberCount - 2 - (i % 3)).map((m) => m.name),
    agenda: [`Review clauses ${i * 10 + 1}–${i * 10 + 10}`, 'Public comment', 'Votes'],
    minutes: `${sentence(40)}\n\n${sentence(30)}${hostile ? `\n\n${hostileValues[i % hostileValues.length]}` : ''}`,
  }));

  const coverageComponents = CATALOGUE.map((c, i) => {
    const numbers = clauses.filter((cl) => cl.components.some((x) => x.id === c.id)).map((cl) => cl.number);
    const status = numbers.length === 0 ? 'MISSING' : i % 5 === 4 ? 'PARTIAL' : 'COVERED';
    return {
      id: c.id,
      title: c.title,
      status,
      clauseNumbers: numbers,
      items: c.items.map((item, k) => ({
        id: item.id,
        title: item.title,
        status: status === 'PARTIAL' && k % 2 ? 'MISSING' : status,
      })),
    };
  });
  const count = (s: string) => coverageComponents.filter((c) => c.status === s).length;

  const packet: Packet = {
    schemaVersion: PACKET_SCHEMA_VERSION,
    pageSize: 'LETTER',
    board: {
      id: uuidFrom(0, seed + 3),
      name: hostile
        ? `Oak City Board ${HOSTILE_TEXTS.html.slice(0, 30)}`
        : 'Oak City Community Advisory Board',
      slug: 'oak-city',
      jurisdiction: 'City of Oak City',
    },
    draft: { id: uuidFrom(0, seed + 4), title: 'Use of Force Policy' },
    version,
    title: hostile ? `Recommendations ${HOSTILE_TEXTS.html}` : `Recommendations v${version}`,
    coverLetter: hostile
      ? `Dear Chief,\n\n${hostileValues.join('\n\n')}\n\nRespectfully, the board.`
      : `Dear Chief and members of the Council,\n\n${sentence(50)}\n\n${sentence(40)}\n\nRespectfully,\nThe Oak City Community Advisory Board`,
    recipients: hostile
      ? ['Chief of Police', HOSTILE_TEXTS.arabic.slice(0, 20), HOSTILE_TEXTS.html.slice(0, 40)]
      : ['Chief of Police', 'City Council', 'Office of the Mayor'],
    publishedAt: new Date(Date.UTC(2025, 10, 20, 17, 0)).toISOString(),
    publishedBy: members[0].name,
    members,
    clauses,
    amendments: clauses.slice(0, Math.min(12, clauses.length)).map((c, i) => ({
      id: uuidFrom(i, seed + 5),
      clauseId: c.id,
      clauseNumber: c.number,
      title: `Amend clause ${c.number}`,
      proposedText: hostile && i === 1 ? HOSTILE_TEXTS.html : sentence(20),
      rationale: sentence(14),
      status: i % 3 === 0 ? 'REJECTED' : 'ADOPTED',
      proposedBy: members[(3 + i) % memberCount].name,
      decidedAt: new Date(Date.UTC(2025, 9, 5 + i)).toISOString(),
    })),
    meetings,
    coverage: {
      components: coverageComponents,
      summary: {
        covered: count('COVERED'),
        partial: count('PARTIAL'),
        missing: count('MISSING'),
        total: coverageComponents.length,
      },
    },
    languageFindings: clauses
      .filter((_, i) => i % 7 === 1)
      .map((c, i) => ({
        clauseId: c.id,
        clauseNumber: c.number,
        ruleId: i % 2 ? 'weak-modal' : 'vague-qualifier',
        severity: i % 2 ? 'warning' : 'info',
        message:
          i % 2
            ? '“Should” leaves the duty optional; consider “shall”.'
            : '“Reasonable” is not defined in this policy.',
        excerpt: c.text.slice(0, 60),
        dismissed: i % 3 === 2,
        dismissalReason: i % 3 === 2 ? 'Defined by state law; the board kept it on purpose.' : null,
        ...(i % 3 === 2
          ? {
              dismissedBy: 'Dana Whitfield',
              dismissedAt: new Date(Date.UTC(2025, 10, 18, 17, 0)).toISOString(),
            }
          : {}),
      })),
    changeLog: null,
    responses: [],
    notes: [],
  };

  if (version > 1) {
    const previous = buildSamplePacket({ ...options, version: version - 1 });
    const beforeClauses = previous.clauses.map((c) => ({
      id: c.id,
      heading: c.heading,
      text: c.text,
      number: c.number,
    }));
    // Make the versions differ: one removed, one added, one edited, two swapped.
    const edited = clauses.map((c) => ({ ...c }));
    if (edited.length > 4) {
      // A changed clause that also gains list items, so redlines show new lines.
      const text = `${edited[1].text.replace(/shall/, 'must')}\n- Officers shall document every warning.\n- Supervisors shall review it.`;
      edited[1] = { ...edited[1], text, blocks: blocksFromText(text) };
      [edited[2], edited[3]] = [edited[3], edited[2]];
      edited.splice(4, 1);
      edited.push({
        ...edited[0],
        id: uuidFrom(9999, seed),
        heading: 'Annual review of this policy',
        ...((text) => ({ text, blocks: blocksFromText(text) }))(sentence(25)),
        votes: [],
        dissents: [],
      });
    }
    packet.clauses = edited.map((c, i) => ({ ...c, number: String(i + 1) }));
    const redline = computeRedline(beforeClauses, packet.clauses);
    packet.changeLog = {
      previousVersion: previous.version,
      previousSha256: sha256Hex(canonicalJson(previous)),
      summary: redline.summary,
      entries: redline.entries.filter((e) => e.status !== 'UNCHANGED'),
    };
    packet.responses = previous.clauses.slice(0, 3).map((c, i) => ({
      version: previous.version,
      clauseId: c.id,
      clauseNumber: c.number,
      status: (['ACCEPTED', 'ACCEPTED_WITH_CHANGES', 'UNDER_REVIEW'] as const)[i],
      text: sentence(18),
      responderName: 'A. Official',
      responderRole: 'Chief of Police',
      createdAt: new Date(Date.UTC(2025, 10, 25)).toISOString(),
    }));
  }
  if (options.baseline) {
    for (const c of packet.clauses)
      for (const d of c.dissents)
        if (d.kind === 'MINORITY_REPORT') {
          d.title = `Why we cannot support § ${c.number}${hostile ? ` ${HOSTILE_TEXTS.html}` : ''}`;
          d.signatories = [members[1 % memberCount].name, members[3 % memberCount].name];
        }
    // The department's policy: fewer, older clauses under the same headings, one the board dropped.
    const departmentClauses = packet.clauses
      .filter((_, i) => i % 3 !== 2)
      .map((c, i) => ({
        id: `baseline-${i + 1}`,
        heading: c.heading,
        text: i % 2 === 0 ? c.text.replace(/shall/g, 'should') : c.text,
        number: String(i + 1),
      }));
    departmentClauses.push({
      id: `baseline-${departmentClauses.length + 1}`,
      heading: 'Warning shots',
      text: `Officers may fire warning shots when they believe it is reasonable.${hostile ? ` ${hostileValues.join(' ')}` : ''}`,
      number: String(departmentClauses.length + 1),
    });
    const comparison = computeRedline(
      departmentClauses,
      packet.clauses.map((c) => ({ id: c.id, heading: c.heading, text: c.text, number: c.number })),
      { matchHeadings: true },
    );
    packet.baselineComparison = {
      sourceName: 'General Order 300 (2019).docx',
      sourceKind: 'DOCX',
      importedAt: new Date(Date.UTC(2025, 8, 1)).toISOString(),
      importedBy: members[0].name,
      sha256: sha256Hex(departmentClauses.map((c) => `${c.heading}\n${c.text}`).join('\n\n')),
      summary: comparison.summary,
      entries: comparison.entries.filter((e) => e.status !== 'UNCHANGED'),
    };
  }
  if (options.schemaVersion === 1) {
    // Schema 1 had neither blocks nor a page size.
    packet.schemaVersion = 1;
    delete packet.pageSize;
    for (const c of packet.clauses) delete c.blocks;
  }
  return packet;
}
