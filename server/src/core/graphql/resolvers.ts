import { AuthResolver } from '../../auth/auth.resolver';
import { BoardsResolver, MemberResolver } from '../../boards/boards.resolver';
import { DraftsResolver } from '../../drafts/drafts.resolver';
import { ClausesResolver, DraftClausesResolver } from '../../clauses/clauses.resolver';
import { AuditResolver } from '../../audit/audit.resolver';
import { AmendmentsResolver } from '../../amendments/amendments.resolver';
import { VotesResolver } from '../../votes/votes.resolver';
import { CommentsResolver } from '../../comments/comments.resolver';
import { MeetingsResolver } from '../../meetings/meetings.resolver';
import { PacketsResolver, SharedPacketsResolver } from '../../packets/packets.resolver';
import { BaselinesResolver } from '../../baselines/baselines.resolver';
import { MinorityReportsResolver } from '../../minority-reports/minority-reports.resolver';
import {
  ClauseChecksResolver,
  CoverageResolver,
  DraftCoverageResolver,
} from '../../coverage/coverage.resolver';
import { NotificationsResolver } from '../../notifications/notifications.resolver';
import { MailResolver } from '../../mail/mail.resolver';

/** Every resolver class, so the schema file can be printed without starting the app. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: Function[] = [
  AuthResolver,
  BoardsResolver,
  MemberResolver,
  DraftsResolver,
  DraftClausesResolver,
  ClausesResolver,
  AuditResolver,
  AmendmentsResolver,
  VotesResolver,
  PacketsResolver,
  SharedPacketsResolver,
  CommentsResolver,
  MeetingsResolver,
  BaselinesResolver,
  MinorityReportsResolver,
  CoverageResolver,
  DraftCoverageResolver,
  ClauseChecksResolver,
  NotificationsResolver,
  MailResolver,
];
