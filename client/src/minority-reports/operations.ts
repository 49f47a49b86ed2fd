import { graphql } from '../gql';

export const MinorityReportsQuery = graphql(`
  query MinorityReports($draftId: ID!, $clauseId: ID) {
    minorityReports(draftId: $draftId, clauseId: $clauseId) {
      id
      draftId
      clauseId
      questionId
      title
      body
      authorId
      authorName
      locked
      createdAt
      updatedAt
      signatories {
        userId
        name
        signedAt
      }
    }
  }
`);

export const CreateMinorityReportMutation = graphql(`
  mutation CreateMinorityReport($input: CreateMinorityReportInput!) {
    createMinorityReport(input: $input) {
      id
    }
  }
`);

export const UpdateMinorityReportMutation = graphql(`
  mutation UpdateMinorityReport($input: UpdateMinorityReportInput!) {
    updateMinorityReport(input: $input) {
      id
      title
      body
      updatedAt
    }
  }
`);

export const WithdrawMinorityReportMutation = graphql(`
  mutation WithdrawMinorityReport($input: MinorityReportRefInput!) {
    withdrawMinorityReport(input: $input)
  }
`);

export const SignMinorityReportMutation = graphql(`
  mutation SignMinorityReport($input: SignMinorityReportInput!) {
    signMinorityReport(input: $input) {
      id
      signatories {
        userId
        name
        signedAt
      }
    }
  }
`);

export const ClauseQuestionsForReportQuery = graphql(`
  query ClauseQuestionsForReport($boardId: ID!, $draftId: ID!, $clauseId: ID!) {
    questions(boardId: $boardId, draftId: $draftId, clauseId: $clauseId, take: 50) {
      id
      prompt
    }
  }
`);

/** Another member wrote, revised, co-signed or withdrew a report on the draft. */
export const MinorityReportsChangedSubscription = graphql(`
  subscription MinorityReportsChanged($draftId: ID!) {
    minorityReportsChanged(draftId: $draftId) {
      draftId
      clauseId
      reportId
      withdrawn
    }
  }
`);
