import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { BoardRole, LIMITS } from '@roundtable/shared';
import { Access, CurrentUser } from '../auth/access.decorator';
import { UserEntity } from '../auth/user.entity';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import {
  AddAgendaItemInput,
  MarkAttendanceInput,
  SaveMinutesInput,
  ScheduleMeetingInput,
  UpdateAgendaItemInput,
} from './dto/meeting.input';
import { MeetingModel } from './meeting.model';
import { MeetingsService } from './meetings.service';
import { badInput } from '../core/errors/app-error';

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly live: LiveEvents,
  ) {}

  @Query(() => MeetingModel)
  @Access.board(BoardRole.OBSERVER, { meeting: 'args.id' })
  meeting(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<MeetingModel> {
    return this.service.get(id);
  }

  @Query(() => [MeetingModel], {
    description: 'Upcoming and open meetings first (soonest first), then closed ones (latest first).',
  })
  @Access.board(BoardRole.OBSERVER, { board: 'args.boardId' })
  meetings(
    @Args('boardId', { type: () => ID }, ParseUUIDPipe) boardId: string,
    @Args('take', { type: () => Int, defaultValue: 20 }) take: number,
  ): Promise<MeetingModel[]> {
    if (take < 1 || take > LIMITS.pageSizeMax) throw badInput(`take must be 1–${LIMITS.pageSizeMax}.`);
    return this.service.list(boardId, take);
  }

  @Mutation(() => MeetingModel)
  @Access.board(BoardRole.FACILITATOR, { board: 'args.input.boardId' })
  scheduleMeeting(
    @Args('input') input: ScheduleMeetingInput,
    @CurrentUser() user: UserEntity,
  ): Promise<MeetingModel> {
    return this.service.schedule(input, user);
  }

  @Mutation(() => MeetingModel, { description: 'Adds an item at the end of the agenda.' })
  @Access.board(BoardRole.FACILITATOR, { meeting: 'args.input.meetingId' })
  addAgendaItem(
    @Args('input') input: AddAgendaItemInput,
    @CurrentUser() user: UserEntity,
  ): Promise<MeetingModel> {
    return this.service.addAgendaItem(input, user);
  }

  @Mutation(() => MeetingModel, { description: 'Renames, re-times or moves an agenda item.' })
  @Access.board(BoardRole.FACILITATOR, { agendaItem: 'args.input.agendaItemId' })
  updateAgendaItem(
    @Args('input') input: UpdateAgendaItemInput,
    @CurrentUser() user: UserEntity,
  ): Promise<MeetingModel> {
    return this.service.updateAgendaItem(input, user);
  }

  @Mutation(() => MeetingModel)
  @Access.board(BoardRole.FACILITATOR, { agendaItem: 'args.agendaItemId' })
  removeAgendaItem(
    @Args('agendaItemId', { type: () => ID }, ParseUUIDPipe) agendaItemId: string,
    @CurrentUser() user: UserEntity,
  ): Promise<MeetingModel> {
    return this.service.removeAgendaItem(agendaItemId, user);
  }

  @Mutation(() => MeetingModel)
  @Access.board(BoardRole.FACILITATOR, { meeting: 'args.meetingId' })
  openMeeting(
    @Args('meetingId', { type: () => ID }, ParseUUIDPipe) meetingId: string,
    @CurrentUser() user: UserEntity,
  ): Promise<MeetingModel> {
    return this.service.open(meetingId, user);
  }

  @Mutation(() => MeetingModel, {
    description: 'Shows everyone which agenda item is under discussion (null: none).',
  })
  @Access.board(BoardRole.FACILITATOR, { meeting: 'args.meetingId' })
  setCurrentAgendaItem(
    @Args('meetingId', { type: () => ID }, ParseUUIDPipe) meetingId: string,
    @Args('agendaItemId', { type: () => ID, nullable: true }, new ParseUUIDPipe({ optional: true }))
    agendaItemId: string | null,
    @CurrentUser() user: UserEntity,
  ): Promise<MeetingModel> {
    return this.service.setCurrentItem(meetingId, agendaItemId ?? null, user);
  }

  @Mutation(() => MeetingModel, { description: 'Checks yourself in (or out, with present: false).' })
  @Access.board(BoardRole.OBSERVER, { meeting: 'args.meetingId' })
  checkIn(
    @Args('meetingId', { type: () => ID }, ParseUUIDPipe) meetingId: string,
    @Args('present', { type: () => Boolean, defaultValue: true }) present: boolean,
    @CurrentUser() user: UserEntity,
  ): Promise<MeetingModel> {
    return this.service.setAttendance(meetingId, user.id, present, user, false);
  }

  @Mutation(() => MeetingModel, { description: 'A facilitator marks someone present or absent.' })
  @Access.board(BoardRole.FACILITATOR, { meeting: 'args.input.meetingId' })
  markAttendance(
    @Args('input') input: MarkAttendanceInput,
    @CurrentUser() user: UserEntity,
  ): Promise<MeetingModel> {
    return this.service.setAttendance(input.meetingId, input.userId, input.present, user, true);
  }

  @Mutation(() => MeetingModel, {
    description: 'Saves the minutes; refused when someone saved a newer version first.',
  })
  @Access.board(BoardRole.MEMBER, { meeting: 'args.input.meetingId' })
  saveMinutes(
    @Args('input') input: SaveMinutesInput,
    @CurrentUser() user: UserEntity,
  ): Promise<MeetingModel> {
    return this.service.saveMinutes(input, user);
  }

  @Mutation(() => MeetingModel, {
    description: 'Closes the meeting; the decisions taken are added to the minutes.',
  })
  @Access.board(BoardRole.FACILITATOR, { meeting: 'args.meetingId' })
  closeMeeting(
    @Args('meetingId', { type: () => ID }, ParseUUIDPipe) meetingId: string,
    @CurrentUser() user: UserEntity,
  ): Promise<MeetingModel> {
    return this.service.close(meetingId, user);
  }

  @Subscription(() => MeetingModel, {
    description: 'The meeting changed: state, current item, agenda, attendance, minutes.',
  })
  @Access.board(BoardRole.OBSERVER, { meeting: 'args.meetingId' })
  meetingUpdated(
    @Args('meetingId', { type: () => ID }, ParseUUIDPipe) meetingId: string,
  ): AsyncIterableIterator<unknown> {
    return this.live.asyncIterator(Topic.meeting(meetingId));
  }
}
