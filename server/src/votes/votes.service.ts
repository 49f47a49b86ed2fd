import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  allowedThresholds,
  APPROVAL_CHOICE_LABELS,
  ApprovalChoice,
  Ballot,
  canonicalVotedText,
  describeOutcome,
  dissentsOf,
  Outcome,
  QuestionKind,
  QuestionRules,
  QuorumBase,
  tally,
  TallyResult,
  validateBallot,
  validateRules,
} from '@roundtable/shared';
import { AmendmentsService } from '../amendments/amendments.service';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../auth/user.entity';
import { ClausesService } from '../clauses/clauses.service';
import { badInput, conflict, notFound } from '../core/errors/app-error';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import { CastBallotInput, CreateQuestionInput, ReopenQuestionInput } from './dto/question.input';
import { MailService } from '../mail/mail.service';
import { CloseReason, QuestionResultEntity, RecordedVote } from './question-result.entity';
import { QuestionEntity, QuestionState, QuestionSubject, StoredOption, VotedText } from './question.entity';
import {
  MyBallotModel,
  QuestionModel,
  QuestionResultModel,
  RecordedVoteModel,
  TallyModel,
} from './question.model';

export const KEEP_CURRENT_TEXT = 'keep';

type Actor = Pick<UserEntity, 'id' | 'name'>;

interface BallotRow {
  voter_id: string;
  voter_name: string;
  choice: string | null;
  ranking: string[] | null;
  reason: string | null;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function rulesOf(
  q: Pick<QuestionEntity, 'kind' | 'threshold' | 'options' | 'quorumCount' | 'quorumPercent' | 'quorumBase'>,
): QuestionRules {
  return {
    kind: q.kind,
    threshold: q.threshold,
    // An approval vote on one amendment lists it for the record; the count has no alternatives.
    options: q.kind === QuestionKind.APPROVAL ? [] : q.options.map((o) => ({ id: o.id, label: o.label })),
    quorum: { count: q.quorumCount, percent: q.quorumPercent, base: q.quorumBase },
  };
}

/** Raw `question` rows (snake_case) as entities, for the locking queries written in SQL. */
function fromRow(row: Record<string, any>): QuestionEntity {
  return Object.assign(new QuestionEntity(), {
    id: row.id,
    boardId: row.board_id,
    draftId: row.draft_id,
    clauseId: row.clause_id,
    meetingId: row.meeting_id,
    subject: row.subject,
    prompt: row.prompt,
    kind: row.kind,
    threshold: row.threshold,
    options: row.options,
    quorumCount: row.quorum_count,
    quorumPercent: row.quorum_percent,
    quorumBase: row.quorum_base,
    secret: row.secret,
    liveResults: row.live_results,
    deadline: row.deadline,
    state: row.state,
    round: row.round,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    openText: row.open_text,
    openTextHash: row.open_text_hash,
    createdById: row.created_by_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/**
 * Votes. The rules that make a vote trustworthy live here:
 * - one ballot per member per round (a unique index; a second ballot replaces the first until close);
 * - closing is one transaction holding the question row exclusively, and a ballot holds it shared
 *   while it is written, so a ballot either commits before the close counts it, or sees the
 *   question closed and is refused (races included); a passed deadline refuses ballots at once;
 * - a closed round is frozen with the exact wording and its sha256 at opening and closing;
 * - secret ballots never leave the server attached to a person, and results stay hidden until
 *   close unless the question says otherwise (never for secret ballots).
 */
@Injectable()
export class VotesService {
  private readonly logger = new Logger('Votes');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly clauses: ClausesService,
    private readonly amendments: AmendmentsService,
    private readonly mail: MailService,
  ) {}

  // ---- reading ---------------------------------------------------------------------------------

  async get(questionId: string): Promise<QuestionModel> {
    const q = await this.db.getRepository(QuestionEntity).findOne({ where: { id: questionId } });
    if (!q) throw notFound('That vote');
    return this.toModel(q);
  }

  async list(filter: {
    boardId: string;
    draftId?: string | null;
    clauseId?: string | null;
    meetingId?: string | null;
    state?: QuestionState | null;
    take: number;
  }): Promise<QuestionModel[]> {
    const qb = this.db
      .getRepository(QuestionEntity)
      .createQueryBuilder('q')
      .where('q.board_id = :boardId', { boardId: filter.boardId })
      .orderBy('q.created_at', 'DESC')
      .take(filter.take);
    if (filter.draftId) qb.andWhere('q.draft_id = :draftId', { draftId: filter.draftId });
    if (filter.clauseId) qb.andWhere('q.clause_id = :clauseId', { clauseId: filter.clauseId });
    if (filter.meetingId) qb.andWhere('q.meeting_id = :meetingId', { meetingId: filter.meetingId });
    if (filter.state) qb.andWhere('q.state = :state', { state: filter.state });
    const rows = await qb.getMany();
    return Promise.all(rows.map((q) => this.toModel(q)));
  }

  async myBallot(questionId: string, round: number, userId: string): Promise<MyBallotModel | null> {
    const rows: {
      choice: string | null;
      ranking: string[] | null;
      reason: string | null;
      created_at: Date;
      updated_at: Date;
    }[] = await this.db.query(
      'SELECT choice, ranking, reason, created_at, updated_at FROM ballot WHERE question_id = $1 AND round = $2 AND voter_id = $3',
      [questionId, round, userId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      questionId,
      round,
      choice: row.choice,
      ranking: row.ranking,
      reason: row.reason,
      castAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /**
   * The question as everyone on the board may see it. Nothing here depends on who asks, so the
   * same object is published to every subscriber; per-person fields (myBallot) are resolved apart.
   */
  async toModel(q: QuestionEntity): Promise<QuestionModel> {
    const [counts, results] = await Promise.all([
      this.db.query('SELECT count(*)::int AS n FROM ballot WHERE question_id = $1 AND round = $2', [
        q.id,
        q.round,
      ]) as Promise<{ n: number }[]>,
      this.db
        .getRepository(QuestionResultEntity)
        .find({ where: { questionId: q.id }, order: { round: 'DESC' } }),
    ]);
    const eligible = await this.eligibleCount(this.db.manager, q.boardId);
    const labelOf = this.labeller(q);
    let tallyModel: TallyModel | null = null;
    let votes: RecordedVoteModel[] | null = null;
    const current = results.find((r) => r.round === q.round);
    if (q.state === QuestionState.CLOSED && current) {
      tallyModel = this.toTallyModel(current.tally, false, labelOf);
      votes = q.secret ? null : (current.recordedVotes ?? []);
    } else if (q.state === QuestionState.OPEN && q.liveResults && !q.secret) {
      const ballots = await this.ballotsOf(this.db.manager, q);
      const present = await this.presentCount(this.db.manager, q);
      tallyModel = this.toTallyModel(tally(rulesOf(q), ballots, { eligible, present }), true, labelOf);
      votes = ballots.map(toRecordedVote);
    }
    return {
      id: q.id,
      boardId: q.boardId,
      draftId: q.draftId,
      clauseId: q.clauseId,
      meetingId: q.meetingId,
      subject: q.subject,
      prompt: q.prompt,
      kind: q.kind,
      threshold: q.threshold,
      options: q.options,
      quorumCount: q.quorumCount,
      quorumPercent: q.quorumPercent,
      quorumBase: q.quorumBase,
      secret: q.secret,
      liveResults: q.liveResults,
      deadline: q.deadline,
      state: q.state,
      round: q.round,
      openedAt: q.openedAt,
      closedAt: q.closedAt,
      textHashAtOpen: q.openTextHash,
      createdAt: q.createdAt,
      ballotCount: counts[0]?.n ?? 0,
      eligibleCount: eligible,
      tally: tallyModel,
      votes,
      results: results.map((r) => this.toResultModel(q, r, labelOf)),
    };
  }

  private toResultModel(
    q: QuestionEntity,
    r: QuestionResultEntity,
    labelOf: (o: string) => string,
  ): QuestionResultModel {
    return {
      round: r.round,
      outcome: r.outcome as Outcome,
      winner: r.winner,
      tally: this.toTallyModel(r.tally, false, labelOf),
      dissents: r.dissents.map((d) => ({
        choice: d.choice,
        reason: d.reason,
        voterName: q.secret ? null : d.voter,
      })),
      votes: q.secret ? null : (r.recordedVotes ?? []),
      votedText: r.votedText,
      textAtClose: r.textAtClose,
      textHashAtOpen: r.textHashAtOpen,
      textHashAtClose: r.textHashAtClose,
      textChanged: r.textHashAtOpen !== r.textHashAtClose,
      openedAt: r.openedAt,
      closedAt: r.closedAt,
      closeReason: r.closeReason,
    };
  }

  private toTallyModel(
    result: TallyResult,
    provisional: boolean,
    labelOf: (o: string) => string,
  ): TallyModel {
    const counts = (list: { option: string; count: number }[]) =>
      list.map((c) => ({ ...c, label: labelOf(c.option) }));
    return {
      provisional,
      ballots: result.ballots,
      abstentions: result.abstentions,
      eligible: result.eligible,
      quorumBase: result.quorumBase,
      quorumRequired: result.quorumRequired,
      quorumMet: result.quorumMet,
      counts: counts(result.counts),
      rounds: result.rounds.map((r) => ({
        counts: counts(r.counts),
        exhausted: r.exhausted,
        eliminated: r.eliminated,
      })),
      outcome: result.outcome,
      winner: result.winner,
      tied: result.tied,
      summary: (provisional ? 'So far: ' : '') + describeOutcome(result, labelOf),
    };
  }

  private labeller(q: QuestionEntity): (option: string) => string {
    const labels = new Map<string, string>(q.options.map((o) => [o.id, o.label]));
    return (option) => labels.get(option) ?? APPROVAL_CHOICE_LABELS[option as ApprovalChoice] ?? option;
  }

  // ---- creating and opening ----------------------------------------------------------------------

  async create(input: CreateQuestionInput, actor: Actor): Promise<QuestionModel> {
    const threshold = input.threshold ?? undefined;
    const kind = input.kind;
    let options: StoredOption[] = [];
    let draftId = input.draftId ?? null;
    const clauseId = input.clauseId ?? null;

    if (input.draftId) await this.assertDraftOnBoard(input.draftId, input.boardId);
    if (input.meetingId) await this.assertMeetingOnBoard(input.meetingId, input.boardId);
    switch (input.subject) {
      case QuestionSubject.CLAUSE:
        if (!draftId || !clauseId) throw badInput('Say which draft and clause the vote is about.');
        await this.clauses.get(draftId, clauseId);
        options = this.labelledOptions(kind, input.options);
        break;
      case QuestionSubject.AMENDMENTS: {
        if (!draftId || !clauseId) throw badInput('Say which draft and clause the amendments are for.');
        const ids = [...new Set(input.amendmentIds ?? [])];
        if (ids.length === 0) throw badInput('Choose at least one amendment to put to the vote.');
        const amendments = await this.amendments.votable(ids, draftId, clauseId);
        if (kind === QuestionKind.APPROVAL) {
          if (amendments.length !== 1)
            throw badInput(
              'An approve/object vote takes exactly one amendment; use choose-one or ranked for several.',
            );
          options = [{ id: amendments[0].id, label: amendments[0].label, amendmentId: amendments[0].id }];
        } else {
          options = [
            ...amendments.map((a) => ({ id: a.id, label: a.label, amendmentId: a.id })),
            { id: KEEP_CURRENT_TEXT, label: 'Keep the current text', amendmentId: null },
          ];
        }
        break;
      }
      case QuestionSubject.DRAFT:
        if (!draftId) throw badInput('Say which draft the vote is about.');
        options = this.labelledOptions(kind, input.options);
        break;
      case QuestionSubject.MOTION:
        draftId = draftId ?? null;
        options = this.labelledOptions(kind, input.options);
        break;
    }
    const rulesInput: QuestionRules = {
      kind,
      threshold: threshold ?? allowedThresholds(kind)[0],
      // An approval vote on one amendment lists it for the record; the rules see no alternatives.
      options: kind === QuestionKind.APPROVAL ? [] : options,
      quorum: {
        count: input.quorumCount ?? null,
        percent: input.quorumPercent ?? null,
        base: input.quorumBase ?? QuorumBase.ELIGIBLE,
      },
    };
    const quorum = {
      count: input.quorumCount ?? null,
      percent: input.quorumPercent ?? null,
      base: input.quorumBase ?? QuorumBase.ELIGIBLE,
    };
    const problems = validateRules(rulesInput);
    if (problems.length) throw badInput(problems.join(' '));
    if (input.secret && input.liveResults) {
      throw badInput(
        'A secret ballot cannot show a live tally: watching the count move would show who chose what.',
      );
    }
    if (rulesInput.quorum.base === QuorumBase.PRESENT && !input.meetingId) {
      throw badInput('A quorum of those present needs the vote to belong to a meeting.');
    }
    const open = input.open !== false;
    if (input.deadline && input.deadline.getTime() <= Date.now() + 1000)
      throw badInput('Set a deadline in the future.');

    const question = Object.assign(new QuestionEntity(), {
      id: randomUUID(),
      boardId: input.boardId,
      draftId,
      clauseId,
      meetingId: input.meetingId ?? null,
      subject: input.subject,
      prompt: input.prompt,
      kind,
      threshold: rulesInput.threshold,
      options,
      quorumCount: quorum.count,
      quorumPercent: quorum.percent,
      quorumBase: quorum.base,
      secret: input.secret ?? false,
      liveResults: input.liveResults ?? false,
      deadline: input.deadline ?? null,
      state: QuestionState.DRAFT,
      round: 1,
      openedAt: null,
      closedAt: null,
      openText: null,
      openTextHash: null,
      createdById: actor.id,
    });
    const saved = await this.db.transaction(async (tx) => {
      const row = await tx.save(question);
      const event = await this.audit.record(tx, {
        boardId: row.boardId,
        actor,
        action: 'question.created',
        targetType: 'question',
        targetId: row.id,
        data: {
          label: row.prompt,
          subject: row.subject,
          kind: row.kind,
          threshold: row.threshold,
          secret: row.secret,
          liveResults: row.liveResults,
          deadline: row.deadline,
        },
      });
      return { row, event };
    });
    this.audit.announce(saved.event);
    if (open) return this.open(saved.row.id, actor);
    this.publish(saved.row.boardId, saved.row.id);
    return this.toModel(saved.row);
  }

  private labelledOptions(kind: QuestionKind, labels: string[] | null | undefined): StoredOption[] {
    if (kind === QuestionKind.APPROVAL) {
      if (labels?.length) throw badInput('An approve/object vote has no alternatives to list.');
      return [];
    }
    return (labels ?? []).map((label, i) => ({ id: `o${i + 1}`, label: label.trim(), amendmentId: null }));
  }

  async open(questionId: string, actor: Actor): Promise<QuestionModel> {
    const { q, event } = await this.db.transaction(async (tx) => {
      const q = await this.lock(tx, questionId, 'UPDATE');
      if (q.state !== QuestionState.DRAFT)
        throw conflict(
          q.state === QuestionState.OPEN
            ? 'This vote is already open.'
            : 'This vote is closed; reopen it to vote again.',
        );
      if (q.pastDeadline)
        throw conflict('Its deadline has passed. Prepare a new vote with a later deadline.');
      await this.startRound(tx, q, q.round, q.deadline);
      await this.mail.voteOpened(tx, q.id, q.round, q.deadline);
      const event = await this.audit.record(tx, {
        boardId: q.boardId,
        actor,
        action: 'question.opened',
        targetType: 'question',
        targetId: q.id,
        data: { label: q.prompt, round: q.round, textHash: q.openTextHash, deadline: q.deadline },
      });
      return { q, event };
    });
    this.audit.announce(event);
    this.publish(q.boardId, q.id);
    this.amendments.announce(amendmentIdsOf(q));
    return this.toModel(q);
  }

  /** Freezes the wording at opening and marks the amendments as being voted on. */
  private async startRound(
    tx: EntityManager,
    q: QuestionEntity,
    round: number,
    deadline: Date | null,
  ): Promise<void> {
    const text = await this.votedText(q, true);
    q.state = QuestionState.OPEN;
    q.round = round;
    q.openedAt = new Date();
    q.closedAt = null;
    q.deadline = deadline;
    q.openText = text;
    q.openTextHash = sha256(canonicalVotedText(text));
    await tx.query(
      `UPDATE question SET state = 'OPEN', round = $2, opened_at = $3, closed_at = NULL, deadline = $4,
              open_text = $5, open_text_hash = $6, updated_at = now() WHERE id = $1`,
      [q.id, round, q.openedAt, deadline, JSON.stringify(text), q.openTextHash],
    );
    const amendmentIds = amendmentIdsOf(q);
    if (amendmentIds.length) await this.amendments.markVoting(tx, amendmentIds, q.id);
  }

  /** The exact wording a question is about, read from the clause rows and amendments. */
  private async votedText(q: QuestionEntity, strict: boolean): Promise<VotedText> {
    const clauses: VotedText['clauses'] = [];
    if (
      q.draftId &&
      (q.subject === QuestionSubject.CLAUSE || q.subject === QuestionSubject.AMENDMENTS) &&
      q.clauseId
    ) {
      try {
        const clause = await this.clauses.get(q.draftId, q.clauseId);
        clauses.push({ id: clause.id, heading: clause.heading, text: clause.text });
      } catch (error) {
        if (strict) throw error;
        clauses.push({ id: q.clauseId, heading: '', text: '' }); // the clause left the draft during the vote
      }
    } else if (q.draftId && q.subject === QuestionSubject.DRAFT) {
      for (const clause of await this.clauses.list(q.draftId))
        clauses.push({ id: clause.id, heading: clause.heading, text: clause.text });
    }
    const amendmentTexts = await this.amendments.texts(
      q.options.map((o) => o.amendmentId).filter((id): id is string => id !== null),
    );
    const options = q.options.map((o) => ({
      id: o.id,
      label: o.label,
      text: o.amendmentId
        ? (amendmentTexts.get(o.amendmentId) ?? null)
        : o.id === KEEP_CURRENT_TEXT
          ? (clauses[0]?.text ?? null)
          : null,
    }));
    return { subject: q.subject, prompt: q.prompt, clauses, options };
  }

  // ---- ballots -------------------------------------------------------------------------------------

  async cast(input: CastBallotInput, voter: Actor): Promise<MyBallotModel> {
    const ballot: Ballot = { choice: input.choice ?? null, ranking: input.ranking ?? null };
    const reason = input.reason?.trim() || null;
    const { q, row, event } = await this.db.transaction(async (tx) => {
      // Shared: ballots proceed side by side; a close (exclusive) waits for them, and they for it.
      const q = await this.lock(tx, input.questionId, 'SHARE');
      if (q.state === QuestionState.DRAFT) throw conflict('This vote is not open yet.');
      if (q.state === QuestionState.CLOSED)
        throw conflict('This vote is closed; your ballot was not counted.');
      if (q.pastDeadline) throw conflict('The deadline has passed; your ballot was not counted.');
      const rules = rulesOf(q);
      if (q.kind === QuestionKind.RANKED) ballot.choice = null;
      else ballot.ranking = null;
      const problem = validateBallot(rules, ballot);
      if (problem) throw badInput(problem);
      const rows: { created_at: Date; updated_at: Date; inserted: boolean }[] = await tx.query(
        `INSERT INTO ballot (question_id, round, voter_id, choice, ranking, reason)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (question_id, round, voter_id)
         DO UPDATE SET choice = EXCLUDED.choice, ranking = EXCLUDED.ranking, reason = EXCLUDED.reason, updated_at = clock_timestamp()
         RETURNING created_at, updated_at, (xmax = 0) AS inserted`,
        [
          q.id,
          q.round,
          voter.id,
          ballot.choice,
          ballot.ranking ? JSON.stringify(ballot.ranking) : null,
          reason,
        ],
      );
      const event = await this.audit.record(tx, {
        boardId: q.boardId,
        actor: voter,
        action: rows[0].inserted ? 'ballot.cast' : 'ballot.changed',
        targetType: 'question',
        targetId: q.id,
        // Who chose what goes on record only for recorded ballots.
        data: q.secret
          ? { round: q.round, secret: true }
          : { round: q.round, choice: ballot.choice, ranking: ballot.ranking, reason },
      });
      return { q, row: rows[0], event };
    });
    void event; // ballots are not announced in the activity feed: the tally is
    this.publish(q.boardId, q.id);
    return {
      questionId: q.id,
      round: q.round,
      choice: ballot.choice ?? null,
      ranking: ballot.ranking ? [...ballot.ranking] : null,
      reason,
      castAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  // ---- closing -------------------------------------------------------------------------------------

  async close(questionId: string, actor: Actor): Promise<QuestionModel> {
    const outcome = await this.db.transaction(async (tx) => {
      const q = await this.lock(tx, questionId, 'UPDATE');
      if (q.state !== QuestionState.OPEN)
        throw conflict(
          q.state === QuestionState.CLOSED
            ? 'This vote is already closed.'
            : 'This vote has not been opened.',
        );
      return this.closeLocked(tx, q, actor, CloseReason.FACILITATOR);
    });
    await this.afterClose(outcome);
    return this.toModel(outcome.q);
  }

  /**
   * Closes the next open question whose deadline has passed, if any. SKIP LOCKED: replicas
   * polling at the same moment each take a different question, never the same one twice.
   */
  async closeNextDue(): Promise<boolean> {
    const outcome = await this.db.transaction(async (tx) => {
      const rows: Record<string, any>[] = await tx.query(
        `SELECT * FROM question WHERE state = 'OPEN' AND deadline IS NOT NULL AND deadline <= now()
          ORDER BY deadline LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!rows[0]) return null;
      return this.closeLocked(tx, fromRow(rows[0]), null, CloseReason.DEADLINE);
    });
    if (!outcome) return false;
    await this.afterClose(outcome);
    return true;
  }

  private async closeLocked(tx: EntityManager, q: QuestionEntity, actor: Actor | null, reason: CloseReason) {
    const ballotRows = await this.ballotsOf(tx, q);
    const eligible = await this.eligibleCount(tx, q.boardId);
    const present = await this.presentCount(tx, q);
    const rules = rulesOf(q);
    const result = tally(rules, ballotRows, { eligible, present });
    const dissents = dissentsOf(
      rules,
      ballotRows.map((b) => ({ ...b, voter: b.voterName })),
      result,
      q.secret,
    );
    const closeText = await this.votedText(q, false);
    const closeHash = sha256(canonicalVotedText(closeText));
    const openText = q.openText ?? closeText;
    const openHash = q.openTextHash ?? closeHash;
    const closedAt = new Date();
    await tx.insert(QuestionResultEntity, {
      questionId: q.id,
      round: q.round,
      tally: result,
      outcome: result.outcome,
      winner: result.winner,
      dissents,
      recordedVotes: q.secret ? null : ballotRows.map(toRecordedVote),
      votedText: openText,
      textAtClose: closeHash === openHash ? null : closeText,
      textHashAtOpen: openHash,
      textHashAtClose: closeHash,
      openedAt: q.openedAt ?? closedAt,
      closedAt,
      closedById: actor?.id ?? null,
      closeReason: reason,
    });
    await tx.query(`UPDATE question SET state = 'CLOSED', closed_at = $2, updated_at = now() WHERE id = $1`, [
      q.id,
      closedAt,
    ]);
    q.state = QuestionState.CLOSED;
    q.closedAt = closedAt;
    const adopted = await this.amendments.settle(tx, q, result);
    await this.mail.voteClosed(tx, q.id, q.round);
    const event = await this.audit.record(tx, {
      boardId: q.boardId,
      actor: actor ? { id: actor.id, name: actor.name } : null,
      action: 'question.closed',
      targetType: 'question',
      targetId: q.id,
      data: {
        label: q.prompt,
        round: q.round,
        reason,
        outcome: result.outcome,
        winner: result.winner,
        ballots: result.ballots,
        summary: describeOutcome(result, this.labeller(q)),
        textHashAtOpen: openHash,
        textHashAtClose: closeHash,
        adoptedAmendmentId: adopted,
      },
    });
    return { q, event, adopted, actorId: actor?.id ?? null };
  }

  private async afterClose(outcome: {
    q: QuestionEntity;
    event: Parameters<AuditService['announce']>[0];
    adopted: string | null;
    actorId: string | null;
  }): Promise<void> {
    this.audit.announce(outcome.event);
    this.publish(outcome.q.boardId, outcome.q.id);
    this.amendments.announce(amendmentIdsOf(outcome.q));
    if (outcome.adopted) {
      // The decision is stored; writing the wording into the live document follows it. If that
      // fails the amendment shows as adopted but not yet applied, and is retried on the next close.
      await this.amendments
        .applyAdopted(outcome.adopted, outcome.actorId)
        .catch((error: unknown) =>
          this.logger.error(`amendment ${outcome.adopted}: adopted but not applied: ${String(error)}`),
        );
    }
  }

  async reopen(input: ReopenQuestionInput, actor: Actor): Promise<QuestionModel> {
    if (input.deadline && input.deadline.getTime() <= Date.now() + 1000)
      throw badInput('Set a deadline in the future.');
    const { q, event } = await this.db.transaction(async (tx) => {
      const q = await this.lock(tx, input.questionId, 'UPDATE');
      if (q.state !== QuestionState.CLOSED) throw conflict('Only a closed vote can be reopened.');
      if (await this.amendments.anyAdopted(tx, q.id)) {
        throw conflict(
          'An amendment adopted by this vote is already in the text. Propose a new amendment instead.',
        );
      }
      const previous = q.round;
      await this.startRound(tx, q, previous + 1, input.deadline ?? null);
      await this.mail.voteOpened(tx, q.id, q.round, q.deadline);
      const event = await this.audit.record(tx, {
        boardId: q.boardId,
        actor,
        action: 'question.reopened',
        targetType: 'question',
        targetId: q.id,
        data: { label: q.prompt, round: q.round, previousRound: previous, textHash: q.openTextHash },
      });
      return { q, event };
    });
    this.audit.announce(event);
    this.publish(q.boardId, q.id);
    this.amendments.announce(amendmentIdsOf(q));
    return this.toModel(q);
  }

  // ---- helpers -------------------------------------------------------------------------------------

  /** Locks the question row; `pastDeadline` is judged by the database clock, as the poller's is. */
  private async lock(
    tx: EntityManager,
    questionId: string,
    mode: 'SHARE' | 'UPDATE',
  ): Promise<QuestionEntity & { pastDeadline: boolean }> {
    const rows: Record<string, any>[] = await tx.query(
      `SELECT *, (deadline IS NOT NULL AND deadline <= now()) AS past_deadline FROM question WHERE id = $1 FOR ${mode}`,
      [questionId],
    );
    if (!rows[0]) throw notFound('That vote');
    return Object.assign(fromRow(rows[0]), { pastDeadline: rows[0].past_deadline === true });
  }

  private async ballotsOf(
    tx: EntityManager,
    q: QuestionEntity,
  ): Promise<(Ballot & { voterId: string; voterName: string; reason: string | null })[]> {
    const rows: BallotRow[] = await tx.query(
      `SELECT b.voter_id, u.name AS voter_name, b.choice, b.ranking, b.reason
         FROM ballot b JOIN user_account u ON u.id = b.voter_id
        WHERE b.question_id = $1 AND b.round = $2
        ORDER BY u.name, b.voter_id`,
      [q.id, q.round],
    );
    return rows.map((r) => ({
      voterId: r.voter_id,
      voterName: r.voter_name,
      choice: r.choice,
      ranking: r.ranking,
      reason: r.reason,
    }));
  }

  private async eligibleCount(tx: EntityManager, boardId: string): Promise<number> {
    const rows: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM membership WHERE board_id = $1 AND role IN ('MEMBER', 'FACILITATOR')`,
      [boardId],
    );
    return rows[0]?.n ?? 0;
  }

  private async presentCount(tx: EntityManager, q: QuestionEntity): Promise<number | null> {
    if (!q.meetingId || q.quorumBase !== QuorumBase.PRESENT) return null;
    const rows: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM attendance a
         JOIN membership m ON m.user_id = a.user_id AND m.board_id = $2 AND m.role IN ('MEMBER', 'FACILITATOR')
        WHERE a.meeting_id = $1 AND a.left_at IS NULL`,
      [q.meetingId, q.boardId],
    );
    return rows[0]?.n ?? 0;
  }

  private async assertDraftOnBoard(draftId: string, boardId: string): Promise<void> {
    const rows = await this.db.query('SELECT 1 FROM draft WHERE id = $1 AND board_id = $2', [
      draftId,
      boardId,
    ]);
    if (!rows.length) throw notFound('That draft');
  }

  private async assertMeetingOnBoard(meetingId: string, boardId: string): Promise<void> {
    const rows: { state: string }[] = await this.db.query(
      'SELECT state FROM meeting WHERE id = $1 AND board_id = $2',
      [meetingId, boardId],
    );
    if (!rows.length) throw notFound('That meeting');
    if (rows[0].state === 'CLOSED') throw conflict('That meeting is closed.');
  }

  /** Tells subscribers, at most every 50 ms per question, with the latest state. */
  publish(boardId: string, questionId: string): void {
    this.live.coalesce(
      `question:${questionId}`,
      Topic.questions(boardId),
      async () => ({ questionUpdated: await this.get(questionId) }),
      30,
    );
  }
}

function amendmentIdsOf(q: Pick<QuestionEntity, 'options'>): string[] {
  return q.options.map((o) => o.amendmentId).filter((id): id is string => id !== null);
}

function toRecordedVote(b: {
  voterId: string;
  voterName: string;
  choice?: string | null;
  ranking?: readonly string[] | null;
  reason: string | null;
}): RecordedVote {
  return {
    voterId: b.voterId,
    voterName: b.voterName,
    choice: b.choice ?? null,
    ranking: b.ranking ? [...b.ranking] : null,
    reason: b.reason,
  };
}
