import { graphql } from '../gql';

export const CHECK_FINDING_FIELDS = graphql(`
  fragment CheckFindingFields on CheckFinding {
    id
    clauseId
    ruleId
    severity
    from
    to
    excerpt
    explanation
    suggestion
    fingerprint
    dismissed
    dismissal {
      id
      reason
      dismissedByName
      createdAt
    }
  }
`);

export const DraftCoverageQuery = graphql(`
  query DraftCoverage($id: ID!) {
    draft(id: $id) {
      id
      title
      archived
      board {
        id
        name
        myRole
      }
      clauses {
        id
        position
        heading
        componentIds
      }
      coverage {
        overall
        components {
          componentId
          title
          status
          score
          items {
            itemId
            title
            guidance
            status
            source
            evidence {
              clauseId
              clauseHeading
              sentence
              reason
            }
            tick {
              id
              clauseId
              tickedByName
            }
          }
        }
      }
    }
  }
`);

export const ClauseChecksQuery = graphql(`
  query ClauseChecks($id: ID!) {
    draft(id: $id) {
      id
      clauses {
        id
        checks {
          ...CheckFindingFields
        }
      }
    }
  }
`);

export const CheckDismissalsQuery = graphql(`
  query CheckDismissals($id: ID!) {
    draft(id: $id) {
      id
      checkDismissals {
        id
        clauseId
        fingerprint
      }
    }
  }
`);

export const DismissCheckMarkMutation = graphql(`
  mutation DismissCheckMark($input: DismissCheckMarkInput!) {
    dismissCheckMark(input: $input) {
      id
      clauseId
      fingerprint
      reason
      dismissedByName
    }
  }
`);

export const UndismissCheckMarkMutation = graphql(`
  mutation UndismissCheckMark($input: UndismissCheckMarkInput!) {
    undismissCheckMark(input: $input)
  }
`);

export const TickChecklistItemMutation = graphql(`
  mutation TickChecklistItem($input: TickChecklistItemInput!) {
    tickChecklistItem(input: $input) {
      id
      itemId
      clauseId
    }
  }
`);

export const UntickChecklistItemMutation = graphql(`
  mutation UntickChecklistItem($input: UntickChecklistItemInput!) {
    untickChecklistItem(input: $input)
  }
`);
