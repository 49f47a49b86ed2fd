import { SessionEntity } from '../../auth/session.entity';
import { UserEntity } from '../../auth/user.entity';
import { BoardEntity } from '../../boards/board.entity';
import { InvitationEntity } from '../../boards/invitation.entity';
import { MembershipEntity } from '../../boards/membership.entity';
import { DraftEntity } from '../../drafts/draft.entity';
import { DraftUpdateEntity } from '../../collab/draft-update.entity';
import { MinutesUpdateEntity } from '../../collab/minutes-update.entity';
import { ClauseEntity } from '../../clauses/clause.entity';
import { AuditEventEntity } from '../../audit/audit-event.entity';
import { QuestionEntity } from '../../votes/question.entity';
import { BallotEntity } from '../../votes/ballot.entity';
import { QuestionResultEntity } from '../../votes/question-result.entity';
import { CommentEntity } from '../../comments/comment.entity';
import { AmendmentEntity } from '../../amendments/amendment.entity';
import { AmendmentSupportEntity } from '../../amendments/amendment-support.entity';
import { MeetingEntity } from '../../meetings/meeting.entity';
import { AgendaItemEntity } from '../../meetings/agenda-item.entity';
import { AttendanceEntity } from '../../meetings/attendance.entity';
import { PolicyBaselineEntity } from '../../baselines/policy-baseline.entity';
import {
  MinorityReportEntity,
  MinorityReportSignatoryEntity,
} from '../../minority-reports/minority-report.entity';
import { PACKET_ENTITIES } from '../../packets/packet-entities';
import { CheckDismissalEntity } from '../../coverage/check-dismissal.entity';
import { ChecklistTickEntity } from '../../coverage/checklist-tick.entity';
import { NotificationEntity } from '../../notifications/notification.entity';
import { MailMessageEntity, MailPreferenceEntity, MeetingCalendarEntity } from '../../mail/mail.entity';

/** Every entity, in one list, so the app, the migration check and the CLI agree. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  BoardEntity,
  MembershipEntity,
  InvitationEntity,
  DraftEntity,
  DraftUpdateEntity,
  ClauseEntity,
  // Deliberation: votes, comments, amendments, meetings and the audit log.
  AuditEventEntity,
  QuestionEntity,
  BallotEntity,
  QuestionResultEntity,
  CommentEntity,
  AmendmentEntity,
  AmendmentSupportEntity,
  MeetingEntity,
  AgendaItemEntity,
  AttendanceEntity,
  MinutesUpdateEntity,
  // Packets: published versions, share links, their access log, officials' responses.
  ...PACKET_ENTITIES,
  // Starting points and dissent: the imported department policy, minority reports.
  PolicyBaselineEntity,
  MinorityReportEntity,
  MinorityReportSignatoryEntity,
  // Coverage: members' checklist ticks and dismissed language-check marks.
  ChecklistTickEntity,
  CheckDismissalEntity,
  // Notifications: mentions and replies, per person.
  NotificationEntity,
  // Mail: every email queued (and the outbox), preferences per topic, meetings' calendar sequence.
  MailMessageEntity,
  MailPreferenceEntity,
  MeetingCalendarEntity,
];
