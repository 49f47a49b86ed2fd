/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Me {\n    me {\n      id\n      name\n      email\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n      email\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n      email\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  query MyBoards {\n    myBoards {\n      id\n      name\n      jurisdiction\n      description\n      memberCount\n      myRole\n    }\n  }\n': typeof types.MyBoardsDocument;
  '\n  mutation CreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) {\n      id\n      name\n      jurisdiction\n      description\n      memberCount\n      myRole\n    }\n  }\n': typeof types.CreateBoardDocument;
  '\n  mutation UpdateBoard($input: UpdateBoardInput!) {\n    updateBoard(input: $input) {\n      id\n      name\n      jurisdiction\n      description\n    }\n  }\n': typeof types.UpdateBoardDocument;
  '\n  query Board($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      jurisdiction\n      description\n      createdAt\n      memberCount\n      myRole\n      members {\n        id\n        userId\n        name\n        email\n        role\n        joinedAt\n      }\n      drafts(includeArchived: true) {\n        id\n        boardId\n        title\n        archived\n        createdAt\n        updatedAt\n      }\n    }\n  }\n': typeof types.BoardDocument;
  '\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      userId\n      name\n      email\n      role\n      joinedAt\n    }\n  }\n': typeof types.ChangeMemberRoleDocument;
  '\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n': typeof types.RemoveMemberDocument;
  '\n  mutation LeaveBoard($boardId: ID!) {\n    leaveBoard(boardId: $boardId)\n  }\n': typeof types.LeaveBoardDocument;
  '\n  fragment CheckFindingFields on CheckFinding {\n    id\n    clauseId\n    ruleId\n    severity\n    from\n    to\n    excerpt\n    explanation\n    suggestion\n    fingerprint\n    dismissed\n    dismissal {\n      id\n      reason\n      dismissedByName\n      createdAt\n    }\n  }\n': typeof types.CheckFindingFieldsFragmentDoc;
  '\n  query DraftCoverage($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      archived\n      board {\n        id\n        name\n        myRole\n      }\n      clauses {\n        id\n        position\n        heading\n        componentIds\n      }\n      coverage {\n        overall\n        components {\n          componentId\n          title\n          status\n          score\n          items {\n            itemId\n            title\n            guidance\n            status\n            source\n            evidence {\n              clauseId\n              clauseHeading\n              sentence\n              reason\n            }\n            tick {\n              id\n              clauseId\n              tickedByName\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.DraftCoverageDocument;
  '\n  query ClauseChecks($id: ID!) {\n    draft(id: $id) {\n      id\n      clauses {\n        id\n        checks {\n          ...CheckFindingFields\n        }\n      }\n    }\n  }\n': typeof types.ClauseChecksDocument;
  '\n  query CheckDismissals($id: ID!) {\n    draft(id: $id) {\n      id\n      checkDismissals {\n        id\n        clauseId\n        fingerprint\n      }\n    }\n  }\n': typeof types.CheckDismissalsDocument;
  '\n  mutation DismissCheckMark($input: DismissCheckMarkInput!) {\n    dismissCheckMark(input: $input) {\n      id\n      clauseId\n      fingerprint\n      reason\n      dismissedByName\n    }\n  }\n': typeof types.DismissCheckMarkDocument;
  '\n  mutation UndismissCheckMark($input: UndismissCheckMarkInput!) {\n    undismissCheckMark(input: $input)\n  }\n': typeof types.UndismissCheckMarkDocument;
  '\n  mutation TickChecklistItem($input: TickChecklistItemInput!) {\n    tickChecklistItem(input: $input) {\n      id\n      itemId\n      clauseId\n    }\n  }\n': typeof types.TickChecklistItemDocument;
  '\n  mutation UntickChecklistItem($input: UntickChecklistItemInput!) {\n    untickChecklistItem(input: $input)\n  }\n': typeof types.UntickChecklistItemDocument;
  '\n  fragment TallyFields on Tally {\n    provisional\n    ballots\n    abstentions\n    eligible\n    quorumBase\n    quorumRequired\n    quorumMet\n    outcome\n    winner\n    tied\n    summary\n    counts {\n      option\n      label\n      count\n    }\n    rounds {\n      exhausted\n      eliminated\n      counts {\n        option\n        label\n        count\n      }\n    }\n  }\n': typeof types.TallyFieldsFragmentDoc;
  '\n  fragment QuestionFields on Question {\n    id\n    boardId\n    draftId\n    clauseId\n    meetingId\n    subject\n    prompt\n    kind\n    threshold\n    secret\n    liveResults\n    deadline\n    state\n    round\n    openedAt\n    closedAt\n    textHashAtOpen\n    quorumCount\n    quorumPercent\n    quorumBase\n    ballotCount\n    eligibleCount\n    options {\n      id\n      label\n      amendmentId\n    }\n    tally {\n      ...TallyFields\n    }\n    votes {\n      voterId\n      voterName\n      choice\n      ranking\n      reason\n    }\n    results {\n      round\n      outcome\n      winner\n      textHashAtOpen\n      textHashAtClose\n      textChanged\n      closeReason\n      closedAt\n      tally {\n        ...TallyFields\n      }\n      dissents {\n        choice\n        reason\n        voterName\n      }\n    }\n  }\n': typeof types.QuestionFieldsFragmentDoc;
  '\n  fragment MyBallotFields on MyBallot {\n    questionId\n    round\n    choice\n    ranking\n    reason\n  }\n': typeof types.MyBallotFieldsFragmentDoc;
  '\n  query Questions($boardId: ID!, $draftId: ID, $clauseId: ID, $meetingId: ID, $take: Int) {\n    questions(boardId: $boardId, draftId: $draftId, clauseId: $clauseId, meetingId: $meetingId, take: $take) {\n      ...QuestionFields\n      canVote\n      myBallot {\n        ...MyBallotFields\n      }\n    }\n  }\n': typeof types.QuestionsDocument;
  '\n  subscription QuestionUpdated($boardId: ID!) {\n    questionUpdated(boardId: $boardId) {\n      ...QuestionFields\n      canVote\n    }\n  }\n': typeof types.QuestionUpdatedDocument;
  '\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionFields\n      canVote\n      myBallot {\n        ...MyBallotFields\n      }\n    }\n  }\n': typeof types.CreateQuestionDocument;
  '\n  mutation OpenQuestion($questionId: ID!) {\n    openQuestion(questionId: $questionId) {\n      ...QuestionFields\n      canVote\n    }\n  }\n': typeof types.OpenQuestionDocument;
  '\n  mutation CloseQuestion($questionId: ID!) {\n    closeQuestion(questionId: $questionId) {\n      ...QuestionFields\n      canVote\n    }\n  }\n': typeof types.CloseQuestionDocument;
  '\n  mutation ReopenQuestion($input: ReopenQuestionInput!) {\n    reopenQuestion(input: $input) {\n      ...QuestionFields\n      canVote\n      myBallot {\n        ...MyBallotFields\n      }\n    }\n  }\n': typeof types.ReopenQuestionDocument;
  '\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      questionId\n      round\n      choice\n      ranking\n      reason\n    }\n  }\n': typeof types.CastBallotDocument;
  '\n  query DiscussDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      archived\n      board {\n        id\n        name\n        myRole\n        members {\n          id\n          userId\n          name\n          role\n        }\n      }\n      clauses {\n        id\n        position\n        heading\n        text\n        textHash\n      }\n    }\n  }\n': typeof types.DiscussDraftDocument;
  '\n  fragment CommentFields on Comment {\n    id\n    draftId\n    clauseId\n    amendmentId\n    parentId\n    authorId\n    authorName\n    body\n    editedAt\n    resolvedAt\n    resolvedByName\n    deleted\n    hidden\n    hiddenReason\n    createdAt\n    anchor {\n      start\n      end\n      quote\n    }\n    mentions {\n      userId\n      name\n    }\n  }\n': typeof types.CommentFieldsFragmentDoc;
  '\n  query Comments($draftId: ID!, $clauseId: ID) {\n    comments(draftId: $draftId, clauseId: $clauseId) {\n      ...CommentFields\n    }\n  }\n': typeof types.CommentsDocument;
  '\n  subscription CommentUpdated($draftId: ID!) {\n    commentUpdated(draftId: $draftId) {\n      ...CommentFields\n    }\n  }\n': typeof types.CommentUpdatedDocument;
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n': typeof types.AddCommentDocument;
  '\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n': typeof types.EditCommentDocument;
  '\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n': typeof types.DeleteCommentDocument;
  '\n  mutation ResolveThread($commentId: ID!, $resolved: Boolean!) {\n    resolveThread(commentId: $commentId, resolved: $resolved) {\n      ...CommentFields\n    }\n  }\n': typeof types.ResolveThreadDocument;
  '\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n': typeof types.HideCommentDocument;
  '\n  fragment AmendmentFields on Amendment {\n    id\n    draftId\n    clauseId\n    number\n    authorId\n    authorName\n    text\n    rationale\n    baseText\n    status\n    questionId\n    decidedAt\n    appliedAt\n    supportCount\n    supporters\n    supporterIds\n    commentCount\n    createdAt\n  }\n': typeof types.AmendmentFieldsFragmentDoc;
  '\n  query Amendments($draftId: ID!, $clauseId: ID) {\n    amendments(draftId: $draftId, clauseId: $clauseId) {\n      ...AmendmentFields\n    }\n  }\n': typeof types.AmendmentsDocument;
  '\n  subscription AmendmentUpdated($draftId: ID!) {\n    amendmentUpdated(draftId: $draftId) {\n      ...AmendmentFields\n    }\n  }\n': typeof types.AmendmentUpdatedDocument;
  '\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n': typeof types.ProposeAmendmentDocument;
  '\n  mutation SupportAmendment($amendmentId: ID!, $support: Boolean!) {\n    supportAmendment(amendmentId: $amendmentId, support: $support) {\n      ...AmendmentFields\n    }\n  }\n': typeof types.SupportAmendmentDocument;
  '\n  mutation WithdrawAmendment($amendmentId: ID!) {\n    withdrawAmendment(amendmentId: $amendmentId) {\n      ...AmendmentFields\n    }\n  }\n': typeof types.WithdrawAmendmentDocument;
  '\n  query BoardActivity($boardId: ID!, $beforeSeq: Int) {\n    board(id: $boardId) {\n      id\n      name\n      myRole\n    }\n    boardActivity(boardId: $boardId, take: 50, beforeSeq: $beforeSeq) {\n      id\n      seq\n      actorName\n      action\n      targetType\n      targetId\n      label\n      createdAt\n    }\n  }\n': typeof types.BoardActivityDocument;
  '\n  subscription ActivityAdded($boardId: ID!) {\n    activityAdded(boardId: $boardId) {\n      id\n      seq\n      actorName\n      action\n      targetType\n      targetId\n      label\n      createdAt\n    }\n  }\n': typeof types.ActivityAddedDocument;
  '\n  query AuditLog($boardId: ID!, $beforeSeq: Int) {\n    auditLog(boardId: $boardId, take: 100, beforeSeq: $beforeSeq) {\n      id\n      seq\n      actorName\n      action\n      targetType\n      targetId\n      data\n      createdAt\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  query Draft($id: ID!) {\n    draft(id: $id) {\n      id\n      boardId\n      title\n      archived\n      startingPoint\n      createdAt\n      updatedAt\n      baseline {\n        id\n        sourceName\n        sourceKind\n        sha256\n        createdByName\n        createdAt\n      }\n      board {\n        id\n        name\n        jurisdiction\n        myRole\n      }\n    }\n  }\n': typeof types.DraftDocument;
  '\n  mutation CreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) {\n      id\n      boardId\n      title\n      startingPoint\n      archived\n      createdAt\n      updatedAt\n    }\n  }\n': typeof types.CreateDraftDocument;
  '\n  mutation RenameDraft($input: RenameDraftInput!) {\n    renameDraft(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n': typeof types.RenameDraftDocument;
  '\n  mutation ArchiveDraft($draftId: ID!) {\n    archiveDraft(draftId: $draftId) {\n      id\n      archived\n      updatedAt\n    }\n  }\n': typeof types.ArchiveDraftDocument;
  '\n  mutation RestoreDraft($draftId: ID!) {\n    restoreDraft(draftId: $draftId) {\n      id\n      archived\n      updatedAt\n    }\n  }\n': typeof types.RestoreDraftDocument;
  '\n  mutation PreviewPolicyImport($input: PreviewPolicyImportInput!) {\n    previewPolicyImport(input: $input) {\n      sourceName\n      sourceKind\n      text\n      sha256\n      clauses {\n        heading\n        text\n        suggestedComponentIds\n      }\n    }\n  }\n': typeof types.PreviewPolicyImportDocument;
  '\n  mutation AttachBaseline($input: AttachBaselineInput!) {\n    attachBaseline(input: $input) {\n      id\n      draftId\n      sourceName\n      sourceKind\n      sha256\n      createdByName\n      createdAt\n    }\n  }\n': typeof types.AttachBaselineDocument;
  '\n  query BoardInvitations($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      invitations {\n        id\n        role\n        status\n        note\n        createdAt\n        expiresAt\n        createdByName\n        acceptedByName\n      }\n    }\n  }\n': typeof types.BoardInvitationsDocument;
  '\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      url\n      invitation {\n        id\n        role\n        status\n        note\n        createdAt\n        expiresAt\n        createdByName\n        acceptedByName\n      }\n    }\n  }\n': typeof types.CreateInvitationDocument;
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      boardName\n      jurisdiction\n      role\n      status\n      expiresAt\n      invitedByName\n      memberCount\n    }\n  }\n': typeof types.InvitationPreviewDocument;
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      myRole\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  query MyEmailSettings {\n    myEmailSettings {\n      locale\n      preferences {\n        topic\n        mode\n      }\n    }\n  }\n': typeof types.MyEmailSettingsDocument;
  '\n  mutation UpdateMyEmailSettings($input: UpdateEmailSettingsInput!) {\n    updateMyEmailSettings(input: $input) {\n      locale\n      preferences {\n        topic\n        mode\n      }\n    }\n  }\n': typeof types.UpdateMyEmailSettingsDocument;
  '\n  query BoardOutbox($boardId: ID!) {\n    boardOutbox(boardId: $boardId, take: 50) {\n      smtpConfigured\n      messages {\n        id\n        kind\n        toAddress\n        subject\n        text\n        status\n        attempts\n        lastError\n        createdAt\n      }\n    }\n  }\n': typeof types.BoardOutboxDocument;
  '\n  fragment MeetingFields on Meeting {\n    id\n    boardId\n    draftId\n    title\n    startsAt\n    durationMinutes\n    location\n    link\n    state\n    openedAt\n    closedAt\n    currentItemId\n    presentCount\n    eligibleCount\n    quorumCount\n    quorumPercent\n    quorumRequired\n    quorumMet\n    minutes\n    minutesVersion\n    decisions\n    agenda {\n      id\n      position\n      kind\n      title\n      notes\n      clauseId\n      amendmentId\n      questionId\n      timeBoxMinutes\n      startedAt\n      endedAt\n    }\n    attendance {\n      userId\n      name\n      role\n      checkedInAt\n      markedByName\n    }\n  }\n': typeof types.MeetingFieldsFragmentDoc;
  '\n  query Meetings($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      myRole\n      drafts {\n        id\n        title\n      }\n    }\n    meetings(boardId: $boardId, take: 50) {\n      ...MeetingFields\n    }\n  }\n': typeof types.MeetingsDocument;
  '\n  query MeetingRoom($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n': typeof types.MeetingRoomDocument;
  '\n  query MeetingBoard($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      myRole\n      members {\n        id\n        userId\n        name\n        role\n      }\n    }\n  }\n': typeof types.MeetingBoardDocument;
  '\n  subscription MeetingUpdated($meetingId: ID!) {\n    meetingUpdated(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n': typeof types.MeetingUpdatedDocument;
  '\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.ScheduleMeetingDocument;
  '\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.AddAgendaItemDocument;
  '\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.UpdateAgendaItemDocument;
  '\n  mutation RemoveAgendaItem($agendaItemId: ID!) {\n    removeAgendaItem(agendaItemId: $agendaItemId) {\n      ...MeetingFields\n    }\n  }\n': typeof types.RemoveAgendaItemDocument;
  '\n  mutation OpenMeeting($meetingId: ID!) {\n    openMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n': typeof types.OpenMeetingDocument;
  '\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n': typeof types.CloseMeetingDocument;
  '\n  mutation SetCurrentAgendaItem($meetingId: ID!, $agendaItemId: ID) {\n    setCurrentAgendaItem(meetingId: $meetingId, agendaItemId: $agendaItemId) {\n      ...MeetingFields\n    }\n  }\n': typeof types.SetCurrentAgendaItemDocument;
  '\n  mutation CheckIn($meetingId: ID!, $present: Boolean!) {\n    checkIn(meetingId: $meetingId, present: $present) {\n      ...MeetingFields\n    }\n  }\n': typeof types.CheckInDocument;
  '\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.MarkAttendanceDocument;
  '\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.SaveMinutesDocument;
  '\n  query MinorityReports($draftId: ID!, $clauseId: ID) {\n    minorityReports(draftId: $draftId, clauseId: $clauseId) {\n      id\n      draftId\n      clauseId\n      questionId\n      title\n      body\n      authorId\n      authorName\n      locked\n      createdAt\n      updatedAt\n      signatories {\n        userId\n        name\n        signedAt\n      }\n    }\n  }\n': typeof types.MinorityReportsDocument;
  '\n  mutation CreateMinorityReport($input: CreateMinorityReportInput!) {\n    createMinorityReport(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateMinorityReportDocument;
  '\n  mutation UpdateMinorityReport($input: UpdateMinorityReportInput!) {\n    updateMinorityReport(input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n': typeof types.UpdateMinorityReportDocument;
  '\n  mutation WithdrawMinorityReport($input: MinorityReportRefInput!) {\n    withdrawMinorityReport(input: $input)\n  }\n': typeof types.WithdrawMinorityReportDocument;
  '\n  mutation SignMinorityReport($input: SignMinorityReportInput!) {\n    signMinorityReport(input: $input) {\n      id\n      signatories {\n        userId\n        name\n        signedAt\n      }\n    }\n  }\n': typeof types.SignMinorityReportDocument;
  '\n  query ClauseQuestionsForReport($boardId: ID!, $draftId: ID!, $clauseId: ID!) {\n    questions(boardId: $boardId, draftId: $draftId, clauseId: $clauseId, take: 50) {\n      id\n      prompt\n    }\n  }\n': typeof types.ClauseQuestionsForReportDocument;
  '\n  subscription MinorityReportsChanged($draftId: ID!) {\n    minorityReportsChanged(draftId: $draftId) {\n      draftId\n      clauseId\n      reportId\n      withdrawn\n    }\n  }\n': typeof types.MinorityReportsChangedDocument;
  '\n  fragment NotificationFeedFields on NotificationFeed {\n    unreadCount\n    items {\n      id\n      kind\n      boardId\n      boardName\n      draftId\n      clauseId\n      commentId\n      actorName\n      excerpt\n      createdAt\n      read\n    }\n  }\n': typeof types.NotificationFeedFieldsFragmentDoc;
  '\n  query MyNotifications {\n    myNotifications(take: 30) {\n      ...NotificationFeedFields\n    }\n  }\n': typeof types.MyNotificationsDocument;
  '\n  subscription MyNotificationsChanged {\n    myNotificationsChanged(take: 30) {\n      ...NotificationFeedFields\n    }\n  }\n': typeof types.MyNotificationsChangedDocument;
  '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query PacketPage($draftId: ID!) {\n    draft(id: $draftId) {\n      id\n      title\n      archived\n      board {\n        id\n        name\n        myRole\n      }\n      baseline {\n        id\n        sourceName\n      }\n    }\n    packetVersions(draftId: $draftId) {\n      id\n      version\n      title\n      sha256\n      publishedAt\n      publishedByName\n      clauseCount\n      files {\n        format\n        label\n        fileName\n        url\n      }\n    }\n  }\n': typeof types.PacketPageDocument;
  '\n  query PacketVersionDetail($id: ID!) {\n    packetVersion(id: $id) {\n      id\n      version\n      json\n      sha256\n      responses {\n        id\n        clauseId\n        clauseNumber\n        status\n        text\n        responderName\n        responderRole\n        shareLinkLabel\n        createdAt\n      }\n    }\n  }\n': typeof types.PacketVersionDetailDocument;
  '\n  query PacketShareLinks($id: ID!) {\n    packetVersion(id: $id) {\n      id\n      shareLinks {\n        id\n        label\n        status\n        createdAt\n        expiresAt\n        revokedAt\n        createdByName\n        accessCount\n        recentAccesses {\n          kind\n          at\n        }\n      }\n    }\n  }\n': typeof types.PacketShareLinksDocument;
  '\n  query PacketPreview($input: PublishPacketInput!) {\n    packetPreview(input: $input) {\n      version\n      json\n      sha256\n    }\n  }\n': typeof types.PacketPreviewDocument;
  '\n  mutation PublishPacket($input: PublishPacketInput!) {\n    publishPacket(input: $input) {\n      id\n      version\n      sha256\n    }\n  }\n': typeof types.PublishPacketDocument;
  '\n  query PacketRedline($input: PacketRedlineInput!) {\n    packetRedline(input: $input) {\n      fromLabel\n      toLabel\n      summary {\n        added\n        removed\n        moved\n        changed\n        unchanged\n      }\n      entries {\n        clauseId\n        status\n        moved\n        before {\n          number\n          heading\n        }\n        after {\n          number\n          heading\n        }\n        heading {\n          op\n          text\n        }\n        text {\n          op\n          text\n        }\n      }\n    }\n  }\n': typeof types.PacketRedlineDocument;
  '\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      url\n      link {\n        id\n        status\n      }\n    }\n  }\n': typeof types.CreateShareLinkDocument;
  '\n  mutation RevokeShareLink($shareLinkId: ID!) {\n    revokeShareLink(shareLinkId: $shareLinkId) {\n      id\n      status\n      revokedAt\n    }\n  }\n': typeof types.RevokeShareLinkDocument;
  '\n  query SharedPacket($token: String!) {\n    sharedPacket(token: $token) {\n      packetVersionId\n      version\n      title\n      boardName\n      sha256\n      json\n      expiresAt\n      files {\n        format\n        label\n        fileName\n        url\n      }\n      responses {\n        id\n        clauseId\n        clauseNumber\n        status\n        text\n        responderName\n        responderRole\n        createdAt\n      }\n    }\n  }\n': typeof types.SharedPacketDocument;
  '\n  mutation RespondToPacket($input: RespondToPacketInput!) {\n    respondToPacket(input: $input) {\n      id\n      clauseId\n      clauseNumber\n      status\n      text\n      responderName\n      responderRole\n      createdAt\n    }\n  }\n': typeof types.RespondToPacketDocument;
};
const documents: Documents = {
  '\n  query Me {\n    me {\n      id\n      name\n      email\n    }\n  }\n': types.MeDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n      email\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n      email\n    }\n  }\n':
    types.SignUpDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  query MyBoards {\n    myBoards {\n      id\n      name\n      jurisdiction\n      description\n      memberCount\n      myRole\n    }\n  }\n':
    types.MyBoardsDocument,
  '\n  mutation CreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) {\n      id\n      name\n      jurisdiction\n      description\n      memberCount\n      myRole\n    }\n  }\n':
    types.CreateBoardDocument,
  '\n  mutation UpdateBoard($input: UpdateBoardInput!) {\n    updateBoard(input: $input) {\n      id\n      name\n      jurisdiction\n      description\n    }\n  }\n':
    types.UpdateBoardDocument,
  '\n  query Board($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      jurisdiction\n      description\n      createdAt\n      memberCount\n      myRole\n      members {\n        id\n        userId\n        name\n        email\n        role\n        joinedAt\n      }\n      drafts(includeArchived: true) {\n        id\n        boardId\n        title\n        archived\n        createdAt\n        updatedAt\n      }\n    }\n  }\n':
    types.BoardDocument,
  '\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      userId\n      name\n      email\n      role\n      joinedAt\n    }\n  }\n':
    types.ChangeMemberRoleDocument,
  '\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n':
    types.RemoveMemberDocument,
  '\n  mutation LeaveBoard($boardId: ID!) {\n    leaveBoard(boardId: $boardId)\n  }\n':
    types.LeaveBoardDocument,
  '\n  fragment CheckFindingFields on CheckFinding {\n    id\n    clauseId\n    ruleId\n    severity\n    from\n    to\n    excerpt\n    explanation\n    suggestion\n    fingerprint\n    dismissed\n    dismissal {\n      id\n      reason\n      dismissedByName\n      createdAt\n    }\n  }\n':
    types.CheckFindingFieldsFragmentDoc,
  '\n  query DraftCoverage($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      archived\n      board {\n        id\n        name\n        myRole\n      }\n      clauses {\n        id\n        position\n        heading\n        componentIds\n      }\n      coverage {\n        overall\n        components {\n          componentId\n          title\n          status\n          score\n          items {\n            itemId\n            title\n            guidance\n            status\n            source\n            evidence {\n              clauseId\n              clauseHeading\n              sentence\n              reason\n            }\n            tick {\n              id\n              clauseId\n              tickedByName\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.DraftCoverageDocument,
  '\n  query ClauseChecks($id: ID!) {\n    draft(id: $id) {\n      id\n      clauses {\n        id\n        checks {\n          ...CheckFindingFields\n        }\n      }\n    }\n  }\n':
    types.ClauseChecksDocument,
  '\n  query CheckDismissals($id: ID!) {\n    draft(id: $id) {\n      id\n      checkDismissals {\n        id\n        clauseId\n        fingerprint\n      }\n    }\n  }\n':
    types.CheckDismissalsDocument,
  '\n  mutation DismissCheckMark($input: DismissCheckMarkInput!) {\n    dismissCheckMark(input: $input) {\n      id\n      clauseId\n      fingerprint\n      reason\n      dismissedByName\n    }\n  }\n':
    types.DismissCheckMarkDocument,
  '\n  mutation UndismissCheckMark($input: UndismissCheckMarkInput!) {\n    undismissCheckMark(input: $input)\n  }\n':
    types.UndismissCheckMarkDocument,
  '\n  mutation TickChecklistItem($input: TickChecklistItemInput!) {\n    tickChecklistItem(input: $input) {\n      id\n      itemId\n      clauseId\n    }\n  }\n':
    types.TickChecklistItemDocument,
  '\n  mutation UntickChecklistItem($input: UntickChecklistItemInput!) {\n    untickChecklistItem(input: $input)\n  }\n':
    types.UntickChecklistItemDocument,
  '\n  fragment TallyFields on Tally {\n    provisional\n    ballots\n    abstentions\n    eligible\n    quorumBase\n    quorumRequired\n    quorumMet\n    outcome\n    winner\n    tied\n    summary\n    counts {\n      option\n      label\n      count\n    }\n    rounds {\n      exhausted\n      eliminated\n      counts {\n        option\n        label\n        count\n      }\n    }\n  }\n':
    types.TallyFieldsFragmentDoc,
  '\n  fragment QuestionFields on Question {\n    id\n    boardId\n    draftId\n    clauseId\n    meetingId\n    subject\n    prompt\n    kind\n    threshold\n    secret\n    liveResults\n    deadline\n    state\n    round\n    openedAt\n    closedAt\n    textHashAtOpen\n    quorumCount\n    quorumPercent\n    quorumBase\n    ballotCount\n    eligibleCount\n    options {\n      id\n      label\n      amendmentId\n    }\n    tally {\n      ...TallyFields\n    }\n    votes {\n      voterId\n      voterName\n      choice\n      ranking\n      reason\n    }\n    results {\n      round\n      outcome\n      winner\n      textHashAtOpen\n      textHashAtClose\n      textChanged\n      closeReason\n      closedAt\n      tally {\n        ...TallyFields\n      }\n      dissents {\n        choice\n        reason\n        voterName\n      }\n    }\n  }\n':
    types.QuestionFieldsFragmentDoc,
  '\n  fragment MyBallotFields on MyBallot {\n    questionId\n    round\n    choice\n    ranking\n    reason\n  }\n':
    types.MyBallotFieldsFragmentDoc,
  '\n  query Questions($boardId: ID!, $draftId: ID, $clauseId: ID, $meetingId: ID, $take: Int) {\n    questions(boardId: $boardId, draftId: $draftId, clauseId: $clauseId, meetingId: $meetingId, take: $take) {\n      ...QuestionFields\n      canVote\n      myBallot {\n        ...MyBallotFields\n      }\n    }\n  }\n':
    types.QuestionsDocument,
  '\n  subscription QuestionUpdated($boardId: ID!) {\n    questionUpdated(boardId: $boardId) {\n      ...QuestionFields\n      canVote\n    }\n  }\n':
    types.QuestionUpdatedDocument,
  '\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionFields\n      canVote\n      myBallot {\n        ...MyBallotFields\n      }\n    }\n  }\n':
    types.CreateQuestionDocument,
  '\n  mutation OpenQuestion($questionId: ID!) {\n    openQuestion(questionId: $questionId) {\n      ...QuestionFields\n      canVote\n    }\n  }\n':
    types.OpenQuestionDocument,
  '\n  mutation CloseQuestion($questionId: ID!) {\n    closeQuestion(questionId: $questionId) {\n      ...QuestionFields\n      canVote\n    }\n  }\n':
    types.CloseQuestionDocument,
  '\n  mutation ReopenQuestion($input: ReopenQuestionInput!) {\n    reopenQuestion(input: $input) {\n      ...QuestionFields\n      canVote\n      myBallot {\n        ...MyBallotFields\n      }\n    }\n  }\n':
    types.ReopenQuestionDocument,
  '\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      questionId\n      round\n      choice\n      ranking\n      reason\n    }\n  }\n':
    types.CastBallotDocument,
  '\n  query DiscussDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      archived\n      board {\n        id\n        name\n        myRole\n        members {\n          id\n          userId\n          name\n          role\n        }\n      }\n      clauses {\n        id\n        position\n        heading\n        text\n        textHash\n      }\n    }\n  }\n':
    types.DiscussDraftDocument,
  '\n  fragment CommentFields on Comment {\n    id\n    draftId\n    clauseId\n    amendmentId\n    parentId\n    authorId\n    authorName\n    body\n    editedAt\n    resolvedAt\n    resolvedByName\n    deleted\n    hidden\n    hiddenReason\n    createdAt\n    anchor {\n      start\n      end\n      quote\n    }\n    mentions {\n      userId\n      name\n    }\n  }\n':
    types.CommentFieldsFragmentDoc,
  '\n  query Comments($draftId: ID!, $clauseId: ID) {\n    comments(draftId: $draftId, clauseId: $clauseId) {\n      ...CommentFields\n    }\n  }\n':
    types.CommentsDocument,
  '\n  subscription CommentUpdated($draftId: ID!) {\n    commentUpdated(draftId: $draftId) {\n      ...CommentFields\n    }\n  }\n':
    types.CommentUpdatedDocument,
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n':
    types.AddCommentDocument,
  '\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n':
    types.EditCommentDocument,
  '\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n':
    types.DeleteCommentDocument,
  '\n  mutation ResolveThread($commentId: ID!, $resolved: Boolean!) {\n    resolveThread(commentId: $commentId, resolved: $resolved) {\n      ...CommentFields\n    }\n  }\n':
    types.ResolveThreadDocument,
  '\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n':
    types.HideCommentDocument,
  '\n  fragment AmendmentFields on Amendment {\n    id\n    draftId\n    clauseId\n    number\n    authorId\n    authorName\n    text\n    rationale\n    baseText\n    status\n    questionId\n    decidedAt\n    appliedAt\n    supportCount\n    supporters\n    supporterIds\n    commentCount\n    createdAt\n  }\n':
    types.AmendmentFieldsFragmentDoc,
  '\n  query Amendments($draftId: ID!, $clauseId: ID) {\n    amendments(draftId: $draftId, clauseId: $clauseId) {\n      ...AmendmentFields\n    }\n  }\n':
    types.AmendmentsDocument,
  '\n  subscription AmendmentUpdated($draftId: ID!) {\n    amendmentUpdated(draftId: $draftId) {\n      ...AmendmentFields\n    }\n  }\n':
    types.AmendmentUpdatedDocument,
  '\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n':
    types.ProposeAmendmentDocument,
  '\n  mutation SupportAmendment($amendmentId: ID!, $support: Boolean!) {\n    supportAmendment(amendmentId: $amendmentId, support: $support) {\n      ...AmendmentFields\n    }\n  }\n':
    types.SupportAmendmentDocument,
  '\n  mutation WithdrawAmendment($amendmentId: ID!) {\n    withdrawAmendment(amendmentId: $amendmentId) {\n      ...AmendmentFields\n    }\n  }\n':
    types.WithdrawAmendmentDocument,
  '\n  query BoardActivity($boardId: ID!, $beforeSeq: Int) {\n    board(id: $boardId) {\n      id\n      name\n      myRole\n    }\n    boardActivity(boardId: $boardId, take: 50, beforeSeq: $beforeSeq) {\n      id\n      seq\n      actorName\n      action\n      targetType\n      targetId\n      label\n      createdAt\n    }\n  }\n':
    types.BoardActivityDocument,
  '\n  subscription ActivityAdded($boardId: ID!) {\n    activityAdded(boardId: $boardId) {\n      id\n      seq\n      actorName\n      action\n      targetType\n      targetId\n      label\n      createdAt\n    }\n  }\n':
    types.ActivityAddedDocument,
  '\n  query AuditLog($boardId: ID!, $beforeSeq: Int) {\n    auditLog(boardId: $boardId, take: 100, beforeSeq: $beforeSeq) {\n      id\n      seq\n      actorName\n      action\n      targetType\n      targetId\n      data\n      createdAt\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  query Draft($id: ID!) {\n    draft(id: $id) {\n      id\n      boardId\n      title\n      archived\n      startingPoint\n      createdAt\n      updatedAt\n      baseline {\n        id\n        sourceName\n        sourceKind\n        sha256\n        createdByName\n        createdAt\n      }\n      board {\n        id\n        name\n        jurisdiction\n        myRole\n      }\n    }\n  }\n':
    types.DraftDocument,
  '\n  mutation CreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) {\n      id\n      boardId\n      title\n      startingPoint\n      archived\n      createdAt\n      updatedAt\n    }\n  }\n':
    types.CreateDraftDocument,
  '\n  mutation RenameDraft($input: RenameDraftInput!) {\n    renameDraft(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n':
    types.RenameDraftDocument,
  '\n  mutation ArchiveDraft($draftId: ID!) {\n    archiveDraft(draftId: $draftId) {\n      id\n      archived\n      updatedAt\n    }\n  }\n':
    types.ArchiveDraftDocument,
  '\n  mutation RestoreDraft($draftId: ID!) {\n    restoreDraft(draftId: $draftId) {\n      id\n      archived\n      updatedAt\n    }\n  }\n':
    types.RestoreDraftDocument,
  '\n  mutation PreviewPolicyImport($input: PreviewPolicyImportInput!) {\n    previewPolicyImport(input: $input) {\n      sourceName\n      sourceKind\n      text\n      sha256\n      clauses {\n        heading\n        text\n        suggestedComponentIds\n      }\n    }\n  }\n':
    types.PreviewPolicyImportDocument,
  '\n  mutation AttachBaseline($input: AttachBaselineInput!) {\n    attachBaseline(input: $input) {\n      id\n      draftId\n      sourceName\n      sourceKind\n      sha256\n      createdByName\n      createdAt\n    }\n  }\n':
    types.AttachBaselineDocument,
  '\n  query BoardInvitations($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      invitations {\n        id\n        role\n        status\n        note\n        createdAt\n        expiresAt\n        createdByName\n        acceptedByName\n      }\n    }\n  }\n':
    types.BoardInvitationsDocument,
  '\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      url\n      invitation {\n        id\n        role\n        status\n        note\n        createdAt\n        expiresAt\n        createdByName\n        acceptedByName\n      }\n    }\n  }\n':
    types.CreateInvitationDocument,
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      boardName\n      jurisdiction\n      role\n      status\n      expiresAt\n      invitedByName\n      memberCount\n    }\n  }\n':
    types.InvitationPreviewDocument,
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      myRole\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  query MyEmailSettings {\n    myEmailSettings {\n      locale\n      preferences {\n        topic\n        mode\n      }\n    }\n  }\n':
    types.MyEmailSettingsDocument,
  '\n  mutation UpdateMyEmailSettings($input: UpdateEmailSettingsInput!) {\n    updateMyEmailSettings(input: $input) {\n      locale\n      preferences {\n        topic\n        mode\n      }\n    }\n  }\n':
    types.UpdateMyEmailSettingsDocument,
  '\n  query BoardOutbox($boardId: ID!) {\n    boardOutbox(boardId: $boardId, take: 50) {\n      smtpConfigured\n      messages {\n        id\n        kind\n        toAddress\n        subject\n        text\n        status\n        attempts\n        lastError\n        createdAt\n      }\n    }\n  }\n':
    types.BoardOutboxDocument,
  '\n  fragment MeetingFields on Meeting {\n    id\n    boardId\n    draftId\n    title\n    startsAt\n    durationMinutes\n    location\n    link\n    state\n    openedAt\n    closedAt\n    currentItemId\n    presentCount\n    eligibleCount\n    quorumCount\n    quorumPercent\n    quorumRequired\n    quorumMet\n    minutes\n    minutesVersion\n    decisions\n    agenda {\n      id\n      position\n      kind\n      title\n      notes\n      clauseId\n      amendmentId\n      questionId\n      timeBoxMinutes\n      startedAt\n      endedAt\n    }\n    attendance {\n      userId\n      name\n      role\n      checkedInAt\n      markedByName\n    }\n  }\n':
    types.MeetingFieldsFragmentDoc,
  '\n  query Meetings($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      myRole\n      drafts {\n        id\n        title\n      }\n    }\n    meetings(boardId: $boardId, take: 50) {\n      ...MeetingFields\n    }\n  }\n':
    types.MeetingsDocument,
  '\n  query MeetingRoom($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n':
    types.MeetingRoomDocument,
  '\n  query MeetingBoard($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      myRole\n      members {\n        id\n        userId\n        name\n        role\n      }\n    }\n  }\n':
    types.MeetingBoardDocument,
  '\n  subscription MeetingUpdated($meetingId: ID!) {\n    meetingUpdated(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n':
    types.MeetingUpdatedDocument,
  '\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.ScheduleMeetingDocument,
  '\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.AddAgendaItemDocument,
  '\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.UpdateAgendaItemDocument,
  '\n  mutation RemoveAgendaItem($agendaItemId: ID!) {\n    removeAgendaItem(agendaItemId: $agendaItemId) {\n      ...MeetingFields\n    }\n  }\n':
    types.RemoveAgendaItemDocument,
  '\n  mutation OpenMeeting($meetingId: ID!) {\n    openMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n':
    types.OpenMeetingDocument,
  '\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n':
    types.CloseMeetingDocument,
  '\n  mutation SetCurrentAgendaItem($meetingId: ID!, $agendaItemId: ID) {\n    setCurrentAgendaItem(meetingId: $meetingId, agendaItemId: $agendaItemId) {\n      ...MeetingFields\n    }\n  }\n':
    types.SetCurrentAgendaItemDocument,
  '\n  mutation CheckIn($meetingId: ID!, $present: Boolean!) {\n    checkIn(meetingId: $meetingId, present: $present) {\n      ...MeetingFields\n    }\n  }\n':
    types.CheckInDocument,
  '\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.MarkAttendanceDocument,
  '\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.SaveMinutesDocument,
  '\n  query MinorityReports($draftId: ID!, $clauseId: ID) {\n    minorityReports(draftId: $draftId, clauseId: $clauseId) {\n      id\n      draftId\n      clauseId\n      questionId\n      title\n      body\n      authorId\n      authorName\n      locked\n      createdAt\n      updatedAt\n      signatories {\n        userId\n        name\n        signedAt\n      }\n    }\n  }\n':
    types.MinorityReportsDocument,
  '\n  mutation CreateMinorityReport($input: CreateMinorityReportInput!) {\n    createMinorityReport(input: $input) {\n      id\n    }\n  }\n':
    types.CreateMinorityReportDocument,
  '\n  mutation UpdateMinorityReport($input: UpdateMinorityReportInput!) {\n    updateMinorityReport(input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n':
    types.UpdateMinorityReportDocument,
  '\n  mutation WithdrawMinorityReport($input: MinorityReportRefInput!) {\n    withdrawMinorityReport(input: $input)\n  }\n':
    types.WithdrawMinorityReportDocument,
  '\n  mutation SignMinorityReport($input: SignMinorityReportInput!) {\n    signMinorityReport(input: $input) {\n      id\n      signatories {\n        userId\n        name\n        signedAt\n      }\n    }\n  }\n':
    types.SignMinorityReportDocument,
  '\n  query ClauseQuestionsForReport($boardId: ID!, $draftId: ID!, $clauseId: ID!) {\n    questions(boardId: $boardId, draftId: $draftId, clauseId: $clauseId, take: 50) {\n      id\n      prompt\n    }\n  }\n':
    types.ClauseQuestionsForReportDocument,
  '\n  subscription MinorityReportsChanged($draftId: ID!) {\n    minorityReportsChanged(draftId: $draftId) {\n      draftId\n      clauseId\n      reportId\n      withdrawn\n    }\n  }\n':
    types.MinorityReportsChangedDocument,
  '\n  fragment NotificationFeedFields on NotificationFeed {\n    unreadCount\n    items {\n      id\n      kind\n      boardId\n      boardName\n      draftId\n      clauseId\n      commentId\n      actorName\n      excerpt\n      createdAt\n      read\n    }\n  }\n':
    types.NotificationFeedFieldsFragmentDoc,
  '\n  query MyNotifications {\n    myNotifications(take: 30) {\n      ...NotificationFeedFields\n    }\n  }\n':
    types.MyNotificationsDocument,
  '\n  subscription MyNotificationsChanged {\n    myNotificationsChanged(take: 30) {\n      ...NotificationFeedFields\n    }\n  }\n':
    types.MyNotificationsChangedDocument,
  '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query PacketPage($draftId: ID!) {\n    draft(id: $draftId) {\n      id\n      title\n      archived\n      board {\n        id\n        name\n        myRole\n      }\n      baseline {\n        id\n        sourceName\n      }\n    }\n    packetVersions(draftId: $draftId) {\n      id\n      version\n      title\n      sha256\n      publishedAt\n      publishedByName\n      clauseCount\n      files {\n        format\n        label\n        fileName\n        url\n      }\n    }\n  }\n':
    types.PacketPageDocument,
  '\n  query PacketVersionDetail($id: ID!) {\n    packetVersion(id: $id) {\n      id\n      version\n      json\n      sha256\n      responses {\n        id\n        clauseId\n        clauseNumber\n        status\n        text\n        responderName\n        responderRole\n        shareLinkLabel\n        createdAt\n      }\n    }\n  }\n':
    types.PacketVersionDetailDocument,
  '\n  query PacketShareLinks($id: ID!) {\n    packetVersion(id: $id) {\n      id\n      shareLinks {\n        id\n        label\n        status\n        createdAt\n        expiresAt\n        revokedAt\n        createdByName\n        accessCount\n        recentAccesses {\n          kind\n          at\n        }\n      }\n    }\n  }\n':
    types.PacketShareLinksDocument,
  '\n  query PacketPreview($input: PublishPacketInput!) {\n    packetPreview(input: $input) {\n      version\n      json\n      sha256\n    }\n  }\n':
    types.PacketPreviewDocument,
  '\n  mutation PublishPacket($input: PublishPacketInput!) {\n    publishPacket(input: $input) {\n      id\n      version\n      sha256\n    }\n  }\n':
    types.PublishPacketDocument,
  '\n  query PacketRedline($input: PacketRedlineInput!) {\n    packetRedline(input: $input) {\n      fromLabel\n      toLabel\n      summary {\n        added\n        removed\n        moved\n        changed\n        unchanged\n      }\n      entries {\n        clauseId\n        status\n        moved\n        before {\n          number\n          heading\n        }\n        after {\n          number\n          heading\n        }\n        heading {\n          op\n          text\n        }\n        text {\n          op\n          text\n        }\n      }\n    }\n  }\n':
    types.PacketRedlineDocument,
  '\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      url\n      link {\n        id\n        status\n      }\n    }\n  }\n':
    types.CreateShareLinkDocument,
  '\n  mutation RevokeShareLink($shareLinkId: ID!) {\n    revokeShareLink(shareLinkId: $shareLinkId) {\n      id\n      status\n      revokedAt\n    }\n  }\n':
    types.RevokeShareLinkDocument,
  '\n  query SharedPacket($token: String!) {\n    sharedPacket(token: $token) {\n      packetVersionId\n      version\n      title\n      boardName\n      sha256\n      json\n      expiresAt\n      files {\n        format\n        label\n        fileName\n        url\n      }\n      responses {\n        id\n        clauseId\n        clauseNumber\n        status\n        text\n        responderName\n        responderRole\n        createdAt\n      }\n    }\n  }\n':
    types.SharedPacketDocument,
  '\n  mutation RespondToPacket($input: RespondToPacketInput!) {\n    respondToPacket(input: $input) {\n      id\n      clauseId\n      clauseNumber\n      status\n      text\n      responderName\n      responderRole\n      createdAt\n    }\n  }\n':
    types.RespondToPacketDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      name\n      email\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      name\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyBoards {\n    myBoards {\n      id\n      name\n      jurisdiction\n      description\n      memberCount\n      myRole\n    }\n  }\n',
): (typeof documents)['\n  query MyBoards {\n    myBoards {\n      id\n      name\n      jurisdiction\n      description\n      memberCount\n      myRole\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) {\n      id\n      name\n      jurisdiction\n      description\n      memberCount\n      myRole\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) {\n      id\n      name\n      jurisdiction\n      description\n      memberCount\n      myRole\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateBoard($input: UpdateBoardInput!) {\n    updateBoard(input: $input) {\n      id\n      name\n      jurisdiction\n      description\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateBoard($input: UpdateBoardInput!) {\n    updateBoard(input: $input) {\n      id\n      name\n      jurisdiction\n      description\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Board($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      jurisdiction\n      description\n      createdAt\n      memberCount\n      myRole\n      members {\n        id\n        userId\n        name\n        email\n        role\n        joinedAt\n      }\n      drafts(includeArchived: true) {\n        id\n        boardId\n        title\n        archived\n        createdAt\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Board($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      jurisdiction\n      description\n      createdAt\n      memberCount\n      myRole\n      members {\n        id\n        userId\n        name\n        email\n        role\n        joinedAt\n      }\n      drafts(includeArchived: true) {\n        id\n        boardId\n        title\n        archived\n        createdAt\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      userId\n      name\n      email\n      role\n      joinedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      userId\n      name\n      email\n      role\n      joinedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n',
): (typeof documents)['\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LeaveBoard($boardId: ID!) {\n    leaveBoard(boardId: $boardId)\n  }\n',
): (typeof documents)['\n  mutation LeaveBoard($boardId: ID!) {\n    leaveBoard(boardId: $boardId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CheckFindingFields on CheckFinding {\n    id\n    clauseId\n    ruleId\n    severity\n    from\n    to\n    excerpt\n    explanation\n    suggestion\n    fingerprint\n    dismissed\n    dismissal {\n      id\n      reason\n      dismissedByName\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  fragment CheckFindingFields on CheckFinding {\n    id\n    clauseId\n    ruleId\n    severity\n    from\n    to\n    excerpt\n    explanation\n    suggestion\n    fingerprint\n    dismissed\n    dismissal {\n      id\n      reason\n      dismissedByName\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DraftCoverage($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      archived\n      board {\n        id\n        name\n        myRole\n      }\n      clauses {\n        id\n        position\n        heading\n        componentIds\n      }\n      coverage {\n        overall\n        components {\n          componentId\n          title\n          status\n          score\n          items {\n            itemId\n            title\n            guidance\n            status\n            source\n            evidence {\n              clauseId\n              clauseHeading\n              sentence\n              reason\n            }\n            tick {\n              id\n              clauseId\n              tickedByName\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DraftCoverage($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      archived\n      board {\n        id\n        name\n        myRole\n      }\n      clauses {\n        id\n        position\n        heading\n        componentIds\n      }\n      coverage {\n        overall\n        components {\n          componentId\n          title\n          status\n          score\n          items {\n            itemId\n            title\n            guidance\n            status\n            source\n            evidence {\n              clauseId\n              clauseHeading\n              sentence\n              reason\n            }\n            tick {\n              id\n              clauseId\n              tickedByName\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClauseChecks($id: ID!) {\n    draft(id: $id) {\n      id\n      clauses {\n        id\n        checks {\n          ...CheckFindingFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ClauseChecks($id: ID!) {\n    draft(id: $id) {\n      id\n      clauses {\n        id\n        checks {\n          ...CheckFindingFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CheckDismissals($id: ID!) {\n    draft(id: $id) {\n      id\n      checkDismissals {\n        id\n        clauseId\n        fingerprint\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CheckDismissals($id: ID!) {\n    draft(id: $id) {\n      id\n      checkDismissals {\n        id\n        clauseId\n        fingerprint\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DismissCheckMark($input: DismissCheckMarkInput!) {\n    dismissCheckMark(input: $input) {\n      id\n      clauseId\n      fingerprint\n      reason\n      dismissedByName\n    }\n  }\n',
): (typeof documents)['\n  mutation DismissCheckMark($input: DismissCheckMarkInput!) {\n    dismissCheckMark(input: $input) {\n      id\n      clauseId\n      fingerprint\n      reason\n      dismissedByName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UndismissCheckMark($input: UndismissCheckMarkInput!) {\n    undismissCheckMark(input: $input)\n  }\n',
): (typeof documents)['\n  mutation UndismissCheckMark($input: UndismissCheckMarkInput!) {\n    undismissCheckMark(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TickChecklistItem($input: TickChecklistItemInput!) {\n    tickChecklistItem(input: $input) {\n      id\n      itemId\n      clauseId\n    }\n  }\n',
): (typeof documents)['\n  mutation TickChecklistItem($input: TickChecklistItemInput!) {\n    tickChecklistItem(input: $input) {\n      id\n      itemId\n      clauseId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UntickChecklistItem($input: UntickChecklistItemInput!) {\n    untickChecklistItem(input: $input)\n  }\n',
): (typeof documents)['\n  mutation UntickChecklistItem($input: UntickChecklistItemInput!) {\n    untickChecklistItem(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TallyFields on Tally {\n    provisional\n    ballots\n    abstentions\n    eligible\n    quorumBase\n    quorumRequired\n    quorumMet\n    outcome\n    winner\n    tied\n    summary\n    counts {\n      option\n      label\n      count\n    }\n    rounds {\n      exhausted\n      eliminated\n      counts {\n        option\n        label\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TallyFields on Tally {\n    provisional\n    ballots\n    abstentions\n    eligible\n    quorumBase\n    quorumRequired\n    quorumMet\n    outcome\n    winner\n    tied\n    summary\n    counts {\n      option\n      label\n      count\n    }\n    rounds {\n      exhausted\n      eliminated\n      counts {\n        option\n        label\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuestionFields on Question {\n    id\n    boardId\n    draftId\n    clauseId\n    meetingId\n    subject\n    prompt\n    kind\n    threshold\n    secret\n    liveResults\n    deadline\n    state\n    round\n    openedAt\n    closedAt\n    textHashAtOpen\n    quorumCount\n    quorumPercent\n    quorumBase\n    ballotCount\n    eligibleCount\n    options {\n      id\n      label\n      amendmentId\n    }\n    tally {\n      ...TallyFields\n    }\n    votes {\n      voterId\n      voterName\n      choice\n      ranking\n      reason\n    }\n    results {\n      round\n      outcome\n      winner\n      textHashAtOpen\n      textHashAtClose\n      textChanged\n      closeReason\n      closedAt\n      tally {\n        ...TallyFields\n      }\n      dissents {\n        choice\n        reason\n        voterName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment QuestionFields on Question {\n    id\n    boardId\n    draftId\n    clauseId\n    meetingId\n    subject\n    prompt\n    kind\n    threshold\n    secret\n    liveResults\n    deadline\n    state\n    round\n    openedAt\n    closedAt\n    textHashAtOpen\n    quorumCount\n    quorumPercent\n    quorumBase\n    ballotCount\n    eligibleCount\n    options {\n      id\n      label\n      amendmentId\n    }\n    tally {\n      ...TallyFields\n    }\n    votes {\n      voterId\n      voterName\n      choice\n      ranking\n      reason\n    }\n    results {\n      round\n      outcome\n      winner\n      textHashAtOpen\n      textHashAtClose\n      textChanged\n      closeReason\n      closedAt\n      tally {\n        ...TallyFields\n      }\n      dissents {\n        choice\n        reason\n        voterName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MyBallotFields on MyBallot {\n    questionId\n    round\n    choice\n    ranking\n    reason\n  }\n',
): (typeof documents)['\n  fragment MyBallotFields on MyBallot {\n    questionId\n    round\n    choice\n    ranking\n    reason\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Questions($boardId: ID!, $draftId: ID, $clauseId: ID, $meetingId: ID, $take: Int) {\n    questions(boardId: $boardId, draftId: $draftId, clauseId: $clauseId, meetingId: $meetingId, take: $take) {\n      ...QuestionFields\n      canVote\n      myBallot {\n        ...MyBallotFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Questions($boardId: ID!, $draftId: ID, $clauseId: ID, $meetingId: ID, $take: Int) {\n    questions(boardId: $boardId, draftId: $draftId, clauseId: $clauseId, meetingId: $meetingId, take: $take) {\n      ...QuestionFields\n      canVote\n      myBallot {\n        ...MyBallotFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription QuestionUpdated($boardId: ID!) {\n    questionUpdated(boardId: $boardId) {\n      ...QuestionFields\n      canVote\n    }\n  }\n',
): (typeof documents)['\n  subscription QuestionUpdated($boardId: ID!) {\n    questionUpdated(boardId: $boardId) {\n      ...QuestionFields\n      canVote\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionFields\n      canVote\n      myBallot {\n        ...MyBallotFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionFields\n      canVote\n      myBallot {\n        ...MyBallotFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenQuestion($questionId: ID!) {\n    openQuestion(questionId: $questionId) {\n      ...QuestionFields\n      canVote\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenQuestion($questionId: ID!) {\n    openQuestion(questionId: $questionId) {\n      ...QuestionFields\n      canVote\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseQuestion($questionId: ID!) {\n    closeQuestion(questionId: $questionId) {\n      ...QuestionFields\n      canVote\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseQuestion($questionId: ID!) {\n    closeQuestion(questionId: $questionId) {\n      ...QuestionFields\n      canVote\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenQuestion($input: ReopenQuestionInput!) {\n    reopenQuestion(input: $input) {\n      ...QuestionFields\n      canVote\n      myBallot {\n        ...MyBallotFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenQuestion($input: ReopenQuestionInput!) {\n    reopenQuestion(input: $input) {\n      ...QuestionFields\n      canVote\n      myBallot {\n        ...MyBallotFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      questionId\n      round\n      choice\n      ranking\n      reason\n    }\n  }\n',
): (typeof documents)['\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      questionId\n      round\n      choice\n      ranking\n      reason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      archived\n      board {\n        id\n        name\n        myRole\n        members {\n          id\n          userId\n          name\n          role\n        }\n      }\n      clauses {\n        id\n        position\n        heading\n        text\n        textHash\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DiscussDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      archived\n      board {\n        id\n        name\n        myRole\n        members {\n          id\n          userId\n          name\n          role\n        }\n      }\n      clauses {\n        id\n        position\n        heading\n        text\n        textHash\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CommentFields on Comment {\n    id\n    draftId\n    clauseId\n    amendmentId\n    parentId\n    authorId\n    authorName\n    body\n    editedAt\n    resolvedAt\n    resolvedByName\n    deleted\n    hidden\n    hiddenReason\n    createdAt\n    anchor {\n      start\n      end\n      quote\n    }\n    mentions {\n      userId\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CommentFields on Comment {\n    id\n    draftId\n    clauseId\n    amendmentId\n    parentId\n    authorId\n    authorName\n    body\n    editedAt\n    resolvedAt\n    resolvedByName\n    deleted\n    hidden\n    hiddenReason\n    createdAt\n    anchor {\n      start\n      end\n      quote\n    }\n    mentions {\n      userId\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Comments($draftId: ID!, $clauseId: ID) {\n    comments(draftId: $draftId, clauseId: $clauseId) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  query Comments($draftId: ID!, $clauseId: ID) {\n    comments(draftId: $draftId, clauseId: $clauseId) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription CommentUpdated($draftId: ID!) {\n    commentUpdated(draftId: $draftId) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  subscription CommentUpdated($draftId: ID!) {\n    commentUpdated(draftId: $draftId) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveThread($commentId: ID!, $resolved: Boolean!) {\n    resolveThread(commentId: $commentId, resolved: $resolved) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveThread($commentId: ID!, $resolved: Boolean!) {\n    resolveThread(commentId: $commentId, resolved: $resolved) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AmendmentFields on Amendment {\n    id\n    draftId\n    clauseId\n    number\n    authorId\n    authorName\n    text\n    rationale\n    baseText\n    status\n    questionId\n    decidedAt\n    appliedAt\n    supportCount\n    supporters\n    supporterIds\n    commentCount\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment AmendmentFields on Amendment {\n    id\n    draftId\n    clauseId\n    number\n    authorId\n    authorName\n    text\n    rationale\n    baseText\n    status\n    questionId\n    decidedAt\n    appliedAt\n    supportCount\n    supporters\n    supporterIds\n    commentCount\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Amendments($draftId: ID!, $clauseId: ID) {\n    amendments(draftId: $draftId, clauseId: $clauseId) {\n      ...AmendmentFields\n    }\n  }\n',
): (typeof documents)['\n  query Amendments($draftId: ID!, $clauseId: ID) {\n    amendments(draftId: $draftId, clauseId: $clauseId) {\n      ...AmendmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription AmendmentUpdated($draftId: ID!) {\n    amendmentUpdated(draftId: $draftId) {\n      ...AmendmentFields\n    }\n  }\n',
): (typeof documents)['\n  subscription AmendmentUpdated($draftId: ID!) {\n    amendmentUpdated(draftId: $draftId) {\n      ...AmendmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SupportAmendment($amendmentId: ID!, $support: Boolean!) {\n    supportAmendment(amendmentId: $amendmentId, support: $support) {\n      ...AmendmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SupportAmendment($amendmentId: ID!, $support: Boolean!) {\n    supportAmendment(amendmentId: $amendmentId, support: $support) {\n      ...AmendmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawAmendment($amendmentId: ID!) {\n    withdrawAmendment(amendmentId: $amendmentId) {\n      ...AmendmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawAmendment($amendmentId: ID!) {\n    withdrawAmendment(amendmentId: $amendmentId) {\n      ...AmendmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BoardActivity($boardId: ID!, $beforeSeq: Int) {\n    board(id: $boardId) {\n      id\n      name\n      myRole\n    }\n    boardActivity(boardId: $boardId, take: 50, beforeSeq: $beforeSeq) {\n      id\n      seq\n      actorName\n      action\n      targetType\n      targetId\n      label\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query BoardActivity($boardId: ID!, $beforeSeq: Int) {\n    board(id: $boardId) {\n      id\n      name\n      myRole\n    }\n    boardActivity(boardId: $boardId, take: 50, beforeSeq: $beforeSeq) {\n      id\n      seq\n      actorName\n      action\n      targetType\n      targetId\n      label\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ActivityAdded($boardId: ID!) {\n    activityAdded(boardId: $boardId) {\n      id\n      seq\n      actorName\n      action\n      targetType\n      targetId\n      label\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  subscription ActivityAdded($boardId: ID!) {\n    activityAdded(boardId: $boardId) {\n      id\n      seq\n      actorName\n      action\n      targetType\n      targetId\n      label\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($boardId: ID!, $beforeSeq: Int) {\n    auditLog(boardId: $boardId, take: 100, beforeSeq: $beforeSeq) {\n      id\n      seq\n      actorName\n      action\n      targetType\n      targetId\n      data\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog($boardId: ID!, $beforeSeq: Int) {\n    auditLog(boardId: $boardId, take: 100, beforeSeq: $beforeSeq) {\n      id\n      seq\n      actorName\n      action\n      targetType\n      targetId\n      data\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Draft($id: ID!) {\n    draft(id: $id) {\n      id\n      boardId\n      title\n      archived\n      startingPoint\n      createdAt\n      updatedAt\n      baseline {\n        id\n        sourceName\n        sourceKind\n        sha256\n        createdByName\n        createdAt\n      }\n      board {\n        id\n        name\n        jurisdiction\n        myRole\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Draft($id: ID!) {\n    draft(id: $id) {\n      id\n      boardId\n      title\n      archived\n      startingPoint\n      createdAt\n      updatedAt\n      baseline {\n        id\n        sourceName\n        sourceKind\n        sha256\n        createdByName\n        createdAt\n      }\n      board {\n        id\n        name\n        jurisdiction\n        myRole\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) {\n      id\n      boardId\n      title\n      startingPoint\n      archived\n      createdAt\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) {\n      id\n      boardId\n      title\n      startingPoint\n      archived\n      createdAt\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RenameDraft($input: RenameDraftInput!) {\n    renameDraft(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RenameDraft($input: RenameDraftInput!) {\n    renameDraft(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveDraft($draftId: ID!) {\n    archiveDraft(draftId: $draftId) {\n      id\n      archived\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveDraft($draftId: ID!) {\n    archiveDraft(draftId: $draftId) {\n      id\n      archived\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreDraft($draftId: ID!) {\n    restoreDraft(draftId: $draftId) {\n      id\n      archived\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreDraft($draftId: ID!) {\n    restoreDraft(draftId: $draftId) {\n      id\n      archived\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PreviewPolicyImport($input: PreviewPolicyImportInput!) {\n    previewPolicyImport(input: $input) {\n      sourceName\n      sourceKind\n      text\n      sha256\n      clauses {\n        heading\n        text\n        suggestedComponentIds\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PreviewPolicyImport($input: PreviewPolicyImportInput!) {\n    previewPolicyImport(input: $input) {\n      sourceName\n      sourceKind\n      text\n      sha256\n      clauses {\n        heading\n        text\n        suggestedComponentIds\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AttachBaseline($input: AttachBaselineInput!) {\n    attachBaseline(input: $input) {\n      id\n      draftId\n      sourceName\n      sourceKind\n      sha256\n      createdByName\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  mutation AttachBaseline($input: AttachBaselineInput!) {\n    attachBaseline(input: $input) {\n      id\n      draftId\n      sourceName\n      sourceKind\n      sha256\n      createdByName\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BoardInvitations($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      invitations {\n        id\n        role\n        status\n        note\n        createdAt\n        expiresAt\n        createdByName\n        acceptedByName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BoardInvitations($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      invitations {\n        id\n        role\n        status\n        note\n        createdAt\n        expiresAt\n        createdByName\n        acceptedByName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      url\n      invitation {\n        id\n        role\n        status\n        note\n        createdAt\n        expiresAt\n        createdByName\n        acceptedByName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      url\n      invitation {\n        id\n        role\n        status\n        note\n        createdAt\n        expiresAt\n        createdByName\n        acceptedByName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      boardName\n      jurisdiction\n      role\n      status\n      expiresAt\n      invitedByName\n      memberCount\n    }\n  }\n',
): (typeof documents)['\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      boardName\n      jurisdiction\n      role\n      status\n      expiresAt\n      invitedByName\n      memberCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      myRole\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      myRole\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyEmailSettings {\n    myEmailSettings {\n      locale\n      preferences {\n        topic\n        mode\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyEmailSettings {\n    myEmailSettings {\n      locale\n      preferences {\n        topic\n        mode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyEmailSettings($input: UpdateEmailSettingsInput!) {\n    updateMyEmailSettings(input: $input) {\n      locale\n      preferences {\n        topic\n        mode\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyEmailSettings($input: UpdateEmailSettingsInput!) {\n    updateMyEmailSettings(input: $input) {\n      locale\n      preferences {\n        topic\n        mode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BoardOutbox($boardId: ID!) {\n    boardOutbox(boardId: $boardId, take: 50) {\n      smtpConfigured\n      messages {\n        id\n        kind\n        toAddress\n        subject\n        text\n        status\n        attempts\n        lastError\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BoardOutbox($boardId: ID!) {\n    boardOutbox(boardId: $boardId, take: 50) {\n      smtpConfigured\n      messages {\n        id\n        kind\n        toAddress\n        subject\n        text\n        status\n        attempts\n        lastError\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingFields on Meeting {\n    id\n    boardId\n    draftId\n    title\n    startsAt\n    durationMinutes\n    location\n    link\n    state\n    openedAt\n    closedAt\n    currentItemId\n    presentCount\n    eligibleCount\n    quorumCount\n    quorumPercent\n    quorumRequired\n    quorumMet\n    minutes\n    minutesVersion\n    decisions\n    agenda {\n      id\n      position\n      kind\n      title\n      notes\n      clauseId\n      amendmentId\n      questionId\n      timeBoxMinutes\n      startedAt\n      endedAt\n    }\n    attendance {\n      userId\n      name\n      role\n      checkedInAt\n      markedByName\n    }\n  }\n',
): (typeof documents)['\n  fragment MeetingFields on Meeting {\n    id\n    boardId\n    draftId\n    title\n    startsAt\n    durationMinutes\n    location\n    link\n    state\n    openedAt\n    closedAt\n    currentItemId\n    presentCount\n    eligibleCount\n    quorumCount\n    quorumPercent\n    quorumRequired\n    quorumMet\n    minutes\n    minutesVersion\n    decisions\n    agenda {\n      id\n      position\n      kind\n      title\n      notes\n      clauseId\n      amendmentId\n      questionId\n      timeBoxMinutes\n      startedAt\n      endedAt\n    }\n    attendance {\n      userId\n      name\n      role\n      checkedInAt\n      markedByName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Meetings($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      myRole\n      drafts {\n        id\n        title\n      }\n    }\n    meetings(boardId: $boardId, take: 50) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  query Meetings($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      myRole\n      drafts {\n        id\n        title\n      }\n    }\n    meetings(boardId: $boardId, take: 50) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingRoom($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  query MeetingRoom($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingBoard($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      myRole\n      members {\n        id\n        userId\n        name\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeetingBoard($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      myRole\n      members {\n        id\n        userId\n        name\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription MeetingUpdated($meetingId: ID!) {\n    meetingUpdated(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  subscription MeetingUpdated($meetingId: ID!) {\n    meetingUpdated(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveAgendaItem($agendaItemId: ID!) {\n    removeAgendaItem(agendaItemId: $agendaItemId) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveAgendaItem($agendaItemId: ID!) {\n    removeAgendaItem(agendaItemId: $agendaItemId) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenMeeting($meetingId: ID!) {\n    openMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenMeeting($meetingId: ID!) {\n    openMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCurrentAgendaItem($meetingId: ID!, $agendaItemId: ID) {\n    setCurrentAgendaItem(meetingId: $meetingId, agendaItemId: $agendaItemId) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCurrentAgendaItem($meetingId: ID!, $agendaItemId: ID) {\n    setCurrentAgendaItem(meetingId: $meetingId, agendaItemId: $agendaItemId) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CheckIn($meetingId: ID!, $present: Boolean!) {\n    checkIn(meetingId: $meetingId, present: $present) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CheckIn($meetingId: ID!, $present: Boolean!) {\n    checkIn(meetingId: $meetingId, present: $present) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MinorityReports($draftId: ID!, $clauseId: ID) {\n    minorityReports(draftId: $draftId, clauseId: $clauseId) {\n      id\n      draftId\n      clauseId\n      questionId\n      title\n      body\n      authorId\n      authorName\n      locked\n      createdAt\n      updatedAt\n      signatories {\n        userId\n        name\n        signedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MinorityReports($draftId: ID!, $clauseId: ID) {\n    minorityReports(draftId: $draftId, clauseId: $clauseId) {\n      id\n      draftId\n      clauseId\n      questionId\n      title\n      body\n      authorId\n      authorName\n      locked\n      createdAt\n      updatedAt\n      signatories {\n        userId\n        name\n        signedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateMinorityReport($input: CreateMinorityReportInput!) {\n    createMinorityReport(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateMinorityReport($input: CreateMinorityReportInput!) {\n    createMinorityReport(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMinorityReport($input: UpdateMinorityReportInput!) {\n    updateMinorityReport(input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMinorityReport($input: UpdateMinorityReportInput!) {\n    updateMinorityReport(input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawMinorityReport($input: MinorityReportRefInput!) {\n    withdrawMinorityReport(input: $input)\n  }\n',
): (typeof documents)['\n  mutation WithdrawMinorityReport($input: MinorityReportRefInput!) {\n    withdrawMinorityReport(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignMinorityReport($input: SignMinorityReportInput!) {\n    signMinorityReport(input: $input) {\n      id\n      signatories {\n        userId\n        name\n        signedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignMinorityReport($input: SignMinorityReportInput!) {\n    signMinorityReport(input: $input) {\n      id\n      signatories {\n        userId\n        name\n        signedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClauseQuestionsForReport($boardId: ID!, $draftId: ID!, $clauseId: ID!) {\n    questions(boardId: $boardId, draftId: $draftId, clauseId: $clauseId, take: 50) {\n      id\n      prompt\n    }\n  }\n',
): (typeof documents)['\n  query ClauseQuestionsForReport($boardId: ID!, $draftId: ID!, $clauseId: ID!) {\n    questions(boardId: $boardId, draftId: $draftId, clauseId: $clauseId, take: 50) {\n      id\n      prompt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription MinorityReportsChanged($draftId: ID!) {\n    minorityReportsChanged(draftId: $draftId) {\n      draftId\n      clauseId\n      reportId\n      withdrawn\n    }\n  }\n',
): (typeof documents)['\n  subscription MinorityReportsChanged($draftId: ID!) {\n    minorityReportsChanged(draftId: $draftId) {\n      draftId\n      clauseId\n      reportId\n      withdrawn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationFeedFields on NotificationFeed {\n    unreadCount\n    items {\n      id\n      kind\n      boardId\n      boardName\n      draftId\n      clauseId\n      commentId\n      actorName\n      excerpt\n      createdAt\n      read\n    }\n  }\n',
): (typeof documents)['\n  fragment NotificationFeedFields on NotificationFeed {\n    unreadCount\n    items {\n      id\n      kind\n      boardId\n      boardName\n      draftId\n      clauseId\n      commentId\n      actorName\n      excerpt\n      createdAt\n      read\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyNotifications {\n    myNotifications(take: 30) {\n      ...NotificationFeedFields\n    }\n  }\n',
): (typeof documents)['\n  query MyNotifications {\n    myNotifications(take: 30) {\n      ...NotificationFeedFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription MyNotificationsChanged {\n    myNotificationsChanged(take: 30) {\n      ...NotificationFeedFields\n    }\n  }\n',
): (typeof documents)['\n  subscription MyNotificationsChanged {\n    myNotificationsChanged(take: 30) {\n      ...NotificationFeedFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PacketPage($draftId: ID!) {\n    draft(id: $draftId) {\n      id\n      title\n      archived\n      board {\n        id\n        name\n        myRole\n      }\n      baseline {\n        id\n        sourceName\n      }\n    }\n    packetVersions(draftId: $draftId) {\n      id\n      version\n      title\n      sha256\n      publishedAt\n      publishedByName\n      clauseCount\n      files {\n        format\n        label\n        fileName\n        url\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PacketPage($draftId: ID!) {\n    draft(id: $draftId) {\n      id\n      title\n      archived\n      board {\n        id\n        name\n        myRole\n      }\n      baseline {\n        id\n        sourceName\n      }\n    }\n    packetVersions(draftId: $draftId) {\n      id\n      version\n      title\n      sha256\n      publishedAt\n      publishedByName\n      clauseCount\n      files {\n        format\n        label\n        fileName\n        url\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PacketVersionDetail($id: ID!) {\n    packetVersion(id: $id) {\n      id\n      version\n      json\n      sha256\n      responses {\n        id\n        clauseId\n        clauseNumber\n        status\n        text\n        responderName\n        responderRole\n        shareLinkLabel\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PacketVersionDetail($id: ID!) {\n    packetVersion(id: $id) {\n      id\n      version\n      json\n      sha256\n      responses {\n        id\n        clauseId\n        clauseNumber\n        status\n        text\n        responderName\n        responderRole\n        shareLinkLabel\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PacketShareLinks($id: ID!) {\n    packetVersion(id: $id) {\n      id\n      shareLinks {\n        id\n        label\n        status\n        createdAt\n        expiresAt\n        revokedAt\n        createdByName\n        accessCount\n        recentAccesses {\n          kind\n          at\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PacketShareLinks($id: ID!) {\n    packetVersion(id: $id) {\n      id\n      shareLinks {\n        id\n        label\n        status\n        createdAt\n        expiresAt\n        revokedAt\n        createdByName\n        accessCount\n        recentAccesses {\n          kind\n          at\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PacketPreview($input: PublishPacketInput!) {\n    packetPreview(input: $input) {\n      version\n      json\n      sha256\n    }\n  }\n',
): (typeof documents)['\n  query PacketPreview($input: PublishPacketInput!) {\n    packetPreview(input: $input) {\n      version\n      json\n      sha256\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishPacket($input: PublishPacketInput!) {\n    publishPacket(input: $input) {\n      id\n      version\n      sha256\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishPacket($input: PublishPacketInput!) {\n    publishPacket(input: $input) {\n      id\n      version\n      sha256\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PacketRedline($input: PacketRedlineInput!) {\n    packetRedline(input: $input) {\n      fromLabel\n      toLabel\n      summary {\n        added\n        removed\n        moved\n        changed\n        unchanged\n      }\n      entries {\n        clauseId\n        status\n        moved\n        before {\n          number\n          heading\n        }\n        after {\n          number\n          heading\n        }\n        heading {\n          op\n          text\n        }\n        text {\n          op\n          text\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PacketRedline($input: PacketRedlineInput!) {\n    packetRedline(input: $input) {\n      fromLabel\n      toLabel\n      summary {\n        added\n        removed\n        moved\n        changed\n        unchanged\n      }\n      entries {\n        clauseId\n        status\n        moved\n        before {\n          number\n          heading\n        }\n        after {\n          number\n          heading\n        }\n        heading {\n          op\n          text\n        }\n        text {\n          op\n          text\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      url\n      link {\n        id\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      url\n      link {\n        id\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeShareLink($shareLinkId: ID!) {\n    revokeShareLink(shareLinkId: $shareLinkId) {\n      id\n      status\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeShareLink($shareLinkId: ID!) {\n    revokeShareLink(shareLinkId: $shareLinkId) {\n      id\n      status\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SharedPacket($token: String!) {\n    sharedPacket(token: $token) {\n      packetVersionId\n      version\n      title\n      boardName\n      sha256\n      json\n      expiresAt\n      files {\n        format\n        label\n        fileName\n        url\n      }\n      responses {\n        id\n        clauseId\n        clauseNumber\n        status\n        text\n        responderName\n        responderRole\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SharedPacket($token: String!) {\n    sharedPacket(token: $token) {\n      packetVersionId\n      version\n      title\n      boardName\n      sha256\n      json\n      expiresAt\n      files {\n        format\n        label\n        fileName\n        url\n      }\n      responses {\n        id\n        clauseId\n        clauseNumber\n        status\n        text\n        responderName\n        responderRole\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RespondToPacket($input: RespondToPacketInput!) {\n    respondToPacket(input: $input) {\n      id\n      clauseId\n      clauseNumber\n      status\n      text\n      responderName\n      responderRole\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RespondToPacket($input: RespondToPacketInput!) {\n    respondToPacket(input: $input) {\n      id\n      clauseId\n      clauseNumber\n      status\n      text\n      responderName\n      responderRole\n      createdAt\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
