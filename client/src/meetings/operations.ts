import { graphql } from '../gql';

export const MEETING_FIELDS = graphql(`
  fragment MeetingFields on Meeting {
    id
    boardId
    draftId
    title
    startsAt
    durationMinutes
    location
    link
    state
    openedAt
    closedAt
    currentItemId
    presentCount
    eligibleCount
    quorumCount
    quorumPercent
    quorumRequired
    quorumMet
    minutes
    minutesVersion
    decisions
    agenda {
      id
      position
      kind
      title
      notes
      clauseId
      amendmentId
      questionId
      timeBoxMinutes
      startedAt
      endedAt
    }
    attendance {
      userId
      name
      role
      checkedInAt
      markedByName
    }
  }
`);

export const MeetingsQuery = graphql(`
  query Meetings($boardId: ID!) {
    board(id: $boardId) {
      id
      name
      myRole
      drafts {
        id
        title
      }
    }
    meetings(boardId: $boardId, take: 50) {
      ...MeetingFields
    }
  }
`);

export const MeetingRoomQuery = graphql(`
  query MeetingRoom($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

export const MeetingBoardQuery = graphql(`
  query MeetingBoard($boardId: ID!) {
    board(id: $boardId) {
      id
      name
      myRole
      members {
        id
        userId
        name
        role
      }
    }
  }
`);

export const MeetingUpdatedSubscription = graphql(`
  subscription MeetingUpdated($meetingId: ID!) {
    meetingUpdated(meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      ...MeetingFields
    }
  }
`);

export const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
      ...MeetingFields
    }
  }
`);

export const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($agendaItemId: ID!) {
    removeAgendaItem(agendaItemId: $agendaItemId) {
      ...MeetingFields
    }
  }
`);

export const OpenMeetingMutation = graphql(`
  mutation OpenMeeting($meetingId: ID!) {
    openMeeting(meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

export const CloseMeetingMutation = graphql(`
  mutation CloseMeeting($meetingId: ID!) {
    closeMeeting(meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

export const SetCurrentAgendaItemMutation = graphql(`
  mutation SetCurrentAgendaItem($meetingId: ID!, $agendaItemId: ID) {
    setCurrentAgendaItem(meetingId: $meetingId, agendaItemId: $agendaItemId) {
      ...MeetingFields
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckIn($meetingId: ID!, $present: Boolean!) {
    checkIn(meetingId: $meetingId, present: $present) {
      ...MeetingFields
    }
  }
`);

export const MarkAttendanceMutation = graphql(`
  mutation MarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      ...MeetingFields
    }
  }
`);

export const SaveMinutesMutation = graphql(`
  mutation SaveMinutes($input: SaveMinutesInput!) {
    saveMinutes(input: $input) {
      ...MeetingFields
    }
  }
`);
