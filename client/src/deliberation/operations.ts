import { graphql } from '../gql';

export const TALLY_FIELDS = graphql(`
  fragment TallyFields on Tally {
    provisional
    ballots
    abstentions
    eligible
    quorumBase
    quorumRequired
    quorumMet
    outcome
    winner
    tied
    summary
    counts {
      option
      label
      count
    }
    rounds {
      exhausted
      eliminated
      counts {
        option
        label
        count
      }
    }
  }
`);

export const QUESTION_FIELDS = graphql(`
  fragment QuestionFields on Question {
    id
    boardId
    draftId
    clauseId
    meetingId
    subject
    prompt
    kind
    threshold
    secret
    liveResults
    deadline
    state
    round
    openedAt
    closedAt
    textHashAtOpen
    quorumCount
    quorumPercent
    quorumBase
    ballotCount
    eligibleCount
    options {
      id
      label
      amendmentId
    }
    tally {
      ...TallyFields
    }
    votes {
      voterId
      voterName
      choice
      ranking
      reason
    }
    results {
      round
      outcome
      winner
      textHashAtOpen
      textHashAtClose
      textChanged
      closeReason
      closedAt
      tally {
        ...TallyFields
      }
      dissents {
        choice
        reason
        voterName
      }
    }
  }
`);

/** The caller's own ballot on a question, as every vote card shows it. */
export const MY_BALLOT_FIELDS = graphql(`
  fragment MyBallotFields on MyBallot {
    questionId
    round
    choice
    ranking
    reason
  }
`);

export const QuestionsQuery = graphql(`
  query Questions($boardId: ID!, $draftId: ID, $clauseId: ID, $meetingId: ID, $take: Int) {
    questions(boardId: $boardId, draftId: $draftId, clauseId: $clauseId, meetingId: $meetingId, take: $take) {
      ...QuestionFields
      canVote
      myBallot {
        ...MyBallotFields
      }
    }
  }
`);

export const QuestionUpdatedSubscription = graphql(`
  subscription QuestionUpdated($boardId: ID!) {
    questionUpdated(boardId: $boardId) {
      ...QuestionFields
      canVote
    }
  }
`);

export const CreateQuestionMutation = graphql(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      ...QuestionFields
      canVote
      myBallot {
        ...MyBallotFields
      }
    }
  }
`);

export const OpenQuestionMutation = graphql(`
  mutation OpenQuestion($questionId: ID!) {
    openQuestion(questionId: $questionId) {
      ...QuestionFields
      canVote
    }
  }
`);

export const CloseQuestionMutation = graphql(`
  mutation CloseQuestion($questionId: ID!) {
    closeQuestion(questionId: $questionId) {
      ...QuestionFields
      canVote
    }
  }
`);

export const ReopenQuestionMutation = graphql(`
  mutation ReopenQuestion($input: ReopenQuestionInput!) {
    reopenQuestion(input: $input) {
      ...QuestionFields
      canVote
      myBallot {
        ...MyBallotFields
      }
    }
  }
`);

export const CastBallotMutation = graphql(`
  mutation CastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      questionId
      round
      choice
      ranking
      reason
    }
  }
`);

export const DiscussDraftQuery = graphql(`
  query DiscussDraft($id: ID!) {
    draft(id: $id) {
      id
      title
      archived
      board {
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
      clauses {
        id
        position
        heading
        text
        textHash
      }
    }
  }
`);

export const COMMENT_FIELDS = graphql(`
  fragment CommentFields on Comment {
    id
    draftId
    clauseId
    amendmentId
    parentId
    authorId
    authorName
    body
    editedAt
    resolvedAt
    resolvedByName
    deleted
    hidden
    hiddenReason
    createdAt
    anchor {
      start
      end
      quote
    }
    mentions {
      userId
      name
    }
  }
`);

export const CommentsQuery = graphql(`
  query Comments($draftId: ID!, $clauseId: ID) {
    comments(draftId: $draftId, clauseId: $clauseId) {
      ...CommentFields
    }
  }
`);

export const CommentUpdatedSubscription = graphql(`
  subscription CommentUpdated($draftId: ID!) {
    commentUpdated(draftId: $draftId) {
      ...CommentFields
    }
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($commentId: ID!) {
    deleteComment(commentId: $commentId) {
      ...CommentFields
    }
  }
`);

export const ResolveThreadMutation = graphql(`
  mutation ResolveThread($commentId: ID!, $resolved: Boolean!) {
    resolveThread(commentId: $commentId, resolved: $resolved) {
      ...CommentFields
    }
  }
`);

export const HideCommentMutation = graphql(`
  mutation HideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const AMENDMENT_FIELDS = graphql(`
  fragment AmendmentFields on Amendment {
    id
    draftId
    clauseId
    number
    authorId
    authorName
    text
    rationale
    baseText
    status
    questionId
    decidedAt
    appliedAt
    supportCount
    supporters
    supporterIds
    commentCount
    createdAt
  }
`);

export const AmendmentsQuery = graphql(`
  query Amendments($draftId: ID!, $clauseId: ID) {
    amendments(draftId: $draftId, clauseId: $clauseId) {
      ...AmendmentFields
    }
  }
`);

export const AmendmentUpdatedSubscription = graphql(`
  subscription AmendmentUpdated($draftId: ID!) {
    amendmentUpdated(draftId: $draftId) {
      ...AmendmentFields
    }
  }
`);

export const ProposeAmendmentMutation = graphql(`
  mutation ProposeAmendment($input: ProposeAmendmentInput!) {
    proposeAmendment(input: $input) {
      ...AmendmentFields
    }
  }
`);

export const SupportAmendmentMutation = graphql(`
  mutation SupportAmendment($amendmentId: ID!, $support: Boolean!) {
    supportAmendment(amendmentId: $amendmentId, support: $support) {
      ...AmendmentFields
    }
  }
`);

export const WithdrawAmendmentMutation = graphql(`
  mutation WithdrawAmendment($amendmentId: ID!) {
    withdrawAmendment(amendmentId: $amendmentId) {
      ...AmendmentFields
    }
  }
`);

export const BoardActivityQuery = graphql(`
  query BoardActivity($boardId: ID!, $beforeSeq: Int) {
    board(id: $boardId) {
      id
      name
      myRole
    }
    boardActivity(boardId: $boardId, take: 50, beforeSeq: $beforeSeq) {
      id
      seq
      actorName
      action
      targetType
      targetId
      label
      createdAt
    }
  }
`);

export const ActivityAddedSubscription = graphql(`
  subscription ActivityAdded($boardId: ID!) {
    activityAdded(boardId: $boardId) {
      id
      seq
      actorName
      action
      targetType
      targetId
      label
      createdAt
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($boardId: ID!, $beforeSeq: Int) {
    auditLog(boardId: $boardId, take: 100, beforeSeq: $beforeSeq) {
      id
      seq
      actorName
      action
      targetType
      targetId
      data
      createdAt
    }
  }
`);
