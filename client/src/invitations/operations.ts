import { graphql } from '../gql';

export const BoardInvitationsQuery = graphql(`
  query BoardInvitations($boardId: ID!) {
    board(id: $boardId) {
      id
      invitations {
        id
        role
        status
        note
        createdAt
        expiresAt
        createdByName
        acceptedByName
      }
    }
  }
`);

export const CreateInvitationMutation = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      url
      invitation {
        id
        role
        status
        note
        createdAt
        expiresAt
        createdByName
        acceptedByName
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId) {
      id
      status
    }
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      boardName
      jurisdiction
      role
      status
      expiresAt
      invitedByName
      memberCount
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      name
      myRole
    }
  }
`);
